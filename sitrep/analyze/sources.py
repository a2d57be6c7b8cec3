"""Sources: quotes and their speakers, attributions, social-media references.

One pass over the quotation marks of each paragraph finds the quotes (linear in the text, so
unclosed or thousands of marks cost nothing); the parse finds the reporting verbs ("said",
"told", "according to") and their subjects, resolved to the fullest name the article gives;
regular expressions built once from ``data/sources.toml`` find post URLs, @handles, embedded
posts and platforms named in the text. Photo credits are found only to keep them out of the
sources of the story.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.model import Analysis, Attribution, MediaRef, Quote, Sourcing
from sitrep.model import Span as TextSpan

DATA = Path(__file__).resolve().parents[1] / "data" / "sources.toml"

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
APOSTROPHE = "'"
QUOTE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE + APOSTROPHE
# A mark after one of these (or a space) opens a quote; before one of those it closes one.
OPENS_AFTER = set("([{—–-/\u00a0") | set(DOUBLE_OPEN + SINGLE_OPEN)
CLOSES_BEFORE = set(".,;:!?)]}—–-…") | set(DOUBLE_CLOSE + SINGLE_CLOSE)
# Nested quotes deeper than this are bad input, not prose: further openings are ignored.
MAX_DEPTH = 4
MAX_NAME_TOKENS = 16
MAX_CLAUSE_TOKENS = 120
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
WORD = re.compile(r"\w+")
HANDLE = re.compile(r"(?<![\w@./])@(\w{1,30})")
NAME_BEFORE_HANDLE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5})\s*\(\s*$")
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("ccomp", "parataxis", "xcomp")
LEFT_OF_NAME = {"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "case", "predet"}
RELATIVE = {"who", "which", "that", "whom"}


# ---------------------------------------------------------------------------------------------
# Knowledge, loaded once per process


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
        self.speech = frozenset(verbs["speech"])
        self.publish = frozenset(verbs["publish"])
        self.clause_only = frozenset(verbs["clause_only"])
        self.relay_to = frozenset(verbs["relay_to"])
        self.quoting = frozenset(verbs["quoting"])
        self.bearing = frozenset(verbs["bearing"])
        self.verbs = self.speech | self.publish | self.bearing
        self.quote_only = frozenset(verbs["quote_only"])
        self.report_nouns = frozenset(nouns["report"])
        self.sign_nouns = frozenset(nouns["sign"])
        self.generic_org = frozenset(nouns["generic_org"])
        self.person_roles = frozenset(nouns["person_roles"])
        self.person_titles = frozenset(nouns["person_titles"])
        self.speaker_nouns = (
            frozenset(nouns["org"])
            | self.person_roles
            | self.report_nouns
            | self.sign_nouns
            | self.generic_org
            | frozenset(nouns["post_groups"])
        )
        self.post_groups = frozenset(nouns["post_groups"])
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
        domains = sorted(self.domain_platform, key=len, reverse=True)
        self.url = re.compile(
            r"(?P<scheme>https?://)?(?:www\.)?(?P<domain>"
            + "|".join(re.escape(d) for d in domains)
            + r")/[^\s\"“”‘’'<>()\[\]{}#|…]*",
            re.IGNORECASE,
        )
        embeds = data["embeds"]
        months = "|".join(sorted(embeds["months"], key=len, reverse=True))
        # "April 11, 2023" (US style) or "11 April 2023"
        day = rf"(?:(?:{months})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{months})\.?,? \d{{4}})"
        self.signature = re.compile(rf"\(\s*(@\w{{1,30}})\s*\)\s{{0,3}}{day}")
        self.dashes = tuple(sorted(embeds["dashes"], key=len, reverse=True))
        credits = data["credits"]
        self.credit_agencies = frozenset(a.lower() for a in credits["agencies"])
        part = r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}"
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


@cache
def lexicon() -> Lexicon:
    with DATA.open("rb") as handle:
        return Lexicon(tomllib.load(handle))


# ---------------------------------------------------------------------------------------------
# Plain-text scanners (no parse needed)


@dataclass(slots=True)
class QuoteSpan:
    """A top-level quotation: marks at ``open`` and ``close`` (``close`` is the paragraph end
    when the quote runs on into the next paragraph)."""

    open: int
    close: int
    paragraph: int
    runs_on: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _opens_next_paragraph(text: str, start: int, end: int) -> bool:
    """Multi-paragraph quotes re-open each paragraph and close only in the last one."""
    head = text[start:end].lstrip()[:1]
    return bool(head) and head in DOUBLE_OPEN + STRAIGHT + SINGLE_OPEN


def scan_quotes(text: str, spans: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Top-level quotes of every paragraph, in one left-to-right pass with a bounded stack."""
    found: list[QuoteSpan] = []
    for number, (start, end) in enumerate(spans):
        dangling = _scan_paragraph(text, start, end, number, found)
        has_next = number + 1 < len(spans)
        if dangling is not None and has_next and _opens_next_paragraph(text, *spans[number + 1]):
            found.append(QuoteSpan(dangling, end, number, runs_on=True))
    return found


def _scan_paragraph(
    text: str, start: int, end: int, number: int, found: list[QuoteSpan]
) -> int | None:
    stack: list[tuple[int, str]] = []  # (index of the opening mark, "d" double | "s" single)
    for i in range(start, end):
        mark = text[i]
        if mark not in QUOTE_MARKS:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opens = before.isspace() or before in OPENS_AFTER
        closes = after.isspace() or after in CLOSES_BEFORE
        role = _role(mark, opens, closes, after, stack)
        if role == "open":
            if len(stack) < MAX_DEPTH:
                stack.append((i, "s" if mark in SINGLE_OPEN + APOSTROPHE else "d"))
        elif role == "close":
            family = "s" if mark in SINGLE_CLOSE + APOSTROPHE else "d"
            while stack and stack[-1][1] != family:
                stack.pop()  # an unclosed inner single quote ends with its outer quote
            if stack:
                opened, _ = stack.pop()
                if not stack:
                    found.append(QuoteSpan(opened, i, number))
    return stack[0][0] if stack and stack[0][1] == "d" else None


def _role(mark: str, opens: bool, closes: bool, after: str, stack: list[tuple[int, str]]) -> str:
    inside_double = any(family == "d" for _, family in stack)
    if mark in DOUBLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close" if inside_double else "skip"
    if mark == STRAIGHT:
        if opens and not closes:
            return "open"
        if closes and not opens:
            return "close" if inside_double else "skip"
        return "close" if stack and stack[-1][1] == "d" else "open"
    top_single = bool(stack) and stack[-1][1] == "s"
    # Single marks double as apostrophes: only a clear opening or a clear closing counts.
    if mark in SINGLE_OPEN + APOSTROPHE and opens and after.isalnum() and not inside_double:
        return "open"
    if mark in SINGLE_CLOSE + APOSTROPHE and top_single and not opens and not after.isalnum():
        return "close"
    return "skip"


@dataclass(slots=True)
class Embed:
    """An embedded post: its text, then "— Name (@handle) Month D, YYYY"."""

    start: int  # the post text
    dash: int  # the dash that opens the signature
    end: int  # end of the signature
    name: str
    handle: str


def find_embeds(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[Embed]:
    embeds = []
    starts = [a for a, _ in spans]
    for match in lex.signature.finditer(text):
        at = bisect_right(starts, match.start()) - 1
        para_start = spans[at][0] if at >= 0 else 0
        lo = max(para_start, match.start() - 120)
        dash, width = -1, 0
        for candidate in lex.dashes:
            at = text.rfind(candidate, lo, match.start())
            if at > dash:
                dash, width = at, len(candidate)
        if dash < 0:
            continue
        name = text[dash + width : match.start()].strip()
        if not name or len(name) > 100:
            continue
        embeds.append(Embed(para_start, dash, match.end(), name, match.group(1)))
    return embeds


def post_text_span(text: str, embed: Embed, lex: Lexicon) -> tuple[int, int]:
    """The words of an embedded post, without the trailing picture link and @mentions."""
    start, end = embed.start, embed.dash
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        last_space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        last = text[last_space + 1 : end]
        url = lex.url.fullmatch(last)
        trailing_link = url is not None and url.group("domain").lower() == "pic.twitter.com"
        if last and (trailing_link or HANDLE.fullmatch(last)):
            end = max(start, last_space)
            continue
        break
    while start < end and text[start].isspace():
        start += 1
    return start, end


def find_datelines(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """ "BENI, Congo (Reuters) –", "YAOUNDE, Aug. 26 (Xinhua) --": a place and an agency that
    open a paragraph; the agency is the outlet's wire, not a source of the sentence."""
    found = []
    for start, _ in spans[:3]:
        match = lex.dateline.match(text, start)
        if match:
            found.append(match.span())
    return found


def _units(doc: Doc) -> Iterator[Span]:
    """Sentences, cut where the parser ran one over a paragraph break (a headline, a credit)."""
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            token = doc[i]
            if token.is_space and PARAGRAPH_BREAK.search(token.text):
                if i > start:
                    yield doc[start:i]
                start = i + 1
        if start < sent.end:
            yield doc[start : sent.end]


def find_credits(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = []
    for match in lex.credit_run.finditer(text):
        parts = {p.strip().lower() for p in match.group(0).split("/")}
        if parts & lex.credit_agencies:
            spans.append(match.span())
    spans += [m.span() for m in lex.credit_line.finditer(text)]
    return spans


# ---------------------------------------------------------------------------------------------
# Sources found in the parse


@dataclass(slots=True)
class Source:
    name: str
    person: bool
    plural: bool
    key: str  # head word, lower case: what an anaphor ("the ministry") is matched on
    offset: int


@dataclass(slots=True)
class Claim:
    """One act of saying: a reporting verb (or "according to"), who says, who relays it."""

    anchor: Token
    origin: list[Source]
    relays: list[str] = field(default_factory=list)
    subject_span: tuple[int, int] = (0, 0)  # characters of the subject phrase
    poster: list[Source] = field(default_factory=list)  # the subject, who put it out
    clause: Span | None = None  # what is said, for indirect quotes

    def chain(self) -> list[str]:
        return [s.name for s in self.origin] + self.relays

    def speaker(self) -> str:
        return " and ".join(s.name for s in self.origin)


class _Article:
    """The state of one document while its sources are found."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.text, self.lex = doc, doc.text, lex
        self.paragraphs = paragraphs(self.text) or [(0, len(self.text))]
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.embeds = find_embeds(self.text, self.paragraphs, lex)
        self.photo_credits = find_credits(self.text, lex)
        self.credits = self.photo_credits + find_datelines(self.text, self.paragraphs, lex)
        self.quote_spans = [
            q for q in scan_quotes(self.text, self.paragraphs) if not self._in_embed(q.open)
        ]
        self.in_quote = bytearray(len(doc))
        for q in self.quote_spans:
            for i in self._token_range(q.open, q.close + 1):
                self.in_quote[i] = 1
        self.sents = list(_units(doc))
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = number
        self.names = self._name_index()
        # people named as the subject of any verb: a "he" after another of them is ambiguous
        self.person_subjects = [
            (t.idx, t.lower_)
            for t in doc
            if t.dep_ in SUBJECTS and t.ent_type_ == "PERSON" and not self.in_quote[t.i]
        ]
        self.history: list[Source] = []
        self.claims: list[Claim] = []
        self.claims_in_paragraph: dict[int, list[Claim]] = {}
        self.history_by_key: dict[str, list[Source]] = {}
        self.claim_at: dict[int, Claim] = {}

    # -- offsets ---------------------------------------------------------------------------
    def _token_range(self, start: int, end: int) -> range:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return range(span.start, span.end) if span is not None else range(0)

    def _in_embed(self, offset: int) -> bool:
        return any(e.start <= offset < e.end for e in self.embeds)

    def _excluded(self, offset: int) -> bool:
        """Photo credits and datelines name no source of the story."""
        return any(a <= offset < b for a, b in self.credits)

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding ``offset`` (a break belongs to the paragraph before it)."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    # -- names -----------------------------------------------------------------------------
    def _name_index(self) -> dict[str, tuple[int, str]]:
        """Every proper name of the article by each of its words: where "Syrsky" finds
        "Colonel General Oleksandr Syrsky". Embedded posts sign with the name the account uses."""
        index: dict[str, list[tuple[int, str]]] = {}
        for token in self.doc:
            if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat"):
                first, last = self._proper_name(token)
                name = self.text[self.doc[first].idx : self.doc[last].idx + len(self.doc[last])]
                for i in range(first, last + 1):
                    word = self.doc[i]
                    acronym = word.text.isupper() and self.doc[i - 1].text == "("
                    if (word.pos_ == "PROPN" and i <= token.i) or acronym:
                        index.setdefault(word.lower_, []).append((0, name))
        for embed in self.embeds:
            for word in WORD.findall(embed.name):
                index.setdefault(word.lower(), []).append((1, embed.name.split(" (")[0]))
        # the longest form of each word, an embedded post's own signature first among equals
        return {
            word: max(forms, key=lambda form: (len(form[1]), form[0]))
            for word, forms in index.items()
        }

    def _proper_name(self, head: Token) -> tuple[int, int]:
        """Token range of the run of proper nouns ending at ``head``, with "of ..."/"for ..."
        names and a bracketed acronym after it ("Ministry of Internal Affairs", "(UKMTO)")."""
        doc = self.doc
        first = head.i
        while first > 0 and head.i - first < MAX_NAME_TOKENS:
            prev = doc[first - 1]
            joined = prev.text in "-–." and not prev.whitespace_
            # "Indigenous Tribal Leaders' Forum": a possessive inside a name
            possessive = prev.text in ("'", "’", "'s", "’s") and first > 1
            joined = joined or (possessive and doc[first - 2].pos_ == "PROPN")
            if (prev.pos_ == "PROPN" or joined) and not self.in_quote[prev.i]:
                first -= 1
            else:
                break
        while first < head.i and doc[first].pos_ != "PROPN":
            first += 1
        last = head.i
        for child in head.rights:
            if child.dep_ == "punct" and child.text in "()":
                continue
            if child.i != last + 1 and not (child.i == last + 2 and doc[last + 1].text == "("):
                break
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
                if not objects:
                    break
                last = objects[0].i
            elif child.dep_ in ("appos", "compound", "flat") and child.pos_ == "PROPN":
                if child.text.startswith("@"):
                    break
                close = child.i + 1
                if doc[child.i - 1].text == "(" and close < len(doc) and doc[close].text == ")":
                    last = close
                elif child.i == last + 1:
                    last = child.i
                else:
                    break
            else:
                break
        return first, last

    def fullest(self, head: Token, name: str) -> str:
        best = self.names.get(head.lower_)
        if best is None:
            return name
        if len(best[1]) > len(name) or (best[0] and best[1].lower() == name.lower()):
            return best[1]
        return name

    # -- noun phrases ----------------------------------------------------------------------
    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range of a source's noun phrase: its modifiers and "of" phrases, without
        relative clauses, appositions or quoted words."""
        if head.pos_ == "PROPN":
            return self._proper_name(head)
        first = head.i
        for child in sorted(head.lefts, key=lambda t: -t.i):
            if (child.dep_ in LEFT_OF_NAME and child.i == first - 1) or (
                child.dep_ in LEFT_OF_NAME and child.right_edge.i == first - 1
            ):
                first = child.left_edge.i
            elif child.dep_ == "punct" and child.i == first - 1:
                continue
            else:
                break
        last = head.i
        for child in head.rights:
            adjacent = child.i == last + 1
            of_phrase = child.dep_ == "prep" and child.lower_ in ("of", "for", "from")
            close_to = child.dep_ in ("amod", "advmod") and child.lower_ == "close"
            if adjacent and (of_phrase or close_to or child.dep_ in ("compound", "flat")):
                last = min(self._tight_right(child), head.i + MAX_NAME_TOKENS)
            else:
                break
        para_start = self.paragraphs[self.paragraph_of(head.idx)][0]
        while first < head.i and (
            self.in_quote[first]
            or self.doc[first].is_punct
            or self.doc[first].is_space
            or self.doc[first].idx < para_start
            or self._excluded(self.doc[first].idx)
        ):
            first += 1
        for i in range(head.i + 1, last + 1):
            if self.in_quote[i]:
                last = i - 1
                break
        return first, last

    def _tight_right(self, token: Token) -> int:
        """The last token of a phrase, leaving out its clauses and appositions."""
        last = token.i
        for child in token.rights:
            if child.dep_ in ("relcl", "appos", "acl", "advcl", "punct", "conj", "cc"):
                break
            last = max(last, self._tight_right(child))
        return last

    def phrase_text(self, first: int, last: int) -> str:
        doc = self.doc
        while first < last and (doc[first].lower_ in self.lex.drop_leading or doc[first].is_punct):
            first += 1
        while last > first and doc[last].is_punct and doc[last].text != ")":
            last -= 1
        return self.text[doc[first].idx : doc[last].idx + len(doc[last])]

    # -- resolution ------------------------------------------------------------------------
    def is_person(self, head: Token, first: int) -> bool:
        lex = self.lex
        if head.ent_type_ == "PERSON" or head.lemma_.lower() in lex.person_roles:
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in lex.person_roles for c in head.children):
            return True
        words = (self.doc[i].lower_.rstrip(".") for i in range(first, head.i + 1))
        return head.pos_ == "PROPN" and any(w in lex.person_titles for w in words)

    def is_plural(self, head: Token) -> bool:
        return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)

    def recall(self, offset: int, person: bool | None, plural: bool | None) -> Source | None:
        """The last speaker before ``offset`` that a pronoun can stand for."""
        for source in reversed(self.history):
            if source.offset >= offset:
                continue
            if person is not None and source.person != person:
                continue
            if plural is not None and source.plural != plural:
                continue
            return source
        return None

    def _another_person_since(self, speaker: Source, offset: int) -> bool:
        name = speaker.name.lower()
        return any(
            speaker.offset < at < offset and word not in name for at, word in self.person_subjects
        )

    def _named_person_before(self, offset: int) -> Source | None:
        """The last person the article named by name before ``offset``, if any."""
        for source in reversed(self.history):
            if source.offset < offset and source.person and not source.plural:
                return source if source.name[:1].isupper() else None
        return None

    def earlier(self, key: str, offset: int, plural: bool) -> Source | None:
        """The fullest earlier speaker with the same head word ("the ministry")."""
        same = [
            s for s in self.history_by_key.get(key, []) if s.offset < offset and s.plural == plural
        ]
        return max(same, key=lambda s: len(s.name)) if same else None

    def resolve(
        self, head: Token, depth: int = 0, heads: list[Token] | None = None
    ) -> list[Source]:
        """The sources a subject (or "according to" object) names, one per conjunct."""
        if heads is None:
            heads = [head] + [c for c in head.conjuncts if c.i > head.i and c.pos_ != "VERB"]
        found = []
        for h in heads:
            source = self._resolve_one(h, depth)
            if source is not None and not self._excluded(h.idx):
                found.append(source)
        return found

    def _resolve_one(self, head: Token, depth: int) -> Source | None:
        lex, lower, lemma = self.lex, head.lower_, head.lemma_.lower()
        if lower in lex.person_pronouns:
            found = self.recall(head.idx, True, False) or self.recall(head.idx, True, None)
            if found is not None and self._another_person_since(found, head.idx):
                return Source("", True, False, "", head.idx)  # said, but by whom is unclear
            return found
        if lower in lex.thing_pronouns:
            return self.recall(head.idx, False, False)
        if lower in lex.plural_pronouns:
            return self.recall(head.idx, None, True) or self.recall(head.idx, False, None)
        if lower in RELATIVE and head.head.dep_ == "relcl":
            return self._resolve_one(head.head.head, depth) if depth < 3 else None
        if head.pos_ == "PRON" or head.is_punct or self.in_quote[head.i]:
            return None
        if depth < 3 and lemma in lex.report_nouns | lex.sign_nouns:
            inner = self._maker(head)
            if inner is not None:
                found = self._resolve_one(inner, depth + 1)
                if found is not None and lemma in lex.sign_nouns:
                    found.name += f" ({lemma})"
                return found
            if any(c.lower_ == "the" for c in head.lefts):
                return self.recall(head.idx, False, None) or self._plain(head)
            if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.lefts):
                return self._plain(head)  # "media reports", "local reports", "U.N. figures"
            return None  # "Videos shared on social media showed ...": nobody is named
        if depth < 3:
            name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            role = lemma in lex.person_roles | lex.person_titles
            if name is not None and (role or head.pos_ != "PROPN"):
                # "the activist group Sudan Witness", "army spokesman, Colonel X": the name
                found = self._resolve_one(name, depth + 1)
                if found is not None:
                    found.person = found.person or role
                    return found
        if (
            lemma in lex.generic_org
            and [c.lower_ for c in head.lefts] == ["the"]
            and (org := self.recall(head.idx, False, False)) is not None
        ):
            return org
        return self._plain(head)

    def _maker(self, head: Token) -> Token | None:
        """Who made a report, post or sign: "a report from X", "a sign held by X"."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.lower() not in self.lex.report_nouns:
                    return objects[0]
            if child.dep_ == "acl":
                for grand in child.children:
                    if grand.dep_ == "agent":
                        objects = [c for c in grand.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        return None

    def _plain(self, head: Token) -> Source | None:
        common = head.pos_ != "PROPN" and head.ent_type_ not in ("PERSON", "ORG", "NORP")
        known = {head.lemma_.lower(), head.lower_} & self.lex.speaker_nouns
        if common and not known:
            return None  # "casualties noted ...": a misparse, not a source
        first, last = self.phrase(head)
        name = self.phrase_text(first, last)
        key = head.lower_ if head.pos_ == "PROPN" else head.lemma_.lower()
        person, plural = self.is_person(head, first), self.is_plural(head)
        if head.pos_ == "PROPN":
            name = self.fullest(head, name)
            # "said Kareem" after "governor Najmuddin Kareem told ...": the same person
            person = person or any(s.person and s.name == name for s in self.history)
        elif all(c.lower_ == "the" or c.dep_ == "punct" for c in head.lefts):
            # "the ministry", "police": the fullest earlier speaker with that head word
            before = self.earlier(key, self.doc[first].idx, plural)
            if before is None and person and not plural:
                # "the official" after "Rodolphe Sorgho, the lieutenant governor": that person
                before = self._named_person_before(self.doc[first].idx)
            if before is not None and len(before.name) > len(name):
                name, person = before.name, before.person
        return Source(name, person, plural, key, self.doc[first].idx)

    # -- claims ----------------------------------------------------------------------------
    def find_claims(self) -> None:
        for token in self.doc:
            if self.in_quote[token.i]:
                continue
            claim = None
            if token.lower_ == "according":
                claim = self._according(token)
            elif token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.lex.verbs:
                claim = self._verb_claim(token)
            if claim is None or not claim.origin:
                continue
            self.claims.append(claim)
            paragraph = self.paragraph_of(claim.anchor.idx)
            self.claims_in_paragraph.setdefault(paragraph, []).append(claim)
            self.claim_at[claim.anchor.i] = claim
            for source in (s for s in claim.origin if s.name):
                self.history.append(source)
                self.history_by_key.setdefault(source.key, []).append(source)

    def _according(self, token: Token) -> Claim | None:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
        if not objects:
            return None
        target = objects[0]
        relays = []
        quoted_by = self._quoted_by(target)
        if quoted_by is not None:
            relays = [s.name for s in self.resolve(quoted_by)]
        return Claim(token, self.resolve(target), relays, (target.idx, target.idx))

    def _quoted_by(self, head: Token) -> Token | None:
        """ "sources quoted by Russia's Sputnik news agency": the agency relays the sources."""
        for child in head.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.lex.quoting:
                for grand in child.children:
                    if grand.dep_ == "agent":
                        return next((c for c in grand.children if c.dep_ == "pobj"), None)
        return None

    def _subject(self, verb: Token) -> Token | None:
        """Who does the saying: the subject, the agent of a passive, or the subject of the
        reporting verb this one hangs from ("quoted ... as saying", "confirmed ... but said")."""
        lex, current = self.lex, verb
        for step in range(4):
            lemma = current.lemma_.lower()
            # "identified X and said ...", "gathered ..., chanting ...": one subject for both
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            shared = (verb.dep_ == "conj" or participle) and step == 1
            if step and not shared and current.pos_ in ("VERB", "AUX") and lemma not in lex.verbs:
                break  # what the reporting verb hangs from is not who speaks
            quoting = lemma in lex.quoting
            agent = self._agent(current)
            if agent is not None and not quoting:
                return agent
            children = list(current.children)
            subjects = [c for c in children if c.dep_ == "nsubj"]
            if quoting:
                subjects += [c for c in children if c.dep_ == "nsubjpass"]
            elif any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
                if step:
                    break  # "two soldiers were killed ..., Colonel X announced": a misparse
                return None  # "the crew were reported safe": the crew is what is reported on
            quoted = all(self.in_quote[c.i] for c in subjects)  # none, or a misparse
            if current is verb and quoted and (inverted := self._inverted_subject(verb)):
                return inverted
            if subjects:
                return self._best_subject(subjects, current)
            if current is verb and verb.dep_ == "acl" and verb.tag_ == "VBD":
                return verb.head  # "The White Army, a ... group, announced": a misparse
            clausal = next((c for c in children if c.dep_ == "csubj"), None)
            if clausal is not None:
                # a misparse of a title ("WHO chief Tedros ... said"): the name inside it
                names = [t for t in clausal.subtree if t.pos_ == "PROPN" and not self.in_quote[t.i]]
                return names[-1] if names else None
            climbs = current.dep_ in ("conj", "xcomp", "pcomp", "advcl", "prep", "pobj")
            if not climbs or current.head is current:
                break
            if self.paragraph_of(current.head.idx) != self.paragraph_of(verb.idx):
                break  # a headline run into the first paragraph by the parser
            current = current.head
        return self._name_before(verb)

    def _inverted_subject(self, verb: Token) -> Token | None:
        """'"Down with the junta!" chanted protesters': after a quote the speaker may follow
        its verb, and the parser takes it for the object."""
        before = self.doc[verb.i - 1] if verb.i else None
        if before is None or (not self.in_quote[before.i] and before.text not in CLOSING_QUOTES):
            return None
        for child in verb.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ in ("NOUN", "PROPN"):
                gap = self.doc[verb.i + 1 : child.left_edge.i]
                return child if len(gap) == 0 else None
        return None

    def _best_subject(self, subjects: list[Token], verb: Token) -> Token:
        """The parser may give two subjects (a photo credit glued to the next paragraph)."""
        paragraph = self.paragraph_of(verb.idx)
        fitting = [
            c
            for c in subjects
            if self.paragraph_of(c.idx) == paragraph and not self._excluded(c.idx)
        ]
        if fitting:
            return fitting[-1]
        return self._name_before(verb) or subjects[-1]

    def _subject_in_paragraph(self, subject: Token, verb: Token) -> Token | None:
        """A subject the parser found across a paragraph break or in a photo credit
        ("... Anadolu Agency/Getty\n\nOn Tuesday, Nexta shared ..."): the highest noun of its
        phrase that stands in the verb's paragraph."""
        paragraph = self.paragraph_of(verb.idx)
        if self.paragraph_of(subject.idx) == paragraph and not self._excluded(subject.idx):
            return subject
        best, best_depth = None, 1 << 30
        for token in subject.subtree:
            if token.pos_ not in ("PROPN", "NOUN") or self.in_quote[token.i]:
                continue
            if self.paragraph_of(token.idx) != paragraph or self._excluded(token.idx):
                continue
            depth = sum(1 for _ in token.ancestors)
            if depth < best_depth:
                best, best_depth = token, depth
        return best

    def _name_before(self, verb: Token) -> Token | None:
        """A misparsed '"...," protester Kaung Pyae Sone Tun, 23, said': the name just before."""
        sent_start = self.sents[self.sent_of[verb.i]].start
        for i in range(verb.i - 1, max(sent_start, verb.i - 12) - 1, -1):
            token = self.doc[i]
            if self.in_quote[i] or token.pos_ in ("VERB", "AUX", "PRON", "ADP"):
                return None
            if token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in ("DATE", "TIME"):
                return token
        return None

    def _agent(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _verb_claim(self, verb: Token) -> Claim | None:
        lex, lemma = self.lex, verb.lemma_.lower()
        children = list(verb.children)
        says_something = any(c.dep_ in CLAUSES or self.in_quote[c.i] for c in children) or not any(
            c.dep_ == "dobj" for c in children
        )
        if lemma in lex.clause_only and not says_something:
            return None
        finite_acl = verb.dep_ == "acl" and verb.tag_ == "VBD"
        has_subject = any(c.dep_ in SUBJECTS for c in children)
        if verb.dep_ in ("amod", "acl") and not finite_acl and not has_subject:
            return None
        if verb.dep_ == "relcl" and not says_something_else(children, self.in_quote):
            return None  # "Nexta, which has reported extensively on the war": a description
        subject = self._subject(verb)
        if subject is not None:
            subject = self._subject_in_paragraph(subject, verb)
        if lemma in lex.bearing and (subject is None or subject.pos_ == "PRON"):
            # '"...," read a placard': the parser takes the inverted sign for an object
            signs = [c for c in children if c.lemma_.lower() in lex.sign_nouns]
            subject = signs[0] if signs else subject
        if subject is None or self.in_quote[subject.i]:
            return None
        if lemma not in lex.speech | lex.publish and subject.lemma_.lower() not in lex.sign_nouns:
            return None  # "read" reports words only when a sign or placard reads them
        heads = self._subject_heads(subject, verb)
        if not heads:
            return None
        origin = self.resolve(heads[0], heads=heads)
        poster = list(origin)
        relays: list[str] = []
        # "she recalled a Taliban fighter telling her": the fighter is the speaker
        for obj in (c for c in children if c.dep_ == "dobj"):
            if any(g.dep_ == "acl" and g.lemma_.lower() in lex.speech for g in obj.children):
                relays = [s.name for s in origin]
                origin = self.resolve(obj)
        relays += self._relays(verb, lemma, children)
        source_of = self._published_from(verb, lemma, children)
        if source_of:
            relays = [s.name for s in origin] + relays
            origin = source_of
        cited = self._cited(children)
        if cited:
            relays = [s.name for s in origin] + relays
            origin = cited
        left, right = subject.left_edge, subject.right_edge
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        clause_span = self.doc[clause.left_edge.i : clause.right_edge.i + 1] if clause else None
        span = (left.idx, right.idx + len(right))
        return Claim(verb, origin, relays, span, poster=poster, clause=clause_span)

    def _subject_heads(self, subject: Token, verb: Token) -> list[Token]:
        """The subject and its conjuncts. In an inverted '..., police and medics said' the parser
        may take a noun of the reported clause for the subject: what follows the clause counts."""
        group = sorted(
            {subject, *(c for c in subject.conjuncts if c.pos_ != "VERB")}, key=lambda t: t.i
        )
        clause_ends = [c.right_edge.i for c in verb.children if c.dep_ in CLAUSES and c.i < verb.i]
        if not clause_ends or subject.i > max(clause_ends) or subject.i > verb.i:
            return _nearest_run(group, verb)
        after = [t for t in group if max(clause_ends) < t.i < verb.i]
        if after:
            return after
        before = self._name_before(verb)
        if before is None:
            return []
        group = sorted(
            {before, *(c for c in before.conjuncts if c.pos_ != "VERB")}, key=lambda t: t.i
        )
        return _nearest_run(group, verb)

    def _relays(self, verb: Token, lemma: str, children: list[Token]) -> list[str]:
        lex, listeners = self.lex, []
        if lemma == "tell":
            listeners += [c for c in children if c.dep_ in ("dative", "dobj", "iobj")]
        if lemma in lex.relay_to:
            for prep in (c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
                listeners += [c for c in prep.children if c.dep_ == "pobj"]
        if lemma in lex.quoting and verb.tag_ == "VBN":
            for prep in (c for c in children if c.lower_ in ("on", "in", "by")):
                listeners += [c for c in prep.children if c.dep_ == "pobj"]
        names = []
        for listener in listeners:
            proper = listener.pos_ == "PROPN" or listener.ent_type_ in ("ORG", "NORP")
            if proper and listener.lower_ not in lex.not_relays:
                names += [s.name for s in self.resolve(listener)]
        return names

    def _published_from(self, verb: Token, lemma: str, children: list[Token]) -> list[Source]:
        if lemma not in self.lex.publish:
            return []
        places = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
        for prep in (c for c in places if c.dep_ == "prep" and c.lower_ == "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return self.resolve(objects[0])
        return []

    def _cited(self, children: list[Token]) -> list[Source]:
        for child in children:
            if child.dep_ == "advcl" and child.lower_ == "citing":
                objects = [c for c in child.children if c.dep_ == "dobj"]
                if objects:
                    return self.resolve(objects[0])
        return []

    # -- quotes ----------------------------------------------------------------------------
    def quotes(self) -> list[tuple[Quote, int]]:
        """Direct quotes with a speaker, and the paragraph of each."""
        found: list[tuple[Quote, int]] = []
        carried: str | None = None  # speaker of a quote that runs on into this paragraph
        # A paragraph that is only a quote goes on with the voice that closed the paragraph
        # before it ('"...," a student told AFP.' then '"We want justice."').
        last_quoted: tuple[int, str] | None = None
        # who spoke last in each paragraph: '"...," he said. "..."' goes on with the same voice
        last_in_paragraph: dict[int, str] = {}
        for span in self.quote_spans:
            start, end = self._content(span)
            claim = self._governing_claim(span) or self._nearby_claim(span)
            speaker = claim.speaker() if claim is not None else None
            sayer = " and ".join(s.name for s in claim.poster) if claim and claim.poster else None
            if speaker is None and carried is not None and span.open == self._para_start(span):
                speaker = carried
            if speaker is None:
                speaker = last_in_paragraph.get(span.paragraph) or self._last_claim_before(span)
            if speaker is None and self._quote_paragraph_after(span, last_quoted):
                speaker = last_quoted[1] if last_quoted else None
            carried = speaker if span.runs_on else None
            if speaker is None:
                continue
            last_in_paragraph[span.paragraph] = sayer or speaker
            last_quoted = (span.paragraph, sayer or speaker)
            if len(WORD.findall(self.text[start:end])) >= 2:
                quote = Quote(speaker, self.text[start:end], start, end)
                quote.speaker = quote.speaker or None
                found.append((quote, span.paragraph))
        return found

    def _quote_paragraph_after(self, span: QuoteSpan, last: tuple[int, str] | None) -> bool:
        """Whether the quote opens a paragraph with no claim of its own, right after a
        paragraph whose quote had a speaker."""
        if last is None or last[0] != span.paragraph - 1:
            return False
        return span.open == self._para_start(span) and not self.claims_in_paragraph.get(
            span.paragraph
        )

    def _para_start(self, span: QuoteSpan) -> int:
        start, end = self.paragraphs[span.paragraph]
        while start < end and self.text[start].isspace():
            start += 1
        return start

    def _content(self, span: QuoteSpan) -> tuple[int, int]:
        start, end = span.open + 1, span.close
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        return start, end

    def _usable(self, claim: Claim, span: QuoteSpan) -> bool:
        """A quote that is itself the subject ("'White Army' claims ...") has no speaker."""
        left, right = claim.subject_span
        para_start, para_end = self.paragraphs[span.paragraph]
        in_paragraph = para_start <= claim.anchor.idx < para_end
        return in_paragraph and not (left <= span.open < right) and bool(claim.origin)

    def _governing_claim(self, span: QuoteSpan) -> Claim | None:
        """The reporting verb the quote hangs from in the parse, nearest first."""
        best: Claim | None = None
        for i in self._token_range(span.open, span.close + 1):
            head = self.doc[i].head
            if self.in_quote[head.i]:
                continue  # only where the quote's words attach outside it
            claim = self._claim_above(head, span)
            if claim is not None and (
                best is None or _distance(claim, span) < _distance(best, span)
            ):
                best = claim
        return best

    def _claim_above(self, token: Token, span: QuoteSpan) -> Claim | None:
        for _ in range(10):
            if self.in_quote[token.i]:
                return None
            claim = self.claim_at.get(token.i)
            if claim is not None and self._usable(claim, span):
                return claim
            if token.head is token:
                return None
            token = token.head
        return None

    def _nearby_claim(self, span: QuoteSpan) -> Claim | None:
        tokens = self._token_range(span.open, span.close + 1)
        if not tokens:
            return None
        first_sent, last_sent = self.sent_of[tokens[0]], self.sent_of[tokens[-1]]
        if last_sent + 1 < len(self.sents):
            following = self.sents[last_sent + 1]
            if following.start_char - span.close <= 3:
                last_sent += 1
        candidates = [
            c
            for c in self.claims_in_paragraph.get(span.paragraph, [])
            if first_sent <= self.sent_of[c.anchor.i] <= last_sent and self._usable(c, span)
        ]
        return min(candidates, key=lambda c: _distance(c, span)) if candidates else None

    def _last_claim_before(self, span: QuoteSpan) -> str | None:
        in_paragraph = self.claims_in_paragraph.get(span.paragraph, [])
        before = [c for c in in_paragraph if c.anchor.idx < span.open]
        if not before:
            return None
        return " and ".join(s.name for s in before[-1].poster or before[-1].origin)

    def embed_quotes(self) -> list[Quote]:
        found = []
        for embed in self.embeds:
            start, end = post_text_span(self.text, embed, self.lex)
            if WORD.search(self.text, start, end):
                speaker = f"{embed.name} ({embed.handle})"
                found.append(Quote(speaker, self.text[start:end], start, end))
        return found

    def indirect_quotes(self) -> list[Quote]:
        """ "X said (that) ...": the clause, attributed to X, when it holds no quotation."""
        found = []
        for claim in self.claims:
            clause = claim.clause
            if clause is None or not claim.speaker() or len(clause) > MAX_CLAUSE_TOKENS:
                continue  # a "clause" longer than that is the parser running sentences together
            clause_range = range(clause.start, clause.end)
            if claim.anchor.lemma_.lower() not in self.lex.speech:
                continue
            if any(self.in_quote[i] for i in clause_range) or any(
                mark in QUOTE_MARKS for mark in self.text[claim.anchor.idx : clause.end_char]
            ):
                continue  # quoted words are direct quotes; a stray mark makes nothing certain
            para_start, para_end = self.paragraphs[self.paragraph_of(claim.anchor.idx)]
            start = clause.start + (1 if clause[0].dep_ == "mark" else 0)
            end = clause.end
            doc = self.doc
            while start < end and (
                doc[start].idx < para_start
                or doc[start].is_space
                or doc[start].is_punct
                or self._excluded(doc[start].idx)
            ):
                start += 1  # not the dateline, not the headline before a paragraph break
            while end > start and doc[end - 1].idx >= para_end:
                end -= 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
            if end - start < 3 or doc[start].lower_ in RELATIVE:
                continue  # "who he said had a hideout": a relative clause, not a statement
            first, last = self.doc[start], self.doc[end - 1]
            text = self.text[first.idx : last.idx + len(last)]
            found.append(Quote(claim.speaker(), text, first.idx, last.idx + len(last)))
        return found

    # -- attributions ----------------------------------------------------------------------
    def attributions(self, quotes: list[Quote]) -> list[Attribution]:
        per_sentence: list[list[str]] = [[] for _ in self.sents]
        for claim in self.claims:
            if claim.anchor.lemma_.lower() not in self.lex.quote_only:
                _extend(per_sentence[self.sent_of[claim.anchor.i]], claim.chain())
        for quote in quotes:
            for number in self._sentences_inside(quote.start, quote.end):
                if quote.speaker:
                    _extend(per_sentence[number], [quote.speaker.split(" (@")[0]])
        for embed in self.embeds:
            for number in self._sentences_inside(embed.start, embed.end):
                _extend(per_sentence[number], [embed.name])
        return [
            Attribution(sent.start_char, sent.end_char, sources)
            for sent, sources in zip(self.sents, per_sentence, strict=True)
        ]

    def _sentences_inside(self, start: int, end: int) -> Iterator[int]:
        """Sentences lying mostly inside ``[start, end)``."""
        tokens = self._token_range(start, end)
        if not tokens:
            return
        for number in range(self.sent_of[tokens[0]], self.sent_of[tokens[-1]] + 1):
            sent = self.sents[number]
            inside = min(end, sent.end_char) - max(start, sent.start_char)
            if inside * 2 >= sent.end_char - sent.start_char:
                yield number

    # -- media -----------------------------------------------------------------------------
    def media(self) -> list[MediaRef]:
        urls = self._url_media()
        posted = self._embed_media() + [ref for _, ref in urls] + self._handle_media()
        urls_in_sentence: dict[int, list[MediaRef]] = {}
        for url_at, url in urls:
            urls_in_sentence.setdefault(self._sentence_at(url_at), []).append(url)
        for at, ref in self._platform_mentions():
            # "shared a video on its YouTube channel, youtube.com/@X": one post, now with a poster
            same_sentence = [
                url
                for url in urls_in_sentence.get(self._sentence_at(at), [])
                if url.platform == ref.platform and url.posted_by is None
            ]
            if same_sentence:
                same_sentence[0].posted_by = ref.posted_by
            elif not any(_same_post(ref, other) for other in posted):
                posted.append(ref)
        return posted

    def _sentence_at(self, offset: int) -> int:
        tokens = self._token_range(offset, offset + 1)
        return self.sent_of[tokens[0]] if tokens else -1

    def _embed_media(self) -> list[MediaRef]:
        refs = []
        for embed in self.embeds:
            urls = list(self.lex.url.finditer(self.text, embed.start, embed.dash))
            for match in urls:
                url = match.group(0).rstrip(".,;:!?")
                platform = self.lex.domain_platform[match.group("domain").lower()]
                refs.append(MediaRef(url, platform, embed.handle, embed.name.split(" (")[0]))
            if not urls:
                refs.append(MediaRef(None, "twitter", embed.handle, embed.name.split(" (")[0]))
        return refs

    def _url_media(self) -> list[tuple[int, MediaRef]]:
        refs = []
        for match in self.lex.url.finditer(self.text):
            if self._in_embed(match.start()):
                continue
            before = self.text[match.start() - 1] if match.start() else " "
            if not match.group("scheme") and (before.isalnum() or before in "./@"):
                continue  # "fox.com/..." is not x.com
            url = match.group(0).rstrip(".,;:!?")
            domain = match.group("domain").lower()
            platform = self.lex.platforms[self.lex.domain_platform[domain]]
            ref = MediaRef(url, platform.name, _account(url, domain, platform), None)
            refs.append((match.start(), ref))
        return refs

    def _handle_media(self) -> list[MediaRef]:
        refs = []
        for match in HANDLE.finditer(self.text):
            if self._in_embed(match.start()) or self._inside_url(match.start()):
                continue
            named = NAME_BEFORE_HANDLE.search(self.text, max(0, match.start() - 80), match.start())
            posted_by = named.group(1) if named else None
            refs.append(MediaRef(None, None, "@" + match.group(1), posted_by))
        return refs

    def _inside_url(self, offset: int) -> bool:
        line_start = self.text.rfind(" ", max(0, offset - 300), offset) + 1
        return "/" in self.text[line_start:offset]

    def _platform_mentions(self) -> list[tuple[int, MediaRef]]:
        found: list[tuple[int, MediaRef]] = []
        for platform, pattern in self.lex.mentions:
            for match in pattern.finditer(self.text):
                if self._in_embed(match.start()) or self._inside_url(match.start()):
                    continue
                found += [(match.start(), ref) for ref in self._posted(platform, match.start())]
        found.sort(key=lambda item: item[0])
        refs: list[tuple[int, MediaRef]] = []
        for at, ref in found:
            if not any(_same_post(ref, other) for _, other in refs):
                refs.append((at, ref))
        return refs

    def _posted(self, platform: str | None, offset: int) -> list[MediaRef]:
        """Who put out the post a platform mention refers to."""
        tokens = self._token_range(offset, offset + 1)
        if not tokens:
            return [MediaRef(None, platform, None, None)]
        token = self.doc[tokens[0]]
        group = self._group_subject(token)
        if group is not None:
            named = self._named_posters(group)
            if named:
                return [MediaRef(None, platform, name, name) for name in named]
            first, last = self.phrase(group)
            return [MediaRef(None, platform, None, self.phrase_text(first, last))]
        current = token
        for _ in range(10):
            agent = self._by_agent(current)
            if agent is not None:
                sources = self.resolve(agent)
                return [MediaRef(None, platform, None, sources[0].name if sources else None)]
            claim = self.claim_at.get(current.i)
            if claim is not None and claim.origin:
                poster = (claim.poster or claim.origin)[0]
                return [MediaRef(None, platform, None, poster.name or None)]
            if current.head is current:
                break
            current = current.head
        # "IS claimed responsibility on Telegram": no claim, but the doer of the act posted it
        doer = self._doer_above(token)
        sources = self.resolve(doer) if doer is not None else []
        return [MediaRef(None, platform, None, sources[0].name if sources else None)]

    def _doer_above(self, token: Token) -> Token | None:
        """The subject of the first verb above a token, outside quotes."""
        for verb in token.ancestors:
            if verb.pos_ in ("VERB", "AUX"):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or self.in_quote[subject.i] or subject.pos_ == "PRON":
                    return None
                return subject
        return None

    def _by_agent(self, token: Token) -> Token | None:
        """ "posts by Mayor X", "a video posted by the group": who made the post."""
        if token.pos_ == "VERB" and token.lemma_.lower() in self.lex.publish:
            return self._agent(token)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None

    def _group_subject(self, token: Token) -> Token | None:
        """The subject phrase a platform word sits in: "Several Telegram channels reported"."""
        current = token
        for _ in range(4):
            if current.dep_ in SUBJECTS:
                if current.head.i in self.claim_at or current.lemma_.lower() in (
                    self.lex.post_groups
                ):
                    return current
                return None
            if current.dep_ not in ("compound", "amod", "nmod", "poss"):
                return None
            current = current.head
        return None

    def _named_posters(self, group: Token) -> list[str]:
        """A plural group of posters ("Several Telegram channels") named one by one in the next
        sentence of its paragraph ("Baza reported, while Mash claimed ...")."""
        if group.lemma_.lower() not in self.lex.post_groups or not self.is_plural(group):
            return []
        number = self.sent_of[group.i] + 1
        if number >= len(self.sents):
            return []
        sent = self.sents[number]
        if self.paragraph_of(sent.start_char) != self.paragraph_of(group.idx):
            return []
        names = []
        for claim in self.claims_in_paragraph.get(self.paragraph_of(sent.start_char), []):
            subject = self.doc.char_span(*claim.subject_span, alignment_mode="expand")
            in_sentence = sent.start <= claim.anchor.i < sent.end
            if in_sentence and subject is not None and subject.root.pos_ == "PROPN":
                names += [s.name for s in claim.origin]
        return names


CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})


def says_something_else(children: list[Token], in_quote: bytearray) -> bool:
    """A clause, an object or a quotation: what a reporting verb in a relative clause must have."""
    return any(c.dep_ in (*CLAUSES, "dobj") or in_quote[c.i] for c in children)


def _nearest_run(group: list[Token], verb: Token) -> list[Token]:
    """Conjuncts far apart are a misparse ("forces killed four ..., police and medics said"):
    keep the run of them nearest the verb."""
    runs = [[group[0]]]
    for token in group[1:]:
        if token.i - runs[-1][-1].i > 8:
            runs.append([])
        runs[-1].append(token)
    before = [run for run in runs if run[-1].i < verb.i]
    run = before[-1] if before else runs[0]
    places = ("GPE", "LOC", "FAC")
    if run[-1].ent_type_ not in places:
        # "firing was reported in parts of Imphal and locals said": places do not speak along
        run = [t for t in run if t.ent_type_ not in places] or run
    doc = verb.doc
    coordinated = any(doc[i].lower_ in ("and", "or", "&") for i in range(run[0].i, run[-1].i))
    # "army spokesman, Colonel Didier Badjeck announced": commas alone make an apposition
    return run if coordinated or len(run) == 1 else [run[-1] if run[-1].i < verb.i else run[0]]


def _distance(claim: Claim, span: QuoteSpan) -> int:
    at = claim.anchor.idx
    return span.open - at if at < span.open else max(0, at - span.close)


def _extend(sources: list[str], more: Iterable[str]) -> None:
    for name in more:
        if name and name not in sources:
            sources.append(name)


def _account(url: str, domain: str, platform: Platform) -> str | None:
    if domain in platform.no_account_domains:
        return None
    path = url.split(domain, 1)[-1].split("?")[0].strip("/")
    first = path.split("/")[0] if path else ""
    if not first or first.lower() in platform.not_accounts:
        return None
    if first.startswith("@"):
        return first
    return platform.account_prefix + first


def _loose(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _same_post(ref: MediaRef, other: MediaRef) -> bool:
    """A platform named in the text that is already known by URL, handle or an earlier mention."""
    family = {"twitter", "x"}
    same_platform = ref.platform == other.platform or {ref.platform, other.platform} <= family
    if not same_platform:
        return False
    if ref.account and other.account:
        return ref.account.lower().lstrip("@") == other.account.lower().lstrip("@")
    return _loose(ref.posted_by, other.posted_by)


def is_direct(text: str, quote: Quote) -> bool:
    """Whether a quote stands inside quotation marks (or is the text of an embedded post),
    as opposed to an indirect "X said that ..." clause."""
    if quote.speaker and "(@" in quote.speaker:
        name = re.escape(quote.speaker.split(" (@")[0])
        if re.search(rf"[—–-]+\s*{name}", text[quote.end : quote.end + 240]):
            return True  # the text of an embedded post, signed just after it
    before = text[: quote.start].rstrip()
    return bool(before) and before[-1] in QUOTE_MARKS


class SourceFinder:
    """Quotes with speakers, per-sentence attributions and social-media references."""

    @classmethod
    def prepare(cls) -> None:
        lexicon()

    def __call__(self, doc: Doc, analysis: Analysis) -> Sourcing:
        article = _Article(doc, lexicon())
        article.find_claims()
        direct = [q for q, _ in article.quotes()] + article.embed_quotes()
        indirect = article.indirect_quotes()
        quotes = sorted(direct + indirect, key=lambda q: (q.start, q.end))
        attributions = article.attributions(direct)
        credits = [TextSpan(doc.text[a:b], a, b) for a, b in article.photo_credits]
        return Sourcing(quotes, article.media(), attributions, credits)
