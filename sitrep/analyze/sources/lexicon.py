"""What the sources stage knows, from ``data/sources.toml``, with its regexes compiled once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "data" / "sources.toml"


def required_words(pattern: re.Pattern[str]) -> str | None:
    """The longest run of plain characters every match of a case-sensitive ``pattern`` holds
    ("Truth Social" in ``\\bTruth Social\\b``), or None where that cannot be told."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # the standard library's own parser of patterns

        items = list(_parser.parse(pattern.pattern))
        literal, run, best = _parser.LITERAL, "", ""
    except (ImportError, AttributeError, re.error):
        return None
    for op, value in items:
        if op is literal:
            run += chr(value)
            continue
        if op is not _parser.AT:  # \b and the like match no character: the run goes on
            best, run = max(best, run, key=len), ""
    # a quantifier ("networks?") is its own item, so a run never takes an optional character
    best = max(best, run, key=len)
    return best or None


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    account_prefix: str
    no_account_domains: frozenset[str]
    not_accounts: frozenset[str]


class Lexicon:
    """Everything the stage knows, from data/sources.toml, with its regexes compiled once."""

    def __init__(self, data: dict[str, Any]) -> None:
        verbs, nouns, pronouns = data["verbs"], data["nouns"], data["pronouns"]
        self.quote_verbs = frozenset(verbs["quote_verbs"])
        self.silent_verbs = frozenset(verbs["silent"])
        self.speech = frozenset(verbs["speech"]) | self.quote_verbs
        self.publish = frozenset(verbs["publish"])
        self.clause_only = frozenset(verbs["clause_only"])
        self.relay_to = frozenset(verbs["relay_to"])
        self.quoting = frozenset(verbs["quoting"])
        self.bearing = frozenset(verbs["bearing"])
        self.verbs = self.speech | self.publish | self.bearing
        self.quote_only = frozenset(verbs["quote_only"])
        self.report_nouns = frozenset(nouns["report"])
        self.sign_nouns = frozenset(nouns["sign"])
        self.post_nouns = frozenset(nouns["post"])
        self.generic_org = frozenset(nouns["generic_org"])
        self.person_roles = frozenset(nouns["person_roles"])
        self.person_titles = frozenset(nouns["person_titles"])
        self.org = frozenset(nouns["org"])
        self.speaker_nouns = (
            self.org
            | self.person_roles
            | self.report_nouns
            | self.sign_nouns
            | self.generic_org
            | frozenset(nouns["post_groups"])
        )
        self.post_groups = frozenset(nouns["post_groups"])
        self.same_body = {word: tuple(group) for group in nouns["same_body"] for word in group}
        self.person_pronouns = frozenset(pronouns["person"])
        self.thing_pronouns = frozenset(pronouns["thing"])
        self.plural_pronouns = frozenset(pronouns["plural"])
        self.not_relays = frozenset(pronouns["not_relays"])
        self.drop_leading = frozenset(data["names"]["drop_leading"])
        self.platforms: dict[str, Platform] = {}
        self.domain_platform: dict[str, str] = {}
        mentions: list[tuple[str | None, re.Pattern[str]]] = []
        for entry in data["platforms"]:
            self.platforms[entry["name"]] = Platform(
                entry["name"],
                entry["account_prefix"],
                frozenset(entry["no_account_domains"]),
                frozenset(entry["not_accounts"]),
            )
            for domain in entry["domains"]:
                self.domain_platform[domain] = entry["name"]
            mentions += [(entry["name"], re.compile(p)) for p in entry["mentions"]]
        mentions += [(None, re.compile(p)) for p in data["social"]["mentions"]]
        self.mentions = mentions
        # a text without a pattern's fixed words cannot match it: a plain `in` skips the regex
        self.mention_words = [required_words(pattern) for _, pattern in mentions]
        domains = sorted(self.domain_platform, key=len, reverse=True)
        self.url = re.compile(
            r"(?P<scheme>https?://)?(?:www\.)?(?P<domain>"
            + "|".join(re.escape(d) for d in domains)
            + r")/[^\s\"“”‘’'<>()\[\]{}#|…]*",
            re.IGNORECASE,
        )
        # every URL match holds ".tld/": a text without one is not scanned for URLs at all
        tlds = sorted({d.rsplit(".", 1)[-1] for d in domains}, key=len, reverse=True)
        self.url_hint = re.compile(
            r"\.(?:" + "|".join(re.escape(t) for t in tlds) + ")/", re.IGNORECASE
        )
        embeds = data["embeds"]
        months = "|".join(sorted(embeds["months"], key=len, reverse=True))
        # "April 11, 2023" (US style) or "11 April 2023"
        day = rf"(?:(?:{months})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{months})\.?,? \d{{4}})"
        self.signature = re.compile(rf"\(\s*(@\w{{1,30}})\s*\)\s{{0,3}}{day}")
        self.dashes = tuple(sorted(embeds["dashes"], key=len, reverse=True))
        credits = data["credits"]
        self.credit_agencies = frozenset(a.lower() for a in credits["agencies"])
        # words of at most 41 characters: an unbounded word made "A-A-A-..." quadratic
        part = r"[A-Z][\w'’&-]{0,40}(?: [A-Z][\w'’&-]{0,40}){0,3}"
        self.credit_run = re.compile(rf"(?<![\w/])(?:{part})(?: ?/ ?(?:{part})){{1,4}}(?![\w/])")
        openers = "|".join(re.escape(o) for o in credits["openers"])
        place = r"(?:[A-Z][A-Z'’.\- ]{1,30}|[A-Z][a-z]{2,20})"
        region = r"(?:, {0,2}[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){0,2})?"
        day = r"(?:,? {0,2}[A-Z][a-z]{2,8}\.? \d{1,2})?"
        agency = r"\([A-Za-z&.,' ]{2,40}\)"
        dash = r"(?:--|[-–—:])"
        self.dateline = re.compile(
            rf"{place}{region}{day},? {{0,2}}(?:{agency} {{0,2}}{dash}?|{dash})(?=\s)"
        )
        self.credit_line = re.compile(rf"\b(?:{openers})\s*(?:by|:|\|)\s*[^\n.;]{{1,80}}")


def load_lexicon() -> Lexicon:
    """The data file, parsed anew: keep it (``Resources.lexicons.sources`` does)."""
    with DATA.open("rb") as handle:
        return Lexicon(tomllib.load(handle))
