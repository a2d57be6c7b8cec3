"""Blocks: a date window crossed with a grid cell (or, for region-level reports, a region).

Two reports can be one incident only when their dates lie within ``max_gap_days`` and their
places within the widest distance of the rules, so every such pair lies in one block or in two
neighbouring ones. Comparing only those keeps the cost near n log n for news, where reports
crowd into few places on any one day, instead of n² over the whole store.

A block key is ``(window, 0, row, column)`` for a grid cell and ``(window, 1, country,
region)`` for a region. A report whose date range spans several windows sits in each; one
with no place or a range too vague to join anything sits in none and stays an incident of its
own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sitrep.cluster.rules import Rules
from sitrep.cluster.similarity import Report

Block = tuple[int, int, object, object]


def _row(lat: float, rules: Rules) -> int:
    return math.floor((lat + 90.0) / rules.cell_degrees)


def _columns(rules: Rules) -> int:
    return math.ceil(360.0 / rules.cell_degrees)


def _column(lon: float, rules: Rules) -> int:
    return math.floor((lon + 180.0) / rules.cell_degrees) % _columns(rules)


def _span(row_a: int, row_b: int, rules: Rules) -> int:
    """How many columns either side two rows' cells must look: a degree of longitude shrinks
    towards the poles, so near them a cell is narrower than the widest distance."""
    edge = max(abs(r * rules.cell_degrees - 90.0) for r in (row_a, row_a + 1, row_b, row_b + 1))
    width_km = 111.0 * rules.cell_degrees * math.cos(math.radians(min(edge, 89.9)))
    return min(_columns(rules), math.ceil(rules.widest_km() / width_km))


def blockable(report: Report, rules: Rules) -> bool:
    return report.lat is not None and report.end - report.start <= rules.max_span_days


def place_keys(report: Report, rules: Rules) -> tuple[str | None, str | None]:
    """The grid cell and the region (None where it sits in none) of a report's blocks, as
    strings a store can keep and look up by equality."""
    if report.lat is None:
        return None, None
    cell = f"{_row(report.lat, rules)},{_column(report.lon, rules)}"  # type: ignore[arg-type]
    if report.precision >= 3 or rules.region_with_finer:
        region = report.admin1 if report.admin1 is not None else f"#{report.geonameid}"
        return cell, f"{report.country or ''}|{region}"
    return cell, None


def blocks_of(report: Report, rules: Rules) -> list[Block]:
    """The blocks a report sits in; none when it can join nothing.

    Every located report sits in the cell of its point (where a report of the same gazetteer
    place, at any precision, sits too); a region-level one also in its region's block, where
    the other region-level reports of that region are, whatever their points.
    """
    if not blockable(report, rules):
        return []
    windows = range(report.start // rules.window_days, report.end // rules.window_days + 1)
    row, column = _row(report.lat, rules), _column(report.lon, rules)  # type: ignore[arg-type]
    blocks: list[Block] = [(w, 0, row, column) for w in windows]
    if report.precision >= 3 or rules.region_with_finer:
        region = report.admin1 if report.admin1 is not None else f"#{report.geonameid}"
        blocks += [(w, 1, report.country or "", region) for w in windows]
    return blocks


def neighbours(
    block: Block, rules: Rules, spans: dict[tuple[int, int], int] | None = None
) -> set[Block]:
    """The block itself and every block a report of it could have a partner in (``spans``
    keeps the column spans of pairs of rows from one call to the next)."""
    spans = {} if spans is None else spans
    window, kind, a, b = block
    windows = (window - 1, window, window + 1)
    if kind == 1:
        return {(w, kind, a, b) for w in windows}
    columns = _columns(rules)
    cells = []
    for row in (a - 1, a, a + 1):  # type: ignore[operator]
        span = spans.get((a, row))  # type: ignore[arg-type]
        if span is None:
            span = spans[(a, row)] = _span(a, row, rules)  # type: ignore[arg-type]
        cells += [(row, (b + d) % columns) for d in range(-span, span + 1)]  # type: ignore[operator]
    return {(w, 0, row, column) for w in windows for row, column in cells}


class BlockIndex:
    """Reports by block, for finding the candidates of a report or of a whole set."""

    def __init__(self, rules: Rules, reports: Iterable[Report] = ()) -> None:
        self.rules = rules
        self.blocks: defaultdict[Block, list[Report]] = defaultdict(list)
        self._spans: dict[tuple[int, int], int] = {}  # _span of two rows, computed once
        self._reach: set[Block] | None = None
        for report in reports:
            self.add(report)

    def add(self, report: Report) -> None:
        self._reach = None
        for block in blocks_of(report, self.rules):
            self.blocks[block].append(report)

    def neighbours(self, block: Block) -> set[Block]:
        return neighbours(block, self.rules, self._spans)

    def reach(self) -> set[Block]:
        """Every block an indexed report could have a partner in."""
        if self._reach is None:
            self._reach = {n for block in self.blocks for n in self.neighbours(block)}
        return self._reach

    def touches(self, report: Report) -> bool:
        """Whether ``report`` sits in a block that neighbours an indexed report's."""
        reach = self.reach()
        return any(block in reach for block in blocks_of(report, self.rules))

    def wanted(self) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
        """The cells and regions (as ``place_keys`` names them) an indexed report could have a
        partner in, each with the first and last day of the windows concerned: what to fetch
        from a store, a little more than needed, never less."""
        cells: dict[str, tuple[int, int]] = {}
        regions: dict[str, tuple[int, int]] = {}
        days = self.rules.window_days
        for window, kind, a, b in self.reach():
            found = cells if kind == 0 else regions
            key = f"{a},{b}" if kind == 0 else f"{a}|{b}"
            first, last = found.get(key, (window * days, window * days + days - 1))
            found[key] = (min(first, window * days), max(last, window * days + days - 1))
        return cells, regions

    def near(self, report: Report) -> Iterator[Report]:
        """Every indexed report that shares or neighbours a block of ``report`` (once each)."""
        seen: set[str] = {report.event_id}
        for block in {n for b in blocks_of(report, self.rules) for n in self.neighbours(b)}:
            for other in self.blocks.get(block, ()):
                if other.event_id not in seen:
                    seen.add(other.event_id)
                    yield other

    def pairs(self) -> Iterator[tuple[Report, Report]]:
        """Every pair of indexed reports in one block or two neighbouring ones.

        Each block is paired with itself and with its neighbours that sort after it, so a
        pair of blocks is visited once; a report in several windows may still meet the same
        partner twice, which linking takes in its stride.
        """
        for block, members in self.blocks.items():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    yield a, b
            for other in self.neighbours(block):
                if other > block and other in self.blocks:  # type: ignore[operator]
                    for a in members:
                        for b in self.blocks[other]:
                            yield a, b
