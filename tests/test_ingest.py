"""Each reader on inputs written here, the malformed ones included."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import Failure, IngestError, iter_sources, read_content, read_path

STORY = "Police fired tear gas at protesters in Nairobi on Thursday, witnesses said."


def _ok(items: list) -> list:
    return [i for i in items if not isinstance(i, Failure)]


def _failures(items: list) -> list[IngestError]:
    return [i.error for i in items if isinstance(i, Failure)]


def test_plain_text_format_takes_the_date_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f" date 2024-06-20 {STORY}\n\nSecond paragraph.", encoding="utf-8")
    [article] = read_path(path)
    assert article.published == date(2024, 6, 20)
    assert article.text.startswith("Police fired") and article.text.endswith("paragraph.")


def test_plain_text_without_date_needs_published(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    [failure] = _failures(list(iter_sources([str(path)])))
    assert "--published" in str(failure) and str(path) in str(failure)
    [article] = read_path(path, published=date(2024, 1, 2))
    assert article.published == date(2024, 1, 2)


def test_jsonl_reports_bad_lines_by_number_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": STORY, "published": "2024-06-20", "title": "T", "outlet": "Wire"}),
        "{not json",
        json.dumps({"body": "Another story about an arrest.", "date": "2024-06-21T10:00:00Z"}),
        json.dumps({"content": "A third story.", "published": "yesterday-ish"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_sources([str(path)]))
    articles = _ok(items)
    assert [a.published for a in articles] == [date(2024, 6, 20), date(2024, 6, 21)]
    assert articles[0].title == "T" and articles[0].outlet == "Wire"
    assert sorted(e.line for e in _failures(items)) == [2, 4, 5]
    assert all(e.where == str(path) for e in _failures(items))


def test_a_publication_date_the_analysis_cannot_date_from_fails_by_line(tmp_path: Path) -> None:
    """Year 1 or 9999 is a valid ISO date, but the analysis overflows the calendar there."""
    path = tmp_path / "edge.jsonl"
    days = ["0001-01-01", "2024-06-20", "9999-12-31T23:00:00Z", "0999-12-31"]
    path.write_text("\n".join(json.dumps({"text": STORY, "published": d}) for d in days))
    items = list(iter_sources([str(path)]))
    assert [a.published for a in _ok(items)] == [date(2024, 6, 20)]
    assert sorted(e.line for e in _failures(items)) == [1, 3, 4]
    assert all("outside the years 1000-9000" in str(e) for e in _failures(items))


def test_csv_with_body_column_and_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        'body,date,url\n"Troops clashed with rebels,\nofficials said.",2023-03-01,http://x/1\n'
        "No date here.,,http://x/2\n",
        encoding="utf-8",
    )
    items = list(iter_sources([str(path)]))
    [article] = _ok(items)
    assert article.url == "http://x/1" and "clashed" in article.text
    [failure] = _failures(items)
    assert failure.line == 4  # the second record starts after a quoted newline


def test_csv_without_a_text_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("headline,date\nx,2023-01-01\n", encoding="utf-8")
    [failure] = _failures(list(iter_sources([str(path)])))
    assert "text, body or content" in str(failure)


def test_html_page_body_and_metadata() -> None:
    page = f"""<html><head><title>Clashes in the north</title>
    <meta property="og:site_name" content="Example Wire">
    <meta property="article:published_time" content="2023-05-09T08:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Clashes in the north</h1>
    <p>{STORY} The crowd had gathered near parliament since the morning.</p>
    <p>Several people were arrested, the national human rights commission said in a statement.</p>
    </article></body></html>"""
    [article] = _ok(list(read_content(page.encode(), "page.html", ".html")))
    assert "tear gas" in article.text and "Home | World" not in article.text
    assert article.published == date(2023, 5, 9)
    assert article.title == "Clashes in the north"


def test_html_without_a_body_is_reported() -> None:
    [failure] = _failures(list(read_content(b"<html><body></body></html>", "e.html", ".html")))
    assert "no article body" in str(failure)


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>http://w/1</link><pubDate>Tue, 11 Apr 2023 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Shelling hit the town overnight.&lt;/p&gt;</description></item>
<item><title>Two</title><link>http://w/2</link><description>No date.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title><entry><title>Strike</title><link href="http://a/1"/>
<updated>2023-04-10T12:00:00Z</updated><content type="html">A drone strike hit a depot.</content>
</entry></feed>"""


def test_rss_items_become_articles_and_undated_items_fail() -> None:
    items = list(read_content(RSS.encode(), "feed.xml", ".xml"))
    [article] = _ok(items)
    assert article.text == "Shelling hit the town overnight."
    assert article.published == date(2023, 4, 11)
    assert (article.url, article.outlet) == ("http://w/1", "Wire")
    assert "item 2" in str(_failures(items)[0])


def test_atom_is_sniffed_without_an_extension() -> None:
    [article] = _ok(list(read_content(ATOM.encode(), "feed", "")))
    assert article.published == date(2023, 4, 10) and article.outlet == "Atom Wire"


def test_a_folder_of_good_and_bad_files_loses_only_the_bad(tmp_path: Path) -> None:
    good = tmp_path / "nested" / "deeper"
    good.mkdir(parents=True)
    (good / "ok.txt").write_text(f" date 2023-04-11 {STORY}", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02junk" * 10)
    (tmp_path / "broken.txt").write_bytes(b" date 2023-04-11 ok\nline two \xff\xfe bad")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "baddate.txt").write_text(" date 2023-02-30 Some text.", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"text": "A clash in the hills.", "published": "2023-04-01"}) + "\n{oops\n",
        encoding="utf-8",
    )
    items = list(iter_sources([str(tmp_path)]))
    assert sorted(a.text[:7] for a in _ok(items)) == ["A clash", "Police "]
    failures = {Path(e.where).name: e for e in _failures(items)}
    assert set(failures) == {"binary.txt", "broken.txt", "empty.txt", "baddate.txt", "lines.jsonl"}
    assert failures["broken.txt"].line == 2
    assert failures["lines.jsonl"].line == 2
    assert "not a date" in failures["baddate.txt"].message


def test_same_article_from_two_readers_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2023-04-11 {STORY}", encoding="utf-8")
    spaced = STORY.replace(" ", "  \n ")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": spaced, "published": "2023-04-11"}), encoding="utf-8"
    )
    ids = {a.id for a in iter_sources([str(tmp_path)])}
    assert len(ids) == 1


def test_missing_path_is_reported() -> None:
    [failure] = _failures(list(iter_sources(["/no/such/place.txt"])))
    assert "no such file" in str(failure)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/nothing"])
def test_unreachable_url_is_a_clear_error(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    [refused] = _failures(list(iter_sources([url])))  # loopback: refused unless allowed
    assert "not fetched" in str(refused) and url in str(refused)
    monkeypatch.setenv("SITREP_ALLOW_PRIVATE", "1")
    [failure] = _failures(list(iter_sources([url])))
    assert "could not fetch" in str(failure) and url in str(failure)


def test_json_nested_too_deeply_costs_only_its_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2023-04-11 {STORY}", encoding="utf-8")
    # nested deeper than the JSON parser can recurse: a RecursionError once ended the run
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    (tmp_path / "z.txt").write_text(" date 2023-04-12 A clash in the hills.", encoding="utf-8")
    items = list(iter_sources([str(tmp_path)]))
    assert [a.text[:7] for a in _ok(items)] == ["Police ", "A clash"]
    [failure] = _failures(items)
    assert failure.where.endswith("deep.json") and failure.line == 1
    assert "nested too deeply" in failure.message
