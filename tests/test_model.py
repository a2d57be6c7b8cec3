from datetime import date

from sitrep.model import Analysis, Article, article_id

CONTRACT_KEYS = {"article", "places", "dates", "quotes", "media", "events"}


def test_article_id_ignores_whitespace_and_unicode_form() -> None:
    assert article_id("Caf\u00e9  in\nKyiv ") == article_id("Cafe\u0301 in Kyiv")
    assert article_id("one text") != article_id("another text")


def test_analysis_serialises_every_contract_key() -> None:
    record = Analysis(
        article=Article(text="Nothing happened.", published=date(2023, 4, 11))
    ).to_dict()
    assert set(record) == CONTRACT_KEYS
    assert set(record["article"]) == {"id", "published", "title", "url", "outlet"}
    assert record["article"]["published"] == "2023-04-11"


def test_plain_equals_dataclasses_asdict_on_a_real_record(analyze) -> None:
    from dataclasses import asdict

    from sitrep.model import plain

    analysis = analyze(
        "KHARTOUM, May 3 (Reuters) - Shelling killed at least 12 people in Omdurman on "
        "Tuesday, a medical group said. 'We counted the dead ourselves,' a doctor said."
    )
    parts = [*analysis.places, *analysis.dates, *analysis.sources.quotes, *analysis.events]
    assert analysis.events and analysis.places  # the record has nested parts to convert
    for part in parts:
        assert plain(part) == asdict(part)
    assert plain([(1, "a"), {"k": [2]}]) == [(1, "a"), {"k": [2]}]
