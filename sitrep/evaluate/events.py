"""Events against an events-dev-shaped gold folder: ``sitrep eval events --gold DIR``.

An event matches a gold event when the event type agrees, the places lie within 50 km and
the date ranges within three days of each other; matching is greedy and one-to-one, closest
pairs first. Figures: precision, recall and F1 for event types and for sub-types, strict (all
gold events) and lenient (gold ``background`` events dropped, with the predictions that would
only match them); on events matched by type, the share with both actors right (compared
loosely: same kind of party and country, or the same named group) and the share with the
exact toll among gold events that state one.
``ActorKeys.right`` takes the pair in either order, or as given with ``in_order``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.analyze import Analyzer
from sitrep.analyze.actors import ActorLexicon
from sitrep.evaluate import haversine_km, load_gold_folder, prf

MAX_KM = 50.0
MAX_DAYS = 3

_STATE = re.compile(r"^(?:Military|Police) Forces of (?P<country>.+?)(?: \([^)]*\))?$")
_GENERIC = re.compile(
    r"^(?P<kind>Civilians|Protesters|Rioters|Unidentified Armed Group) \((?P<country>.+)\)$"
)
_MILITIA = re.compile(r"^.+ Militia \((?P<country>.+)\)$")


@dataclass(slots=True)
class Record:
    """One event, predicted or gold, in the terms the matcher compares."""

    event_type: str
    sub_event_type: str
    lat: float | None
    lon: float | None
    start: date
    end: date
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    background: bool = False


def record_of(event: dict[str, Any]) -> Record:
    """A record-shaped event (predicted or gold) as the matcher compares it."""
    location = event.get("location") or {}
    return Record(
        event_type=event["event_type"],
        sub_event_type=event["sub_event_type"],
        lat=location.get("lat"),
        lon=location.get("lon"),
        start=date.fromisoformat(event["date_start"]),
        end=date.fromisoformat(event["date_end"]),
        actor1=event.get("actor1"),
        actor2=event.get("actor2"),
        fatalities=event.get("fatalities"),
    )


def _gold(event: dict[str, Any]) -> Record:
    record = record_of(event)
    record.background = bool(event.get("background"))
    return record


def _day_gap(a: Record, b: Record) -> int:
    return max(0, (a.start - b.end).days, (b.start - a.end).days)


def _km(a: Record, b: Record) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def _compatible(a: Record, b: Record, sub_type: bool) -> float | None:
    """A cost for pairing two events, or None when they cannot be the same incident."""
    if a.event_type != b.event_type or (sub_type and a.sub_event_type != b.sub_event_type):
        return None
    km = _km(a, b)
    if km is None or km > MAX_KM:
        return None
    days = _day_gap(a, b)
    if days > MAX_DAYS:
        return None
    return km + 10.0 * days


def match(predicted: list[Record], gold: list[Record], sub_type: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, cheapest pairs first: (predicted index, gold index)."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            cost = _compatible(p, g, sub_type)
            if cost is not None:
                pairs.append((cost, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


class ActorKeys:
    """Actor names compared loosely, by the actors stage's lexicon."""

    def __init__(self, words: ActorLexicon | None = None) -> None:
        self.words = words if words is not None else ActorLexicon()

    def key(self, name: str | None) -> tuple[str, str] | None:
        """A loose identity for an actor name: kind and country, or the named group."""
        if name is None:
            return None
        if match_ := _STATE.match(name):
            return "state", self._country_key(match_["country"])
        if match_ := _GENERIC.match(name):
            return match_["kind"].lower(), self._country_key(match_["country"])
        if match_ := _MILITIA.match(name):
            return "militia", self._country_key(match_["country"])
        canonical = name.split(": ", 1)[-1].lower() if ": " in name else name.lower()
        for group in self.words.groups:
            aliases = {a.lower() for a in group.aliases}
            full = group.name.lower()
            if canonical in aliases or canonical == full or name.lower() == full:
                return "group", group.name
        return "group", canonical

    def _country_key(self, country: str) -> str:
        found = self.words.country_of(country)
        # "Palestinian Territory", "Red Sea" coded loosely: a demonym word still names the country.
        for word in country.split() if found is None else ():
            found = found or self.words.country_of(word)
        return found or country.lower()

    def right(self, predicted: Record, gold: Record, in_order: bool = False) -> bool:
        """Both actors right, loosely; in either order unless ``in_order`` (who fired first in
        a clash "between A and B" is rarely in the text)."""
        p1, p2 = self.key(predicted.actor1), self.key(predicted.actor2)
        g1, g2 = self.key(gold.actor1), self.key(gold.actor2)
        return (p1, p2) == (g1, g2) or (not in_order and (p2, p1) == (g1, g2))


def _score(
    articles: list[tuple[list[Record], list[Record]]], sub_type: bool, lenient: bool
) -> dict[str, Any]:
    true_positives = predicted_count = gold_count = 0
    for predicted, gold in articles:
        kept_gold = [g for g in gold if not (lenient and g.background)]
        kept_predicted = predicted
        if lenient:
            # A prediction that only matches a background event is neither right nor wrong.
            matched_main = {i for i, _ in match(predicted, kept_gold, sub_type)}
            background = [g for g in gold if g.background]
            only_background = {
                i for i, _ in match(predicted, background, sub_type) if i not in matched_main
            }
            kept_predicted = [p for i, p in enumerate(predicted) if i not in only_background]
        true_positives += len(match(kept_predicted, kept_gold, sub_type))
        predicted_count += len(kept_predicted)
        gold_count += len(kept_gold)
    figures = prf(true_positives, predicted_count, gold_count)
    return {"matched": true_positives, "predicted": predicted_count, "gold": gold_count} | figures


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _argument_figures(
    articles: list[tuple[list[Record], list[Record]]], keys: ActorKeys
) -> dict[str, Any]:
    matched = actors = in_order = actor1 = with_toll = toll_exact = 0
    for predicted, gold in articles:
        for i, j in match(predicted, gold, sub_type=False):
            p, g = predicted[i], gold[j]
            matched += 1
            actors += keys.right(p, g)
            in_order += keys.right(p, g, in_order=True)
            actor1 += keys.key(p.actor1) == keys.key(g.actor1)
            if g.fatalities is not None:
                with_toll += 1
                toll_exact += p.fatalities == g.fatalities
    return {
        "matched_events": matched,
        "actors_right": _share(actors, matched),
        "actors_right_in_order": _share(in_order, matched),
        "actor1_right": _share(actor1, matched),
        "gold_with_toll": with_toll,
        "fatalities_exact": _share(toll_exact, with_toll),
    }


def field_errors(
    predicted: list[Record], gold: list[Record], keys: ActorKeys
) -> list[dict[str, Any]]:
    """The matched events of one article whose actors or toll are wrong, gold beside ours
    (for reading while developing; ``--fields``)."""
    wrong = []
    for i, j in match(predicted, gold, sub_type=False):
        p, g = predicted[i], gold[j]
        actors_ok = keys.right(p, g)
        toll_ok = g.fatalities is None or p.fatalities == g.fatalities
        if actors_ok and toll_ok:
            continue
        wrong.append(
            {
                "gold_event": j,
                "wrong": [
                    name for name, ok in (("actors", actors_ok), ("fatalities", toll_ok)) if not ok
                ],
                "gold": [g.actor1, g.actor2, g.fatalities],
                "ours": [p.actor1, p.actor2, p.fatalities],
            }
        )
    return wrong


def run(
    gold: Path, analyzer_factory: Callable[[], Analyzer] = Analyzer, fields: bool = False
) -> dict[str, Any]:
    """Figures over a gold folder; with ``fields``, each article also lists its matched
    events with wrong actors or toll."""
    items = load_gold_folder(Path(gold))
    analyzer = analyzer_factory()
    keys = ActorKeys(analyzer.resources.lexicons.actors)
    before = dict(analyzer.seconds)
    articles = []
    per_article = {}
    for item, analysis in zip(items, analyzer.analyze(i.article for i in items), strict=True):
        predicted = [record_of(e) for e in analysis.to_dict()["events"]]
        gold_events = [_gold(e) for e in item.gold.get("events", [])]
        articles.append((predicted, gold_events))
        per_article[item.name] = {
            "predicted": len(predicted),
            "gold": len(gold_events),
            "matched": len(match(predicted, gold_events, sub_type=False)),
        }
        if fields:
            per_article[item.name]["field_errors"] = field_errors(predicted, gold_events, keys)
    seconds = {k: analyzer.seconds[k] - before.get(k, 0.0) for k in analyzer.seconds}
    spacy_seconds = seconds.get("spacy", 0.0)
    # the events stage's own work, which the triggers stage does a part of since it has one
    own = sum(seconds.get(name, 0.0) for name in ("actors", "triggers", "events"))
    return {
        "articles": len(items),
        "strict": {
            "type": _score(articles, sub_type=False, lenient=False),
            "sub_type": _score(articles, sub_type=True, lenient=False),
        },
        "lenient": {
            "type": _score(articles, sub_type=False, lenient=True),
            "sub_type": _score(articles, sub_type=True, lenient=True),
        },
        "arguments": _argument_figures(articles, keys),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "actors_events_vs_spacy": round(own / spacy_seconds, 3) if spacy_seconds else None,
        "per_article": per_article,
    }
