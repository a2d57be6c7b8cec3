"""A small learned judge of incident triggers: does the trigger's sentence report one incident
that happened (not a negated, hypothetical, future, planned, aggregate or background one, nor a
statement about it)?

A logistic regression over sparse features of the trigger in the spaCy parse the pipeline
already has (its lemma, the verbs and words above it, their tense, modals and negation, the
marks and prepositions it hangs under, the sentence's time phrases and counts). It is
trained only on the sentences of ``sitrep/data/training/incident_reports.tsv``, written for
sitrep; the weights ship as ``sitrep/data/models/report_model.json``. ``python -m
sitrep.analyze.report_model`` trains them anew (deterministic, seconds) and writes that file.
The file's sub-event type column is kept for a sub-type model: one trained on it (same
features, softmax) typed CASE 2021 and events-dev worse than the trigger lexicon, so none ships.

Scoring a trigger costs a walk up its parse and a few dictionary look-ups.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span, Token

from sitrep.analyze.tokens import reading, span_tokens

DATA = Path(__file__).resolve().parents[1] / "data"
TRAINING_FILE = DATA / "training" / "incident_reports.tsv"
MODEL_FILE = DATA / "models" / "report_model.json"

REPORT = "report"
_VERBAL = frozenset({"VERB", "AUX"})
_TRIGGER = re.compile(r"\[([^\]]+)\]")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_WORDS = tomllib.loads((DATA / "training" / "report_features.toml").read_text(encoding="utf-8"))
_DAYS = frozenset(_WORDS["days"])
_SPANS = frozenset(_WORDS["spans"])
_CAPTION_WORDS = frozenset(_WORDS["caption"])
_CONTENT = "w="


@dataclass(frozen=True, slots=True)
class Example:
    """One training sentence: its text, the trigger's character span and its labels."""

    text: str
    start: int
    end: int
    kind: str
    sub_event_type: str

    @property
    def is_report(self) -> bool:
        return self.kind == REPORT


def read_examples(path: Path = TRAINING_FILE) -> list[Example]:
    """The training file's rows; each bracketed trigger of a sentence is an example."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not _TRIGGER.search(parts[2]):
            raise ValueError(f"{path}:{number}: want kind, sub-event type, [trigger] sentence")
        kind, sub, marked = parts
        text = _TRIGGER.sub(lambda m: m.group(1), marked)
        shift = 0
        for found in _TRIGGER.finditer(marked):
            start = found.start() - shift
            end = start + len(found.group(1))
            shift += 2
            examples.append(Example(text, start, end, kind, sub))
    return examples


# -- features -------------------------------------------------------------------------------


def _clause_verb(token: Token) -> Token:
    verb = token
    while verb.pos_ not in _VERBAL and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _verb_features(verb: Token, tag: str) -> Iterable[str]:
    """Tense, modals, negation and the subject of one verb on the way up."""
    yield f"{tag}.tag={verb.tag_}"
    yield f"{tag}.lemma={verb.lemma_.lower()}"
    for child in verb.children:
        dep = child.dep_
        if dep in ("aux", "auxpass"):
            yield f"{tag}.aux={child.lower_}"
        elif dep == "neg":
            yield f"{tag}.neg"
        elif dep == "mark":
            yield f"{tag}.mark={child.lower_}"
        elif dep in ("nsubj", "nsubjpass"):
            yield f"{tag}.{dep}={child.lemma_.lower()}"
            if any(c.dep_ == "det" and c.lower_ == "no" for c in child.children):
                yield f"{tag}.no_subject"
        elif dep == "advmod":
            yield f"{tag}.adv={child.lower_}"
        elif dep == "prep":
            yield f"{tag}.prep={child.lower_}"


def _path_features(root: Token) -> Iterable[str]:
    """What the trigger hangs under: the dependency labels, prepositions, marks and verbs
    from it to the sentence's root."""
    token, depth = root, 0
    while token.head.i != token.i and depth < 6:
        head = token.head
        yield f"up.dep={token.dep_}"
        if head.pos_ in _VERBAL:
            yield f"up.verb={head.lemma_.lower()}"
            yield f"up.{token.dep_}>{head.lemma_.lower()}"
        elif head.dep_ == "prep" or head.pos_ == "ADP":
            yield f"up.prep={head.lower_}"
        else:
            yield f"up.noun={head.lemma_.lower()}"
        for child in head.children:
            if child.dep_ == "mark":
                yield f"up.mark={child.lower_}"
            elif child.dep_ == "neg":
                yield "up.neg"
            elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                yield f"up.modal={child.lower_}"
        token, depth = head, depth + 1


def _sentence_features(sent: Span, root: Token) -> Iterable[str]:
    """Counts, time phrases and caption words of the sentence, and its content words."""
    common, content = _sentence_words(sent)
    yield from common
    yield from (feature for i, feature in content if i != root.i)


def _sentence_words(sent: Span) -> tuple[list[str], list[tuple[int, str]]]:
    """The sentence's features, read once per sentence (a sentence holds several triggers):
    those of any trigger in it, and the content words with their token index."""
    found: dict[int, tuple[list[str], list[tuple[int, str]]]]
    found = reading(sent.doc, "report_sentences", dict)
    if sent.start not in found:
        found[sent.start] = _read_sentence(sent)
    return found[sent.start]


def _read_sentence(sent: Span) -> tuple[list[str], list[tuple[int, str]]]:
    common, content = [], []
    for token in span_tokens(sent):
        lower = token.lower_
        if token.like_num:
            value = _number(lower)
            common.append("s.num")
            if value is not None and value >= 100:
                common.append("s.num>=100")
            if _YEAR.match(lower):
                common.append("s.year")
        if lower in _DAYS:
            common.append("s.day")
        if lower in _SPANS:
            common.append(f"s.span={lower}")
        if token.i < sent.start + 4 and lower in _CAPTION_WORDS:
            common.append("s.caption")
        if token.is_alpha and not token.is_stop:
            content.append((token.i, f"{_CONTENT}{token.lemma_.lower()}"))
    return common, content


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def features(span: Span) -> list[str]:
    """The features of one trigger span, in the sentence the parser gave it."""
    root = span.root
    found = [
        "bias",
        f"t.lemma={root.lemma_.lower()}",
        f"t.pos={root.pos_}",
        f"t.dep={root.dep_}",
        f"t.text={span.text.lower()}",
    ]
    for child in root.children:
        if child.dep_ in ("det", "amod", "compound", "neg", "nummod"):
            found.append(f"t.{child.dep_}={child.lemma_.lower()}")
    verb = _clause_verb(root)
    found.extend(_verb_features(verb, "v"))
    found.extend(_path_features(root))
    found.extend(_sentence_features(span.sent, root))
    return sorted(set(found))


# -- the model ------------------------------------------------------------------------------


@dataclass(slots=True)
class ReportModel:
    """The regression: a weight per feature; an absent feature weighs nothing."""

    weights: dict[str, float]

    def report_probability(self, span: Span) -> float:
        """How likely the trigger's sentence reports one incident that happened."""
        return self.probability(features(span))

    def probability(self, feats: Iterable[str]) -> float:
        score = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> dict:
        return {"report": {f: round(w, 5) for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> ReportModel:
        return cls(data["report"])


def load_model(path: Path = MODEL_FILE) -> ReportModel:
    """The shipped weights."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: missing; `python -m sitrep.analyze.report_model`")
    return ReportModel.from_json(json.loads(path.read_text(encoding="utf-8")))


# -- training -------------------------------------------------------------------------------

# L2 strength and steps of the full-batch gradient descent; small data, many features.
_L2 = 0.01
_STEPS = 400
_RATE = 0.5


def featurise(nlp: Language, examples: Sequence[Example]) -> list[list[str]]:
    """The features of each example's trigger, one parse per distinct sentence."""
    texts = sorted({e.text for e in examples})
    docs = dict(zip(texts, nlp.pipe(texts), strict=True))
    rows = []
    for example in examples:
        doc = docs[example.text]
        span = doc.char_span(example.start, example.end, alignment_mode="expand")
        if span is None:
            raise ValueError(f"trigger not on token bounds: {example.text!r}")
        rows.append(features(span))
    return rows


def _fit(rows: list[list[str]], targets: list[int], classes: int) -> tuple[list[str], object]:
    """Softmax regression by full-batch gradient descent, from zero: deterministic."""
    import numpy as np

    vocabulary = sorted({f for row in rows for f in row})
    column = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)))
    for r, row in enumerate(rows):
        for f in row:
            x[r, column[f]] = 1.0
    y = np.zeros((len(rows), classes))
    y[np.arange(len(rows)), targets] = 1.0
    w = np.zeros((len(vocabulary), classes))
    for _ in range(_STEPS):
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ (p - y) / len(rows) + _L2 * w
        w -= _RATE * gradient
    return vocabulary, w


def train(nlp: Language, examples: Sequence[Example]) -> ReportModel:
    rows = featurise(nlp, examples)
    # whether a sentence reports an incident is told by its grammar, not its topic
    structural = [[f for f in row if not f.startswith(_CONTENT)] for row in rows]
    vocabulary, w = _fit(structural, [int(e.is_report) for e in examples], 2)
    # two-class softmax: the report logit is the difference of the two columns
    report = {f: float(w[i, 1] - w[i, 0]) for i, f in enumerate(vocabulary)}  # type: ignore[index]
    return ReportModel(_prune(report))


def _prune(weights: dict[str, float]) -> dict[str, float]:
    return {f: w for f, w in weights.items() if abs(w) >= 1e-4}


def main() -> None:
    from sitrep.resources import load_nlp

    model = train(load_nlp(), read_examples())
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(
        json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {MODEL_FILE}: {len(model.weights)} features")


if __name__ == "__main__":
    main()
