"""The local web app: one page and a JSON API over a ``Flagger``.

Safe by default, because the text is about victims of crime: no note text is
logged or written anywhere, requests must name an allowed Host (DNS-rebinding
protection), bodies are limited in size, and no other origin may call the API
unless ``allow_origin`` names it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from flagger.web.defaults import DEFAULT_MAX_BYTES, LOOPBACK_HOSTS
from flagger.web.guard import QuietErrors, RequestGuard, SecurityHeaders
from flagger.web.schemas import CheckRequest, CheckResponse, ErrorBody, Health, IndicatorList
from flagger.web.service import Checker, CheckService, ModeUnavailable

logger = logging.getLogger(__name__)

STATIC_DIR = files("flagger.web") / "static"
ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
               415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error"}
INDICATOR_FIELDS = ("id", "label", "amp", "means_type", "definition", "include", "exclude",
                    "question", "question_source")
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 413, 415, 422, 500)
}


def create_app(
    flagger: Checker,
    *,
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    allow_origin: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    mode: str | None = None,
    indicators: Sequence[Any] | None = None,
) -> FastAPI:
    """Build the app around a loaded ``flagger``.

    ``mode`` is the default threshold preset (``flagger.mode`` when not given); a
    request may ask for another when ``flagger.check`` takes ``mode=``.
    ``indicators`` defaults to ``flagger.load_indicators()``.
    """
    from flagger import __version__

    service = CheckService(flagger, mode=mode or str(getattr(flagger, "mode", "balanced")))
    listed = [indicator_dict(i) for i in indicators or default_indicators()]
    taxonomy = IndicatorList.model_validate({"indicators": listed})
    app = FastAPI(title="flagger", version=__version__, docs_url=None, redoc_url=None,
                  description="Flags indicators of human trafficking in a case note for a trained person to review.")
    add_routes(app, service, taxonomy, version=__version__, max_bytes=max_bytes)
    add_error_handlers(app)
    app.add_middleware(QuietErrors)
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, max_bytes=max_bytes)
    if allow_origin:
        app.add_middleware(CORSMiddleware, allow_origins=list(allow_origin), allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"], max_age=600)
    app.add_middleware(SecurityHeaders)
    return app


def default_indicators() -> list[Any]:
    from flagger import load_indicators

    return list(load_indicators())


def indicator_dict(indicator: Any) -> dict[str, Any]:
    """The public fields of one ``flagger.Indicator`` (or a mapping with the same keys)."""
    if isinstance(indicator, dict):
        return {k: indicator.get(k) for k in INDICATOR_FIELDS}
    if dataclasses.is_dataclass(indicator):
        indicator = dataclasses.asdict(indicator)  # type: ignore[arg-type]
        return {k: indicator.get(k) for k in INDICATOR_FIELDS}
    return {k: getattr(indicator, k, None) for k in INDICATOR_FIELDS}


def add_routes(app: FastAPI, service: CheckService, taxonomy: IndicatorList, *, version: str, max_bytes: int) -> None:
    @app.post("/api/check", response_model=CheckResponse, response_model_exclude_unset=True, responses=ERROR_RESPONSES,
              summary="Check one note", tags=["api"])
    def check(request: CheckRequest) -> dict[str, Any]:
        """Flag the indicators in one note. Offsets index into `text` as sent (Python string indices)."""
        return run_check(service, request)

    @app.get("/api/indicators", response_model=IndicatorList, summary="The indicator taxonomy", tags=["api"])
    def indicators() -> IndicatorList:
        return taxonomy

    @app.get("/healthz", response_model=Health, summary="Liveness and settings", tags=["api"])
    def healthz() -> Health:
        return Health(status="ok", version=version, mode=service.default_mode,  # type: ignore[arg-type]
                      modes=service.modes, max_bytes=max_bytes)  # type: ignore[arg-type]

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC_DIR / "index.html"), media_type="text/html")

    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")


def run_check(service: CheckService, request: CheckRequest) -> dict[str, Any]:
    """Check the note; failures are logged by type only, never with the note."""
    try:
        result, mode = service.check(request.text, mode=request.mode)
    except ModeUnavailable as e:
        raise HTTPException(status_code=400, detail=str(e)) from e
    except Exception as e:
        logger.error("check failed: %s", type(e).__name__)
        raise HTTPException(status_code=500, detail="The note could not be checked; see the server log.") from e
    return {**result, "mode": mode}


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]


def error_response(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"error": ERROR_CODES.get(status, "error"), "detail": detail}, status_code=status)


async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    response = error_response(exc.status_code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 for a well-formed request that breaks the schema, 400 for a body that is not JSON.

    The message names the fields and never echoes the input back.
    """
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "The request body is not valid JSON.")
    return error_response(422, "; ".join(describe(e) for e in errors))


def describe(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
