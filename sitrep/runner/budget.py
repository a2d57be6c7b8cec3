"""What one article may cost: its length (longer ones are split) and its analysis time.

The time budget is a backstop: every text-scanning step of the analysis is linear, so only a
pathological input runs long. ``Deadline`` raises ``ArticleTimeout`` in the thread that runs
the analysis, from a watchdog timer, at the next Python instruction after the budget is spent
(a long call inside a C extension finishes first); it works in any thread (the CLI's, a server's
writer, a Dask worker's), unlike SIGALRM. ``ArticleTimeout`` is a BaseException, so that no
``except Exception`` inside the analysis can swallow it.
"""

from __future__ import annotations

import ctypes
import threading
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

#: the longest text spaCy's pipeline takes (its ``nlp.max_length``): parts are never longer
SPACY_MAX_CHARS = 1_000_000
_DATA = Path(__file__).resolve().parent.parent / "data" / "article_limits.toml"


@dataclass(frozen=True, slots=True)
class ArticleLimits:
    """``max_chars`` before an article is split into parts; ``seconds`` of analysis (0: none)."""

    max_chars: int = 100_000
    seconds: float = 120.0

    @classmethod
    def load(cls, max_chars: int | None = None, seconds: float | None = None) -> ArticleLimits:
        """The defaults of data/article_limits.toml, with the values given (not None) instead."""
        with _DATA.open("rb") as handle:
            limits = cls(**tomllib.load(handle)["article"])
        if max_chars is not None:
            limits = replace(limits, max_chars=max_chars)
        if seconds is not None:
            limits = replace(limits, seconds=seconds)
        if not 1000 <= limits.max_chars <= SPACY_MAX_CHARS or limits.seconds < 0:
            raise ValueError(
                f"max_chars must be from 1000 to {SPACY_MAX_CHARS} and seconds at least 0"
            )
        return limits


class ArticleTimeout(BaseException):
    """An article's analysis ran over its time budget."""


class Deadline:
    """``with Deadline(seconds):`` raises ArticleTimeout in this thread once time is up.

    0 or None means no limit. The watchdog injects only while the block runs, and again every
    half second until the block is left (an injection that lands in a weakref callback or a
    ``__del__`` is printed and dropped by Python); leaving the block disarms it and clears an
    injection not yet delivered. A block that completes after its time is up still raises.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.fired = False
        self._lock = threading.Lock()
        self._left = threading.Event()
        self._armed = False
        self._watchdog: threading.Thread | None = None

    def __enter__(self) -> Deadline:
        if self.seconds:
            self._thread = threading.get_ident()
            self._armed = True
            self._watchdog = threading.Thread(target=self._watch, daemon=True)
            self._watchdog.start()
        return self

    def _watch(self) -> None:
        wait = float(self.seconds or 0)
        while not self._left.wait(wait):
            with self._lock:
                if not self._armed:
                    return
                self.fired = True
                _raise_in(self._thread, ArticleTimeout)
            wait = 0.5

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._watchdog is None:
            return
        self._left.set()
        with self._lock:
            self._armed = False
            fired = self.fired
        if fired:
            _raise_in(self._thread, None)  # an injection not delivered yet goes nowhere
            if kind is None or not issubclass(kind, ArticleTimeout):
                raise ArticleTimeout  # swallowed on the way, or the block ended late: still late


def _raise_in(thread: int, kind: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(kind) if kind is not None else None
    )
