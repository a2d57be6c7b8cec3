"""Dates: every temporal expression to a [start, end] range anchored on the publication day.

The words and the shapes of expressions live in ``sitrep/data/dates.toml``; this module
compiles them once into one regular expression (one alternative per rule) and resolves each
match with the small date arithmetic its rule names (``op``). Resolution runs in text order,
so anaphora ("the same day", "a day after") see the days named before them, and a dateline
("KYIV, April 11 (Reuters) -") replaces the publication day as the reference for day deixis.
"""

from __future__ import annotations

import calendar
import math
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from spacy.tokens import Doc, Token

from sitrep.analyze.tokens import doc_text
from sitrep.model import Analysis, Article, DateMention

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "dates.toml"
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)\}")
_NAMED_GROUP = re.compile(r"\(\?P<([a-z]\w*)>")
_DAY_SUFFIX = re.compile(r"(?:st|nd|rd|th)$", re.IGNORECASE)
_ONE_DAY = timedelta(days=1)
_PAST_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "did", "'d", "'ve"})
_WORD = re.compile(r"[^\W\d_]+|\d+")
_WORD_END = re.compile(r"\w*")
_INTO = re.compile(r"(?<!\w)into\s+$", re.IGNORECASE)

Groups = dict[str, str]


@dataclass(frozen=True, slots=True)
class Value:
    """A resolved range and how fine it is."""

    start: date
    end: date
    granularity: str


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    op: str
    groups: tuple[tuple[str, str], ...]  # (group name in the big pattern, short name)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: Groups


# ------------------------------------------------------------------ the grammar


def _alternation(phrases: list[str], case_sensitive: bool = False) -> str:
    """Longest first, so a phrase never loses to its own prefix; spaces match any whitespace."""
    parts = [
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    ]
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _fragments(lex: dict[str, Any]) -> dict[str, str]:
    """What each {PLACEHOLDER} of a rule pattern stands for."""
    full_months = [forms[0] for forms in lex["months"]]
    short_months = [f for forms in lex["months"] for f in forms[1:]]
    units = _alternation(list(lex["units"]))
    fragments = {
        "WEEKDAY": _weekday_forms(lex),
        "MONTH": _month_forms(full_months, short_months),
        # (an abbreviation only with its period, "in late Aug.", "mid-Sept.": bare "Jan" or
        # "Mar" are as often names)
        "MONTHNAME": f"(?:{_alternation(_cased(full_months), case_sensitive=True)}"
        f"|{_alternation(_cased(short_months), case_sensitive=True)}\\.)",
        "DAY": r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|"
        + _alternation(_spelled_ordinals(lex["ordinal_days"]))
        + r"(?![\w-])"
        + rf"(?!\s+{_alternation(lex['ordinal_counted'])}\b))",
        "YEAR": r"\d{4}",  # checked against the publication year in code
        "MM": r"\d{1,2}",
        "DD": r"\d{1,2}",
        "NUM": f"(?:{_alternation(list(lex['numbers']))}|\\d{{1,3}})",
        "VAGUE": _alternation(list(lex["vague_numbers"])),
        "UNIT": units,
        "UNITS": f"(?:{units}s?)",
        "DEICTIC": _alternation(list(lex["deictic"])),
        "ANAPHOR": _alternation(list(lex["anaphors"])),
        "DAYPART": _alternation(lex["dayparts"]["names"]),
        "EDGE": _alternation(lex["edges"]["names"]),
        "WDMOD": _alternation(list(lex["weekday_modifiers"])),
        "RELUNIT": _alternation(list(lex["relative_units"])),
        "SEASON": _alternation(list(lex["seasons"])),
        "PART": _alternation(list(lex["month_parts"])),
        "YEARPART": _alternation(list(lex["year_parts"])),
        "DECPART": _alternation(list(lex["decade_parts"])),
        "FEAST": _alternation(_apostrophes(_lower_tails(list(lex["feasts"]))), case_sensitive=True),
        "MONTHLATIN": _alternation(list(lex["month_latin"])),
        "CALFEAST": _alternation(list(lex["calendar_feasts"]), case_sensitive=True),
    }
    # Second dates of a range use their own group names.
    for base in ("WEEKDAY", "MONTH", "DAY", "YEAR", "DECPART"):
        fragments[base + "2"] = fragments[base]
    return fragments


def _weekday_forms(lex: dict[str, Any]) -> str:
    """Full weekday names, or their short forms, never after "the" ("The Sun.")."""
    short = [form for forms in lex["weekday_abbreviations"] for form in forms]
    return (
        f"(?:{_alternation(_cased(lex['weekdays']), case_sensitive=True)}"
        f"|(?<![Tt]he\\s){_alternation(_cased(short), case_sensitive=True)})"
    )


def _lower_tails(phrases: list[str]) -> list[str]:
    """Each phrase, and each of several words also with its last one in lower case ("New
    Year's eve", "Christmas day"): the name itself stays capitalised, so no common noun
    matches."""
    tails = [
        f"{head} {last.lower()}" for head, _, last in (p.rpartition(" ") for p in phrases) if head
    ]
    return phrases + tails


def _apostrophes(phrases: list[str]) -> list[str]:
    """Each phrase with a straight and with a curly apostrophe."""
    return [form for p in phrases for form in {p, p.replace("'", "’")}]


def _cased(words: list[str]) -> list[str]:
    return [form for w in words for form in (w, w.upper())]


def _month_forms(full: list[str], short: list[str]) -> str:
    """Full names, or abbreviations with an optional period ("Aug. 26"), never "May." of a
    sentence end."""
    return f"(?:{_alternation(_cased(full), True)}|{_alternation(_cased(short), True)}\\.?)"


class Grammar:
    """The compiled data file: lexicons as lookups, the rules as one pattern."""

    def __init__(self, data: dict[str, Any]) -> None:
        lex = data["lexicon"]
        self.settings: dict[str, Any] = data["settings"]
        self._load_lexicons(lex)
        self.fragments = _fragments(lex)
        self.weekday_of_month = re.compile(
            r"\s+(?:in|of)\s+" + self.fragments["MONTHNAME"] + r"(?!\s+\d)"
        )
        self.month_cue = _cue_pattern(lex["cues"]["month"])
        self.ordinal_range_end = re.compile(
            r"\s+(?:and|to|until|till|through|-|–)\s+(?:the\s+)?(?P<endday>[12]\d|3[01]|0?[1-9])"
            r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<monthname>"
            + self.fragments["MONTHNAME"]
            + r")(?!\w)"
        )
        self.article_before = re.compile(r"(?<!\w)(?:the|an?)\s+$", re.IGNORECASE)
        self.march_words = frozenset(lex["cues"]["not_month_after"])
        self.coming_things = frozenset(data["lexicon"]["future"]["coming_things"])
        self.month_subject = re.compile(
            r"\s+(?:alone\s+|also\s+)?"
            + _alternation(lex["cues"]["month_subject_verbs"])
            + r"(?!\w)",
            re.IGNORECASE,
        )
        self.year_cue = _cue_pattern(lex["cues"]["year"])
        self.rules, self.pattern = self._compile_rules(data["rule"])
        self.keywords = self._keywords(data["scan"]["keywords"], lex)
        self.before = int(data["scan"]["window_before"])
        self.after = int(data["scan"]["window_after"])
        self.joiners = [
            (
                re.compile(j["pattern"], re.IGNORECASE),
                bool(j["adjacent_only"]),
                bool(j["two_times"]),
            )
            for j in data["joiner"]
        ]
        self.range_opener = re.compile(data["range_openers"]["pattern"], re.IGNORECASE)
        events = _alternation(data["since"]["event_nouns"])
        self.since = re.compile(data["since"]["pattern"].replace("{EVENT}", events), re.I)
        self.since_event_after = re.compile(rf"\s+(?:[\w-]+\s+)?{events}s?\b", re.I)
        self.since_points = frozenset(data["since"]["point_words"])
        self.since_after_article = frozenset(data["since"]["after_article"])
        self.since_max_days = int(data["since"]["max_open_days"])
        self.since_story_days = int(data["since"]["story_day_within_days"])
        self.locale = data["locale"]
        self.dateline_within = int(data["dateline"]["within_chars"])
        self.datelines = [
            re.compile(self._expand(pattern, "d")[0], re.MULTILINE)
            for pattern in [data["dateline"]["pattern"], *data["dateline"]["more_patterns"]]
        ]

    def _load_lexicons(self, lex: dict[str, Any]) -> None:
        """Lookups keyed by the normalised words the patterns match."""
        self.weekdays = {w.lower(): i for i, w in enumerate(lex["weekdays"])}
        for i, forms in enumerate(lex["weekday_abbreviations"]):
            self.weekdays |= {f.lower(): i for f in forms}
        self.months = {f.lower(): i + 1 for i, forms in enumerate(lex["months"]) for f in forms}
        self.ordinal_days = {
            w.replace("-", " "): day for day, w in enumerate(lex["ordinal_days"], start=1)
        }
        self.not_weekday_words = {w.lower() for w in lex["weekday_names_not_dates"]}
        self.weekday_name_heads = set(lex["weekday_names_before"])
        self.calendar_name_heads = frozenset(lex["calendar_name_heads"])
        self.numbers = {_norm(k): v for k, v in lex["numbers"].items()}
        self.vague = {_norm(k): tuple(v) for k, v in lex["vague_numbers"].items()}
        self.units = {k: (v[0], v[1]) for k, v in lex["units"].items()}
        self.ago_tolerance = {k: (v[0], v[1]) for k, v in lex["ago_tolerance"].items()}
        self.back_not_ago = frozenset(lex["back_not_ago"]["verbs"])
        self.deictic = {_norm(k): v for k, v in lex["deictic"].items()}
        self.anaphors = {_norm(k): v for k, v in lex["anaphors"].items()}
        self.directions = lex["directions"]
        self.weekday_modifiers = {_norm(k): v for k, v in lex["weekday_modifiers"].items()}
        self.relative_units = {_norm(k): v for k, v in lex["relative_units"].items()}
        self.parts = lex["parts"]
        self.month_parts = {_norm(k): v for k, v in lex["month_parts"].items()}
        self.year_parts = {_norm(k): v for k, v in lex["year_parts"].items()}
        self.decade_parts = {_norm(k): v for k, v in lex["decade_parts"].items()}
        self.seasons = dict(lex["seasons"])
        self.season_of = re.compile(r"\s+of\b", re.IGNORECASE)
        self.until = re.compile(r"(?<!\w)(?:until|till|til)\s+$", re.IGNORECASE)
        self.put_off_to = re.compile(
            r"(?<!\w)(?:until|till|til|to|through|into)\s+$", re.IGNORECASE
        )
        self.habitual = re.compile(r"(?<!\w)(?:every|each)\s+$", re.IGNORECASE)
        self.feasts = {_norm(k): v for k, v in lex["feasts"].items()}
        self.month_latin = {_norm(k): int(v) for k, v in lex["month_latin"].items()}
        self.calendar_feasts = {_norm(k): v for k, v in lex["calendar_feasts"].items()}
        self.calendar_feast_days = {
            name: [date.fromisoformat(day) for day in days]
            for name, days in lex["calendar_feast_days"].items()
        }
        self.dayparts = frozenset(w.lower() for w in lex["dayparts"]["names"])
        self.statement_verbs = frozenset(lex["statements"]["verbs"])
        self.edge_words = frozenset(w.split()[0].lower() for w in lex["edges"]["names"])
        self.recent = {k: int(v) for k, v in lex["recent"].items()}
        self.future_aux = set(lex["future"]["auxiliaries"])
        self.future_lemmas = set(lex["future"]["lemmas"])
        self.deed_complements = frozenset(lex["future"]["deed_complements"])
        self.open_modals = set(lex["future"]["open_modals"])
        self.future_modals = frozenset(lex["future"]["future_modals"])
        self.convoking = frozenset(lex["future"]["convoking"])
        self.intentions = frozenset(lex["future"]["intentions"])
        self.ahead = re.compile(lex["future"]["ahead"] + r"\s+$", re.IGNORECASE)
        self.eve_of = re.compile(lex["future"]["eve"] + r"\s+$", re.IGNORECASE)
        self.lead_time = re.compile(lex["future"]["lead_time"] + r"\s+$", re.IGNORECASE)
        self.starting = re.compile(lex["future"]["starting"], re.IGNORECASE)
        self.planned_after = _possessive_before(lex["future"]["planned_after"])
        self.coming_after = _possessive_before(lex["future"]["coming_after"])
        self.arranged = set(lex["future"]["arranged"])
        self.scheduled = frozenset(lex["future"]["scheduled"])
        self.present_arranged = frozenset(lex["future"]["present_arranged"])
        self.effect_phrases = {
            verb: frozenset(words) for verb, words in lex["future"]["effect_phrases"].items()
        }
        self.deferral = frozenset(lex["future"]["deferral"])
        self.limit_noun = re.compile(
            rf"(?<!\w){_alternation(lex['future']['limit_nouns'])}s?(?:\s+(?:of|for|on)|"
            rf"[^.;:!?]{{0,40}}?\s+{_alternation(lex['future']['limit_ends'])}(?:\s+on)?)"
            r"\s+(?:next\s+|this\s+|the\s+)?$",
            re.IGNORECASE,
        )
        self.limit_setters = frozenset(lex["future"]["limit_setters"])
        self.past_event_nouns = frozenset(lex["future"]["past_event_nouns"])
        self.violence_verbs = frozenset(lex["future"]["violence_verbs"])
        self.unmarked_future_days = int(lex["future"]["unmarked_future_days"])
        self.street_words = set(lex["streets"]["words"])
        self.occasions = frozenset(lex["cues"]["occasions"])

    def _expand(self, template: str, prefix: str) -> tuple[str, list[tuple[str, str]]]:
        """Placeholders become named groups and every group name gets the rule's prefix."""
        names: list[tuple[str, str]] = []

        def literal_group(m: re.Match[str]) -> str:
            names.append((f"{prefix}_{m.group(1)}", m.group(1)))
            return f"(?P<{prefix}_{m.group(1)}>"

        def placeholder(m: re.Match[str]) -> str:
            short = m.group(1).lower()
            names.append((f"{prefix}_{short}", short))
            return f"(?P<{prefix}_{short}>{self.fragments[m.group(1)]})"

        body = _NAMED_GROUP.sub(literal_group, template)
        return _PLACEHOLDER.sub(placeholder, body), names

    def _compile_rules(self, specs: list[dict[str, Any]]) -> tuple[list[Rule], re.Pattern[str]]:
        rules, alternatives = [], []
        for index, spec in enumerate(specs):
            body, names = self._expand(spec["pattern"], f"g{index}")
            rules.append(Rule(spec["name"], spec["op"], tuple(names)))
            alternatives.append(f"(?P<r{index}>{body})")
        # Only word starts can open an expression: the guard keeps the scan to one cheap test
        # per character elsewhere. A single quotation mark after a space opens a quote, and the
        # word after it is a word start too ("troops repelled an attack 'yesterday'").
        start = r"(?:(?<![\w’'])(?=[\w’'])|(?<=[\s(\[“\"][’'])(?=\w))"
        pattern = start + "(?:" + "|".join(alternatives) + ")"
        return rules, re.compile(pattern, re.IGNORECASE)

    @staticmethod
    def _keywords(extra: list[str], lex: dict[str, Any]) -> frozenset[str]:
        words = [*extra, *lex["weekdays"], *lex["seasons"], *lex["dayparts"]["names"]]
        words += [form.rstrip(".") for forms in lex["weekday_abbreviations"] for form in forms]
        words += [form for forms in lex["months"] for form in forms]
        words += [form for unit in lex["units"] for form in (unit, unit + "s")]
        # the first word of a feast of another calendar opens a window wide enough for the rest
        words += [name.split()[0] for name in lex["calendar_feasts"]]
        return frozenset(w.lower() for w in words)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text around digits and date words, merged where they touch."""
        spans: list[tuple[int, int]] = []
        keywords, before, after = self.keywords, self.before, self.after
        for m in _WORD.finditer(text.lower()):
            word = m.group()
            if word in keywords or word[0].isdigit():
                start, end = max(0, m.start() - before), m.end() + after
                if spans and start <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
        # A window never ends inside a word, so no look-ahead is cut short by its end.
        return [(start, _word_end(text, end)) for start, end in spans]

    def scan(self, text: str, windows: list[tuple[int, int]] | None = None) -> list[Candidate]:
        """Every rule match, in text order, never overlapping."""
        found: list[Candidate] = []
        done = 0
        for start, end in self.windows(text) if windows is None else windows:
            for m in self._matches(text, max(start, done), end):
                rule = self.rules[int(m.lastgroup[1:])]  # type: ignore[index]
                groups = {short: m.group(full) for full, short in rule.groups if m.group(full)}
                found.append(Candidate(*m.span(), rule, groups))
                done = m.end()
        return found

    def _matches(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The pattern's matches in order, never one across a paragraph break ('... killing
        2' in a headline and 'July 17, 2023' on the next line are no '2 July')."""
        at = start
        while (m := self.pattern.search(text, at, end)) is not None:
            if _PARAGRAPH_BREAK.search(m.group()):
                at = m.start() + 1
                continue
            yield m
            at = max(m.end(), m.start() + 1)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _word_end(text: str, at: int) -> int:
    m = _WORD_END.search(text, min(at, len(text)))
    return min(len(text), m.end() + 1) if m else len(text)


def _possessive_before(words: list[str]) -> re.Pattern[str]:
    """A day's possessive and one of the words right after it ("Thursday's planned")."""
    return re.compile(rf"[\w.]+[’'`]s\s+{_alternation(words)}\b", re.IGNORECASE)


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    """The cue word right before a position (tested on the text just before it)."""
    return re.compile(r"(?<![\w-])" + _alternation(words) + r"\s+$", re.IGNORECASE)


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def load_grammar(path: Path = DATA_FILE) -> Grammar:
    """The grammar of ``path``, parsed anew: keep it (``Resources.lexicons.dates`` does)."""
    with path.open("rb") as handle:
        return Grammar(tomllib.load(handle))


# ------------------------------------------------------------------ date arithmetic


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: date, unit: str, amount: int) -> date:
    return _add_months(day, amount) if unit == "months" else day + timedelta(days=amount)


def _granularity_of(start: date, end: date) -> str:
    """For ranges a rule builds from pieces: how fine the span is, by its length."""
    days = (end - start).days + 1
    if days <= 2:
        return "day"
    if days <= 7:
        return "week"
    if days <= 31:
        return "month"
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return "year" if whole_year and start.year == end.year else "vaguer"


def _weekday_near(reference: date, weekday: int, direction: str) -> date:
    back = (reference.weekday() - weekday) % 7
    if direction == "past":
        return reference - timedelta(days=back)
    if direction == "strict_past":
        return reference - timedelta(days=back or 7)
    ahead = (weekday - reference.weekday()) % 7
    if direction == "future":
        return reference + timedelta(days=ahead)
    return reference + timedelta(days=ahead or 7)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _spelled_ordinals(words: list[str]) -> list[str]:
    """The ordinal words of days, also with a space for the hyphen ("twenty first")."""
    return words + [w.replace("-", " ") for w in words if "-" in w]


def _day_number(text: str, grammar: Grammar) -> int:
    """1 for "1", "1st" or "first"."""
    word = " ".join(text.lower().replace("-", " ").split())
    return grammar.ordinal_days.get(word) or int(_DAY_SUFFIX.sub("", text))


# ------------------------------------------------------------------ resolution state


@dataclass(slots=True)
class Context:
    """What resolving one article needs: its days, its parse and the days named so far."""

    grammar: Grammar
    doc: Doc
    text: str
    published: date
    reference: date  # the dateline's day when there is one, else publication
    numeric_order: str = "likely"  # mdy | dmy | likely | wide, from the outlet
    days_named: list[tuple[int, date]] = field(default_factory=list)  # (offset, day), in order
    named: list[tuple[int, Value]] = field(default_factory=list)  # every date so far, in order
    statements: set[int] = field(default_factory=set)  # offsets of dates of a statement
    years_told: set[int] = field(default_factory=set)  # offsets of dates that write their year
    ends: dict[int, int] = field(default_factory=dict)  # where each date named so far ends
    # each offset's sentence start, once: asked per pair of a sentence's dates, a timeline of
    # 2,000 dates took minutes
    sentence_starts: dict[int, int] = field(default_factory=dict)

    def sentence_start(self, offset: int) -> int:
        start = self.sentence_starts.get(offset)
        if start is None:
            start = self.sentence_starts[offset] = self._sentence_start(offset)
        return start

    def _sentence_start(self, offset: int) -> int:
        token = self.token_at(offset)
        try:
            return token.sent.start_char if token is not None else 0
        except ValueError:  # a pipeline without sentence boundaries: the whole text is one
            return 0

    def token_at(self, offset: int) -> Any:
        """The token holding a character offset (found by the doc's own char index)."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def last_day(
        self, before: int, since: int = 0, not_before: date | None = None, told: bool = False
    ) -> date | None:
        """The last single day named in [since, before), optionally no earlier than a day, and
        (``told``) not the day of a statement."""
        for offset, day in reversed(self.days_named):
            if offset >= before or (told and offset in self.statements):
                continue
            if offset < since:
                return None
            if not_before is None or day >= not_before:
                return day
        return None

    def last_told_day(self, before: int) -> date | None:
        """The last single day named before an offset that is not the day of a statement
        beside a day told ('killed on Sunday, officials said on Monday. The same day, ...' is
        Sunday; 'By Sunday evening, officials said 700 had died. That night, ...' is Sunday),
        else the last day named."""
        for offset, day in reversed(self.days_named):
            if offset < before and not self.only_said(offset):
                return day
        return self.last_day(before)

    def only_said(self, offset: int) -> bool:
        """Whether a day is that of a statement whose sentence also names a day of its own
        (what was said happened then)."""
        if offset not in self.statements:
            return False
        sentence = self.sentence_start(offset)
        return any(
            at != offset and at not in self.statements and self.sentence_start(at) == sentence
            for at, _ in self.days_named
        )

    def told_day_within(self, before: int, latest: date) -> date | None:
        """The last day told (not only a statement's) before an offset that is no later than
        a day."""
        for offset, day in reversed(self.days_named):
            if offset < before and offset not in self.statements and day <= latest:
                return day
        return None

    def last_told(self, before: int) -> Value | None:
        """The last date named before an offset, not the day of a statement when there is
        another."""
        earlier = [(at, v) for at, v in self.named if at < before]
        told = [v for at, v in earlier if not self.only_said(at)]
        return (told or [v for _, v in earlier] or [None])[-1]

    def dates_a_statement(self, offset: int) -> bool:
        """'officials said on Monday', 'in a statement issued on Tuesday': the date hangs
        from a verb of saying."""
        verb = _clause_verb(self.token_at(offset))
        return verb is not None and verb.lemma_.lower() in self.grammar.statement_verbs

    def year_ok(self, year: int) -> bool:
        settings = self.grammar.settings
        return settings["min_year"] <= year <= self.published.year + settings["max_future_years"]

    def about_future(self, offset: int) -> bool:
        return self.tense(offset) == "future"

    def tense(self, offset: int) -> str:
        """'future', 'past' or 'open' for the clause that governs the expression: the first
        verb above it in the parse that carries tense, or a word of plans on the way there.
        A limit in a clause of no tense is still to come ('the army has until Friday')."""
        if self.grammar.since.search(self.text, max(0, offset - 32), offset):
            return "past"  # "the toll is 12 since Sunday": a since-date has begun
        if _STATED_ON.search(self.text, max(0, offset - 48), offset):
            # "the army said on Monday it would withdraw": the day of a statement told in the
            # past, whatever the parse hangs it from
            return "past"
        if self.grammar.coming_after.match(self.text, offset):
            return "future"  # "boycotted Sunday's upcoming vote"
        if self.grammar.planned_after.match(self.text, offset) or self._starts_a_measure(offset):
            # "police banned Thursday's planned march", "imposed a curfew starting Sunday": a
            # plan, either side of the story's day
            return "near" if self._clause_tense(offset) == "past" else "future"
        if self.ahead_of(offset):
            # "clashes erupted ahead of Sunday's vote": after a past time, which may be past
            # too; the reading nearest the story's day is meant
            return "near" if self._clause_tense(offset) == "past" else "future"
        if self._convoked_for(offset) or self._called_for_on(offset):
            return "near" if self._plan_in_a_past_clause(offset) else "future"
        if self._limit_set(offset):
            # "an ultimatum of Thursday", "gave residents until Thursday to leave": a limit
            # set for what is to come, or one just passed ("a deadline of March 10 passed"):
            # the side of the story's day nearer to it, unless the clause is of the future
            return "future" if self._clause_tense(offset) == "future" else "near"
        tense = self._clause_tense(offset)
        before = max(0, offset - 8)
        if tense == "open" and self.grammar.until.search(self.text, before, offset):
            return "future"
        if tense == "open" and self._into_a_month(before, offset):
            return "future"
        if self.grammar.put_off_to.search(self.text, before, offset) and self._deferred(offset):
            return "future"
        return tense

    def _limit_set(self, offset: int) -> bool:
        """'a deadline of March 31', 'the army gave residents until Thursday', 'they were told
        to leave by Saturday': the date of a limit a noun names, or one after "until" or "by"
        that a verb of setting limits governs (directly or through its infinitive)."""
        grammar = self.grammar
        if grammar.limit_noun.search(self.text, max(0, offset - 80), offset):
            return True
        if not _LIMIT_WORD.search(self.text, max(0, offset - 24), offset):
            return False
        verb = _verb_above(self.token_at(offset), steps=4)
        if verb is not None and verb.lemma_.lower() not in grammar.limit_setters:
            verb = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
        return verb is not None and verb.lemma_.lower() in grammar.limit_setters

    def _into_a_month(self, before: int, offset: int) -> bool:
        """'possibly into January': a month a clause of no tense runs on into is still to come
        (never 'Sunday night into Monday', a night into its morning)."""
        if not _INTO.search(self.text, before, offset):
            return False
        word = _WORD.match(self.text, offset)
        return word is not None and word.group().lower() in self.grammar.months

    def _starts_a_measure(self, offset: int) -> bool:
        """'a curfew effective Thursday', 'a truce starting Sunday'; not 'fighting starting
        Saturday', whose violence has begun."""
        m = self.grammar.starting.search(self.text, max(0, offset - 24), offset)
        if m is None:
            return False
        token = self.token_at(m.start())
        before = token.nbor(-1) if token is not None and token.i > 0 else None
        nouns = self.grammar.past_event_nouns
        return before is None or not {before.lemma_.lower(), before.lower_} & nouns

    def _convoked_for(self, offset: int) -> bool:
        """'the unions called a strike for Monday', 'a rally set for Saturday': a day after
        "for" that a verb of calling or fixing governs is the day of what is still to come,
        unless told in the past passive ('the vote was set for Sunday but was postponed')."""
        if not _FOR.search(self.text, max(0, offset - 12), offset):
            return False
        verb = _verb_above(self.token_at(offset), steps=4)
        if verb is None:
            return False
        told_before = _auxiliaries(verb) & {"was", "were", "had"}
        return verb.lemma_.lower() in self.grammar.convoking and not told_before

    def _plan_in_a_past_clause(self, offset: int) -> bool:
        """'Talks planned for March 18 were cancelled', 'a rally scheduled for Saturday was
        banned': a plan a participle names inside a clause told in the past may lie on either
        side of the story's day; the nearer reading is meant."""
        verb = _verb_above(self.token_at(offset), steps=4)
        if verb is None or _auxiliaries(verb) or verb.dep_ not in _NOUN_ROLES:
            return False
        main = _verb_above(verb, steps=4)
        return main is not None and (
            main.tag_ == "VBD" or bool(_auxiliaries(main) & _PAST_AUXILIARIES)
        )

    def _called_for_on(self, offset: int) -> bool:
        """'the opposition has called for a strike on Thursday', 'unions are calling for
        marches on Friday': a perfect or present tense takes no past day of its own, so the day
        is that of what was called for, still to come. ('The party called for calm on Sunday'
        in the past tense may be the day of the call, and stays past.)"""
        before = max(0, offset - 48)
        calls = _FOR_ON.search(self.text, before, offset)
        if not calls and not self._new_thing_on(before, offset):
            return False
        verb = _verb_above(self.token_at(offset), steps=6)
        if verb is None or verb.lemma_.lower() not in self.grammar.convoking:
            return False
        aux = _auxiliaries(verb)
        return bool(aux & _PERFECT_HAVE) or verb.tag_ in ("VBZ", "VBP") or bool(aux & _PRESENT_BE)

    def _new_thing_on(self, before: int, offset: int) -> bool:
        """'has announced a day of mourning on Tuesday', 'have called a general strike on
        Thursday': a thing still to come, named with its indefinite article between the verb
        and the day ('has announced compensation on Sunday' in a past sense is no such thing)."""
        m = _NEW_THING_ON.search(self.text, before, offset)
        words = m.group("thing").lower().split() if m else []
        return bool(self.grammar.coming_things.intersection(w.strip("'’") for w in words))

    def _deferred(self, offset: int) -> bool:
        """'The trial was adjourned until April 20': a date something was put off to."""
        token = self.token_at(offset)
        for _ in range(3):
            if token is None or token.head is token:
                return False
            token = token.head
            if token.lemma_.lower() in self.grammar.deferral:
                return True
        return False

    def _clause_tense(self, offset: int) -> str:
        token = self.token_at(offset)
        grammar = self.grammar
        path: list[Any] = []
        for _ in range(12):
            if token is None:
                return "open"
            path.append(token)
            aux = _auxiliaries(token)
            # "set fire to a post on Sunday": a deed done, no plan
            deed = any(c.lower_ in grammar.deed_complements for c in token.children)
            if token.lemma_.lower() in grammar.future_lemmas and not deed:
                # "was scheduled for Sept. 26", "was due to appear on Tuesday": a plan told in
                # the past tense
                if not (token.tag_ == "VBD" or _past_copula(token, aux)):
                    return "future"
                # "officials said the talks were due to resume on Monday": a plan reported in
                # the past tense of the telling, either side of the story's day
                return "near" if _reported(token, grammar) else "past"
            if _tells_a_past_event(token, aux, grammar):
                return "past"
            if aux & grammar.future_aux:
                return "past" if aux & {"have", "'ve"} else "future"
            if _intended(token, aux, grammar):
                return "future"
            if _present_of_what_is_to_come(path, aux, grammar):
                return "future"
            if aux & grammar.open_modals:
                if aux & {"have", "'ve"}:
                    return "past"
                # "the militants may return on Friday": a possibility still to come
                return "future" if aux & grammar.future_modals else "open"
            if _passive_infinitive(token, aux):
                return "future"  # "the summit, to be held on Friday"
            if token.tag_ == "VBD" or aux & _PAST_AUXILIARIES:
                return "past"
            # ("are expected to be announced on Friday": a passive infinitive has no tense of
            # its own, the verb above it tells)
            if token.tag_ in ("VBZ", "VBP", "MD") or (aux - {"to"} and aux != {"to", "be"}):
                return "open"
            if token.head is token:
                return "open"
            token = token.head
        return "open"

    def ahead_of(self, offset: int) -> bool:
        """'ahead of Sunday's vote', 'in the run-up to the June 20 election'."""
        return self.grammar.ahead.search(self.text, max(0, offset - 56), offset) is not None

    def past_perfect(self, offset: int) -> bool:
        """'had been ongoing since Monday': the span ends at a past point the text does not give."""
        token = self.token_at(offset)
        head = token.head if token is not None else None
        if head is None:
            return False
        return "had" in _auxiliaries(head)


# (a participle modifying a noun, or parsed as the noun itself)
_NOUN_ROLES = frozenset({"acl", "amod", "nsubj", "nsubjpass", "dobj", "pobj"})
_STATED_ON = re.compile(
    # (never a passive to come: "results are to be announced on Friday")
    r"(?<!\w)(?<!\bbe )(?<!\bbeen )"
    r"(?:said|told|announced|reported|stated|confirmed|added|claimed|tweeted|posted|wrote"
    r"|denied|insisted|disclosed|revealed|acknowledged|warned)"
    r"(?:\s+(?:reporters|journalists|Reuters|AFP|AP|the\s+BBC|Al\s+Jazeera|the\s+Associated"
    r"\s+Press|parliament|lawmakers|in\s+a\s+statement|in\s+a\s+post))?\s+on\s+$",
    re.IGNORECASE,
)
# (a limit a verb of setting limits governs: "until Thursday", "by Saturday")
_LIMIT_WORD = re.compile(
    r"(?<!\w)(?:until|till|by|no\s+later\s+than)\s+(?:next\s+|this\s+)?$", re.IGNORECASE
)
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})
_FOR_ON = re.compile(
    r"(?<!\w)for\s+[^.;:,!?\"“”]{1,40}?\s+on\s+(?:next\s+|this\s+)?$", re.IGNORECASE
)
# "has announced a day of mourning on Tuesday", "have called a strike on Thursday": a thing
# still to come, named by its indefinite article, between the verb and the day
_NEW_THING_ON = re.compile(
    r"(?<!\w)an?\s+(?P<thing>[^.;:,!?\"“”]{1,40}?)\s+on\s+(?:next\s+|this\s+)?$", re.IGNORECASE
)
_PERFECT_HAVE = frozenset({"has", "have", "'ve", "’ve"})
_FOR = re.compile(r"(?<!\w)for\s+(?:next\s+|this\s+)?$", re.IGNORECASE)


def _reported(token: Any, grammar: Grammar) -> bool:
    """Whether a clause (or the 'be' a word of plans hangs from) is what a verb of saying
    governs ('a spokesman said the funeral was scheduled for Friday')."""
    clause = token if token.dep_ == "ccomp" else token.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in grammar.statement_verbs


def _past_copula(token: Any, aux: set[str]) -> bool:
    """'was due', 'were set': a word of plans under a past form of 'be'."""
    if aux & _PAST_AUXILIARIES:
        return True
    head = token.head
    return token.dep_ == "acomp" and head.lemma_ == "be" and head.tag_ == "VBD"


def _passive_infinitive(token: Any, aux: set[str]) -> bool:
    """'the summit, to be held on Friday', 'a deal to be signed on Monday': a passive
    infinitive hanging from a noun tells what is to come."""
    return (
        token.tag_ == "VBN"
        and {"to", "be"} <= aux
        and token.dep_ in ("acl", "relcl")
        and token.head.pos_ in ("NOUN", "PROPN")
    )


def _present_of_what_is_to_come(path: list[Any], aux: set[str], grammar: Grammar) -> bool:
    """Present forms that tell of what is to come: an arrangement in the progressive ('the
    minister is coming on Monday', 'a vigil is being held on Friday'), a timetable verb ('the
    ultimatum expires on Friday'),
    'is to' ('he is to appear in court on Monday') and a present 'be' the date hangs from
    directly ('the funeral is on Thursday', 'the vote is for Sunday'; never 'up from 25 on
    Sunday' nor 'the toll from Sunday is 14')."""
    token = path[-1]
    tag = token.tag_
    if tag == "VBG" and aux & _PRESENT_BE and token.lemma_ in grammar.arranged:
        return True
    if tag == "VBN" and "being" in aux and aux & _PRESENT_BE and token.lemma_ in grammar.arranged:
        return True  # the passive of it: "funerals are being held on Friday"
    head = token.head
    if tag in ("VB", "VBN") and "to" in aux and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        return True  # (the passive too: "the cabinet is to be announced on Monday")
    if tag not in ("VBZ", "VBP") or aux:
        return False
    if token.lemma_ in grammar.scheduled:
        return True
    if len(path) == 2 and path[0].dep_ == "nsubj" and token.sent.start > 0:
        # "Thursday marks one year since the war began", "Sunday is the deadline": a day that
        # is the subject of a present verb is one to come (told after, it "marked")
        return True
    if token.lemma_ in grammar.present_arranged and token.sent.start > 0:
        # "the Security Council meets on Friday", "Nigerians vote on Saturday" below the
        # headline (whose present tells of the past: "Pope visits Iraq on Friday")
        return True
    if token.sent.start > 0 and _takes_effect(token, grammar):
        return True  # "the ceasefire takes effect at midnight on Sunday"
    hangs = len(path) == 2 or (len(path) == 3 and path[1].lower_ in ("on", "for", "in"))
    return token.lemma_ == "be" and hangs


def _takes_effect(token: Any, grammar: Grammar) -> bool:
    """'takes effect', 'comes into force': a verb with the word that makes it a timetable's."""
    words = grammar.effect_phrases.get(token.lemma_)
    if not words:
        return False
    below = [t for child in token.children for t in (child, *child.children)]
    return any(t.lower_ in words for t in below)


def _intended(token: Any, aux: set[str], grammar: Grammar) -> bool:
    """'vowed to return on Saturday', 'threatened to attack on Friday': an infinitive that a
    verb of intention governs tells what is to come, whatever that verb's tense."""
    return (
        token.tag_ == "VB"
        and "to" in aux
        and token.head is not token
        and token.head.lemma_.lower() in grammar.intentions
    )


def _tells_a_past_event(token: Any, aux: set[str], grammar: Grammar) -> bool:
    """'those killed on Monday', 'the curfew, imposed on Sunday', 'Sunday's attack', 'the
    raid on Friday': a reduced relative clause or a noun of violence the date hangs from tells
    what has happened, whatever the tense of the clause around it ('will bury those ...')."""
    if token.tag_ == "VBN" and token.dep_ == "acl" and not aux:
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in grammar.past_event_nouns


def _verb_above(token: Token | None, steps: int) -> Token | None:
    """The first verb among a token's heads, looking at most ``steps`` up."""
    for _ in range(steps):
        if token is None or token.head is token:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


def _auxiliaries(verb: Any) -> set[str]:
    """The auxiliaries of a verb: they stand just before it ('had been', 'will not be'), so a
    short look to the left is enough (walking ``children`` costs the whole subtree)."""
    doc, i = verb.doc, verb.i
    return {
        t.lower_ for t in doc[max(0, i - 4) : i] if t.head.i == i and t.dep_ in ("aux", "auxpass")
    }


# ------------------------------------------------------------------ the ops


def _op_calendar(ctx: Context, c: Candidate) -> Value | None:
    g = c.groups
    following = ctx.text[c.end : c.end + 14].split()
    if following and following[0].strip(".,;:'’") in ctx.grammar.calendar_name_heads:
        return None  # "the March 23 Movement": a name
    if "mm" in g:  # ISO
        year, month, day = int(g["year"]), int(g["mm"]), int(g["dd"])
        found = _safe_date(year, month, day) if ctx.year_ok(year) else None
        return Value(found, found, "day") if found else None
    month = ctx.grammar.months[g["month"].lower().rstrip(".")]
    day = _day_number(g["day"], ctx.grammar)
    if "year" in g:
        year = int(g["year"])
        found = _safe_date(year, month, day) if ctx.year_ok(year) else None
    elif "relyear" in g:  # "24 February last year", "July 7 of that year"
        found = _safe_date(_relative_year(ctx, c), month, day)
    else:
        found = _yearless_day(ctx, c.start, month, day)
        found = _year_its_weekday_names(ctx, g, found)
    return Value(found, found, "day") if found else None


def _year_its_weekday_names(ctx: Context, g: Groups, found: date | None) -> date | None:
    """'Friday, August 8' with no year: the weekday tells the year when the one the tense
    chose puts the day on another weekday (a plan read as still to come, a past day read
    as last year's); the nearest year around publication where the weekday fits."""
    name = (g.get("weekday") or g.get("weekday2") or "").lower()
    weekday = ctx.grammar.weekdays.get(name)
    if found is None or weekday is None or found.weekday() == weekday:
        return found
    pub = ctx.published
    fits = [
        day
        for shift in (0, -1, 1)
        if (day := _safe_date(pub.year + shift, found.month, found.day)) is not None
        and day.weekday() == weekday
    ]
    return min(fits, key=lambda day: abs((day - pub).days), default=found)


def _yearless_day(ctx: Context, offset: int, month: int, day: int) -> date | None:
    """A month and day without a year: the latest on or before publication, the next one when
    the clause speaks of the future, and with no tense either way the coming one if it is
    near; in a sentence about an earlier year, that year ('In 2021, on March 9, ...'). An
    impossible day (February 30) gives nothing."""
    pub = ctx.published
    told = _year_of_sentence(ctx, offset, month)
    if told is None:
        told = _year_of_paragraph(ctx, offset, month, day)
    if told is not None:
        return _safe_date(told, month, day)
    years_back = _anniversary(ctx, offset)
    if years_back:
        return _day_of_anniversary(pub, month, day, years_back)
    years_since = _years_since(ctx, offset)
    if years_since:
        return _day_years_before(pub, month, day, years_since)
    tense = ctx.tense(offset)
    if tense == "near":  # "killed a candidate ahead of the March 10 vote"
        readings = [d for y in (-1, 0, 1) if (d := _safe_date(pub.year + y, month, day))]
        return min(readings, key=lambda d: abs((d - pub).days), default=None)
    if tense == "open":
        coming = _safe_date(pub.year, month, day)
        if coming and 0 < (coming - pub).days <= ctx.grammar.unmarked_future_days:
            return coming
    future = tense == "future" or _plan_ahead(ctx, offset, month, day)
    for year in (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1):
        found = _safe_date(year, month, day)
        if found is None:
            continue
        if (found >= pub) if future else (found <= pub):
            return found
    return None


def _hangs_from_violence(ctx: Context, offset: int) -> bool:
    """Whether a noun of violence governs the date on its way up to the clause's verb."""
    token = ctx.token_at(offset)
    for _ in range(4):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head is token:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in ctx.grammar.past_event_nouns:
            return True
    return False


_ANNIVERSARY = re.compile(
    r"(?:\b(?P<nth>\w+)\s+)?anniversary\s+of\s+(?:the\s+|this\s+|last\s+)?$", re.IGNORECASE
)
# "marked a year since the Oct. 7 attack", "two years on from the March 3 raid"
_YEARS_SINCE = re.compile(
    r"\b(?P<count>a|one|two|three|four|five|ten|\d{1,2})\s+years?\s+(?:since|after|on\s+from)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twentieth": 20,
}


def _anniversary(ctx: Context, offset: int) -> int:
    """How many years back 'the (second) anniversary of the October 7 attacks' puts its
    date (0 when no anniversary is named)."""
    m = _ANNIVERSARY.search(ctx.text, max(0, offset - 40), offset)
    if m is None:
        return 0
    nth = (m.group("nth") or "").lower()
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", nth)
    return int(digits.group(1)) if digits else _ORDINALS.get(nth, 1)


def _day_of_anniversary(pub: date, month: int, day: int, years_back: int) -> date | None:
    """The anniversary falls near the story's day (either side): the date named lies that
    many years before it."""
    readings = [
        found
        for y in (pub.year - 1, pub.year, pub.year + 1)
        if (found := _safe_date(y, month, day)) is not None
    ]
    if not readings:
        return None
    near = min(readings, key=lambda found: abs((found - pub).days))
    return _safe_date(near.year - years_back, month, day)


def _years_since(ctx: Context, offset: int) -> int:
    """How many years 'two years after the Feb. 24 invasion' counts back (0 when none)."""
    m = _YEARS_SINCE.search(ctx.text, max(0, offset - 30), offset)
    if m is None:
        return 0
    count = m.group("count").lower()
    return int(count) if count.isdigit() else _COUNTS.get(count, 1)


def _day_years_before(pub: date, month: int, day: int, years: int) -> date | None:
    """At least that many years lie between the date and the story's day (a story may run a
    few weeks ahead of the anniversary): the latest such date by then."""
    bound = _add_months(pub, -12 * years) + timedelta(days=31)
    for year in (bound.year, bound.year - 1):
        found = _safe_date(year, month, day)
        if found is not None and found <= bound:
            return found
    return None


def _plan_ahead(ctx: Context, offset: int, month: int, day: int) -> bool:
    """'A new strike has been called for Dec. 12', 'a truce starting from February 4' told a
    few days before them: a yearless day just ahead of the story is that day to come, not
    the one almost a year before (which a writer would give its year)."""
    pub, settings = ctx.published, ctx.grammar.settings
    if _hangs_from_violence(ctx, offset):
        return False  # "the strike on March 27 killed two": an attack told, not one to come
    coming = _safe_date(pub.year, month, day)
    if coming is None or coming <= pub:
        coming = _safe_date(pub.year + 1, month, day)
    return coming is not None and (coming - pub).days <= settings["yearless_ahead_days"]


def _op_numeric(ctx: Context, c: Candidate) -> Value | None:
    first, second = int(c.groups["mm"]), int(c.groups["dd"])
    if "yy" in c.groups:  # "3/9/24": a year of the last few, else no date
        year = ctx.published.year // 100 * 100 + int(c.groups["yy"])
        if not 0 <= ctx.published.year - year <= _SHORT_YEARS_BACK:
            return None
    else:
        year = int(c.groups["year"])
    if not ctx.year_ok(year):
        return None
    readings = {
        order: day
        for order, day in (
            ("mdy", _safe_date(year, first, second)),
            ("dmy", _safe_date(year, second, first)),
        )
        if day is not None
    }
    days = sorted(set(readings.values()))
    if not days:
        return None
    if len(days) == 1:
        return Value(days[0], days[0], "day")
    order = ctx.numeric_order
    if order == "likely":
        order = _likely_order(ctx, readings)
    if order in readings:
        return Value(readings[order], readings[order], "day")
    return Value(days[0], days[-1], "vaguer")


_SHORT_YEARS_BACK = 3


def _likely_order(ctx: Context, readings: dict[str, date]) -> str:
    """The reading of 4/10/2023 for an outlet of unknown country: news tells of days just
    past, so the one reading not after the story's day, or the one within a few days of it;
    else the order most of the world writes."""
    settings, reference = ctx.grammar.settings, ctx.reference
    past = {order: day for order, day in readings.items() if day <= reference}
    if len(past) == 1:
        return next(iter(past))
    if not past:  # both still to come: the nearer
        return min(readings, key=lambda order: readings[order])
    near = [o for o, day in past.items() if (reference - day).days <= settings["numeric_near_days"]]
    return near[0] if len(near) == 1 else str(settings["numeric_fallback"])


def _op_day_range(ctx: Context, c: Candidate) -> Value | None:
    g = c.groups
    month = ctx.grammar.months[g["month"].lower().rstrip(".")]
    first, last = _day_number(g["day"], ctx.grammar), _day_number(g["day2"], ctx.grammar)
    if first >= last:
        return None
    if "year" in g:
        year = int(g["year"])
        if not ctx.year_ok(year):
            return None
        start, end = _safe_date(year, month, first), _safe_date(year, month, last)
    else:
        start = _yearless_day(ctx, c.start, month, first)
        end = _safe_date(start.year, month, last) if start else None
    if start is None or end is None:
        return None
    return Value(start, end, "week" if (end - start).days < 7 else "month")


def _year_of_sentence(
    ctx: Context, offset: int, month: int = 0, range_month: int = 0
) -> int | None:
    """The earlier year of the clause ('In 2021, on March 9, the rebels ...', 'Last year, on
    May 3, ...'): the last date named before the offset, when it lies within one year before
    the story's and hangs from the same verb ('The group, founded in 2014, attacked the city
    on March 9' keeps the year of the story), or is the very month of the day ('in February
    2019, after a bombing killed 40 on Feb. 14'). Only a year the text writes carries over:
    the year guessed for 'Dec. 29' in 'between Dec. 29 and Jan. 2' is no year of 'Jan. 2'."""
    sentence = ctx.sentence_start(offset)
    for at, value in reversed(ctx.named):
        if at >= offset:
            continue
        if at >= sentence and _opens_range(ctx, at, offset, value, month or range_month):
            continue  # "In 2017, ... from May to October": both months take the year told
        if at < sentence or value.start.year != value.end.year or at not in ctx.years_told:
            return None
        if value.start.year >= ctx.published.year:
            return None
        if month and (value.start, value.end) == (
            date(value.start.year, month, 1),
            _month_end(value.start.year, month),
        ):
            return value.start.year
        verbs = [_clause_verb(ctx.token_at(where)) for where in (at, offset)]
        same = None not in verbs and verbs[0].i == verbs[1].i
        return value.start.year if same or _when_of_year(verbs[1], at, offset) else None
    return None


_RANGE_GAP = re.compile(r"[^,;.]{0,12}?\s*(?:to|and|until|till|through|-|–)\s*$", re.IGNORECASE)


def _opens_range(ctx: Context, at: int, offset: int, value: Value, month: int) -> bool:
    """Whether a date of no written year just before the offset opens a range the offset
    closes in the same calendar year ('from May to October', 'between May 3 and June 9')."""
    if not month or at in ctx.years_told or value.start.month > month:
        return False
    return _RANGE_GAP.match(ctx.text, at, offset) is not None and offset - at <= 24


def _when_of_year(verb: Any, at: int, offset: int) -> bool:
    """'a siege in 2017, when militants held the city from May to October': a clause of
    "when" hanging from the year tells a time inside that year."""
    if verb is None or verb.dep_ != "relcl" or not at <= verb.head.idx < offset:
        return False
    return any(child.lower_ == "when" for child in verb.children)


def _year_of_paragraph(ctx: Context, offset: int, month: int, day: int = 1) -> int | None:
    """The earlier year a paragraph's story is told in ('The Taliban took Kabul in August 2021.
    On August 26, a bomber struck the airport'): the date named last before the offset, in an
    earlier sentence of the same paragraph, wrote a year before the story's and a month of it,
    and the month named now runs on from it in the past tense. A day near publication in the
    story's own year is news told without its year ('The war began in April 2023. On May 3,
    ...' told on May 10) and keeps the story's year."""
    earlier = [(at, value) for at, value in ctx.named if at < offset]
    if not earlier:
        return None
    at, value = earlier[-1]
    if at not in ctx.years_told or "\n\n" in ctx.text[at:offset]:
        return None
    if ctx.sentence_start(at) == ctx.sentence_start(offset):
        return None
    year, whole_year = value.start.year, (value.start.month, value.end.month) == (1, 12)
    if year != value.end.year or whole_year or year >= ctx.published.year:
        return None
    if month < value.start.month or ctx.tense(offset) != "past":
        return None
    recent = _safe_date(ctx.published.year, month, min(day, 28))
    near = ctx.grammar.settings["story_year_recent_days"]
    if recent is not None and 0 <= (ctx.published - recent).days <= near:
        return None
    return year


def _clause_verb(token: Any) -> Any:
    """The verb a token's clause hangs from (the token itself when none is above it)."""
    for _ in range(12):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return token


def _pick_month(ctx: Context, c: Candidate, month: int) -> int | None:
    """The year of a named month: given, 'last/this/next year', 'last March', or the latest one
    begun by publication (the next one still to end when the clause is about the future)."""
    g, pub = c.groups, ctx.published
    if "year" in g:
        year = int(g["year"])
        return year if ctx.year_ok(year) else None
    if "relyear" in g:
        return _relative_year(ctx, c)
    rel = _norm(g.get("relmonth", ""))
    if rel in ("last", "this past"):
        return pub.year if month < pub.month else pub.year - 1
    if rel in ("next", "this coming"):
        return pub.year if month > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    told = _year_of_sentence(ctx, c.start, range_month=month)
    if told is not None:
        return told + _after_a_later_month(ctx, c.start, month)
    told = _year_of_paragraph(ctx, c.start, month)
    if told is not None:
        return told
    tense = ctx.tense(c.start)
    if tense == "future":
        return pub.year if month >= pub.month else pub.year + 1
    if tense == "near":  # "ahead of regional elections in August": the nearest August
        return min(
            (pub.year - 1, pub.year, pub.year + 1), key=lambda y: _months_apart(pub, y, month)
        )
    ahead = (date(pub.year, month, 1) - pub).days if month > pub.month else -1
    if tense == "open" and 0 < ahead <= ctx.grammar.unmarked_future_days:
        return pub.year
    return pub.year if month <= pub.month else pub.year - 1


_YEAR_WORD = re.compile(r"\d{4}|(?<!\w)years?(?![\w'’])", re.IGNORECASE)


def _months_apart(day: date, year: int, month: int) -> int:
    return abs((year * 12 + month) - (day.year * 12 + day.month))


_LIST_GAP = re.compile(r"(?:,?\s+(?:and|to|until|till|through|into)|\s*[-–—])\s+$", re.IGNORECASE)


def _after_a_later_month(ctx: Context, offset: int, month: int) -> int:
    """1 when a month named right after a date of a later month ('in December and January',
    'from November 2023 to February') runs into the next year, else 0."""
    if not ctx.named or not _LIST_GAP.search(ctx.text, max(0, offset - 12), offset):
        return 0
    at, value = ctx.named[-1]
    if offset - at > 40 or value.start.month != value.end.month:
        return 0
    return int(value.start.month > month)


_RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}
_ANAPHORIC_YEARS = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}


def _relative_year(ctx: Context, c: Candidate) -> int:
    """'last year' counts from the story's day; 'that year', 'the following year' from the
    last date the story named ('Mali's junta took power in August of that year')."""
    word = _norm(c.groups["relyear"])
    if word in _RELATIVE_YEARS:
        return ctx.published.year + _RELATIVE_YEARS[word]
    anchor = next((v.start for at, v in reversed(ctx.named) if at < c.start), ctx.published)
    return anchor.year + _ANAPHORIC_YEARS[word]


def _op_month(ctx: Context, c: Candidate) -> Value | None:
    g = c.groups
    month = ctx.grammar.months[(g.get("monthname") or g["month"]).lower().rstrip(".")]
    year = _pick_month(ctx, c, month)
    if year is None:
        return None
    start, end = date(year, month, 1), _month_end(year, month)
    if "part" in g:
        start, end = _month_part(ctx, g["part"], year, month)
        if _part_yet_to_come(ctx, c, start):
            # "ambushed a convoy on the last day of March" told on March 14: last year's
            start, end = _month_part(ctx, g["part"], year - 1, month)
    if "inpart" in g:
        start, end = _before_or_after(ctx.reference, start, end, g["inpart"].lower())
    return Value(start, end, "month")


def _part_yet_to_come(ctx: Context, c: Candidate, start: date) -> bool:
    """Whether a part of the month of publication, picked with no year, begins after the
    story's day in a past clause (so the month is last year's)."""
    g = c.groups
    if "year" in g or "relyear" in g or g.get("relmonth") or start <= ctx.reference:
        return False
    return ctx.published.month == start.month and ctx.tense(c.start) == "past"


def _month_part(ctx: Context, part: str, year: int, month: int) -> tuple[date, date]:
    """The days of a named part of a month ('the last day of', 'late')."""
    end = _month_end(year, month)
    first, last = (
        day if day > 0 else end.day + 1 + day for day in ctx.grammar.month_parts[_norm(part)]
    )
    return date(year, month, first), date(year, month, min(last, end.day))


def _before_or_after(reference: date, start: date, end: date, which: str) -> tuple[date, date]:
    """'earlier in June' told in June: the days before the reference day ('later': after)."""
    if not start <= reference <= end:
        return start, end
    if which == "earlier":
        return start, max(start, reference - _ONE_DAY)
    return min(end, reference + _ONE_DAY), end


def _cued(ctx: Context, c: Candidate, cue: re.Pattern[str]) -> bool:
    return cue.search(ctx.text, max(0, c.start - 16), c.start) is not None


_POSSESSIVES = frozenset({"'s", "’s", "`s"})


def _counts_things(token: Any) -> bool:
    """'2014 people died': a number counting a noun, unless a determiner or possessive makes it
    a name-like year ('the 2014 elections', 'its 2021 coup'); a number after its noun names
    it ('the year 2019')."""
    if token.dep_ != "nummod" or token.head.i < token.i:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text in _POSSESSIVES:
        return False  # "2023’s worst attack": the parser takes a curly "’s" for no possessive
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]  # "its 2021 coup", "the country's 2021 coup" name a year
    return before.pos_ != "DET" and before.tag_ not in ("PRP$", "POS")


def _names_an_occasion(token: Any, grammar: Grammar) -> bool:
    """'the disputed 2009 election', 'a 2023 report', 'the 2011 protests': a four-digit number
    right before the singular noun it modifies (nothing counts one election in thousands), or
    before a plural of occasions after a determiner ('the 2019 protests', never '2000
    protesters' nor 'the 1200 km border')."""
    doc = token.doc
    if token.dep_ not in ("nummod", "compound") or token.i + 1 >= len(doc):
        return False
    head = doc[token.i + 1]
    if head.i != token.head.i:
        return False
    if head.tag_ == "NN":
        return True
    if head.tag_ != "NNS" or head.lower_ not in grammar.occasions:
        return False
    before = [t for t in doc[max(0, token.i - 2) : token.i] if t.pos_ not in ("ADJ", "VERB")]
    return bool(before) and (before[-1].pos_ == "DET" or before[-1].tag_ in ("PRP$", "POS"))


def _numbers_a_house(ctx: Context, c: Candidate) -> bool:
    token = ctx.token_at(c.start)
    if token is None or token.dep_ != "nummod":
        return False
    between = ctx.doc[token.i + 1 : token.head.i + 1]
    return any(t.lower_.rstrip(".") in ctx.grammar.street_words for t in between)


def _op_bare_month(ctx: Context, c: Candidate) -> Value | None:
    """A month name alone is a date after a cue ('in March', 'a June strike') or with a
    possessive ('January's attack'), not 'March on',
    nor a march after an article ('the March for Peace', 'a March on the capital')."""
    # "January's attack", never "Theresa May's speech"
    possessive = ctx.text[c.end : c.end + 2] in ("'s", "’s") and not _after_a_name(ctx, c)
    if not (possessive or _cued(ctx, c, ctx.grammar.month_cue) or _month_subject(ctx, c)):
        return None
    grammar = ctx.grammar
    if grammar.article_before.search(ctx.text, max(0, c.start - 4), c.start):
        following = ctx.text[c.end : c.end + 12].split()
        if following and following[0].lower() in grammar.march_words:
            return None
    return _op_month(ctx, c)


_CLAUSE_LEAD = re.compile(r"(?:[,;:]|\b(?:and|but|while|whereas))\s+$", re.IGNORECASE)


def _month_subject(ctx: Context, c: Candidate) -> bool:
    """'February was the deadliest month', '..., and March saw 40 attacks': a month name
    opening a sentence or a clause, before a verb it is the subject of."""
    if ctx.grammar.month_subject.match(ctx.text, c.end) is None:
        return False
    lead = ctx.text[max(0, c.start - 12) : c.start]
    return _opens_sentence(ctx, c.start) or _CLAUSE_LEAD.search(lead) is not None


def _op_year(ctx: Context, c: Candidate) -> Value | None:
    year = int(c.groups["year"])
    if not ctx.year_ok(year) or _numbers_a_house(ctx, c):
        return None
    token = ctx.token_at(c.start)
    occasion = token is not None and _names_an_occasion(token, ctx.grammar)
    if token is not None and _counts_things(token) and not occasion:
        return None  # "2014 people", "around 1200 fighters"
    if not _cued(ctx, c, ctx.grammar.year_cue):
        # A bare number is a year only where the parser calls it a date or it names an
        # occasion ("the disputed 2009 election").
        low = ctx.grammar.settings["bare_year_min"]
        if year < low or token is None:
            return None
        if token.ent_type_ != "DATE" and not occasion:
            return None
    return Value(date(year, 1, 1), date(year, 12, 31), "year")


def _op_month_range(ctx: Context, c: Candidate) -> Value | None:
    """'January-March 2023': the first month (of the year before when it comes later in the
    calendar, 'November-February') to the end of the second, whose year is picked as usual."""
    months = ctx.grammar.months
    first = months[c.groups["month"].lower().rstrip(".")]
    last = months[c.groups["month2"].lower().rstrip(".")]
    if first == last:
        return None
    year = _pick_month(ctx, c, last)
    if year is None:
        return None
    start_year = year if first < last else year - 1
    return Value(date(start_year, first, 1), _month_end(year, last), "vaguer")


def _op_year_range(ctx: Context, c: Candidate) -> Value | None:
    """'2015-2018', '2019-21': from the first year's start to the last one's end."""
    first = int(c.groups["year"])
    g = c.groups
    last = int(g["year2"]) if "year2" in g else first // 100 * 100 + int(g["yy"])
    if not (ctx.year_ok(first) and ctx.year_ok(last)) or last <= first:
        return None
    return Value(date(first, 1, 1), date(last, 12, 31), "vaguer")


def _op_ordinal_day(ctx: Context, c: Candidate) -> Value | None:
    """'on the 3rd': that day of the month its sentence named ('in March ... on the 9th'),
    of the month named after it ('the 3rd of last month', 'the 3rd instant'), else of the
    reference month, or of the month before when the day is still to come and the clause is
    not about the future."""
    ref, number = ctx.reference, int(c.groups["ordinal"])
    if "ordnext" in c.groups and not _a_verb_follows(ctx, c.end):
        return None  # "on the 9th floor", "of the 18th century": an ordinal before its noun
    month_start = ref.replace(day=1)
    named = _month_of_sentence(ctx, c.start) or _month_of_range_end(ctx, c)
    if "ordrel" in c.groups:
        offset = {"this": 0, "last": -1, "next": 1}.get(_norm(c.groups["ordrel"]), 0)
        month_start = _add_months(month_start, offset)
    elif "monthlatin" in c.groups:
        offset = ctx.grammar.month_latin[_norm(c.groups["monthlatin"])]
        month_start = _add_months(month_start, offset)
    elif named is not None:
        month_start = named
    elif number > ref.day and not ctx.about_future(c.start):
        month_start = _add_months(month_start, -1)
    found = _safe_date(month_start.year, month_start.month, number)
    return Value(found, found, "day") if found else None


def _op_ordinal_range(ctx: Context, c: Candidate) -> Value | None:
    """'on the 7th and 8th', 'between the 3rd and the 5th': the first day read as 'the 7th'
    is, and the days from it to the second in the same month."""
    first = _op_ordinal_day(ctx, c)
    if first is None or int(c.groups["ordinal2"]) <= first.start.day:
        return None
    last = _safe_date(first.start.year, first.start.month, int(c.groups["ordinal2"]))
    if last is None:
        return None
    return Value(first.start, last, "week" if (last - first.start).days < 7 else "month")


def _op_weekday_ordinal(ctx: Context, c: Candidate) -> Value | None:
    """'Monday the 9th': the 9th of the latest month up to the reference day (the first from
    it, in a clause about the future) on which it is a Monday, a few months at most; else as
    'the 9th'."""
    weekday = ctx.grammar.weekdays[c.groups["weekday"].lower()]
    number, ref = int(c.groups["ordinal"]), ctx.reference
    step = 1 if ctx.about_future(c.start) else -1
    for months in range(_WEEKDAY_ORDINAL_MONTHS):
        first = _add_months(ref.replace(day=1), step * months)
        day = _safe_date(first.year, first.month, number)
        if day is not None and day.weekday() == weekday and (day - ref).days * step >= 0:
            return Value(day, day, "day")
    return _op_ordinal_day(ctx, c)


_WEEKDAY_ORDINAL_MONTHS = 4


def _a_verb_follows(ctx: Context, end: int) -> bool:
    """Whether the word after an offset is a verb ("the strike on the 10th killed six")."""
    rest = ctx.text[end:]
    token = ctx.token_at(end + len(rest) - len(rest.lstrip()))
    return token is not None and token.pos_ in ("VERB", "AUX")


def _month_of_range_end(ctx: Context, c: Candidate) -> date | None:
    """'between the 1st and the 7th of March', 'from the 28th to the 3rd of April': the month
    of the day a range of ordinal days runs to (the month before, when that day is earlier)."""
    m = ctx.grammar.ordinal_range_end.match(ctx.text, c.end)
    if m is None:
        return None
    later = _op_month(ctx, Candidate(m.start("monthname"), m.end(), c.rule, m.groupdict()))
    if later is None:
        return None
    first = later.start
    return _add_months(first, -1) if int(c.groups["ordinal"]) > int(m.group("endday")) else first


def _month_of_sentence(ctx: Context, offset: int) -> date | None:
    """The first day of the one month the sentence named before an offset, if it named a
    whole month or a day of it."""
    sentence = ctx.sentence_start(offset)
    for at, value in reversed(ctx.named):
        if at >= offset:
            continue
        if at < sentence:
            return None
        if value.start.replace(day=1) == value.end.replace(day=1):
            return value.start.replace(day=1)
    return None


def _op_year_part(ctx: Context, c: Candidate) -> Value | None:
    """'mid-2022', 'the first half of 2021', 'the first three months of the year' (this
    year; 'of last year' the one before)."""
    if "relyear" in c.groups:
        year = ctx.published.year - (c.groups["relyear"].lower() == "last")
    else:
        year = int(c.groups["year"])
    if not ctx.year_ok(year):
        return None
    first, last = ctx.grammar.year_parts[_norm(c.groups["yearpart"])]
    return Value(date(year, first, 1), _month_end(year, last), "vaguer")


def _op_decade(ctx: Context, c: Candidate) -> Value | None:
    if "year" in c.groups:
        first = int(c.groups["year"])
    else:
        short = int(c.groups["short"])
        first = (ctx.published.year // 100) * 100 + short
        if first > ctx.published.year:
            first -= 100
    if first % 10 or not ctx.year_ok(first):
        return None
    low, high = ctx.grammar.decade_parts.get(_decade_part(c.groups), (0, 9))
    return Value(date(first + low, 1, 1), date(first + high, 12, 31), "vaguer")


def _decade_part(g: Groups) -> str:
    return _norm(g.get("decpart") or g.get("decpart2") or "")


def _op_season(ctx: Context, c: Candidate) -> Value | None:
    g, pub = c.groups, ctx.published
    if "year" not in g and ctx.grammar.season_of.match(ctx.text, c.end):
        return None  # "since the fall of the city": a fall, not a season
    first, last = ctx.grammar.seasons[g["season"].lower()]

    def instance(year: int) -> tuple[date, date]:
        end_year = year + 1 if last < first else year
        return date(year, first, 1), _month_end(end_year, last)

    if "relyear" in g:  # "the summer of last year"
        start, end = instance(pub.year + _RELATIVE_YEARS[g["relyear"].lower()])
        return Value(start, end, "vaguer")
    if "year" in g:
        if not ctx.year_ok(int(g["year"])):
            return None
        start, end = instance(int(g["year"]))
        return Value(start, end, "vaguer")
    rel = _norm(g.get("relseason", ""))
    if rel in _ANAPHORIC_SEASONS:
        return _season_beside(ctx, c, rel, instance)
    years = range(pub.year + 1, pub.year - 3, -1)
    if rel == "this":
        # "this summer" told in May or in October, whatever the tense: the season of the
        # year at hand (a winter begun in December belongs to the first half of the next)
        start, end = instance(pub.year - (last < first and pub.month <= 6))
    elif rel == "next" or (rel != "last" and ctx.about_future(c.start)):
        start, end = min(
            (instance(y) for y in years if instance(y)[1] >= pub), default=(None, None)
        )
        if rel == "next" and start is not None and start <= pub:
            start, end = instance(start.year + 1)
    elif rel == "last":
        start, end = max(instance(y) for y in years if instance(y)[1] < pub)
    else:
        start, end = max(instance(y) for y in years if instance(y)[0] <= pub)
        if rel == "since the" and not ctx.past_perfect(c.start):
            end = max(end, ctx.reference)  # "since the summer": a span still running
    return Value(start, end, "vaguer") if start and end else None


_ANAPHORIC_SEASONS = frozenset({"the following", "the next", "the previous"})


def _season_beside(
    ctx: Context, c: Candidate, rel: str, instance: Callable[[int], tuple[date, date]]
) -> Value | None:
    """'The siege ended in October 2017. The following spring, ...': the first season of that
    name after the last date named ('the previous winter': the last one before it)."""
    last = next((v for at, v in reversed(ctx.named) if at < c.start), None)
    if last is None:
        return None
    years = range(last.start.year - 1, last.end.year + 2)
    if rel == "the previous":
        spans = [span for y in years if (span := instance(y))[1] < last.start]
        found = max(spans, default=None)
    else:
        found = min((span for y in years if (span := instance(y))[0] > last.end), default=None)
    return Value(found[0], found[1], "vaguer") if found else None


def _count(grammar: Grammar, g: Groups) -> tuple[int, int]:
    if "vague" in g:
        low, high = grammar.vague[_norm(g["vague"])]
        return int(low), int(high)
    word = _norm(g["num"])
    n = int(word) if word.isdigit() else int(grammar.numbers[word])
    return n, n


def _unit(grammar: Grammar, g: Groups) -> tuple[str, int]:
    word = (g.get("unit") or g["units"]).lower()
    word = word if word in grammar.units else word[:-1]
    return grammar.units[word]


def _op_offset(ctx: Context, c: Candidate) -> Value | None:
    """'a day after' with no date after it: from the last day this sentence named, else from
    the last day the story told of ('Gunmen killed 30 on Saturday, officials said on Sunday.
    The massacre came a day after ...' = Friday), else the reference day; 'a week after ...'
    the day a week before."""
    days = _offset_days(ctx, c)
    if days is None or ("theday" in c.groups and _apposed_day(ctx, c) is None):
        return None  # ("Rebels, the day after the raid, shelled ...": no date to count from)
    sign = ctx.grammar.directions[c.groups["dir"].lower()]
    # "Two days before, a bomb ...": before a pause it is "earlier"; opening the sentence
    # ("Two days after the attack, troops arrested ...") it counts from what it names
    opening = _opens_sentence(ctx, c.start)
    if _PAUSE.match(ctx.text, c.end) or opening:
        sign = -sign
    # the sentence's own day, else the last incident's told before ("killed seven on
    # Sunday. The attack came two days after ..." is Friday), else the report's
    told = (
        _apposed_day(ctx, c)
        or ctx.last_day(c.start, since=ctx.sentence_start(c.start))
        or _incident_day(ctx, c)
        or ctx.last_told_day(c.start)
    )
    low, high = days
    if told is None and low != high:
        return None  # "came days after the president visited": no day told to count from
    if told is None and sign > 0 and not ctx.about_future(c.start):
        # "Six days after the floods, residents are still digging": no day told to count
        # forward from, so the clause's day is the story's, not days after it
        return Value(ctx.reference, ctx.reference, "day")
    near, far = sorted((told or ctx.reference) + timedelta(days=sign * n) for n in (low, high))
    return Value(near, far, "day" if near == far else _granularity_of(near, far))


def _op_eve(ctx: Context, c: Candidate) -> Value | None:
    """'the eve of' alone names no day (with a day after it, _eve_of resolves it)."""
    return None


_PAUSE = re.compile(r"\s*(?:[,.;:)]|$)")


def _incident_day(ctx: Context, c: Candidate) -> date | None:
    """'The attack came two days after ...': the clause's day is the incident's, the last day
    a sentence of violence named, passing over days of the aftermath told after it ('the
    search was called off on Tuesday', 'troops were deployed on Monday')."""
    token = ctx.token_at(c.start)
    # (the offset may hang from the verb after it, "a day after militiamen torched ...": the
    # verbs above it are looked at too)
    verbs = [] if token is None else [t for t in (token, *token.ancestors) if t.pos_ == "VERB"]
    if not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ctx.grammar.past_event_nouns
        for verb in verbs
        for t in verb.children
    ):
        return None
    for offset, day in reversed(ctx.days_named):
        if offset < c.start and not ctx.only_said(offset) and _tells_violence(ctx, offset):
            return day
    return None


def _tells_violence(ctx: Context, offset: int) -> bool:
    """Whether the sentence of an offset has a verb or noun of violence."""
    token = ctx.token_at(offset)
    if token is None:
        return False
    grammar = ctx.grammar
    return any(
        (t.pos_ == "VERB" and t.lemma_.lower() in grammar.violence_verbs)
        or (t.pos_ == "NOUN" and t.lemma_.lower() in grammar.past_event_nouns)
        for t in token.sent
    )


_APPOSITION = re.compile(r",\s*")


def _apposed_day(ctx: Context, c: Candidate) -> date | None:
    """'since October 8, a day after the Hamas attack', 'from Sunday, two days after ...':
    an offset set off by a comma right after a date says what that date was, so it counts
    from the date's first day (a span 'since' made of it has no single day of its own)."""
    if not ctx.named:
        return None
    at, value = ctx.named[-1]
    end = ctx.ends.get(at, -1)
    if end < 0 or _APPOSITION.fullmatch(ctx.text, end, c.start) is None:
        return None
    # (a day, or a span since a day; "in May, a day after ..." names no day to count from)
    return value.start if value.start == value.end or value.end == ctx.reference else None


_MAX_LONG_OFFSET = 3  # months or years


def _op_long_offset(ctx: Context, c: Candidate) -> Value | None:
    """'came a month after the coup': a month before the clause's day (found as for 'a day
    after'), give or take as much as 'a month ago'."""
    g = c.groups
    if "bareunit" in g:  # "months after the coup": as "a few months after"
        g = {**g, "vague": "a few", "unit": g["bareunit"]}
    sign = ctx.grammar.directions[g["dir"].lower()]
    opening = _opens_sentence(ctx, c.start)
    anchor = ctx.last_day(c.start, since=ctx.sentence_start(c.start)) or ctx.last_told_day(c.start)
    if _PAUSE.match(ctx.text, c.end) or opening:
        if anchor is None:
            return None  # "A month after the coup, ...": from a day the story does not give
        sign = -sign
    count, most = _count(ctx.grammar, g)
    if count > _MAX_LONG_OFFSET:
        return None  # "founded 10 years after the war": a time of its own, not an anaphor
    unit, size = _unit(ctx.grammar, g)
    if most != count:  # "months after": from the fewest to the most, as "months ago"
        if anchor is None:
            return None  # ("came months after the vote": no day told to count from)
        start, end = sorted(_shift(anchor, unit, sign * n * size) for n in (count, most))
        return Value(start, end, "vaguer")
    centre = _shift(anchor or ctx.reference, unit, sign * count * size)
    word = g["unit"].lower().rstrip("s") + "s"
    tolerance_unit, tolerance = ctx.grammar.ago_tolerance[word]
    start = _shift(centre, tolerance_unit, -tolerance)
    return Value(start, _shift(centre, tolerance_unit, tolerance), "vaguer")


def _offset_days(ctx: Context, c: Candidate) -> tuple[int, int] | None:
    """How many days 'a day / two weeks / 48 hours after' is, fewest and most ('days after'
    as many as 'a few'); None for long offsets, which are durations ('90 days after he is
    transferred'); 'hours after' none."""
    g = c.groups
    if "barehours" in g:
        return 0, 0
    if "theday" in g:
        return 1, 1
    if "bareoff" in g:
        g = {**g, "vague": "a few", "offunit": g["bareoff"]}
    low, high = _count(ctx.grammar, g)
    unit = g["offunit"].lower()
    settings = ctx.grammar.settings
    if unit.startswith("hour"):
        if low > 24 * settings["max_anaphoric_offset_days"]:
            return None
        return round(low / 24), round(high / 24)
    weeks = unit.startswith("week")
    if low > settings["max_anaphoric_offset_weeks" if weeks else "max_anaphoric_offset_days"]:
        return None
    return (low * 7, high * 7) if weeks else (low, high)


def _op_anaphoric_day(ctx: Context, c: Candidate) -> Value | None:
    g = c.groups
    if "anaphor" not in g:
        return _counted_from_last(ctx, c)
    shift = timedelta(days=ctx.grammar.anaphors[_norm(g["anaphor"])])
    anchor = ctx.last_told_day(c.start) or ctx.reference
    if anchor + shift > ctx.published and shift > timedelta(0) and ctx.tense(c.start) == "past":
        # "sent reinforcements the following day" after a quote's "this morning" told on the
        # story's eve: a past clause keeps to the story's time, so the day follows an earlier
        # told day (the incident's)
        anchor = ctx.told_day_within(c.start, ctx.published - shift) or anchor
    day = anchor + shift
    return Value(day, day, "day")


def _counted_from_last(ctx: Context, c: Candidate) -> Value | None:
    """'three weeks later', 'several days later', 'days earlier', 'months later': the last date
    named (up to a month wide: 'early March', a day) moved by the count, a vague count giving a
    range."""
    g = dict(c.groups)
    if "bareunits" in g:  # "days later": as "a few days later"
        g = {**g, "vague": "a few", "units": g["bareunits"]}
    low, high = _count(ctx.grammar, g)
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours" and low == high and low % 24 == 0:
        # "48 hours earlier", "twenty-four hours later": whole days
        low = high = low // 24
        unit, size = "days", 1
    if unit not in ("days", "months") or size < 1:
        return None  # "an hour later" is a time, not a date
    if unit == "months" and low == high:
        return None  # ("two months later" is a month of its own: anaphoric_unit)
    sign = ctx.grammar.directions[g["later"].lower()]
    last = ctx.last_told(c.start)
    # (up to a month wide, or a year for months and years: "in 2019. Years later, ...")
    widest = 366 if unit == "months" else 31
    if last is None or (last.end - last.start).days > widest:
        day = ctx.last_told_day(c.start)
        if day is None and unit == "months":
            return None  # "Months later, the town is still empty": from no date told
        day = day or ctx.reference
        last = Value(day, day, "day")
    near, far = low * size * sign, high * size * sign
    start, end = (
        (_shift(last.start, unit, near), _shift(last.end, unit, far))
        if sign > 0
        else (_shift(last.start, unit, far), _shift(last.end, unit, near))
    )
    return _by_the_story_day(ctx, start, end)


def _by_the_story_day(ctx: Context, start: date, end: date) -> Value:
    """A span told after a date, cut at the story's day: what the story tells of happened by
    then."""
    if start <= ctx.published < end:
        end = ctx.published
    return Value(start, end, "day" if start == end else _granularity_of(start, end))


def _op_within(ctx: Context, c: Candidate) -> Value | None:
    """'Within days, hundreds had fled': from the day after the date told last to as far
    after it as 'days later' reaches; 'within hours' that date's own day."""
    g = c.groups
    last = ctx.last_told(c.start)
    if not _within_told(ctx, c) or last is None or last.start > ctx.published:
        return None  # ("must leave within days": from the story's day, a time to come)
    if (last.end - last.start).days > 31:
        day = ctx.last_told_day(c.start)
        if day is None:
            return None
        last = Value(day, day, "day")
    if "bareunits" in g:
        g = {**g, "vague": "a few", "units": g["bareunits"]}
    _, high = _count(ctx.grammar, g)
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours":  # ("within 48 hours": up to two days on)
        start, end = last.start, last.end + timedelta(days=round(high * size / 24))
    else:
        start, end = last.start + _ONE_DAY, _shift(last.end, unit, high * size)
    return _by_the_story_day(ctx, start, end)


_AND_BEFORE = re.compile(r"(?<!\w)and\s+$", re.IGNORECASE)


def _within_told(ctx: Context, c: Candidate) -> bool:
    """Whether 'within days' tells what followed the date told last: opening a sentence before
    a comma ('Within days, ...'), or after 'and' in a past clause ('..., and within days the
    town had fallen')."""
    if _opens_sentence(ctx, c.start):
        return _PAUSE.match(ctx.text, c.end) is not None
    before = ctx.text[max(0, c.start - 8) : c.start]
    return _AND_BEFORE.search(before) is not None and ctx.tense(c.start) == "past"


def _op_ensuing(ctx: Context, c: Candidate) -> Value | None:
    """'In the days that followed, police arrested 80': in a past clause, as 'days later'."""
    if ctx.tense(c.start) != "past":
        return None  # ("talks will go on in the following days": from the story's day)
    units = c.groups.get("bareunits") or c.groups["units"]
    groups = {"vague": c.groups.get("vague", "a few"), "units": units, "later": "later"}
    return _counted_from_last(ctx, Candidate(c.start, c.end, c.rule, groups))


def _op_told_day(ctx: Context, c: Candidate) -> Value | None:
    """'Soon after, troops sealed the town' opening a sentence: the one day the sentence
    right before told."""
    if not _opens_sentence(ctx, c.start):
        return None
    day = _day_of_sentence_before(ctx, c.start)
    return None if day is None else Value(day, day, "day")


def _op_since_then(ctx: Context, c: Candidate) -> Value | None:
    """'Since then, 200 have fled': from the first day of the date told last to the story's
    day."""
    last = ctx.last_told(c.start)
    if last is None or last.start > ctx.reference:
        return None
    return Value(last.start, ctx.reference, _granularity_of(last.start, ctx.reference))


def _op_anaphoric_unit(ctx: Context, c: Candidate) -> Value | None:
    """'the following year', 'two months earlier': that unit counted from the last date the
    article named (else the reference day)."""
    g = c.groups
    if "side" in g:  # "the year before", "the week after": one unit from the last date
        n, sign = 1, -ctx.grammar.directions[g["side"].lower()]
    elif "which" in g or "which2" in g:
        n, sign = 1, ctx.grammar.directions[(g.get("which") or g["which2"]).lower()]
    else:
        n, _ = _count(ctx.grammar, g)
        sign = ctx.grammar.directions[g["later"].lower()]
    last = next((v for at, v in reversed(ctx.named) if at < c.start), None)
    anchor = last.start if last is not None else ctx.reference
    value = _unit_from(anchor, g["unitword"].lower(), sign * n)
    if value is None or not ctx.year_ok(value.start.year):
        return None
    if "inpart" in g and last is not None and last.start == last.end:
        # "On May 10 ... Earlier that month": the days of that month before the day named
        start, end = _before_or_after(anchor, value.start, value.end, g["inpart"].lower())
        return Value(start, end, value.granularity)
    return value


def _unit_from(anchor: date, unit: str, shift: int) -> Value | None:
    """The year, week or month a number of units from the one a day lies in."""
    if unit.startswith("year"):
        year = anchor.year + shift
        return Value(date(year, 1, 1), date(year, 12, 31), "year") if year > 1 else None
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return Value(monday, monday + timedelta(days=6), "week")
    if unit == "weekend":
        # that weekend: the one of the day's week; the following: the first Saturday after
        # the day; the previous: the one before the day's week
        saturday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
        if shift > 0:
            saturday = _weekday_near(anchor, 5, "strict_future")
        elif shift < 0:
            saturday -= timedelta(weeks=1)
        return Value(saturday, saturday + _ONE_DAY, "week")
    first = _add_months(date(anchor.year, anchor.month, 1), shift)
    return Value(first, _month_end(first.year, first.month), "month")


def _op_anaphoric_span(ctx: Context, c: Candidate) -> Value | None:
    n, _ = _count(ctx.grammar, c.groups)
    anchor = ctx.last_day(c.start) or ctx.reference
    if ctx.grammar.directions[c.groups["which"].lower()] < 0:
        start, end = anchor - timedelta(days=n), anchor - _ONE_DAY
    else:
        start, end = anchor + _ONE_DAY, anchor + timedelta(days=n)
    return Value(start, end, _granularity_of(start, end))


def _op_sentence_day(ctx: Context, c: Candidate) -> Value | None:
    """'later in the day': the day this sentence named, else the one day the sentence right
    before told ('Strikes killed 20 on Sunday. Earlier in the day, ...'), else the reference
    day."""
    day = ctx.last_day(c.start, since=ctx.sentence_start(c.start))
    day = day or _day_of_sentence_before(ctx, c.start) or ctx.reference
    return Value(day, day, "day")


_DAWN = re.compile(r"dawn|daybreak", re.IGNORECASE)


def _op_night_time(ctx: Context, c: Candidate) -> Value | None:
    """'Around midnight', 'in the early hours', 'at dawn' with no day in their sentence: the
    night after the one day the sentence right before told ('Gunmen stormed a church on
    Sunday. Around midnight, ...'); else no date of their own, save the deictic 'shortly
    after midnight', the reference day."""
    sentence = ctx.token_at(c.start)
    end = sentence.sent.end_char if sentence is not None else c.end
    if ctx.last_day(c.start, since=ctx.sentence_start(c.start)) or ctx.grammar.scan(
        ctx.text, [(c.end, end)]
    ):
        return None  # the sentence's own day dates it
    day = _day_of_sentence_before(ctx, c.start)
    if (
        day is not None
        and day < ctx.reference
        and ctx.tense(c.start) == "past"  # ("they attack at dawn" is a habit)
        and not _in_direct_quote(ctx.text, c.start)  # ('"They came at dawn"' retells)
    ):
        # (dawn opens the day told, as a raid "on Tuesday" that came "at dawn")
        dawn = _DAWN.search(ctx.text, c.start, c.end) is not None
        return Value(day, day if dawn else day + _ONE_DAY, "day")
    if _norm(ctx.text[c.start : c.end]) in ctx.grammar.deictic:
        return Value(ctx.reference, ctx.reference, "day")
    return None


def _start_of_sentence_before(ctx: Context, offset: int) -> int | None:
    """Where the sentence right before an offset's own begins; None in the first sentence."""
    token = ctx.token_at(offset)
    if token is None or token.sent.start == 0:
        return None
    return ctx.doc[token.sent.start - 1].sent.start_char


def _day_of_sentence_before(ctx: Context, offset: int) -> date | None:
    """The one day the sentence right before an offset's names (not only a statement's), when
    it is the last date named."""
    before = _start_of_sentence_before(ctx, offset)
    if before is None or max((at for at, _ in ctx.named if at < offset), default=-1) < before:
        return None
    days = {
        day
        for at, day in ctx.days_named
        if before <= at < offset and not ctx.only_said(at) and day <= ctx.reference
    }
    return next(iter(days)) if len(days) == 1 else None


def _names_a_thing(ctx: Context, c: Candidate) -> bool:
    """'Good Friday', 'the Sunday Times': a weekday inside a name is no day; 'every Friday'
    is a habit, not a day."""
    if ctx.grammar.habitual.search(ctx.text, max(0, c.start - 7), c.start):
        return True
    before = ctx.text[max(0, c.start - 12) : c.start].split()
    if before and before[-1].lower().strip("'’") in ctx.grammar.not_weekday_words:
        return True
    after = ctx.text[c.end : c.end + 14].split()
    return bool(after) and after[0].strip(".,;:'’") in ctx.grammar.weekday_name_heads


def _op_weekday(ctx: Context, c: Candidate) -> Value | None:
    g = c.groups
    if _names_a_thing(ctx, c):
        return None
    if ctx.grammar.weekday_of_month.match(ctx.text, c.end):
        return None  # "the fourth Thursday in November" is a rule of the calendar, not a day
    weekday = ctx.grammar.weekdays[g["weekday"].lower()]
    if "beforelast" in g:  # "Friday before last": the one before last Friday
        day = _weekday_near(ctx.reference, weekday, "strict_past") - timedelta(weeks=1)
        return Value(day, day, "day")
    direction = ctx.grammar.weekday_modifiers.get(_norm(g.get("wdmod", "")), "tense")
    if direction.startswith("told_"):
        # "The following Monday, bandits struck": counted from the day the story last told
        anchor = ctx.last_told_day(c.start) or ctx.reference
        day = _weekday_near(anchor, weekday, direction.removeprefix("told_"))
        return Value(day, day, "day")
    told = ctx.last_day(c.start, since=ctx.sentence_start(c.start))
    if direction == "tense" and told is not None and _closes_a_span(ctx, c, told, weekday):
        # "from 8 p.m. on Monday until 4 a.m. on Tuesday": the Tuesday after that Monday
        day = _weekday_near(told, weekday, "strict_future")
        return Value(day, day, "day")
    ahead = _ahead_of_told(ctx, c.start, told) if direction == "tense" else None
    if ahead is not None:
        # "deployed on Saturday ahead of Sunday's vote": the first such day after the one told
        day = _weekday_near(ahead, weekday, "strict_future")
        return Value(day, day, "day")
    if direction == "tense":
        tense = ctx.tense(c.start)
        direction = "future" if tense == "future" else "past"
        if tense == "near" and ctx.grammar.eve_of.search(ctx.text, max(0, c.start - 56), c.start):
            # "police arrested dozens on the eve of Sunday's vote": the deed was done the day
            # before, by the story's day, so the day is the next one at the latest
            day = _weekday_near(ctx.reference + _ONE_DAY, weekday, "past")
            return Value(day, day, "day")
        if tense == "near":
            past, coming = (_weekday_near(ctx.reference, weekday, d) for d in ("past", "future"))
            # (a day to come is the likelier: what is ahead is mostly still to come)
            nearer = (ctx.reference - past).days + 1 < (coming - ctx.reference).days
            direction = "past" if nearer else "future"
    day = _weekday_near(ctx.reference, weekday, direction)
    return Value(day, day, "day")


def _ahead_of_told(ctx: Context, offset: int, told: date | None) -> date | None:
    """The day told before 'ahead of Sunday's vote', or before the lead time of 'days before
    Sunday's vote' in its sentence (with none, 'Hours before Friday's vote, gunmen attacked'
    may be of the past; 'Monday, hours before Friday's talks' counts from Monday)."""
    if told is None or ctx.ahead_of(offset):
        return told
    lead = ctx.grammar.lead_time.search(ctx.text, max(0, offset - 56), offset)
    return None if lead is None else ctx.last_day(lead.start(), ctx.sentence_start(offset))


_UNTIL_ON = re.compile(
    r"(?<!\w)(?:until|till|til|through)\s+(?:[\w.:]+\s+){0,3}?(?:on\s+)?$", re.IGNORECASE
)


def _closes_a_span(ctx: Context, c: Candidate, told: date, weekday: int) -> bool:
    """'until 4 a.m. on Tuesday' after a Monday its sentence named: the end of a span that
    began on that day, so never before it."""
    if not _UNTIL_ON.search(ctx.text, max(0, c.start - 30), c.start):
        return False
    return _weekday_near(ctx.reference, weekday, "past") < told


def _op_weekdays_ago(ctx: Context, c: Candidate) -> Value | None:
    """'two Sundays ago': the Sunday before last (one Sunday ago is the last one before the
    reference day)."""
    n = _count(ctx.grammar, c.groups)[1]
    if n < 1:
        return None
    weekday = ctx.grammar.weekdays[c.groups["weekday"].lower()]
    day = _weekday_near(ctx.reference, weekday, "strict_past") - timedelta(weeks=n - 1)
    return Value(day, day, "day")


def _op_week_ago_weekday(ctx: Context, c: Candidate) -> Value | None:
    """'a week ago Sunday': the Sunday a week before the last Sunday (the story's day if a
    Sunday)."""
    weekday = ctx.grammar.weekdays[c.groups["weekday"].lower()]
    day = _weekday_near(ctx.reference, weekday, "past") - timedelta(weeks=1)
    return Value(day, day, "day")


def _op_weekday_in_week(ctx: Context, c: Candidate) -> Value | None:
    offset = {"last": -1, "this": 0, "next": 1}[c.groups["weekrel"].lower()]
    monday, _ = _unit_bounds(ctx.reference, "week", offset)
    day = monday + timedelta(days=ctx.grammar.weekdays[c.groups["weekday"].lower()])
    return Value(day, day, "day")


def _op_deictic(ctx: Context, c: Candidate) -> Value | None:
    day = ctx.reference + timedelta(days=ctx.grammar.deictic[_norm(c.groups["deictic"])])
    return Value(day, day, "day")


def _op_last_night(ctx: Context, c: Candidate) -> Value | None:
    """'last night': the night that ends on the reference day, as 'overnight' ('late last
    night', before midnight, stays the day before)."""
    return Value(ctx.reference - _ONE_DAY, ctx.reference, "day")


def _op_overnight(ctx: Context, c: Candidate) -> Value | None:
    """'overnight': the night before the reference day; 'during the night' after a day its
    sentence named, that day's night ('Shelling began on Saturday and went on during the
    night')."""
    if c.rule.name == "the_night":
        return _the_night(ctx, c)
    return Value(ctx.reference - _ONE_DAY, ctx.reference, "day")


def _the_night(ctx: Context, c: Candidate) -> Value | None:
    """The night after the day its sentence names; with no date in the sentence, the night
    before the story's day, unless the story last spoke of another time (a night of a
    March told in April is no night of this week). The story's own day has had no night
    after it yet: named ('14 Mar 2024, 11:40 GMT: ... during the night', a live blog's stamp),
    its night is the one before it, as 'overnight'."""
    sentence = ctx.sentence_start(c.start)
    day = ctx.last_day(c.start, since=sentence)
    if day is not None and day >= ctx.reference:
        return Value(ctx.reference - _ONE_DAY, ctx.reference, "day")
    if day is not None:
        return Value(day, day + _ONE_DAY, "day")
    last = next((v for at, v in reversed(ctx.named) if at < c.start), None)
    if last is not None and (last.end < ctx.reference - _ONE_DAY or ctx.named[-1][0] >= sentence):
        return None
    return Value(ctx.reference - _ONE_DAY, ctx.reference, "day")


def _op_overnight_into(ctx: Context, c: Candidate) -> Value | None:
    """'overnight into Sunday': the night that ends on Sunday; 'overnight Saturday to Sunday'
    the same night, named by both of its days."""
    weekdays = ctx.grammar.weekdays
    weekday = weekdays[c.groups["weekday"].lower()]
    if "weekday2" not in c.groups:
        day = _weekday_near(ctx.reference, weekday, "past")
        return Value(day - _ONE_DAY, day, "day")
    last = _weekday_near(ctx.reference, weekdays[c.groups["weekday2"].lower()], "past")
    first = last - timedelta(days=(last.weekday() - weekday) % 7 or 7)
    return Value(first, last, _granularity_of(first, last))


def _op_past_span(ctx: Context, c: Candidate) -> Value | None:
    """'the past 48 hours', 'in the last week': back from publication, publication included."""
    g, pub = c.groups, ctx.published
    if g.get("pastword", "").lower() in ("previous", "preceding"):
        # "the military said on Sunday it had struck 70 targets in the previous 24 hours":
        # back from the day its sentence names
        pub = ctx.last_day(c.start, since=ctx.sentence_start(c.start)) or pub
    low, n = _count(ctx.grammar, g) if ("num" in g or "vague" in g) else (1, 1)
    if "recent" in g or ("vague" in g and low != n):
        # "in recent weeks", "the past few weeks": back a customary number of them
        word = (g.get("units") or g["unit"]).lower()
        n = ctx.grammar.recent.get(word if word.endswith("s") else word + "s", n)
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours":
        unit, size, n = "days", 1, max(1, math.ceil(n * size / 24))
    start = _shift(pub, unit, -n * size)
    # The span counts publication day too: its length in whole units is one day shorter.
    return Value(start, pub, _granularity_of(start + _ONE_DAY, pub))


def _op_span_to(ctx: Context, c: Candidate) -> Value | None:
    """'in the week to Sunday', 'the 48 hours to Monday morning': back from the day named as
    'the past week' is from publication, that day included."""
    g = c.groups
    if "weekday" in g:
        direction = "future" if ctx.about_future(c.start) else "past"
        weekday = ctx.grammar.weekdays[g["weekday"].lower()]
        end: date | None = _weekday_near(ctx.reference, weekday, direction)
    else:
        # ("the week to June 9", "the week to 9 June")
        month = ctx.grammar.months[(g.get("month") or g["month2"]).lower().rstrip(".")]
        day = _day_number(g.get("day") or g["day2"], ctx.grammar)
        if "year" in g:
            end = _safe_date(int(g["year"]), month, day)
        else:
            end = _yearless_day(ctx, c.start, month, day)
    if end is None:
        return None
    n = _count(ctx.grammar, g)[1] if "num" in g else 1
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours":
        unit, size, n = "days", 1, max(1, math.ceil(n * size / 24))
    start = _shift(end, unit, -n * size)
    return Value(start, end, _granularity_of(start + _ONE_DAY, end))


def _op_hence(ctx: Context, c: Candidate) -> Value | None:
    """'talks will resume in two weeks', 'two weeks from now': as far ahead as 'two weeks ago'
    lies back; 'in two weeks' told of the past ('50 killed in two weeks') is a duration."""
    g, pub = c.groups, ctx.published
    if "inword" in g and "time" not in g and not ctx.about_future(c.start):
        return None
    n, _ = _count(ctx.grammar, g)
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours":
        return None
    centre = _shift(pub, unit, n * size)
    word = g["units"].lower()
    word = word if word.endswith("s") else word + "s"
    tolerance_unit, tolerance = ctx.grammar.ago_tolerance.get(word, ("days", 0))
    start = max(_shift(centre, tolerance_unit, -tolerance), pub)
    return Value(start, _shift(centre, tolerance_unit, tolerance), "vaguer" if tolerance else "day")


def _moved_back(ctx: Context, c: Candidate) -> bool:
    """'pushed the vote two weeks back', 'dating three years back': a shift, not 'ago'."""
    token = ctx.token_at(c.start)
    if token is None:
        return False
    verbs = [t for t in token.doc[max(0, token.i - 4) : token.i] if t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].lemma_.lower() in ctx.grammar.back_not_ago


def _op_ago(ctx: Context, c: Candidate) -> Value | None:
    # (from publication, not the dateline's day, as the events-dev gold counts "a year ago")
    g, pub = c.groups, ctx.published
    if "back" in g and _moved_back(ctx, c):
        return None
    if "bareunits" in g:  # "days ago": as "a few days ago"
        g = {"vague": "a few", "units": g["bareunits"]}
    low, high = _count(ctx.grammar, g)
    unit, size = _unit(ctx.grammar, g)
    if unit == "hours":  # "48 hours ago": whole days back, "hours ago" today
        day = pub - timedelta(days=round(high * size / 24))
        return Value(day, day, "day")
    if "vague" in g and low != high:
        start, end = _shift(pub, unit, -high * size), _shift(pub, unit, -low * size)
        return Value(start, end, "vaguer")
    # ("a couple of weeks ago" is as approximate as "two weeks ago")
    centre = _shift(pub, unit, -low * size)
    if "half" in g or "half2" in g:  # "a year and a half ago": half a unit further back
        centre = _shift(centre, unit, -(size // 2)) if size > 1 else centre - timedelta(days=15)
    if "agotoday" in g or ("exactly" in g and "vague" not in g):
        return Value(centre, centre, "day")  # "a year ago today": that very day
    if "agothis" in g:  # "a year ago this week": the week of that day
        start, end = _unit_bounds(centre, g["agothis"].lower(), 0)
        return Value(start, end, g["agothis"].lower())
    word = (g.get("units") or g["unit"]).lower()
    word = word if word.endswith("s") else word + "s"
    tolerance_unit, tolerance = ctx.grammar.ago_tolerance.get(word, ("days", 0))
    start = _shift(centre, tolerance_unit, -tolerance)
    end = min(_shift(centre, tolerance_unit, tolerance), pub)
    granularity = {"days": "day", "weeks": "week", "months": "month", "years": "year"}
    return Value(start, end, granularity.get(word, "vaguer"))


def _op_feast(ctx: Context, c: Candidate) -> Value | None:
    """'on Christmas Day', 'Easter Sunday': the latest one by publication (the next one in a
    clause about the future)."""
    feast = ctx.grammar.feasts[_norm(c.groups["feast"])]
    if not isinstance(feast, str):
        month, day = feast
        found = _yearless_day(ctx, c.start, month, day)
        return Value(found, found, "day") if found else None
    # "easter", "easter-2" (Good Friday), "easter+1" (Easter Monday): days from Easter Sunday;
    # "orthodox" the same from the Orthodox Easter Sunday
    church = "orthodox" if feast.startswith("orthodox") else "easter"
    computus = _orthodox_easter if church == "orthodox" else _easter
    shift = timedelta(days=int(feast[len(church) :] or 0))
    pub = ctx.published
    found = computus(pub.year) + shift
    if ctx.about_future(c.start):
        found = found if found >= pub else computus(pub.year + 1) + shift
    elif found > pub:
        found = computus(pub.year - 1) + shift
    return Value(found, found, "day")


def _op_calendar_feast(ctx: Context, c: Candidate) -> Value | None:
    """'during Ramadan' (the whole month), 'on Eid al-Adha', 'Ashura', 'on Yom Kippur', 'Diwali':
    the latest one begun by publication, the next one in a clause about the future; never a
    name ('Ramazan Kadyrov', 'Tariq Ramadan')."""
    if _in_a_name(ctx, c):
        return None
    feast = ctx.grammar.calendar_feasts[_norm(c.groups["calfeast"])]
    spans = _calendar_feast_spans(ctx.grammar, feast)
    pub = ctx.published
    if ctx.about_future(c.start):
        chosen = next((span for span in spans if span[1] >= pub), None)
    else:
        chosen = next((span for span in reversed(spans) if span[0] <= pub), None)
    if chosen is None:
        return None
    start, end = chosen
    return Value(start, end, "day" if start == end else "month")


def _calendar_feast_spans(grammar: Grammar, feast: str) -> list[tuple[date, date]]:
    days = grammar.calendar_feast_days
    if feast == "ramadan":  # to the day before the first of Shawwal
        return [
            (first, fitr - _ONE_DAY)
            for first, fitr in zip(days["ramadan"], days["fitr"], strict=True)
        ]
    if feast == "eid":
        return sorted((day, day) for day in days["fitr"] + days["adha"])
    return [(day, day) for day in days[feast]]


def _in_a_name(ctx: Context, c: Candidate) -> bool:
    """A feast's name next to a proper name is part of a person's name."""
    after = ctx.text[c.end : c.end + 20].split()
    if after and after[0][:1].isupper() and after[0].isalpha():
        return True
    return _after_a_name(ctx, c)


def _after_a_name(ctx: Context, c: Candidate) -> bool:
    """Whether a proper name stands right before the match ('Tariq Ramadan', 'Theresa May')."""
    token = ctx.token_at(c.start)
    if token is None or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper()


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday (Meeus's Julian computus, moved to the Gregorian calendar,
    13 days ahead from 1900 to 2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _op_relative_unit(ctx: Context, c: Candidate) -> Value | None:
    """'last week' (the previous Monday–Sunday), 'earlier this month', 'this weekend'.
    Counted from publication (as the events-dev gold does), but a month or year from the
    dateline's day when that lies in an earlier one ('Raipur, Apr 30 (PTI)' published on May
    1: 'earlier this month' is April, not a May not yet begun)."""
    unit, pub, ref = _unit_word(c), ctx.published, ctx.reference
    told = _told_unit(ctx, c, unit)
    if told is not None:
        return told
    if (unit == "month" and (ref.year, ref.month) != (pub.year, pub.month)) or (
        unit == "year" and ref.year != pub.year
    ):
        return _relative_unit_from(ctx, c, ref)
    return _relative_unit_from(ctx, c, pub)


def _told_unit(ctx: Context, c: Candidate, unit: str) -> Value | None:
    """'Rebels took the town on January 5. By the end of the month, 200 had fled': a part of
    'the' unit in a past clause is of the unit of the date told last, when that lies in an
    earlier unit than the story's day (a date as wide as the unit or less: 'in December', a
    day). Never after 'since' ('since the start of the year' runs to the story's day)."""
    spec = ctx.grammar.relative_units.get(_norm(c.groups.get("relunit", "")), {})
    if not spec.get("told") or unit not in ("week", "month", "year"):
        return None
    if ctx.grammar.since.search(ctx.text, max(0, c.start - 32), c.start):
        return None
    last = ctx.last_told(c.start)
    if last is None or last.start > ctx.published or ctx.tense(c.start) != "past":
        return None
    first, end = _unit_bounds(last.start, unit, 0)
    if (
        _unit_bounds(last.end, unit, 0)[0] != first
        or first == _unit_bounds(ctx.published, unit, 0)[0]
    ):
        return None  # a date wider than the unit, or one of the story's own unit
    if last.start != last.end and spec.get("part") in ("before_ref", "after_ref"):
        # "The war began in 2014. Earlier in the year, ...": before or after no day told,
        # somewhere in that unit
        return Value(first, end, unit)
    return _relative_unit_from(ctx, c, last.start)


def _relative_unit_from(ctx: Context, c: Candidate, today: date) -> Value | None:
    """A relative unit counted from a day: publication's, or that of the statement telling it
    ('"We lost three men last week," the governor said on Friday')."""
    g = c.groups
    spec = ctx.grammar.relative_units.get(_norm(g.get("relunit", "")), {"offset": 0})
    if "beforelast" in g:  # "the week before last"
        spec = {"offset": -2}
    unit = _unit_word(c)
    if spec.get("deictic_span") and unit != "weekend":
        start = _shift(today, *_unit_shift(unit))
        return Value(start, today, _granularity_of(start, today))
    if unit == "weekend":
        return _weekend(ctx, c, int(spec["offset"]))
    start, end = _unit_bounds(today, unit, int(spec["offset"]))
    part = spec.get("part")
    if part == "to_ref":
        end = max(start, today)
    elif part == "before_ref":
        end = max(start, today - _ONE_DAY)
    elif part == "after_ref":
        start = min(end, today + _ONE_DAY)
    elif part:
        bounds = ctx.grammar.parts[part].get(unit)
        if bounds is None:
            return None  # "the first week of next year": a part only a month has
        start, end = _unit_part(start, end, unit, bounds)
    return Value(start, end, unit if unit in ("week", "month", "year") else "vaguer")


def _unit_word(c: Candidate) -> str:
    """The unit noun: 'weekend' for the bare rule, else the last word of the match."""
    return "weekend" if c.rule.name == "weekend" else c.groups.get("unitword", "")


def _unit_shift(unit: str) -> tuple[str, int]:
    return {"week": ("days", -7), "month": ("months", -1), "year": ("months", -12)}[unit]


def _unit_bounds(day: date, unit: str, offset: int) -> tuple[date, date]:
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _add_months(day.replace(day=1), offset)
        return first, _month_end(first.year, first.month)
    year = day.year + offset
    return date(year, 1, 1), date(year, 12, 31)


def _unit_part(start: date, end: date, unit: str, bounds: list[int]) -> tuple[date, date]:
    first, last = bounds
    if unit == "week":
        return start + timedelta(days=first), start + timedelta(days=last)
    if unit == "month":
        if first < 0:  # "the last week of last month": counted back from its last day
            first, last = end.day + first + 1, end.day + last + 1
        return start.replace(day=first), start.replace(day=min(last, end.day))
    return date(start.year, first, 1), _month_end(start.year, last)


def _weekend(ctx: Context, c: Candidate, offset: int) -> Value:
    """The latest weekend begun by the reference day; -1 the one before when inside one now,
    +1 (or the future tense) the next one."""
    ref = ctx.reference
    saturday = _weekday_near(ref, 5, "past")
    inside = (ref - saturday).days <= 1
    if offset < 0:  # "last weekend" the one before a weekend of today; "before last" one more
        saturday -= timedelta(weeks=-offset - 1 + inside)
    elif offset > 0 or (offset == 0 and not inside and _coming(ctx, c)):
        saturday = _weekday_near(ref, 5, "strict_future")
    return Value(saturday, saturday + _ONE_DAY, "week")


def _coming(ctx: Context, c: Candidate) -> bool:
    """Whether a weekend not yet begun is the next one: in a clause about the future, or named
    'this weekend' from Wednesday on in a clause that is not past ('more attacks could come
    this weekend'; told early in the week, 'this weekend' is the one just gone)."""
    tense = ctx.tense(c.start)
    if tense == "future":
        return True
    late_in_week = ctx.reference.weekday() >= 2
    return _norm(c.groups.get("relunit", "")) == "this" and tense != "past" and late_in_week


OPS: dict[str, Callable[[Context, Candidate], Value | None]] = {
    "calendar": _op_calendar,
    "numeric": _op_numeric,
    "day_range": _op_day_range,
    "month": _op_month,
    "year": _op_year,
    "bare_month": _op_bare_month,
    "decade": _op_decade,
    "season": _op_season,
    "offset": _op_offset,
    "eve": _op_eve,
    "long_offset": _op_long_offset,
    "anaphoric_day": _op_anaphoric_day,
    "within": _op_within,
    "since_then": _op_since_then,
    "ensuing": _op_ensuing,
    "told_day": _op_told_day,
    "anaphoric_span": _op_anaphoric_span,
    "anaphoric_unit": _op_anaphoric_unit,
    "sentence_day": _op_sentence_day,
    "night_time": _op_night_time,
    "weekday": _op_weekday,
    "weekdays_ago": _op_weekdays_ago,
    "week_ago_weekday": _op_week_ago_weekday,
    "weekday_in_week": _op_weekday_in_week,
    "year_part": _op_year_part,
    "year_range": _op_year_range,
    "month_range": _op_month_range,
    "ordinal_day": _op_ordinal_day,
    "ordinal_range": _op_ordinal_range,
    "weekday_ordinal": _op_weekday_ordinal,
    "deictic": _op_deictic,
    "overnight": _op_overnight,
    "last_night": _op_last_night,
    "overnight_into": _op_overnight_into,
    "past_span": _op_past_span,
    "span_to": _op_span_to,
    "ago": _op_ago,
    "hence": _op_hence,
    "relative_unit": _op_relative_unit,
    "feast": _op_feast,
    "calendar_feast": _op_calendar_feast,
}


# ------------------------------------------------------------------ the stage


def _find_reference(grammar: Grammar, text: str, published: date, order: str) -> date:
    """The dateline's day ("KYIV, April 11 (Reuters) -") when it is near publication."""
    found = [m for p in grammar.datelines if (m := p.search(text, 0, grammar.dateline_within))]
    if not found:
        return published
    m = min(found, key=lambda match: match.start())
    readings = _dateline_month_days(grammar, m.groupdict(), order)
    year = m.groupdict().get("d_year")
    years = [int(year)] if year else [published.year + d for d in (0, -1, 1)]
    limit = grammar.settings["dateline_max_days"]
    for month, day in readings:
        for year_ in years:
            day_ = _safe_date(year_, month, day)
            if day_ is not None and abs((day_ - published).days) <= limit:
                return day_
    return published


def _dateline_month_days(
    grammar: Grammar, groups: dict[str, Any], order: str
) -> list[tuple[int, int]]:
    """The months and days a dateline may name, in words or in numbers."""
    if groups.get("d_mm"):  # "2024-06-11": the year first, then month and day in numbers
        return [(int(groups["d_mm"]), int(groups["d_dd"]))]
    if groups.get("d_n1"):  # "11/06/2024": the outlet's order, else either (day first first)
        first, second = int(groups["d_n1"]), int(groups["d_n2"])
        readings = {"dmy": [(second, first)], "mdy": [(first, second)]}
        return readings.get(order, [(second, first), (first, second)])
    month = grammar.months[(groups["d_month"] or groups["d_month2"]).lower().rstrip(".")]
    return [(month, _day_number(groups["d_day"] or groups["d_day2"], grammar))]


def _numeric_order(grammar: Grammar, article: Article) -> str:
    """How the outlet writes 4/10/2023: by its web host's country or its name, else the default."""
    locale = grammar.locale
    host = (urlsplit(article.url).hostname or "") if article.url else ""
    outlet = (article.outlet or "").lower()
    for order in ("dmy", "mdy"):
        if host and host.endswith(tuple(locale[f"{order}_host_suffixes"])):
            return order
        if outlet and any(name.lower() in outlet for name in locale[f"{order}_outlets"]):
            return order
    return str(grammar.settings["numeric_default"])


def _mention(text: str, start: int, end: int, value: Value) -> DateMention:
    return DateMention(
        text=text[start:end],
        start=start,
        end=end,
        value_start=value.start.isoformat(),
        value_end=value.end.isoformat(),
        granularity=value.granularity,
    )


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: Value
    op: str = ""
    candidate: Candidate | None = None  # kept where a statement's day may recount it


def _resolve_all(ctx: Context, candidates: list[Candidate]) -> list[_Found]:
    found: list[_Found] = []
    i = 0
    while i < len(candidates):
        c = candidates[i]
        i += 1
        following = candidates[i] if i < len(candidates) else None
        night = _night_of_date(ctx, c, following) if following else None
        if night is not None:
            i += 1
            item = night
        elif c.rule.op == "offset" and following and (main := _from_main(ctx, c, following)):
            item = main
        elif c.rule.op == "eve":
            item = _eve_of(ctx, c, following)
            if item is None:
                continue
        elif c.rule.op == "offset" and following and _anchored(ctx, c, following):
            # "a day after Tuesday's strike": the named date, moved by the offset, is the day
            # of the clause; the named date ("Tuesday's", "the June 3 ambush") names its own
            # thing and stays a mention of its own (the next candidate)
            target = OPS[following.rule.op](ctx, following)
            if target is None:
                i += 1
                continue
            value = _moved(ctx, c, target)
            if value.start > ctx.reference >= target.end:
                # "came two weeks after Sunday's ambush": a past clause the move would carry
                # past the story's day tells of an earlier Sunday; the named date stays itself
                continue
            item = _Found(c.start, c.end, value, c.rule.op)
        else:
            value = OPS[c.rule.op](ctx, c)
            if value is None:
                continue
            item = _Found(c.start, c.end, value, c.rule.op, c)
        item = _with_since(ctx, item) or _week_of(ctx, item) or item
        if found and (joined := _joined(ctx, found[-1], item)):
            found[-1] = joined
        else:
            found.append(item)
        if item.value.granularity == "day" and item.value.start == item.value.end:
            ctx.days_named.append((item.start, item.value.start))
            if ctx.dates_a_statement(item.start):
                ctx.statements.add(item.start)
        ctx.named.append((item.start, item.value))
        ctx.ends[item.start] = item.end
        if _YEAR_WORD.search(ctx.text, item.start, item.end):
            ctx.years_told.add(item.start)
    return found


_WEEK_OF = re.compile(r"(?<!\w)the\s+week\s+(?:of|beginning|starting|commencing)\s+$", re.I)


def _week_of(ctx: Context, item: _Found) -> _Found | None:
    """'in the week of 2 September', 'the week beginning March 4': the Monday-to-Sunday week
    that holds the day."""
    value = item.value
    if value.granularity != "day" or value.start != value.end:
        return None
    m = _WEEK_OF.search(ctx.text, max(0, item.start - 32), item.start)
    if m is None:
        return None
    monday = value.start - timedelta(days=value.start.weekday())
    return _Found(m.start(), item.end, Value(monday, monday + timedelta(days=6), "week"))


def _eve_of(ctx: Context, c: Candidate, following: Candidate | None) -> _Found | None:
    """'on the eve of Sunday's vote': the day before the one day named right after it."""
    if following is None or not _adjacent(ctx.text, c.end, following.start):
        return None
    target = OPS[following.rule.op](ctx, following)
    if target is None or target.start != target.end:
        return None  # (the eve of a year or a month is no day)
    day = target.start - _ONE_DAY
    if day > ctx.reference and not ctx.about_future(c.start):
        return None  # (a past clause on the eve of a day to come: which instance is unclear)
    return _Found(c.start, c.end, Value(day, day, "day"), c.rule.op)


_NIGHT_JOIN = re.compile(r"\s+(?P<into>into|to|on)\s+(?:the\s+)?", re.IGNORECASE)


def _anchored(ctx: Context, c: Candidate, following: Candidate) -> bool:
    """Whether an offset counts from the date after it: right after it ("a day after
    Tuesday's strike"), or in the clause it opens a sentence with ("Two days after gunmen
    killed 30 villagers on Friday, soldiers ..."), which names the day it counts from."""
    if _adjacent(ctx.text, c.end, following.start):
        return True
    if "barehours" in c.groups and ctx.sentence_start(following.start) == ctx.sentence_start(
        c.start
    ):
        # "came hours after the president visited on Sunday": hours from the day the
        # sentence names after them (none before them), whatever comes between
        return ctx.last_day(c.start, since=ctx.sentence_start(c.start)) is None
    if not _opens_sentence(ctx, c.start):
        return False
    return _NO_PAUSE.fullmatch(ctx.text, c.end, following.start) is not None


_NO_PAUSE = re.compile(r"[^,;:.!?\n]*")
_DAY_OPS = frozenset({"weekday", "calendar", "deictic"})
# nothing, or a place and a dash opening the paragraph ("NAIROBI - ", "GOMA, Congo (AP) — ")
_DATELINE_LEAD = re.compile(r"\s*(?:[A-Z][^\n]{0,60}?\s(?:--|[–—-])\s*)?")


def _opens_sentence(ctx: Context, offset: int) -> bool:
    """Whether nothing but a dateline lead ('NAIROBI - ') comes before an offset in its
    sentence (the parse may run a headline into the first paragraph)."""
    lead = ctx.text[max(ctx.sentence_start(offset), ctx.text.rfind("\n", 0, offset) + 1) : offset]
    return _DATELINE_LEAD.fullmatch(lead) is not None


def _from_main(ctx: Context, c: Candidate, following: Candidate) -> _Found | None:
    """'A week after police fired on protesters, families gathered on Monday': an offset that
    opens a sentence with a clause of no date counts back from the day of the clause after it
    (the first date of the sentence), so the day it names is that of what it opens with, as
    'a day after' names the day of what follows it."""
    sentence = ctx.sentence_start(c.start)
    if not _opens_sentence(ctx, c.start) or "barehours" in c.groups:
        return None
    if following.rule.op not in _DAY_OPS or ctx.sentence_start(following.start) != sentence:
        return None
    if "," not in ctx.text[c.end : following.start] or "\n" in ctx.text[c.end : following.start]:
        return None
    target, days = OPS[following.rule.op](ctx, following), _offset_days(ctx, c)
    if target is None or days is None or target.start != target.end:
        return None
    sign = ctx.grammar.directions[c.groups["dir"].lower()]
    near, far = sorted(target.start + timedelta(days=sign * n) for n in days)
    value = Value(near, far, "day" if near == far else _granularity_of(near, far))
    return _Found(c.start, c.end, value, "offset")


def _night_of_date(ctx: Context, c: Candidate, following: Candidate) -> _Found | None:
    """'overnight into April 9', 'overnight on April 9': the night that ends on that day (as
    'overnight on Sunday' is); 'overnight on April 8-9' the dates as named (the story's own
    night is not meant)."""
    if c.rule.op == "deictic":
        return _midnight_of_date(ctx, c, following)
    if c.rule.name != "overnight" or following.rule.op not in ("calendar", "day_range"):
        return None
    gap = _NIGHT_JOIN.fullmatch(ctx.text, c.end, following.start)
    if gap is None:
        return None
    value = OPS[following.rule.op](ctx, following)
    if value is None:
        return None
    if value.start == value.end:
        value = Value(value.start - _ONE_DAY, value.end, "day")
    return _Found(c.start, following.end, value, "overnight")


_MIDNIGHT_ON = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _midnight_of_date(ctx: Context, c: Candidate, following: Candidate) -> _Found | None:
    """'shortly after midnight on January 1', 'just after midnight Sunday': the day named
    after it, not the story's day."""
    if not ctx.text[c.start : c.end].lower().endswith("midnight"):
        return None
    if following.rule.op not in ("calendar", "weekday", "feast"):
        return None
    if _MIDNIGHT_ON.fullmatch(ctx.text, c.end, following.start) is None:
        return None
    value = OPS[following.rule.op](ctx, following)
    return None if value is None else _Found(c.start, following.end, value, following.rule.op)


_DIRECT_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _in_dated_statements(ctx: Context, found: list[_Found]) -> list[_Found]:
    """'On Sunday, the governor said: "Today we buried eleven."': day deixis inside a direct
    quote counts from the day of the statement, when its sentence names one day outside the
    quote; an undated statement was made on the day the story's lead names, the first day named
    before it ('Rebels stormed the town on Monday. "Today we lost nine men," a commander told
    reporters.')."""
    if not any(f.op in ("deictic", "overnight", "last_night", "ago") for f in found):
        return found
    quotes = [m.span() for m in _DIRECT_QUOTE.finditer(ctx.text)]

    def quoted(item: _Found) -> bool:
        return any(a < item.start and item.end < b for a, b in quotes)

    for index, item in enumerate(found):
        # ("two days ago" counts back from the telling as "yesterday" does)
        if item.op in ("deictic", "overnight", "last_night", "ago") and not quoted(item):
            found[index] = _from_statement_day(ctx, found, item, quoted)
            continue
        if item.op not in ("deictic", "last_night", "ago") or not quoted(item):
            continue
        days = _days_beside(ctx, found, item, lambda f: not quoted(f))
        if not days:  # an undated statement: made on the day the story's lead names
            days = _lead_day(ctx, [f for f in found[:index] if _one_day(f) and not quoted(f)])
        if len(days) != 1:
            continue
        shift = next(iter(days)) - _counted_from(ctx, item)
        if timedelta(0) > shift >= -timedelta(days=ctx.grammar.settings["dateline_max_days"]):
            value = Value(item.value.start + shift, item.value.end + shift, item.value.granularity)
            found[index] = _Found(item.start, item.end, value, item.op)
    return found


def _units_of_statements(ctx: Context, found: list[_Found]) -> list[_Found]:
    """'"We lost three men last week," the governor said on Friday', 'the army said on
    Thursday that rebels attacked this week': what its sentence names relative to now counts
    from the day of the statement it names (as 'yesterday' does), when that is the one day of
    a statement there and lies a few days before the story's day. (The events-dev gold has no
    such case; an ACLED coder reads the week of the speaker.)"""
    quotes = [m.span() for m in _DIRECT_QUOTE.finditer(ctx.text)]

    def quoted(item: _Found) -> bool:
        return any(a < item.start and item.end < b for a, b in quotes)

    limit = timedelta(days=ctx.grammar.settings["dateline_max_days"])
    told: dict[int, list[_Found]] = {}  # sentence start: the dates of its statements
    for f in found:
        if f.start in ctx.statements and _one_day(f) and not quoted(f):
            told.setdefault(ctx.sentence_start(f.start), []).append(f)
    if not told:
        return found
    for index, item in enumerate(found):
        if item.start in ctx.statements or (item.candidate is None and item.op):
            continue
        statements = told.get(ctx.sentence_start(item.start), [])
        days = {f.value.start for f in statements if _reports(ctx, f, item)}
        if len(days) != 1 or not timedelta(0) < ctx.published - (day := next(iter(days))) <= limit:
            continue
        value = _told_on(ctx, item, day)
        if value is not None:
            found[index] = _Found(item.start, item.end, value, item.op, item.candidate)
    return found


def _reports(ctx: Context, statement: _Found, item: _Found) -> bool:
    """Whether a mention lies in what a dated statement reports: its verb of saying is above
    the mention's clause, not a verb beside it ('They announced a pullout on Saturday, but
    fighters were seen on Tuesday'; 'clashed on Wednesday, a day after the group said ...')."""
    verb = _clause_verb(ctx.token_at(statement.start))
    token = ctx.token_at(item.start)
    if verb is None or token is None:
        return False
    verb = _saying_above(ctx, verb)
    for _ in range(24):  # (tokens are compared by index: spaCy makes a new object per access)
        if token.i == verb.i:
            return True
        if token.head.i == token.i or (token.dep_ == "conj" and token.head.i == verb.i):
            return False
        token = token.head
    return False


def _saying_above(ctx: Context, verb: Any) -> Any:
    """The verb of saying a participle of speaking hangs from ('Speaking on Saturday, the
    governor said ...', 'The governor, speaking on Saturday, said ...'), else the verb."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    elif verb.dep_ != "advcl":
        return verb
    return head if head.lemma_.lower() in ctx.grammar.statement_verbs else verb


_SINCE_WORD = re.compile(r"(?:ever\s+)?since\s", re.IGNORECASE)
_A_WEEK = timedelta(days=7)


def _told_on(ctx: Context, item: _Found, day: date) -> Value | None:
    """What a mention of a sentence names when counted from the day of its statement: 'last
    week' from that day; 'on Monday' in a past clause told on Friday is no later than that
    Friday; 'since Thursday' runs to the telling ('residents said on Saturday'), not beyond;
    'in the past week' reaches back from the telling."""
    c = item.candidate
    if item.op == "relative_unit" and c is not None:
        unit = _unit_word(c)
        if unit == "week" and day.weekday() == 6 and c.groups.get("relunit", "").strip():
            # "late last week, the governor said on Sunday": a Sunday speaker's last week is
            # the one his Sunday closes, not the one before (which lands a week early)
            spec = ctx.grammar.relative_units.get(_norm(c.groups["relunit"]), {})
            if int(spec.get("offset", 0)) < 0 and not spec.get("deictic_span"):
                day += _ONE_DAY
        if unit in ("week", "month", "year"):
            return _relative_unit_from(ctx, c, day)
        return None
    if item.op == "past_span" and c is not None and item.value.end == ctx.published:
        # "the ministry said on Monday that 1,000 had been killed in the past two weeks": the
        # two weeks up to the telling
        shift = day - ctx.published
        return Value(item.value.start + shift, day, item.value.granularity)
    if item.op == "weekday" and c is not None and item.value.start > day:
        if "wdmod" in c.groups or "beforelast" in c.groups or ctx.tense(c.start) != "past":
            return None
        told = _weekday_near(day, item.value.start.weekday(), "past")
        return Value(told, told, "day")
    since = _SINCE_WORD.match(ctx.text, item.start) if not item.op else None
    if since is None or item.value.end != ctx.reference:
        return None
    start = item.value.start
    weekday = ctx.grammar.weekdays.get(ctx.text[since.end() : item.end].strip().lower())
    if weekday is not None and start > day:
        # "raided Jenin since Sunday, the ministry said on Thursday": the Sunday before
        start = _weekday_near(day, weekday, "past")
    # (only a since-day of the days just before: "since 2014" stays open to the story's day)
    if timedelta(0) <= day - start <= _A_WEEK:
        return Value(start, day, _granularity_of(start, day))
    return None


def _counted_from(ctx: Context, item: _Found) -> date:
    """The day a deictic mention was counted from: 'two days ago' from publication (as the
    events-dev gold counts it), the others from the reference day (a dateline's)."""
    return ctx.published if item.op == "ago" else ctx.reference


def _nights_of_their_day(ctx: Context, found: list[_Found]) -> list[_Found]:
    """'On Friday, soldiers freed the hostages in an overnight raid': a bare 'overnight' in a
    sentence that names one day of the incident (not of a statement) is the night that ends
    on that day, not the night before the story's day."""
    for index, item in enumerate(found):
        if item.op != "overnight" or item.value.end != ctx.reference:
            continue
        days = _days_beside(ctx, found, item, lambda f: f.start not in ctx.statements)
        if len(days) == 1 and (day := next(iter(days))) < ctx.reference:
            found[index] = _Found(item.start, item.end, Value(day - _ONE_DAY, day, "day"), item.op)
        elif not days and (day := _day_told_just_before(ctx, found, item)) is not None:
            # "Gunmen stormed a church on Sunday. Overnight, they burned houses": the night
            # after the day the sentence before told, not the one before the story's day
            found[index] = _Found(item.start, item.end, Value(day, day + _ONE_DAY, "day"), item.op)
    return found


def _day_told_just_before(ctx: Context, found: list[_Found], item: _Found) -> date | None:
    """The one incident day the sentence right before names, for a mention opening its own
    sentence, when that day lies before the night just past."""
    before = _start_of_sentence_before(ctx, item.start)
    if before is None or not _opens_sentence(ctx, item.start):
        return None
    earlier = [f for f in found if f.start < item.start]
    if not earlier or earlier[-1].start < before:
        return None  # (the sentence right before names no date)
    days = {
        f.value.start
        for f in earlier
        if f.start >= before and _one_day(f) and f.start not in ctx.statements
    }
    if len(days) != 1 or (day := next(iter(days))) >= ctx.reference - _ONE_DAY:
        return None
    return day


def _lead_day(ctx: Context, earlier: list[_Found]) -> set[date]:
    """The day of the story's lead: the first day named, or the day of a statement its sentence
    names ('Rebels attacked on Friday, military sources said on Saturday': what is quoted after
    was told on Saturday)."""
    if not earlier:
        return set()
    sentence = ctx.sentence_start(earlier[0].start)
    told = [
        f for f in earlier if f.start in ctx.statements and ctx.sentence_start(f.start) == sentence
    ]
    return {(told or earlier)[0].value.start}


def _from_statement_day(
    ctx: Context, found: list[_Found], item: _Found, quoted: Callable[[_Found], bool]
) -> _Found:
    """'Drones struck the city overnight, officials said on Tuesday' in a story filed on
    Wednesday: day deixis outside quotes counts from the day of the statement its sentence
    names, when that is the one day of a statement there and lies a few days before."""
    if item.op == "overnight" and item.value.end != ctx.reference:
        return item  # a night its sentence already placed
    days = _days_beside(ctx, found, item, lambda f: f.start in ctx.statements and not quoted(f))
    if len(days) != 1:
        return item
    shift = next(iter(days)) - _counted_from(ctx, item)
    if not timedelta(0) > shift >= -timedelta(days=ctx.grammar.settings["dateline_max_days"]):
        return item
    value = Value(item.value.start + shift, item.value.end + shift, item.value.granularity)
    return _Found(item.start, item.end, value, item.op)


def _days_beside(
    ctx: Context, found: list[_Found], item: _Found, keep: Callable[[_Found], bool]
) -> set[date]:
    """The single days the other mentions of the item's sentence name, of those ``keep``
    lets by (outside quotes, of a statement, of the incident)."""
    sentence = ctx.sentence_start(item.start)
    return {
        f.value.start
        for f in found
        if f is not item and ctx.sentence_start(f.start) == sentence and _one_day(f) and keep(f)
    }


def _one_day(item: _Found) -> bool:
    return item.value.granularity == "day" and item.value.start == item.value.end


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) < 8 and gap.strip().lower() in ("", "the")


def _moved(ctx: Context, c: Candidate, target: Value) -> Value:
    days = _offset_days(ctx, c)
    if days is None:
        return target
    sign = -ctx.grammar.directions[c.groups["dir"].lower()]
    low, high = sorted(timedelta(days=sign * n) for n in days)
    if low == high:
        return Value(target.start + low, target.end + low, target.granularity)
    start, end = target.start + low, target.end + high
    return Value(start, end, _granularity_of(start, end))


def _with_since(ctx: Context, item: _Found) -> _Found | None:
    """'since Sunday' runs to the story's day: the last day named after it, else the reference
    day; 'since 2014', 'since February' run from the start of that span to the reference day;
    a past-perfect clause ends at a past point the text does not give, and stays itself."""
    before = ctx.text[max(0, item.start - 48) : item.start]
    m = ctx.grammar.since.search(before)
    if m is None:
        return None
    if (
        m.group("the")
        and _unit_word_at(ctx, item) not in ctx.grammar.since_after_article
        and not _day_of_an_event(ctx, item)
    ):
        return None  # "since the 2009 vote": a point in that year, not a span from it
    start = item.start - (len(before) - m.start())
    if (m.group("the") or m.group("event")) and _ELAPSED.search(ctx.text, 0, start):
        return None  # "a year since the Oct. 7 attack": the time gone by since a day
    value = item.value
    if _OPENING.match(ctx.text, item.start) and value.start < ctx.reference:
        # "the hardest since the start of the year", "had been shelled 12 times since the
        # start of the month": a count or comparison over the time from its first day on, not
        # the early part of it
        end = ctx.reference
        return _Found(start, item.end, Value(value.start, end, _granularity_of(value.start, end)))
    if _since_a_point(ctx, start):
        # "the first attack since May 3": the day itself, a point of comparison
        return _Found(start, item.end, value)
    if value.granularity == "day" and not ctx.past_perfect(start):
        # (a day after the start: "erupted Thursday ... killed since Thursday" runs on; a
        # day something was said is no day the span reached)
        end = ctx.last_day(start, not_before=value.start + _ONE_DAY, told=True)
        if end is None or (end - value.start).days > ctx.grammar.since_story_days:
            end = ctx.reference  # "on the boil since May 3": to the story's own day
        if _in_direct_quote(ctx.text, start):
            end = ctx.reference  # '"It has been intense since Friday," he said': to the telling
        if end > value.end:
            value = Value(value.start, end, _granularity_of(value.start, end))
    elif item.op != "decade" and _open_since(ctx, start, value):
        # ("since the mid-1990s" is a time of origin, as "since the 1990s" is)
        value = Value(value.start, ctx.reference, _granularity_of(value.start, ctx.reference))
    return _Found(start, item.end, value)


_ELAPSED = re.compile(r"\b(?:years?|months?|weeks?|days?)\s+$", re.IGNORECASE)


def _day_of_an_event(ctx: Context, item: _Found) -> bool:
    """'since the October 7 attack', 'since the July 26 military coup': a day naming the
    event the span runs from (a year, 'since the 2009 vote', stays a point in it)."""
    return _one_day(item) and ctx.grammar.since_event_after.match(ctx.text, item.end) is not None


_OPENING = re.compile(r"the\s+(?:start|beginning)\s+of\s+(?:the|this|last)\s", re.IGNORECASE)


def _in_direct_quote(text: str, offset: int) -> bool:
    """Whether an offset lies inside a direct quote of its paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    paragraph = text[start : end if end >= 0 else len(text)]
    at = offset - start
    return any(m.start() < at < m.end() for m in _DIRECT_QUOTE.finditer(paragraph))


def _unit_word_at(ctx: Context, item: _Found) -> str:
    words = ctx.text[item.start : item.end].lower().split()
    return words[-1].strip("'’s") if words else ""


def _timed(ctx: Context, found: _Found) -> bool:
    """Whether a mention ends with a part of the day ("Wednesday night")."""
    words = ctx.text[found.start : found.end].lower().split()
    return bool(words) and words[-1] in ctx.grammar.dayparts


def _edged(ctx: Context, found: _Found) -> bool:
    """Whether a mention opens with an edge of the day ("early Thursday")."""
    words = ctx.text[found.start : found.end].lower().split()
    return bool(words) and words[0] in ctx.grammar.edge_words


def _open_since(ctx: Context, start: int, value: Value) -> bool:
    """'since 2014', 'since February': a month or year that opens a span still running, unless
    the clause is past perfect or the span is wider than a few years ('since the 1990s')."""
    if value.start >= ctx.reference or ctx.past_perfect(start):
        return False
    return (value.end - value.start).days <= ctx.grammar.since_max_days


def _since_a_point(ctx: Context, start: int) -> bool:
    """'the first attack since May', 'the deadliest day since October 7': a superlative before
    "since" makes its date a point of comparison, not the start of a span."""
    clause = ctx.text[ctx.sentence_start(start) : start].lower().split()
    if not ctx.grammar.since_points.intersection(w.strip(",;:") for w in clause):
        return False
    since = ctx.token_at(start)
    if since is None:
        return True
    points = ctx.grammar.since_points
    words = [t for t in since.doc[since.sent.start : since.i] if t.lower_ in points]
    return not words or any(_compares(word, since) for word in words)


def _compares(word: Any, since: Any) -> bool:
    """Whether a superlative makes the "since" phrase a comparison: no verb comes between
    them ('the biggest protest in the capital since 2019'), or the thing it picks out holds
    the phrase or is an argument of the verb the phrase hangs from ('the worst violence the
    city has seen since 2013'); 'El Fasher, the last city held by the army, has been
    besieged since May' is no comparison."""
    between = since.doc[word.i + 1 : since.i]
    if not any(t.pos_ in ("VERB", "AUX") for t in between):
        return True
    noun, head = word.head, since.head
    held = noun.i == head.i or noun in head.ancestors
    return held or (noun.head.i == head.i and noun.dep_ in _COMPARED_ROLES)


# (a subject is no comparison: "the latest offensive has stalled since August")
_COMPARED_ROLES = frozenset({"attr", "dobj", "oprd", "acomp"})


def _listed(ctx: Context, first: _Found, second: _Found) -> bool:
    """Two dates of one kind a comma parts ('Monday, Tuesday and Wednesday'), never 'On
    Saturday, Sunday's vote ...' nor 'Wednesday, a day before ...'."""
    if ctx.text[second.end - 2 : second.end] in ("'s", "’s"):
        return False
    return first.op in (second.op, "range")


# ops that count from the date told before them ("on February 2, and within days ...")
_TOLD_ANAPHORS = frozenset({"within", "ensuing", "since_then", "told_day"})


def _joined(ctx: Context, first: _Found, second: _Found) -> _Found | None:
    """'between January 4 and February 7', 'from Monday to Wednesday', 'last Thursday and
    Friday': two dates and the words between them as one range."""
    gap = ctx.text[first.end : second.start]
    if len(gap) > 12 or second.op.startswith("anaphoric") or second.op in _TOLD_ANAPHORS:
        # "in 2017, and the following year": a date counted from the first is its own
        return None
    begin, first_end = _in_week_of(ctx, first, second) or _in_year_of(ctx, first, second)
    last = _last_of_pair(ctx, first, second)
    if begin > last and first.op == second.op == "weekday":
        # "from Friday to Monday", "on Friday and Saturday" told on a Friday: the Friday
        # before the other day
        begin, first_end = begin - timedelta(days=7), first_end - timedelta(days=7)
    if begin > last:
        return None
    opener = ctx.grammar.range_opener.search(ctx.text, max(0, first.start - 10), first.start)
    for joiner, adjacent_only, two_times in ctx.grammar.joiners:
        if not joiner.fullmatch(gap):
            continue
        if gap.strip() == "," and not _listed(ctx, first, second):
            return None
        second_start = second.value.start - (second.value.end - last)
        if adjacent_only and not opener and (second_start - first_end).days != 1:
            return None
        if (
            not two_times
            and not opener
            and (_timed(ctx, first) or _timed(ctx, second) or _edged(ctx, second))
        ):
            # "Wednesday night and Thursday morning", "Tuesday night and early Wednesday":
            # two times, two mentions ("between Sunday night and Monday morning" is one span)
            return None
        start = opener.start() if opener else first.start
        value = Value(begin, last, _granularity_of(begin, last))
        return _Found(start, second.end, value, "range")
    return None


_LAST_WEEKDAY = re.compile(r"(?:last|past|previous)\s", re.IGNORECASE)


def _last_of_pair(ctx: Context, first: _Found, second: _Found) -> date:
    """'last Thursday and Friday' told on a Friday: "last" is said of both days, so the
    second is the one before the story's day too."""
    end = second.value.end
    last = first.op == second.op == "weekday" and _LAST_WEEKDAY.match(ctx.text, first.start)
    return end - timedelta(days=7) if last and end >= ctx.reference else end


def _in_week_of(ctx: Context, first: _Found, second: _Found) -> tuple[date, date] | None:
    """'on Thursday and Friday last week': the week named after the second is the first's."""
    if first.op != "weekday" or second.op != "weekday_in_week" or first.candidate is None:
        return None
    weekday = ctx.grammar.weekdays.get(first.candidate.groups.get("weekday", "").lower())
    if weekday is None or first.candidate.groups.get("wdmod"):
        return None
    monday = second.value.start - timedelta(days=second.value.start.weekday())
    day = monday + timedelta(days=weekday)
    return day, day


def _in_year_of(ctx: Context, first: _Found, second: _Found) -> tuple[date, date]:
    """'between Jan. 5 and Feb. 10, 2023': a first day with no year of its own takes the year
    written once after the second (the year before when its month comes later)."""
    start, end = first.value.start, first.value.end
    if first.op != "calendar" or second.op != "calendar" or start != end:
        return start, end
    if _YEAR_WORD.search(ctx.text, first.start, first.end):
        return start, end
    if not re.search(r"\d{4}", ctx.text[second.start : second.end]):
        return start, end
    year = second.value.start.year - (start.month > second.value.start.month)
    day = _safe_date(year, start.month, start.day)
    return (day, day) if day is not None else (start, end)


class DateResolver:
    """The dates stage: every temporal expression of the article with its resolved range."""

    def __init__(self, grammar: Grammar | None = None) -> None:
        self.grammar = grammar if grammar is not None else load_grammar()

    def __call__(self, doc: Doc, analysis: Analysis) -> list[DateMention]:
        text = doc_text(doc)
        published = analysis.article.published
        order = _numeric_order(self.grammar, analysis.article)
        reference = _find_reference(self.grammar, text, published, order)
        ctx = Context(self.grammar, doc, text, published, reference, order)
        found = _resolve_all(ctx, self.grammar.scan(text))
        found = _in_dated_statements(ctx, _nights_of_their_day(ctx, found))
        found = _units_of_statements(ctx, found)
        return [_mention(text, f.start, f.end, f.value) for f in found]
