"""GET /articles/{id} (the text and every layer) and POST /articles (analyse and store)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from sitrep.ingest import Failure, parse_date, read_content
from sitrep.model import Article
from sitrep.web.limits import MAX_ARTICLES_PER_POST
from sitrep.web.schemas import ArticleIn, ArticleOut, PostResult, Stored
from sitrep.web.service import Reader, require_token, service

router = APIRouter(tags=["articles"])

_POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        ArticleIn.model_json_schema(),
                        {"type": "array", "items": ArticleIn.model_json_schema()},
                    ]
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "published": {"type": "string", "format": "date"},
                    },
                }
            },
        },
    }
}


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: str, store: Reader) -> dict[str, Any]:
    """The article's text and every layer the store keeps; offsets index the text."""
    analysis = store.article(article_id)
    if analysis is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return analysis.to_dict() | {"text": analysis.article.text}


@router.post(
    "/articles",
    status_code=201,
    response_model=PostResult,
    dependencies=[Depends(require_token)],
    openapi_extra=_POST_BODY,
    responses={200: {"description": "Every article was stored already"}},
)
async def post_articles(request: Request, store: Reader) -> JSONResponse:
    """Analyse articles and store them: a JSON article or list of them (the keys of ArticleIn),
    or a file upload (field ``file``; any format `sitrep ingest` reads, with ``published`` for
    one that has no date). Needs the server's bearer token."""
    body = await _bounded_body(request, service(request).max_upload_bytes)
    articles, failed = await _read(request, body)
    if len(articles) > MAX_ARTICLES_PER_POST:
        raise HTTPException(413, f"at most {MAX_ARTICLES_PER_POST} articles per request")
    if not articles:
        raise HTTPException(422, failed or ["no article in the request"])
    summary = await run_in_threadpool(service(request).writer.add, articles)
    failed += [str(f.error) for f in summary.failures]
    stored = await run_in_threadpool(lambda: [_stored(store, a.id) for a in articles])
    result = PostResult(
        stored=summary.stored,
        duplicates=summary.duplicates,
        failed=failed,
        articles=[s for s in stored if s is not None],
    )
    return JSONResponse(result.model_dump(), status_code=201 if summary.stored else 200)


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The body, or a 413 as soon as it is longer than the limit (before reading it all)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _read(request: Request, body: bytes) -> tuple[list[Article], list[str]]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return _split(read_content(body, "request body", ".json"))
    if kind == "multipart/form-data":
        return await _read_upload(request, body)
    raise HTTPException(415, "send application/json or multipart/form-data (a file upload)")


async def _read_upload(request: Request, body: bytes) -> tuple[list[Article], list[str]]:
    async def replay() -> dict[str, Any]:  # the body was read already, bounded
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(request.scope, replay).form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(422, "a multipart upload needs its file in the field 'file'")
    name = upload.filename or "upload"
    published = form.get("published")
    try:
        given = published.strip() if isinstance(published, str) else ""
        day = parse_date(given, "published") if given else None
    except ValueError as err:
        raise HTTPException(422, str(err)) from None
    data = await upload.read()
    return _split(read_content(data, name, PurePath(name).suffix, day))


def _split(items: Any) -> tuple[list[Article], list[str]]:
    articles: list[Article] = []
    failed: list[str] = []
    for item in items:
        if isinstance(item, Failure):
            failed.append(str(item.error))
        else:
            articles.append(item)
    return articles, failed


def _stored(store: Any, article_id: str) -> Stored | None:
    analysis = store.article(article_id)
    if analysis is None:
        return None
    return Stored(
        id=article_id, events=[e.id for e in analysis.events], url=f"/articles/{article_id}"
    )
