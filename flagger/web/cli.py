"""``flagger serve``: start the local web page and JSON API."""

from __future__ import annotations

import click

from flagger.web.defaults import DEFAULT_MAX_BYTES, LOOPBACK_HOSTS, MODES

WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(host: str, extra: tuple[str, ...]) -> list[str]:
    """The Host header names the server answers to: the bound name, loopback names, and ``extra``."""
    names = list(LOOPBACK_HOSTS)
    if host not in WILDCARD_HOSTS:
        names.append(host)
    names.extend(extra)
    return names


def page_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in WILDCARD_HOSTS else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep the default unless others must reach the page.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--mode", type=click.Choice(MODES), default=None,
              help="Default model threshold preset (the library's default when not given); the page can switch it.")
@click.option("--allow-origin", multiple=True, metavar="ORIGIN",
              help="Let pages from ORIGIN (e.g. https://cases.example.org) call the API (CORS). Repeatable. "
                   "Without it, no other origin may.")
@click.option("--allow-host", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (besides the bound address and "
                   "localhost). Repeatable. Others are refused, which blocks DNS rebinding.")
@click.option("--max-bytes", type=click.IntRange(1024), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Largest request body accepted; larger ones get 413.")
def serve(host: str, port: int, mode: str | None, allow_origin: tuple[str, ...], allow_host: tuple[str, ...],
          max_bytes: int) -> None:
    """Serve a page that checks a case note as you type, and its JSON API.

    Nothing is written to disk and no note text is logged: the access log is off.
    API: POST /api/check, GET /api/indicators, GET /healthz, GET /openapi.json.
    """
    import uvicorn

    import flagger
    from flagger.web.app import create_app

    click.echo("flagger: loading…", err=True)
    checker = flagger.load(mode=mode) if mode else flagger.load()
    for warning in getattr(checker, "warnings", []):
        click.echo(f"warning: {warning}", err=True)
    app = create_app(checker, allowed_hosts=allowed_hosts(host, allow_host),
                     allow_origin=allow_origin, max_bytes=max_bytes, mode=mode)
    if host not in LOOPBACK_HOSTS:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can send notes to it; "
                   f"it answers Host names {', '.join(allowed_hosts(host, allow_host))}", err=True)
    if port:
        click.echo(f"flagger: open {page_url(host, port)} (Ctrl+C stops the server)", err=True)
    uvicorn.run(app, host=host, port=port, access_log=False, server_header=False, log_level="warning")
