"""The page at / and its files, GET /meta (what the page needs to draw its filters) and the
API's documentation at /docs.

The page's libraries (Leaflet, topojson-client, the world-atlas outlines) and Swagger UI
come from the npm registry through `make web` into static/vendor; nothing is fetched from
the internet when the page or /docs runs (FastAPI's own /docs would load Swagger UI from a CDN).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from sitrep import __version__
from sitrep.web.limits import MAX_PAGE_SIZE, taxonomy
from sitrep.web.schemas import Meta
from sitrep.web.service import Service, service

STATIC = Path(__file__).resolve().parent / "static"
VENDOR = STATIC / "vendor"

router = APIRouter()

_NOT_BUILT = """<!doctype html><meta charset="utf-8"><title>sitrep</title>
<p>The page's libraries are not built: run <code>make web</code> (npm) and reload.
The API works meanwhile: <a href="/docs">/docs</a>.</p>"""


@router.get("/", include_in_schema=False, response_model=None)
def index() -> FileResponse | HTMLResponse:
    if not (VENDOR / "leaflet.js").is_file():
        return HTMLResponse(_NOT_BUILT, status_code=503)
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/docs", include_in_schema=False)
def docs() -> HTMLResponse:
    if not (VENDOR / "swagger-ui-bundle.js").is_file():
        return HTMLResponse(_NOT_BUILT.replace("/docs", "/openapi.json"), status_code=503)
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="sitrep API",
        swagger_js_url="/static/vendor/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui.css",
        swagger_favicon_url="data:,",
    )


@router.get("/meta", response_model=Meta, tags=["meta"])
def meta(svc: Annotated[Service, Depends(service)]) -> Meta:
    """The taxonomy, the limits, and whether writes and incidents are served."""
    return Meta(
        version=__version__,
        taxonomy=taxonomy(),
        writes=bool(svc.token),
        max_page_size=MAX_PAGE_SIZE,
        max_upload_bytes=svc.max_upload_bytes,
        incidents=True,
    )
