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
