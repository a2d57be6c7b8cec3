"""Fuzzing every reader: whatever bytes come in, a reader yields Articles or a clear
IngestError naming where, and never raises, never hangs (issue 16).

Short in `make test`; `make fuzz` runs thousands of cases per reader (tests/fuzzing.py).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from fuzzing import REGRESSIONS, any_char, case, examples, hostile_text, mutants
from hypothesis import example, given
from hypothesis import strategies as st

from sitrep.ingest import Failure, IngestError, read_content
from sitrep.model import Article

DAY = date(2024, 5, 26)
text = hostile_text(60)
small_text = st.text(any_char, max_size=40)
dates = st.one_of(
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    small_text,
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["", "Tue, 10 Apr 2023 10:00:00 +0000", "0000-00-00", "9999-12-31T99:99"]),
)


seeds = st.integers(0, 2**32)


def fuzz(name: str, data: bytes, suffix: str, seed: int, published: date | None = DAY) -> None:
    """``check`` on the drawn input and on its mutants, each a case."""
    for blob in mutants(data, seed):
        with case(name):
            check(blob, suffix, published)


def check(data: bytes, suffix: str, published: date | None = DAY) -> list[Article | Failure]:
    """The property every reader keeps, for one input."""
    where = f"fuzz{suffix}"
    items = list(read_content(data, where, suffix, published))
    for item in items:
        if isinstance(item, Failure):
            assert isinstance(item.error, IngestError)
            assert item.error.where.startswith(where) and item.error.message
        else:
            assert isinstance(item, Article)
            assert item.text.strip() and item.text == item.text.strip()
            assert isinstance(item.published, date) and item.id
            item.text.encode("utf-8")  # storable: no lone surrogate
    return items


@examples(short=10, long=1500)
@given(
    seed=seeds,
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".html", ".xml", ""]),
)
def test_any_bytes_in_any_reader(seed: int, data: bytes, suffix: str) -> None:
    fuzz(f"bytes{suffix or '.sniffed'}", data, suffix, seed)


@examples(short=10, long=1800)
@given(seed=seeds, body=text, header=st.booleans(), day=dates)
@example(seed=0, body='"' * 100_000, header=True, day="2024-05-26")
def test_text_reader(seed: int, body: str, header: bool, day: str) -> None:
    content = f" date {day} {body}" if header else body
    fuzz("text", content.encode("utf-8", "surrogatepass"), ".txt", seed, None if header else DAY)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | small_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(small_text, inner, max_size=4),
    max_leaves=20,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": text | json_values,
        "body": text,
        "content": json_values,
        "published": dates | json_values,
        "date": dates,
        "title": small_text | json_values,
        "url": small_text | json_values,
        "link": small_text,
        "outlet": small_text | json_values,
        "source": json_values,
        "id": small_text | json_values,
    },
)


@examples(short=10, long=1800)
@given(
    seed=seeds,
    lines=st.lists(records | json_values, max_size=6),
    junk=st.lists(small_text, max_size=2),
)
def test_jsonl_reader(seed: int, lines: list[object], junk: list[str]) -> None:
    content = "\n".join([json.dumps(r) for r in lines] + junk)
    fuzz("jsonl", content.encode(), ".jsonl", seed)


@examples(short=10, long=1800)
@given(
    seed=seeds,
    data=st.lists(records, max_size=5) | records | json_values,
    depth=st.integers(0, 3000),
)
@example(seed=0, data=[], depth=200_000)  # deeper than the JSON parser recurses (once a crash)
def test_json_reader(seed: int, data: object, depth: int) -> None:
    content = "[" * depth + json.dumps(data) + "]" * depth
    fuzz("json", content.encode(), ".json", seed)


@examples(short=10, long=1800)
@given(
    seed=seeds,
    header=st.lists(
        st.sampled_from(["text", "published", "title", "url", " body"]) | small_text,
        min_size=1,
        max_size=6,
    ),
    rows=st.lists(st.lists(text | small_text, max_size=7), max_size=5),
    raw=st.booleans(),
)
def test_csv_reader(seed: int, header: list[str], rows: list[list[str]], raw: bool) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    content = out.getvalue()
    if raw:  # quotes and separators as they come, not escaped
        content = ",".join(header) + "\n" + "\n".join(",".join(r) for r in rows)
    fuzz("csv", content.encode("utf-8", "surrogatepass"), ".csv", seed)


tags = st.sampled_from(["div", "p", "span", "article", "b", "i", "a", "table", "td", "script"])


@examples(short=8, long=400)
@given(
    seed=seeds,
    title=small_text,
    paragraphs=st.lists(text, max_size=5),
    depth=st.integers(0, 400),
    tag=tags,
    meta_date=dates,
)
def test_html_reader(
    seed: int, title: str, paragraphs: list[str], depth: int, tag: str, meta_date: str
) -> None:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    nested = f"<{tag}>" * depth + body + f"</{tag}>" * depth
    page = (
        f'<html><head><title>{escape(title)}</title><meta name="date" '
        f'content="{escape(meta_date)}"></head><body><article>{nested}</article></body></html>'
    )
    fuzz("html", page.encode("utf-8", "surrogatepass"), ".html", seed)


@examples(short=8, long=800)
@given(
    seed=seeds,
    title=small_text,
    items=st.lists(st.tuples(small_text, text, dates, st.booleans()), max_size=4),
    atom=st.booleans(),
)
def test_feed_reader(
    seed: int, title: str, items: list[tuple[str, str, str, bool]], atom: bool
) -> None:
    if atom:
        entries = "".join(
            f"<entry><title>{escape(t)}</title><updated>{escape(d)}</updated>"
            f'<content type="html">{escape(b if html else escape(b))}</content></entry>'
            for t, b, d, html in items
        )
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>{entries}</feed>'
    else:
        entries = "".join(
            f"<item><title>{escape(t)}</title><pubDate>{escape(d)}</pubDate>"
            f"<description>{escape(b)}</description></item>"
            for t, b, d, _ in items
        )
        feed = (
            f'<rss version="2.0"><channel><title>{escape(title)}</title>{entries}</channel></rss>'
        )
    fuzz("feed", feed.encode("utf-8", "surrogatepass"), ".xml", seed)


@pytest.mark.parametrize(
    "path", sorted(p for p in REGRESSIONS.iterdir() if p.suffix != ".md"), ids=lambda p: p.name
)
def test_inputs_that_once_failed(path: Path) -> None:
    """Every input a fuzzer once broke a reader with, kept as a file (README.md there)."""
    with case("regressions"):
        items = check(path.read_bytes(), path.suffix)
    assert items, "a reader said nothing at all"
