"""What a fetched feed or page offers: items, each with a stable key and its text.

A feed item whose text is only a summary (shorter than ``min_text_chars``) is marked so, and
the poller fetches its linked page; a page is one item whose key is its text's hash, so a page
is stored again only when its text changes. XML that declares entities is refused before any
parser sees it (see ``sitrep.ingest.refuse_xml_entities``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from sitrep.ingest import Failure, IngestError, read_content, refuse_xml_entities, strip_tags
from sitrep.model import Article


@dataclass(slots=True)
class Item:
    """One feed entry: its key (guid, else link, else a hash of its words), its link, and
    the text the feed gives: the article (``full``: in content:encoded or Atom's content, or
    a description of at least ``min_text_chars``), or else only a summary."""

    key: str
    link: str | None
    title: str | None
    text: str
    full: bool
    published: date | None
    outlet: str | None


def feed_items(body: bytes, where: str, min_text_chars: int) -> list[Item]:
    """The entries of an RSS or Atom document; links made absolute against ``where``."""
    import feedparser

    try:
        content = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = body.decode("latin-1")  # feedparser reads the declared encoding itself
    refuse_xml_entities(content, where)
    parsed = feedparser.parse(content)
    if not parsed.entries and parsed.get("bozo"):
        raise IngestError(where, f"not a feed ({parsed.get('bozo_exception')})")
    outlet = parsed.feed.get("title")
    return list(_items(parsed.entries, outlet, min_text_chars, where))


def _items(entries: list, outlet: str | None, min_text_chars: int, base: str) -> Iterator[Item]:
    for entry in entries:
        body = entry.get("content", [{}])[0].get("value") if entry.get("content") else None
        text = strip_tags(body or entry.get("summary") or "").strip()
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        link = urljoin(base, entry["link"]) if entry.get("link") else None
        key = entry.get("id") or link or _digest(f"{entry.get('title')}\n{text}")
        yield Item(
            key=str(key),
            link=link,
            title=entry.get("title"),
            text=text,
            full=bool(body) or len(text) >= min_text_chars,
            published=date(*stamp[:3]) if stamp else None,
            outlet=outlet,
        )


def _digest(text: str) -> str:
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def item_article(item: Item, today: date) -> Article | None:
    """The article a feed item holds in itself, or None if it holds no text."""
    if not item.text:
        return None
    return Article(
        text=item.text,
        published=item.published or today,
        title=item.title,
        url=item.link,
        outlet=item.outlet,
    )


def page_article(body: bytes, url: str, item: Item | None, today: date) -> Article:
    """The article of a fetched page (trafilatura), completed by its feed item's header."""
    published = item.published if item and item.published else today
    read = list(read_content(body, url, ".html", published))
    found = [a for a in read if isinstance(a, Article)]
    if not found:
        failures = [f.error.message for f in read if isinstance(f, Failure)]
        raise IngestError(url, failures[0] if failures else "page has no article body")
    article = found[0]
    if item is not None:
        article.published = item.published or article.published
        article.title = item.title or article.title
        article.outlet = item.outlet or article.outlet
    article.url = url if item is None or not item.link else item.link
    return article


def page_key(article: Article) -> str:
    """A page's item key: its text's id, so only a changed text is a new item."""
    return f"text:{article.id}"
