"""The layout stage: the one place that finds the parts of an article that are not its story.

The headline, the datelines, the photo captions and credits, the section headings of a round-up
and the paragraphs are found here, on the parsed text, and kept as the ``Layout`` layer that the
later stages read: a dateline's place is the reporter's, not the incident's, a credit's agency
is no source of the story, a trigger in a caption or a heading reports no incident. Two
readings of a dateline are kept apart because the stages have always used them apart (see
``Layout``); unifying them would change what the stages find, which is a matter for an
accuracy change, not for this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sitrep.analyze.tokens import doc_text
from sitrep.model import Analysis, Layout

if TYPE_CHECKING:
    from sitrep.analyze.events.drafts import AssemblyLexicon
    from sitrep.analyze.sources.lexicon import Lexicon as SourceLexicon

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")

_PLACE_WORDS = r"[A-Z][\w'’.\-/]*(?: [A-Z][\w'’.\-/]*){0,3}"
# the day after the place: "June 20" as in American copy or "20 June" as in European copy,
# perhaps with its year ("15 Feb 2023", "March 3, 2024"), or in numbers ("14/05/2024")
_DATELINE_TAIL = (
    r"(?:, ?[A-Z][\w.\- ]{1,30}?)?"
    r"(?:,? (?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}))?"
)
# the place's country in brackets, as French copy writes it: "Maiduguri (Nigeria)"
_PLACE_GLOSS = r"(?: \([A-Z][\w'’.\- ]{1,30}\))?"
# a date that a dash or a bar may set off from the place: "Lagos, Nigeria - March 14, 2024"
_DATE = (
    r"(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
_DATELINES = (
    # "BAGHDAD (Reuters) -", "Lahore, March 14 (IANS)", "DEIR AL BALAH, Gaza Strip (AP & AFP)",
    # "Goma, 7 April (EFE) —", "Khartoum/Nairobi, June 20 (AFP) —",
    # "Maiduguri (Nigeria), March 14, 2024 (AFP) -", "Srinagar, May 14, (KNO):",
    # "Bogota, May 14 (EFE).-"
    re.compile(
        rf"{_PLACE_WORDS}{_PLACE_GLOSS}{_DATELINE_TAIL},? ?\([^)\n]{{1,40}}\) ?"
        r"(?:--|—|–|-|:|\.-)?(?=\s)"
    ),
    # "Lagos, Nigeria - March 14, 2024:", "Peshawar, May 14:", "Goma (RDC), May 14 -",
    # "Juba, South Sudan | May 14, 2024 -", "Mogadishu — May 14, 2024" on its own line: a place
    # and a date without an agency
    re.compile(
        rf"{_PLACE_WORDS}{_PLACE_GLOSS}(?:, ?[A-Z][\w.\- ]{{1,30}}?)?(?:,| ?(?:--|—|–|-|\|)) ?"
        rf"{_WEEKDAY}{_DATE}(?: ?(?:--|—|–|-|:)(?=\s)|(?=[ \t]*\n))"
    ),
    # "Kabul, Afghanistan —", "Nairobi, Kenya -": a town and its country then a dash, as AP
    # datelines read where the outlet does not print them in capitals
    re.compile(rf"{_PLACE_WORDS}, [A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){{0,2}} (?:--|—|–|-)(?=\s)"),
    # "KYIV, Ukraine:", "SAN PEDRO CITY —", "CDMX.-": capitals then a dash or colon
    re.compile(rf"[A-Z]{{3,}}[A-Z'’.\- ]*{_DATELINE_TAIL} ?(?:--|—|–|-|:|\.-)(?=\s)"),
    # "Guwahati:": one word and a colon
    re.compile(r"[A-Z][a-z]+:(?=\s)"),
)


# A line of the page's furniture, not of the story: a byline, a short line with a year and
# no sentence in it ("Published On 14 May 2024", "May 14, 2024 10:32 AM GMT+3"), or a
# summary's heading and its points ("Summary", "Two killed in drone attack").
_META_LINE = re.compile(
    r"(?:(?:By|Written by|Updated|Published|Posted|Last updated)\b[^\n]{0,80}"
    r"|[^\n.!?]{0,40}\b(?:19|20)\d{2}\b[^\n!?]{0,30}"
    r"|(?:Summary|Key points|Highlights)|[-•*]? ?[A-Z][^\n.!?:]{0,60})"
)
_META_LINES_MAX = 6  # how many such lines may stand before a dateline

# A kicker: a line of one to three words in capitals that labels the story, not tells it.
_KICKER = re.compile(r"[A-Z][A-Z'’&\-]*(?: [A-Z][A-Z'’&\-]*){0,2}:?")


@dataclass(frozen=True, slots=True)
class LayoutConfig:
    dateline_zone: int  # how far into the text a dateline in capitals may start
    dateline_paragraphs: int  # how many first lines may open with a dateline
    wire_dateline_paragraphs: int  # how many first paragraphs may open with an agency dateline
    dateline_head_chars: int  # how much of a line a dateline pattern reads
    headline_max_chars: int  # a longer first line is a paragraph, not a headline


class LayoutFinder:
    """The layout stage: ``LayoutFinder(...)(doc, analysis)`` returns the article's ``Layout``."""

    def __init__(
        self, config: LayoutConfig, sources: SourceLexicon, assembly: AssemblyLexicon
    ) -> None:
        self.config = config
        self.sources = sources
        self.caption = assembly.caption
        self.teaser = assembly.teaser
        self.teaser_heading = assembly.teaser_heading

    def __call__(self, doc: Doc, analysis: Analysis) -> Layout:
        layout = self.find(doc_text(doc))  # the parse's text: the offsets every stage reads
        # a section's heading tells no incident, as a caption or a teaser does not
        layout.captions = sorted(layout.captions + _section_headings(doc, layout.headline_end))
        return layout

    def find(self, text: str) -> Layout:
        spans = paragraphs(text) or [(0, len(text))]
        return Layout(
            headline_end=self._headline_end(text),
            paragraphs=spans,
            datelines=self._datelines(text),
            wire_datelines=self._wire_datelines(text, spans),
            dateline_zone=self.config.dateline_zone,
            captions=self._captions(text),
            credits=self._credits(text),
        )

    def _headline_end(self, text: str) -> int:
        """A short first line without a closing full stop; 0 without one. A kicker above it
        ("BREAKING", "UKRAINE WAR") is part of the headline, which is the line below."""
        end = self._headline_line_end(text, 0)
        if end and _KICKER.fullmatch(text[:end].strip()):
            start = end
            while start < len(text) and text[start].isspace():
                start += 1
            return self._headline_line_end(text, start) or end
        return end

    def _headline_line_end(self, text: str, start: int) -> int:
        """The end of a headline-like line that starts at ``start``; 0 when it is none."""
        newline = text.find("\n", start)
        line = text[start:newline] if newline > start else ""
        too_long = len(line) > self.config.headline_max_chars
        if not line.strip() or too_long or line.rstrip()[-1] in '.!?"”':
            return 0
        return newline

    def _datelines(self, text: str) -> list[tuple[int, int]]:
        """Datelines ("BENI, Congo (Reuters) –", "Guwahati:") at the head of one of the first
        lines: their places are the reporter's, not the incident's."""
        ranges = []
        start, counted = 0, 0
        for _ in range(self.config.dateline_paragraphs + _META_LINES_MAX):
            while start < len(text) and text[start].isspace():
                start += 1
            head = text[start : start + self.config.dateline_head_chars]
            for pattern in _DATELINES:
                if match := pattern.match(head):
                    ranges.append((start, start + match.end()))
                    break
            newline = text.find("\n", start)
            if newline < 0:
                break
            # a byline or a dated line ("By John Smith", "May 14, 2024 10:32 AM GMT") stands
            # between the headline and the dateline without taking a dateline's line
            if not _META_LINE.fullmatch(text[start:newline].strip()):
                counted += 1
                if counted >= self.config.dateline_paragraphs:
                    break
            start = newline + 1
        return ranges

    def _wire_datelines(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "BENI, Congo (Reuters) –", "YAOUNDE, Aug. 26 (Xinhua) --": a place and an agency
        that open a paragraph; the agency is the outlet's wire, not a source of the sentence."""
        found = []
        for start, _ in spans[: self.config.wire_dateline_paragraphs]:
            match = self.sources.dateline.match(text, start)
            if match:
                found.append(match.span())
        return found

    def _captions(self, text: str) -> list[tuple[int, int]]:
        """Lines that carry a photo credit ("Name Surname/Agency/Getty", a caption marker).
        A credit after the line's first sentences captions only the sentence it follows:
        a brief that ends "... officials said. Iraqis walk past the site. Pic/AFP" or goes on
        after "(Photo courtesy of ...)" reports in its other sentences. A teaser of another
        story ("Also read: ...", or the lines under "Related stories") is read as one too."""
        ranges = []
        start = 0
        teasers = False  # under a line that heads a list of teasers ("Related stories")
        for line in re.split(r"(\n+)", text):
            end = start + len(line)
            if not line.strip():
                teasers = teasers and "\n" in line and line.count("\n") < 2
            elif teasers or self.teaser.match(line):
                ranges.append((start, end))  # another story's headline: no incident here
            elif self.teaser_heading.match(line):
                teasers = True
            elif found := self.caption.search(line):
                first, last = _caption_bounds(line, found)
                ranges.append((start + first, start + last))
            start = end
        return ranges

    def _credits(self, text: str) -> list[tuple[int, int]]:
        """Photo credits themselves: a slash-joined run naming an agency, or "Photo: ..."."""
        lex = self.sources
        spans = []
        for match in lex.credit_run.finditer(text):
            parts = {p.strip().lower() for p in match.group(0).split("/")}
            if parts & lex.credit_agencies:
                spans.append(match.span())
        spans += [m.span() for m in lex.credit_line.finditer(text)]
        return spans


# Where a sentence ends inside a line: a full stop (a closing quote or bracket may follow)
# before a space.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]?\s+")
# A sentence of fewer words is a credit's name ("Jane Doe"), not what the photo shows.
_CAPTION_MIN_WORDS = 4


def _caption_bounds(line: str, credit: re.Match[str]) -> tuple[int, int]:
    """The part of a line a credit captions: the whole line when the credit opens it
    ("FILE - ...", "Image caption, ..."); else from the last full sentence before the credit
    to the credit's end (its closing bracket, or its sentence's end)."""
    if not line[: credit.start()].strip():
        return 0, len(line)
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, credit.start())]
    starts = [0, *ends]
    first = 0
    for begin in reversed(starts):
        if len(line[begin : credit.start()].split()) >= _CAPTION_MIN_WORDS:
            first = begin
            break
    if credit.group(0).startswith("("):
        closing = line.find(")", credit.end())
        last = closing + 1 if closing >= 0 else len(line)
    else:
        after = _SENTENCE_END.search(line, credit.end())
        last = after.start() + 1 if after else len(line)
    return first, last


_HEADING_MAX_WORDS = 4
_NOT_IN_A_HEADING = re.compile(r"[.!?:;,\d]")


def _section_headings(doc: Doc, after: int) -> list[tuple[int, int]]:
    """Lines below the headline that head a section of a round-up ("Fighting", "Politics and
    diplomacy"): a few words, capitalised, with no punctuation, number or finite verb, and
    more text below them."""
    text = doc_text(doc)
    found, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if start >= after and end < len(text.rstrip()) and _reads_as_heading(doc, line, start):
            found.append((start, end))
        start = end + 1
    return found


def _reads_as_heading(doc: Doc, line: str, start: int) -> bool:
    words = line.split()
    if not 0 < len(words) <= _HEADING_MAX_WORDS or not words[0][:1].isupper():
        return False
    if _NOT_IN_A_HEADING.search(line):
        return False
    span = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
    if span is None:
        return False
    # a gerund names a topic ("Fighting"); a finite verb tells something ("Troops withdraw")
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in span)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs split at blank lines, without the empty ones."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]
