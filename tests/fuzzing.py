"""What the fuzz tests share: how many examples (few in `make test`, many in `make fuzz`),
hostile text to draw from, and a count of the cases run, printed at the end of the session.

`make fuzz` sets SITREP_FUZZ=1: each property then runs its long number of examples with a
random seed; without it (`make test`) each runs a few derandomized examples, in seconds.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = os.environ.get("SITREP_FUZZ") == "1"
#: cases run per property in this session (printed by conftest's terminal summary)
CASES: Counter[str] = Counter()
#: an example slower than this is a hang
HANG_SECONDS = 30.0
#: inputs that once failed, one file each (tests/fuzz_regressions/README.md)
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"


def examples(short: int, long: int) -> settings:
    """Hypothesis settings: ``short`` examples in `make test`, ``long`` in `make fuzz`."""
    return settings(
        max_examples=long if FUZZ else short,
        deadline=None,  # a hang is HANG_SECONDS (see ``case``), not hypothesis' 200 ms
        derandomize=not FUZZ,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
    )


@contextmanager
def case(name: str, hang: float = HANG_SECONDS) -> Iterator[None]:
    """One fuzz case: counted, and failed if it takes longer than ``hang`` seconds."""
    CASES[name] += 1
    started = time.perf_counter()
    yield
    took = time.perf_counter() - started
    assert took < hang, f"{name}: one case took {took:.1f} s (a hang)"


# --- hostile text -------------------------------------------------------------------------

CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f", "\x85", "\u2028", "\u2029"]
BIDI = list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
ODD = ["\ufeff", "\u200b", "\u200d", "\ufffd", "\u0301", "\u00ad", "\uffff", "\U0010ffff"]
EMOJI = ["😀", "👍🏽", "🇺🇦", "👨‍👩‍👧", "🔥", "🕊️"]
MARKS = list("\"'“”‘’«»‹›„‚()[]{}<>—–-…/\\|@#$%&*+=:;.,!?`~^_")
WORDS = [
    "Kyiv",
    "Kharkiv",
    "Donetsk",
    "Gaza",
    "Khartoum",
    "Nairobi",
    "Russian",
    "forces",
    "police",
    "killed",
    "shelled",
    "protesters",
    "said",
    "told",
    "according to",
    "on Tuesday",
    "April 10, 2023",
    "last week",
    "12",
    "three",
    "AFP",
    "Reuters",
    "@handle",
    "https://x.com/a/status/1",
    "pic.twitter.com/abc",
    "Photo: AP",
    "KYIV —",
    "Mr.",
    "Jr.",
    "Київ",
    "Харків",
    "غزة",
    "الخرطوم",
    "基辅",
    "キーウ",
    "कीव",
    "Ελλάδα",
    "עזה",
]
PIECES = CONTROL + BIDI + ODD + EMOJI + MARKS + WORDS + [" ", "\n", "\n\n", "\t", "\r\n"]

#: any character but a lone surrogate (which no UTF-8 input can hold)
any_char = st.characters(exclude_categories=("Cs",))


def hostile_text(max_pieces: int = 200) -> st.SearchStrategy[str]:
    """Prose-like runs of words, marks, control, bidi, emoji and mixed scripts, sometimes
    repeated hundreds of times, or any Unicode at all."""
    piece = st.one_of(st.sampled_from(PIECES), st.text(any_char, min_size=1, max_size=8))
    run = st.tuples(piece, st.integers(1, 3) | st.integers(1, 400)).map(lambda p: p[0] * p[1])
    return st.one_of(
        st.lists(run, min_size=1, max_size=max_pieces).map("".join),
        st.text(any_char, min_size=1, max_size=2000),
    )


# --- mutations: many cheap cases from each drawn input ------------------------------------

#: inputs run per drawn example: the example itself, then mutants of its bytes
MUTANTS = 12 if FUZZ else 2
_HOSTILE_BYTES = [p.encode("utf-8") for p in PIECES] + [b"\xff", b"\xc3", b"\x00", b"\r"]


def mutants(data: bytes, seed: int, count: int = MUTANTS) -> Iterator[bytes]:
    """``data``, then ``count - 1`` mutants of it (cut, dropped, repeated or swapped slices,
    hostile pieces put in, bytes flipped), from a seed hypothesis draws and shrinks."""
    rng = random.Random(seed)
    yield data
    for _ in range(count - 1):
        yield _mutate(data, rng)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    size = len(data)
    a, b = sorted((rng.randint(0, size), rng.randint(0, size)))
    kind = rng.randrange(6)
    if kind == 0:
        return data[: rng.randint(0, size)]
    if kind == 1:
        return data[:a] + data[b:]
    if kind == 2:
        return data[:b] + data[a:b] * rng.randint(1, 50) + data[b:]
    if kind == 3:
        piece = rng.choice(_HOSTILE_BYTES) * rng.choice([1, 2, 10, 100, 1000])
        return data[:a] + piece + data[a:]
    if kind == 4 and size:
        at = rng.randrange(size)
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    return data[b:] + data[a:b] + data[:a]
