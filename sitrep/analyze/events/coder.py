"""The events stage: ``EventCoder()(doc, analysis)`` turns an article's triggers into events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.analyze.actors import ActorLexicon, Day
from sitrep.analyze.event_types import ReportJudge
from sitrep.analyze.event_types import load_lexicon as load_event_lexicon
from sitrep.analyze.events.article import ArticleContext, _sentence_lines
from sitrep.analyze.events.drafts import (
    _ARMED_KINDS,
    _OFFICE_TIER,
    _PEOPLE_KINDS,
    _PEOPLE_NAMES,
    _POST_ATTACKS,
    _STATE_KINDS,
    _UNIDENTIFIED,
    _WITNESS_TIER,
    NAMED_PERSON,
    AssemblyLexicon,
    Draft,
    Toll,
    _answered,
    _contains,
    _fatalities,
    _is_state,
    _place_level,
    _same_place,
    _since_when,
    _span_root,
    _war_span,
    load_assembly_lexicon,
)
from sitrep.analyze.events.merging import (
    _REMOTE,
    _absorb_generic,
    _add_orphan_zeros,
    _add_stray_tolls,
    _date_alongside,
    _date_by_lent_days,
    _date_by_the_told_past,
    _date_sequels,
    _drop_carried_campaigns,
    _drop_unplaced_past,
    _drop_vague,
    _fold_details,
    _fold_headline,
    _fold_references,
    _fold_retellings,
    _merge,
    _says,
    _settle_abduction,
    _settle_protest_force,
    _type_as_before,
    _type_by_the_lead,
    _type_clashes_of_a_crowd,
)
from sitrep.analyze.events.parties import lost_to, roles, taken_from
from sitrep.analyze.events.sentences import (
    _TERRITORY,
    _a_long_state,
    _a_recollection,
    _a_reference,
    _a_wave,
    _an_effects_cause,
    _at_the_same_place,
    _causes_the_last,
    _clause_verb,
    _collapse_chains,
    _describes_a_noun,
    _drop_descriptions,
    _drop_epithets,
    _drop_fronted_town,
    _drop_offset_anchors,
    _fought_on_the_ground,
    _framed_as_another,
    _going_on_as_backdrop,
    _honoured_setting,
    _in_a_clause_apart,
    _in_a_setting,
    _in_its_nth,
    _in_one_country,
    _in_simple_present,
    _intended,
    _judged_by_purpose,
    _line_bounds,
    _litany,
    _moving_now,
    _no_agreement_reached,
    _off_the_road,
    _one_alike,
    _one_stretch,
    _outcome_of,
    _pointed_back_by_word,
    _retold_as_subject,
    _settle_territory,
    _sibling_places,
    _since_it_broke_out,
    _states_a_condition,
    _still_to_come,
    _struck_apart,
    _struck_in_its_own_clause,
    _sure_places,
    _territory_by_actor,
    _told_as_alike,
    _told_as_another,
    _told_as_cause,
    _told_as_known,
    _weapon_strike,
    _what_they_had_done,
    _what_they_were_doing,
    _where_the_same,
    raging_now,
)
from sitrep.analyze.tokens import span_text
from sitrep.gazetteer import Gazetteer, country_centre, open_index
from sitrep.model import ActorMention, Analysis, Event, Location, Place, Trigger, event_id
from sitrep.model import Span as TextSpan

# Sides of a toll that count people, not an armed party's men.
_PEOPLE_SIDES = frozenset({"people", "any", NAMED_PERSON})
_HIDDEN_BOMB = "Remote explosive/landmine/IED"
_AIR_STRIKE = "Air/drone strike"
_SHELLING = "Shelling/artillery/missile attack"
_ON_CIVILIANS = ("Violence against civilians", "Attack")
_MOVES = "Change to group/activity"  # a change of a force's activity: its moves


# Verbs a find is told by in the present ("the mass grave contains the bodies of 200 men").
_HOLDING_VERBS = frozenset({"contain", "hold"})


def _a_find_that_holds(head: Token, trigger: Trigger) -> bool:
    """Whether a find (a mass grave) is told by what it holds: the present says what was
    found, and the find is the news, not a standing state."""
    verb = head.head
    return (
        trigger.sub_event_type == "Other"
        and head.dep_ == "nsubj"
        and verb.lemma_.lower() in _HOLDING_VERBS
    )


# A headline's longest line (the layout reads a longer first line as a paragraph).
_HEADLINE_MAX_CHARS = 200


def _a_lone_headline(context: ArticleContext, head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the article is its headline alone ("Nurses protest unpaid wages in Lagos"): one
    short line, told by a verb of action in the simple present with no word of habit ("every
    week", "often"). The layout reads a headline only above a body, so
    such a brief would be read as a body's present, a state of affairs; a verb of being or
    holding still tells a state ("protests are common in the capital", "gangs control the
    port")."""
    # a brief's headline may end in a full stop ("Doctors strike over salaries in Lagos."),
    # never in a question, a cry or a quote
    text = context.text.strip().removesuffix(".")
    if not text or "\n" in text or len(text) > _HEADLINE_MAX_CHARS or text[-1] in '.!?"”':
        return False
    sentence, begin = head.sent, context.text.find(text)
    if sentence.start_char > begin or sentence.end_char < begin + len(text):
        return False  # one sentence of several: no headline's shape
    verb = _clause_verb(head)
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in lex.state_verbs | {"be"}:
        return False
    # "Protesters plan to march in Nairobi": an aim or a plan, whose deed is still to come
    if any(c.dep_ in {"aux", "auxpass", "xcomp"} for c in verb.children):
        return False
    return not any(t.lower_ in lex.habit_words for t in sentence)


def _tells_no_incident(
    context: ArticleContext,
    start: int,
    head: Token,
    trigger: Trigger,
    dated: bool,
    judge: ReportJudge | None,
    at_town: bool = False,
) -> bool:
    """Whether the trigger's clause tells a state, an aim, a cause or a task, not an incident
    (a headline is read apart: it speaks in the present). ``at_town``: the sentence places the
    trigger at a town (a fight raging there is the day's news)."""
    body = start >= context.headline_end
    if body and _still_to_come(head, context.lex):
        # "the truce is due to take effect on Monday": to come, unless it is the article's
        # only word of the truce, whose agreement it then tells
        return not (_taking_effect(head) and _sole_agreement(context, trigger))
    raging = at_town and raging_now(head, context.lex)
    raging = raging or (trigger.sub_event_type == _MOVES and _moving_now(head))
    stated = _states_a_condition(head) and not _a_find_that_holds(head, trigger)
    if not dated and body and not raging and stated:
        # "Al Shabaab is fighting the government": a state of affairs, unless the report model
        # reads news told in the present ("gunmen kill five in a raid on a village")
        span = context.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        news = judge is not None and span is not None and _in_simple_present(head)
        # "gangs control the capital": a verb of holding is a state in any present
        news = news and head.lemma_.lower() not in context.lex.state_verbs
        news = news and judge.told_as_news(span)
        if not (news or _a_lone_headline(context, head, context.lex)):
            return True
    if body and _intended(head, context.lex, protest=trigger.event_type == "Protests"):
        return True  # "in its attempt to take control of the region": an aim
    if body and _judged_by_purpose(head, context.lex):
        return True  # "the raids are intended to derail the talks": a judgement, no incident
    if not dated and _an_effects_cause(head, context.lex):
        return True  # "people displaced by the fighting": the war's toll, no incident
    # "thousands flee fighting in the region": the war told as its effect (a headline's
    # "flee" may be parsed as a noun that the fighting describes)
    fled = head.dep_ in {"dobj", "acl"} and head.head.lemma_.lower() in context.lex.flight_verbs
    if not dated and fled:
        return True
    if _set_against_the_news(context, head, trigger):
        return True
    if _war_span(head, context.lex) is not None:
        return True  # "a truce after five weeks of fighting that has killed 700": background
    if body and (_a_long_state(head, context.lex) or _held_under(head, trigger)):
        # "gangs have long controlled the capital", "a town under blockade": a state of the war
        return True
    backdrop = body and not at_town and _going_on_as_backdrop(head, context.lex)
    if backdrop or _in_its_nth(head, context.lex):
        # "as fighting entered its second week": the war's age; "killed nine, as the
        # offensive continued across Gaza": the war's backdrop
        return True
    if _since_it_broke_out(head, context.lex):
        return True  # "8,000 have fled since the offensive began": a count's yardstick
    if not dated and body and _a_wave(head, context.lex):
        # "protests have erupted across the territories": a wave, no one place; with its own
        # day ("staged protests across the country on Saturday") it is the day's news
        return True
    described = _what_they_had_done(head)
    if described is not None and (
        trigger.event_type == "Strategic developments"
        or described.lemma_.lower() in context.lex.settlements
    ):
        return True  # "soldiers who had surrendered", "a village that had been raided"
    # "policemen who were setting up a checkpoint": the victims' task
    return trigger.event_type == "Strategic developments" and _what_they_were_doing(head)


def _tolls_at(
    context: ArticleContext, place: Place | None, tolls: list[Toll], several: bool
) -> list[Toll]:
    """The sentence's tolls that belong to one of its places: the count told for it when the
    sentence lists several ("two in Kharkiv, three in Dnipro"), or the part an "including"
    gives it ("killed 30 across Gaza, including 12 in Rafah": Rafah's are the 12)."""
    if place is None:
        return tolls
    token = _span_root(context.doc, place.start, place.end)
    if several:
        return context.tolls.at_place(token) if token is not None else []
    return (context.tolls.included_at(token) if token is not None else []) or tolls


def _among_the_dead(head: Token, heads: list[Token | None]) -> bool:
    """Whether the trigger only names whom another trigger of its sentence killed ("three
    soldiers were among the dead after militants attacked a checkpoint", "among those killed
    in the strike were four children"): the dead are that incident's, no incident of their
    own (whose subject a killing would take for its doer)."""
    holder = head.head if head.dep_ in {"acl", "relcl"} else head
    if holder.dep_ != "pobj" or holder.head.lower_ != "among":
        return False
    return any(other is not None and other.i != head.i for other in heads)


def _doers(
    trigger: Trigger,
    head: Token,
    triggers: list[Trigger],
    heads: list[Token | None],
    lex: AssemblyLexicon,
) -> bool:
    """Whether the trigger only names the doers of an incident another trigger of its clause
    tells ("the attackers arrived on motorcycles and opened fire on residents"): its subject,
    of its verb or of a verb joined to it. Not a doer that is a weapon ("a suicide attacker
    drove a truck into the compound"), which tells how it struck, nor doers of a mere
    development ("the attackers then set fire to the building"), whose attack it still names."""
    if trigger.sub_event_type != "Armed clash" or head.lemma_.lower() not in lex.doer_nouns:
        return False
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    own = {t.i for t in head.subtree}
    told = {t.i for t in verb.subtree} - own
    return any(
        other is not None and other.i in told and kind.event_type != "Strategic developments"
        for kind, other in zip(triggers, heads, strict=True)
    )


def _held_under(head: Token, trigger: Trigger) -> bool:
    """Whether a protest's noun is what a place is held under ("a town under blockade for
    two years", "under a lockdown"): a siege laid on it, not a crowd's action."""
    protest = trigger.event_type == "Protests"
    return protest and head.dep_ == "pobj" and head.head.lower_ == "under"


_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _set_against_the_news(context: ArticleContext, head: Token, trigger: Trigger) -> bool:
    """Whether the trigger is what the news is about or set against, not news itself: a
    crowd's grievance ("protested over the detention of a senator") or an agreement talked of
    ("fighting raged despite ceasefire talks")."""
    if trigger.sub_event_type == "Agreement" and _no_agreement_reached(head, context.lex):
        return True
    return _a_grievance(context, head)


def _a_grievance(context: ArticleContext, head: Token) -> bool:
    """Whether the trigger names what a protest of its sentence is about ("hundreds protested
    over the detention of a senator", "the rallies were against the arrest of", "threw stones
    in anger over the killings"): the crowd's grievance, told as known, not the news; unless
    its own words date it ("over the killing of a student on Sunday")."""
    lex = context.lex
    prep = head.head
    if head.dep_ != "pobj" or any(t.ent_type_ in {"DATE", "TIME"} for t in head.subtree):
        return False
    governor = prep.head
    motive = governor.lemma_.lower() in lex.motive_nouns
    preps = lex.grievance_preps | lex.motive_preps if motive else lex.grievance_preps
    if prep.lower_ not in preps:
        return False
    if motive:
        governor = _acting_in_motive(governor)
    protest = [governor]
    if governor.lemma_ == "be":  # "the protests were over the arrest"
        protest += [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if governor.dep_ == "advcl":  # "rallied, demanding justice for"
        protest.append(governor.head)
    starts = {t.start for t in context.analysis.triggers if t.event_type in _CROWD_TYPES}
    return any(token.idx in starts for token in protest)


def _acting_in_motive(noun: Token) -> Token:
    """The verb a motive noun tells the reason of: "threw" for "threw stones in anger over",
    "demanding" for "demanding justice for"."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head
    return noun.head if noun.dep_ == "dobj" else noun


def _taking_effect(head: Token) -> bool:
    """Whether what is still to come is the trigger's taking effect ("the truce is due to take
    effect", "to come into force"), not talks or a rally still to begin."""
    return any(
        t.lower_ in {"effect", "force"} and t.dep_ in {"dobj", "pobj"} for t in head.head.subtree
    )


def _sole_agreement(context: ArticleContext, trigger: Trigger) -> bool:
    """Whether the trigger is an agreement, and the article tells of no other: a truce "set to
    take effect tomorrow" is then the news of the truce agreed (ACLED's agreement), which
    a report of its signing would otherwise carry."""
    if trigger.sub_event_type != "Agreement":
        return False
    # "the ceasefire agreement": the words of one sentence name the one truce
    return not any(
        other.sub_event_type == "Agreement" and other.sent_start != trigger.sent_start
        for other in context.analysis.triggers
    )


def _told_alongside(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the verb of the trigger's clause ("shelling also killed a man", "protesters
    also blocked roads") bears an adverb telling it as happening beside the incident before."""
    for token in (head, *head.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in lex.alongside for c in token.children):
            return True
        # a gerund in a noun's place ("shelling also killed") is not yet the clause's verb
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in _NOMINAL_DEPS:
            return False
    return False


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "csubj"})


def _told_by_its_doers(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the subject of the trigger's clause is armed people named as ones already told
    of ("The attackers fired rockets", "the militants used a car bomb before storming the
    base"): the incident told before, in more detail."""
    for token in (head, *head.ancestors):
        if _during_the_told(token, lex):
            return True  # "a roadside bomb also hit a vehicle during the attack"
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            told = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            return told and subject.lower_ in lex.origin_nouns
    return False


def _during_the_told(verb: Token, lex: AssemblyLexicon) -> bool:
    """Whether the verb happened "during the attack" (the noun with "the"): within it."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "during"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in lex.during_nouns
            and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
            for o in prep.children
        )
        for prep in verb.children
    )


def _mark_set_off(
    context: ArticleContext, bounds: tuple[int, int], triggers: list[Trigger], before: list[Draft]
) -> None:
    """An arrest told just before a sentence saying "the incident sparked clashes" set them
    off: its own event, not a detention made in them."""
    if not before:
        return
    sentence = context.doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
    if sentence is None:
        return
    heads = [_span_root(context.doc, t.start, t.end) for t in triggers]
    if not _causes_the_last(sentence, {h.i for h in heads if h is not None}, context.lex):
        return
    last = before[-1].evidence.start
    for draft in before:
        if draft.evidence.start == last and draft.sub_event_type == "Arrests":
            draft.cause = True


def _an_era(draft: Draft, lex: AssemblyLexicon) -> bool:
    return draft.date_explicit and (draft.date_end - draft.date_start).days > lex.era_days


def _date_headline(context: ArticleContext, drafts: list[Draft]) -> None:
    """A headline left as its own incident ("Two soldiers killed in ambush in north Mali")
    rarely says when: it retells the lede, whose day ("died on Friday when ...") is its own.
    A headline that states its day keeps it, and a lede without one changes nothing."""
    undated = [d for d in drafts if d.evidence.start < context.headline_end and not d.date_explicit]
    lede = _lede(context) if undated else None
    if lede is None or lede.root is None:
        return
    start, end, precision, stated = context.timing.event_dates(lede, lede.root)
    if not stated:
        return
    for draft in undated:
        draft.date_start, draft.date_end, draft.time_precision = start, end, precision
        draft.date_explicit = True


def _lede(context: ArticleContext) -> Span | None:
    """The body's first sentence after its dateline ("BUNIA, Congo (Reuters) -"), cut at
    the headline the parser may have run into it."""
    text, begin = context.text, context.headline_end
    while begin < len(text) and text[begin].isspace():
        begin += 1
    for start, end in [*context.layout.datelines, *context.layout.wire_datelines]:
        if start <= begin < end:
            begin = end
    while begin < len(text) and text[begin].isspace():
        begin += 1
    if begin >= len(text):
        return None
    first = context.doc.char_span(begin, begin + 1, alignment_mode="expand")
    if first is None or not len(first):
        return None
    return context.doc.char_span(begin, first[0].sent.end_char, alignment_mode="expand")


# ------------------------------------------------------------------------------------------
# The stage


class EventCoder:
    """The events stage: ``EventCoder()(doc, analysis)`` returns the article's events, built
    from the triggers layer outside the layout's photo captions."""

    def __init__(
        self,
        lex: AssemblyLexicon | None = None,
        actors: ActorLexicon | None = None,
        taxonomy: dict[str, str] | None = None,  # ACLED sub-event type -> its event type
        gaz: Gazetteer | None = None,
        judge: ReportJudge | None = None,  # the report model; the rules alone without it
    ) -> None:
        self.lex = lex if lex is not None else load_assembly_lexicon()
        self.actors = actors if actors is not None else ActorLexicon()
        self.taxonomy = taxonomy if taxonomy is not None else load_event_lexicon().taxonomy
        self.gazetteer = gaz if gaz is not None else open_index()
        self.judge = judge
        # named groups that bear arms against the state (rebels, militias), not peacekeepers
        self._armed_groups = frozenset(
            g.name for g in self.actors.groups if g.kind in {"rebel", "militia"}
        )

    def __call__(self, doc: Doc, analysis: Analysis) -> list[Event]:
        context = ArticleContext(doc, analysis, self.lex, self.actors, self.gazetteer)
        drafts: list[Draft] = []
        triggers = [t for t in analysis.triggers if not analysis.layout.in_caption(t.start)]
        by_sentence: dict[tuple[int, int], list[Trigger]] = {}
        for trigger in triggers:
            by_sentence.setdefault(_line_bounds(context.text, trigger), []).append(trigger)
        for bounds, sentence_triggers in by_sentence.items():
            _mark_set_off(context, bounds, sentence_triggers, drafts)
            drafts.extend(self._sentence_drafts(context, bounds, sentence_triggers, len(drafts)))
            # a reaction's place ("condemned the attack, said in Kyiv") is no scene, nor is
            # an era's ("since 2014, when the rebels seized the capital")
            placed = [
                d
                for d in drafts
                if d.place_explicit and d.place and not d.reference and not _an_era(d, self.lex)
            ]
            if placed:
                context.scene.story_place = placed[-1].place
        _type_as_before(drafts, self.lex)
        _type_by_the_lead(drafts, self.lex)
        _type_clashes_of_a_crowd(drafts, self.lex)
        _date_sequels(drafts, self.lex)
        _date_alongside(drafts)
        _add_stray_tolls(context, drafts, set(by_sentence))
        _add_orphan_zeros(context, drafts)
        self._add_stray_claims(context, drafts, set(by_sentence))
        # The one group the article names stands for its unnamed attackers only when some
        # sentence gives it a part in an incident, not when it is mentioned in passing
        in_roles = {d.actor1 for d in drafts if not d.actor1_weak} | {d.actor2 for d in drafts}
        if context.named_group not in in_roles:
            context.named_group = None
        drafts = _fold_headline(drafts, context.headline_end, self.lex)
        drafts = _fold_details(drafts, self.lex)
        _date_headline(context, drafts)
        drafts = _fold_retellings(_fold_references(drafts, self.lex), self.lex)
        told = list(drafts)
        drafts = _absorb_generic(_drop_carried_campaigns(drafts, self.lex), self.lex)
        merged = _drop_vague(_merge(drafts, self.lex), self.lex)
        merged = _drop_unplaced_past(merged, context.published, self.lex)
        _date_by_lent_days(merged)
        _date_by_the_told_past(merged, told, context.text)
        # An incident the text places nowhere we know is still news when the article tells
        # no placed one (a wire brief, a snippet); beside placed ones it is a vague echo.
        kept = [d for d in merged if d.place is not None] or merged
        for draft in kept:
            if draft.place is None and draft.country is not None:
                draft.place, draft.precision = draft.country, 3
        self._name_identified_targets(context, kept)
        self._name_identified_attackers(context, kept)
        return [self._event(draft, analysis, index, context) for index, draft in enumerate(kept)]

    # -- one sentence ----------------------------------------------------------------------

    def _sentence_drafts(
        self,
        context: ArticleContext,
        bounds: tuple[int, int],
        triggers: list[Trigger],
        order: int,
    ) -> list[Draft]:
        doc = context.doc
        sentence = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        if sentence is None:
            return []
        heads = [_span_root(doc, t.start, t.end) for t in triggers]
        placed = self._places_by_trigger(context, sentence, triggers, heads)
        fought = _fought_on_the_ground(sentence, self.lex.ground_fighting)
        interceptions = [
            h
            for t, h in zip(triggers, heads, strict=True)
            if h is not None and t.sub_event_type == "Disrupted weapons use"
        ]
        litany = _litany(heads)
        drafts = []
        for trigger, head in zip(triggers, heads, strict=True):
            if head is None or _among_the_dead(head, heads):
                continue
            doers = _doers(trigger, head, triggers, heads, self.lex)
            if doers or _honoured_setting(head, self.lex):
                continue  # "the attackers ... opened fire", "candles at X, where 364 died"
            places = placed.get(trigger.start) or _sibling_places(
                trigger, head, triggers, heads, placed
            )
            country = context.scene.country_only.get(trigger.start)
            if not places and trigger.start in placed and country is None:
                continue
            explicit_place = bool(places)
            places, country = _a_national_tally(context, sentence, trigger, head, places, country)
            if country is not None and not places:
                places = [(None, 3)]  # "six were killed in Myanmar": no town to put it in
            places = places or _sole_place_of(placed) or [context.scene.fallback_place(sentence)]
            others = [h for h in heads if h is not None and h.i != head.i]
            start, end, time_precision, explicit = context.timing.event_dates(
                sentence, head, others
            )
            at_town = explicit_place and all(p is not None and n < 3 for p, n in places)
            if _tells_no_incident(context, bounds[0], head, trigger, explicit, self.judge, at_town):
                continue
            if head.i in litany and not (explicit or explicit_place):
                continue  # "burning down villages and abducting children": a campaign
            trigger = _place_lost(context, sentence, head, trigger)
            settled = _settle_territory(trigger.sub_event_type, head, sentence, self.lex.territory)
            if settled is None:
                continue
            struck = (
                _weapon_strike(trigger, settled, sentence, self.lex)
                or self._state_bomb(context, sentence, trigger)
                or self._attack_from_afar(head, trigger, places)
            )
            if struck is not None:
                trigger = struck
            elif settled != trigger.sub_event_type:
                event_type = self.taxonomy[settled]
                trigger = replace(trigger, sub_event_type=settled, event_type=event_type)
            tolls = context.tolls.stated(sentence, head, split=len(places) > 1)
            words = (
                doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
                or head.doc[head.i : head.i + 1]
            )
            reported = context.parties.reported_by(sentence)
            own_days = context.timing.days_by_place([p for p, _ in places if p is not None])
            for place_and_precision in places:
                place, precision = place_and_precision
                # "five in Gao on Monday and three in Menaka on Wednesday": each its own day
                start, end = own_days.get(place.start, (start, end)) if place else (start, end)
                here = _tolls_at(context, place, tolls, several=len(places) > 1)
                actor1, actor2, armed_victim, force, weak = self._actors(
                    context, sentence, head, trigger, place
                )
                event_type, sub_event_type, actor2 = self._on_whom(
                    context, sentence, trigger, place, (actor1, actor2), here
                )
                # dated violence "in the same area" is one more incident there; a crowd that
                # gathered "in the same area later on" goes on with its demonstration, and
                # "the fighting in the same area continued" is the fighting told before
                # (dated by a day, it may be the day's incident told before: left to dates)
                elsewhere = explicit and time_precision > 1
                elsewhere = elsewhere and event_type not in {"Protests", "Riots"}
                cause = _told_as_cause(head, context.lex)
                # "the same area where ...", "three days after ...": another incident, and
                # never the story's lead-up, even when told on the days before
                # (a where-clause without a day of its own points back at one told before)
                where = _where_the_same(head)
                apart = (
                    (where is not None and context.timing.dated_within(where))
                    or _in_a_clause_apart(head)
                    or any(_since_when(t) for t in (head, *head.ancestors))
                    # "struck X in retaliation for a bombing that killed seven in Y"
                    or any(_answered(t, self.lex.reprisals) for t in (head, *head.ancestors))
                )
                # "the arrest set off clashes that killed 27": the dead are the clashes'
                set_off = cause and sub_event_type == "Arrests"
                # a raid or a bomb at a base, barracks or checkpoint strikes the forces there
                defenders = self._post_defenders(
                    context, sentence, sub_event_type, place, (actor1, actor2)
                )
                if defenders is not None:
                    armed_victim = True
                    actor2 = defenders
                if armed_victim and sub_event_type == "Attack":
                    # ACLED: an attack on soldiers, police or fighters is a battle, even one-sided;
                    # soldiers or police kidnapped without a fight are abducted, not fought
                    event_type, sub_event_type = "Battles", "Armed clash"
                drafts.append(
                    Draft(
                        event_type=event_type,
                        sub_event_type=sub_event_type,
                        place=place,
                        precision=precision,
                        place_explicit=explicit_place
                        and id(place) not in context.scene.office_places,
                        date_start=start,
                        date_end=end,
                        time_precision=time_precision,
                        date_explicit=explicit,
                        actor1=actor1,
                        actor2=actor2,
                        force=force,
                        directed=context.parties.directed(sentence, head),
                        actor1_weak=weak,
                        tolls=[] if set_off else list(here),
                        reported_by=list(reported),
                        evidence=TextSpan(
                            span_text(sentence), sentence.start_char, sentence.end_char
                        ),
                        # told as the occasion of the sentence's news ("after the
                        # clashes"), it is less surely the report's own incident
                        confidence=trigger.confidence
                        * (1.0 if explicit else 0.9)
                        * (0.9 if cause else 1.0),
                        order=order + len(drafts),
                        triggers=[trigger],
                        cause=cause,
                        of_suspects=sub_event_type == "Arrests"
                        and context.lex.suspect_grounds.search(span_text(sentence)) is not None,
                        alike=_told_as_alike(words, context.lex),
                        repeat=_told_as_another(words, head, context.lex)
                        or apart
                        or _one_alike(words, head, context.lex)
                        or (
                            elsewhere
                            and not _pointed_back_by_word(words, head)
                            and _at_the_same_place(head, context.lex.place_nouns)
                        ),
                        reference=_a_reference(head, context.lex),
                        retold=_retold_as_subject(head),
                        recalled=_a_recollection(head, context.lex),
                        country=country if place is None else None,
                        spots={bounds[0]: [place]} if explicit_place and place else {},
                        known=_told_as_known(words, head),
                        setting=_in_a_setting(head),
                        # a strike in a clause of its own is no means of the sentence's fight
                        fought=fought
                        and not (event_type == _REMOTE and _struck_in_its_own_clause(head)),
                        aside=_describes_a_noun(head),
                        separate=apart,
                        struck_apart=event_type == _REMOTE and _struck_apart(head, interceptions),
                        alongside=_told_alongside(head, context.lex),
                        by_doers=_told_by_its_doers(head, context.lex),
                        outcome_of=_outcome_of(head, triggers, heads),
                    )
                )
        _mark_separate(drafts, sentence, context.lex)
        return drafts

    def _places_by_trigger(
        self,
        context: ArticleContext,
        sentence: Span,
        triggers: list[Trigger],
        heads: list[Token | None],
    ) -> dict[int, list[tuple[Place, int]]]:
        """Each eligible place of the sentence goes to its nearest trigger in the parse."""
        # An address ("Barangay Tambobong, Baguio District, Davao City") is one place even
        # when its parts hang on different words.
        # "stormed the offices of Sudan's state broadcaster": whose, not where
        found = context.scene.sentence_places(sentence)
        found = [(p, t) for p, t in found if not context.scene.owns_a_thing(p)]
        candidates = _collapse_chains(found, context)
        candidates = _drop_offset_anchors(candidates, context.lex.directions)
        candidates = _drop_fronted_town(candidates, context.lex.near_km)
        candidates = _drop_epithets(candidates, context.lex.epithet_nouns)
        live = [(t, h) for t, h in zip(triggers, heads, strict=True) if h is not None]
        assigned, offices = _nearest_triggers(context, candidates, live)
        result = {}
        for trigger_start, pairs in assigned.items():
            if all(token.i in offices and _place_level(p) == 0 for p, token in pairs):
                # "Russia's defence ministry said its forces took the town": the teller's
                # country, no scene; the town told before places it
                continue
            if all(_place_level(p) == 0 and not context.scene.part_of(t) for p, t in pairs):
                # "six were killed around Myanmar": no place below the country, no event
                # unless the article places nothing at all
                result[trigger_start] = []
                context.scene.country_only[trigger_start] = pairs[0][0]
                continue
            pairs = _sure_places(pairs, context.focus, self.lex)
            pairs = _off_the_road(pairs, context)
            pairs = _drop_descriptions(pairs, context.lex.directions, context.lex.region_km)
            pairs = _one_stretch(pairs)
            pairs = _in_one_country(pairs, context.focus)
            places = [p for p, _ in pairs]
            pairs = [(context.scene.framing_region(p, t, places), t) for p, t in pairs]
            places = [p for p, _ in pairs]
            # "attacked a camp in X on Sunday and another in Y district on Monday": places told
            # each with a day of its own are apart, even when one holds the other
            dated_apart = context.timing.days_by_place(places)
            finest = [
                (place, token)
                for place, token in pairs
                if place.start in dated_apart
                or not any(_contains(place, other, context.lex.region_km) for other in places)
            ]
            finest = _collapse_chains(finest, context)
            unique: list[tuple[Place, int]] = []
            for place, token in finest:
                if _place_level(place) == 0:
                    continue
                if any(_same_place(place, seen) for seen, _ in unique):
                    continue
                place = context.scene.measured_off(context.scene.region_named(place, token))
                # An office's place stands for its region: it never refines a known place
                precision = 3 if token.i in offices else context.scene.precision(place, token)
                if token.i in offices:
                    context.scene.office_places.add(id(place))
                unique.append((place, precision))
            if unique:
                result[trigger_start] = unique
        return result

    # -- actors ----------------------------------------------------------------------------

    def _actors(
        self,
        context: ArticleContext,
        sentence: Span,
        head: Token,
        trigger: Trigger,
        place: Place | None,
    ) -> tuple[str | None, str | None, bool, str | None, bool]:
        """actor1, actor2, whether the victim is an armed party, the sentence's force, and
        whether actor1 is only a party the sentence mentions, in no role."""
        year = context.published
        code = _country_at(place, context.actor_home)
        mentions = context.sentence_actors(sentence)
        agents, victims, parties = _losers_apart(
            roles(context, mentions, head), context, mentions, head, trigger
        )

        def name(mention: ActorMention) -> str:
            return self.actors.relocated(mention, code, year)

        def generic(kind: str) -> str:
            return self.actors.generic_name(self.actors.templates[kind], code, year)

        mentions, agents, victims, parties = _credit_the_teller(
            context, head, mentions, (agents, victims, parties)
        )
        if head.lemma_.lower() in self.lex.finding_verbs:
            # "police found the bodies of six men": who found the dead did not kill them
            mentions = [m for m in mentions if m not in agents]
            agents = []
        killed = [m for m in mentions if context.parties.is_killed(m)]
        # "..., the army said": a party that reports the incident is its source, not a party.
        tellers = [m for m in mentions if context.parties.is_reporter(m)]
        mentions = [m for m in mentions if m not in tellers]
        victims = victims + [m for m in killed if m not in victims]
        armed_agents = [m for m in agents if m.kind in _ARMED_KINDS and m not in killed]
        armed_near = [m for m in mentions if m.kind in _ARMED_KINDS]
        forces = armed_agents or [m for m in victims if m.kind in _STATE_KINDS] or armed_near
        force = name(forces[0]) if forces else None
        event_type, sub = trigger.event_type, trigger.sub_event_type
        if event_type in {"Protests", "Riots"}:
            return (
                None,
                _crowds_target(event_type, (victims, parties), force, name, generic),
                False,
                force,
                False,
            )
        if sub == "Disrupted weapons use":
            # The interceptor is the state whose ground it is; the launcher is named by the
            # weapon ("Ukrainian drones were shot down").
            interceptor, launcher = self._interception(
                context, armed_agents, armed_near, name, code
            )
            return interceptor, launcher, False, force, False
        # "Wagner mercenaries and Malian soldiers executed villagers": of allies acting
        # together, ACLED leads with the state's forces (the others are associated)
        state_agents = [m for m in armed_agents if m.kind in _STATE_KINDS]
        actor1 = (state_agents or armed_agents or [None])[0]
        if actor1 is None and parties:
            actor1 = parties[0]
        weak = False
        # the side struck is no doer, however named: "U.S. troops were killed in a drone
        # attack on a U.S. outpost" names neither the attackers nor the launcher
        struck = {name(m) for m in victims}
        # "a man stabbed two people before being shot dead by police": the sentence names
        # its doer, if an unarmed one, and the armed party beside it only responded
        # ... but what the sentence's doers answered ("the army struck X in response to an
        # attack that killed five civilians") was done by others, unnamed
        answered = any(_answered(t, self.lex.reprisals) for t in (head, *head.ancestors))
        if actor1 is None and not answered and not any(m.kind == "civilians" for m in agents):
            actor1 = next((m for m in armed_near if name(m) not in struck), None)
            weak = actor1 is not None
        unnamed = actor1 is None or (weak and actor1.kind not in _STATE_KINDS)
        from_afar = sub in self.lex.far_strikes and actor1 is None and not context.groups_named
        if (sub in self.lex.air_strikes and unnamed) or from_afar:
            # an air strike whose launcher goes unnamed: the foreign state the article names
            # most (air power crosses borders; a group's drones are named as such); a group
            # named only beside the strike is its target
            launcher = context.parties.foreign_party(code)
            if launcher and launcher.kind in _STATE_KINDS and name(launcher) not in struck:
                victims = [actor1, *victims] if actor1 is not None else victims
                actor1, weak = launcher, False
        if sub in self.lex.hidden_attacks and weak and actor1.kind in _STATE_KINDS:
            # a bomb "hit a police patrol": the force only named beside it is the target
            victims, actor1, weak = [*victims, actor1], None, False
        actor1 = actor1 or _state_teller_of_enemy_dead(event_type, tellers, victims)
        pool = [m for m in victims + parties if m is not actor1]
        if event_type == "Battles":
            actor1, actor2 = self._battle_sides(
                context, head, actor1, (mentions, armed_near, victims + parties), name
            )
        else:
            actor2 = next(iter(pool), None)
            if actor2 is None:
                # People killed or hurt by a strike are its target even when the parse does
                # not tie them to the trigger word.
                actor2 = next((m for m in mentions if m.kind == "civilians"), None)
        armed_victim = actor2 is not None and actor2.kind in _ARMED_KINDS and actor2 in victims
        first, second = _name_unnamed_sides(
            name(actor1) if actor1 else None,
            name(actor2) if actor2 else None,
            actor2,
            armed_victim,
            event_type,
            generic,
        )
        if first is None and sub in self.lex.hidden_attacks:
            first = generic("militia")  # the unnamed bomber
        first = self._regainer(first, actor1 is None and sub == _TERRITORY[0], code, year)
        first, second = self._agreement_sides(sub, sentence, (first, second), code, year)
        return first, second, armed_victim, force, weak

    def _battle_sides(
        self,
        context: ArticleContext,
        head: Token,
        actor1: ActorMention | None,
        found: tuple[list[ActorMention], list[ActorMention], list[ActorMention]],
        name: Callable[[ActorMention], str],
    ) -> tuple[ActorMention | None, ActorMention | None]:
        """The two sides of a battle: ``actor1`` and whom the sentence has it fight, of its
        ``mentions``, the armed ones near and its victims and parties (``found``)."""
        mentions, armed_near, others = found
        pool = [m for m in others if m is not actor1]
        own = name(actor1) if actor1 else None
        sides = [m for m in pool if m.kind in _ARMED_KINDS and name(m) != own]
        # "troops clashed with ELN guerrillas, killing three rebels": the men killed, named
        # by their kind only, are of the group the sentence names (an ally only beside
        # actor1, "Wagner fighters and Malian soldiers clashed with rebels", is no side)
        named = [m for m in sides if not name(m).startswith(_UNIDENTIFIED)]
        joined = context.parties.joined_to(actor1, mentions) if actor1 else None
        pool += [m for m in armed_near if m not in (actor1, joined) and m not in pool]
        near = [m for m in pool if m.kind in _ARMED_KINDS and name(m) != own]
        actor2 = next(iter(named or sides or near), None)
        if joined and self._fight_each_other(context, head, mentions, others):
            # "Al-Shabaab and Islamic State fighters clashed": the one named first leads
            return (joined, actor1) if joined.start < actor1.start else (actor1, joined)
        if actor2 is None and actor1 is not None:
            # The other side of a battle the sentence leaves unnamed: the article's other
            # main armed party ("Ukrainian forces defending the city").
            actor2 = context.parties.opponent_of(actor1, joined)
        return actor1, actor2

    def _fight_each_other(
        self,
        context: ArticleContext,
        head: Token,
        mentions: list[ActorMention],
        others: list[ActorMention],
    ) -> bool:
        """Whether parties joined before one noun fight each other ("Thai and Cambodian
        soldiers clashed"): a fight waged on each other, against no one the sentence names
        ("... clashed with rebels"); the dead alone ("killing two soldiers") name no side.
        Joined parties that attack ("French and Malian troops attacked a camp") are allies."""
        if not {t.lemma_.lower() for t in (head, head.head)} & self.lex.mutual_fights:
            return False
        killed = [m for m in mentions if context.parties.is_killed(m)]
        return not any(m.kind in _ARMED_KINDS and m not in killed for m in others)

    def _add_stray_claims(
        self, context: ArticleContext, drafts: list[Draft], seen: set[tuple[int, int]]
    ) -> None:
        """A claim told in a sentence of its own with no incident word ("The Islamic State
        group claimed responsibility.") names who did the incident told just before it, when
        that one names no doer but an unidentified one."""
        year = context.published
        for start, end in _sentence_lines(context.doc):
            if (start, end) in seen:
                continue
            sentence = context.doc.char_span(start, end, alignment_mode="expand")
            if sentence is None:
                continue
            claimant = next(
                (m for m in context.sentence_actors(sentence) if context.parties.claims(m)), None
            )
            earlier = [d for d in drafts if d.evidence.start < start]
            if claimant is None or not earlier:
                continue
            target = max(earlier, key=lambda d: d.evidence.start)
            if target.event_type in {"Protests", "Riots", "Strategic developments"}:
                continue
            if target.actor1 is None or target.actor1.startswith(_UNIDENTIFIED):
                code = _country_at(target.place, context.actor_home)
                target.actor1 = self.actors.relocated(claimant, code, year)
                target.actor1_weak = False

    def _on_armed_target(
        self, event_type: str, sub_event_type: str, actor2: str | None
    ) -> tuple[str, str]:
        """ACLED: an attack on soldiers, police or armed men is a battle, even a one-sided
        one. Merging may leave an attack on civilians whose target another telling named as
        armed ("soldiers attacked a militia camp", then a quote: "they opened fire")."""
        if event_type != "Violence against civilians" or sub_event_type != "Attack":
            return event_type, sub_event_type
        if actor2 and (_is_state(actor2) or actor2.startswith(_UNIDENTIFIED)):
            return "Battles", "Armed clash"
        if actor2 in self._armed_groups:
            return "Battles", "Armed clash"
        return event_type, sub_event_type

    def _regainer(
        self, first: str | None, unnamed: bool, code: str | None, year: Day
    ) -> str | None:
        """Who takes a place back when no one is named (``unnamed``: "the town was liberated
        from the militants"): the state's forces, as the sub-type says."""
        if not unnamed or code is None:
            return first
        return self.actors.state_name("military", code, year)

    def _state_bomb(
        self, context: ArticleContext, sentence: Span, trigger: Trigger
    ) -> Trigger | None:
        """A bomb named as a state's forces' ("Russian bombs fell on the village", "Israeli
        bombing killed 12") is dropped from the air: an air strike, no hidden bomb."""
        if trigger.sub_event_type != _HIDDEN_BOMB:
            return None
        for mention in context.sentence_actors(sentence):
            within = mention.start <= trigger.start and trigger.end <= mention.end
            if within and mention.kind == "military" and mention.country_code is not None:
                return replace(trigger, event_type=_REMOTE, sub_event_type=_AIR_STRIKE)
        return None

    def _attack_from_afar(
        self, head: Token, trigger: Trigger, places: list[tuple[Place | None, int]]
    ) -> Trigger | None:
        """A state's attacks named by its people's word alone, on a town of another country
        ("Russian attacks killed three in Kostiantynivka", "Israeli attacks killed 12 in Khan
        Younis"), come from afar: ACLED's shelling, not an attack on civilians by hand. The
        verb they are the subject of ("killed") tells the same fire."""
        if trigger.sub_event_type not in {"Attack", "Armed clash"}:
            return None
        noun = _attack_noun(head, self.lex.remote_attack_nouns)
        if noun is None:
            return None
        if trigger.sub_event_type == "Armed clash" and not _on_a_place(noun, places):
            # "a Russian attack on Ukrainian positions near Bakhmut" is fought on the ground;
            # "two were killed in a Russian attack on (the city of) Sumy" came from afar
            return None
        towns = {p.country_code for p, _ in places if p is not None and p.country_code}
        states = {
            self.actors.country_of(c.text)
            for c in noun.children
            if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN"}
        } - {None}
        if len(towns) != 1 or len(states) != 1 or towns == states:
            return None
        return replace(trigger, event_type=_REMOTE, sub_event_type=_SHELLING)

    def _struck_civilians(
        self, context: ArticleContext, place: Place | None, event_type: str, tolls: list[Toll]
    ) -> str | None:
        """The civilians of the place's country, when a strike killed people the sentence
        names no party of ("hit a residential building in Odesa, killing two")."""
        if event_type != _REMOTE or not _people_died(tolls):
            return None
        return self._civilians_at(context, place)

    def _on_whom(
        self,
        context: ArticleContext,
        sentence: Span,
        trigger: Trigger,
        place: Place | None,
        actors: tuple[str | None, str | None],
        tolls: list[Toll],
    ) -> tuple[str, str, str | None]:
        """The event type and target a trigger's victims make it."""
        event_type, sub_event_type = trigger.event_type, trigger.sub_event_type
        actor1, actor2 = actors
        actor2 = actor2 or self._struck_civilians(context, place, event_type, tolls)
        if self._one_sided(sentence, (event_type, sub_event_type), (actor1, actor2), tolls):
            # "seven miners were killed in an attack by insurgents": no armed side stood
            # against them; the dead are the civilians the attack was on
            return (*_ON_CIVILIANS, self._civilians_at(context, place))
        return event_type, sub_event_type, actor2

    def _one_sided(
        self,
        sentence: Span,
        types: tuple[str, str],
        actors: tuple[str | None, str | None],
        tolls: list[Toll],
    ) -> bool:
        """Whether a clash with one non-state side killed people only, in a sentence that
        names no fighting ("killed in armed clashes" has two sides, though it names one)."""
        if not _one_sided_killing(*types, actors, tolls):
            return False
        words = self.lex.ground_fighting.words
        return not any(
            t.lemma_.lower() in words or t.lower_.removesuffix("ing") in words for t in sentence
        )

    def _civilians_at(self, context: ArticleContext, place: Place | None) -> str:
        code = _country_at(place, context.actor_home)
        template = self.actors.templates["civilians"]
        return self.actors.generic_name(template, code, context.published)

    def _agreement_sides(
        self,
        sub: str,
        sentence: Span,
        sides: tuple[str | None, str | None],
        code: str | None,
        year: Day,
    ) -> tuple[str | None, str | None]:
        """A government (its president, its ministers) that signs an agreement is a party by
        the name of its government, first; the other party is the group it signs with."""
        first, second = sides
        words = self.actors.government_words
        if sub != "Agreement":
            return first, second
        signer = next((t for t in sentence if t.lower_ in words), None)
        if signer is None:
            return first, second
        # "the Colombian government", "Mozambican President ...": whose, before where
        whose = (self.actors.country_of(c.text) for c in signer.children if c.i < signer.i)
        code = next((c for c in whose if c is not None), code)
        if code is None:
            return first, second
        government = self.actors.generic_name(self.actors.government_template, code, year)
        others = [a for a in (first, second) if a is not None and not _is_state(a)]
        return government, next(iter(others), None)

    def _name_identified_attackers(self, context: ArticleContext, drafts: list[Draft]) -> None:
        """An incident whose armed side goes unidentified, then a sentence saying who those
        men were ("police said the militants belonged to Lashkar-e-Taiba"): the group is that
        side of the incident told last."""
        year = context.published
        for start, mention in context.parties.identified_attackers():
            before = [d for d in drafts if d.evidence.start < start]
            if not before:
                continue
            draft = max(before, key=lambda d: d.evidence.start)
            code = _country_at(draft.place, context.actor_home)
            name = self.actors.relocated(mention, code, year)
            if draft.actor1 is not None and draft.actor1.startswith(_UNIDENTIFIED):
                draft.actor1 = name
            elif draft.actor2 is not None and draft.actor2.startswith(_UNIDENTIFIED):
                draft.actor2 = name

    def _name_identified_targets(self, context: ArticleContext, drafts: list[Draft]) -> None:
        """A strike told as killing people, then the dead said to be of a named group ("he
        was a Hezbollah commander"): the group was the target of the strike told last."""
        for start, mention in context.parties.identified_members():
            before = [d for d in drafts if d.evidence.start <= start]
            if not before:
                continue
            draft = max(before, key=lambda d: d.evidence.start)
            civilians = draft.actor2 is not None and draft.actor2.startswith("Civilians")
            if draft.event_type == _REMOTE and civilians:
                code = _country_at(draft.place, context.actor_home)
                draft.actor2 = self.actors.relocated(mention, code, context.published)

    def _interception(
        self,
        context: ArticleContext,
        agents: list[ActorMention],
        near: list[ActorMention],
        name: Callable[[ActorMention], str],
        code: str | None,
    ) -> tuple[str | None, str | None]:
        """Who intercepted and whose weapon it was. The interceptor is the state whose ground
        it is, unless the sentence has a state force intercept ("US Navy destroyers shot down
        two drones over the Gulf of Aden": at sea or abroad); the launcher is named by the
        weapon ("Ukrainian drones were shot down") or is the article's foreign party."""
        year = context.published
        interceptor = self.actors.ground_forces("military", code, year) if code else None
        launcher = next((m for m in near if m.country_code not in {None, code}), None)
        shooter = next((m for m in agents if m.kind in _STATE_KINDS), None)
        if shooter is not None:
            interceptor = name(shooter)
            launcher = next((m for m in near if name(m) != interceptor), None)
            launcher = launcher or context.parties.opponent_of(shooter)
        if launcher is None:
            launcher = context.parties.foreign_party(code)
        launched = name(launcher) if launcher is not None else None
        return interceptor, (launched if launched != interceptor else None)

    def _post_defenders(
        self,
        context: ArticleContext,
        sentence: Span,
        sub_event_type: str,
        place: Place | None,
        actors: tuple[str | None, str | None],
    ) -> str | None:
        """The forces of the country a struck base or post stands in ("gunmen stormed the
        base", "attacked a police station"), when the sentence names no other target; forces
        that shoot at their own checkpoint strike whoever they stopped."""
        if sub_event_type not in _POST_ATTACKS | self.lex.hidden_attacks:
            return None
        actor1, actor2 = actors
        if _is_state(actor1) or not (actor2 is None or actor2.startswith(_PEOPLE_NAMES)):
            return None
        code = _country_at(place, context.actor_home)
        if code is None:
            return None
        site = context.scene.armed_site(sentence)
        return self.actors.ground_forces(site, code, context.published) if site else None

    def _crowd_control(self, draft: Draft, code: str | None, year: Day) -> str | None:
        """The police, when a riot's sentence tells of tear gas or water cannon but names no
        force: those are the police's."""
        if code is None or not _says(draft, self.lex.crowd_control):
            return None
        return self.actors.state_name("police", code, year)

    def _rivals_of(self, draft: Draft, known: str | None, doc: Doc) -> str | None:
        """The other side of a clash between rivals of one kind ("rival militias clashed in
        Tripoli", "fighting between rival gangs", "clashes between two armed groups"):
        unnamed men of that kind too."""
        # an unnamed clan's militia as much as an unidentified armed group ("rival clan
        # militias clashed")
        if known is None or not known.startswith(_UNIDENTIFIED.split()[0]):
            return None
        if _says(draft, self.lex.rival_words):
            return known
        sentence = doc.char_span(draft.evidence.start, draft.evidence.end, "expand")
        return known if sentence is not None and _between_one_kind(sentence) else None

    def _mob_target(self, draft: Draft, generic: Callable[[str], str]) -> str | None:
        """Whom a mob set upon: people, unless the sentence has it face armed men or the
        state's forces (an armed group only talked of is no target), or tells a fight
        ("rival supporters clashed, injuring ten people"): the people it hurt were then the
        other crowd, ACLED's rioters too."""
        target = draft.force if _is_state(draft.force) else generic("civilians")
        actor2 = draft.actor2 or target
        fought = any(t.text.lower() in self.lex.crowd_fights for t in draft.triggers)
        return generic("rioters") if actor2 == generic("civilians") and fought else actor2

    def _final_actors(self, draft: Draft, context: ArticleContext) -> tuple[str | None, str | None]:
        """Protest and riot roles follow ACLED's layout for the final sub-type; an unnamed
        perpetrator takes the one armed group the article names, when it names just one."""
        year = context.published
        code = _country_at(draft.place, context.actor_home)

        def generic(kind: str) -> str:
            return self.actors.generic_name(self.actors.templates[kind], code, year)

        sub = draft.sub_event_type
        force = draft.force
        if force is None and code is not None:
            force = self.actors.state_name("police", code, year)
        if sub == "Excessive force against protesters":
            return force, generic("protesters")
        if sub == "Protest with intervention":
            return generic("protesters"), force
        if sub == "Peaceful protest":
            return generic("protesters"), None
        if sub == "Mob violence":
            return generic("rioters"), self._mob_target(draft, generic)
        if draft.event_type == "Riots":
            return generic("rioters"), draft.actor2 or draft.force or self._crowd_control(
                draft, code, year
            )
        if sub == "Arrests" and draft.actor1 is None:
            # arrests are made by the state: the police, when the sentence names no force
            return force, draft.actor2
        unidentified = self.actors.generic_name(self.actors.templates["militia"], None, 2000)
        stem = unidentified.split(" (")[0]

        def named(actor: str | None, other: str | None) -> str | None:
            # never the group the incident was done to ("16 VDP were killed in an ambush")
            group = context.named_group
            if actor is not None and actor.startswith(stem) and group and group != other:
                return group
            return actor

        actor1, actor2 = named(draft.actor1, draft.actor2), named(draft.actor2, draft.actor1)
        if actor2 == actor1:
            actor2 = None
        if draft.event_type == "Battles":
            # A battle is fought by armed sides: the people it killed are its toll, not a side
            # ("fighting between rival armed groups in Tripoli killed nine people")
            civilians = generic("civilians")
            actor1 = None if actor1 == civilians else actor1
            actor2 = None if actor2 == civilians else actor2
        if draft.event_type == "Battles" and (actor1 is None) != (actor2 is None):
            # A battle has two sides: the one the sentence leaves out is the article's main
            # party on the other side (state forces against the named or unnamed group).
            known = actor1 or actor2
            other = context.parties.counterpart(known, self.actors.relocated, code, year)
            other = other or self._rivals_of(draft, known, context.doc)
            actor1, actor2 = (known, other) if actor1 else (other, known)
        # Who opened fire in "an encounter between troops and rebels" is seldom said: ACLED
        # lists the state's forces first, and of two states' forces the one abroad, which
        # came to fight
        undirected = draft.sub_event_type == "Armed clash" and not draft.directed
        local = {self.actors.state_name(k, code, year) for k in ("military", "police") if code}
        if undirected and _is_state(actor2) and (not _is_state(actor1) or actor1 in local):
            actor1, actor2 = actor2, actor1
        return actor1, actor2

    # -- the record ------------------------------------------------------------------------

    def _event(
        self, draft: Draft, analysis: Analysis, index: int, context: ArticleContext
    ) -> Event:
        _settle_protest_force(draft, self.lex)
        _settle_abduction(draft)
        place = draft.place
        actor1, actor2 = self._final_actors(draft, context)
        code = _country_at(place, context.actor_home)
        year = context.published
        local = {self.actors.state_name(k, code, year) for k in ("military", "police") if code}
        sub_event_type = _territory_by_actor(draft.sub_event_type, actor1, local, draft.actor1)
        event_type, sub_event_type = self._on_armed_target(draft.event_type, sub_event_type, actor2)
        location = None
        if place is not None:
            lat, lon = _point_of(place)
            location = Location(
                name=place.name,
                geonameid=place.geonameid,
                country_code=place.country_code,
                admin1=place.admin1,
                admin2=place.admin2,
                lat=lat,
                lon=lon,
                precision=draft.precision,
            )
        # a toll beside a rally or a truce is the dead of the incident it follows or mourns
        toll = None if sub_event_type in self.lex.without_toll else _fatalities(draft.tolls)
        return Event(
            id=event_id(analysis.article.id, index),
            event_type=event_type,
            sub_event_type=sub_event_type,
            date_start=draft.date_start.isoformat(),
            date_end=draft.date_end.isoformat(),
            time_precision=draft.time_precision,
            location=location,
            actor1=actor1,
            actor2=actor2,
            fatalities=toll,
            reported_by=draft.reported_by,
            evidence=draft.evidence,
            confidence=round(min(1.0, draft.confidence), 3),
        )


# Open waters (GeoNames feature codes) lie in no country: a ship struck in the Red Sea
# carries "Civilians (International)".
_OPEN_WATERS = frozenset({"SEA", "GULF", "OCN", "STRT", "CHN", "BAY", "SD"})


def _country_at(place: Place | None, home: str | None) -> str | None:
    """The country that names an incident's unnamed parties: its place's, else the
    article's home country, also for a region that spans countries ("in the Sahel region")
    but not for open waters."""
    if place is None:
        return home
    if place.country_code or place.feature_code in _OPEN_WATERS:
        return place.country_code
    return home


def _state_teller_of_enemy_dead(
    event_type: str, tellers: list[ActorMention], victims: list[ActorMention]
) -> ActorMention | None:
    """The state's force that tells of armed men of the other side killed by no one named
    ("The army said 12 militants were killed in a raid", "20 terrorists were neutralised,
    the military said"): its own men killed them."""
    state = [m for m in tellers if m.kind in _STATE_KINDS]
    if not state or not victims or event_type not in {"Battles", _REMOTE}:
        return None
    if any(m.kind not in _ARMED_KINDS or m.kind in _STATE_KINDS for m in victims):
        return None
    return state[0]


def _nearest_triggers(
    context: ArticleContext,
    candidates: list[tuple[Place, Token]],
    live: list[tuple[Trigger, Token]],
) -> tuple[dict[int, list[tuple[Place, Token]]], set[int]]:
    """Each place with the trigger nearest it in the parse (by trigger start), and the tokens
    of places that only name a witness's or an office's seat, kept when nothing nearer is."""
    ties = []
    tokens = {token.i for _, token in candidates}
    for place, token in candidates:
        scored = []
        # "hit markets in X and Y, killing 11": a place conjoined to another is told with it,
        # and at a tie goes where that one goes, not to a word that stands nearer in the text
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i in tokens and anchor.head.i < anchor.i:
            anchor = anchor.head
        for trigger, head in live:
            eligible, distance = context.scene.place_tie(token, head)
            if eligible:
                scored.append((distance, abs(anchor.i - head.i), trigger.start))
        if scored:
            ties.append((min(scored), place, token))
    for tier in (_WITNESS_TIER, _OFFICE_TIER):
        if any(tie[0][0] < tier for tie in ties):
            ties = [tie for tie in ties if tie[0][0] < tier]
    offices = {token.i for (distance, _, _), _, token in ties if distance >= _OFFICE_TIER}
    assigned: dict[int, list[tuple[Place, Token]]] = {}
    for (_, _, trigger_start), place, token in ties:
        assigned.setdefault(trigger_start, []).append((place, token))
    return assigned, offices


def _sole_place_of(placed: dict[int, list[tuple[Place, int]]]) -> list[tuple[Place, int]]:
    """The one place a sentence gives its other triggers: a trigger far from them in the parse
    ("launched 25 air strikes ... over the past day, killing two in the Kherson region") is
    still told there, not at the place of the paragraph before."""
    places = {id(p): (p, n) for pairs in placed.values() for p, n in pairs if p is not None}
    if len(places) != 1:
        return []
    ((place, precision),) = places.values()
    return [(place, max(2, precision))]


def _a_national_tally(
    context: ArticleContext,
    sentence: Span,
    trigger: Trigger,
    head: Token | None,
    places: list[tuple[Place | None, int]],
    country: Place | None,
) -> tuple[list[tuple[Place | None, int]], Place | None]:
    """The places and country of an interception: "Air defences downed 22 of 27 drones
    launched overnight, the air force said", naming no place, is the country's tally, not
    one over the town of the incident told before."""
    if places or country is not None:
        return places, country
    if head is not None and _over_the_country(head, context.lex):
        # "100 were killed across the country on Sunday": no one town's incident
        return [(None, 3)], context.scene.home_country()
    if trigger.sub_event_type != "Disrupted weapons use":
        return places, country
    if not context.scene.nationwide(sentence):
        return places, country
    return [(None, 3)], context.scene.home_country()


def _over_the_country(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger or its clause's verb is spread over the whole country ("killed
    across the country", "clashes around the nation", "killed 38 nationwide"); not a word of
    another noun ("amid nationwide demonstrations")."""
    verb = _clause_verb(head)
    holders = {head, verb}
    if verb.dep_ == "advcl":
        holders.add(verb.head)  # "90 were killed across the country as protesters clashed"
    for holder in holders:
        for child in holder.children:
            # "killed 38 nationwide", not "amid nationwide demonstrations": a wave's backdrop
            if child.lower_ in lex.nationwide and child.dep_ == "advmod":
                return True
            spread = child.dep_ == "prep" and child.lower_ in lex.wave_preps
            if spread and any(a.lemma_.lower() in lex.wave_areas for a in child.children):
                return True
    return False


def _point_of(place: Place) -> tuple[float, float]:
    """An event placed only in a country stands at the country's centre, not at the
    gazetteer's point for the country's name."""
    if _place_level(place) == 0:
        centre = country_centre(place.country_code)
        if centre is not None:
            return centre
    return place.lat, place.lon


def _crowds_target(
    event_type: str,
    split: tuple[list[ActorMention], list[ActorMention]],
    force: str | None,
    name: Callable[[ActorMention], str],
    generic: Callable[[str], str],
) -> str | None:
    """The other side of a protest or riot: the armed party it was aimed at, or, when a riot's
    sentence sets a crowd against the rioters and names no force ("clashed with
    counter-protesters", "fought with ruling party activists"), ACLED's rioters on both
    sides ("police clashed with protesters" is the police's)."""
    victims, parties = split
    target = next((m for m in victims if m.kind in _ARMED_KINDS), None)
    if target is not None:
        return name(target)
    crowd = any(m.kind in {"protesters", "rioters"} for m in parties)
    if event_type == "Riots" and crowd and force is None:
        return generic("rioters")
    return None


def _credit_the_teller(
    context: ArticleContext,
    head: Token,
    mentions: list[ActorMention],
    split: tuple[list[ActorMention], list[ActorMention], list[ActorMention]],
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention], list[ActorMention]]:
    """The sentence's actors, agents, victims and parties once a teller that tells its own
    act ("the army said it killed 20 fighters", "al-Shabaab claimed the attack") or a party
    the sentence blames for it ("officials blamed the cartel for the killings") is an agent;
    the men it calls its own ("the group said its fighters ...") are then no party at all."""
    agents, victims, parties = split
    own = [
        m
        for m in mentions
        if m not in agents
        and (
            context.parties.tells_own_act(m, head)
            or context.parties.claims(m)
            or context.parties.blamed(m)
        )
    ]
    if not own:
        return mentions, agents, victims, parties
    mentions = [m for m in mentions if not context.parties.owned_by_teller(m)]
    agents = own + [m for m in agents if m in mentions]
    victims = [m for m in victims if m in mentions]
    parties = [m for m in parties if m in mentions]
    return mentions, agents, victims, parties


def _place_lost(context: ArticleContext, sentence: Span, head: Token, trigger: Trigger) -> Trigger:
    """A place lost ("the army lost the town to jihadists") went to the loser's enemy: the
    sub-type the typer read from the loser, as if it took the place, is turned round (a taker
    named after "to" decides it again when the event is made)."""
    if trigger.sub_event_type not in _TERRITORY:
        return trigger
    losers, _ = lost_to(context, context.sentence_actors(sentence), head)
    if not losers:
        return trigger
    taken_by = _TERRITORY[1] if losers[0].kind in _STATE_KINDS else _TERRITORY[0]
    return replace(trigger, sub_event_type=taken_by)


def _losers_apart(
    found: tuple[list[ActorMention], list[ActorMention], list[ActorMention]],
    context: ArticleContext,
    mentions: list[ActorMention],
    head: Token,
    trigger: Trigger,
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """Agents, victims and parties, the side a place is taken from among the victims: it
    lost the place, it never took it ("recaptured the town from al-Shabaab")."""
    agents, victims, parties = found
    if trigger.sub_event_type not in _TERRITORY:
        return found
    losers = taken_from(context, mentions, head)
    gave_up, takers = lost_to(context, mentions, head)
    losers += [m for m in gave_up if m not in losers]
    return (
        takers + [m for m in agents if m not in losers and m not in takers],
        victims + [m for m in losers if m not in victims],
        [m for m in parties if m not in losers and m not in takers],
    )


def _between_one_kind(sentence: Span) -> bool:
    """Whether a sentence tells a fight "between" men of one plural noun, joined to no other
    ("fighting between gangs in Port-au-Prince", "clashes between two armed groups"): men of
    that one kind are on both sides."""
    for between in (t for t in sentence if t.lower_ == "between"):
        for noun in between.children:
            if noun.dep_ == "pobj" and noun.tag_ in {"NNS", "NNPS"}:
                return not any(c.dep_ in {"conj", "cc"} for c in noun.children)
    return False


def _name_unnamed_sides(
    first: str | None,
    second: str | None,
    actor2: ActorMention | None,
    armed_victim: bool,
    event_type: str,
    generic: Callable[[str], str],
) -> tuple[str | None, str | None]:
    """The sides a sentence leaves unnamed: attackers of soldiers or of civilians are an
    unidentified armed group; the victims of violence against civilians are civilians."""
    if first is None and (event_type == "Battles" or armed_victim):
        first = generic("militia")  # an attack on soldiers by attackers the text leaves unnamed
    if event_type == "Violence against civilians":
        if first is None:
            first = generic("militia")
        if second is None or (actor2 and actor2.kind not in _PEOPLE_KINDS and not armed_victim):
            second = generic("civilians")
    if second == first:
        second = None
    return first, second


def _one_sided_killing(
    event_type: str, sub_event_type: str, actors: tuple[str | None, str | None], tolls: list[Toll]
) -> bool:
    """Whether a clash has one non-state side only, and its dead are all people, no armed
    party's men."""
    actor1, actor2 = actors
    if (event_type, sub_event_type) != ("Battles", "Armed clash") or actor2 is not None:
        return False
    if actor1 is None or _is_state(actor1) or not tolls:
        return False
    return all(t.side == "people" and t.count > 0 for t in tolls)


def _people_died(tolls: list[Toll]) -> bool:
    """Whether a sentence's tolls count dead who are no armed party's ("killing two",
    "killed four people", "a woman was killed")."""
    return any(t.count > 0 and t.side in _PEOPLE_SIDES for t in tolls)


def _mark_separate(drafts: list[Draft], sentence: Span, lex: AssemblyLexicon) -> None:
    """ "In a separate incident, gunmen attacked X, killing five": every incident of the
    sentence is that one's, though the words frame only the clause's verb."""
    if _framed_as_another(sentence, lex):
        for draft in drafts:
            draft.repeat = draft.separate = True


def _attack_noun(head: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of attack a trigger tells: itself, its verb's subject ("Russian attacks killed
    three"), or what its verb's dead fell in ("two were killed in a Russian attack")."""
    candidates = [head]
    if head.pos_ == "VERB":
        candidates = [c for c in head.children if c.dep_ == "nsubj"]
        ins = (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in")
        candidates += [g for p in ins for g in p.children if g.dep_ == "pobj"]
    return next((n for n in candidates if n.pos_ == "NOUN" and n.lemma_.lower() in nouns), None)


def _on_a_place(noun: Token, places: list[tuple[Place | None, int]]) -> bool:
    """Whether an attack noun's target ("on Sumy", "on the city of Kharkiv") is a place the
    sentence names, not the forces there ("on Ukrainian positions near Bakhmut")."""
    spans = [(p.start, p.end) for p, _ in places if p is not None]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if target is None:
            continue
        if target.pos_ == "PROPN" and _within_places(target, spans):
            return True
        of = (g for c in target.children if c.lower_ == "of" for g in c.children)
        if any(g.pos_ == "PROPN" and _within_places(g, spans) for g in of):
            return True
    return False


def _within_places(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx < e for s, e in spans)
