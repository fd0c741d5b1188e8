"""ASGI middleware that refuses unsafe requests before the app reads them.

Three checks, in order, each answered with a JSON error body:

* the ``Host`` header must name an allowed host (DNS-rebinding protection), else 400;
* a request with a body must say ``Content-Type: application/json``, else 415;
* the body may not exceed ``max_bytes``: a too-large ``Content-Length`` is refused
  at once, and a chunked body is counted as it arrives and cut off, with 413.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
JSON_TYPES = frozenset({"application/json"})


class BodyTooLarge(HTTPException):
    """Raised inside ``receive`` when a streamed body passes the limit.

    An ``HTTPException`` so that FastAPI passes it through its body parsing
    untouched and the app's handler answers it with 413.
    """

    def __init__(self, detail: str) -> None:
        super().__init__(status_code=413, detail=detail)


def host_name(host_header: str) -> str:
    """The name part of a Host header, lower-cased: ``"LocalHost:8000"`` -> ``"localhost"``."""
    host = host_header.strip().lower()
    if host.startswith("["):  # IPv6 literal: "[::1]:8000"
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_name(host: str) -> str:
    """An allowed host as a Host header would carry it: a bare IPv6 literal gets brackets."""
    host = host.strip().lower()
    if host.count(":") > 1 and not host.startswith("["):
        return f"[{host}]"
    return host_name(host)


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


async def send_error(send: Send, status: int, error: str, detail: str) -> None:
    body = json.dumps({"error": error, "detail": detail}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"),
            (b"connection", b"close"),
        ],
    })
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """Refuse wrong hosts, wrong content types and oversized bodies."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: Iterable[str], max_bytes: int) -> None:
        self.app = app
        self.allowed_hosts = frozenset(allowed_name(h) for h in allowed_hosts)
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.refusal(scope)
        if refusal is not None:
            await send_error(send, *refusal)
            return
        await self.call_with_limit(scope, receive, send)

    def refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        """Why this request is refused from its headers alone, or None."""
        host = header(scope, b"host")
        if host is None or host_name(host) not in self.allowed_hosts:
            allowed = ", ".join(sorted(self.allowed_hosts))
            return 400, "host_not_allowed", (
                f"Host header {host!r} is not served here (allowed: {allowed}). "
                "Open the page by the address the server printed, or start it with --allow-host."
            )
        if scope["method"] not in BODY_METHODS:
            return None
        if media_type(header(scope, b"content-type")) not in JSON_TYPES:
            return 415, "unsupported_media_type", "Send the request body as JSON with Content-Type: application/json."
        length = header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return 413, "body_too_large", self.too_large_message()
        return None

    def too_large_message(self) -> str:
        return f"The request body is larger than the limit of {self.max_bytes} bytes; send a shorter note."

    async def call_with_limit(self, scope: Scope, receive: Receive, send: Send) -> None:
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.too_large_message())
            return message

        tracking_send = StartTracker(send)
        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if tracking_send.started:
                raise
            await send_error(send, 413, "body_too_large", self.too_large_message())



class StartTracker:
    """Passes messages on to ``send`` and remembers whether the response has started
    (after which an error answer can no longer be sent)."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self.send(message)


SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
     b"frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
)


class SecurityHeaders:
    """Add headers that keep pages and answers out of caches, frames and other origins' scripts."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {key.lower() for key, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class QuietErrors:
    """Answer any unhandled error with 500 and log only its type.

    An exception's message or a validation error can quote the note; uvicorn
    would log it with the traceback. This catches it first and does not re-raise.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracking_send = StartTracker(send)
        try:
            await self.app(scope, receive, tracking_send)
        # every error, by design: the client learns only that the request failed
        except Exception as e:  # noqa: BLE001
            logger.error("request failed: %s", type(e).__name__)
            if not tracking_send.started:
                await send_error(send, 500, "internal_error", "The request failed; see the server log.")
