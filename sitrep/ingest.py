"""Ingest: one reader per input kind, each yielding Articles.

Readers are chosen by file extension, then by sniffing the content. A reader
that meets a bad record raises ``IngestError`` with the path and line; the
folder walker reports it and goes on with the next record or file, so one bad
file among thousands loses nothing else.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.model import Article, article_id, check_published

MAX_FETCH_BYTES = 10_000_000
FETCH_TIMEOUT_S = 20.0

TEXT_HEADER = re.compile(r"\A\s?date (\d{4}-\d{2}-\d{2}) ?")
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date")

#: example articles in the format ``read_plain`` reads, for `sitrep demo` and `sitrep bench`
EXAMPLES = Path(__file__).resolve().parent / "examples"  # shipped as package data


class IngestError(ValueError):
    """A record that cannot become an Article; says where it is and why."""

    def __init__(self, where: str, message: str, line: int | None = None) -> None:
        self.where, self.line, self.message = where, line, message
        at = f"{where}:{line}" if line is not None else where
        super().__init__(f"{at}: {message}")


@dataclass(slots=True)
class Failure:
    """A record or file that was skipped, for the summary and the exit status."""

    error: IngestError


#: an item with where it was read ("file.jsonl:12", "feed.xml item 3", "page.html")
Located = tuple[str, "Article | Failure"]


def parse_date(value: Any, where: str, line: int | None = None) -> date:
    """An ISO date or datetime (with or without zone) to a date, or an IngestError."""
    day = _parse_date(value, where, line)
    if problem := check_published(day):
        raise IngestError(where, problem, line)
    return day


def _parse_date(value: Any, where: str, line: int | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        raise IngestError(where, "no publication date (give one with --published YYYY-MM-DD)", line)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        raise IngestError(where, f"publication date {text!r} is not a date", line) from None


def make_article(
    fields: dict[str, Any], where: str, line: int | None, published: date | None
) -> Article:
    """An Article from a record with the keys of DESIGN.md, checked."""
    text = next((fields[k] for k in TEXT_KEYS if fields.get(k)), None)
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, "record has no text (no text, body or content field)", line)
    text = _no_lone_surrogates(text)
    raw_date = next((fields[k] for k in DATE_KEYS if fields.get(k)), None)
    day = parse_date(raw_date, where, line) if raw_date or published is None else published
    return Article(
        text=text.strip(),
        published=day,
        title=_clean(fields.get("title")),
        url=_clean(fields.get("url") or fields.get("link")),
        outlet=_clean(fields.get("outlet") or fields.get("source")),
        id=_clean(fields.get("id")) or "",
    )


def _clean(value: Any) -> str | None:
    return _no_lone_surrogates(str(value)).strip() or None if value is not None else None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(text: str) -> str:
    """JSON may escape half a UTF-16 pair ("\\udfff"): no UTF-8 text or store can hold one,
    so it becomes U+FFFD, the replacement character, as an undecodable byte would."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM) or an IngestError naming the first bad byte's line."""
    if b"\x00" in data[:4096]:
        raise IngestError(where, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise IngestError(where, f"not valid UTF-8 (byte {err.start})", line) from None


# --- readers: each takes the decoded content and where it came from -----------------


def read_plain(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    """The format of shared/examples: ' date YYYY-MM-DD ' then the text; else plain text."""
    return _unlocated(_plain(content, where, published))


def read_jsonl(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    return _unlocated(_jsonl(content, where, published))


def read_json(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    """A JSON array of records, or one record."""
    return _unlocated(_json(content, where, published))


def read_csv(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    return _unlocated(_csv(content, where, published))


def read_html(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    return _unlocated(_html(content, where, published))


def read_feed(content: str, where: str, published: date | None) -> Iterator[Article | Failure]:
    return _unlocated(_feed(content, where, published))


def _unlocated(items: Iterable[tuple[str, Article | Failure]]) -> Iterator[Article | Failure]:
    for _, item in items:
        yield item


def _at(where: str, line: int | None) -> str:
    return f"{where}:{line}" if line is not None else where


def _plain(content: str, where: str, published: date | None) -> Iterator[Located]:
    match = TEXT_HEADER.match(content)
    if match:
        day = parse_date(match.group(1), where, 1)
        content = content[match.end() :]
    elif published is not None:
        day = published
    else:
        raise IngestError(where, "no ' date YYYY-MM-DD ' first line (or use --published)", 1)
    yield _at(where, 1), make_article({"text": content}, where, 1, day)


def _jsonl(content: str, where: str, published: date | None) -> Iterator[Located]:
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = _loads(line, where, number)
            if not isinstance(record, dict):
                raise IngestError(where, "line is JSON but not an object", number)
            yield _at(where, number), make_article(record, where, number, published)
        except json.JSONDecodeError as err:
            failure = IngestError(where, f"line does not parse as JSON ({err.msg})", number)
            yield _at(where, number), Failure(failure)
        except IngestError as err:
            yield _at(where, number), Failure(err)


def _loads(text: str, where: str, line: int | None) -> Any:
    """JSON, with nesting too deep for the parser, or a number too long for Python's int,
    named as such (not a RecursionError or a ValueError)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise IngestError(where, "JSON nested too deeply to read", line) from None
    except json.JSONDecodeError:
        raise
    except ValueError as err:  # "Exceeds the limit (4300 digits) for integer string ..."
        raise IngestError(where, f"JSON holds a value Python cannot read ({err})", line) from None


def _json(content: str, where: str, published: date | None) -> Iterator[Located]:
    try:
        data = _loads(content, where, 1)
    except json.JSONDecodeError as err:
        raise IngestError(where, f"does not parse as JSON ({err.msg})", err.lineno) from None
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        item_where = f"{where} item {index}" if isinstance(data, list) else where
        try:
            if not isinstance(record, dict):
                raise IngestError(where, f"item {index} is not an object")
            yield item_where, make_article(record, item_where, None, published)
        except IngestError as err:
            yield item_where, Failure(err)


def _csv(content: str, where: str, published: date | None) -> Iterator[Located]:
    # newline="": a bare carriage return ends a record, as in files from old Macs and Excel
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as err:
        raise IngestError(where, f"CSV header does not parse ({err})", 1) from None
    if not fieldnames or not set(TEXT_KEYS) & {f.strip() for f in fieldnames}:
        raise IngestError(where, "CSV header has no text, body or content column", 1)
    try:
        for record in reader:
            # csv counts physical lines, so quoted newlines keep the numbers right
            line = reader.line_num
            try:
                fields = {k.strip(): v for k, v in record.items() if isinstance(k, str) and k}
                yield _at(where, line), make_article(fields, where, line, published)
            except IngestError as err:
                yield _at(where, line), Failure(err)
    except csv.Error as err:
        failure = IngestError(where, f"CSV does not parse ({err})", reader.line_num)
        yield _at(where, reader.line_num), Failure(failure)


def _html(content: str, where: str, published: date | None) -> Iterator[Located]:
    import trafilatura

    extracted = trafilatura.bare_extraction(content, with_metadata=True, url=None)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else extracted
    if not data or not (data.get("text") or "").strip():
        raise IngestError(where, "HTML page has no article body")
    record = {
        "text": data["text"],
        "published": data.get("date"),
        "title": data.get("title"),
        "url": data.get("url") or (where if where.startswith("http") else None),
        "outlet": data.get("sitename") or data.get("hostname"),
    }
    yield where, make_article(record, where, None, published)


#: a document type with an internal subset, where entities are declared: expanded, they may
#: grow a small feed a billionfold ("billion laughs"), and a feed has no use for them
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^<>\[]*\[", re.IGNORECASE)


def refuse_xml_entities(content: str, where: str) -> None:
    """An IngestError for XML whose document type declares anything (entities): no parser
    is given the chance to expand them."""
    if _INTERNAL_SUBSET.search(content):
        raise IngestError(where, "XML declares entities (<!DOCTYPE [...]>): refused, not read")


def _feed(content: str, where: str, published: date | None) -> Iterator[Located]:
    import feedparser

    refuse_xml_entities(content, where)
    feed = feedparser.parse(content)
    if not feed.entries:
        raise IngestError(where, "feed has no items")
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries, 1):
        body = entry.get("content", [{}])[0].get("value") if entry.get("content") else None
        text = strip_tags(body or entry.get("summary") or "")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        record = {
            "text": text,
            "published": _feed_day(stamp),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "outlet": outlet,
        }
        item_where = f"{where} item {index}"
        try:
            yield item_where, make_article(record, item_where, None, published)
        except IngestError as err:
            yield item_where, Failure(err)


def _feed_day(stamp: Any) -> date | None:
    """feedparser's parsed date as a date; one out of range ("0000-01-01") is no date."""
    try:
        return date(*stamp[:3]) if stamp else None
    except (TypeError, ValueError):
        return None


def strip_tags(markup: str) -> str:
    if "<" not in markup:
        return markup
    import lxml.html

    try:
        return lxml.html.fromstring(markup).text_content()
    except Exception:  # lxml raises several kinds on fragments; plain text is the fallback
        return re.sub(r"<[^>]+>", " ", markup)


def read_parquet(path: Path, published: date | None) -> Iterator[Article | Failure]:
    """A Parquet file with the columns of a JSON Lines record (text or body or content,
    published or date, title, url, outlet, id); a bad row is named as line N (its row, from
    1) and skipped. Read a row group at a time, so a large file costs little memory."""
    return _unlocated(_parquet(path, published))


def _parquet(path: Path, published: date | None) -> Iterator[Located]:
    import pyarrow.parquet as pq

    where = str(path)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several kinds on a file that is not Parquet
        yield where, Failure(IngestError(where, f"not a Parquet file ({err})"))
        return
    if not set(TEXT_KEYS) & set(parquet.schema_arrow.names):
        yield where, Failure(IngestError(where, "Parquet file has no text, body or content column"))
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row += 1
            try:
                yield _at(where, row), make_article(record, where, row, published)
            except IngestError as err:
                yield _at(where, row), Failure(err)


Reader = Callable[[str, str, date | None], Iterable[Article | Failure]]

READERS_BY_SUFFIX: dict[str, Reader] = {
    ".txt": read_plain,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}

#: each public reader's located form: (where, item), where naming the line or item
_LOCATED: dict[Reader, Callable[[str, str, date | None], Iterable[Located]]] = {
    read_plain: _plain,
    read_jsonl: _jsonl,
    read_json: _json,
    read_csv: _csv,
    read_html: _html,
    read_feed: _feed,
}


def sniff(content: str) -> Reader:
    """Pick a reader from what the content looks like."""
    head = content.lstrip()[:2000].lower()
    if TEXT_HEADER.match(content):
        return read_plain
    if head.startswith("{") and "\n{" in content.strip():
        return read_jsonl
    if head.startswith(("{", "[")):
        return read_json
    if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        return read_feed
    if "<html" in head or "<!doctype html" in head or "<body" in head:
        return read_html
    return read_plain


def read_content(
    data: bytes, where: str, suffix: str = "", published: date | None = None
) -> Iterator[Article | Failure]:
    """Every Article in one file's bytes; failures inside the file come as Failure items."""
    return _unlocated(read_located(data, where, suffix, published))


def read_located(
    data: bytes, where: str, suffix: str = "", published: date | None = None
) -> Iterator[Located]:
    """``read_content``'s items, each with where it was read: "file:line" or "file item N"."""
    try:
        content = decode(data, where)
        if not content.strip():
            raise IngestError(where, "empty file")
        reader = READERS_BY_SUFFIX.get(suffix.lower()) or sniff(content)
        yield from _LOCATED[reader](content, where, published)
    except IngestError as err:
        yield _at(where, err.line), Failure(err)


def iter_files(path: Path) -> Iterator[Path]:
    """A file, or every file under a folder (recursively, sorted, hidden ones skipped).

    One folder's names are listed at a time, not the whole tree's paths, so a folder of
    many thousands of files costs little memory; the order is that of sorting full paths.
    """
    if path.is_dir():
        yield from _walk(path)
    else:
        yield path


def _walk(folder: Path) -> Iterator[Path]:
    for name in sorted(entry.name for entry in os.scandir(folder)):
        if name.startswith("."):
            continue
        child = folder / name
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str) -> tuple[bytes, str]:
    """Download one page or feed, only because the user asked: through ``sitrep.fetch``
    (http(s) only, no private addresses unless allowed, every redirect checked, bounded in
    time and size)."""
    from sitrep.fetch import FetchError, FetchPolicy
    from sitrep.fetch import fetch as fetch_url

    policy = FetchPolicy(max_bytes=MAX_FETCH_BYTES, timeout_s=FETCH_TIMEOUT_S)
    try:
        reply = fetch_url(url, policy)
    except FetchError as err:
        raise IngestError(url, err.message) from None
    kind = reply.content_type
    suffix = ".xml" if ("xml" in kind or "rss" in kind or "atom" in kind) else ".html"
    return reply.body, suffix


def iter_sources(
    sources: Iterable[str], published: date | None = None
) -> Iterator[Article | Failure]:
    """Articles (and failures) from paths, folders, URLs or '-' for standard input."""
    for _, item in iter_located(sources, published):
        yield item


def iter_located(sources: Iterable[str], published: date | None = None) -> Iterator[Located]:
    """Each article or failure with where it was read, in input order: the file, URL or stream,
    with the line ("file.jsonl:12") or item ("feed.xml item 3") where the format has one.

    A reader that breaks on one file in an unforeseen way (not an IngestError) costs
    that file's remaining records, reported as a failure, and nothing else.
    """
    for source in sources:
        for where, items in _inputs(source, published):
            yield from _guarded(where, items)


def _inputs(source: str, published: date | None) -> Iterator[tuple[str, Iterable[Located]]]:
    """The inputs one source names, each as (where, its items read lazily)."""
    if source == "-":
        yield "<stdin>", _read_stdin(published)
    elif is_url(source):
        yield source, _read_url(source, published)
    else:
        path = Path(source)
        if not path.exists():
            yield source, [(source, Failure(IngestError(source, "no such file or folder")))]
            return
        for file in iter_files(path):
            yield str(file), _read_file(file, published)


def _read_stdin(published: date | None) -> Iterator[Located]:
    yield from read_located(sys.stdin.buffer.read(), "<stdin>", "", published)


def _read_url(url: str, published: date | None) -> Iterator[Located]:
    try:
        data, suffix = fetch(url)
    except IngestError as err:
        yield url, Failure(err)
        return
    yield from read_located(data, url, suffix, published)


def _read_file(file: Path, published: date | None) -> Iterator[Located]:
    if file.suffix.lower() == ".parquet":  # binary: read by columns, not decoded as text
        yield from _parquet(file, published)
        return
    try:
        data = file.read_bytes()
    except OSError as err:
        yield str(file), Failure(IngestError(str(file), f"cannot read ({err.strerror})"))
        return
    yield from read_located(data, str(file), file.suffix, published)


def _guarded(where: str, items: Iterable[Located]) -> Iterator[Located]:
    last = where
    try:
        for last, item in items:
            yield last, item
    except Exception as err:  # a reader's own bug must not end a run over thousands of files
        after = f" after {last}" if last != where else ""
        message = f"could not be read{after} ({type(err).__name__}: {err})"
        yield where, Failure(IngestError(where, message))


def read_path(path: Path, published: date | None = None) -> Iterator[Article]:
    """Articles of one file or folder; raises on the first failure (for code that wants all)."""
    for item in iter_sources([str(path)], published):
        if isinstance(item, Failure):
            raise item.error
        yield item


def split_long(article: Article, max_chars: int) -> list[Article]:
    """An article longer than ``max_chars`` as parts of at most that, cut at a paragraph break,
    else a line break, else a sentence end, else a space (a hard cut only in a text with none
    in the second half of a part). Nothing is dropped: every character but the whitespace at
    a cut is in one part. Each part is an article of its own ("title (part 2 of 7)"), with the
    article's date, URL and outlet; an article that fits comes back alone, unchanged.
    """
    if len(article.text) <= max_chars:
        return [article]
    texts = [t for t in _cut(article.text, max_chars) if t.strip()]
    title = article.title or "untitled"
    return [
        Article(
            text=text.strip(),
            published=article.published,
            title=f"{title} (part {n} of {len(texts)})",
            url=article.url,
            outlet=article.outlet,
            id=f"{article.id}-part{n}" if article.id != article_id(article.text) else "",
        )
        for n, text in enumerate(texts, 1)
    ]


_CUT_AT = ("\n\n", "\n", ". ", " ")  # the best place to cut first


def _cut(text: str, max_chars: int) -> Iterator[str]:
    start = 0
    while len(text) - start > max_chars:
        end, floor = start + max_chars, start + max_chars // 2
        cut = next((i + len(m) for m in _CUT_AT if (i := text.rfind(m, floor, end)) >= 0), end)
        yield text[start:cut]
        start = cut
    yield text[start:]
