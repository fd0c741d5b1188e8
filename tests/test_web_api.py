"""The web API, through FastAPI's TestClient: every endpoint, every refusal, and what is never logged."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import flagger
from flagger.web import create_app
from flagger.web.cli import allowed_hosts, serve
from flagger.web.guard import allowed_name, host_name

with warnings.catch_warnings():
    # Newer Starlette asks for the httpx2 package in its TestClient; httpx still works.
    warnings.filterwarnings("ignore", message=r".*httpx2.*")
    from fastapi.testclient import TestClient

BASE = "http://127.0.0.1:8000"
NOTE = "Her employer keeps her passport in his office."
SECRET = "Zarqa-Oyelaran-7731"  # a made-up name that must never reach a log
STATIC = Path(flagger.__file__).parent / "web" / "static"


@pytest.fixture(scope="module")
def checker() -> flagger.Flagger:
    return flagger.load()


@pytest.fixture(scope="module")
def client(checker: flagger.Flagger) -> Iterator[TestClient]:
    with TestClient(create_app(checker, max_bytes=4096), base_url=BASE) as c:
        yield c


def post_raw(client: TestClient, body: bytes | Iterator[bytes], content_type: str | None) -> Any:
    headers = {"content-type": content_type} if content_type else {}
    return client.post("/api/check", content=body, headers=headers)


# ---- POST /api/check ------------------------------------------------------

def test_check_returns_the_result_schema(client: TestClient, checker: flagger.Flagger) -> None:
    response = client.post("/api/check", json={"text": NOTE})
    assert response.status_code == 200
    body = response.json()
    schema_keys = {"id", "flags", "present", "amp", "alerts", "follow_up", "sectors", "meta", "error"}
    assert schema_keys | {"warnings", "model", "mode"} == set(body)
    assert "document_confiscation" in body["present"]
    assert body["mode"] == checker.mode
    assert body["error"] is None


def test_check_offsets_index_the_note_as_sent(client: TestClient) -> None:
    text = "Intake 🙂 notes. " + NOTE
    flags = client.post("/api/check", json={"text": text}).json()["flags"]
    assert flags
    for flag in flags:
        assert text[flag["start"]:flag["end"]] == flag["text"]


def test_check_equals_the_library_result(client: TestClient, checker: flagger.Flagger) -> None:
    body = client.post("/api/check", json={"text": NOTE}).json()
    expected = checker.check(NOTE).to_dict()
    assert {k: v for k, v in body.items() if k != "mode"} == expected


@pytest.mark.parametrize("mode", ["recall", "balanced", "precision"])
def test_check_applies_the_mode_asked_for(client: TestClient, mode: str) -> None:
    response = client.post("/api/check", json={"text": NOTE, "mode": mode})
    assert response.status_code == 200
    assert response.json()["mode"] == mode


def test_check_answers_are_never_cached(client: TestClient) -> None:
    headers = client.post("/api/check", json={"text": NOTE}).headers
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"


# ---- refusals: (what is wrong, body, content type, status, error code) -------

def chunks(total: int, size: int = 1000) -> Iterator[bytes]:
    """A chunked body with no Content-Length, as a streaming client sends it."""
    yield b'{"text": "'
    for _ in range(total // size):
        yield b"a" * size
    yield b'"}'


REFUSALS = [
    ("empty text", b'{"text": ""}', "application/json", 422, "invalid_request"),
    ("blank text", b'{"text": "  \\n\\t "}', "application/json", 422, "invalid_request"),
    ("no text", b'{"mode": "recall"}', "application/json", 422, "invalid_request"),
    ("text not a string", b'{"text": 42}', "application/json", 422, "invalid_request"),
    ("unknown mode", b'{"text": "x", "mode": "fast"}', "application/json", 422, "invalid_request"),
    ("unknown field", b'{"text": "x", "id": 3}', "application/json", 422, "invalid_request"),
    ("bad JSON", b'{"text": "unterminated', "application/json", 400, "bad_request"),
    ("JSON not an object", b'["x"]', "application/json", 422, "invalid_request"),
    ("plain text", NOTE.encode(), "text/plain", 415, "unsupported_media_type"),
    ("form post", b"text=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ("no content type", b'{"text": "x"}', None, 415, "unsupported_media_type"),
    ("oversized body", b'{"text": "' + b"a" * 5000 + b'"}', "application/json", 413, "body_too_large"),
]


@pytest.mark.parametrize(("problem", "body", "content_type", "status", "code"), REFUSALS,
                         ids=[r[0] for r in REFUSALS])
def test_check_refuses_bad_requests_clearly(
    client: TestClient, problem: str, body: bytes, content_type: str | None, status: int, code: str
) -> None:
    response = post_raw(client, body, content_type)
    assert response.status_code == status
    assert response.json()["error"] == code
    assert response.json()["detail"]


def test_oversized_chunked_body_is_cut_off_with_413(client: TestClient) -> None:
    response = post_raw(client, chunks(20_000), "application/json")
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large"


def test_oversized_content_length_is_refused_before_the_body_is_read(checker: flagger.Flagger) -> None:
    app = create_app(checker, max_bytes=4096)
    received: list[bytes] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        received.append(b"read")
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/check", "raw_path": b"/api/check",
             "query_string": b"", "root_path": "", "scheme": "http", "http_version": "1.1",
             "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000),
             "headers": [(b"host", b"127.0.0.1:8000"), (b"content-type", b"application/json"),
                         (b"content-length", b"10000000")]}
    import anyio

    anyio.run(app, scope, receive, send)
    assert sent[0]["status"] == 413
    assert received == []


def test_error_answers_do_not_echo_the_note(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": SECRET, "mode": "fast"})
    assert response.status_code == 422
    assert SECRET not in response.text


def test_get_on_check_is_not_allowed(client: TestClient) -> None:
    response = client.get("/api/check")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"


# ---- Host allow-list (DNS rebinding) ----------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example",
                                  "localhost.evil.example:8000", "192.168.1.20:8000", ""])
def test_wrong_host_is_refused(client: TestClient, host: str) -> None:
    for response in (client.get("/healthz", headers={"host": host}),
                     client.post("/api/check", json={"text": NOTE}, headers={"host": host})):
        assert response.status_code == 400
        assert response.json()["error"] == "host_not_allowed"
        assert "--allow-host" in response.json()["detail"]


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "127.0.0.1", "localhost:8000", "LOCALHOST", "[::1]:8000"])
def test_loopback_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/healthz", headers={"host": host}).status_code == 200


def test_extra_allowed_host(checker: flagger.Flagger) -> None:
    app = create_app(checker, allowed_hosts=["notes.internal"])
    with TestClient(app, base_url="http://notes.internal:8000") as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/healthz", headers={"host": "127.0.0.1:8000"}).status_code == 400


@pytest.mark.parametrize(("header", "name"), [("LocalHost:8000", "localhost"), ("127.0.0.1", "127.0.0.1"),
                                              ("[::1]:8000", "[::1]"), ("[::1]", "[::1]")])
def test_host_name_drops_the_port(header: str, name: str) -> None:
    assert host_name(header) == name


def test_bare_ipv6_allowed_host_matches_its_bracketed_header() -> None:
    assert allowed_name("::1") == host_name("[::1]:8000")


# ---- CORS -----------------------------------------------------------------

ORIGIN = "https://cases.example.org"
PREFLIGHT = {"origin": ORIGIN, "access-control-request-method": "POST",
             "access-control-request-headers": "content-type"}


def test_no_cors_by_default(client: TestClient) -> None:
    preflight = client.options("/api/check", headers=PREFLIGHT)
    assert "access-control-allow-origin" not in preflight.headers
    response = client.post("/api/check", json={"text": NOTE}, headers={"origin": ORIGIN})
    assert "access-control-allow-origin" not in response.headers


def test_cors_only_for_the_allowed_origin(checker: flagger.Flagger) -> None:
    with TestClient(create_app(checker, allow_origin=[ORIGIN]), base_url=BASE) as c:
        preflight = c.options("/api/check", headers=PREFLIGHT)
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == ORIGIN
        response = c.post("/api/check", json={"text": NOTE}, headers={"origin": ORIGIN})
        assert response.headers["access-control-allow-origin"] == ORIGIN
        other = c.post("/api/check", json={"text": NOTE}, headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


# ---- GET endpoints ----------------------------------------------------------

def test_indicators_lists_the_taxonomy(client: TestClient) -> None:
    body = client.get("/api/indicators").json()
    ids = [i["id"] for i in body["indicators"]]
    assert len(ids) == 18
    assert ids == [i.id for i in flagger.load_indicators()]
    debt = next(i for i in body["indicators"] if i["id"] == "debt_bondage")
    assert debt["question"] == "Do you owe your employer money?"
    assert debt["amp"] == "means" and debt["definition"]


def test_healthz(client: TestClient, checker: flagger.Flagger) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["version"] == flagger.__version__
    assert body["mode"] == checker.mode
    assert body["modes"] == ["recall", "balanced", "precision"]
    assert body["max_bytes"] == 4096


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {"/api/check", "/api/indicators", "/healthz"}
    schemas = spec["components"]["schemas"]
    assert {"CheckRequest", "CheckResponse", "FlagOut", "IndicatorList", "ErrorBody"} <= set(schemas)
    assert schemas["CheckRequest"]["required"] == ["text"]


def test_page_and_assets_are_served_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in ("app.js", "app.css", "favicon.svg"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN


@pytest.mark.parametrize("asset", ["index.html", "app.js", "app.css"])
def test_page_works_offline_and_never_uses_inner_html(asset: str) -> None:
    source = (STATIC / asset).read_text(encoding="utf-8")
    assert "http://" not in source and "https://" not in source and "//cdn" not in source
    assert "innerHTML" not in source and "insertAdjacentHTML" not in source and "document.write" not in source


# ---- nothing logged, nothing written ------------------------------------------

class ExplodingFlagger:
    """A test double whose failure message carries the note, as a careless library's might."""

    mode = "balanced"

    def check(self, text: str, *, id: str | None = None, meta: dict[str, Any] | None = None) -> Any:
        raise RuntimeError(f"could not parse {text!r}")


def test_note_text_is_never_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        assert client.post("/api/check", json={"text": f"{SECRET} {NOTE}"}).status_code == 200
        client.post("/api/check", json={"text": SECRET, "mode": "fast"})
    assert SECRET not in caplog.text


def test_a_failed_check_is_logged_by_type_only(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(ExplodingFlagger(), indicators=flagger.load_indicators())
    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c, caplog.at_level(logging.DEBUG):
        response = c.post("/api/check", json={"text": SECRET})
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert "RuntimeError" in caplog.text
    assert SECRET not in caplog.text and SECRET not in response.text


class BrokenResult:
    """A result that breaks the response schema while quoting the note."""

    def __init__(self, text: str) -> None:
        self.text = text

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        return {"flags": [{"text": self.text, "score": 2.0}], "present": self.text}


class BrokenFlagger:
    mode = "balanced"

    def check(self, text: str, *, id: str | None = None, meta: dict[str, Any] | None = None) -> BrokenResult:
        return BrokenResult(text)


def test_an_invalid_answer_is_a_quiet_500(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(BrokenFlagger(), indicators=flagger.load_indicators())
    with TestClient(app, base_url=BASE) as c, caplog.at_level(logging.DEBUG):
        response = c.post("/api/check", json={"text": SECRET})
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert "ResponseValidationError" in caplog.text
    assert SECRET not in caplog.text and SECRET not in response.text


def test_checking_writes_no_files(client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    client.post("/api/check", json={"text": NOTE})
    client.get("/")
    assert list(tmp_path.iterdir()) == []


# ---- the serve command ----------------------------------------------------------

@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch, checker: flagger.Flagger) -> list[dict[str, Any]]:
    """Run `serve` without a server: record what it would pass to uvicorn.run."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    monkeypatch.setattr(flagger, "load", lambda **kwargs: checker)
    return calls


def test_serve_defaults_to_loopback_without_access_log(uvicorn_calls: list[dict[str, Any]],
                                                      checker: flagger.Flagger) -> None:
    result = CliRunner().invoke(serve, [])
    assert result.exit_code == 0, result.output
    (call,) = uvicorn_calls
    assert call["host"] == "127.0.0.1" and call["port"] == 8000
    assert call["access_log"] is False
    assert "http://127.0.0.1:8000/" in result.stderr
    with TestClient(call["app"], base_url=BASE) as c:
        assert c.get("/healthz").json()["mode"] == checker.mode
        assert c.get("/healthz", headers={"host": "evil.example"}).status_code == 400


def test_serve_options_reach_the_app(uvicorn_calls: list[dict[str, Any]]) -> None:
    args = ["--port", "9123", "--mode", "recall", "--allow-origin", ORIGIN, "--allow-host", "notes.internal",
            "--max-bytes", "2048"]
    result = CliRunner().invoke(serve, args)
    assert result.exit_code == 0, result.output
    (call,) = uvicorn_calls
    assert call["port"] == 9123
    with TestClient(call["app"], base_url="http://notes.internal:9123") as c:
        assert c.get("/healthz").json() == {"status": "ok", "version": flagger.__version__, "mode": "recall",
                                           "modes": ["recall", "balanced", "precision"], "max_bytes": 2048}
        assert c.options("/api/check", headers=PREFLIGHT).headers["access-control-allow-origin"] == ORIGIN


def test_serve_refuses_a_bad_mode() -> None:
    result = CliRunner().invoke(serve, ["--mode", "fast"])
    assert result.exit_code == 2
    assert "fast" in result.stderr


@pytest.mark.parametrize(("host", "extra", "expected"), [
    ("127.0.0.1", (), ["127.0.0.1", "localhost", "[::1]", "127.0.0.1"]),
    ("0.0.0.0", ("notes.internal",), ["127.0.0.1", "localhost", "[::1]", "notes.internal"]),
    ("10.0.0.5", (), ["127.0.0.1", "localhost", "[::1]", "10.0.0.5"]),
])
def test_allowed_hosts_follow_the_bound_address(host: str, extra: tuple[str, ...], expected: list[str]) -> None:
    assert allowed_hosts(host, extra) == expected


def test_serve_is_a_flagger_command() -> None:
    from flagger.cli import cli

    assert "serve" in cli.commands
