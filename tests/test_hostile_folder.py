"""A folder of hostile inputs mixed with good articles, ingested by the real CLI: every good
article is stored, every bad input is named by file and line, and the exit status says some
failed (issue 16). The runner's time budget turns a slow article into a named failure."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from sitrep.analyze import Analyzer
from sitrep.ingest import split_long
from sitrep.model import Article, article_id
from sitrep.runner import ArticleLimits, ingest
from sitrep.store import open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))
GOOD = {
    "kharkiv.txt": "Russian shelling killed three civilians in Kharkiv on Sunday, officials said.",
    "nairobi.txt": "Police fired tear gas at protesters in Nairobi on Thursday, witnesses said.",
}
JSONL_GOOD = [
    "Gunmen abducted twelve villagers near Maiduguri on Monday, residents said.",
    "An air strike hit a market in Khartoum on Friday, killing five people, medics said.",
]
CSV_GOOD = "Protesters blocked a highway outside Lahore on Wednesday, police said."
MARKS = "Troops said " + "“" * 5_000 + " in Kharkiv. A drone struck Odesa on Monday."


def _paragraph(n: int) -> str:
    return f"Report {n}: fighting continued near Bakhmut on Tuesday, officials said. " * 12


LONG = "\n\n".join(_paragraph(n) for n in range(18))  # ~15,000 characters: split in parts


def _hostile_folder(folder: Path) -> dict[str, int | None]:
    """Writes the folder; returns each bad input's file name and the line it must be named by."""
    for name, text in GOOD.items():
        (folder / name).write_text(f" date 2024-05-26 {text}\n", encoding="utf-8")
    lines = [
        json.dumps({"text": JSONL_GOOD[0], "published": "2024-05-27"}),
        '{"text": "a broken line',
        json.dumps({"text": JSONL_GOOD[1], "published": "2024-05-28"}),
        json.dumps({"text": "no date here"}),
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "sheet.csv").write_text(
        f'text,published\n"{CSV_GOOD}",2024-05-29\n"A row with a bad date",yesterday\n',
        encoding="utf-8",
    )
    (folder / "marks.txt").write_text(f" date 2024-05-26 {MARKS}", encoding="utf-8")
    (folder / "long.txt").write_text(f" date 2024-05-26 {LONG}", encoding="utf-8")
    (folder / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(" date 2024-05-26 Caf\xe9 attack\n".encode("latin-1"))
    (folder / "blob.dat").write_bytes(b"\x00\x01\x02" * 1000)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "undated.txt").write_text("A clash with no date line.", encoding="utf-8")
    (folder / "nocol.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "feed.xml").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    return {
        "wire.jsonl": 2,
        "sheet.csv": 3,
        "deep.json": 1,
        "latin1.txt": 1,
        "blob.dat": None,
        "empty.txt": None,
        "undated.txt": 1,
        "nocol.csv": 1,
        "feed.xml": None,
    }


def test_every_good_article_stored_and_every_bad_input_named(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    bad = _hostile_folder(folder)
    db = tmp_path / "store.duckdb"
    args = [SITREP, "ingest", str(folder), "--db", str(db), "--max-chars", "6000"]
    result = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stderr[-2000:]  # some failed, and it says so
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    for name, line in bad.items():
        where = f"{folder / name}:{line}" if line is not None else str(folder / name)
        assert any(s.startswith(f"skipped {where}:") for s in skipped), (name, skipped)
    assert f"skipped {folder / 'wire.jsonl'}:4:" in result.stderr  # the record without a date
    assert f"note: {folder / 'long.txt'}:1: article of" in result.stderr

    day = date(2024, 5, 26)
    long_parts = split_long(Article(text=LONG, published=day), 6_000)
    assert len(long_parts) >= 3
    expected = [*GOOD.values(), *JSONL_GOOD, CSV_GOOD, MARKS] + [p.text for p in long_parts]
    with open_store(db, read_only=True) as store:
        for text in expected:
            assert store.article(article_id(text)) is not None, text[:60]
        assert store.article_count() == len(expected)  # no bad one stored, nothing twice
        assert store.check_integrity() == []
    assert f"{len(expected)} articles stored" in result.stdout
    assert f"{len(skipped)} failed" in result.stdout


def test_an_article_over_its_time_budget_is_named_and_the_rest_stored(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    day = date(2024, 5, 26)
    quick = [
        Article(text=f"A clash in Kyiv on Tuesday left {n} wounded.", published=day, url=f"q{n}")
        for n in range(3)
    ]
    slow = Article(text=" ".join([_paragraph(n) for n in range(200)]), published=day, url="slow")
    limits = ArticleLimits(max_chars=1_000_000, seconds=2.0)  # the slow one needs far more
    with open_store(tmp_path / "s.duckdb") as store:
        summary = ingest(
            [quick[0], slow, quick[1], quick[2]], store, analyzer, batch_size=4, limits=limits
        )
        stored = {a.url for a in quick if store.article(a.id) is not None}
        assert store.article(slow.id) is None
    assert stored == {"q0", "q1", "q2"}
    [failure] = summary.failures
    assert failure.error.where == "slow" and "took longer than 2 s" in failure.error.message
