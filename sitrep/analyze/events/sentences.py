"""Step 2 of the events stage: which places of a sentence belong to its incident, and whether
a trigger states an incident at all (not a condition, an aim or a cause), of which sub-type."""

from __future__ import annotations

import itertools
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.analyze.events.article import _UNSURE, ArticleContext
from sitrep.analyze.events.drafts import (
    _POST_ATTACKS,
    _SIBLING_REACH,
    _UNIDENTIFIED,
    AssemblyLexicon,
    GroundFighting,
    TerritoryLexicon,
    _contains,
    _km,
    _place_level,
    _set_apart,
    _tree_distance,
    _tree_path,
)
from sitrep.analyze.tokens import doc_text, span_tokens, subtree_of
from sitrep.model import Place, Trigger


def _drop_descriptions(
    pairs: list[tuple[Place, Token]], directions: frozenset[str], region_km: float = 0.0
) -> list[tuple[Place, Token]]:
    """Drop a place that only describes another ("Mansouri near the city of Tyre",
    "Kryvyi Rih, Zelenskyy's hometown in central Ukraine"): it hangs under the other's token,
    other than as a member of a list (of places, or of counts at places: "two killed in
    Kharkiv, three in Dnipro")."""
    places = {token.i: place for place, token in pairs}
    dropped = set()
    for place, token in pairs:
        holder = _place_above(token, set(places))
        if holder is None:
            continue
        if _contains(places[holder], place):
            # "the village of X in Y region", parsed as "[X in Y] region": a town under the
            # area that holds it is the finer statement, not a description of that area
            dropped.add(holder)
        else:
            dropped.add(token.i)
    kept = [(place, token) for place, token in pairs if token.i not in dropped]
    # "in the village of Mansouri near the city of Tyre": the place "near" only locates another
    if len(kept) > 1:
        # "an ambush near X, about 50 km north of Y": Y only says where X lies
        first = min(token.i for _, token in kept)
        kept = [
            pair
            for pair in kept
            if not (pair[1].i > first and _locates_by_offset(pair[1], directions))
        ]
    near = [pair for pair in kept if _is_near_reference(pair[1], directions)]
    anchored = [pair for pair in kept if pair not in near]
    # "strikes hit a camp near X and a base in Y": the near place locates a target of its own
    apart = [pair for pair in near if _listed_apart(pair[1], [t for _, t in anchored])]
    near = [pair for pair in near if pair not in apart]
    anchored = [pair for pair in kept if pair not in near]
    if near and _only_holders(anchored, near, region_km):
        # "an ambush near the town of Nara in central Mali": what is left only holds the town
        # the incident was near; the town is the closer statement of where it was
        return kept
    return anchored or kept or pairs


def _drop_fronted_town(
    pairs: list[tuple[Place, Token]], near_km: float
) -> list[tuple[Place, Token]]:
    """ "In Port-au-Prince, police clashed with gangs in the Delmas neighbourhood": the town
    a sentence opens with sets its scene; a place close by that the clause itself names is
    where the incident was, not a second scene of it."""
    fronted = [(town, token) for town, token in pairs if _fronted(token)]
    if len(fronted) != 1:
        return pairs
    ((town, opener),) = fronted
    inner = [
        place
        for place, token in pairs
        if token.i != opener.i
        and token.head.i != opener.i  # "In Kharkiv and Sumy": a list, not a scene and a spot
        and not _contains(place, town)
        and not _contains(town, place)
        and _km(town, place) <= near_km
    ]
    return [pair for pair in pairs if pair[1].i != opener.i] if inner else pairs


def _drop_epithets(
    pairs: list[tuple[Place, Token]], epithet_nouns: frozenset[str]
) -> list[tuple[Place, Token]]:
    """ "killing 12 people in the southern Gaza city", "as fighting raged in the northern
    Gaza town": a region's name qualifying "the ... city" with no name of its own retells the
    town already told; it is no scene (the Gaza of the epithet is not Gaza City)."""
    return [pair for pair in pairs if not _an_epithet(pair[1], epithet_nouns)]


def _an_epithet(token: Token, epithet_nouns: frozenset[str]) -> bool:
    """Whether the place's token is (a modifier of) "the [southern] X city" naming no town."""
    noun = token
    if token.lower_ not in epithet_nouns:
        if token.dep_ not in {"compound", "amod"}:
            return False
        noun = token.head
    if noun.lower_ not in epithet_nouns or noun.i < token.i:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    # "the southern city of Kherson", "the town Sake": the noun's own name follows it
    named = any(c.dep_ in {"prep", "appos"} and c.i > noun.i for c in noun.children)
    return the and not named and not noun.text[0].isupper()


def _fronted(token: Token) -> bool:
    """Whether the place is named by a phrase opening its sentence before a comma ("In
    Kabul, ...", however the parse hangs a hyphenated "In Port-au-Prince,")."""
    words = [t for t in token.sent if not t.is_space]
    if not words or words[0].lower_ not in {"in", "at"}:
        return False
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and words[0].i < token.i < comma


def _located_noun(token: Token) -> Token | None:
    """The noun a place's preposition hangs on ("a camp near X": camp)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ != "of":
            return ancestor.head if ancestor.head.pos_ in {"NOUN", "PROPN"} else None
    return None


def _listed_apart(token: Token, others: list[Token]) -> bool:
    """Whether the place locates a noun listed beside the noun another place locates ("a
    camp near X and a base in Y"): two targets, each at its own place."""
    noun = _located_noun(token)
    if noun is None:
        return False
    root = _list_head(noun)
    for other in others:
        located = _located_noun(other)
        if located is None or located.i == noun.i:
            continue
        if _list_head(located).i == root.i and (located.dep_ == "conj" or noun.dep_ == "conj"):
            return True
    return False


def _list_head(noun: Token) -> Token:
    """The first member of the list a noun is in ("a base, a camp and a site": base)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _place_above(token: Token, tokens: set[int]) -> int | None:
    """The token of another place the given place's token hangs under, below any verb and
    not as a member of a list; None when there is none."""
    walk = token
    while walk.head.i != walk.i:
        # "Kharkiv and Dnipro"; "Kharkiv as well as Dnipro", read as the object of "as"
        linked_by_list = walk.dep_ in {"conj", "cc"}
        if walk.like_num and walk.dep_ in {"appos", "conj"}:
            return None  # "two in Kharkiv, three in Dnipro": a count per place, a list
        walk = walk.head
        if walk.i in tokens and walk.i != token.i and not linked_by_list:
            return walk.i
        if walk.pos_ == "VERB":
            return None
    return None


def _only_holders(
    pairs: list[tuple[Place, Token]], held: list[tuple[Place, Token]], region_km: float
) -> bool:
    """Whether every place of ``pairs`` is an area holding one of the places of ``held``
    (a territory such as the West Bank holds what lies within ``region_km`` of its point)."""
    return all(any(_contains(place, inner, region_km) for inner, _ in held) for place, _ in pairs)


def _one_stretch(pairs: list[tuple[Place, Token]]) -> list[tuple[Place, Token]]:
    """Places that end a stretch ("on the road between Tyre and Sidon", "fighting between
    Bakhmut and Soledar") are one scene, put at the first: no list of incidents."""
    tokens = {token.i for _, token in pairs}
    kept = []
    for place, token in pairs:
        walk = token
        while walk.dep_ == "conj" and walk.head.i != walk.i:
            walk = walk.head
        first = walk.i != token.i and walk.i in tokens
        if first and walk.dep_ == "pobj" and walk.head.lower_ == "between":
            continue
        kept.append((place, token))
    return kept


def _is_near_reference(token: Token, directions: frozenset[str]) -> bool:
    """A place that only locates another: "near Tyre", "north of the province of X", "about 50
    kilometres from Maiduguri"."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep":
            if ancestor.lower_ in {"near", "outside"}:
                return True
            if ancestor.lower_ == "from" and _measured(ancestor):
                return True
            if ancestor.lower_ != "of":
                return False
            if ancestor.head.lower_ in directions:
                return True
            # "the coastal city of Tyre": the "of" names the place; look further up
    return False


def _drop_offset_anchors(
    pairs: list[tuple[Place, Token]], directions: frozenset[str]
) -> list[tuple[Place, Token]]:
    """'Fighting broke out in X, 40 km south of Y, killing six': Y only says where X lies,
    whichever word of the sentence the parse hangs it on."""
    text = doc_text(pairs[0][1].doc) if pairs else ""

    def offsets_another(place: Place) -> bool:
        return any(
            other.end <= place.start
            and text[other.end : place.start].lstrip().startswith(",")
            and place.start - other.end <= _OFFSET_REACH
            for other, _ in pairs
        )

    return [
        (place, token)
        for place, token in pairs
        if not (_locates_by_offset(token, directions) and offsets_another(place))
    ]


_OFFSET_REACH = 60  # characters from a place to the town it is said to lie off


def _locates_by_offset(token: Token, directions: frozenset[str]) -> bool:
    """A place only named as the point another lies off: "(X,) 50 km north of Y", "north of
    Y", "some 30 km from Y" (not "near Y", which may be the scene itself)."""
    prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
    if prep is None:
        return False
    if prep.lower_ == "from":
        return _measured(prep)
    return prep.lower_ == "of" and prep.head.lower_ in directions


def _measured(prep: Token) -> bool:
    """ "50 kilometres from", "a few miles from": a distance counted before the preposition,
    as its modifier or as the noun it hangs on."""
    measures = [c for c in prep.children if c.dep_ == "npadvmod"]
    if prep.head.pos_ == "NOUN" and prep.head.dep_ in {"appos", "npadvmod"}:
        measures.append(prep.head)
    return any(any(g.dep_ == "nummod" for g in m.children) for m in measures)


def _in_one_country(
    pairs: list[tuple[Place, Token]], focus: str | None
) -> list[tuple[Place, Token]]:
    """Places of one incident lie in one country: a stray reading abroad ("Cabo Delegado"
    read as a Brazilian town in a Mozambican story) gives way to the article's country. A
    part of a country the text names by its side ("strikes in northern Syria and northern
    Iraq") is no misreading: it stays, an incident of its own."""
    countries = {p.country_code for p, _ in pairs}
    if len(countries) < 2 or focus not in countries:
        return pairs
    return [(p, t) for p, t in pairs if p.country_code == focus or _side_of_a_country(p)]


def _side_of_a_country(place: Place) -> bool:
    """'northern Iraq': the part of a country a direction word names (no gazetteer entry)."""
    return place.geonameid is None and place.feature_code == "RGN" and place.admin1 is None


def _sure_places(
    pairs: list[tuple[Place, Token]], focus: str | None, lex: AssemblyLexicon
) -> list[tuple[Place, Token]]:
    """Beside places the gazetteer knows, a name it could only guess at (often a person's
    name read as a village) makes no event of its own; a guess placed in another country
    than the article's is no place at all ("Mansouri" given Israel's coordinates in a story
    from south Lebanon): the incident takes the known place or the fallback."""
    sure = [pair for pair in pairs if pair[0].confidence >= _UNSURE]
    if sure:
        # but a village put in the district the sentence names with it is no guess, nor one
        # put in a region of the one country the sentence names ("In Mali, drones struck a
        # gathering near Tinzaouaten in the Kidal region"): the country says nowhere in it
        return [
            pair
            for pair in pairs
            if pair in sure
            or any(
                _lacked_within(pair[0], known)
                or _put_off(pair, town, lex.distance_units)
                or _lacked_in_a_region_of(pair[0], known)
                for known, town in sure
            )
        ]
    # a village put in a region the text names is placed, in whatever country
    return [
        pair
        for pair in pairs
        if focus is None or pair[0].country_code == focus or _lacked_in_a_region(pair[0])
    ]


_LIST_WORDS = frozenset({"and", "or", "&", "as", "well", "plus"})


def _collapse_chains(
    pairs: list[tuple[Place, Token]], context: ArticleContext
) -> list[tuple[Place, Token]]:
    """Places joined by commas alone ("Sitio Bulak, Brgy Lower Olave, Buenavista") are one
    address, finest first; joined by "and" or "or" ("Kharkiv, Dnipro and Sumy") they are a list."""
    if len(pairs) < 2:
        return pairs
    ordered = _owned_places(sorted(pairs, key=lambda pair: pair[1].i), context)
    chains: list[list[tuple[Place, Token]]] = [[ordered[0]]]
    listed = [False]
    for previous, current in itertools.pairwise(ordered):
        between = _between(context.doc, previous[0], current[0])
        words = [t.lower_ for t in between if not t.is_punct]
        # Between the parts of an address: commas, "and"/"or", and names the gazetteer
        # did not place ("Upper Sangay, Brgy Anomar, Surigao City").
        # ("Nyaung village, Myaing township, Magway region": the kinds of the parts between)
        unplaced = all(
            t.is_punct or t.is_title or t.is_upper or t.lower_ in context.lex.place_nouns
            for t in between
        )
        # "the village of X in Y district", "X village in Y", "X village of Y township",
        # "X locality of Y county": Y says where X lies, one address
        kinds = context.lex.place_nouns | {"the"}
        within = [w for w in words if w not in kinds] in (["in"], ["of"])
        # "the Kaduna-Abuja highway": the two ends of a road, no address
        ends = context.scene.road_end(previous[1]) and context.scene.road_end(current[1])
        if (
            len(between) <= 6
            and not ends
            and (
                all(w in _LIST_WORDS or w == "the" for w in words) or (unplaced and words) or within
            )
        ):
            chains[-1].append(current)
            listed[-1] = listed[-1] or any(w in _LIST_WORDS for w in words)
        else:
            chains.append([current])
            listed.append(False)
    result = []
    for chain, is_list in zip(chains, listed, strict=True):
        if is_list or len(chain) == 1:
            result.extend(chain)
        else:
            result.append(_address_head(chain, context.focus, context.lex.region_km))
    return result


def _off_the_road(
    pairs: list[tuple[Place, Token]], context: ArticleContext
) -> list[tuple[Place, Token]]:
    """The towns a road runs between ("ambushed on the Kaduna-Abuja highway", "on the road
    from X to Y") are no scenes of their own: another place of the sentence ("near the town
    of Z") is the scene; else the first end named, near which the incident is put."""
    ends = {
        token.i: place
        for place, token in pairs
        if _place_level(place) > 0 and context.scene.road_end(token)
    }
    if not ends:
        return pairs
    if any(
        _place_level(place) > 0
        and token.i not in ends
        # "the Kaduna-Abuja highway in Kaduna state": the state only holds a road's end
        and not any(_contains(place, end) for end in ends.values())
        for place, token in pairs
    ):
        return [pair for pair in pairs if pair[1].i not in ends]
    first = min(ends)
    return [pair for pair in pairs if pair[1].i not in ends or pair[1].i == first]


def _between(doc: Doc, first: Place, second: Place) -> Span:
    """The tokens between two place names."""
    left = doc.char_span(first.start, first.end, alignment_mode="expand")
    right = doc.char_span(second.start, second.end, alignment_mode="expand")
    if left is None or right is None or left.end > right.start:
        return doc[0:0]
    return doc[left.end : right.start]


def _owned_places(
    ordered: list[tuple[Place, Token]], context: ArticleContext
) -> list[tuple[Place, Token]]:
    """ "the Haitian capital's Carrefour neighbourhood", "Kaduna's Kajuru district": a place
    owned by the one before it lies in it, and is the scene; the owner is no second one. A
    part the gazetteer lacks ("Nairobi's Kibera slum", put at the city's point) keeps its
    owner beside it, the sure place that vouches for it."""
    owners = set()
    for previous, current in itertools.pairwise(ordered):
        between = [t.lower_ for t in _between(context.doc, previous[0], current[0])]
        owned = between in (["'s"], ["’s"], ["'"]) and _place_level(current[0]) > 0
        vouched = current[0].confidence < _UNSURE <= previous[0].confidence
        if owned and not vouched:
            owners.add(id(previous))
    return [pair for pair in ordered if id(pair) not in owners]


def _address_head(
    chain: list[tuple[Place, Token]], focus: str | None, region_km: float
) -> tuple[Place, Token]:
    """The surest place of an address, the finest among equally sure ones, in the article's
    country when possible (a village the gazetteer barely knows yields to its town)."""
    in_focus = [pair for pair in chain if pair[0].country_code == focus] or chain
    below_country = [pair for pair in in_focus if _place_level(pair[0]) > 0] or in_focus
    head = max(
        below_country, key=lambda pair: (round(pair[0].confidence, 1), _place_level(pair[0]))
    )
    # "near Bama, Borno State", "the West Bank city of X": a known town the address's region
    # or territory holds is where it happened
    held = [
        pair
        for pair in below_country
        if pair[0].confidence >= _UNSURE and _contains(head[0], pair[0], region_km)
    ]
    # "the Poonch area of Jammu region": a sure town named before the district that the text
    # says holds it, and in that district's province, is the scene even where the gazetteer
    # draws the district smaller than the text's region
    held += [
        pair
        for pair in below_country
        if pair[0].confidence >= _UNSURE and _held_by_region_after(pair, head)
    ]
    if held:
        head = max(held, key=lambda pair: _place_level(pair[0]))
    # "X village, in the Y district (of Z state)": a village the gazetteer lacks was put at
    # the district's seat under its own name; it says more than the district's middle
    lacked = [pair for pair in below_country if _lacked_within(pair[0], head[0])]
    return lacked[0] if lacked else head


def _held_by_region_after(pair: tuple[Place, Token], head: tuple[Place, Token]) -> bool:
    """Whether a town named before a district of its province is told as lying in it."""
    place, region = pair[0], head[0]
    return (
        _place_level(region) == 2
        and _place_level(place) > 2
        and pair[1].i < head[1].i
        and place.geonameid is not None
        and (place.country_code, place.admin1) == (region.country_code, region.admin1)
    )


def _put_off(pair: tuple[Place, Token], town: Token, units: frozenset[str]) -> bool:
    """Whether a place the gazetteer lacks was put off the town named right after it by the
    distance and side the text gives ("X, a village 20 km north of Y"), or the distance alone
    ("X, 30 km from Y")."""
    place, token = pair
    if place.geonameid is not None or place.feature_code is not None or town.i <= token.i:
        return False
    between = token.doc[token.i + 1 : town.i]
    words = {t.lower_ for t in between}
    return (
        len(between) <= 12
        and any(t.like_num for t in between)
        and bool(words & units)
        and bool(words & {"of", "from"})
    )


def _lacked_in_a_region_of(place: Place, country: Place) -> bool:
    """Whether a place the gazetteer lacks was put in a region the text names, in the
    country named beside it."""
    return (
        _place_level(country) == 0
        and _lacked_in_a_region(place)
        and place.country_code == country.country_code
    )


def _lacked_in_a_region(place: Place) -> bool:
    """Whether a place the gazetteer lacks was put in a region or at a town the text ties it
    to (it has a region of its own; a guess put only in a country has none)."""
    return place.geonameid is None and place.feature_code is None and place.admin1 is not None


def _lacked_within(place: Place, unit: Place) -> bool:
    """Whether a place the gazetteer lacks was put in a province or district of the address."""
    return (
        place.geonameid is None
        and place.feature_code is None
        and 1 <= _place_level(unit) <= 3
        and place.country_code == unit.country_code
        and place.admin1 == unit.admin1
        and (_place_level(unit) == 1 or place.admin2 == unit.admin2)
    )


def _sibling_places(
    trigger: Trigger,
    head: Token,
    triggers: list[Trigger],
    heads: list[Token | None],
    placed: dict[int, list[tuple[Place, int]]],
) -> list[tuple[Place, int]]:
    """The places of the nearest trigger in the same sentence ("a missile strike on Kharkiv":
    "missile" shares the place "strike" took); at equal distance, one of its own clause
    rather than of a clause coordinated with it ("a bomb killed two near X and a suicide
    bomber struck a mosque in Y, killing five": the bomber's place is the killing's)."""
    options = [
        (_tree_distance(head, other_head) + _across_coordination(head, other_head), placed[o.start])
        for o, other_head in zip(triggers, heads, strict=True)
        if o is not trigger and other_head is not None and placed.get(o.start)
    ]
    # A trigger far off in the parse ("unrest broke out ... over a collapse that killed 16
    # in Novi Sad") tells another incident: its place is not lent, unless it tells the same
    # kind of incident, which a misparse put far off ("an explosive device planted on a
    # motorcycle detonated outside a station in X", read with "detonated" on "motorcycle"),
    # not one that only sets the scene ("attacked the town where gunmen clashed with ...")
    near = [o for o in options if o[0] <= _SIBLING_REACH]
    if not near:
        near = [
            (_tree_distance(head, other_head), placed[other.start])
            for other, other_head in zip(triggers, heads, strict=True)
            if other is not trigger
            and other_head is not None
            and placed.get(other.start)
            and other.event_type == trigger.event_type
            and not _in_a_setting(other_head)
        ]
    return min(near, key=lambda o: o[0])[1] if near else []


def _across_coordination(head: Token, other: Token) -> float:
    """Half a step more between two words whose path in the parse joins two coordinated
    clauses, or a clause and one set beside it with a subject of its own ("killed 30 in X,
    while an attack on a post in Y killed five"): a tie-break, never more than one step."""
    side_a, side_b, _ = _tree_path(head, other)
    return 0.5 if any(_joins_a_clause(t) for t in side_a + side_b) else 0.0


def _joins_a_clause(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "conj":
        return True
    subjects = ("nsubj", "nsubjpass")
    return token.dep_ == "advcl" and any(c.dep_ in subjects for c in token.children)


def _line_bounds(text: str, trigger: Trigger) -> tuple[int, int]:
    """The trigger's sentence cut at line breaks: a headline or dateline on the line above is
    another sentence, though the parser may run them together."""
    start, end = trigger.sent_start, trigger.sent_end
    newline = text.rfind("\n", start, trigger.start)
    if newline >= 0:
        start = newline + 1
    newline = text.find("\n", trigger.end, end)
    if newline >= 0:
        end = newline
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _states_a_condition(head: Token) -> bool:
    """Whether the trigger's clause is in the simple or continuous present ("is fighting",
    "keeps attacking"): news tells incidents in the past; a headline is read apart."""
    if _told_in_the_past(head):
        return False
    verb = _clause_verb(head)
    # "..., resulting in fighting": a bare participle tells no time of its own
    bare = verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)
    if bare and verb.dep_ in {"advcl", "xcomp", "acl"} and verb.head.i != verb.i:
        verb = _clause_verb(verb.head)
    verb = _served_clause(_tensed_verb(verb))
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in verb.children)
    # "the district is held by the army": a present passive tells a state too
    present_aux = {"aux"} if verb.tag_ == "VBG" else {"auxpass"} if verb.tag_ == "VBN" else set()
    return any(c.dep_ in present_aux and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _tensed_verb(verb: Token) -> Token:
    """ "gangs raid villages, steal cattle and abduct residents": a bare verb has the tense of
    the verb it is conjoined to."""
    while verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            break
        verb = verb.head
    return verb


def _served_clause(verb: Token) -> Token:
    """ "troops are deployed to advise and assist forces fighting the militants", "officers
    are deployed to help police fight the gangs": an infinitive of purpose, and a bare verb
    it takes, have the tense of the clause they serve."""
    while True:
        bare = verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)
        if bare and verb.dep_ in {"ccomp", "xcomp"} and _infinitive_of_purpose(verb.head):
            verb = verb.head
        if not _infinitive_of_purpose(verb):
            return verb
        verb = _tensed_verb(_clause_verb(verb.head))


def _infinitive_of_purpose(verb: Token) -> bool:
    """Whether the verb is a "to" infinitive telling what its clause is for ("deployed to
    assist", "sent to guard")."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.tag_ == "VB" and marked and verb.dep_ == "advcl" and verb.head.i != verb.i


def _told_in_the_past(head: Token) -> bool:
    """Whether a noun trigger carries its own past: a participle or a relative clause in the
    past on it ("shells fired at the town", "rifles the troops seized") dates the incident,
    whatever the present verb above it says of the scene ("residents report ...", "officers
    stand beside ...")."""
    if head.pos_ in {"VERB", "AUX"}:
        return False
    nouns = [head, head.head] if head.dep_ == "compound" else [head]
    # "dozens of shells fired", "a cache of weapons seized": the participle may hang on the
    # noun before "of" or after it
    of = nouns[-1].head
    if nouns[-1].dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in {"NOUN", "PRON"}:
        nouns.append(of.head)
    nouns += [
        pobj
        for noun in list(nouns)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(
        clause.dep_ in {"acl", "relcl"} and clause.tag_ in {"VBN", "VBD"}
        for noun in nouns
        for clause in noun.children
    )


def _in_simple_present(head: Token) -> bool:
    """Whether the trigger is itself a verb in the simple present ("gunmen kill five"), the
    tense of headlines and captions; the continuous present ("are fighting") tells what goes
    on, and a noun under a present verb ("protesters plan to march") is no news verb."""
    return head.tag_ in {"VBZ", "VBP"}


def _moving_now(head: Token) -> bool:
    """Whether the trigger is a verb in the continuous present ("Russia is moving troops to
    the border", "the army is deploying soldiers to the north"): forces on the move are
    news told as it happens, not a state of the war."""
    present = any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in head.children)
    return head.tag_ == "VBG" and present


def _an_effects_cause(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger only names what caused a lasting effect on people or places
    ("thousands displaced by the fighting", "towns ravaged by shelling")."""
    by = head.head
    # the parser takes a bare gerund after "by" ("displaced by fighting") as its complement
    if head.dep_ not in {"pobj", "pcomp"} or by.lower_ != "by" or by.head.i == by.i:
        return False
    verb = by.head
    if verb.lemma_.lower() not in lex.effect_verbs:
        return False
    # ... or told in the perfect ("millions have been displaced by fighting"): a count over
    # the war, as the participle is
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect or verb.dep_ in {"acl", "amod", "relcl"}


def _struck_apart(head: Token, interceptions: list[Token]) -> bool:
    """Whether a strike's clause stands apart from every interception of its sentence: neither
    clause holds the other ("air strikes hit positions ..., adding that air defences
    intercepted some", not "30 drones were launched, 25 of which were shot down")."""
    if not interceptions:
        return False
    verb = _clause_verb(head)
    for other in interceptions:
        caught = _clause_verb(other)
        if verb.i == caught.i or caught.is_ancestor(verb) or verb.is_ancestor(caught):
            return False
    return True


def _clause_verb(token: Token) -> Token:
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _intended(head: Token, lex: AssemblyLexicon, protest: bool = False) -> bool:
    """Whether the trigger is only aimed at ("in its attempt to take control", "vowed to
    strike"), not done: an infinitive under a word that does not say it happened. A crowd
    that gathered or marched "to protest" protested."""
    verb = _clause_verb(head)
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    done = lex.implicative | lex.crowd_moves if protest else lex.implicative
    governor = verb.head
    # "defied a ban to march": the infinitive of the ban defied was done
    if governor.dep_ == "dobj" and governor.head.lemma_.lower() in lex.defiance:
        return False
    return governor.i != verb.i and governor.lemma_.lower() not in done | lex.defiance


def _a_long_state(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger's verb is told over a long stretch ("gangs have long controlled
    the capital", "have for years attacked convoys", "fought for decades over the mines"):
    a state or a habit of the war, no incident."""
    verb = _clause_verb(head)
    if verb.pos_ != "VERB":
        return False
    # the parser may hang "for years" on the auxiliary ("have for years attacked")
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    for child in [*verb.children, *(c for a in auxiliaries for c in a.children)]:
        if child.dep_ == "advmod" and child.lower_ in lex.long_adverbs:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            spans = [c for c in child.children if c.dep_ == "pobj"]
            if any(s.lemma_.lower() in lex.long_units for s in spans):
                return True
    return False


def _since_it_broke_out(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger names the outbreak a running count is measured from ("have fled
    since the offensive began", "since fighting erupted in early August", "since the start
    of the war"): the count's yardstick, no incident."""
    # "since fighting resumed": the gerund is the outbreak's subject, not its verb
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass", "dobj"} else _clause_verb(head)
    since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    if since and verb.dep_ == "advcl" and verb.lemma_.lower() in lex.since_onsets:
        return True
    for noun in (head, *head.ancestors):
        if noun.pos_ in {"VERB", "AUX"}:
            return False
        start = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if start is not None and start.lemma_.lower() in lex.since_onset_nouns:
            return start.dep_ == "pobj" and start.head.lower_ == "since"
    return False


def _outcome_of(head: Token, triggers: list[Trigger], heads: list[Token | None]) -> int | None:
    """The start of the trigger whose deed a participle tells the outcome of ("shelled El
    Fasher on Sunday, killing five people in the Abu Shouk camp", "an air strike hit the
    town, killing six"), or None."""
    if head.tag_ != "VBG" or head.dep_ != "advcl":
        return None
    verb = head.head
    for trigger, other in zip(triggers, heads, strict=True):
        if other is None or other.i == head.i:
            continue
        argument = other.head.i == verb.i and other.dep_ in {"nsubj", "nsubjpass", "dobj"}
        if other.i == verb.i or argument:
            return trigger.start
    return None


def _no_agreement_reached(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether an agreement word is the backdrop of other news ("fighting raged despite
    ceasefire talks", "in spite of a truce") or talks that ended in nothing ("the talks ended
    without a deal"): no agreement was reached that day."""
    # "despite a truce agreed in May": the participle says what the truce is
    noun = head.head if head.dep_ == "acl" else head
    while noun.dep_ == "compound":
        noun = noun.head
    if _talks_told_beside(_talks_about(noun, lex), lex):
        return True
    if noun.dep_ == "pobj":
        prep = noun.head
        spite = prep.lower_ == "of" and prep.head.lower_ == "spite"
        return spite or prep.lower_ in lex.backdrop_preps
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ in lex.fruitless_preps for c in noun.head.children)


def _talks_about(noun: Token, lex: AssemblyLexicon) -> Token:
    """The talks an agreement word is the topic of ("talks on a ceasefire"), else itself."""
    prep = noun.head
    topic = noun.dep_ == "pobj" and prep.lower_ in lex.topic_preps
    return prep.head if topic and prep.head.lower_ in lex.talk_nouns else noun


def _talks_told_beside(noun: Token, lex: AssemblyLexicon) -> bool:
    """Whether talks are held in a clause set beside other news ("..., as mediators pressed on
    with talks on a ceasefire"): still going on, they reached nothing that day."""
    if noun.lower_ not in lex.talk_nouns:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.dep_ not in {"advcl", "conj"} and verb.dep_ != "ROOT":
        return False
    return any(c.dep_ == "mark" and c.lower_ in lex.backdrop_marks for c in verb.children)


def _in_its_nth(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is said to reach an age ("as fighting entered its second week",
    "the war, now in its third year"): the war's length, no incident of its own."""
    holders = [head]
    if head.dep_ in {"nsubj", "nsubjpass"}:
        holders.append(head.head)
    for holder in holders:
        for child in holder.children:
            nouns = [child] if child.dep_ in {"dobj", "attr"} else []
            if child.dep_ == "prep" and child.lower_ in {"in", "into"}:
                nouns = [c for c in child.children if c.dep_ == "pobj"]
            for noun in nouns:
                aged = noun.lemma_.lower() in lex.war_span_units
                if aged and any(c.lower_ in {"its", "their"} for c in noun.children):
                    return True
    return False


def _a_wave(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether a plural trigger noun is spread over many places ("violent protests have
    erupted across the occupied territories", "clashes flared throughout the provinces",
    "attacks across the country"): a wave of incidents, none of them at one place."""
    if head.tag_ != "NNS":
        return False
    holders = [head, _clause_verb(head)]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in lex.wave_preps
        and any(
            area.dep_ == "pobj" and (area.tag_ == "NNS" or area.lemma_.lower() in lex.wave_areas)
            for area in prep.children
        )
        for holder in holders
        for prep in holder.children
    )


# Past these, a subject belongs to another clause than the trigger's.
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl"})


def _still_to_come(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger lies in the subject of an onset put ahead by a word of schedule
    ("the truce is due to take effect on Monday", "talks on forming a government are
    expected to resume", "a rally is scheduled to take place"): an incident to come."""
    token = head
    while token.head.i != token.i and token.dep_ not in _CLAUSE_EDGES:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            # "the ceasefire signed on Sunday is due to take effect": its signing is news
            return _an_onset_ahead(token.head, lex) and not _told_in_the_past(token)
        token = token.head
    return False


def _an_onset_ahead(verb: Token, lex: AssemblyLexicon) -> bool:
    frames = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "xcomp", "oprd"})]
    return any(
        onset.dep_ == "xcomp"
        and onset.lemma_.lower() in lex.future_onsets
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in onset.children)
        for frame in frames
        if frame.lemma_.lower() in lex.future_frames or frame.lower_ in lex.future_frames
        for onset in frame.children
    )


def _litany(heads: list[Token | None]) -> set[int]:
    """The trigger verbs of a sentence that list what a group does to kinds of people and
    things ("burning down entire villages, destroying schools and abducting women and
    children"): two or more acts, each on bare plurals (no article, number or owner). Told
    with no day and no place of their own, they sum up a campaign, not an incident."""
    acts = {head.i for head in heads if head is not None and _done_to_kinds(head)}
    return acts if len(acts) >= 2 else set()


def _done_to_kinds(verb: Token) -> bool:
    """Whether a trigger verb's objects are all bare plurals ("torching homes", "kidnapping
    men, women and children"), not people or things singled out ("the homes of rivals")."""
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.dep_ in {"dobj", "conj"}:
        # "burned schools, abducted teachers and ...": the parser reads a listed act as an
        # adjective on its object
        objects = [verb.head]
    elif verb.pos_ == "VERB":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
    else:
        return False
    singled = {"det", "nummod", "poss", "quantmod"}
    return bool(objects) and all(
        o.tag_ == "NNS" and not any(c.dep_ in singled for c in o.children) for o in objects
    )


def _judged_by_purpose(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger names incidents already told only to say what they are for ("the
    raids are intended to derail the talks", "the bombings were an attempt to spread fear",
    "described the shelling as a bid to provoke a war"): a noun that points back (definite
    or plural) and carries no place or time of its own, under a word of purpose."""
    phrase = _phrase_head(head)
    if phrase.pos_ not in {"NOUN", "PROPN"} or not _points_back(phrase):
        return False
    if any(t.ent_type_ in _SCENE_ENTITIES for t in phrase.subtree):
        return False  # "an attack on a post in X on Monday was an attempt to ...": news
    verb = phrase.head
    if phrase.dep_ in {"nsubj", "nsubjpass"}:
        if verb.lemma_.lower() in lex.purpose_verbs:
            return True
        named = [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
        return verb.lemma_.lower() == "be" and any(
            c.lemma_.lower() in lex.purpose_nouns for c in named
        )
    if phrase.dep_ == "dobj":
        # "described the shelling as an attempt to ...", "called the raids a warning"
        called = [
            pobj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        called += [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
        return any(c.lemma_.lower() in lex.purpose_nouns for c in called)
    return False


def _points_back(noun: Token) -> bool:
    """A plural noun, or one under a definite word ("the raids", "these attacks")."""
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ in _POINTERS for c in noun.children)
    return definite or noun.tag_ in {"NNS", "NNPS"}


_SCENE_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _what_they_were_doing(head: Token) -> bool:
    """Whether the trigger tells, in a relative clause in the past progressive, what someone
    was doing when the news happened ("policemen who were setting up a checkpoint")."""
    verb = _clause_verb(head)
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in verb.children
    )
    # "who were ...": a relative clause, though the parser may hang it elsewhere
    relative = verb.dep_ in {"relcl", "acl"} or any(
        c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children
    )
    return progressive and relative


def _what_they_had_done(head: Token) -> Token | None:
    """The noun a relative clause in the past perfect describes when the trigger is in it
    ("soldiers who had surrendered", "a village that had been raided last year"): what had
    happened to them before the news, as "who were setting up a checkpoint" tells what they
    were doing."""
    verb = _clause_verb(head)
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    # "that had been raided", "who had surrendered": the noun itself is what the clause is
    # about ("the market where soldiers had fought" tells an incident at it)
    of_itself = any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in verb.children
    )
    if perfect and of_itself and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return None


def _a_reference(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is what a reaction or a recollection is about ("condemned the
    attack", "concern about the unrest", "referring to the bombing of the village"), or an
    incident told before that is only said to have taken place ("The attack took place in X")."""
    governor = _governor(head)
    if governor is not None and governor.lemma_.lower() in lex.reactions:
        return True
    # "JNIM claimed the attack": a claim about the one incident named before, not a new one
    # (not "claiming its attacks had targeted militants", a claim about many)
    if governor is not None and governor.pos_ in {"NOUN", "PROPN"} and governor.dep_ == "dobj":
        governor = governor.head  # "accusing jihadist fighters of the attack"
    claimed = governor is not None and governor.lemma_.lower() in lex.claims
    one = head.tag_ == "NN" and any(c.dep_ == "det" for c in head.children)
    if claimed and one and _told_as_known(head.doc[head.i : head.i + 1], head):
        return True
    phrase = _phrase_head(head)
    return phrase.dep_ == "nsubj" and _said_to_take_place(phrase, lex)


def _retold_as_subject(head: Token) -> bool:
    """Whether the trigger is one incident told before, named by a pointing word as the
    subject of a verb in the past ("The attack hit the town of X on Sunday night", "The strike
    targeted a car in Y", "The raid on Z came as ..."): a retelling that may place it better."""
    phrase = _phrase_head(head)
    if phrase.dep_ != "nsubj" or phrase.tag_ != "NN" or phrase.head.tag_ != "VBD":
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _POINTERS for c in phrase.children)


def raging_now(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is a fight named as the subject of a verb of fighting going on
    ("fierce battles are raging in X", "heavy fighting is under way near Y", "clashes went on
    in Z")."""
    phrase = _phrase_head(head)
    if phrase.dep_ != "nsubj" or phrase.pos_ != "NOUN":
        return False
    verb = phrase.head
    lemma = verb.lemma_.lower()
    if lemma in lex.raging_verbs or verb.lower_ in lex.raging_verbs:
        return True  # the small model lemmatises "raging" as "rag": its forms are listed
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    if lemma != "be":
        return False
    return any(
        c.lower_ == "underway"
        or (c.lower_ == "under" and any(g.lower_ == "way" for g in c.children))
        for c in verb.children
    )


def _going_on_as_backdrop(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is a fight or campaign said to go on in a clause that only sets
    the scene of the sentence's news ("..., as Israel's offensive continued across the Gaza
    Strip", "while fighting raged in the region"): the war's backdrop, no incident."""
    phrase = _phrase_head(head)
    if phrase.dep_ != "nsubj":
        return False
    verb = phrase.head
    if verb.lemma_.lower() not in lex.raging_verbs and verb.lower_ not in lex.raging_verbs:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb.dep_ == "advcl" and bool(marks & {"as", "while"})


def _honoured_setting(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger tells, in a relative clause with no day of its own, the past of a
    place or person the sentence honours ("families lit candles at the festival site, where
    364 people were killed"): a recollection, not the day's news."""
    verb = _clause_verb(head)
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return False
    clause = {t.i for t in verb.subtree}
    if any(head.doc[i].ent_type_ in {"DATE", "TIME"} for i in clause):
        return False
    rest = (t for t in verb.sent if t.i not in clause)
    return any(t.lemma_.lower() in lex.tribute_words for t in rest)


def _a_recollection(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is only remembered or the subject of a work ("the anniversary of
    the massacre", "a film about the bombing")."""
    governor = _governor(head)
    return governor is not None and governor.lemma_.lower() in lex.recollections


def _phrase_head(head: Token) -> Token:
    """The head of the noun phrase a trigger word is part of."""
    token = head
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i:
        token = token.head
    return token


def _governor(head: Token) -> Token | None:
    """The word a trigger noun phrase is the object of, directly or through a preposition
    ("concern about", "refer to")."""
    token = _phrase_head(head)
    if token.dep_ == "pobj" and token.head.head.i != token.head.i:
        return token.head.head
    if token.dep_ in {"dobj", "nsubjpass", "poss"}:
        return token.head
    return None


def _said_to_take_place(subject: Token, lex: AssemblyLexicon) -> bool:
    """Whether an incident told before by a definite word is the subject of a verb that only
    says it took place ("The attack took place in X", "This ambush occurred near Y")."""
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _POINTERS for c in subject.children):
        return False
    verb = subject.head
    lemma = verb.lemma_.lower()
    if lemma not in lex.occurrences:
        return False
    return lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _told_as_cause(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is told as what came before or provoked the sentence's news ("a
    protest after the arrest of two men", "After the duo were arrested, ...")."""
    if head.dep_ == "nsubj" and _a_cause_verb(head.head, lex):
        return True  # "the arrest sparked clashes"
    if head.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.i > head.i and _a_cause_verb(c, lex) for c in head.children
    ):
        return True  # the same, parsed as a noun the verb describes
    token = head
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in lex.causes for c in token.children):
            return True
        if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in lex.causes:
            return True
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"acl", "relcl"}:
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _a_cause_verb(verb: Token, lex: AssemblyLexicon) -> bool:
    """Whether the verb tells its subject set off its object ("sparked", "set off", "led
    to", "resulted in")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.cause_verbs:
        return True
    parts = [c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}]
    return any(f"{lemma} {part}" in lex.cause_verbs for part in parts)


def _causes_the_last(sentence: Span, triggers: set[int], lex: AssemblyLexicon) -> bool:
    """Whether the sentence tells that the incident told just before it set off its own ("The
    incident resulted in clashes between the parties"): its main verb is one of causing,
    whose subject is a noun pointing back that is no trigger of its own."""
    root = sentence.root
    if not _a_cause_verb(root, lex):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return any(
        s.i not in triggers
        and s.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in s.children)
        for s in subjects
    )


def _framed_as_another(sentence: Span, lex: AssemblyLexicon) -> bool:
    """Whether the sentence as a whole is told as one more incident: "In a separate attack,
    ...", "Separately, ..." (a word of repetition in a phrase or an adverb on its main verb,
    or opening the sentence before a comma, wherever the parse hangs it: "Elsewhere, a
    strike on a tent killed ...")."""
    opening = [t for t in sentence if not t.is_space][:2]
    if (
        len(opening) == 2
        and opening[0].lower_ in lex.repeats
        and opening[0].pos_ == "ADV"
        and opening[1].text == ","
    ):
        return True
    root = sentence.root
    # the main verb, or the verb of what a source said ("..., a local official told Reuters")
    verbs = [root, *(c for c in root.children if c.dep_ in {"ccomp", "parataxis"})]
    for child in (c for verb in verbs for c in verb.children):
        if child.dep_ == "advmod" and child.lower_ in lex.repeats:
            return True
        nouns = [n for n in child.children if n.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            words = list(noun.children)
            if any(w.lower_ in lex.repeats and w.dep_ in _REPEAT_DEPS for w in words):
                return not any(w.dep_ == "det" and w.lower_ in _DEFINITE for w in words)
    return False


def _told_as_another(words: Span, head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger's words, or the verb of its clause, tell one more incident
    ("another blast", "another bomb exploded", "a second strike", "missiles hit the site
    again"); "the second strike" points back at one told before."""
    tokens = [t for t in words if t.i != head.i]
    token = head
    for _ in range(3):
        tokens.append(token)
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            break
        token = token.head
    for token in tokens:
        children = list(token.children)
        if any(c.lower_ in lex.repeats and c.dep_ in _REPEAT_DEPS for c in children):
            if _moments_later(tokens[-1], lex):
                return False  # "a second bomb went off minutes later": the one attack
            return not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)
    # "two more were killed in X" is one more killing; "two more died" the toll of one told
    if head.lemma_.lower() not in lex.die_verbs and any(
        _counted_as_more(victim, lex) for victim in _victims(head)
    ):
        return True
    # "around Yarang, another village of the district": the scene is told as one more place
    return any(
        t.lower_ in lex.repeats and t.dep_ == "det" and t.head.dep_ == "appos" for t in head.sent
    )


def _moments_later(verb: Token, lex: AssemblyLexicon) -> bool:
    """Whether the clause of the verb puts its incident moments after the one before ("a
    second bomb went off minutes later", "moments after, another blast"): too soon after to be
    another incident at that place."""
    for token in verb.subtree:
        if token.lower_ not in lex.moments or token.i + 1 >= len(token.doc):
            continue
        after = token.nbor(1).lower_
        if after in lex.sequels or after == "after":
            return True
    return False


def _told_as_known(words: Span, head: Token) -> bool:
    """Whether the trigger is a noun that points back at an incident already told ("the
    fighting", "this blast", "its assault")."""
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}] or [head]
    for noun in nouns:
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _DEFINITE):
                return True
    return False


def _pointed_back_by_word(words: Span, head: Token) -> bool:
    """Whether the trigger noun points back by a word ("the fighting", "its assault"), not by
    a day ("last week's fighting" may be another incident)."""
    nouns = [t for t in words if t.pos_ in {"NOUN", "PROPN"}] or [head]
    for noun in nouns:
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                return True
            if child.dep_ == "det" and child.lower_ in _DEFINITE:
                return True
    return False


def _fought_on_the_ground(sentence: Span, words: GroundFighting) -> bool:
    """Whether the sentence tells two sides fighting on the ground in its main line ("clashed
    near the town", "the soldiers returned fire", "sparking a gunfight"), not only as the
    circumstance of another incident ("a grenade exploded during clashes", "wounded while his
    unit was exchanging fire")."""
    for token in sentence:
        lemma = token.lemma_.lower()
        fight = lemma in words.words
        exchange = (
            lemma in words.fire_nouns
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in words.fire_verbs
        )
        if (fight or exchange) and not _a_circumstance(token, words):
            return True
    return False


def _struck_in_its_own_clause(head: Token) -> bool:
    """Whether a strike is told in a main clause of its own, joined to the fight's by "and",
    with a doer of its own ("fighting raged in X, and warplanes bombed the city", "clashes broke
    out, and a drone strike hit a vehicle"): one more incident beside the fight, not its means
    ("clashed, with both sides using mortars"; "ambushed the convoy with a roadside bomb")."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.pos_ in ("NOUN", "PROPN") and d.lemma_.lower() != "side" for d in doers)


def _a_circumstance(token: Token, words: GroundFighting) -> bool:
    for node in (token, *token.ancestors):
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in words.circumstance_preps:
            return True
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words.circumstance_marks for c in node.children
        ):
            return True
    return False


def _describes_a_noun(head: Token) -> bool:
    """Whether the trigger's clause describes a noun ("the villages that had been taken over
    by armed groups", "the town, seized by rebels two months ago"): it tells the background
    of that noun, not the sentence's incident."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("relcl", "acl")


def _in_a_setting(head: Token) -> bool:
    """Whether the trigger lies in a clause that only says where something else happened
    ("found near where clashes have been reported", "the square where police shot two
    students"): it tells an incident of its own, not the sentence's main one."""
    for token in (head, *head.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
            return True
    return False


def _where_the_same(head: Token) -> Token | None:
    """The clause the trigger lies in when it says what happened at the place of the
    sentence's incident ("landed in the same neighbourhood where a drone attack killed five
    earlier this month"), else None: told with a day of its own, one more incident."""
    for token in (head, *head.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
            place = token.head
            same = token.dep_ == "relcl" and any(c.lower_ == "same" for c in place.children)
            return token if same else None
    return None


def _in_a_clause_apart(head: Token) -> bool:
    """Whether the trigger lies in a clause set a measured time apart from the sentence's
    incident ("came three days after a drone attack killed six"): one more incident."""
    return any(_set_apart(token) for token in (head, *head.ancestors))


def _one_alike(words: Span, head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is one incident told as of the kind of one before it ("a similar
    attack killed six", and its "killed"): another incident, not a retelling; "similar
    attacks" may be a count of many."""
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    return any(
        t.tag_ == "NN"
        and any(c.dep_ == "amod" and c.lemma_.lower() in lex.likeness for c in t.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        for t in [*words, *doers]
    )


def _at_the_same_place(head: Token, nouns: frozenset[str]) -> bool:
    """Whether the trigger's clause puts it "in the same area" (town, province...) as an
    incident told before, not where another happened ("the same area where ...")."""
    clause = head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    for token in clause.subtree:
        if token.lower_ != "same" or token.head.lemma_.lower() not in nouns:
            continue
        place = token.head
        if not any(c.dep_ == "relcl" for c in place.children):
            return True
    return False


def _victims(head: Token) -> list[Token]:
    """The people the trigger's clause is about: its subject or object ("another man was
    executed", "gunmen shot another farmer"), or the noun a participle describes ("two more
    people killed")."""
    found = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
        found.append(head.head)
    return found


def _counted_as_more(noun: Token, lex: AssemblyLexicon) -> bool:
    """Whether people are counted as one more beside those told before ("another man",
    "two more soldiers"), not as a share of them ("more than 300 people")."""
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    words = list(noun.children)
    words += [g for c in noun.children if c.dep_ == "nummod" for g in c.children]
    for word in words:
        if word.dep_ not in _REPEAT_DEPS or word.lower_ not in lex.more_victims:
            continue
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if following is None or following.lower_ != "than":
            return True
    return False


_REPEAT_DEPS = frozenset({"det", "amod", "advmod", "npadvmod"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# words that point back at something told: definite determiners and possessives
_POINTERS = _DEFINITE | {"its", "their", "his", "her"}


def _told_as_alike(words: Span, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is told as of the kind of an incident before it ("similar attacks",
    "an identical blast")."""
    return any(
        c.dep_ == "amod" and c.lemma_.lower() in lex.likeness for t in words for c in t.children
    )


_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _territory_by_actor(
    sub_event_type: str, actor1: str | None, local: set[str], stated: str | None
) -> str:
    """Who takes a place decides ACLED's territorial sub-type: the state's own forces regain
    it; anyone else, a foreign army too, overtakes it. When the sentence names no taker
    (``stated``, or only an unidentified group), the verb's own sense stays: "recaptured",
    "was retaken" tell a return to the state, "seized" a loss."""
    if sub_event_type not in _TERRITORY or actor1 is None:
        return sub_event_type
    if stated is None or stated.startswith(_UNIDENTIFIED):
        return sub_event_type
    state = actor1.startswith(("Military Forces", "Police Forces"))
    foreign = bool(local) and actor1 not in local
    return _TERRITORY[0] if state and not foreign else _TERRITORY[1]


def _settle_territory(
    sub_event_type: str, head: Token, sentence: Span, lex: TerritoryLexicon
) -> str | None:
    """How a place changed hands, from the whole sentence: a town taken after its defenders
    withdrew is a handover, unless the sentence tells of the fight for it ("ending a long
    battle"); then the withdrawal is part of the takeover. Control fought "for" is a clash. A
    detainee pushed into a vehicle, or a vehicle driven into a gate (None), takes no
    territory."""
    if sub_event_type in _TERRITORY and head.lemma_ in lex.bare_moves:
        into = [t for t in head.children if t.dep_ == "prep" and t.lower_ == "into"]
        if any(w.lemma_.lower() in lex.conveyances for p in into for w in subtree_of(p)):
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.conveyances for c in head.children):
            return None
    if sub_event_type in _TERRITORY and _a_raids_way_in(head, lex):
        return None
    if sub_event_type in _TERRITORY and head.dep_ == "pobj" and head.head.lower_ == "for":
        return "Armed clash"  # "fighting continued for control of the town": the stake
    if sub_event_type != "Non-violent transfer of territory" or not _fought_over(sentence, lex):
        return sub_event_type
    word = head.lemma_.lower()
    if word in lex.takeovers:
        return "Non-state actor overtakes territory"  # the actor then says who took it
    if word in lex.withdrawals:
        return "Change to group/activity"
    return sub_event_type


_TIME_WORDS = frozenset({"when", "while", "once", "as"})


def _a_raids_way_in(head: Token, lex: TerritoryLexicon) -> bool:
    """Whether a move into a place ("entered the village") goes on, joined by "and", with
    what the raiders did there ("... and hacked residents to death"), or is only the time of
    what they did ("opened fire as they entered the village")."""
    if head.lemma_.lower() not in lex.raid_moves:
        return False
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if any(verb.lemma_.lower() in lex.raid_acts for verb in joined):
        return True
    # "as they entered" (a mark), "when they entered" (parsed as a manner word)
    timed = head.dep_ == "advcl" and any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _TIME_WORDS) for c in head.children
    )
    return timed and head.head.pos_ == "VERB" and head.head.lemma_.lower() in lex.raid_acts


def _weapon_strike(
    trigger: Trigger, sub_event_type: str, sentence: Span, lex: AssemblyLexicon
) -> Trigger | None:
    """A generic attack word in a sentence where a weapon is the subject of a strike
    ("drones struck the depots, the first attacks on the city") is a strike by that weapon:
    the weapon and its verb become the trigger."""
    if sub_event_type not in _POST_ATTACKS or trigger.text.lower() not in lex.generic:
        return None
    for token in span_tokens(sentence):
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in lex.strike_verbs:
            continue
        # a capitalised plural at the start ("Drones struck") keeps its "s" as its lemma
        for word in (token.lemma_.lower(), token.lower_.removesuffix("s")):
            if word in lex.weapon_subjects:
                start, end = (
                    min(token.idx, verb.idx),
                    max(token.idx + len(token), verb.idx + len(verb)),
                )
                sub = lex.weapon_subjects[word]
                return replace(
                    trigger,
                    sub_event_type=sub,
                    event_type="Explosions/Remote violence",
                    text=doc_text(sentence.doc)[start:end],
                    start=start,
                    end=end,
                )
    return None


def _fought_over(sentence: Span, lex: TerritoryLexicon) -> bool:
    """Whether the sentence tells of fighting, not of its absence ("without a fight")."""
    for token in span_tokens(sentence):
        if token.lemma_.lower() in lex.fought_over or token.lower_ in lex.fought_over:
            before = {t.lower_ for t in sentence.doc[max(token.i - 2, 0) : token.i]}
            if not before & lex.not_fought:
                return True
    return False
