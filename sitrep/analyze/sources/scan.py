"""Plain-text scanners, no parse needed: quotation marks and embedded posts, over the
paragraphs of the layout layer (which also finds the datelines and photo credits).

One pass over the quotation marks of each paragraph finds the quotes (linear in the text, so
unclosed or thousands of marks cost nothing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from sitrep.analyze.sources.lexicon import Lexicon

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
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
WORD = re.compile(r"\w+")
HANDLE = re.compile(r"(?<![\w@./])@(\w{1,30})")


@dataclass(slots=True)
class QuoteSpan:
    """A top-level quotation: marks at ``open`` and ``close`` (``close`` is the paragraph end
    when the quote runs on into the next paragraph)."""

    open: int
    close: int
    paragraph: int
    runs_on: bool = False


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
    later: _SingleCloses | None = None
    for i in range(start, end):
        mark = text[i]
        if mark not in QUOTE_MARKS:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opens = before.isspace() or before in OPENS_AFTER
        closes = after.isspace() or after in CLOSES_BEFORE
        role = _role(mark, opens, closes, after, stack)
        if role == "close" and stack and stack[-1][1] == "s" and _plural_possessive(text, i, end):
            later = later or _SingleCloses(text, start, end)
            if later.clear_close_after(i):
                continue  # "'The soldiers' families were told nothing,' she said"
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


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """A single mark after a plural and before a lower-case word may be an apostrophe
    ("the soldiers' families") rather than the end of a quote."""
    return text[i - 1] in "sS" and i + 2 < end and text[i + 1] == " " and text[i + 2].islower()


class _SingleCloses:
    """Where a paragraph has a clear closing single mark (after ",.!?", before a space or
    punctuation) and where a new single quote may open: found once, looked up by bisection."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.closes: list[int] = []
        self.opens: list[int] = []
        for i in range(start + 1, end):
            if text[i] not in SINGLE_CLOSE + APOSTROPHE + SINGLE_OPEN:
                continue
            after = text[i + 1] if i + 1 < end else " "
            if text[i - 1] in ",.!?…" and (after.isspace() or after in CLOSES_BEFORE):
                self.closes.append(i)
            elif text[i - 1].isspace() and after.isalnum():
                self.opens.append(i)

    def clear_close_after(self, i: int) -> bool:
        """Whether a clear closing mark follows ``i`` with no new opening before it."""
        at = bisect_right(self.closes, i)
        if at == len(self.closes):
            return False
        opened = bisect_right(self.opens, i)
        return opened == len(self.opens) or self.opens[opened] > self.closes[at]


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
