"""The streaming ingest with the real analyzer and a real DuckDB store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.analyze import Analyzer
from sitrep.ingest import Failure
from sitrep.model import Article
from sitrep.runner import Summary, ingest
from sitrep.store import open_store

TOWNS = ("Kharkiv", "Nairobi", "Lahore", "Khartoum", "Mosul", "Goma")


def _article(n: int) -> Article:
    town = TOWNS[n % len(TOWNS)]
    text = f"Report {n}: police arrested {n + 2} protesters in {town} on Monday, officials said."
    return Article(text=text, published=date(2024, 3, 6), title=f"story {n}")


def test_first_batch_is_stored_before_the_last_article_is_read(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    articles = [_article(n) for n in range(7)]
    first_batch = {a.id for a in articles[:3]}
    seen_when_last_read: set[str] = set()
    with open_store(tmp_path / "s.duckdb") as store:

        def source() -> Iterator[Article]:
            yield from articles[:-1]
            # the reader is about to hand over its last article: the store already has
            # the first batch, so nothing waits for the whole input to be read
            seen_when_last_read.update(store.current_ids(first_batch))
            yield articles[-1]

        summary = ingest(source(), store, analyzer, batch_size=3)
        assert store.article_count() == len(articles)
    assert seen_when_last_read == first_batch
    assert summary.stored == len(articles) and summary.failed == 0


def test_a_failing_article_is_named_and_the_rest_is_stored(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    good = [_article(n) for n in range(4)]
    # an article from a source that broke the contract: no publication day to resolve against
    broken = Article(text="Shelling hit the town on Saturday.", published=None, title="broken")  # type: ignore[arg-type]
    reported: list[Failure] = []
    progress: list[int] = []
    with open_store(tmp_path / "s.duckdb") as store:
        summary = ingest(
            [good[0], good[1], broken, good[2], good[3]],
            store,
            analyzer,
            batch_size=2,
            on_failure=reported.append,
            on_progress=lambda s: progress.append(s.stored),
        )
        assert {a.id for a in good} == store.current_ids(a.id for a in [*good, broken])
        assert store.check_integrity() == []
    assert summary.stored == 4 and summary.failures == reported
    [failure] = reported
    assert failure.error.where == "broken" and broken.id in failure.error.message
    assert progress == sorted(progress) and progress[-1] == 4


def test_duplicates_in_the_run_and_in_the_store_are_skipped(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [{"text": _article(n).text, "published": "2024-03-06"} for n in (0, 1, 0, 2)]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    (folder / "b.jsonl").write_text("{broken\n", encoding="utf-8")
    with open_store(tmp_path / "s.duckdb") as store:
        first = ingest([str(folder)], store, analyzer, batch_size=2)
        again = ingest([folder, _article(5)], store, analyzer, batch_size=2)
        forced = ingest([folder], store, analyzer, force=True)
        assert store.article_count() == 4
    assert (first.stored, first.duplicates, first.failed) == (3, 1, 1)
    assert "b.jsonl:1" in str(first.failures[0].error)
    assert (again.stored, again.duplicates, again.failed) == (1, 4, 1)
    assert (forced.stored, forced.duplicates) == (3, 1)


def test_summary_line_reads_as_before() -> None:
    summary = Summary(stored=2, duplicates=1, events=3)
    assert (
        summary.line() == "2 articles stored, 1 skipped as already stored, 0 failed, 3 events found"
    )


def test_generated_bench_folder_is_distinct_readable_articles(tmp_path: Path) -> None:
    from sitrep.bench import synthetic_report, write_synthetic_folder
    from sitrep.ingest import iter_sources

    assert len({synthetic_report(n) for n in range(20_000)}) == 20_000
    folder = write_synthetic_folder(tmp_path / "gen", 30)
    items = list(iter_sources([str(folder)]))
    assert len({a.id for a in items if isinstance(a, Article)}) == 30
