"""Speakers: who a subject names, resolved to the fullest name the article gives ("Syrsky" is
"Colonel General Oleksandr Syrsky"), and who a pronoun or "the ministry" stands for."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.analyze.sources.scan import WORD
from sitrep.analyze.sources.view import ArticleView
from sitrep.analyze.tokens import tokens_of

MAX_NAME_TOKENS = 16
# How many sentences back a "he"/"she" with no earlier speaker looks for the one person named.
PRONOUN_REACH_SENTENCES = 2
SUBJECTS = ("nsubj", "nsubjpass")
LEFT_OF_NAME = {"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "case", "predet"}
RELATIVE = {"who", "which", "that", "whom"}


@dataclass(slots=True)
class Source:
    name: str
    person: bool
    plural: bool
    key: str  # head word, lower case: what an anaphor ("the ministry") is matched on
    offset: int


class Speakers:
    """The names of one article and the speakers found so far, which anaphors are matched on."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self.names = self._name_index()
        # people named as the subject of an active verb: a "he" after another of them is
        # ambiguous (one who "was shot" or "was abducted" is not the one who speaks on)
        self.person_subjects = [
            (t.idx, t.lower_)
            for t in tokens_of(view.doc)
            if t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and not view.in_quote[t.i]
        ]
        self.history: list[Source] = []
        self.history_by_key: dict[str, list[Source]] = {}

    def remember(self, sources: list[Source]) -> None:
        """Named speakers, for the pronouns and "the ministry" that come after them."""
        for source in (s for s in sources if s.name):
            self.history.append(source)
            self.history_by_key.setdefault(source.key, []).append(source)

    def _name_index(self) -> dict[str, tuple[int, str]]:
        """Every proper name of the article by each of its words: where "Syrsky" finds
        "Colonel General Oleksandr Syrsky". Embedded posts sign with the name the account uses."""
        index: dict[str, list[tuple[int, str]]] = {}
        tokens = tokens_of(self.view.doc)
        for token in tokens:
            if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat"):
                first, last = self._proper_name(token)
                name = self.view.text[tokens[first].idx : tokens[last].idx + len(tokens[last])]
                for i in range(first, last + 1):
                    word = tokens[i]
                    acronym = word.text.isupper() and tokens[i - 1].text == "("
                    if (word.pos_ == "PROPN" and i <= token.i) or acronym:
                        index.setdefault(word.lower_, []).append((0, name))
        for embed in self.view.embeds:
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
        doc = self.view.doc
        first = head.i
        while first > 0 and head.i - first < MAX_NAME_TOKENS:
            prev = doc[first - 1]
            joined = prev.text in "-–." and not prev.whitespace_
            # "Indigenous Tribal Leaders' Forum": a possessive inside a name
            possessive = prev.text in ("'", "’", "'s", "’s") and first > 1
            joined = joined or (possessive and doc[first - 2].pos_ == "PROPN")
            if (prev.pos_ == "PROPN" or joined) and not self.view.in_quote[prev.i]:
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

    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range of a source's noun phrase: its modifiers and "of" phrases, without
        relative clauses, appositions or quoted words."""
        if head.pos_ == "PROPN":
            first, last = self._proper_name(head)
            return first, self._name_after_title(last)
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
        para_start = self.view.paragraphs[self.view.paragraph_of(head.idx)][0]
        while first < head.i and (
            self.view.in_quote[first]
            or self.view.doc[first].is_punct
            or self.view.doc[first].is_space
            or self.view.doc[first].idx < para_start
            or self.view.excluded(self.view.doc[first].idx)
        ):
            first += 1
        for i in range(head.i + 1, last + 1):
            if self.view.in_quote[i]:
                last = i - 1
                break
        return first, last

    def _name_after_title(self, last: int) -> int:
        """'said Brig. Gen. Kenneth Opio': the parser may end the sentence at a title's period;
        the name runs on over the titles and names after it."""
        doc, titles = self.view.doc, self.view.lex.person_titles
        if doc[last].lower_.rstrip(".") not in titles:
            return last
        end, i = last, last + 1
        while i < len(doc) and i - last < MAX_NAME_TOKENS and not self.view.in_quote[i]:
            if doc[i].text == "." and i == end + 1 and doc[end].lower_ in titles:
                i += 1  # the title's own period, split off
            elif doc[i].pos_ == "PROPN":
                end, i = i, i + 1
            else:
                break
        return end

    def _tight_right(self, token: Token) -> int:
        """The last token of a phrase, leaving out its clauses and appositions."""
        last = token.i
        for child in token.rights:
            if child.dep_ in ("relcl", "appos", "acl", "advcl", "punct", "conj", "cc"):
                break
            last = max(last, self._tight_right(child))
        return last

    def phrase_text(self, first: int, last: int) -> str:
        doc = self.view.doc
        while first < last and (
            doc[first].lower_ in self.view.lex.drop_leading or doc[first].is_punct
        ):
            first += 1
        while last > first and doc[last].is_punct and doc[last].text != ")":
            last -= 1
        return self.view.text[doc[first].idx : doc[last].idx + len(doc[last])]

    def is_person(self, head: Token, first: int) -> bool:
        lex = self.view.lex
        if head.ent_type_ == "PERSON" or head.lemma_.lower() in lex.person_roles:
            return True
        if head.pos_ == "PROPN" and _has_role_or_age(head, lex.person_roles):
            return True
        words = (self.view.doc[i].lower_.rstrip(".") for i in range(first, head.i + 1))
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

    def person_introduced_before(self, token: Token) -> Source | None:
        """Who a quote standing alone as its own sentence belongs to: the one person that is
        the subject in the sentences just before it ('Amina Musa, 62, stood in the ashes of
        her house. "We have nothing left."')."""
        return self._only_person_named_before(token, subjects_only=True)

    def _only_person_named_before(
        self, pronoun: Token, subjects_only: bool = False
    ) -> Source | None:
        """The one person named in the pronoun's sentence or the few before it, when nobody
        spoke before: "The governor, Ahmed Musa, toured the site. '...,' he said." Two
        different people there leave the pronoun unresolved. With no name there, the one
        person named by role as a subject ("The governor visited the site.")."""
        view = self.view
        sentence = view.sent_of[pronoun.i]
        first = view.sents[max(0, sentence - PRONOUN_REACH_SENTENCES)].start
        window = view.doc[first : pronoun.i]
        roots = [e.root for e in window.ents if e.label_ == "PERSON"]
        # "Mohammed, a shopkeeper, ...": a name the tagger missed, known by its apposition
        roles = view.lex.person_roles
        roots += [t for t in window if t.pos_ == "PROPN" and _has_role_or_age(t, roles)]
        if subjects_only:
            silent = view.lex.silent_verbs
            roots = [t for t in roots if _subject_or_its_apposition(t, silent)]
        named = {
            self.fullest(root, self.phrase_text(*self._proper_name(root))): root.idx
            for root in roots
            if not view.in_quote[root.i]
        }
        if not roots:
            named = self._role_subjects(window)
        if len(named) != 1:
            return None
        name, at = next(iter(named.items()))
        return Source(name, True, False, name.split()[-1].lower(), at)

    def _role_subjects(self, window: Span) -> dict[str, int]:
        """Subjects named by a person's role alone ('The governor visited the site')."""
        roles, found = self.view.lex.person_roles, {}
        for token in window:
            single = token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.tag_ == "NN"
            if single and token.lemma_.lower() in roles and not self.view.in_quote[token.i]:
                found[self.phrase_text(*self.phrase(token))] = token.idx
        return found

    def _statement_maker_before(self, pronoun: Token) -> Source | None:
        """What an "it said" with no speaker before it stands for: the maker of the one
        statement or report named in the sentences just before ("in a statement issued by
        the prime minister's office. '...,' it said"), else the one organisation or country
        that is the subject there ("Germany voiced alarm. '...,' it said")."""
        lex, doc = self.view.lex, self.view.doc
        sentence = self.view.sent_of[pronoun.i]
        start = self.view.sents[max(0, sentence - PRONOUN_REACH_SENTENCES)].start
        makers, subjects = [], []
        for token in doc[start : pronoun.i]:
            if self.view.in_quote[token.i]:
                continue
            if token.lemma_.lower() in lex.report_nouns and (maker := self._maker(token)):
                makers.append(maker)
            elif token.dep_ in SUBJECTS and (
                token.ent_type_ in ("ORG", "GPE", "NORP") or token.lemma_.lower() in lex.org
            ):
                subjects.append(token)
        found = makers or subjects
        if len({t.lower_ for t in found}) != 1:
            return None
        source = self._plain(found[-1])
        if source is not None:
            source.person = False
        return source

    def earlier(self, key: str, offset: int, plural: bool) -> Source | None:
        """The fullest earlier speaker with the same head word ("the ministry")."""
        keys = self.view.lex.same_body.get(key, (key,))
        same = [
            s
            for k in keys
            for s in self.history_by_key.get(k, [])
            if s.offset < offset and s.plural == plural
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
            if source is not None and not self.view.excluded(h.idx):
                found.append(source)
        return found

    def _resolve_one(self, head: Token, depth: int) -> Source | None:
        lex, lower, lemma = self.view.lex, head.lower_, head.lemma_.lower()
        if lower in lex.person_pronouns:
            found = self.recall(head.idx, True, False) or self.recall(head.idx, True, None)
            if found is not None and self._another_person_since(found, head.idx):
                return Source("", True, False, "", head.idx)  # said, but by whom is unclear
            return found or self._only_person_named_before(head)
        if lower in lex.thing_pronouns:
            return self.recall(head.idx, False, False) or self._statement_maker_before(head)
        if lower in lex.plural_pronouns:
            return self.recall(head.idx, None, True) or self.recall(head.idx, False, None)
        if lower in RELATIVE and head.head.dep_ == "relcl":
            return self._resolve_one(head.head.head, depth) if depth < 3 else None
        if head.pos_ == "PRON" or head.is_punct or self.view.in_quote[head.i]:
            return None
        if depth < 3 and lemma in lex.report_nouns | lex.sign_nouns:
            return self._report_source(head, lemma, depth)
        if depth < 3:
            name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            role = lemma in lex.person_roles | lex.person_titles
            if name is not None and (role or head.pos_ != "PROPN"):
                # "the activist group Sudan Witness", "army spokesman, Colonel X": the name
                found = self._resolve_one(name, depth + 1)
                if found is not None:
                    found.person = found.person or role
                    return found
        if depth < 3 and (member := _one_of(head)) is not None:
            return self._resolve_one(member, depth + 1)  # "one of the survivors, Aisha,"
        if (
            lemma in lex.generic_org
            and [c.lower_ for c in head.lefts] == ["the"]
            and (org := self.recall(head.idx, False, False)) is not None
        ):
            return org
        return self._plain(head)

    def _report_source(self, head: Token, lemma: str, depth: int) -> Source | None:
        """Who a report, post or sign speaks for: its maker, else the report just named."""
        inner = self._maker(head)
        if inner is None and lemma in self.view.lex.sign_nouns:
            inner = _holder(head)
        if inner is not None:
            found = self._resolve_one(inner, depth + 1)
            if found is not None and lemma in self.view.lex.sign_nouns:
                found.name += f" ({lemma})"
            return found
        if any(c.lower_ == "the" for c in head.lefts):
            embedded = self._embed_before(head.idx) if lemma in self.view.lex.post_nouns else None
            return embedded or self.recall(head.idx, False, None) or self._plain(head)
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.lefts):
            return self._plain(head)  # "media reports", "local reports", "U.N. figures"
        if lemma in self.view.lex.sign_nouns:
            return Source(lemma, False, False, lemma, head.idx)  # "one banner read: ..."
        return None  # "Videos shared on social media showed ...": nobody is named

    def _embed_before(self, offset: int) -> Source | None:
        """ "The tweet reads ...": the post embedded just before, in the previous paragraph
        or this one, by the name it is signed with."""
        paragraph = self.view.paragraph_of(offset)
        for embed in reversed(self.view.embeds):
            if embed.end <= offset and self.view.paragraph_of(embed.end) >= paragraph - 1:
                name = embed.name.split(" (")[0]
                return Source(name, False, False, name.split()[-1].lower(), embed.start)
        return None

    def _maker(self, head: Token) -> Token | None:
        """Who made a report, post or sign: "a report from X", "a sign held by X", "the
        ministry's statement"."""
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.lower() not in self.view.lex.report_nouns:
                    return objects[0]
            if child.dep_ == "acl":
                for grand in child.children:
                    if grand.dep_ == "agent":
                        objects = [c for c in grand.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        return None

    def _plain(self, head: Token) -> Source | None:
        # "Zelenskyy wrote": a name the tagger took for a common noun, known from elsewhere
        named = head.pos_ == "PROPN" or (head.text[:1].isupper() and head.lower_ in self.names)
        common = not named and head.ent_type_ not in ("PERSON", "ORG", "NORP")
        known = {head.lemma_.lower(), head.lower_} & self.view.lex.speaker_nouns
        if common and not known:
            return None  # "casualties noted ...": a misparse, not a source
        first, last = self.phrase(head)
        name = self.phrase_text(first, last)
        key = head.lower_ if named else head.lemma_.lower()
        person, plural = self.is_person(head, first), self.is_plural(head)
        if named:
            name = self.fullest(head, name)
            # "said Kareem" after "governor Najmuddin Kareem told ...": the same person
            person = person or any(s.person and s.name == name for s in self.history)
        elif all(c.lower_ == "the" or c.dep_ == "punct" for c in head.lefts):
            # "the ministry", "police": the fullest earlier speaker with that head word
            before = self.earlier(key, self.view.doc[first].idx, plural)
            if before is None and person and not plural:
                # "the official" after "Rodolphe Sorgho, the lieutenant governor": that person
                before = self._named_person_before(self.view.doc[first].idx)
            if before is not None and len(before.name) > len(name):
                name, person = before.name, before.person
        return Source(name, person, plural, key, self.view.doc[first].idx)


def _has_role_or_age(name: Token, roles: frozenset[str]) -> bool:
    """'Mohammed, a shopkeeper, ...', 'Halima Garba, 60, ...': a person the tagger may have
    missed, known by a role or an age in apposition."""
    for child in name.children:
        if child.dep_ != "appos":
            continue
        age = child.pos_ == "NUM" and child.text.isdigit() and len(child.text) <= 3
        if age or child.lemma_.lower() in roles:
            return True
    return False


def _one_of(head: Token) -> Token | None:
    """ "One of the survivors": the group the speaker is one of."""
    if head.pos_ != "NUM" and head.lower_ != "one":
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject_or_its_apposition(token: Token, silent: frozenset[str]) -> bool:
    """The active subject, or the name in apposition to it ('Another survivor, Halima Yusuf,
    stood ...'), of a verb after which one may speak: not one who 'was killed' or 'died'."""
    subject = token.head if token.dep_ == "appos" else token
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_.lower() not in silent


def _holder(sign: Token) -> Token | None:
    """Who holds a sign: the subject of the verb whose object it is ("protesters gathered,
    holding a banner that read ...", "women carried placards reading ...")."""
    verb = sign.head
    if sign.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None
