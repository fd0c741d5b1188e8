"""Warm latency of POST /api/check beside Flagger.check called directly, in one run.

Starts the real ``flagger serve`` (uvicorn) in a subprocess on a free loopback
port, sends a 300-word note over keep-alive HTTP with httpx, and times
``Flagger.check`` on the same note in this process, alternating the two so that
drift in machine load hits both alike. Prints median and p95 of each and the ratio.

    python scripts/bench_web.py [--requests 200] [--words 300] [--mode recall]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib.resources import files

import httpx

import flagger

WARMUP = 20


def note_of(words: int) -> str:
    """A realistic note: the bundled sample notes, joined and cut at ``words`` words."""
    samples = sorted((p for p in files("flagger").joinpath("samples").iterdir() if p.name[0].isdigit()),
                     key=lambda p: p.name)
    text = " ".join(p.read_text(encoding="utf-8") for p in samples).split()
    while len(text) < words:
        text += text
    return " ".join(text[:words])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, mode: str | None) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "flagger", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if mode:
        args += ["--mode", mode]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(client: httpx.Client, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"flagger serve exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("flagger serve did not start in time")


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def summary(ms: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(ms), "p95_ms": statistics.quantiles(ms, n=20)[18],
            "mean_ms": statistics.fmean(ms), "min_ms": min(ms)}


def run(requests: int, words: int, mode: str | None) -> dict[str, object]:
    text = note_of(words)
    checker = flagger.load(mode=mode) if mode else flagger.load()
    payload = {"text": text, "mode": checker.mode}
    port = free_port()
    server = start_server(port, mode)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            wait_until_up(client, server)
            answer = client.post("/api/check", json=payload).json()
            assert answer["present"] == checker.check(text).present, "API and library disagree"

            def api() -> None:
                client.post("/api/check", json=payload).raise_for_status()

            def direct() -> None:
                checker.check(text)

            for _ in range(WARMUP):
                api()
                direct()
            api_ms, direct_ms = [], []
            for _ in range(requests):
                api_ms.append(timed(api))
                direct_ms.append(timed(direct))
    finally:
        server.terminate()
        server.wait(timeout=10)
    api_s, direct_s = summary(api_ms), summary(direct_ms)
    return {"words": len(text.split()), "chars": len(text), "requests": requests, "mode": checker.mode,
            "model": checker.model_name, "flags": len(answer["flags"]), "direct": direct_s, "api": api_s,
            "ratio_median": api_s["median_ms"] / direct_s["median_ms"],
            "ratio_p95": api_s["p95_ms"] / direct_s["p95_ms"],
            "overhead_median_ms": api_s["median_ms"] - direct_s["median_ms"]}


def report(r: dict[str, object]) -> str:
    lines = [f"note: {r['words']} words, {r['chars']} chars, {r['flags']} flags; mode {r['mode']}, "
             f"model {r['model']}; {r['requests']} requests after {WARMUP} warm-up",
             f"{'':22}{'median ms':>10}{'p95 ms':>10}{'mean ms':>10}"]
    for name, key in (("Flagger.check direct", "direct"), ("POST /api/check", "api")):
        s = r[key]
        assert isinstance(s, dict)
        lines.append(f"{name:22}{s['median_ms']:10.2f}{s['p95_ms']:10.2f}{s['mean_ms']:10.2f}")
    lines.append(f"ratio API/direct: median {r['ratio_median']:.2f}x, p95 {r['ratio_p95']:.2f}x "
                 f"(HTTP overhead {r['overhead_median_ms']:.2f} ms at the median)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--mode", choices=["recall", "balanced", "precision"], default=None)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    result = run(args.requests, args.words, args.mode)
    print(json.dumps(result, indent=2) if args.json else report(result))


if __name__ == "__main__":
    main()
