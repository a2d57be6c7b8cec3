"""Who takes part: the agents, victims and other parties of a trigger, the armed parties on
either side, and who reports a sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.analyze.actors import Day
from sitrep.analyze.events.drafts import (
    _ARMED_KINDS,
    _OBJECT_DEPS,
    _PARTY_PREPS,
    _STATE_KINDS,
    _SUBJECT_DEPS,
    _UNIDENTIFIED,
    _VICTIM_PREPS,
    AssemblyLexicon,
    _gapped_count_clause,
    _is_passive,
    _span_root,
)
from sitrep.model import ActorMention

if TYPE_CHECKING:
    from sitrep.analyze.events.article import ArticleView

# A teller's word for itself as the subject of what it tells ("the army said it killed ..."),
# or for its own men or arms ("the group said its fighters seized ...").
_SELF_PRONOUNS = frozenset({"it", "they", "we"})
_SELF_POSSESSIVES = frozenset({"its", "their", "our"})
# How a name describes the noun it hangs on: "Hamas-run ministry", "Houthi-run media"
_DESCRIBING = frozenset({"compound", "amod", "npadvmod"})
# How a party's name hangs on the noun of another named with it: "Armenian and Azerbaijani
# forces", "Al-Shabaab and Islamic State fighters"
_DESCRIBING_ANY = frozenset({"compound", "amod", "nmod", "poss"})


class Parties:
    """The actors and sources of one article as parties to its incidents."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view

    def counterpart(
        self,
        name: str | None,
        relocate: Callable[[ActorMention, str | None, Day], str],
        code: str | None,
        year: Day,
    ) -> str | None:
        """The armed party most named in the article on the other side of ``name``: non-state
        against state forces, state forces against anyone else."""
        state_side = name is not None and name.startswith(("Military Forces", "Police Forces"))
        counts: dict[str, int] = {}
        for mention in self.view.analysis.actors:
            if mention.kind not in _ARMED_KINDS or self.is_reporter(mention):
                continue  # "..., police said": who tells of a battle is not its other side
            other = relocate(mention, code, year)
            if other == name or (mention.kind in _STATE_KINDS) == state_side:
                continue
            counts[other] = counts.get(other, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def foreign_party(self, code: str | None) -> ActorMention | None:
        """The armed party of another country the article names most."""
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        for mention in self.view.analysis.actors:
            if mention.kind in _ARMED_KINDS and mention.country_code not in {None, code}:
                counts[mention.name] = counts.get(mention.name, 0) + 1
                first.setdefault(mention.name, mention)
        return first[max(counts, key=counts.__getitem__)] if counts else None

    def opponent_of(
        self, actor: ActorMention, ally: ActorMention | None = None
    ) -> ActorMention | None:
        """The armed party the article names most on another side than ``actor`` and its
        ``ally`` ("French and Malian troops attacked": Mali's are no opponent of France's)."""
        sides = {m.country_code or m.name for m in (actor, ally) if m is not None}
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        for mention in self.view.analysis.actors:
            if mention.kind not in _ARMED_KINDS or (mention.country_code or mention.name) in sides:
                continue
            if self.owned_by_teller(mention) or self.is_reporter(mention):
                continue  # "the group said its fighters ...": its own men are no opponent
            if actor.kind not in _STATE_KINDS and mention.name.startswith(_UNIDENTIFIED):
                continue  # "Al-Shabaab ... the militants": a group's men named by their kind
            counts[mention.name] = counts.get(mention.name, 0) + 1
            first.setdefault(mention.name, mention)
        if not counts:
            return None
        return first[max(counts, key=counts.__getitem__)]

    def joined_to(self, actor: ActorMention, mentions: list[ActorMention]) -> ActorMention | None:
        """The party named joined to ``actor`` before its one noun: "Azerbaijani" in
        "Armenian and Azerbaijani forces", "Al-Shabaab" in "Al-Shabaab and Islamic State
        fighters"."""
        doc = self.view.doc
        root = _span_root(doc, actor.start, actor.end)
        for mention in mentions:
            other = _span_root(doc, mention.start, mention.end)
            if mention is actor or other is None or root is None:
                continue
            first = other
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.head.i != root.i or first.i > root.i or first.dep_ not in _DESCRIBING_ANY:
                continue
            inside = (c for c in other.children if actor.start <= c.idx < actor.end)
            if first is not other or any(c.dep_ == "conj" for c in inside):
                return mention
        return None

    def directed(self, sentence: Span, head: Token) -> bool:
        """Whether the parse says who struck or who was struck ("opened fire on a patrol"),
        or the sentence names who did it by a claim or a blame ("JNIM claimed an attack on an
        army post", "officials blamed al-Shabaab for an attack on a base")."""
        mentions = self.view.sentence_actors(sentence)
        agents, victims, _ = roles(self.view, mentions, head)
        if any(m.kind in _ARMED_KINDS for m in agents + victims):
            return True
        return any(m.kind in _ARMED_KINDS and (self.claims(m) or self.blamed(m)) for m in mentions)

    def reported_by(self, sentence: Span) -> list[str]:
        sources: list[str] = []
        for attribution in self.view.attribution_index.overlapping(
            sentence.start_char, sentence.end_char
        ):
            sources.extend(s for s in attribution.sources if s not in sources)
        return sources

    def is_reporter(self, mention: ActorMention) -> bool:
        """Whether a party tells the incident: the subject of a verb of saying, or what
        describes it ("the Hamas-run health ministry said", "Houthi-run media reported")."""
        token = _span_root(self.view.doc, mention.start, mention.end)
        if token is None:
            return False
        while token.dep_ in _DESCRIBING and token.head.i != token.i:
            token = token.head
        return token.dep_ == "nsubj" and token.head.lemma_ in self.view.lex.reporting

    def claims(self, mention: ActorMention) -> bool:
        """Whether a party claims an incident ("Al-Shabaab claimed responsibility for the
        attack", "the group took responsibility")."""
        # "the militant group Jaish al-Adl claimed ...": the name stands in its noun's role
        token = _party_token(self.view, mention)
        if token is None or mention.kind in _STATE_KINDS:
            return False
        lex = self.view.lex
        if token.dep_ == "pobj" and token.head.dep_ == "agent":
            # "the attack was claimed by JNIM"
            verb = token.head.head
            claimed = {"nsubjpass"}
        elif token.dep_ == "nsubj":
            verb, claimed = token.head, {"dobj"}
        else:
            return False
        return verb.lemma_.lower() in lex.claim_verbs and any(
            c.dep_ in claimed and c.lemma_.lower() in lex.claim_objects for c in verb.children
        )

    def blamed(self, mention: ActorMention) -> bool:
        """Whether the sentence lays its incident on a party ("prosecutors blamed the cartel
        for the killings", "officials said, blaming ADF rebels", "the army blamed the attack
        on al-Shabaab", "accused the RSF of the massacre"): the party blamed did it."""
        token = _party_token(self.view, mention)
        if token is None:
            return False
        accusing = self.view.actor_lexicon.accusing_verbs
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "on":
            verb = verb.head  # "blamed the attack on the group"
        elif token.dep_ != "dobj":
            return False
        return verb.pos_ == "VERB" and verb.lemma_.lower() in accusing

    def tells_own_act(self, mention: ActorMention, head: Token) -> bool:
        """Whether a party tells what it did itself: "the army said it killed 20 fighters",
        "police said they shot dead two robbers", "the rebels said their fighters took the
        town". The teller is the one who acted."""
        token = _span_root(self.view.doc, mention.start, mention.end)
        if token is None or not self.is_reporter(mention):
            return False
        kinds = self.view.lex.group_descriptions
        if token.dep_ == "compound" and token.head.lemma_.lower() in kinds:
            token = token.head  # "the JNIM group said it ...": the group's noun tells it
        # the clause the teller says, with the teller's pronoun as its subject
        said = next((v for v in (head, *head.ancestors) if v.head.i == token.head.i), None)
        if said is None or said.dep_ != "ccomp" or said.i == token.head.i:
            return False
        if _bare_participle(said):
            # "Troops killed in ambush, army says": a headline's passive, the troops were hit
            return False
        return any(
            c.dep_ == "nsubj" and (_names_the_teller(c) or self._bare_forces_of(mention, c))
            for c in said.children
        )

    def _bare_forces_of(self, teller: ActorMention, subject: Token) -> bool:
        """ "The Israeli military said troops had exchanged fire": forces of the teller's
        kind, named by nothing of their own, are the teller's."""
        generic = self.view.actor_lexicon.generic.get(subject.lower_)
        if teller.kind not in _STATE_KINDS or generic is None or generic.kind != teller.kind:
            return False
        return not any(c.dep_ in _NAMING_DEPS for c in subject.children)

    def owned_by_teller(self, mention: ActorMention) -> bool:
        """Whether a party is named as the teller's own ("its forces", "their jets")."""
        token = _span_root(self.view.doc, mention.start, mention.end)
        return token is not None and _owned(token)

    def identified_members(self) -> list[tuple[int, ActorMention]]:
        """Named armed groups a sentence says the dead belonged to ("he was a Hezbollah
        commander", "one of the dead was a member of al-Shabaab"), by where the sentence
        starts."""
        words = self.view.actor_lexicon
        found = []
        for mention in self.view.analysis.actors:
            if mention.kind not in _ARMED_KINDS or mention.kind in _STATE_KINDS:
                continue
            token = _span_root(self.view.doc, mention.start, mention.end)
            if token is None:
                continue
            member = token.head
            if token.dep_ == "pobj" and member.lower_ == "of":
                member = member.head  # "a commander of Hezbollah"
            elif token.dep_ not in {"compound", "amod", "poss", "nmod"}:
                continue
            if member.dep_ != "attr" or member.lemma_.lower() not in words.member_nouns:
                continue
            subjects = [c for c in member.head.children if c.dep_ == "nsubj"]
            if any(s.lower_ in words.dead_referents for s in subjects):
                found.append((token.sent.start_char, mention))
        return found

    def identified_attackers(self) -> list[tuple[int, ActorMention]]:
        """Named armed groups a sentence says unnamed armed men belonged to ("police said the
        militants belonged to Lashkar-e-Taiba", "the attackers were members of JNIM", "the
        gunmen were from the Gulf Clan"), by where the sentence starts."""
        found = []
        for mention in self.view.analysis.actors:
            if mention.kind not in _ARMED_KINDS or mention.kind in _STATE_KINDS:
                continue
            token = _party_token(self.view, mention)
            if token is None or token.dep_ != "pobj":
                continue
            verb = _verb_of_belonging(token.head, self.view.actor_lexicon.member_nouns)
            if verb is not None and any(self._unnamed_armed(c) for c in verb.children):
                found.append((token.sent.start_char, mention))
        return found

    def _unnamed_armed(self, subject: Token) -> bool:
        """ "the militants", "the attackers": armed men named by their kind only."""
        if subject.dep_ != "nsubj":
            return False
        entry = self.view.actor_lexicon.generic.get(subject.lower_)
        return entry is not None and entry.kind == "militia"

    def is_killed(self, mention: ActorMention) -> bool:
        """Whether the text says this party was killed ("25 soldiers were killed")."""
        token = _span_root(self.view.doc, mention.start, mention.end)
        if token is None:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NUM":
            token = token.head.head  # "one of its soldiers was killed"
        head = token.head
        # a headline's "two soldiers killed in ambush": the participle hangs on its patient
        told = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if told is not None and told.lemma_.lower() in self.view.lex.kill_verbs:
            head = told
        lemma = head.lemma_.lower()
        if lemma in self.view.lex.kill_verbs and head.pos_ == "VERB":
            # "burned to death" kills, "burned" alone need not
            needs = self.view.lex.kill_needs.get(lemma, frozenset())
            said = {t.lower_ for c in head.children for t in (c, *c.children)}
            if needs and not needs & said:
                return False
            if head is told or (token.dep_ == "nsubj" and _bare_participle(head)):
                return True
            return token.dep_ == "nsubjpass" or token.dep_ == "dobj"
        if lemma == "leave" and token.dep_ == "dobj":
            # "leaving two soldiers dead"
            return any(c.lower_ == "dead" for c in (*head.children, *token.children))
        return lemma in self.view.lex.die_verbs and token.dep_ == "nsubj"


# Verbs whose subject suffers the loss told: "the army lost three soldiers", "lost the town".
_LOSING = frozenset({"lose"})
# Nouns of holding a place: whose hands or control a place falls into took it.
_HOLDING_NOUNS = frozenset({"hand", "hands", "control", "grip"})
# What a struck place or vehicle holds: "a base housing US troops", "a bus carrying soldiers".
_HOLDING_WORDS = frozenset({"housing", "hosting", "carrying", "transporting"})
# Words that modify the noun after them: "drone and rocket attack", "gun and bomb attack".
_NOUN_MODIFIERS = frozenset({"nmod", "compound", "amod"})
# What names whose a noun is: "Russian troops", "rebel forces", "the army's soldiers".
_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "prep", "appos"})


def _verb_of_belonging(preposition: Token, member_nouns: frozenset[str]) -> Token | None:
    """The verb whose subject a preposition says belongs to a group: "belonged to", "were
    members of", "were from"."""
    word, attached = preposition.lower_, preposition.head
    lemma = attached.lemma_.lower()
    if word == "to" and lemma == "belong":
        return attached
    if word == "from" and lemma == "be":
        return attached
    if word == "of" and lemma in member_nouns and attached.dep_ == "attr":
        return attached.head
    return None


def _names_the_teller(subject: Token) -> bool:
    """ "it", "they", or a noun the teller owns ("its forces", "their jets")."""
    return subject.lower_ in _SELF_PRONOUNS or _owned(subject)


def _owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in _SELF_POSSESSIVES for c in noun.children)


def roles(
    view: ArticleView, mentions: list[ActorMention], head: Token
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """Split a sentence's actors into agents, victims and parties of the trigger."""
    agents: list[ActorMention] = []
    victims: list[ActorMention] = []
    parties: list[ActorMention] = []
    verbs = _governing_verbs(head, view.lex)
    for mention in mentions:
        token = _span_root(view.doc, mention.start, mention.end)
        if token is None:
            continue
        role = _role_of(token, head, verbs)
        if role == "agent":
            agents.append(mention)
        elif role == "victim":
            victims.append(mention)
        elif role == "party":
            parties.append(mention)
    return agents, victims, parties


def _party_token(view: ArticleView, mention: ActorMention) -> Token | None:
    """The token that carries a party's role: the name's root, or the noun it names the men
    of ("from al-Shabaab militants", "to al-Shabaab fighters")."""
    token = _span_root(view.doc, mention.start, mention.end)
    while token is not None and token.dep_ in {"conj", "appos", "compound", "amod"}:
        if token.head.i == token.i:
            break
        token = token.head
    return token


def taken_from(view: ArticleView, mentions: list[ActorMention], head: Token) -> list[ActorMention]:
    """The parties a place is taken from ("recaptured the town from al-Shabaab", "the
    liberation of Bama from Boko Haram", "was liberated from Islamic State militants"): the
    losing side of a takeover, never its taker."""
    found = []
    verbs = _governing_verbs(head, view.lex)
    for mention in mentions:
        token = _party_token(view, mention)
        if token is None:
            continue
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ == "from" and (prep.head in verbs):
            found.append(mention)
    return found


def lost_to(
    view: ArticleView, mentions: list[ActorMention], head: Token
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The losers and the takers of a place lost ("the army lost control of the town to the
    rebels", "Somali troops lost Adan Yabaal to al-Shabaab"): the subject of "lose" gave the
    place up, whom it went "to" took it."""
    verb = next((t for t in (head, head.head) if t.lemma_.lower() == "lose"), None)
    if verb is None:
        return [], []
    losers, takers = [], []
    for mention in mentions:
        token = _party_token(view, mention)
        if token is None:
            continue
        if token.dep_ in _SUBJECT_DEPS and token.head.i == verb.i:
            losers.append(mention)
        elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head in {verb, head}:
            takers.append(mention)
    return losers, takers


def _governing_verbs(head: Token, lex: AssemblyLexicon) -> list[Token]:
    """The trigger and the verbs it hangs from ("launched an attack", "clashes broke out"),
    stopping at a verb of saying."""
    chain = [head]
    token = head
    while token.dep_ == "conj" and token.head.dep_ in _NOUN_MODIFIERS and token.pos_ == "NOUN":
        # "a drone and rocket attack wounded US troops": the weapons joined before one noun
        # are one attack, and the noun's verb governs each of them
        token = token.head
        chain.append(token)
    for _ in range(3):
        if token.head.i == token.i or token.dep_ in {"ccomp", "advcl", "conj", "relcl"}:
            break
        token = token.head
        if token.lemma_ in lex.reporting:
            break
        chain.append(token)
    shared = _gapped_count_clause(head)
    if shared is not None:
        # "three policemen were killed in X and two others injured in Y": the count's men are
        # of the kind the passive before names, done to as they were
        chain.append(shared)
    return chain


def _role_by_preposition(preposition: Token, head: Token, verbs: list[Token]) -> str | None:
    """The role of an actor that is the object of a preposition."""
    word = preposition.lower_
    attached = preposition.head
    if attached in verbs or attached.i == head.i:
        if word == "by":
            return "agent"
        if word in _VICTIM_PREPS:
            return "victim"
        if word in _PARTY_PREPS:
            return "party"
    elif word == "of" and attached.lemma_.lower() in _HOLDING_NOUNS:
        return "agent"  # "fell into the hands of the rebels": they took it
    elif word == "of" and attached.pos_ in {"NOUN", "PROPN", "NUM"}:
        # "four soldiers of the MNJTF were killed", "fighters of the RSF stormed", "one of
        # its soldiers was killed": the group stands in the role of the men it is said to have
        return _role_of(attached, head, verbs)
    elif word == "from" and attached.pos_ == "NOUN" and attached.dep_ in _SUBJECT_DEPS:
        # "militants from the Pakistani Taliban stormed", "fighters from al-Shabaab
        # attacked": the group the men come from acts as they do
        return _role_of(attached, head, verbs)
    return None


def _role_of(token: Token, head: Token, verbs: list[Token]) -> str | None:
    """agent, victim or party of the trigger, by the dependency that ties the actor to it."""
    if token.i == head.i:
        return None
    # Modifiers of the trigger noun: "Israeli strikes", "RSF attack", "a strike by Israel".
    if token.head.i == head.i and token.dep_ in {"amod", "compound", "poss", "nmod"}:
        return "agent"
    walk = token
    # "the Viv Ansanm group", "RSF fighters": the name stands in the phrase's role, as does
    # the owner of what was struck ("bombed Hezbollah's rocket launchers")
    while walk.dep_ in {"conj", "appos", "compound", "poss"} and walk.head.i != walk.i:
        if walk.head.i == head.i:
            break
        walk = walk.head
    if head.dep_ == "acl" and head.head.i == walk.i and _bare_participle(head):
        # headlines parse "Two soldiers killed in militant raid, army says" as soldiers whom
        # "killed" describes: the men the participle hangs from were done to
        return "victim"
    parent = walk.head
    if parent.lower_ in _HOLDING_WORDS and walk.dep_ in _OBJECT_DEPS:
        return _role_of_holder(parent, head, verbs)
    if parent.dep_ == "prep" or parent.pos_ == "ADP":
        return _role_by_preposition(parent, head, verbs)
    if parent.dep_ == "agent" and parent.head in verbs:
        return "agent"
    if parent in verbs:
        passive = _is_passive(parent) or _bare_participle(parent)
        if walk.dep_ in _SUBJECT_DEPS:
            # "the army lost three soldiers in the attack": who lost men was struck
            return "victim" if passive or parent.lemma_.lower() in _LOSING else "agent"
        if walk.dep_ in _OBJECT_DEPS:
            return "victim"
    return None


def _role_of_holder(holding: Token, head: Token, verbs: list[Token]) -> str | None:
    """The men a struck base or bus holds ("attacked a base housing US troops") stand in the
    role of what holds them: they were struck, they did not strike."""
    holder = holding.head if holding.dep_ == "acl" else holding
    return None if holder.i == head.i else _role_of(holder, head, verbs)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary and no object, as headlines write the passive
    ("Three US troops killed in drone attack in Jordan, Biden blames militias"): its subject
    is done to."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children
    )
