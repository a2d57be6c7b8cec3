"""Claims: the acts of saying in the parse, a reporting verb ("said", "told") or "according to",
with who says it and who relays it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.analyze.sources.speakers import SUBJECTS, Source, Speakers
from sitrep.analyze.sources.view import ArticleView
from sitrep.analyze.tokens import subtree_of, tokens_of

CLAUSES = ("ccomp", "parataxis", "xcomp")
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})


@dataclass(slots=True)
class Claim:
    """One act of saying: a reporting verb (or "according to"), who says, who relays it."""

    anchor: Token
    origin: list[Source]
    relays: list[str] = field(default_factory=list)
    subject_span: tuple[int, int] = (0, 0)  # characters of the subject phrase
    poster: list[Source] = field(default_factory=list)  # the subject, who put it out
    clause: Span | None = None  # what is said, for indirect quotes
    # who speaks the words when the origin of the facts is someone they cite ("the group
    # said, citing witnesses"): the group
    voice: list[Source] = field(default_factory=list)

    def chain(self) -> list[str]:
        return [s.name for s in self.origin] + self.relays

    def speaker(self) -> str:
        return " and ".join(s.name for s in self.voice or self.origin)


class Claims:
    """The claims of one article, in text order, by paragraph and by the token that anchors them."""

    def __init__(self, view: ArticleView, speakers: Speakers) -> None:
        self.view, self.speakers = view, speakers
        self.found: list[Claim] = []
        self.in_paragraph: dict[int, list[Claim]] = {}
        self.at: dict[int, Claim] = {}

    def find(self) -> None:
        for token in tokens_of(self.view.doc):
            if self.view.in_quote[token.i]:
                continue
            claim = None
            if token.lower_ == "according":
                claim = self._according(token)
            elif token.lower_ == "words":
                claim = self._words_of(token)
            elif token.lemma_.lower() in self.view.lex.verbs and _acts_as_verb(token):
                claim = self._verb_claim(token)
            if claim is None or not claim.origin:
                continue
            self.found.append(claim)
            paragraph = self.view.paragraph_of(claim.anchor.idx)
            self.in_paragraph.setdefault(paragraph, []).append(claim)
            self.at[claim.anchor.i] = claim
            self.speakers.remember(claim.origin)

    def _according(self, token: Token) -> Claim | None:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
        if not objects:
            return None
        target = objects[0]
        relays = []
        quoted_by = self._quoted_by(target)
        if quoted_by is not None:
            relays = [s.name for s in self.speakers.resolve(quoted_by)]
        return Claim(token, self.speakers.resolve(target), relays, (target.idx, target.idx))

    def _words_of(self, token: Token) -> Claim | None:
        """ "In the words of one resident, ...", "Those were the words of Ali Musa": the one
        whose words they are speaks the quote beside them."""
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if not objects or self.view.in_quote[objects[0].i]:
            return None
        target = objects[0]
        return Claim(token, self.speakers.resolve(target), [], (target.idx, target.idx))

    def _quoted_by(self, head: Token) -> Token | None:
        """ "sources quoted by Russia's Sputnik news agency": the agency relays the sources."""
        for child in head.children:
            if child.dep_ == "acl" and child.lemma_.lower() in self.view.lex.quoting:
                for grand in child.children:
                    if grand.dep_ == "agent":
                        return next((c for c in grand.children if c.dep_ == "pobj"), None)
        return None

    def _subject(self, verb: Token) -> Token | None:
        """Who does the saying: the subject, the agent of a passive, or the subject of the
        reporting verb this one hangs from ("quoted ... as saying", "confirmed ... but said")."""
        lex, current = self.view.lex, verb
        for step in range(4):
            lemma = current.lemma_.lower()
            # "identified X and said ...", "gathered ..., chanting ...": one subject for both
            participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            shared = (verb.dep_ == "conj" or participle) and step == 1
            if step and not shared and current.pos_ in ("VERB", "AUX") and lemma not in lex.verbs:
                break  # what the reporting verb hangs from is not who speaks
            quoting = lemma in lex.quoting
            if quoting and step and (quoted := self._quoted_person(current)) is not None:
                return quoted
            agent = agent_of(current)
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
            quoted = all(self.view.in_quote[c.i] for c in subjects)  # none, or a misparse
            if current is verb and quoted and (inverted := self._inverted_subject(verb)):
                return inverted
            if subjects:
                return self._best_subject(subjects, current)
            if current is verb and verb.dep_ == "acl" and verb.tag_ == "VBD":
                return verb.head  # "The White Army, a ... group, announced": a misparse
            clausal = next((c for c in children if c.dep_ == "csubj"), None)
            if clausal is not None:
                # a misparse of a title ("WHO chief Tedros ... said"): the name inside it
                names = [
                    t
                    for t in subtree_of(clausal)
                    if t.pos_ == "PROPN" and not self.view.in_quote[t.i]
                ]
                return names[-1] if names else None
            climbs = current.dep_ in ("conj", "xcomp", "pcomp", "advcl", "prep", "pobj")
            if not climbs or current.head is current:
                break
            if self.view.paragraph_of(current.head.idx) != self.view.paragraph_of(verb.idx):
                break  # a headline run into the first paragraph by the parser
            current = current.head
        return self._name_before(verb)

    @staticmethod
    def _quoted_person(verb: Token) -> Token | None:
        """'Local media quoted the mayor as saying ...': the mayor says it, not the media."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "dobj"), None)

    def _inverted_subject(self, verb: Token) -> Token | None:
        """'"Down with the junta!" chanted protesters': after a quote the speaker may follow
        its verb, and the parser takes it for the object."""
        before = self.view.doc[verb.i - 1] if verb.i else None
        if before is None or (
            not self.view.in_quote[before.i] and before.text not in CLOSING_QUOTES
        ):
            return None
        for child in verb.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ in ("NOUN", "PROPN"):
                gap = self.view.doc[verb.i + 1 : child.left_edge.i]
                return child if len(gap) == 0 else None
        return None

    def _best_subject(self, subjects: list[Token], verb: Token) -> Token:
        """The parser may give two subjects (a photo credit glued to the next paragraph)."""
        paragraph = self.view.paragraph_of(verb.idx)
        fitting = [
            c
            for c in subjects
            if self.view.paragraph_of(c.idx) == paragraph and not self.view.excluded(c.idx)
        ]
        if fitting:
            # '"...," Mariam Diallo told Radio France Internationale': the parser may take the
            # listener after the verb for a second subject
            return ([c for c in fitting if c.i < verb.i] or fitting)[-1]
        return self._name_before(verb) or subjects[-1]

    def _subject_in_paragraph(self, subject: Token, verb: Token) -> Token | None:
        """A subject the parser found across a paragraph break or in a photo credit
        ("... Anadolu Agency/Getty\n\nOn Tuesday, Nexta shared ..."): the highest noun of its
        phrase that stands in the verb's paragraph."""
        paragraph = self.view.paragraph_of(verb.idx)
        if self.view.paragraph_of(subject.idx) == paragraph and not self.view.excluded(subject.idx):
            return subject
        best, best_depth = None, 1 << 30
        for token in subtree_of(subject):
            if token.pos_ not in ("PROPN", "NOUN") or self.view.in_quote[token.i]:
                continue
            if self.view.paragraph_of(token.idx) != paragraph or self.view.excluded(token.idx):
                continue
            depth = sum(1 for _ in token.ancestors)
            if depth < best_depth:
                best, best_depth = token, depth
        return best

    def _name_before(self, verb: Token) -> Token | None:
        """A misparsed '"...," protester Kaung Pyae Sone Tun, 23, said': the name just before,
        over an aside between commas ('a police officer, speaking on condition of anonymity,
        said')."""
        sent_start = self.view.sents[self.view.sent_of[verb.i]].start
        low = max(sent_start, verb.i - 12)
        i = verb.i - 1
        while i >= low:
            token = self.view.doc[i]
            i -= 1
            if token.text == "," and (aside := self._aside_before(token.i, low)) is not None:
                i = aside - 1
                continue
            if self.view.in_quote[i] or token.pos_ in ("VERB", "AUX", "PRON", "ADP"):
                return None
            if token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in ("DATE", "TIME"):
                return token
        return None

    def _aside_before(self, comma: int, low: int) -> int | None:
        """The opening comma of a participial aside that ends at ``comma`` (', speaking on
        condition of anonymity,'), if there is one within reach."""
        doc = self.view.doc
        for i in range(comma - 1, low - 1, -1):
            if doc[i].text == ",":
                opener = doc[i + 1] if i + 1 < comma else None
                aside = opener is not None and opener.tag_ in ("VBG", "VBN")
                return i if aside and not self.view.in_quote[i] else None
        return None

    def _verb_claim(self, verb: Token) -> Claim | None:
        lex, lemma = self.view.lex, verb.lemma_.lower()
        children = list(verb.children)
        says_something = any(
            c.dep_ in CLAUSES or self.view.in_quote[c.i] for c in children
        ) or not any(c.dep_ == "dobj" for c in children)
        if lemma in lex.clause_only and not says_something:
            return None
        # a verb that reports only quotes: one hanging from it, or the one it hangs from
        # ('"...," as one driver put it')
        quoted = self.view.in_quote[verb.head.i] or any(self.view.in_quote[c.i] for c in children)
        if lemma in lex.quote_verbs and not quoted:
            return None
        finite_acl = verb.dep_ == "acl" and verb.tag_ == "VBD"
        has_subject = any(c.dep_ in SUBJECTS for c in children)
        # "placards reading '...'": the sign is what the participle says it of
        sign_reading = lemma in lex.bearing and verb.head.lemma_.lower() in lex.sign_nouns
        if verb.dep_ in ("amod", "acl") and not (finite_acl or has_subject or sign_reading):
            return None
        if verb.dep_ == "relcl" and not says_something_else(children, self.view.in_quote):
            return None  # "Nexta, which has reported extensively on the war": a description
        subject = self._subject(verb)
        if subject is not None:
            subject = self._subject_in_paragraph(subject, verb)
        if lemma in lex.bearing and (subject is None or subject.pos_ == "PRON"):
            # '"...," read a placard': the parser takes the inverted sign for an object
            signs = [c for c in children if c.lemma_.lower() in lex.sign_nouns]
            if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lex.sign_nouns:
                signs.append(verb.head)  # "a banner that read ..."
            subject = signs[0] if signs else subject
        if subject is None or self.view.in_quote[subject.i]:
            return None
        bearer = subject.lemma_.lower() in lex.sign_nouns | lex.report_nouns
        if lemma not in lex.speech | lex.publish and not bearer:
            return None  # "read" reports words only when a sign, post or statement reads them
        heads = self._subject_heads(subject, verb)
        if not heads:
            return None
        origin = self.speakers.resolve(heads[0], heads=heads)
        poster = list(origin)
        relays: list[str] = []
        # "she recalled a Taliban fighter telling her": the fighter is the speaker
        for obj in (c for c in children if c.dep_ == "dobj"):
            if any(g.dep_ == "acl" and g.lemma_.lower() in lex.speech for g in obj.children):
                relays = [s.name for s in origin]
                origin = self.speakers.resolve(obj)
        relays += self._relays(verb, lemma, children)
        source_of = self._published_from(verb, lemma, children)
        if source_of:
            relays = [s.name for s in origin] + relays
            origin = source_of
        cited = self._cited(children)
        voice: list[Source] = []
        if cited:
            relays = [s.name for s in origin] + relays
            voice, origin = origin, cited
        left, right = subject.left_edge, subject.right_edge
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        clause_span = (
            self.view.doc[clause.left_edge.i : clause.right_edge.i + 1] if clause else None
        )
        span = (left.idx, right.idx + len(right))
        return Claim(verb, origin, relays, span, poster, clause_span, voice)

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
        lex, listeners = self.view.lex, []
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
                names += [s.name for s in self.speakers.resolve(listener)]
        return names

    def _published_from(self, verb: Token, lemma: str, children: list[Token]) -> list[Source]:
        if lemma not in self.view.lex.publish:
            return []
        places = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
        for prep in (c for c in places if c.dep_ == "prep" and c.lower_ == "from"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return self.speakers.resolve(objects[0])
        return []

    def _cited(self, children: list[Token]) -> list[Source]:
        for child in children:
            if child.dep_ == "advcl" and child.lower_ == "citing":
                objects = [c for c in child.children if c.dep_ == "dobj"]
                if objects:
                    return self.speakers.resolve(objects[0])
        return []


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


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: "posted by the group"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun while the parser gives it a verb's place:
    a relative clause's head ("whom the prosecutor accuses of ..."), a clause's with a subject."""
    if token.pos_ in ("VERB", "AUX") or token.dep_ == "relcl":
        return True  # the head of a relative clause is its predicate, whatever its tag
    return token.dep_ in ("ROOT", "ccomp") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    )
