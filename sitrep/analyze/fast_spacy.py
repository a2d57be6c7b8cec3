"""Faster drop-ins for two spaCy components whose Python loops cost a quarter of the model's time.

The English model's ``attribute_ruler`` runs a ``Matcher`` of some 180 one- and two-token
patterns over every token (for 16% of the pipeline's time) and its ``lemmatizer`` looks up each
token in Python (10%). Both give the same answers here, computed over arrays:

- ``FastAttributeRuler`` finds the very matches the ``Matcher`` finds, one numpy test per
  pattern over the Doc's TAG/LOWER/DEP/IS_SPACE columns, then sets them with spaCy's own
  ``set_annotations`` (same order, same values). A pattern outside what it can test (an
  operator, another attribute) keeps the ``Matcher`` for that pattern alone.
- ``FastLemmatizer`` keeps one lemma per (orth, pos, morph) — the rule lemmatizer's answer is a
  function of exactly these (its own cache is keyed by them) — and writes a Doc's lemmas in
  one ``from_array``; only a key it has not met yet goes through spaCy's rules, whose word
  lists it gives a set's membership test (they are lists of up to 57,000 words).

``speed_up(nlp)`` swaps them in under the same names with the same settings and tables; a
pipeline without these components, or with a lemmatizer in another mode, is left as it is.

It also moves the models' matrix products from BLIS to numpy's OpenBLAS when that runs on one
thread (``sitrep.ONE_BLAS_THREAD``, see ``sitrep/__init__.py``): the small products of the
tok2vec, parser and recogniser run about a fifth faster that way on this kind of CPU, to the
same numbers (the benchmark texts give identical entities, heads, labels and tags). And the
entity recogniser decodes over arrays, a batch at a time (``fast_ner.py``), to spaCy's entities.
``tests/test_fast_spacy.py`` checks every token attribute against the stock pipeline.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from thinc.api import NumpyOps

from sitrep import ONE_BLAS_THREAD
from sitrep.analyze.fast_ner import speed_up_ner

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# What the ruler may set through ``Doc.from_array`` (as spaCy's ``set_token_attrs`` sets them).
_SETTABLE = frozenset({TAG, POS, MORPH, LEMMA, DEP})
# Distinct token rows whose one-token outcome the ruler keeps (about 200 bytes each).
_MAX_OUTCOMES = 200_000
_OUTCOMES_LOCK = threading.Lock()

# One test over a (tokens, columns) array: a boolean per token.
Test = Callable[[np.ndarray], np.ndarray]


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with the Matcher replaced by array tests (same matches, same
    values set in the same order: a later rule still wins on a token two rules match)."""

    _compiled: tuple[list[_Rule], Matcher] | None = None

    def __call__(self, doc: Doc) -> Doc:
        rules, rest = self._rules()
        if len(rest) or not len(doc) or not rules:
            self.set_annotations(doc, self.match(doc))
            return doc
        columns = doc.to_array(_ARRAY_ATTRS)
        names = self._names
        values = doc.to_array(names)
        # what the one-token rules set, and which rule set it (-1: none), per token and name
        setter, ruled = self._one_token_outcomes(columns, rules)
        values = np.where(setter >= 0, ruled, values)
        position = {name: i for i, name in enumerate(names)}
        for rule in rules:  # in rule order; a later rule wins, whatever its width
            if rule.width > 1:
                for i in rule.targets(columns).tolist():
                    for name, value in rule.attrs.items():
                        if rule.attr_id > setter[i, position[name]]:
                            values[i, position[name]] = value
                            setter[i, position[name]] = rule.attr_id
        doc.from_array(names, values)
        return doc

    def _one_token_outcomes(
        self, columns: np.ndarray, rules: list[_Rule]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per token and attribute, which one-token rule set it last (-1: none) and the value
        it set. It depends only on the token's four columns, so it is kept per distinct row in
        ``_table`` (values, setters), worked out over arrays for the rows a Doc brings new. One
        thread at a time: two that add rows at once would each append to the same old table,
        and the rows the first added would be lost while their numbers stayed known (an
        IndexError on every later Doc that holds them)."""
        rows = [tuple(row) for row in columns.tolist()]
        with _OUTCOMES_LOCK:
            outcome = self._outcome_rows(rows, rules)
            values, setters = self._table
            return setters[outcome], values[outcome]

    def _outcome_rows(self, rows: list[tuple[int, ...]], rules: list[_Rule]) -> np.ndarray:
        if len(self._outcome_of) > _MAX_OUTCOMES:
            self._reset_outcomes()
        known = self._outcome_of
        new = list(dict.fromkeys(row for row in rows if row not in known))
        if new:
            table = np.array(new, dtype=np.uint64)
            values = np.zeros((len(new), len(self._names)), dtype=np.uint64)
            setters = np.full(values.shape, -1, dtype=np.int64)
            for rule in rules:  # in rule order: a later rule overwrites an earlier one
                if rule.width == 1:
                    hit = rule.starts(table)
                    for name, value in rule.attrs.items():
                        values[hit, self._names.index(name)] = value
                        setters[hit, self._names.index(name)] = rule.attr_id
            # The table grows first, in one assignment, and the rows' numbers are known after,
            # in one call: an exception raised into this thread between any two steps (an
            # article's deadline, ``runner/budget.py``) leaves no number known beyond the
            # table, at worst rows in the table that no number points to.
            old_values, old_setters = self._table
            base = len(old_values)
            self._table = (
                np.concatenate([old_values, values]),
                np.concatenate([old_setters, setters]),
            )
            known.update(zip(new, range(base, base + len(new)), strict=True))
        return np.fromiter((known[row] for row in rows), dtype=np.intp, count=len(rows))

    def _reset_outcomes(self) -> None:
        self._outcome_of: dict[tuple[int, ...], int] = {}
        self._table = (
            np.zeros((0, len(self._names)), dtype=np.uint64),
            np.zeros((0, len(self._names)), dtype=np.int64),
        )

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rules, rest = self._rules()
        found: set[tuple[int, int, int, int]] = set()
        if len(doc):
            columns = doc.to_array(_ARRAY_ATTRS)
            for rule in rules:
                for start in rule.starts(columns).tolist():
                    found.add((rule.attr_id, rule.match_id, start, start + rule.width))
        if len(rest):
            for match_id, start, end in rest(doc, allow_missing=True, as_spans=False):
                found.add((int(self.vocab.strings[match_id]), match_id, start, end))
        return sorted(found)

    def _rules(self) -> tuple[list[_Rule], Matcher]:
        """The compiled rules, compiled once even when threads first call at once (each
        compiling would reset the outcomes the others are reading)."""
        compiled = self._compiled
        if compiled is None:
            with _OUTCOMES_LOCK:
                compiled = self._compiled or self._compile()
        return compiled

    def _compile(self) -> tuple[list[_Rule], Matcher]:
        rules = []
        rest = Matcher(self.vocab, validate=self.validate)
        for attr_id, (attrs, index) in enumerate(zip(self.attrs, self.indices, strict=True)):
            match_id = self.vocab.strings[str(attr_id)]
            for pattern in self.matcher.get(match_id)[1]:
                tests = [_token_test(self.vocab.strings, spec) for spec in pattern]
                settable = set(attrs) <= _SETTABLE and -len(pattern) <= index < len(pattern)
                if settable and all(test is not None for test in tests):
                    rules.append(_Rule(attr_id, match_id, tests, attrs, index))
                else:  # spaCy's own matching and setting (and its errors) for this one
                    rest.add(match_id, [pattern])
        self._names = sorted({name for rule in rules for name in rule.attrs})
        self._reset_outcomes()
        self._compiled = (rules, rest)  # last: a thread that sees it finds the rest ready
        return self._compiled

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._compiled = None
        super().add(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (a worker's copy) as its patterns: the compiled tests are rebuilt on use."""
        return (_rebuilt_ruler, (self.vocab, self.name, self.validate, self.patterns))

    def clear(self) -> None:
        self._compiled = None
        super().clear()


def _rebuilt_ruler(vocab: Any, name: str, validate: bool, patterns: list) -> FastAttributeRuler:
    ruler = FastAttributeRuler(vocab, name, validate=validate)
    ruler.add_patterns(patterns)
    return ruler


class _Rule:
    """One pattern of the ruler: the attributes it sets on the token at ``index``."""

    def __init__(
        self, attr_id: int, match_id: int, tests: list[Test], attrs: dict, index: int
    ) -> None:
        self.attr_id, self.match_id, self.tests = attr_id, match_id, tests
        self.attrs, self.width = attrs, len(tests)
        self.offset = index if index >= 0 else self.width + index

    def starts(self, columns: np.ndarray) -> np.ndarray:
        """The tokens where the pattern starts a match."""
        n = len(columns) - self.width + 1
        if n <= 0:
            return np.empty(0, dtype=np.intp)
        hits = self.tests[0](columns[:n])
        for offset, test in enumerate(self.tests[1:], start=1):
            hits &= test(columns[offset : n + offset])
        return np.flatnonzero(hits)

    def targets(self, columns: np.ndarray) -> np.ndarray:
        """The tokens whose attributes the pattern sets."""
        return self.starts(columns) + self.offset


def _token_test(strings: Any, spec: dict[str, Any]) -> Test | None:
    """One token's conditions as a test over its row of columns; None if any is not testable."""
    tests = []
    for attr, value in spec.items():
        column = _COLUMNS.get(attr)
        test = None if column is None else _value_test(strings, column, value)
        if test is None:
            return None
        tests.append(test)

    def all_of(rows: np.ndarray) -> np.ndarray:
        result = tests[0](rows)
        for test in tests[1:]:
            result = result & test(rows)
        return result

    return all_of


def _value_test(strings: Any, column: int, value: Any) -> Test | None:
    if isinstance(value, bool):  # IS_SPACE: True / False
        wanted = int(value)
        return lambda rows: rows[:, column] == wanted
    if isinstance(value, str):
        key = np.uint64(strings.add(value))
        return lambda rows: rows[:, column] == key
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, argument),) = value.items()
    if op in ("IN", "NOT_IN"):
        keys = np.array([strings.add(v) for v in argument], dtype=np.uint64)
        negate = op == "NOT_IN"
        return lambda rows: np.isin(rows[:, column], keys, invert=negate)
    if op == "REGEX":
        return _regex_test(strings, column, re.compile(argument))
    return None


def _regex_test(strings: Any, column: int, pattern: re.Pattern[str]) -> Test:
    known: dict[int, bool] = {}  # string key -> does the pattern search succeed

    def test(rows: np.ndarray) -> np.ndarray:
        keys = rows[:, column].tolist()
        for key in keys:
            if key not in known:
                known[key] = bool(pattern.search(strings[key]))
        return np.fromiter((known[key] for key in keys), dtype=bool, count=len(keys))

    return test


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, remembering each (orth, pos, morph)'s lemma."""

    _lemmas: dict[tuple[int, int, int], int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self._lemmas is None:
            self._lemmas = {}
            _index_as_sets(self.lookups.get_table("lemma_index", {}))
        lemmas = self._lemmas
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        result = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                result.append(lemma)
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = lemmas[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            result.append(found)
        if result:
            doc.from_array([LEMMA], np.array(result, dtype=np.uint64))
        return doc


class _Index(list):
    """A part of speech's word list, as spaCy keeps it (a list), with a set's ``in``: the
    rules test each candidate form against lists of up to 57,000 words."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_as_sets(table: Any) -> None:
    for pos, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _Index):
            table[pos] = _Index(words)


@Language.factory("sitrep_attribute_ruler", default_config={"validate": False})
def _make_attribute_ruler(nlp: Language, name: str, validate: bool) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate)


@Language.factory(
    "sitrep_lemmatizer",
    default_config={"model": None, "mode": "rule", "overwrite": False},
)
def _make_lemmatizer(
    nlp: Language, model: Any, name: str, mode: str, overwrite: bool
) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)


def speed_up(nlp: Language) -> Language:
    """Swap the English model's attribute ruler and rule lemmatizer for the drop-ins above."""
    names = dict(nlp.pipeline)
    ruler = names.get("attribute_ruler")
    if type(ruler) is AttributeRuler:
        fast = nlp.replace_pipe("attribute_ruler", "sitrep_attribute_ruler")
        fast.from_bytes(ruler.to_bytes())
    lemmatizer = names.get("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        fast = nlp.replace_pipe(
            "lemmatizer", "sitrep_lemmatizer", config={"overwrite": lemmatizer.overwrite}
        )
        fast.lookups = lemmatizer.lookups
    _numpy_products(nlp)
    return speed_up_ner(nlp)


def _numpy_products(nlp: Language) -> None:
    """Give every model of the pipeline numpy's matrix product instead of BLIS's."""
    if not ONE_BLAS_THREAD:  # OpenBLAS on several threads would cost more than it saves
        return
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
