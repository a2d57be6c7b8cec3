"""Steps 3 and 4 of the events stage: stray tolls join their incident, and the drafts that
report one incident become one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta

from sitrep.analyze.events.article import ArticleContext, _sentence_lines
from sitrep.analyze.events.drafts import (
    _PEOPLE_NAMES,
    _UNIDENTIFIED,
    AssemblyLexicon,
    Draft,
    Toll,
    _by_direction,
    _contains,
    _fatalities,
    _is_state,
    _km,
    _place_level,
    _same_place,
)
from sitrep.model import Place

_WORDS = re.compile(r"[a-z]+")
_REMOTE = "Explosions/Remote violence"
_ABDUCTION = "Abduction/forced disappearance"
_ON_CIVILIANS = "Violence against civilians"
_DESTRUCTION = "Looting/property destruction"
# Words that deny the harm a phrase after them names ("no reports of injuries").
_DENIALS = frozenset({"no", "not", "without", "nor", "never", "none"})
# Times of a night, which runs past midnight into the next day ("late on Saturday", "soon
# after midnight on Sunday").
_NIGHT = re.compile(r"\b(?:night|evening|midnight|overnight|dawn|late|early hours)\b", re.I)
# Incidents a headline's count of dead is not told of when the story has an armed one
_BLOODLESS = frozenset({"Protests", "Riots", "Strategic developments"})


def _add_stray_tolls(
    context: ArticleContext, drafts: list[Draft], seen: set[tuple[int, int]]
) -> None:
    """A toll stated in a sentence without a trigger ("Eleven were killed in Kaura Namoda")
    goes to the event at the place it names, or to the event just before it in its paragraph."""
    if not drafts:
        return
    doc = context.doc
    for start, end in _sentence_lines(doc):
        if (start, end) in seen or context.in_caption(start):
            continue
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None or sentence.root is None:
            continue
        tolls = context.tolls.stated(sentence, sentence.root, split=False)
        if not tolls:
            continue
        places = [p for p, _ in context.scene.sentence_places(sentence) if _place_level(p) > 0]
        target = None
        if places:
            there = [
                d
                for d in drafts
                if d.place is not None
                and any(_same_place(d.place, p) or _contains(p, d.place) for p in places)
            ]
            if there and all(t.count == 0 for t in tolls):
                # "nobody was injured in the Ryazan region": none of the incidents there
                for draft in there:
                    draft.tolls.extend(tolls)
                continue
            target = there[0] if there else None
            if start < context.headline_end:
                target = _headline_toll_target(target, drafts, tolls)
        else:
            paragraph_start = context.text.rfind("\n", 0, start) + 1
            earlier = [d for d in drafts if paragraph_start <= d.evidence.start < start]
            target = earlier[-1] if earlier else None
            if target is None and all(t.count == 0 for t in tolls):
                # "No major injuries were reported" closing a story speaks of its main incident
                target = min(drafts, key=lambda d: d.order)
        if target is not None and not _timed_apart(context, start, end, target):
            target.tolls.extend(tolls)


def _timed_apart(context: ArticleContext, start: int, end: int, target: Draft) -> bool:
    """Whether the toll's sentence sets its dead in a span of the calendar apart from the
    incident's days ("In June alone, 300 people died in attacks" after an attack on 2 July,
    "In 2023, 500 died"): a sum of another time, no more dead of that incident."""
    for mention in context.date_index.starting_in(start, end):
        if mention.granularity == "day":
            continue
        first, last = date.fromisoformat(mention.value_start), date.fromisoformat(mention.value_end)
        if last < target.date_start or first > target.date_end:
            return True
    return False


def _headline_toll_target(
    target: Draft | None, drafts: list[Draft], tolls: list[Toll]
) -> Draft | None:
    """A headline's dead ("Four dead as gunmen storm Kaduna community") are its story's armed
    incident, not a crowd's or a decision's that the body tells at the same town ("youths
    later blocked the Kaduna road in protest"): told by no one's hand, they go to the first
    armed incident of the story."""
    if target is None or target.event_type not in _BLOODLESS or all(t.count == 0 for t in tolls):
        return target
    armed = [d for d in drafts if d.event_type not in _BLOODLESS]
    return min(armed, key=lambda d: d.order) if armed else target


def _add_orphan_zeros(context: ArticleContext, drafts: list[Draft]) -> None:
    """A "no casualty" clause that leaves its sentence's incidents for another matter closes
    the incident told just before it."""
    for start in sorted(context.tolls.orphan_zeros):
        own = [d for d in drafts if d.evidence.start == start]
        if any(t.count == 0 for d in own for t in d.tolls):
            continue
        earlier = [d for d in drafts if d.evidence.start < start]
        if earlier:
            max(earlier, key=lambda d: d.evidence.start).tolls.append(Toll(0, "any"))


def _type_as_before(drafts: list[Draft], lex: AssemblyLexicon) -> None:
    """An incident told as of the kind of one before it ("similar attacks were carried out
    on 25 March") is typed as the last incident of an earlier sentence named by a specific
    word: "attacks" says less than the "IED blast" it is likened to. The general words of its
    sentence ("wounded two") go with it."""
    for index, draft in enumerate(drafts):
        if not draft.alike:
            continue
        before = [
            d
            for d in drafts[:index]
            if d.evidence.start < draft.evidence.start and not d.alike and not _is_generic(d, lex)
        ]
        if not before:
            continue
        kind = before[-1].event_type, before[-1].sub_event_type
        for other in drafts:
            told_with = other.evidence.start == draft.evidence.start and _is_generic(other, lex)
            if other is draft or told_with:
                other.event_type, other.sub_event_type = kind


def _type_by_the_lead(drafts: list[Draft], lex: AssemblyLexicon) -> None:
    """A line that only counts dead at a town, by no one named ("Two people were killed in
    Dnipro"), after a lead telling a strike over the country or a region on that day
    ("Russia pounded Ukraine with air attacks on Sunday, killing seven") tells the lead's
    strike at that town: its kind, its doers, its day."""
    # a state's "attacks" on a region are fire from afar, though told by a general word
    named = (d for d in drafts if not _is_generic(d, lex) or d.event_type == _REMOTE)
    told = sorted(named, key=lambda d: d.order)
    if not told or not _a_summary_strike(told[0]):
        return
    lead = told[0]
    for draft in drafts:
        if draft.evidence.start <= lead.evidence.start or not _only_counts_dead(draft, lex):
            continue
        if (
            _abroad_of(lead, draft)
            or not _overlap(lead, draft)
            or (draft.date_explicit and not lead.date_explicit)
        ):
            continue
        draft.event_type, draft.sub_event_type = lead.event_type, lead.sub_event_type
        draft.actor1, draft.actor1_weak = lead.actor1, False
        if not draft.date_explicit and lead.date_explicit:
            draft.date_start, draft.date_end = lead.date_start, lead.date_end
            draft.time_precision = lead.time_precision


def _type_clashes_of_a_crowd(drafts: list[Draft], lex: AssemblyLexicon) -> None:
    """ "The clashes" a later line counts dead in ("one officer was killed in the clashes"),
    naming no armed group and telling no fight of its own, after a crowd's incident told on
    those days and no battle, are that crowd's clashes with the police: its kind and its
    sides, not a battle of unknown gunmen."""
    told = sorted(drafts, key=lambda d: d.order)
    for clash in told:
        if clash.event_type != _BATTLES or not clash.known or _names_its_fighters(clash):
            continue
        line = [d for d in told if d.evidence.start == clash.evidence.start]
        if any(d.fought for d in line):
            continue  # "gunmen clashed with vigilantes; 12 were killed in the clashes"
        before = [d for d in told if d.evidence.start < clash.evidence.start and _overlap(d, clash)]
        if any(d.event_type == _BATTLES for d in before):
            continue
        crowd = next((d for d in before if d.event_type in _CROWDS), None)
        if crowd is None or _abroad_of(crowd, clash):
            continue
        # the sentence's words of harm ("killed", "injured") tell the same clashes
        for draft in line:
            if draft.event_type == _BATTLES:
                draft.event_type, draft.sub_event_type = crowd.event_type, crowd.sub_event_type
                draft.actor1, draft.actor2 = crowd.actor1, crowd.actor2
                draft.actor1_weak = False


def _names_its_fighters(draft: Draft) -> bool:
    """Whether the draft's attacker is a party its sentence names, not one it guessed."""
    named = draft.actor1 is not None and not draft.actor1_weak
    return named and not (draft.actor1 or "").startswith("Unidentified")


def _abroad_of(a: Draft, b: Draft) -> bool:
    if a.place is None or b.place is None:
        return False
    return a.place.country_code != b.place.country_code


def _a_summary_strike(lead: Draft) -> bool:
    """A strike by a named party told over the country or a region, at no town ("Russia
    pounded Ukraine with air attacks": the army, though the parse gives it no role)."""
    if lead.event_type != _REMOTE or lead.actor1 is None:
        return False
    if lead.actor1_weak and not _is_state(lead.actor1):
        return False
    return not lead.place_explicit or lead.precision >= 3


def _only_counts_dead(draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the draft, at a town of its own, is told only by words of death or harm and
    names no doer of its own, nor is told as another incident."""
    if not draft.place_explicit or draft.separate or draft.repeat or not draft.triggers:
        return False
    if draft.event_type == _REMOTE or draft.event_type in _CROWDS:
        return False
    if _names_its_fighters(draft):
        return False
    if draft.directed:
        return False  # "killed by gunmen": a doer of its own, though unidentified
    return all(t.text.lower() in lex.toll_only for t in draft.triggers)


def _date_sequels(drafts: list[Draft], lex: AssemblyLexicon) -> None:
    """An undated incident told as a sequel ("two suspects were later arrested") began no
    earlier than the last dated incident told before it: its default span of the days before
    publication is cut to start there."""
    for index, draft in enumerate(drafts):
        if draft.date_explicit or not _told_as_sequel(draft, lex):
            continue
        before = [
            d for d in drafts[:index] if d.date_explicit and d.evidence.start < draft.evidence.start
        ]
        if before and draft.date_start < before[-1].date_start <= draft.date_end:
            draft.date_start = before[-1].date_start


def _date_alongside(drafts: list[Draft]) -> None:
    """An undated incident told as happening beside the one before it ("protesters also
    blocked roads in two towns" after a dated rally) took place on that one's day, when that
    day falls in the days before publication its own span was guessed at."""
    # "Protests also took place in Mombasa, Kisumu and Nakuru": every place of the sentence,
    # whichever of its words the parse hung it on
    told_alongside = {d.evidence.start for d in drafts if d.alongside}
    for index, draft in enumerate(drafts):
        if draft.date_explicit or draft.evidence.start not in told_alongside:
            continue
        before = [
            d for d in drafts[:index] if d.date_explicit and d.evidence.start < draft.evidence.start
        ]
        if before and _overlap(before[-1], draft):
            last = before[-1]
            draft.date_start, draft.date_end = last.date_start, last.date_end
            draft.time_precision = last.time_precision


def _told_as_sequel(draft: Draft, lex: AssemblyLexicon) -> bool:
    return any(w.strip(".,;:") in lex.sequels for w in draft.evidence.text.lower().split())


# ------------------------------------------------------------------------------------------
# Merging drafts of one incident


def _arrested_at_protests(drafts: list[Draft]) -> None:
    """Protesters a sentence says were detained ("police detained 30 activists who were
    protesting outside parliament", "arrested dozens as students marched") were not left to
    protest in peace: ACLED codes a protest with arrests as one with intervention. The arrest
    is told first; an arrest told after the protest is mostly what is protested ("students
    protested the arrest of their leader")."""
    arrests = [d for d in drafts if d.sub_event_type == "Arrests" and not d.cause]
    for draft in drafts:
        if draft.sub_event_type != "Peaceful protest":
            continue
        if any(_arrested_first(a, draft) and _places_match(a, draft) for a in arrests):
            draft.sub_event_type = "Protest with intervention"


def _arrested_first(arrest: Draft, protest: Draft) -> bool:
    if arrest.evidence.start != protest.evidence.start:
        return False
    first = min(t.start for t in arrest.triggers)
    return first < min(t.start for t in protest.triggers)


def _merge(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    _arrested_at_protests(drafts)
    merged: list[Draft] = []
    two_sided = _two_sided_sentences(drafts)
    told_in = {id(d): d.evidence.start for d in drafts}
    for draft in sorted(drafts, key=lambda d: d.order):
        for kept in merged:
            told = frozenset({told_in[id(kept)], draft.evidence.start})
            strikes = kept.event_type == draft.event_type == _REMOTE
            if strikes and told in two_sided:
                continue  # each side's strike on the other: two incidents
            outcome = _an_outcome(kept, draft) and not _one_town_of_a_list(draft, drafts)
            if outcome and _places_the_outcome(draft, kept, lex):
                kept.place, kept.precision = draft.place, draft.precision
            if outcome or _one_incident(kept, draft, lex):
                apart = _type_group(kept.event_type, lex) != _type_group(draft.event_type, lex)
                if _a_response(kept, draft):
                    # the attack stays as told: its words, its sides; the answer adds sources
                    heard = draft.reported_by
                    kept.reported_by.extend(s for s in heard if s not in kept.reported_by)
                    break
                if apart and _retold_by_its_name(kept, draft):
                    # told again by its noun, it keeps the type its telling gave it
                    draft.event_type, draft.sub_event_type = kept.event_type, kept.sub_event_type
                _absorb(kept, draft, lex)
                break
        else:
            merged.append(draft)
    # Arrests at a rally and looting during an attack fold into the incident at that place.
    hosted = _fold_into_hosts(
        merged,
        merged,
        lambda host, draft: (
            _absorbs(host, draft, lex)
            and (_places_match(host, draft) or _village_of_the_region(host, draft))
            and _dates_match(host, draft)
        ),
        share_sources=False,
    )
    return _absorb_generic(_absorb_intercepted(hosted), lex)


def _two_sided_sentences(drafts: list[Draft]) -> set[frozenset[int]]:
    """The pairs of sentences that each tell one side's strike on the other ("militants
    shelled a village in Aleppo province", then "Russian warplanes struck militant positions
    in the province"): the doer of one is whom the other struck. A strike hits one way; the
    other side's answer is a strike of its own, even in one region on one day. Only words
    that say who struck whom count (a launcher guessed for "sent drones" is no side)."""
    sides: dict[int, set[tuple[str, str | None]]] = {}
    for draft in drafts:
        if draft.event_type == _REMOTE and draft.directed and draft.actor1 is not None:
            sides.setdefault(draft.evidence.start, set()).add((draft.actor1, draft.actor2))
    pairs = set()
    for (first, ours), (second, theirs) in itertools.combinations(sides.items(), 2):
        opposed = any(a1 != b1 and (a2 == b1 or b2 == a1) for a1, a2 in ours for b1, b2 in theirs)
        if opposed:
            pairs.add(frozenset({first, second}))
    return pairs


def _fold_into_hosts(
    drafts: list[Draft],
    hosts: list[Draft],
    belongs: Callable[[Draft, Draft], bool],
    share_sources: bool = True,
) -> list[Draft]:
    """Drafts that ``belongs(host, draft)`` to some other host give it their tolls and vanish."""
    result = []
    for draft in drafts:
        host = next((h for h in hosts if h is not draft and belongs(h, draft)), None)
        if host is None:
            result.append(draft)
            continue
        host.tolls.extend(draft.tolls)
        if _lends_place(draft, host):
            # "looted the market of X on Sunday", then "at least 10 were killed": the looting
            # told where the killing was
            host.place, host.precision, host.place_explicit = draft.place, draft.precision, True
        _lend_day(draft, host)
        if share_sources:
            host.reported_by.extend(s for s in draft.reported_by if s not in host.reported_by)
    return result


def _absorb_intercepted(drafts: list[Draft]) -> list[Draft]:
    """Drones or missiles a sentence says were shot down are the interception, not a strike
    ("Six drones were shot down over the Belgorod region"); a strike the sentence tells
    landing in a clause of its own ("strikes hit positions ..., adding that air defences
    intercepted some of the missiles") is an incident beside the interception."""
    return _fold_into_hosts(
        drafts,
        [d for d in drafts if d.sub_event_type == "Disrupted weapons use"],
        lambda host, draft: (
            draft.event_type == _REMOTE
            and not draft.struck_apart
            and host.evidence.start == draft.evidence.start
            # a strike placed only by the paragraph before is where nothing was said to land
            and (_places_match(host, draft) or not draft.place_explicit)
        ),
    )


def _drop_vague(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """Drop what names neither a place nor a specific kind of violence ("residents were
    angered by yet another attack") when the article reports a clearer incident. One given
    its own day and its own dead ("had attacked a post in the town on Saturday, killing
    four") is an incident told in full, though in general words, and so is one told as one
    more with its own dead ("days after a similar attack killed six")."""
    clear = [
        d
        for d in drafts
        if (d.place_explicit and not _only_heard(d, lex))
        or not _is_generic(d, lex)
        or ((d.date_explicit or d.repeat) and _fatalities(d.tolls))
        or _told_as_separate(d)
    ]
    for vague in (d for d in drafts if clear and d not in clear and d.tolls):
        _hand_on_toll(vague, clear, lex)
    return clear if clear else drafts


def _only_heard(draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the draft only tells blasts heard at a place, with no one hurt ("Explosions
    were heard in Kyiv, but no damage was reported"): a sound beside the attack the article
    tells, no strike of its own."""
    # a zero toll ("no damage was reported") says no one was hurt: still only a sound
    if (_fatalities(draft.tolls) or 0) > 0 or not _is_generic(draft, lex):
        return False
    return any(t.text.lower() in lex.heard_sounds for t in draft.triggers)


def _told_as_separate(draft: Draft) -> bool:
    """Whether a general word is told as an incident of its own ("In a separate incident,
    settlers attacked Palestinian farmers on Friday"): its own day, who did it to whom."""
    return draft.separate and draft.date_explicit and draft.directed and not draft.actor1_weak


def _hand_on_toll(vague: Draft, clear: list[Draft], lex: AssemblyLexicon) -> None:
    """ "Police later said 23 people died in the attack": a vague retelling dropped for the
    incident it retells leaves its toll to that incident, the last of its kind told before it
    on its days (of its own kind when one is; the general words of a retelling may type it
    otherwise: "23 people died in the attack")."""
    group = _type_group(vague.event_type, lex)
    before = [d for d in clear if d.order < vague.order and _dates_match(d, vague)]
    same = [d for d in before if _type_group(d.event_type, lex) == group]
    if same or before:
        max(same or before, key=lambda d: d.order).tolls.extend(vague.tolls)


def _drop_unplaced_past(drafts: list[Draft], published: date, lex: AssemblyLexicon) -> list[Draft]:
    """Drop an incident dated well before the report that the text places nowhere itself
    (its place only the story's, the dateline's or the focus, and not pointed at: "the
    town", "the same area"): a past incident with no location is background ACLED does not
    code. The article's first incident, and one alone in its article, stay; so does one at
    a named site an incident told at a stated place names too, which puts it there ("a June
    strike on Al-Amal Clinic" after "an airstrike hit Al-Amal Clinic in El Obeid")."""
    limit = published - timedelta(days=lex.unplaced_past_days)
    first = min((d.order for d in drafts), default=0)
    kept = []
    for draft in drafts:
        # a month's incident is as old as the month's middle ("killed in March", told in April)
        middle = draft.date_start + (draft.date_end - draft.date_start) / 2
        # (an undated draft is guessed at the days before the report: one dated before that
        # counts from a date its sentence gives, "in August after fighting erupted")
        past = not draft.place_explicit and middle < limit
        if not past or draft.order == first or _pointed_at_a_known_place(draft, drafts, lex):
            kept.append(draft)
            continue
        site = _site_told_before(draft, drafts, lex)
        if site is not None:
            draft.place, draft.precision = site.place, site.precision
            kept.append(draft)
    return kept or drafts


def _pointed_at_a_known_place(draft: Draft, drafts: list[Draft], lex: AssemblyLexicon) -> bool:
    """Whether the draft points back at a place ("in the same area") that the incident told
    just before it stated: one placed only by a guess itself lends no place to point at."""
    if not _points_at_a_place(draft, lex):
        return False
    before = [
        d for d in drafts if d.order < draft.order and d.evidence.start < draft.evidence.start
    ]
    if not before:
        return True
    # where no place is guessed at all, pointing back misplaces nothing
    return draft.place is None or max(before, key=lambda d: d.order).place_explicit


def _points_at_a_place(draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the draft's sentence names its place by pointing back ("in the same city",
    "captured the town", "in the same area")."""
    words = draft.evidence.text.lower().split()
    nouns = lex.place_nouns
    for before, word in itertools.pairwise(words):
        if word.strip(".,;:") in nouns and before in {"the", "same", "that", "this"}:
            return True
    return False


_NOT_OF_A_NAME = frozenset({"the", "a", "an", "on", "in", "at", "near", "of", "to", "from"})


def _site_names(text: str, lex: AssemblyLexicon) -> set[tuple[str, ...]]:
    names = set()
    for match in lex.site_names.finditer(text):
        words = match.group().split()
        while words and words[0].lower() in _NOT_OF_A_NAME:
            words = words[1:]
        if len(words) > 1:
            names.add(tuple(w.lower() for w in words))
    return names


def _site_told_before(draft: Draft, drafts: list[Draft], lex: AssemblyLexicon) -> Draft | None:
    """The first incident at a stated place whose sentence names a site the draft's names."""
    names = _site_names(draft.evidence.text, lex)
    if not names:
        return None
    for other in sorted(drafts, key=lambda d: d.order):
        if other is draft or not other.place_explicit or other.place is None:
            continue
        if names & _site_names(other.evidence.text, lex):
            return other
    return None


def _is_generic(draft: Draft, lex: AssemblyLexicon) -> bool:
    heard = None
    for t in draft.triggers:
        word = t.text.lower()
        if word in lex.generic or word.rstrip("s") in lex.generic:
            continue
        if word not in lex.heard_sounds:
            return False
        if heard is None:
            words = {w.strip(".,;:") for w in draft.evidence.text.lower().split()}
            heard = bool(words & lex.hearing_words)
        if not heard:
            return False
    return True


def _absorb_generic(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """A draft typed only from a generic word ("killed", "attack") at the place and date of a
    draft with a specific trigger ("drone strike", "clashes") is that incident's toll, not
    another incident: the strike killed them."""
    result = []
    # whether each is generic, once: asked per pair it made 1,600 "killed" cost minutes
    generic = [_is_generic(draft, lex) for draft in drafts]
    specific = [draft for draft, vague in zip(drafts, generic, strict=True) if not vague]
    # "Israel struck the town, killing three": a strike told by its verb alone ("struck",
    # "hit") is as general a word, but it is the incident its sentence's toll belongs to
    strikes = [
        d for d, vague in zip(drafts, generic, strict=True) if vague and d.event_type == _REMOTE
    ]
    two_sided = _two_sided_sentences(drafts)
    for draft, vague in zip(drafts, generic, strict=True):
        host = _whose_outcome(draft, specific) if vague else None
        if host is not None:
            if _places_the_outcome(draft, host, lex):
                host.place, host.precision = draft.place, draft.precision
        elif vague and _one_of_a_list(draft, drafts):
            host = _spot_host(draft, specific)
        elif vague:
            # "the attack on <suburb>" is the clashes in the city beside it; a host whose
            # place is stated comes before one whose place is a guess
            candidates = specific + _strikes_told_with(draft, strikes)
            hosts = [
                other
                for other in candidates
                if _can_host(other, draft, lex)
                and not _told_apart(other, draft)
                and not _clauses_apart(other, draft)
                and not _one_sets_the_other(other, draft, lex)
                and not _answers(draft, other)
                and (_a_means(draft, other, lex) or _placed_with(other, draft, lex))
                and (_dates_match(other, draft) or _dated_by_its_sentence(draft, other, lex))
                and not _mourned_later(other, draft, lex)
                and not _told_in_full_before(draft, other)
                and not _told_on_another_day(draft, other, drafts)
                and not _others_dead(draft, other)
                and not _struck_apart_targets(other, draft)
                and not _strikes_the_doers(other, draft, drafts)
                and not _forces_fought_apart(other, draft)
                and not _armed_raid_beside_a_crowd(other, draft, lex)
                and not _vaguer_host(other, draft, drafts)
                and not (
                    other.event_type == draft.event_type == _REMOTE
                    and frozenset({other.evidence.start, draft.evidence.start}) in two_sided
                )
            ]
            group = _type_group(draft.event_type, lex)
            hosts.sort(
                key=lambda other: (
                    not _overlap(other, draft),
                    _type_group(other.event_type, lex) != group,
                    # the sentence's own strike there killed its dead, not one told nearby
                    not _told_there_too(other, draft),
                    not other.place_explicit,
                )
            )
            host = hosts[0] if hosts else None
        if host is None:
            result.append(draft)
            continue
        if _lends_place(draft, host, lex.region_km):
            host.place, host.precision, host.place_explicit = draft.place, draft.precision, True
        _riot_over_protest(host, draft)
        _killing_over_destruction(host, draft)
        _weapon_of_its_cause(host, draft, lex)
        _take_over(host, draft, lex)
        _lend_day(draft, host)
    return result


def _weapon_of_its_cause(host: Draft, draft: Draft, lex: AssemblyLexicon) -> None:
    """A general word its sentence typed by the weapon that caused it ("suicide bombers kill
    dozens at the market": the bombers yielded to "kill") names that weapon for the host's
    plainer word ("an explosion hit the market"), as a headline naming it does. Only a blast
    told by its sound: a bomb, a shell or a strike named as such keeps its own type."""
    if host.event_type != _REMOTE or draft.event_type != _REMOTE:
        return
    if not host.triggers or any(t.text.lower() not in lex.heard_sounds for t in host.triggers):
        return
    rank = lex.priority
    if rank.get(draft.sub_event_type, 99) < rank.get(host.sub_event_type, 99):
        host.sub_event_type = draft.sub_event_type


def _drop_carried_campaigns(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """A campaign its sentence carries out in strikes ("Russian forces pressed their
    offensive in Donetsk region, shelling Pokrovsk and Toretsk", "Israel kept up its assault
    on southern Lebanon, striking Tyre") is told by those strikes, one per town: the
    campaign's word is no clash of its own beside them. Its sources go to its strikes; one
    that counts dead of its own stays an incident."""
    result = []
    for draft in drafts:
        strikes = _carrying_strikes(draft, drafts, lex)
        if not strikes:
            result.append(draft)
            continue
        for strike in strikes:
            heard = draft.reported_by
            strike.reported_by.extend(s for s in heard if s not in strike.reported_by)
    return result


def _carrying_strikes(draft: Draft, drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """The strikes a participle of the campaign's sentence tells it by, or none."""
    if draft.event_type != _BATTLES or draft.tolls or not draft.triggers:
        return []
    if not all(t.text.lower() in lex.campaign_battles for t in draft.triggers):
        return []
    return [d for d in drafts if d.event_type == _REMOTE and _an_outcome(draft, d)]


def _whose_outcome(draft: Draft, specific: list[Draft]) -> Draft | None:
    """The incident a general word's participle tells the outcome of at a place of its own
    ("shelled the outskirts of Goma, killing three in the Mugunga camp"): its dead are that
    incident's, though the two places stand apart (at one place the usual search finds it)."""
    if not draft.place_explicit or draft.place is None:
        return None
    place = draft.place
    incidents = [other for other in specific if _an_outcome(other, draft)]
    if any(other.place is not None and _same_place(other.place, place) for other in incidents):
        # "two bombs exploded in X and Y, killing six": the incident told at its own place
        return None
    return next(iter(incidents), None)


def _one_town_of_a_list(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the outcome is one town's of several its sentence counts ("killed 12 in two
    attacks, killing seven in Tsafe and five in Maru"): an incident per town, none the
    incident's own place."""
    if draft.outcome_of is None or draft.place is None:
        return False
    return any(
        other is not draft
        and other.outcome_of == draft.outcome_of
        and other.evidence.start == draft.evidence.start
        and other.place is not None
        and not _same_place(other.place, draft.place)
        for other in drafts
    )


def _an_outcome(incident: Draft, draft: Draft) -> bool:
    """Whether the draft is a participle of the incident's sentence telling what it did."""
    if draft.outcome_of is None or incident.evidence.start != draft.evidence.start:
        return False
    return any(t.start == draft.outcome_of for t in incident.triggers)


def _places_the_outcome(draft: Draft, host: Draft, lex: AssemblyLexicon) -> bool:
    """Whether an outcome's own place, near the incident's, says where its dead fell as finely
    ("struck Khan Younis, killing eight in the Mawasi area"): the incident is put there."""
    if not draft.place_explicit or draft.place is None or host.place is None:
        return draft.place_explicit and draft.place is not None
    if _place_level(draft.place) < _place_level(host.place):
        return False
    return _km(draft.place, host.place) <= lex.region_km


# Protests that turn violent in the telling: ACLED codes the crowd's violence, a riot.
_CALM_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})


def _riot_over_protest(host: Draft, draft: Draft) -> None:
    """A protest whose own sentence says its crowd attacked ("protesters attacked a police
    station in Sylhet"): the attack, read by its general word, makes the protest a riot."""
    riot = draft.sub_event_type == "Violent demonstration"
    told_with = host.evidence.start == draft.evidence.start
    if riot and told_with and host.sub_event_type in _CALM_PROTESTS:
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type


def _killing_over_destruction(host: Draft, draft: Draft) -> None:
    """Property burned or looted in a raid whose own sentence says the raiders killed
    ("gunmen burned the market, killing two people"): ACLED codes the attack on the people,
    not the damage."""
    killing = draft.event_type == _ON_CIVILIANS and draft.sub_event_type == "Attack"
    died = any(t.count > 0 for t in draft.tolls)
    told_with = host.evidence.start == draft.evidence.start
    if killing and died and told_with and host.sub_event_type == _DESTRUCTION:
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type
        host.actor2 = host.actor2 or draft.actor2


def _strikes_told_with(draft: Draft, strikes: list[Draft]) -> list[Draft]:
    """The strikes told by a bare verb in a toll's own sentence ("Russia struck Kharkiv
    overnight, wounding 12"): its hosts, though their word is as general; none for a strike."""
    if draft.event_type == _REMOTE:
        return []
    return [s for s in strikes if s.evidence.start == draft.evidence.start]


def _told_there_too(host: Draft, draft: Draft) -> bool:
    """Whether the host is told in the general word's own sentence at its own stated place
    ("an Israeli drone strike killed three people in Deir al-Balah" after "air strikes
    killed 12 in Rafah", a town close by): that strike killed them."""
    if host.evidence.start != draft.evidence.start or not draft.place_explicit:
        return False
    return (
        host.place is not None and draft.place is not None and _same_place(host.place, draft.place)
    )


def _strikes_the_doers(host: Draft, draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the host, told in a sentence of its own, strikes the party that did a vague
    report's killing of civilians: "gunmen killed 14 worshippers in an attack", then "the
    army said it killed 30 militants in air strikes" answers the attack; it did not kill the
    worshippers. Any word of the host's sentence may say who struck whom ("the air force
    said it killed 25 bandits": the speaker's own word names no target)."""
    if host.evidence.start == draft.evidence.start:
        return False  # one sentence tells one strike and its dead
    victims = draft.actor2 is not None and draft.actor2.startswith("Civilians")
    if not victims or _is_state(draft.actor1):
        return False
    # armed men who killed civilians, struck by the state's forces
    told = [d for d in drafts if d.evidence.start == host.evidence.start]
    return any(_is_state(d.actor1) and _target_answers(d, draft) for d in [host, *told])


def _vaguer_host(host: Draft, draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the host, told in another sentence, has neither place nor day of its own while
    the general word states both, and a fight told before it is the one it retells ("clashes
    near Beni on Friday", "rebels attacked a village in Djugu on Wednesday", then "two soldiers
    died in the fighting"): the host only guessed the attack's scene. With no such fight ("a
    policeman was also shot dead when he tried to stop them") it details the attack."""
    if host.evidence.start == draft.evidence.start:
        return False
    if host.place_explicit or host.date_explicit:
        return False
    # a vague fight's report beside a one-sided attack on civilians
    attack = host.event_type == _BATTLES and draft.event_type == "Violence against civilians"
    if not (attack and draft.place_explicit and draft.date_explicit):
        return False
    return any(
        d.event_type == _BATTLES
        and d.evidence.start < host.evidence.start
        and d.evidence.start != draft.evidence.start
        for d in drafts
    )


def _armed_raid_beside_a_crowd(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether armed men's killing, told in a sentence of its own ("the attackers struck the
    village of X late on Wednesday"), sits beside a crowd's protest ("youths later blocked the
    road in protest"): the raid is an incident of its own, not the protest's toll."""
    if host.evidence.start == draft.evidence.start:
        return False
    if _type_group(host.event_type, lex) not in _CROWDS or draft.event_type in _CROWDS:
        return False
    # ... at a place of its own, named in its own sentence
    if not draft.place_explicit or draft.place is None or host.place is None:
        return False
    if _same_place(draft.place, host.place) or not (draft.date_explicit or draft.separate):
        return False
    doer = draft.actor1
    return doer is not None and not _is_state(doer) and not doer.startswith(_PEOPLE_NAMES)


def _forces_fought_apart(host: Draft, draft: Draft) -> bool:
    """Whether a sentence of its own tells the state's forces fighting ("soldiers killed six
    of the attackers") beside a one-sided incident told elsewhere ("gunmen abducted 79
    pupils"): the fight is a battle of its own, never the toll of a kidnapping or a
    massacre."""
    if host.evidence.start == draft.evidence.start or draft.date_explicit:
        return False  # a count since a day ("since 1 October, 49 were killed") is a tally
    if draft.event_type != _BATTLES or host.event_type != "Violence against civilians":
        return False
    return _is_state(draft.actor1) or _is_state(draft.actor2)


def _struck_apart_targets(host: Draft, draft: Draft) -> bool:
    """Whether a killing one sentence tells beside a specific incident struck other people:
    "bandits killed two soldiers and abducted 10 villagers" is a fight with the soldiers
    and an abduction of the villagers, not an abduction that killed two."""
    if host.evidence.start != draft.evidence.start or not (host.actor2 and draft.actor2):
        return False
    people = [d for d in (host, draft) if d.actor2 and d.actor2.startswith(_PEOPLE_NAMES)]
    # the forces struck are the ones whose dead the sentence counts
    forces = [
        d for d in (host, draft) if _is_state(d.actor2) and any(t.side == "state" for t in d.tolls)
    ]
    return len(people) == 1 and len(forces) == 1


def _lend_day(draft: Draft, host: Draft) -> None:
    """Keep for an undated host the day a general word placed with it states, when that day
    falls in the days the host was guessed at. Set only after merging (`_date_by_lent_days`):
    a dated host would draw other tolls."""
    # a general word whose place is only guessed lends its day to a host at that very place
    placed = draft.place_explicit or (
        draft.place is not None and host.place is not None and _same_place(draft.place, host.place)
    )
    # ... and where neither is placed at all, nothing sets the two apart
    placed = placed or (draft.place is None and host.place is None)
    undated = not host.date_explicit and host.lent_day is None
    if draft.date_explicit and placed and undated and _overlap(host, draft):
        host.lent_day = (draft.date_start, draft.date_end, draft.time_precision)


def _date_by_lent_days(drafts: list[Draft]) -> None:
    """Date each still undated draft by the day a general word folded into it stated."""
    for draft in drafts:
        if not draft.date_explicit and draft.lent_day is not None:
            draft.date_start, draft.date_end, draft.time_precision = draft.lent_day
            draft.date_explicit = True


def _date_by_the_told_past(drafts: list[Draft], told: list[Draft], text: str) -> None:
    """A story filed days after what it tells ("gunmen attacked Zike on March 28 ... troops
    later clashed with the attackers near Mangu") tells its undated incidents on the day it
    last named, not in the days before publication its default span guesses. An undated
    incident takes the day or week of the last incident told before it when that lies before
    its span, and either every incident told before it does too (before merging: a lead of
    today folded away still sets the story's time) or that one is told in its own paragraph
    ("On March 2, the RSF attacked Um Rawaba. The fighters looted the market, ...")."""
    told = sorted(told, key=lambda d: d.evidence.start)
    # the sentences whose incidents this has put in the told past, with the day they took
    moved: dict[int, tuple[date, date, int]] = {}
    for draft in sorted(drafts, key=lambda d: d.evidence.start):
        before = [d for d in told if d.evidence.start < draft.evidence.start]
        if draft.date_explicit or not before:
            continue
        last = before[-1]
        day = moved.get(last.evidence.start) or _day_told(last, before, drafts)
        if day is None or (day[1] >= draft.date_start and not _inside_guess(day, draft)):
            continue
        now = [d for d in before if d.evidence.start not in moved]
        in_the_past = all(d.date_end < draft.date_start for d in now)
        if in_the_past or "\n" not in text[last.evidence.start : draft.evidence.start]:
            draft.date_start, draft.date_end, draft.time_precision = day
            moved[draft.evidence.start] = day


def _day_told(
    told: Draft, before: list[Draft], drafts: list[Draft]
) -> tuple[date, date, int] | None:
    """The day or week an incident was told on: its own, or that of the incident its
    sentence's words were folded into ("Israeli strikes killed 30 across Gaza on Thursday. In
    Jabalia, a strike on a school killed 12.": Jabalia's strike is a part of Thursday's)."""
    holder = told
    if not told.date_explicit:
        said = [t for d in before if d.evidence.start == told.evidence.start for t in d.triggers]
        holder = next((d for d in drafts if any(t in said for t in d.triggers)), told)
    if holder.date_explicit and holder.time_precision <= 2:
        return holder.date_start, holder.date_end, holder.time_precision
    return None


def _inside_guess(day: tuple[date, date, int], draft: Draft) -> bool:
    """Whether a told day lies inside the span an undated incident was guessed at, and is
    narrower ("Missiles hit Sumy on Thursday, killing two. In Chernihiv, a missile damaged a
    school.": the roundup's next incident is of that Thursday, not of any day until the
    report)."""
    inside = draft.date_start <= day[0] and day[1] <= draft.date_end
    return inside and (day[0], day[1]) != (draft.date_start, draft.date_end)


def _spot_host(draft: Draft, specific: list[Draft]) -> Draft | None:
    """In a sentence that tells one incident per town ("a roadside bomb killed two near X and
    a suicide bomber struck a mosque in Y, killing five"), the count of one town is the toll
    of the specific incident its own sentence places in that same town."""
    if not draft.place_explicit or draft.place is None:
        return None
    for other in specific:
        same_sentence = other.evidence.start == draft.evidence.start
        if not (same_sentence and other.place_explicit and other.place is not None):
            continue
        if _same_place(other.place, draft.place) and _dates_match(other, draft):
            return other
    return None


def _others_dead(draft: Draft, host: Draft) -> bool:
    """Whether a general word tells an attack that killed people ("gang members killed 12
    people in the district") and a battle of another sentence counts other dead of its own ("police
    clashed with gang members, killing four suspects"): an attack on civilians beside the
    clash, not the clash's toll."""
    if draft.evidence.start == host.evidence.start or host.event_type != _BATTLES:
        return False
    # "a policeman was also shot dead when he tried to stop them": more dead of the attack,
    # told with no day of its own
    if not host.date_explicit or any(t.also for t in host.tolls):
        return False
    theirs, ours = _fatalities(draft.tolls), _fatalities(host.tolls)
    if draft.sub_event_type != "Attack" or not theirs or not ours or theirs == ours:
        return False
    # the dead are people, or a doer killed them ("unknown gunmen killed five labourers"):
    # not a count of a clash's dead that someone else gave
    people = {t.side for t in draft.tolls} == {"people"}
    done = draft.actor1 is not None and not draft.actor1_weak
    return (people or done) and "people" not in {t.side for t in host.tolls}


def _told_in_full_before(draft: Draft, host: Draft) -> bool:
    """Whether a general word ("attacking the prison in the city on Oct. 20") is told in a
    sentence of its own with its own place and a day before the days of an undated host:
    an earlier incident told in full, not the host's toll."""
    if draft.evidence.start == host.evidence.start or host.date_explicit:
        return False
    return draft.place_explicit and draft.date_explicit and draft.date_end < host.date_start


def _told_on_another_day(draft: Draft, host: Draft, drafts: list[Draft]) -> bool:
    """Whether a general word told in full in a sentence of its own (its own place or doers,
    day and dead: "bandits killed 11 villagers in Zamfara on Saturday") is another incident
    than a host whose sentence gives it another day ("the air force said it killed 25
    bandits in air strikes on Sunday"): the killing was no toll of the next day's strikes.
    The day may be stated for another word of either sentence ("the air force said it
    killed ... on Sunday" dates the killing, not the air force)."""
    if draft.evidence.start == host.evidence.start:
        return False
    # its own place, or its doers told doing it ("gunmen killed 12 villagers in <a village
    # the gazetteer lacks> on Friday")
    told = draft.place_explicit or (draft.directed and not draft.actor1_weak)
    if not (told and _fatalities(draft.tolls)):
        return False
    ours, theirs = _days_told(draft, drafts), _days_told(host, drafts)
    return bool(ours and theirs) and all(
        end < first or last < start for start, end in theirs for first, last in ours
    )


def _days_told(draft: Draft, drafts: list[Draft]) -> list[tuple[date, date]]:
    """The one-day dates the draft's telling gives: its own, or if it has none, those its
    sentence gives its other words."""
    if draft.date_explicit:
        return [(draft.date_start, draft.date_end)] if draft.time_precision == 1 else []
    return [
        (d.date_start, d.date_end)
        for d in drafts
        if d.evidence.start == draft.evidence.start and d.date_explicit and d.time_precision == 1
    ]


def _placed_with(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether a general word may be the host's toll by place. The means of a development
    its own sentence tells ("detained 15 during raids across the region, including in two
    towns") needs no place of its own: the raids are wherever the arrests were."""
    return not _placed_apart(host, draft) and _places_match(host, draft, lex.near_km, stated=True)


def _mourned_later(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether a crowd gathered on another day than the violence it may answer ("gunmen killed
    five on Sunday"; "residents held a vigil on Monday"): the killing is no toll of the vigil."""
    crowd = _type_group(host.event_type, lex) in _CROWDS
    return (
        crowd and _type_group(draft.event_type, lex) not in _CROWDS and _on_other_days(host, draft)
    )


def _dated_by_its_sentence(draft: Draft, other: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the draft is an undated general word of the other's own sentence ("four were
    killed in an attack near the town a month earlier"): the sentence's one day is its day."""
    same = draft.evidence.start == other.evidence.start
    return same and not draft.date_explicit and _is_generic(draft, lex)


def _one_of_a_list(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the draft's sentence counted its dead town by town ("killed 31 in one village
    and 13 in another"): each count is an incident of its own, not the toll of an incident
    told elsewhere."""
    if not _fatalities(draft.tolls):
        return False  # "attacks in three provinces" with no count each: one wave, told once
    return any(other is not draft and _placed_apart(draft, other) for other in drafts)


def _told_apart(a: Draft, b: Draft) -> bool:
    """Whether the later of two drafts of different sentences is told as one more incident
    ("another blast", "Konduga, another town of the state"). One told as another but over
    days wholly before the incident told first is the story's lead-up, left to the dates:
    "another rally began on Friday" after Saturday's dispersal of it after midnight."""
    later, first = (b, a) if b.order > a.order else (a, b)
    lead_up = later.date_end < first.date_start and not later.separate
    return later.repeat and a.evidence.start != b.evidence.start and not lead_up


def _days_apart_in_a_sentence(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    """Whether one sentence gives the two days of their own that do not meet ("attacked a
    camp in X on Sunday and another in Y district on Monday"): two incidents, even where one
    place holds the other. A demonstration goes on over its days: never split so."""
    dated = a.date_explicit and b.date_explicit and a.time_precision == b.time_precision == 1
    if not dated or _type_group(a.event_type, lex) in _CROWDS:
        return False
    return a.evidence.start == b.evidence.start and not _overlap(a, b)


def _clauses_apart(a: Draft, b: Draft) -> bool:
    """Whether one sentence tells the two in clauses of two incidents ("the missile hit the
    area three days after a drone attack killed six")."""
    return a.evidence.start == b.evidence.start and a.separate != b.separate


def _lends_place(draft: Draft, host: Draft, region_km: float = 0.0) -> bool:
    """Whether a report of an incident says where it was more finely than its host guessed
    ("gunmen killed 31 in a village" after a story placed at the next town), or names a
    town of the region the host stated ("clashes in X province", then "rebels attacked a
    post in Y, in the province's north")."""
    if not draft.place_explicit or draft.place is None:
        return False
    if host.place_explicit and host.place is not None:
        # a territory holds its towns by distance ("pounded the Gaza Strip", then "five were
        # killed in Khan Younis")
        held = _contains(host.place, draft.place, region_km)
        # a province is finer than the part of the country its host was put at ("a village
        # in North Kordofan state", then "... in central Sudan"), at the same precision
        finer = draft.precision < host.precision or (
            _by_direction(host.place) and not _by_direction(draft.place)
        )
        return finer and held
    return host.place is None or _place_level(draft.place) >= _place_level(host.place)


def _one_sets_the_other(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    """Whether one of two incidents of a sentence is only where the other happened ("bodies
    were found near where clashes have been reported"); a general word there ("where the
    attackers arrived") still tells the sentence's incident, and a crowd dispersed where it
    had gathered is one demonstration."""
    if a.evidence.start != b.evidence.start or a.setting == b.setting:
        return False
    groups = {_type_group(a.event_type, lex), _type_group(b.event_type, lex)}
    if groups <= _CROWDS:
        return False  # a crowd dispersed "where it had gathered" is one demonstration
    # "pushed into Zeitoun, where residents reported heavy gunfire": the fighting where the
    # forces went is their fighting, one battle
    there = a.place is not None and b.place is not None and _same_place(a.place, b.place)
    if len(groups) == 1 and there:
        return False
    return not _is_generic(a if a.setting else b, lex)


def _placed_apart(a: Draft, b: Draft, region_km: float = 0.0) -> bool:
    """Whether one sentence put what the two hold at two places, neither holding the other:
    "gunmen killed 31 in one village and 13 in another" tells an incident per village, which
    no later restatement joins. With ``region_km`` a territory holds the provinces within its
    reach ("in the central Gaza Strip, a strike on a house in Deir al-Balah")."""
    for start in a.spots.keys() & b.spots.keys():
        for place in a.spots[start]:
            for other in b.spots[start]:
                if _same_place(place, other):
                    continue
                held = _contains(place, other, region_km) or _contains(other, place, region_km)
                if not held:
                    return True
    return False


def _join_spots(kept: Draft, other: Draft) -> None:
    for start, places in other.spots.items():
        held = kept.spots.setdefault(start, [])
        held.extend(p for p in places if not any(_same_place(p, q) for q in held))


def _dated_apart(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    """Whether two reports of one stated place are two incidents because one is given a day
    and the other, which names another specific kind of violence ("mortar shells" beside a
    car bomb), is given none: a retelling of the dated incident names it by a general word
    ("killed"), by its own kind ("a suicide bombing at the market"), counts the same dead or
    points back at it ("the shelling"). A demonstration goes on and is retold in any words:
    it is never split so."""
    if a.evidence.start == b.evidence.start or a.date_explicit == b.date_explicit:
        return False
    if not (a.place_explicit and b.place_explicit) or a.place is None or b.place is None:
        return False
    if not _same_place(a.place, b.place) or _type_group(a.event_type, lex) in _CROWDS:
        return False
    undated = b if a.date_explicit else a
    if undated.known or _is_generic(undated, lex):
        return False
    # the same kind or the same dead told again ("a suicide bombing at the market killed
    # six") retell it
    toll = _fatalities(a.tolls)
    return not _of_a_kind(a, b) and (not toll or toll != _fatalities(b.tolls))


def _of_a_kind(a: Draft, b: Draft) -> bool:
    """Whether either draft's kind is one the other was told as: "struck Odesa overnight
    with missiles and drones" is typed a missile strike, yet "in Odesa, a drone hit a
    building" retells its drones."""
    kinds_a = {a.sub_event_type, *(t.sub_event_type for t in a.triggers)}
    kinds_b = {b.sub_event_type, *(t.sub_event_type for t in b.triggers)}
    return a.sub_event_type in kinds_b or b.sub_event_type in kinds_a


def _can_host(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    """Arms seized or an arrest made after a clash are the clash's sequel, not the incident
    that killed its dead: a strategic development hosts only its own kind, and a generic
    word its own sentence tells as the development's means."""
    if host.event_type != _STRATEGIC or _type_group(draft.event_type, lex) == _STRATEGIC:
        return True
    return _a_means(draft, host, lex)


def _a_means(generic: Draft, specific: Draft, lex: AssemblyLexicon) -> bool:
    """Whether a draft typed only from a generic word ("raids", "attacked") that killed no one
    is how the specific development its own sentence tells was done ("detained 12 in
    overnight raids", "seized guns following a raid"), not an incident of its own. A crowd's
    attack is a riot by who did it, not by its word: it stays the incident."""
    return (
        generic.evidence.start == specific.evidence.start
        and generic.event_type not in _CROWDS
        and specific.event_type == _STRATEGIC
        and not (_fatalities(generic.tolls) or 0)
        and _is_generic(generic, lex)
        and not _is_generic(specific, lex)
    )


def _take_over(host: Draft, draft: Draft, lex: AssemblyLexicon, retype: bool = True) -> None:
    """The host of a folded report keeps its tolls, sources and any party it names better;
    a clash with no side against its agent takes the report's attack on civilians (unless
    ``retype`` is off: a report that names no one says nothing of who was attacked)."""
    _join_spots(host, draft)
    one_sided = retype and _one_sided_clash(host, lex)
    if one_sided and draft.sub_event_type == "Attack" and _on_civilians(draft):
        # "Gunmen kill 65 at funeral" over "... killed 65 people who were attending a funeral"
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type
        host.actor2 = draft.actor2
    if retype and _taken_in_a_fight(host, draft):
        host.event_type, host.sub_event_type = draft.event_type, draft.sub_event_type
    if not _a_lead_total(draft, host, lex):
        host.tolls.extend(draft.tolls)
    host.reported_by.extend(s for s in draft.reported_by if s not in host.reported_by)
    reversed_sides = _target_answers(host, draft) and _target_answers(draft, host)
    if reversed_sides and host.event_type == draft.event_type == _BATTLES:
        # one battle told from both sides: the telling first in the article, when it counts
        # its target's dead, says who attacked ("militants attacked a base, killing four
        # soldiers", then "troops killed 12 of the attackers")
        first = min(host, draft, key=_sides_told_at)
        if any(t.side == "state" for t in first.tolls):
            if first is draft:
                host.actor1, host.actor2 = draft.actor1, draft.actor2
                host.sides_from = _sides_told_at(draft)
            return
    if not _unnamed_perpetrator(host, draft, lex):
        host.actor1 = _better_actor(host.actor1, draft.actor1, draft.actor1_weak)
    host.actor2 = _better_target(host, draft.actor2)


def _taken_in_a_fight(host: Draft, draft: Draft) -> bool:
    """Whether an abduction's captives are the forces a battle told in general words was
    fought with ("abducted 20 soldiers after an attack on their post"): ACLED's battle."""
    return (
        host.sub_event_type == _ABDUCTION
        and draft.sub_event_type == "Armed clash"
        and draft.actor2 is not None
        and draft.actor2 == host.actor2
    )


def _better_target(host: Draft, other: str | None) -> str | None:
    """The target of a strike: a named armed group another report of it says was hit ("a
    Hezbollah commander killed in an Israeli drone strike") rather than the people it
    killed; otherwise whoever was named first."""
    if host.actor2 is None:
        return other
    struck = host.event_type == _REMOTE
    named = other is not None and not other.startswith((*_PEOPLE_NAMES, _UNIDENTIFIED))
    if struck and host.actor2.startswith("Civilians") and named and not _is_state(other):
        return other
    return host.actor2


def _unnamed_perpetrator(kept: Draft, other: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the unidentified attacker of a bombing or of an attack on civilians stays: state
    forces another sentence names were not its perpetrators (a report that forces did it names
    them in the incident's own sentence), only the ones who responded or were hit."""
    perpetrated = kept.event_type == "Violence against civilians"
    perpetrated = perpetrated or kept.sub_event_type in lex.hidden_attacks
    unidentified = kept.actor1 is not None and kept.actor1.startswith(_UNIDENTIFIED)
    return perpetrated and unidentified and _is_state(other.actor1)


def _roles_reversed(kept: Draft, other: Draft) -> bool:
    """Whether a takeover's taker is the target of the fight told with it: "rebels captured
    the town after fighting with the army" tells the army fighting the rebels, and the army
    is not the unidentified taker of the town."""
    taken = kept.sub_event_type in _TAKEOVERS
    return taken and kept.actor1 is not None and other.actor2 == kept.actor1


def _taker_and_left(kept: Draft, other: Draft) -> tuple[str, str | None] | None:
    """When one of two tellings of a place changing hands in one sentence is only what led up
    to it ("rebels took the town after the army withdrew"), the taker and the side that left:
    the side that left is the other side of the taking, not its taker. Told in two sentences,
    a fight for the place then its handover, the fight's sides stay."""
    if _one_change_of_hands(kept, other):
        taking = kept if kept.sub_event_type in _TAKEOVERS else other
        return (taking.actor1, taking.actor2) if taking.actor1 is not None else None
    changes = {kept.sub_event_type, other.sub_event_type} <= _CHANGES_HANDS
    if not changes or not _one_sentence(kept, other) or kept.cause == other.cause:
        return None
    taker, left = (other, kept) if kept.cause else (kept, other)
    if taker.actor1 is None or left.actor1 == taker.actor1:
        return None
    return taker.actor1, taker.actor2 or left.actor1


def _sides_told_at(draft: Draft) -> int:
    return draft.order if draft.sides_from is None else draft.sides_from


def _target_answers(kept: Draft, other: Draft) -> bool:
    """Whether the other report's agent is the target of this one: "militants ambushed a
    convoy, killing 15 soldiers", then "the army said its troops killed dozens of the
    attackers" tells the soldiers hitting back, and they are not the ambush's attackers."""
    return kept.actor1 is not None and other.actor1 is not None and other.actor1 == kept.actor2


def _better_actor(current: str | None, other: str | None, weak: bool = False) -> str | None:
    """The party one report leaves unidentified is the one another report of the incident names."""
    if current is None:
        return other
    # a group only mentioned beside the incident ("a leader of the cartel") is no attacker
    if other is not None and current.startswith(_UNIDENTIFIED) and (_is_state(other) or not weak):
        return current if other.startswith(_UNIDENTIFIED) else other
    return current


def _fold_headline(drafts: list[Draft], headline_end: int, lex: AssemblyLexicon) -> list[Draft]:
    """A headline restates the article's main incident: its drafts fold into the first body
    draft of the same type group, whatever place each found."""
    body = [d for d in drafts if d.evidence.start >= headline_end]
    result = list(body)
    for draft in drafts:
        if draft.evidence.start >= headline_end:
            continue
        # a generic headline word ("Militants Kill 12") goes to the incident of its own type
        # when the body tells one, else to the first
        # ... never to a strategic development the body tells beside ("Gunmen kill seven in
        # raid on X" over "the army said it had sent reinforcements"): the attack stays
        hosts = body
        if draft.event_type != _STRATEGIC:
            hosts = [d for d in body if d.event_type != _STRATEGIC]
        host = _host_for(draft, hosts, lex) or _lede_host(draft, hosts, lex)
        if host is None:
            result.append(draft)
            continue
        _take_over(host, draft, lex)
        _take_weapon(host, draft, lex)
    return sorted(result, key=lambda d: d.order)


def _lede_host(headline: Draft, body: list[Draft], lex: AssemblyLexicon) -> Draft | None:
    """The body's first incident, for a headline that words it as another kind ("Rebels
    kidnap two police officers in X" over "two officers were abducted in X", typed apart):
    it is the same incident when both name the same place. A cause the headline gives
    ("after arrest") stays apart, and a lede told by a general word ("died when ... came
    under fire") gives way to the headline's kind rather than take it in."""
    if not body or headline.cause or body[0].cause or _is_generic(body[0], lex):
        return None
    lede = body[0]
    if not (headline.place_explicit and lede.place_explicit):
        return None
    placed = headline.place is not None and lede.place is not None
    return lede if placed and _same_place(headline.place, lede.place) else None


def _take_weapon(host: Draft, headline: Draft, lex: AssemblyLexicon) -> None:
    """A headline that names the weapon ("Suicide bombers kill 30 at market") names it for
    the body's plainer word ("the blast"): within remote violence, its sub-type is kept when
    the assembly's priority ranks it above the host's."""
    if host.event_type != headline.event_type or host.event_type != _REMOTE:
        return
    if _is_generic(headline, lex):
        return
    rank = lex.priority
    if rank.get(headline.sub_event_type, 99) < rank.get(host.sub_event_type, 99):
        host.sub_event_type = headline.sub_event_type


def _host_for(draft: Draft, candidates: list[Draft], lex: AssemblyLexicon) -> Draft | None:
    """The first candidate of the draft's type group; for a generic word, else the first, and
    for a generic word of armed violence ("Five killed in fresh attack") the first armed
    incident before a crowd that protests it ("women blocked the highway to protest")."""
    group = _type_group(draft.event_type, lex)
    generic = _is_generic(draft, lex)
    if generic:
        # "The attack took place on Saturday night": a generic word points back at an incident
        # told before it, not at one of its guessed type told only after it
        candidates = [d for d in candidates if d.order < draft.order] or candidates
    host = next((d for d in candidates if _type_group(d.event_type, lex) == group), None)
    if host is None and generic and candidates:
        armed = [d for d in candidates if d.event_type not in _BLOODLESS]
        return armed[0] if armed and draft.event_type not in _BLOODLESS else candidates[0]
    return host


def _fold_references(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """An incident that is only reacted to or recalled ("officials condemned the attack")
    is one the article tells elsewhere: it folds into the first told incident of its type
    group, else of any type when its word is generic, lending its stated place to a host
    of its days that only guessed one. Told nowhere else, it stays."""
    told = [d for d in drafts if not d.reference]
    result = list(told)
    for draft in drafts:
        if not draft.reference:
            continue
        host = _host_for(draft, told, lex)
        if host is None:
            if not draft.recalled:
                result.append(draft)  # remembered only, it is long past: no event
            continue
        # the words of one sentence tell one incident: each of them takes the finer place
        # and the finer day ("over the weekend", then "the attack happened late on Saturday")
        for told_too in (d for d in told if d.evidence.start == host.evidence.start):
            if _dates_match(told_too, draft):
                _refine(told_too, draft)
        _take_over(host, draft, lex)
    return sorted(result, key=lambda d: d.order)


def _refine(told: Draft, detail: Draft) -> None:
    """An incident told takes the finer place and the finer day of a detail folded into it."""
    if _refines_place(detail, told):
        assert detail.place is not None
        told.place, told.precision = detail.place, detail.precision
        told.place_explicit = True
    if _refines_date(detail, told):
        told.date_start, told.date_end = detail.date_start, detail.date_end
        told.time_precision, told.date_explicit = detail.time_precision, True


def _fold_retellings(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """An incident named again by a pointing word in a later sentence, with a place of its
    own within the one told before ("attacked a village in the Mopti region", then "The attack
    hit the town of Bandiagara on Sunday night"), is that incident: it folds into it, lending
    it the finer place and day, and is no second event. At a place outside it, it stays."""
    result: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: d.order):
        host = _retold_host(draft, result, lex) if draft.retold else None
        # "The attack came a day after missiles killed four": a sentence that also tells
        # another incident is no mere retelling
        if any(d.evidence.start == draft.evidence.start and not d.retold for d in drafts):
            host = None
        if host is None:
            result.append(draft)
            continue
        for told_too in (d for d in result if d.evidence.start == host.evidence.start):
            _refine(told_too, draft)
        _take_over(host, draft, lex)
    return sorted(result, key=lambda d: d.order)


def _retold_host(draft: Draft, before: list[Draft], lex: AssemblyLexicon) -> Draft | None:
    """The incident of an earlier sentence a retelling with a finer place names: the last one
    of its type group (of any group for a generic word) on its days, whose place holds it."""
    if not draft.place_explicit or draft.repeat or draft.separate or draft.alike:
        return None
    earlier = [
        d
        for d in before
        if d.evidence.start < draft.evidence.start and not d.reference and not d.cause
    ]
    group = _type_group(draft.event_type, lex)
    same = [d for d in earlier if _type_group(d.event_type, lex) == group]
    if not same and _is_generic(draft, lex):
        same = [d for d in earlier if d.event_type not in _CROWDS | {_STRATEGIC}]
    if not same:
        return None
    told = [d for d in same if d.evidence.start == same[-1].evidence.start]
    host = next((d for d in told if not _is_generic(d, lex)), told[-1])
    if not _dates_match(host, draft):
        return None
    places = (host.place, draft.place)
    if places[0] is None or places[1] is None:
        return None
    # a town within the region or district told before, or the same place again (a town
    # told before keeps its own place: "the attack began when gunmen entered a suburb")
    finer = _place_level(places[0]) <= _DISTRICT and _refines_place(draft, host)
    return host if finer or _same_place(*places) else None


def _fold_details(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """An undated report whose doers are named as ones told of before ("The attackers fired
    rockets and automatic weapons at the station in X") tells the last violent incident of an
    earlier sentence in more detail, whatever kind of violence its words name: it folds into
    that incident, lending it a finer place of the incident's own."""
    result: list[Draft] = []
    # "the gunmen killed 31 in X and 13 in Y": a sentence with a place per incident tells
    # each of its own
    listed = _sentences_of_several_places(drafts)
    for draft in sorted(drafts, key=lambda d: d.order):
        told_with = [d for d in drafts if d.evidence.start == draft.evidence.start]
        host = None if draft.evidence.start in listed else _detailed(draft, result, lex, told_with)
        host = host or _force_on_the_crowd(draft, result, lex)
        if host is None:
            result.append(draft)
            continue
        for told_too in (d for d in result if d.evidence.start == host.evidence.start):
            if _refines_place(draft, told_too):
                assert draft.place is not None
                told_too.place, told_too.precision = draft.place, draft.precision
                told_too.place_explicit = True
        named = draft.by_doers and not _is_generic(draft, lex)  # a bare report names no kind
        if named and _is_generic(host, lex) and not _on_civilians(host):
            # "the overnight killings", then "the attackers were repelled": the detail names
            # the kind of violence the general word did not (one on civilians says it: the
            # victims make it); fighting on the ground with the weapons it names ("fired
            # rockets ... and fled after a gunfight") is a battle
            told = [d for d in drafts if d.evidence.start == draft.evidence.start]
            kind = next((d for d in told if d.event_type == _BATTLES), draft)
            host.event_type, host.sub_event_type = kind.event_type, kind.sub_event_type
            host.triggers.extend(draft.triggers)
        _take_over(host, draft, lex, retype=draft.by_doers)
    return result


def _sentences_of_several_places(drafts: list[Draft]) -> set[int]:
    named: dict[int, list[Place]] = {}
    for draft in drafts:
        if draft.place_explicit and draft.place is not None:
            places = named.setdefault(draft.evidence.start, [])
            if not any(_same_place(draft.place, p) for p in places):
                places.append(draft.place)
    return {start for start, places in named.items() if len(places) > 1}


def _detailed(
    draft: Draft, before: list[Draft], lex: AssemblyLexicon, told_with: list[Draft]
) -> Draft | None:
    """The incident an undated report by its doers details, if its place allows; so does an
    undated report that names no armed party at all ("gunfire rang out around the palace",
    "three civilians were killed by stray bullets"): the scene of the incident before it."""
    if not (draft.by_doers or _bare(draft, lex)) or draft.date_explicit:
        return None
    if draft.event_type in _CROWDS | {_STRATEGIC}:
        return None
    if draft.repeat or draft.separate or draft.alike or draft.reference:
        return None
    earlier = [
        d
        for d in before
        if d.evidence.start < draft.evidence.start
        and d.event_type not in _CROWDS | {_STRATEGIC}
        and not d.reference
    ]
    if not earlier:
        return None
    # the incident its sentence names by a specific word, not the general "killing" beside it
    told = [d for d in earlier if d.evidence.start == earlier[-1].evidence.start]
    host = next((d for d in told if not _is_generic(d, lex)), told[-1])
    if not _dates_match(host, draft):
        return None  # "in July, television reported that the rebels stormed a barracks"
    if not draft.by_doers and _type_group(host.event_type, lex) == _type_group(
        draft.event_type, lex
    ):
        return None  # of one kind, the merge joins them and weighs their places
    if draft.event_type == _BATTLES and draft.actor2 is not None and _on_civilians(host):
        return None  # "attacked the village", then "the fighters attacked bases of the militia"
    # its sentence's strike on civilians, and the general word for that strike's dead
    if any(_answering_strike_on_civilians(d, host) for d in told_with):
        return None
    if draft.place_explicit and not _places_match(
        host, draft, lex.near_km, stated=True, region_km=lex.region_km
    ):
        return None
    if not draft.by_doers and draft.place_explicit and not _places_match(host, draft):
        return None  # a bare report at a town of its own near the one told is its own
    return host


def _answering_strike_on_civilians(draft: Draft, host: Draft) -> bool:
    """Whether a strike on civilians with dead of its own follows a fight told before ("rebels
    ambushed a convoy, killing ten soldiers", then "the army responded with artillery fire on
    nearby villages, killing two civilians"): a shelling of its own, not the fight's detail."""
    if draft.event_type != _REMOTE or host.event_type != _BATTLES or _on_civilians(host):
        return False
    return _on_civilians(draft) and bool(_fatalities(draft.tolls))


def _force_on_the_crowd(draft: Draft, before: list[Draft], lex: AssemblyLexicon) -> Draft | None:
    """The protest met by force told before, when an undated report tells the weapons used
    on protesters there ("killed 82 in a crackdown on protesters in X", then "soldiers used
    rifle grenades and machine guns against protesters"): the force of that crackdown."""
    if draft.event_type not in {_REMOTE, _BATTLES} or draft.date_explicit:
        return None
    if not (draft.actor2 or "").startswith("Protesters"):
        return None
    if draft.repeat or draft.separate or draft.alike or draft.reference:
        return None
    hosts = [
        d
        for d in before
        if d.event_type == "Protests"
        and d.sub_event_type != "Peaceful protest"
        and d.evidence.start < draft.evidence.start
        and _dates_match(d, draft)
        and _places_match(d, draft, lex.near_km, stated=True, region_km=lex.region_km)
    ]
    return hosts[-1] if hosts else None


def _bare(draft: Draft, lex: AssemblyLexicon) -> bool:
    """A report that names no doer and no armed target ("gunfire rang out around the
    palace", "three civilians were killed by stray bullets"); a general word ("12 were
    killed") joins its incident by the rules for general words."""
    unnamed = draft.actor1 is None or draft.actor1.startswith(_UNIDENTIFIED)
    unarmed = draft.actor2 is None or draft.actor2.startswith(_PEOPLE_NAMES)
    # a weapon's strike is the specific kind of an incident that may be told generally before
    # it ("civilians were killed in an air strike"): it stays for the merge to weigh
    return (
        unnamed
        and unarmed
        and draft.event_type != _REMOTE
        and not draft.directed
        and not _is_generic(draft, lex)
    )


def _refines_place(draft: Draft, host: Draft) -> bool:
    """Whether a reference states where its incident was better than the incident's own
    telling: a place where the host only guessed one, or a place within the host's ("in
    Kaduna state" told, then "the attack took place in Kajuru district")."""
    if not draft.place_explicit or draft.place is None:
        return False
    if not host.place_explicit or host.place is None:
        return True
    held = _contains(host.place, draft.place) or (
        # a district and a town of its province: the gazetteer does not always link the two
        host.place.admin1 is not None
        and (host.place.country_code, host.place.admin1)
        == (draft.place.country_code, draft.place.admin1)
        and _place_level(draft.place) > _place_level(host.place)
    )
    return held and draft.precision < 3


def _refines_date(draft: Draft, host: Draft) -> bool:
    """Whether a reference dates its incident where the incident's telling did not, or
    more finely within the days it gave."""
    if not draft.date_explicit:
        return False
    if not host.date_explicit:
        return True
    within = host.date_start <= draft.date_start and draft.date_end <= host.date_end
    return within and draft.time_precision < host.time_precision


def _absorbs(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    if host.cause and not draft.cause and _one_sentence(host, draft):
        # "shops were looted after the clashes", "police seized rifles after a shootout": the
        # sentence's news came after the incident it names as its occasion, not inside it
        return False
    if draft.sub_event_type == "Arrests" and draft.cause:
        return False  # an arrest that set off a protest is its own event, not a detention in it
    if draft.sub_event_type == "Arrests" and draft.of_suspects and host.event_type not in _CROWDS:
        # suspects of an attack are hunted down after it; protesters charged over a rally
        # were mostly held at it, which ACLED codes as the rally's intervention
        return False
    if draft.sub_event_type == "Arrests" and draft.of_suspects and _held_later(draft, lex):
        return False  # "arrested two as a result of investigative actions": after the rally
    if host.event_type in _CROWDS and _armed_men_burned(draft):
        return False  # "armed miscreants set ablaze 70 houses": no crowd's doing
    if host.event_type in _CROWDS and _crowd_clash(draft):
        # a clash at the rally is on the rally's day: one told on another day (a police
        # raid the day before the protest against it) is an incident of its own
        return not _on_other_days(host, draft)
    if (
        not draft.place_explicit
        and host.place_explicit
        and draft.sub_event_type in lex.absorbed_unplaced
        and not _own_strike_on_civilians(host, draft)
    ):
        hosts = lex.absorbed_unplaced[draft.sub_event_type]
        return host.event_type in hosts or host.sub_event_type in hosts
    hosts = lex.absorbed.get(draft.sub_event_type)
    if hosts is None or host.sub_event_type in lex.absorbed:
        return False
    if _a_means(host, draft, lex):
        return False  # "arrested in overnight raids": the raid is how, the arrest is what
    return "*" in hosts or host.event_type in hosts or host.sub_event_type in hosts


def _armed_men_burned(draft: Draft) -> bool:
    """Whether a looting or a burning was done by armed men, not by a crowd or the state's
    forces: beside a protest it is an incident of its own."""
    doer = draft.actor1
    if draft.sub_event_type != "Looting/property destruction" or doer is None:
        return False
    return not (_is_state(doer) or doer.startswith(_PEOPLE_NAMES)) and not draft.actor1_weak


def _own_strike_on_civilians(host: Draft, draft: Draft) -> bool:
    """Whether a strike told in a sentence of its own, on its own day, killed civilians of its
    own count ("fighting killed 40 in the city over the weekend", then "the RSF shelled the
    city's main market on Saturday, killing 15 civilians"): a shelling of its own beside the
    battle, not the battle's weapon."""
    if draft.evidence.start == host.evidence.start:
        return False
    return _on_civilians(draft) and bool(_fatalities(draft.tolls))


def _held_later(draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether an arrest is told as made after the fact: later, or by an inquiry."""
    words = {w.strip(".,;:") for w in draft.evidence.text.lower().split()}
    return bool(words & (lex.sequels | lex.inquiries))


def _on_other_days(a: Draft, b: Draft) -> bool:
    return a.date_explicit and b.date_explicit and not _overlap(a, b)


def _crowd_clash(draft: Draft) -> bool:
    """ "Clashes" at a rally with no armed group named are the crowd against the police."""
    if draft.sub_event_type != "Armed clash":
        return False
    parties = [a for a in (draft.actor1, draft.actor2) if a is not None]
    state = ("Military Forces", "Police Forces", "Protesters", "Rioters", "Civilians")
    return all(a.startswith(state) for a in parties)


def _type_group(event_type: str, lex: AssemblyLexicon) -> str:
    return lex.compatible.get(event_type, event_type)


def _one_incident(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    if _one_sets_the_other(a, b, lex) or _clauses_apart(a, b):
        return False
    if _type_group(a.event_type, lex) != _type_group(b.event_type, lex):
        return (
            _one_telling(a, b)
            or _fought_with(a, b)
            or _retold_by_its_name(a, b)
            or _a_response(a, b)
            or _one_change_of_hands(a, b)
        )
    if _one_measured_point(a, b) and _dates_match(a, b):
        return True
    if _told_apart(a, b) or _dated_apart(a, b, lex) or _days_apart_in_a_sentence(a, b, lex):
        return False  # "another blast" is not the blast told before
    # one count of dead at one point: one incident, though a sentence named two places; a
    # village the gazetteer lacks is put at a guess, maybe in the region the other names
    one_point = _one_toll_at_one_point(a, b, lex) or _village_of_the_region(a, b)
    if not one_point and _placed_apart(a, b, lex.region_km):
        return False
    if not one_point and not _places_match(a, b, lex.near_km, region_km=lex.region_km):
        return False
    return (
        _dates_match(a, b) or _dated_by_its_sentence(a, b, lex) or _dated_by_its_sentence(b, a, lex)
    )


def _one_measured_point(a: Draft, b: Draft) -> bool:
    """Two tellings at one point measured off a town ("a vessel had been targeted 61 nautical
    miles southwest of Hodeidah", then "separately, the maritime agency said it had a report of
    an incident at the same point"): two agencies' reports of one incident, though told apart."""
    if a.place is None or b.place is None or a.place.geonameid or b.place.geonameid:
        return False
    measured = a.place.name[:1].isdigit() and a.place.name == b.place.name
    return measured and (a.place.lat, a.place.lon) == (b.place.lat, b.place.lon)


def _village_of_the_region(a: Draft, b: Draft) -> bool:
    """ "Attacked a village in Sennar state", then "fighters opened fire on villagers in the
    village of X": a village the gazetteer lacks, put at a guess, and the region an incident
    by the same doers was told in are one scene."""
    for village, region in ((a, b), (b, a)):
        if village.place is None or region.place is None or village.actor1 != region.actor1:
            continue
        guessed = village.place.geonameid is None and village.place.feature_code is None
        if not guessed or _by_direction(region.place) or _place_level(region.place) != 1:
            continue
        if village.place.country_code == region.place.country_code and region.place_explicit:
            return True
    return False


def _one_toll_at_one_point(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    """Two names the gazetteer lacks put at one point (a village "in" an administrative post,
    and the post), with one count of dead, are one incident told twice ("ten people were
    beheaded in the post of X", then a quote: "they attacked the village of Y in X ... ten
    people were beheaded")."""
    if a.place is None or b.place is None or a.place.country_code != b.place.country_code:
        return False
    dead = _fatalities(a.tolls)
    if dead is None or dead < lex.one_toll_min or dead != _fatalities(b.tolls):
        return False
    return _km(a.place, b.place) < lex.one_point_km


_STRATEGIC = "Strategic developments"
_DISTRICT = 2  # _place_level of a district: the coarsest level below a region
_CROWDS = frozenset({"Protests", "Riots"})  # a crowd's incidents, retold in any words
_BATTLES = "Battles"
_TAKEOVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# ... and a place handed over: any of them told with the withdrawal that led up to it
_CHANGES_HANDS = _TAKEOVERS | {"Non-violent transfer of territory"}


def _one_telling(a: Draft, b: Draft) -> bool:
    """Two kinds of violence by people one sentence tells at one place and time ("protests
    erupted over the death of a woman", "a crowd dragged them out and beat them") are one
    incident, of the kind ranked first. A weapon's strike beside a fight is one only when the
    sentence tells fighting on the ground (``_fought_with``); a strategic development beside
    violence (an arrest, a looting) is decided by the hosts' rules."""
    kinds = {a.event_type, b.event_type}
    if kinds & {_STRATEGIC, _REMOTE} or a.evidence.start != b.evidence.start:
        return False
    if _struck_apart_targets(a, b):
        return False  # soldiers killed and villagers abducted: two incidents
    # both unplaced (a town the gazetteer lacks): the sentence's one scene
    if not _places_match(a, b):
        return False
    return _overlap(a, b)


def _one_change_of_hands(a: Draft, b: Draft) -> bool:
    """A place taken in a fight and the same place said handed over, on the same days ("rebels
    swept into Aleppo, pushing government forces out", then "took control of the city after
    government troops withdrew"): one takeover, the withdrawal part of the fight told. A
    taking told with no fight ("militants have taken control of the village") is left to the
    handover the next sentence tells."""
    taking, handover = (a, b) if a.sub_event_type in _TAKEOVERS else (b, a)
    if taking.sub_event_type not in _TAKEOVERS:
        return False
    if handover.sub_event_type != "Non-violent transfer of territory":
        return False
    fought = taking.fought or any(t.sub_event_type == "Armed clash" for t in taking.triggers)
    return fought and _places_match(a, b) and _dates_match(a, b)


def _retold_by_its_name(a: Draft, b: Draft) -> bool:
    """A later sentence that points back at a fight told before ("the clash erupted after a
    dispute", "the attack lasted an hour"), giving it no day and no place of its own, tells
    that fight again in other words, though its noun is typed apart (two crowds' clash told
    as a riot, then "the clash")."""
    first, later = (a, b) if a.order < b.order else (b, a)
    if not later.known or later.date_explicit or later.place_explicit:
        return False
    if {first.event_type, later.event_type} & {_STRATEGIC, _REMOTE}:
        return False
    if first.evidence.start == later.evidence.start:
        return False
    return _places_match(first, later)


def _a_response(a: Draft, b: Draft) -> bool:
    """Whether the later of two drafts is the forces' answer to an attack on civilians told
    before it, in a sentence of its own that gives it no day, no dead and no other place
    ("gunmen killed 12 villagers in X on Friday." then "The army fought the attackers, he
    added."): the attack's aftermath, not a battle of its own."""
    first, later = (a, b) if a.order < b.order else (b, a)
    if not _answers(first, later) or later.date_explicit or _fatalities(later.tolls):
        return False  # a fight with its own day or its own dead is a battle of its own
    # a place of its own elsewhere is another scene; "the area" points back at the attack's
    elsewhere = later.place_explicit and not _places_match(first, later)
    return _dates_match(first, later) and not elsewhere


def _answers(first: Draft, later: Draft) -> bool:
    """Whether a clash told in a later sentence, not as the fight told before ("the
    fighting"), comes after an attack whose sentence named who killed the civilians: it
    answers the attack ("troops later killed four of the attackers"), it did not kill them."""
    if first.sub_event_type != "Attack" or later.sub_event_type != "Armed clash":
        return False
    if later.order < first.order or first.evidence.start == later.evidence.start:
        return False
    # civilians it killed: an attack on "a village" with no dead may be on the post there
    victims = first.actor2 is not None and first.actor2.startswith("Civilians")
    victims = victims and bool(_fatalities(first.tolls))
    named = first.actor1 is not None and not first.actor1_weak
    # the attackers who go on to storm the village's post tell the attack again, as a battle
    others = later.actor1 != first.actor1
    return victims and named and others and not (later.known or later.repeat or later.separate)


def _fought_with(a: Draft, b: Draft) -> bool:
    """A remote weapon's strike and a battle one sentence tells at one place and time, where
    the sentence's main line tells two sides fighting on the ground ("clashed, with both sides
    using mortars", "ambushed the convoy with a roadside bomb, and the soldiers returned
    fire"), are one incident: the battle, the weapon its means. Without such a line ("a
    suicide bomber detonated before gunmen stormed the base", "a grenade exploded during
    clashes") the strike stays its own event."""
    if a.evidence.start != b.evidence.start:
        return False
    if {a.event_type, b.event_type} != {_REMOTE, _BATTLES}:
        return False
    battle, strike = (a, b) if a.event_type == _BATTLES else (b, a)
    if battle.sub_event_type != "Armed clash" or not (battle.fought and strike.fought):
        return False
    both_placed = a.place is not None and b.place is not None
    if both_placed and a.place_explicit and b.place_explicit:
        # two stated places apart: a strike here, a battle there
        return _same_place(a.place, b.place) and _overlap(a, b)
    return _overlap(a, b)


def _places_match(
    a: Draft, b: Draft, near_km: float = 0.0, stated: bool = False, region_km: float = 0.0
) -> bool:
    """Same place, one holding the other, or (when ``near_km``) close by with one of them only
    guessed, or even both stated when ``stated``."""
    if a.place is None or b.place is None:
        return a.place is None and b.place is None
    if _same_place(a.place, b.place):
        return True
    if _contains(a.place, b.place, region_km) or _contains(b.place, a.place, region_km):
        return True
    # A place only guessed from the paragraph or the article's focus is no evidence of a second
    # incident beside one stated close by.
    guessed = stated or not (a.place_explicit and b.place_explicit)
    return guessed and near_km > 0 and _km(a.place, b.place) <= near_km


def _overlap(a: Draft, b: Draft) -> bool:
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _dates_match(a: Draft, b: Draft) -> bool:
    if not (a.date_explicit or b.date_explicit):
        # the days before a report: "last month, television reported that three soldiers had
        # been killed" ends before the days this week's undated attack may have taken
        return a.date_start <= b.date_end and b.date_start <= a.date_end
    if not (a.date_explicit and b.date_explicit):
        # An undated report is of the days just before publication, not of "a June strike";
        # a day the parse may have taken from another clause is given the benefit of doubt
        dated, undated = (a, b) if a.date_explicit else (b, a)
        if undated.date_end < dated.date_start - timedelta(days=30):
            # days counted back from a past date its sentence gives ("in June after fighting
            # erupted"), not guessed at the days before the report
            return False
        if undated.date_end < dated.date_start - timedelta(days=1):
            # "last month, television reported that three soldiers had been killed": told
            # before the dated incident began, it was another
            return False
        far = dated.date_end < undated.date_start - timedelta(days=7)
        # "the protests began in July": a month with no place of its own told before the
        # days an undated incident at a stated place was guessed at is no day of that one
        guessed = not dated.place_explicit and undated.place_explicit and not _overlap(a, b)
        return not ((far or guessed) and dated.time_precision >= 3)
    # a night may run past midnight; the week or month of an incident told only as where
    # another happened ("struck the area where a rocket wounded two last week") has its ends
    days = a.time_precision == 1 and b.time_precision == 1
    exact = not days and (a.setting or b.setting)
    slack = timedelta(days=0 if exact or _days_told_apart(a, b) else 1)
    return a.date_start <= b.date_end + slack and b.date_start <= a.date_end + slack


def _days_told_apart(a: Draft, b: Draft) -> bool:
    """Whether two sentences give two incidents each its own day at two places ("gunmen
    killed nine in the state on Sunday" and "troops clashed with them near the town on
    Monday"): the day's slack for a night that runs past midnight does not join them. One
    sentence may too, with a town and a day for each ("kidnapped him in X on Thursday and
    killed him in Y on Friday")."""
    if a.time_precision != 1 or b.time_precision != 1:
        return False
    if a.evidence.start == b.evidence.start:
        return _each_its_town_and_day(a, b)
    if _by_night(min(a, b, key=lambda d: d.date_start)):
        return _stated_apart(a, b)  # "late on Saturday", then "soon after midnight"
    # each told on a day of its own, neither pointing back at one told ("the attack",
    # "where the first one had exploded"): ACLED's incidents are of one day ("killed two in
    # Kherson on Monday", then "killed another person in Kherson on Tuesday")
    pointing = any(d.known or d.retold or d.setting for d in (a, b))
    # a town is taken once: "recaptured the town on Friday", then "our forces entered the
    # town this morning" is the one takeover, told by the day of each telling
    taken = a.sub_event_type in _TAKEOVERS and b.sub_event_type in _TAKEOVERS
    # ... but one side's taking and the other's retaking ("rebels seized the town on Friday",
    # "troops regained control of the town on Saturday") are two changes of hands
    if taken and _taken_back(a, b):
        return True
    return not (pointing or taken) or _stated_apart(a, b)


def _each_its_town_and_day(a: Draft, b: Draft) -> bool:
    """Whether two drafts of one sentence each state a day and a town of their own, both
    different: two incidents, the second a sequel at another town. A village the gazetteer
    lacks, put at the other town's point, is still a town of its own."""
    if not (a.date_explicit and b.date_explicit and a.place_explicit and b.place_explicit):
        return False
    if a.place is None or b.place is None or _overlap(a, b) or _same_place(a.place, b.place):
        return False
    areas = [(x, y) for x, y in ((a.place, b.place), (b.place, a.place)) if _place_level(x) <= 2]
    return not any(_contains(outer, inner) for outer, inner in areas)


def _taken_back(a: Draft, b: Draft) -> bool:
    """Whether of two takeovers one is the other side's: a taking and a retaking by two
    named takers, not one taker's takeover told by two words."""
    takers = {a.actor1, b.actor1}
    return a.sub_event_type != b.sub_event_type and None not in takers and len(takers) == 2


def _stated_apart(a: Draft, b: Draft) -> bool:
    if not (a.place_explicit and b.place_explicit) or a.place is None or b.place is None:
        return False
    return not _same_place(a.place, b.place)


def _by_night(draft: Draft) -> bool:
    """Whether the draft's sentence tells a time of night on one day, which may run into
    the next ("late on Saturday"); a night dated to its two days ("overnight on Saturday")
    holds it already."""
    return draft.date_start == draft.date_end and _NIGHT.search(draft.evidence.text) is not None


def _absorb(kept: Draft, other: Draft, lex: AssemblyLexicon) -> None:
    """Fold ``other`` into ``kept``: the finer place, the stated date, the stronger type, and
    as evidence the sentence that says most (place, date, source)."""
    handed = _taker_and_left(kept, other)
    # judged on the places as told, before the finer one is taken
    lead_total = _a_lead_total(kept, other, lex)
    detail_total = _a_lead_total(other, kept, lex)
    better_evidence = _evidence_strength(other) > _evidence_strength(kept)
    if better_evidence:
        kept.evidence = other.evidence
    if kept.place is not None and other.place is not None:
        # a territory ("the Gaza Strip", "the West Bank") holds its towns by distance: the
        # town the detail names is where the incident was
        finer = _contains(kept.place, other.place, lex.region_km) and other.precision < 3
        if finer or (other.place_explicit and not kept.place_explicit):
            kept.place, kept.precision = other.place, other.precision
            kept.place_explicit = other.place_explicit
        elif _same_place(kept.place, other.place):
            kept.precision = min(kept.precision, other.precision)
    finer = other.time_precision < kept.time_precision
    if other.date_explicit and (not kept.date_explicit or finer):
        kept.date_start, kept.date_end = other.date_start, other.date_end
        kept.time_precision, kept.date_explicit = other.time_precision, True
    rank = lex.priority
    # A generic word ("killed") does not outrank the sub-type a specific one gave ("march"),
    # nor does the sentence's own naming of its incident ("killed 12 people on Monday, the
    # third attack on the area"), which knows less of it than the verb does.
    restated = other.known and _one_sentence(kept, other)
    weaker = _is_generic(other, lex) and (restated or not _is_generic(kept, lex))
    ours, theirs = rank.get(kept.sub_event_type, 99), rank.get(other.sub_event_type, 99)
    # sub-types the list does not rank (strategic developments) told in one sentence go by
    # the surer trigger ("joined talks that ended in a peace agreement")
    surer = (
        ours == theirs == 99
        and len({t.sent_start for t in kept.triggers + other.triggers}) == 1
        and _strongest(other) > _strongest(kept)
    )
    ranked_higher = theirs < ours or surer
    if {kept.sub_event_type, other.sub_event_type} <= _TAKEOVERS and kept.aside != other.aside:
        # "recovered the villages that had been taken over by armed groups": the taking a
        # clause on the place tells is how it changed hands before, not the incident
        ranked_higher = kept.aside
    if ranked_higher and not weaker:
        kept.event_type, kept.sub_event_type = other.event_type, other.sub_event_type
        if other.actor1:
            kept.actor1, kept.actor2 = other.actor1, other.actor2
    _killing_over_destruction(kept, other)
    kept.aside = kept.aside and other.aside
    # a battle's target telling how it hit back is no attacker of its own battle
    fought_back = kept.event_type == other.event_type == _BATTLES and _target_answers(kept, other)
    fought_back = fought_back and not other.date_explicit and not other.place_explicit
    kept_apart = _unnamed_perpetrator(kept, other, lex) or _roles_reversed(kept, other)
    if handed is not None:
        kept.actor1, kept.actor2 = handed  # the taker holds the place, the one that left lost it
    elif not (kept_apart or fought_back):
        kept.actor1 = _better_actor(kept.actor1, other.actor1, other.actor1_weak)
    kept.actor2 = kept.actor2 or other.actor2
    kept.force = kept.force or other.force
    kept.directed = kept.directed or other.directed
    kept.cause = kept.cause or other.cause
    _join_spots(kept, other)
    if lead_total:
        kept.tolls = list(other.tolls)
    elif not detail_total:
        kept.tolls.extend(other.tolls)
    kept.reported_by.extend(s for s in other.reported_by if s not in kept.reported_by)
    kept.confidence = max(kept.confidence, other.confidence) + 0.05
    kept.triggers.extend(other.triggers)
    kept.lent_day = kept.lent_day or other.lent_day


def _a_lead_total(coarse: Draft, fine: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the dead ``coarse`` counts are a lead's total over a wider area ("air strikes
    killed 18 across the Gaza Strip") and ``fine`` a detail within it that counts its own
    ("a strike on a house in Zeitoun killed seven"): the detail keeps its own count, since
    the total also holds the dead of other places."""
    if coarse.place is None or fine.place is None or fine.precision >= 3:
        return False
    if not fine.place_explicit:
        return False  # a detail told without a place of its own is no detail elsewhere
    if _same_place(coarse.place, fine.place) or not _contains(
        coarse.place, fine.place, lex.region_km
    ):
        return False
    return bool(_fatalities(coarse.tolls)) and bool(_fatalities(fine.tolls))


def _one_sentence(a: Draft, b: Draft) -> bool:
    return a.evidence.start == b.evidence.start


def _one_sided_clash(draft: Draft, lex: AssemblyLexicon) -> bool:
    """A clash that names no party against its agent, nor tells two sides fighting, in its
    sentence or by its own word ("heavy fighting broke out ..., killing seven")."""
    if draft.sub_event_type != "Armed clash" or draft.actor2 is not None or draft.fought:
        return False
    words = lex.ground_fighting.words
    return not any(w in t.text.lower() for t in draft.triggers for w in words)


def _on_civilians(draft: Draft) -> bool:
    return (draft.actor2 or "").startswith("Civilians")


def _says(draft: Draft, phrases: frozenset[str]) -> bool:
    """Whether the sentence that tells a draft holds one of the phrases, not denied by a
    word just before it ("no injuries were reported", "without anyone being injured")."""
    words = f" {' '.join(_WORDS.findall(draft.evidence.text.lower()))} "
    return any(_said_unnegated(words, f" {phrase} ") for phrase in phrases)


def _said_unnegated(words: str, phrase: str) -> bool:
    start = words.find(phrase)
    while start >= 0:
        before = words[:start].split()[-3:]
        if not any(word in _DENIALS for word in before):
            return True
        start = words.find(phrase, start + 1)
    return False


def _strongest(draft: Draft) -> float:
    return max((t.confidence for t in draft.triggers), default=0.0)


def _settle_abduction(draft: Draft) -> None:
    """ACLED codes an abduction only where no further violence is reported: people killed in
    the same incident ("killed five villagers and abducted 20 others") make it an attack."""
    if draft.sub_event_type == _ABDUCTION and (_fatalities(draft.tolls) or 0) > 0:
        draft.sub_event_type = "Attack"


def _settle_protest_force(draft: Draft, lex: AssemblyLexicon) -> None:
    """ACLED's excessive force is lethal or likely lethal force, or force that injures: without
    a death or a word of shooting or of injury, in its triggers or in the sentence that tells
    it ("police broke up the rally, injuring dozens"), it is a dispersal (if one was named) or
    a peaceful protest; and a dispersal whose sentence tells of such harm is excessive force.
    Other sentences do not count: a death told of before the rally is its cause, not its
    force."""
    harmful = _says(draft, lex.lethal_said) or _beating(draft, lex)
    if draft.sub_event_type == "Protest with intervention" and harmful:
        draft.sub_event_type = "Excessive force against protesters"
        return
    if draft.sub_event_type != "Excessive force against protesters":
        return
    if (_fatalities(draft.tolls) or 0) > 0:
        return
    if any(t.text.lower() in lex.lethal for t in draft.triggers):
        return
    if harmful:
        return
    subtypes = {t.sub_event_type for t in draft.triggers}
    # force without the harm ACLED calls excessive ("hit a demonstrator with his baton")
    force = "Protest with intervention" in subtypes or _says(draft, lex.force_said)
    draft.sub_event_type = "Protest with intervention" if force else "Peaceful protest"


def _beating(draft: Draft, lex: AssemblyLexicon) -> bool:
    """Whether the sentence tells protesters beaten ("riot police beat a demonstrator", "hit
    him with batons"): violence that may injure seriously, which ACLED calls excessive."""
    words = _WORDS.findall(draft.evidence.text.lower())
    dealt = any(
        word in lex.beating_said and (i == 0 or words[i - 1] not in lex.beating_not_after)
        for i, word in enumerate(words)
    )
    return dealt or (_says(draft, lex.blows_said) and _says(draft, lex.beating_tools))


def _evidence_strength(draft: Draft) -> tuple[bool, bool, bool, float]:
    return (draft.place_explicit, draft.date_explicit, bool(draft.reported_by), draft.confidence)
