"""The entity recogniser's greedy decoding over arrays: spaCy's model, spaCy's answers, faster.

spaCy's recogniser scores each token's next move (B-, I-, L-, U- a label, or O) from three
token vectors it computed up front, then checks every one of its 74 moves for validity, state by
state, in a C loop that takes about half of the English model's time here. ``FastNER`` runs the
same steps for a whole batch of Docs at once, over numpy arrays:

1. the model's own layers give the token vectors and the precomputed hidden features, exactly
   as ``Parser.greedy_parse`` gets them (``model.predict``);
2. at each step, every unfinished Doc's state (the next token, the open entity) picks its three
   feature rows, which are summed, biased and max-pooled as spaCy's ``predict_states`` does,
   then scored with the same BLIS product, so the scores are the same floats;
3. the moves spaCy would allow (its ``is_valid`` rules for Docs without preset entities: no
   entity across a sentence start, none starting on whitespace, B and I not on the last token,
   I and L only inside an entity of their label) are a mask; the best allowed move is taken,
   the first of equals as in spaCy's ``arg_max_if_valid``;
4. the entities are set as ``BiluoPushDown.set_annotations`` sets them.

A batch it cannot take as it is (entities already set, another model shape) goes to spaCy's
own recogniser. ``tests/test_fast_spacy.py`` compares the entities with spaCy's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from blis.py import gemm
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

# move kinds, by the letter of spaCy's move names ("B-ORG", "U-GPE", "O")
_KINDS = {"B": 0, "I": 1, "L": 2, "U": 3, "O": 4}
_NEVER = 5  # a move this decoder never takes ("M", missing; "U-" without a label)
_FEATURES, _PIECES = 3, 2


class FastNER:
    """Wraps a loaded ``EntityRecognizer``: same name, labels and model, faster ``pipe``."""

    def __init__(self, inner: EntityRecognizer | None = None) -> None:
        if inner is not None:
            self.bind(inner)

    def bind(self, inner: EntityRecognizer) -> None:
        self.inner = inner
        self.name = inner.name
        names = [inner.moves.get_class_name(i) for i in range(inner.moves.n_moves)]
        self.kinds = np.array([_kind(n) for n in names], dtype=np.int8)
        move_labels = [n[2:] for n in names]
        self.label_ids = np.array([inner.vocab.strings.add(lab) for lab in move_labels])
        # equal labels share an id; a move's label as a small int for the open-entity test
        _, self.label_index = np.unique(move_labels, return_inverse=True)
        self.valid = self._validity_table()
        self.supported = self._supported()

    def _validity_table(self) -> np.ndarray:
        """The moves allowed in each kind of state, a row per key ``open * 8 + room * 4 +
        starts * 2 + space`` (as ``_decode`` computes it): the open entity's label + 1 (0:
        none), whether another token of the Doc follows, whether that one starts a sentence,
        whether this token is whitespace."""
        labels = int(self.label_index.max()) + 1
        keys = np.arange((labels + 1) * 8)
        open_code, room, starts, space = keys // 8, keys // 4 % 2, keys // 2 % 2, keys % 2
        return _allowed(
            self.kinds, self.label_index, open_code, room.astype(bool), starts.astype(bool),
            space.astype(bool),
        )  # fmt: skip

    def _supported(self) -> bool:
        model = self.inner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        return (
            self.inner.cfg.get("beam_width", 1) == 1
            and model.attrs.get("has_upper", False)
            and not model.attrs.get("unseen_classes")
            and lower.get_dim("nF") == _FEATURES
            and lower.get_dim("nP") == _PIECES
            and upper.get_param("W").shape[0] == len(self.kinds)
        )

    def __call__(self, doc: Doc) -> Doc:
        next(self.pipe([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            if not self.supported or any(_has_entities(d) for d in batch):
                yield from self.inner.pipe(batch, batch_size=batch_size)
                continue
            self._recognise([d for d in batch if len(d)])
            yield from batch

    def __getattr__(self, name: str) -> Any:  # labels, cfg, to_bytes...: spaCy's own
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    # -- decoding ----------------------------------------------------------------------------

    def _recognise(self, docs: list[Doc]) -> None:
        if not docs:
            return
        model = self.inner.model
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        vectors = model.layers[0].predict(docs)
        table = lower.predict(vectors)  # (1 + tokens, features, hidden, pieces); row 0 pads
        table = np.ascontiguousarray(table.reshape(table.shape[0], _FEATURES, -1))
        bias = np.ascontiguousarray(lower.get_param("b").reshape(-1))
        weights = np.ascontiguousarray(upper.get_param("W"))
        out_bias = upper.get_param("b")
        entities = self._decode(docs, table, bias, weights, out_bias)
        for doc, found in zip(docs, entities, strict=True):
            spans = [Span(doc, s, e, label=int(self.label_ids[m])) for s, e, m in found]
            doc.set_ents(spans, default="outside")

    def _decode(
        self,
        docs: list[Doc],
        table: np.ndarray,
        bias: np.ndarray,
        weights: np.ndarray,
        out_bias: np.ndarray,
    ) -> list[list[tuple[int, int, int]]]:
        lengths = np.array([len(d) for d in docs])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        # per token of the batch: can an entity start on it / run on past it?
        space = np.concatenate([d.to_array(IS_SPACE) for d in docs]).astype(bool)
        starts = np.concatenate([d.to_array(SENT_START) for d in docs]).astype(np.int64) == 1
        starts = np.append(starts, False)  # read one past the end of the last Doc
        position = np.zeros(len(docs), dtype=np.int64)  # B(0), in the Doc
        open_at = np.full(len(docs), -1, dtype=np.int64)  # where the open entity began
        open_code = np.zeros(len(docs), dtype=np.int64)  # its label + 1; 0: none open
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        active = np.flatnonzero(position < lengths)
        while len(active):
            here = offsets[active] + position[active]
            is_open = open_code[active] > 0
            first = np.where(is_open, offsets[active] + open_at[active], -1)
            before = np.where(is_open, here - 1, -1)
            # spaCy sums the three rows in order into zeros, then adds the bias, then pools
            summed = table[here + 1, 0] + table[first + 1, 1] + table[before + 1, 2] + bias
            state = np.maximum(summed[:, 0::_PIECES], summed[:, 1::_PIECES])
            scores = gemm(state, weights, trans2=True, beta=0.0) + out_bias
            room = lengths[active] - position[active] >= 2
            key = open_code[active] * 8 + room * 4 + starts[here + 1] * 2 + space[here]
            scores[~self.valid[key]] = -np.inf
            moves = scores.argmax(axis=1)  # the first of equals, as spaCy takes it
            self._apply(moves, active, position, open_at, open_code, found)
            position[active] += 1
            active = active[position[active] < lengths[active]]
        return found

    def _apply(
        self,
        moves: np.ndarray,
        active: np.ndarray,
        position: np.ndarray,
        open_at: np.ndarray,
        open_code: np.ndarray,
        found: list[list[tuple[int, int, int]]],
    ) -> None:
        kinds = self.kinds[moves]
        for row in np.flatnonzero(kinds != _KINDS["O"]):
            doc, move, kind = active[row], int(moves[row]), kinds[row]
            if kind == _KINDS["B"]:
                open_at[doc], open_code[doc] = position[doc], self.label_index[move] + 1
            elif kind == _KINDS["L"]:
                found[doc].append((int(open_at[doc]), int(position[doc]) + 1, move))
                open_at[doc], open_code[doc] = -1, 0
            elif kind == _KINDS["U"]:
                found[doc].append((int(position[doc]), int(position[doc]) + 1, move))


def _allowed(
    kinds: np.ndarray,
    label_index: np.ndarray,
    open_code: np.ndarray,
    room: np.ndarray,
    next_starts_sentence: np.ndarray,
    on_space: np.ndarray,
) -> np.ndarray:
    """spaCy's ``is_valid`` of every move (columns) in every state (rows), for Docs without
    preset entities; ``open_code`` is the open entity's label + 1, 0 if none is open, and
    ``room`` whether another token of the Doc follows."""
    is_open = open_code > 0
    by_kind = np.stack(
        [
            ~is_open & room & ~next_starts_sentence & ~on_space,  # B
            is_open & room & ~next_starts_sentence,  # I (of the open entity's label)
            is_open,  # L (of the open entity's label)
            ~is_open & ~on_space,  # U
            ~is_open,  # O
            np.zeros_like(is_open),  # never
        ]
    )
    allowed = by_kind[kinds].T  # (states, moves)
    same_label = label_index[None, :] == (open_code - 1)[:, None]
    needs_label = (kinds == _KINDS["I"]) | (kinds == _KINDS["L"])
    return allowed & (~needs_label[None, :] | same_label)


def _kind(name: str) -> int:
    if name == "O":
        return _KINDS["O"]
    letter, _, label = name.partition("-")
    return _KINDS[letter] if letter in "BILU" and label else _NEVER


def _has_entities(doc: Doc) -> bool:
    return bool(len(doc)) and bool(doc.to_array(ENT_IOB).any())


def speed_up_ner(nlp: Language) -> Language:
    """Put ``FastNER`` in the place of the pipeline's ``ner`` (once; returns ``nlp``)."""
    if "ner" in nlp.pipe_names and isinstance(nlp.get_pipe("ner"), EntityRecognizer):
        names = nlp.pipe_names
        after = names[names.index("ner") + 1 :]
        _, inner = nlp.remove_pipe("ner")
        place = {"before": after[0]} if after else {"last": True}
        nlp.add_pipe("sitrep_ner", name="ner", **place).bind(inner)
    return nlp


@Language.factory("sitrep_ner")
def _make_fast_ner(nlp: Language, name: str) -> FastNER:
    return FastNER()  # bound to the loaded recogniser by ``speed_up_ner``
