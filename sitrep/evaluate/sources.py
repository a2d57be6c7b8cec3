"""Quotes found with the right speaker, social-media references found, and our precision.

Gold follows ``events-dev/README.md`` ("Conventions → quotes, media"): quotes are words inside
quotation marks (and the texts of embedded posts) with a speaker; media are posts or accounts
the text refers to. Speakers are compared loosely, by surname or head word in either direction
("Syrsky" and "Colonel General Oleksandr Syrsky", "Bamba resident" and "resident of Bamba").
Indirect quotes ("X said that ...") are not in the gold, so precision counts direct quotes only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sitrep.evaluate import GoldArticle, load_gold_folder
from sitrep.model import Analysis, MediaRef, Quote

WORDS = re.compile(r"[\w'’.-]+")
# Words that say nothing about who a speaker is.
NOT_NAMES = {
    "the", "a", "an", "of", "and", "for", "in", "on", "to", "by", "as", "from", "with", "mr",
    "ms", "mrs", "dr", "one", "tweet", "post", "x", "twitter", "facebook", "telegram", "chant",
    "placard", "sign", "statement", "joint", "quoted", "reported", "recalled", "relaying",
}  # fmt: skip
TWITTER_FAMILY = {"twitter", "x"}
MAX_LISTED = 15


def _words(text: str | None) -> list[str]:
    words = (w.strip(".'’-").lower() for w in WORDS.findall(text or ""))
    return [_singular(w) for w in words if len(w) > 1 and w not in NOT_NAMES]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def speaker_matches(ours: str | None, gold: str | None) -> bool:
    """Loose speaker agreement: the gold surname (or head word) in ours, or ours in the gold."""
    if not ours or not gold:
        return False
    core = _words(re.split(r"\s*[(,]", gold)[0]) or _words(gold)
    ours_words = _words(ours)
    if not core or not ours_words:
        return False
    return core[-1] in set(ours_words) or ours_words[-1] in set(_words(gold))


def _normal(text: str) -> str:
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.split()).strip(" ,\"'").lower()


def text_matches(ours: str, gold: str) -> bool:
    a, b = _normal(ours), _normal(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.6 * len(longer)


def _is_direct(text: str, quote: Quote) -> bool:
    from sitrep.analyze.sources import is_direct

    return is_direct(text, quote)


def _url(url: str | None) -> str:
    if not url:
        return ""
    url = re.sub(r"^https?://", "", url.strip().lower())
    return url.removeprefix("www.").rstrip("/")


def _account(account: str | None) -> str:
    return (account or "").lower().lstrip("@")


def _platforms_agree(ours: str | None, gold: str | None) -> bool:
    return ours == gold or {ours, gold} <= TWITTER_FAMILY


def _media_matches(ours: MediaRef, gold: dict[str, Any], stage: str) -> bool:
    """One matching rule per kind of gold reference, most specific first."""
    if stage == "url":
        return bool(gold.get("url")) and _url(ours.url) == _url(gold["url"])
    if stage == "account":
        same = bool(gold.get("account")) and _account(ours.account) == _account(gold["account"])
        return same and (ours.platform is None or _platforms_agree(ours.platform, gold["platform"]))
    if stage == "platform":
        if gold.get("url") or gold.get("account") or not gold.get("platform"):
            return False
        posted = gold.get("posted_by")
        return _platforms_agree(ours.platform, gold["platform"]) and (
            posted is None or speaker_matches(ours.posted_by, posted)
        )
    # Unnamed social media ("circulating on social media"): any reference without platform,
    # URL or account, since the gold's "posted_by" then only describes who is unknown.
    unnamed = not (gold.get("url") or gold.get("account") or gold.get("platform"))
    return unnamed and not (ours.url or ours.account or ours.platform)


def match_media(ours: list[MediaRef], gold: list[dict[str, Any]]) -> set[int]:
    """Indices of the gold references found, each of ours used at most once."""
    used: set[int] = set()
    found: set[int] = set()
    for stage in ("url", "account", "platform", "unnamed"):
        for g, ref in enumerate(gold):
            if g in found:
                continue
            for o, candidate in enumerate(ours):
                if o not in used and _media_matches(candidate, ref, stage):
                    used.add(o)
                    found.add(g)
                    break
    return found


def _score_article(item: GoldArticle, analysis: Analysis, totals: dict[str, Any]) -> None:
    text = item.article.text
    direct = [q for q in analysis.sources.quotes if _is_direct(text, q)]
    totals["indirect"] += len(analysis.sources.quotes) - len(direct)
    gold_quotes = item.gold.get("quotes", [])
    for g in gold_quotes:
        same_text = [q for q in direct if text_matches(q.text, g["text"])]
        totals["quotes_gold"] += 1
        totals["quotes_text"] += bool(same_text)
        if any(speaker_matches(q.speaker, g["speaker"]) for q in same_text):
            totals["quotes_speaker"] += 1
        else:
            said = same_text[0].speaker if same_text else "not found"
            totals["missed_quotes"].append(
                f"{item.name}: {g['speaker']} | {g['text'][:50]} (ours: {said})"
            )
    totals["quotes_predicted"] += len(direct)
    for q in direct:
        right = [g for g in gold_quotes if text_matches(q.text, g["text"])]
        totals["quotes_correct"] += any(speaker_matches(q.speaker, g["speaker"]) for g in right)
        if not right:
            totals["extra_quotes"].append(f"{item.name}: {q.speaker} | {q.text[:50]}")
    gold_media = item.gold.get("media", [])
    found = match_media(analysis.sources.media, gold_media)
    totals["media_gold"] += len(gold_media)
    totals["media_found"] += len(found)
    totals["media_predicted"] += len(analysis.sources.media)
    totals["media_missed"] += [
        f"{item.name}: {m}" for g, m in enumerate(gold_media) if g not in found
    ]
    _score_attributions(item, analysis, totals)


def _score_attributions(item: GoldArticle, analysis: Analysis, totals: dict[str, Any]) -> None:
    """Gold ``reported_by`` names found among the sources of the evidence's sentences."""
    text = item.article.text
    for event in item.gold.get("events", []):
        start = text.find(event.get("evidence", ""))
        if start < 0 or not event.get("reported_by"):
            continue
        end = start + len(event["evidence"])
        ours = [
            name
            for a in analysis.sources.attributions
            if a.start < end and start < a.end
            for name in a.sources
        ]
        for gold_name in event["reported_by"]:
            totals["attr_gold"] += 1
            totals["attr_found"] += any(speaker_matches(o, gold_name) for o in ours)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def analyze_sources(items: list[GoldArticle]) -> list[Analysis]:
    """The spaCy pass, the layout and the sources stage alone: the stage reads no other layer,
    so its output is the same as in the whole pipeline, at a fraction of the time."""
    from sitrep.analyze import Analyzer

    analyzer = Analyzer(stages=("layout", "sources"))
    return list(analyzer.analyze(item.article for item in items))


def run(gold: Path) -> dict[str, Any]:
    items = load_gold_folder(gold)
    totals: dict[str, Any] = {
        key: 0
        for key in (
            "quotes_gold", "quotes_text", "quotes_speaker", "quotes_predicted", "quotes_correct",
            "indirect", "media_gold", "media_found", "media_predicted", "attr_gold", "attr_found",
        )
    }  # fmt: skip
    totals |= {"missed_quotes": [], "extra_quotes": [], "media_missed": []}
    analyses = analyze_sources(items)
    for item, analysis in zip(items, analyses, strict=True):
        _score_article(item, analysis, totals)
    return {
        "articles": len(items),
        "quotes": {
            "gold": totals["quotes_gold"],
            "found_text": totals["quotes_text"],
            "found_with_speaker": totals["quotes_speaker"],
            "recall_with_speaker": _share(totals["quotes_speaker"], totals["quotes_gold"]),
            "predicted_direct": totals["quotes_predicted"],
            "precision": _share(totals["quotes_correct"], totals["quotes_predicted"]),
            "indirect_predicted": totals["indirect"],
        },
        "media": {
            "gold": totals["media_gold"],
            "found": totals["media_found"],
            "recall": _share(totals["media_found"], totals["media_gold"]),
            "predicted": totals["media_predicted"],
            "precision": _share(totals["media_found"], totals["media_predicted"]),
        },
        "attributions": {
            "gold_reported_by": totals["attr_gold"],
            "found_in_evidence_sentence": totals["attr_found"],
            "recall": _share(totals["attr_found"], totals["attr_gold"]),
        },
        "missed_quotes": totals["missed_quotes"][:MAX_LISTED],
        "extra_quotes": totals["extra_quotes"][:MAX_LISTED],
        "missed_media": totals["media_missed"][:MAX_LISTED],
    }
