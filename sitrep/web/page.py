"""The page at / and its files, and GET /meta, what the page needs to draw its filters.

The page's libraries (Leaflet, its marker clusters, topojson-client, the world-atlas
outlines) come from the npm registry through `make web` into static/vendor; nothing
is fetched from the internet when the page runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends
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


@router.get("/meta", response_model=Meta, tags=["meta"])
def meta(svc: Annotated[Service, Depends(service)]) -> Meta:
    """The taxonomy, the limits, and whether writes and incidents are served."""
    return Meta(
        version=__version__,
        taxonomy=taxonomy(),
        writes=bool(svc.token),
        max_page_size=MAX_PAGE_SIZE,
        max_upload_bytes=svc.max_upload_bytes,
        incidents=False,
    )
