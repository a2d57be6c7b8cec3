"""Where an incident is: the places of a sentence and how they tie to a trigger, and where the
story is when a sentence names no place."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.analyze.events.drafts import (
    _OFFICE_TIER,
    _PEOPLE_KINDS,
    _PLACE_ENTS,
    _WITNESS_TIER,
    _contains,
    _place_level,
    _precision_of,
    _span_root,
    _tree_path,
)
from sitrep.analyze.places.recognition import DIRECTIONS
from sitrep.analyze.tokens import span_tokens
from sitrep.gazetteer.names import normalize
from sitrep.model import Place

if TYPE_CHECKING:
    from sitrep.analyze.events.article import ArticleView
    from sitrep.gazetteer.names import Entry


def _a_weapon(noun: Token, weapons: dict[str, str]) -> bool:
    """Whether a noun names a weapon fired from afar, itself or by its compound ("rockets",
    "mortar fire", "artillery shells")."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in weapons for w in words)


# Verbs of dying: the wounded who died in a hospital died of an incident told elsewhere.
_DYING = frozenset({"die", "succumb"})


UNSURE = 0.3  # a place resolved with less confidence than this is a guess


class Scene:
    """The places of one article as the scenes of its incidents."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self.focus_place = self._focus_place()
        self.dateline_place = self._dateline_place()
        # The place of the last incident told with a place: an unplaced sentence goes on
        self.story_place: Place | None = None
        # Places that only name a speaker's office: a guess at the scene, not a statement
        self.office_places: set[int] = set()
        # triggers whose sentence places them only in a country, by trigger offset
        self.country_only: dict[int, Place] = {}

    def sentence_places(self, sentence: Span) -> list[tuple[Place, Token]]:
        found = []
        for place in self.view.place_index.starting_in(sentence.start_char, sentence.end_char):
            if place.end > sentence.end_char or self.view.in_dateline(place):
                continue
            token = _span_root(self.view.doc, place.start, place.end)
            if token is not None:
                found.append((place, token))
        return found

    def _names_an_office(self, place: Place) -> bool:
        """Whether a place only qualifies a speaker's office ("Kursk governor Alexei Smirnov")."""
        token = _span_root(self.view.doc, place.start, place.end)
        return token is not None and _qualifies_an_office(token, self.view.lex.offices)

    def place_tie(self, place_token: Token, trigger: Token) -> tuple[bool, int]:
        """Whether a place may be the trigger's location, and how far it is in the parse."""
        lex = self.view.lex
        if (
            _qualifies_an_office(place_token, lex.offices)
            or _names_an_institution(place_token, lex.institutions)
            or _where_based(place_token, lex.seat_words)
        ) and not _names_a_building_acted_at(place_token, lex.building_prepositions):
            # "Voronezh Governor Alexander Gusev said", "a lecturer at Damascus University was
            # shot in Homs", "a Mogadishu-based trader": an office's, a body's or a person's
            # seat; the scene only when the sentence names no other ("the drone attack there")
            return True, _OFFICE_TIER
        if place_token.pos_ == "PRON":
            return False, 0  # "We have a provisional toll": a pronoun read as a town
        if self._home_of_witnesses(place_token):
            # "Residents of X said an air strike killed four": the tellers live at the scene
            return True, _WITNESS_TIER
        if self._named_as_elsewhere(place_token, trigger):
            return False, 0
        home = self._home_of_people(place_token)
        if home is not None and home.i != trigger.i:
            # "a policeman from Mardan was among the dead": the victims' home is no scene;
            # "gunmen killed 12 villagers from Kwalla": their home, kept when nothing nearer is
            return (True, _WITNESS_TIER) if home.head.i == trigger.i else (False, 0)
        if place_token.dep_ == "nsubj" and place_token.head.lemma_ in self.view.lex.reporting:
            # "..., Baza reported": a channel or person the places stage took for a town
            return False, 0
        place_side, trigger_side, common = _tree_path(place_token, trigger)
        if any(t.lemma_.lower() in self.view.lex.statement_nouns for t in place_side[1:]):
            return False, 0  # "said in a statement issued in X": where it was told
        for token in place_side[1:]:
            if token.pos_ == "VERB" and token.lemma_ in self.view.lex.reporting:
                return False, 0
            if self._of_a_cause(token):
                # "gathered over last year's collapse in Novi Sad": the cause's place
                return False, 0
            if token.dep_ in {"relcl", "acl"} and token.i != trigger.i:
                if self._describes_a_group(token):
                    return False, 0  # "Fano, a militia that fought in Tigray": its past
                return True, 10 + len(place_side) + len(trigger_side)
        if common.lemma_ in self.view.lex.passing_on and any(
            t.dep_ == "nsubj" and t.head.i == common.i for t in place_side
        ):
            # "..., a military source in Bamako said": the place of who tells it (not so for
            # "groups in Mali announced that they had merged": who announces acts there)
            return False, 0
        # "..., officials said in Kyiv": a place put after a verb of saying is the reporter's;
        # not so where the incident is what was reported ("protests were reported in Kisumu").
        told_of = trigger.dep_ == "nsubjpass" and trigger.head.i == common.i
        if (
            common.lemma_ in self.view.lex.reporting
            and not told_of
            and common.i != trigger.i
            and place_token.i > common.i
            and not any(t.dep_ in {"ccomp", "xcomp"} for t in place_side)
        ):
            return False, 0
        return True, len(place_side) + len(trigger_side)

    def _describes_a_group(self, clause: Token) -> bool:
        """Whether a relative clause says what a named group is ("Fano, a local militia that
        fought alongside federal forces in Tigray")."""
        noun = clause.head
        return (
            clause.dep_ == "relcl"
            and noun.dep_ == "appos"
            and noun.lemma_.lower() in self.view.lex.group_descriptions
        )

    def _home_of_witnesses(self, token: Token) -> bool:
        """Whether a place is where the subject of a verb of telling lives ("Residents of X
        said", "villagers in X told Reuters", "residents of X, a village outside Y, said")."""
        lex = self.view.lex
        for ancestor in token.ancestors:
            if ancestor.pos_ == "VERB":
                return False
            if ancestor.lemma_.lower() in lex.local_witnesses:
                return ancestor.dep_ == "nsubj" and ancestor.head.lemma_ in lex.reporting
        return False

    def _named_as_elsewhere(self, place_token: Token, trigger: Token) -> bool:
        """Whether the words around a place name it as somewhere else than the scene."""
        return (
            # "vehicles trying to reach Suwayda were blocked": the goal
            self._destination(place_token, trigger)
            # "the wounded were taken to hospital in X": where they were treated
            or self._place_of_care(place_token, trigger)
            # "pro-EU protesters": a cause, not a place
            or self._stance(place_token)
            # "fighters from the Tigray region": where they come from
            or self._origin(place_token)
            # "they had travelled from X to join the rally": where they set out
            or self._journey_start(place_token, trigger)
            # "a camp near the border with Mali": the neighbour
            or self._across_a_border(place_token)
        )

    def _of_a_cause(self, token: Token) -> bool:
        """A noun under "over", "after", "following" that is no place or region."""
        if token.dep_ != "pobj" or token.head.lower_ not in self.view.lex.causes:
            return False
        if token.lemma_.lower() in self.view.lex.region_nouns or token.ent_type_ in _PLACE_ENTS:
            return False
        return token.pos_ == "NOUN"

    def _destination(self, token: Token, trigger: Token) -> bool:
        # "fled towards the mountains of X", "headed for the outskirts of X": the goal is the
        # noun that X's "of" hangs on
        while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ in {"to", "towards", "toward", "into", "for"}:
            verb = verb.head  # ... "bound for X", "headed for X"
            if verb.pos_ == "NOUN" and verb.lemma_.lower() in self.view.lex.journey_nouns:
                return True  # "waited for a train to Peshawar": where it was going
        goals = self.view.lex.goal_verbs  # "bound" is read as a form of "bind"
        return verb.i != trigger.i and (verb.lemma_.lower() in goals or verb.lower_ in goals)

    def _place_of_care(self, token: Token, trigger: Token) -> bool:
        """A place that says where victims were brought or treated ("taken to hospital in
        X", "rushed to X hospital", "hospitals in X received the wounded"), not where the
        incident was; a hospital struck ("strikes hit a hospital in X") is the scene."""
        lex = self.view.lex
        noun = token
        while noun.dep_ in {"compound", "amod", "nmod", "poss"} and noun.head.pos_ == "PROPN":
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at", "of"}:
            site = noun.head.head
        elif noun.dep_ in {"compound", "nmod", "poss"}:
            site = noun.head
        else:
            return False
        if site.pos_ == "VERB":
            # "taken to hospital in X": the place hangs on the verb beside the care site
            site = next(
                (
                    c
                    for p in site.children
                    if p.dep_ == "prep" and p.lower_ in {"to", "at", "in"}
                    for c in p.children
                    if c.dep_ == "pobj" and c.lemma_.lower() in lex.care_sites
                ),
                site,
            )
        if site.lemma_.lower() not in lex.care_sites or site.i == trigger.i:
            return False
        if site.dep_ == "pobj":
            verb = site.head.head
        elif site.dep_ in {"nsubj", "nsubjpass"}:
            verb = site.head
        else:
            return False
        if verb.lemma_.lower() not in lex.care_verbs:
            return False
        # "more wounded died in hospitals in X": dying there is no incident of its own
        return verb.i != trigger.i or verb.lemma_.lower() in _DYING

    def _across_a_border(self, token: Token) -> bool:
        """A place named as what a border runs with ("near the border with Mali", "along the
        frontier of Chad"): the land across it, not the scene."""
        noun = token
        while noun.dep_ in {"compound", "amod", "nmod", "poss"} and noun.head.pos_ == "PROPN":
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in {"with", "of"}:
            return False
        return noun.head.head.lemma_.lower() in self.view.lex.border_nouns

    def _origin(self, token: Token) -> bool:
        """A place naming where armed people or weapons come from: "fighters from X", "X
        forces", "rockets fired from X"."""
        lex = self.view.lex
        noun = token
        while noun.dep_ in {"compound", "amod", "nmod", "poss"} and noun.head.pos_ == "PROPN":
            noun = noun.head
        if noun.dep_ in {"compound", "amod", "nmod"} and noun.head.lower_ in lex.origin_nouns:
            return not _after_a_bare_preposition(token, lex.scene_prepositions)
        if noun.lemma_.lower() in lex.region_nouns and noun.dep_ == "pobj":
            pass  # "from Ethiopia's Tigray region": the region noun carries the preposition
        elif noun.dep_ in {"compound", "amod", "nmod", "poss"}:
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            way = noun.head.head  # "from the direction of X": the way the fire came
            noun = way if way.lemma_.lower() in lex.direction_nouns else noun
        if noun.dep_ != "pobj" or noun.head.lower_ != "from":
            return False
        source = noun.head.head
        if source.pos_ in {"VERB", "AUX"} and source.lemma_.lower() in lex.origin_verbs:
            # "the attackers, believed to be from X,", "gunmen who came from X": their home
            return any(w.lower_ in lex.origin_nouns for w in _whom_it_tells_of(source))
        if source.pos_ == "VERB":
            # "rockets fired from X hit Y": the launch site, when the sentence strikes elsewhere
            # or the launch has a goal ("fired rockets from X towards Y")
            launched = source.lemma_.lower() in lex.launch_verbs
            return launched and (source.dep_ != "ROOT" or _aimed(source, source))
        if source.dep_ == "dobj" and source.head.lemma_.lower() in lex.launch_verbs:
            # "fired a barrage of rockets from X towards Y": the launch site
            return _aimed(source, source.head)
        if source.dep_ in {"nsubj", "nsubjpass"} and _a_weapon(source, lex.weapon_subjects):
            # "mortar fire from Syria killed a civilian in X": where the fire came from
            return True
        return source.lower_ in lex.origin_nouns

    def _home_of_people(self, token: Token) -> Token | None:
        """The people a place under "from" says are from there ("a soldier from X", "students
        from the universities of X and Y", "three of the dead came from X"), or None."""
        lex = self.view.lex
        noun = token
        while True:
            if noun.dep_ in {"compound", "amod", "nmod", "poss", "conj"} and noun.head.pos_ in {
                "PROPN",
                "NOUN",
            }:
                noun = noun.head  # "X University", "from X and Y"
            elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "the universities of X"
            else:
                break
        if noun.dep_ != "pobj" or noun.head.lower_ != "from":
            return None
        holder = noun.head.head
        if holder.pos_ in {"VERB", "AUX"} and holder.lemma_.lower() in lex.origin_verbs:
            # "three of the dead came from X": the subject is whom it tells of
            holder = next((w for w in _whom_it_tells_of(holder)), holder)
        if holder.pos_ not in {"NOUN", "NUM", "PRON"} or holder.ent_type_ in _PLACE_ENTS:
            return None
        if holder.lemma_.lower() in lex.origin_nouns | lex.region_nouns | lex.road_nouns:
            return None  # armed men's origin and roads are judged elsewhere
        if holder.lemma_.lower() in lex.journey_nouns | lex.direction_nouns:
            return None
        return holder

    def _journey_start(self, token: Token, trigger: Token) -> bool:
        """A place under "from" on a verb of a journey, or on what such a verb crosses ("crossed
        the bridges from X"), that is not the trigger itself: where people set out."""
        noun = token
        while (
            noun.dep_ in {"compound", "amod", "nmod", "poss", "conj"} and noun.head.pos_ == "PROPN"
        ):
            noun = noun.head  # ... and "from X and Y"
        if noun.dep_ != "pobj" or noun.head.lower_ != "from":
            return False
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "pobj"}:
            verb = verb.head if verb.dep_ == "dobj" else verb.head.head
        journey = self.view.lex.journey_verbs
        return verb.pos_ == "VERB" and verb.lemma_.lower() in journey and verb.i != trigger.i

    def _stance(self, token: Token) -> bool:
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-":
            return doc[token.i - 2].lower_ in self.view.lex.stances
        return any(token.lower_.startswith(f"{w}-") for w in self.view.lex.stances)

    def armed_site(self, sentence: Span) -> str | None:
        """The kind of force ("military", "police") whose base or post the sentence tells of,
        when it names no civilians ("gunmen stormed the base", "attacked a police station"):
        an attack there is a battle with that force."""
        lex = self.view.lex
        kind = None
        for token in span_tokens(sentence):
            lemma = token.lemma_.lower()
            if lemma in lex.armed_sites:
                kind = "military"
                break
            if lemma in lex.manned_sites or token.lower_ in lex.manned_sites:
                kind = next(
                    (
                        lex.site_forces[c.lower_]
                        for c in token.children
                        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.site_forces
                    ),
                    None,
                )
                if kind is not None:
                    break
        if kind is None:
            return None
        if any(m.kind in _PEOPLE_KINDS for m in self.view.sentence_actors(sentence)):
            return None
        return kind

    def part_of(self, token: Token) -> bool:
        """Whether a country is named by a part of it ("central Sudan", "the north of Mali")."""
        if any(c.lower_ in self.view.lex.part_words for c in token.children if c.dep_ == "amod"):
            return True
        return token.dep_ == "pobj" and token.head.head.lower_ in self.view.lex.part_words

    def measured_off(self, place: Place) -> Place:
        """'a vessel was targeted 61 nautical miles southwest of Hodeidah', 'an ambush 70 km
        north of Gao': when the town is only where the scene is measured from, the scene is
        that far that way off it (ACLED's precision 2), under a name that says so."""
        before = self.view.text[max(0, place.start - _MEASURE_REACH) : place.start]
        found = _MEASURE_BEFORE.search(before)
        if found is None or place.lat is None or place.lon is None:
            return place
        if place.geonameid is None and place.name.startswith(found[0].strip()):
            return place  # measured once already (the last incident's scene lent onward)
        unit = found["unit"].lower()
        km = float(found["n"]) * (_NMI_KM if unit.startswith(("nautical", "nm")) else 1.0)
        km *= _MILE_KM if unit.startswith("mi") else 1.0
        north, east = DIRECTIONS[found["side"].lower()]
        scale = km / math.hypot(north, east)
        lat = place.lat + north * scale / _KM_PER_DEGREE
        lon = place.lon + east * scale / (_KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.05))
        return replace(
            place,
            name=f"{found[0].strip()} {place.name}",
            geonameid=None,
            lat=round(lat, 4),
            lon=round(lon, 4),
            feature_code=None,
        )

    def framing_region(self, place: Place, token: Token, others: list[Place]) -> Place:
        """The region, not its capital of the same name, that a fronted "In X," sets as the
        frame of a sentence naming a place of that region ("In Katsina, bandits raided the
        village of Rimaye", "In Mopti, gunmen killed 12 in Bankass"): the finer place is the
        scene, the capital no second one."""
        if _place_level(place) <= 1 or place.country_code is None or place.admin1 is None:
            return place
        head = token.head
        if head.lower_ != "in" or head.i != token.sent.start or head.i == token.i:
            return place
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is None or after.text != ",":
            return place
        if not any(
            o is not place and o.admin1 == place.admin1 and _place_level(o) > 1 for o in others
        ):
            return place
        region = self.view.gazetteer.admin1_entry(place.country_code, place.admin1)
        # "Kirkuk" is the region "Kirkūk": names compared as the gazetteer keys them
        if region is None or not normalize(region.name).startswith(normalize(place.name)):
            return place
        return self._as_region(place, region)

    def region_named(self, place: Place, token: Token) -> Place:
        """The region itself when the text says so ("over the Belgorod and Kursk regions"),
        not the town of that name."""
        if _place_level(place) <= 1 or place.country_code is None or place.admin1 is None:
            return place
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ not in {"compound", "nmod", "amod"}:
            return place
        if token.head.lemma_.lower() not in self.view.lex.region_nouns:
            return place
        if self._names_a_place(token.head):
            return place  # "the village of X in Y region", parsed as "[X in Y] region"
        region = self.view.gazetteer.admin1_entry(place.country_code, place.admin1)
        if region is None:
            return place
        return self._as_region(place, region)

    @staticmethod
    def _as_region(place: Place, region: Entry) -> Place:
        return replace(
            place,
            name=region.name,
            geonameid=region.geonameid,
            country_code=region.country_code,
            admin1=region.admin1,
            admin2=None,
            lat=region.lat,
            lon=region.lon,
            feature_code=region.feature_code,
        )

    def _names_a_place(self, token: Token) -> bool:
        """Whether the token lies inside the span of a place of its sentence."""
        sentence = token.sent
        within = self.view.place_index.starting_in(sentence.start_char, sentence.end_char)
        return any(p.start <= token.idx < p.end for p in within)

    def road_end(self, token: Token) -> bool:
        """Whether a place is named as an end of a road ("the Kaduna-Abuja highway", "the road
        from X to Y", "the highway linking X and Y"): the incident was along the road, near
        that town at best."""
        lex = self.view.lex
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "between X and Y": Y hangs on X
        while token.dep_ in {"compound", "nmod"} and token.head.pos_ == "PROPN":
            token = token.head  # "Kaduna-Abuja highway": Kaduna hangs on Abuja
        head = token.head
        if token.dep_ in {"compound", "nmod", "amod"}:
            return self._a_road(head)
        if token.dep_ not in {"pobj", "dobj"} or head.lower_ not in lex.road_links:
            return False
        if self._a_road(head.head):
            return True
        # "cutting the road to Goma", with "to Goma" read as the verb's: the road is its object
        if head.lower_ == "to" and any(
            c.dep_ == "dobj" and self._a_road(c) for c in head.head.children
        ):
            return True
        # "on the road from X to Y", with "to Y" read as the verb's
        before = token.doc[max(0, head.i - 8) : head.i]
        return head.lower_ == "to" and any(
            t.lower_ == "from" and t.head.lower_ in lex.road_nouns for t in before
        )

    def _a_road(self, token: Token) -> bool:
        roads = self.view.lex.road_nouns
        return token.lower_ in roads or token.lemma_.lower() in roads

    def precision(self, place: Place, token: Token) -> int:
        base = _precision_of(place)
        if base > 1:
            return base
        if self.road_end(token):
            return 2
        if _names_a_building_acted_at(token, self.view.lex.building_prepositions):
            return 1  # "outside the Peshawar High Court": the building stands in the town
        window = self.view.doc[max(token.sent.start, token.i - 4) : token.i]
        words = {t.lower_ for t in window}
        for prep in token.ancestors:
            if prep.dep_ != "prep":
                continue
            words.add(prep.lower_)
            # "about 50 km from the state capital X": the distance hangs on the preposition
            for measure in prep.children:
                if measure.dep_ in {"npadvmod", "advmod"}:
                    words.update(t.lower_ for t in measure.subtree)
        return 2 if words & self.view.lex.near else 1

    def _told_of_elsewhere(self, sentence: Span) -> bool:
        """Whether the sentence opens away from the places told ("Elsewhere in the country,
        ...") and points back at none of them ("elsewhere in the city", "in the region")."""
        lex = self.view.lex
        opening = next((t for t in sentence if not t.is_space), None)
        if opening is None or opening.lower_ not in lex.elsewhere:
            return False
        return not any(t.lower_ in lex.place_nouns for t in sentence)

    def fallback_place(self, sentence: Span) -> tuple[Place | None, int]:
        """The location when the sentence names none: the paragraph's last place before it,
        then the place of the last incident told, the article's focus place, the dateline,
        each less precise; a town named as where a scene is measured from stands for that
        scene ("targeted 61 nautical miles southwest of Hodeidah", then "the attack")."""
        place, precision = self._fallback_place(sentence)
        return (self.measured_off(place) if place is not None else None), precision

    def _fallback_place(self, sentence: Span) -> tuple[Place | None, int]:
        if self._told_of_elsewhere(sentence):
            return None, 3
        placed_after = self._placed_after(sentence)
        if placed_after is not None:
            return placed_after
        paragraph_start = self.view.text.rfind("\n", 0, sentence.start_char) + 1
        before = [
            p
            for p in self.view.place_index.starting_in(paragraph_start, sentence.start_char)
            if not self.view.in_dateline(p) and _place_level(p) > 0
        ]
        if before:
            # "... in Zhuravlevka, Belgorod governor says": the office's place is the last
            # named, but the incident's is the one before it
            place = [p for p in before if not self._names_an_office(p)][-1:] or before[-1:]
            framing = [
                p
                for p in self.view.place_index.starting_in(paragraph_start, sentence.start_char)
                if not self.view.in_dateline(p)
            ]
            finest = (
                place[0]
                if self._points_at_a_region(sentence)
                else self._finest_framed(framing, place[0])
            )
            return finest, max(2, _precision_of(finest))
        if self._lead_of_dateline(sentence, paragraph_start):
            assert self.dateline_place is not None
            ahead = self._placed_ahead(sentence)
            if ahead is not None:
                return ahead, max(2, _precision_of(ahead))
            # The lead, before any incident is placed, reports from where it was filed, not
            # from the town the later paragraphs dwell on.
            return self.dateline_place, max(2, _precision_of(self.dateline_place))
        if self.story_place is not None:
            return self.story_place, max(2, _precision_of(self.story_place))
        if self.focus_place is not None:
            return self.focus_place, 3
        if self.dateline_place is not None:
            return self.dateline_place, max(2, _precision_of(self.dateline_place))
        return None, 3

    def _finest_framed(self, named: list[Place], last: Place) -> Place:
        """The town a region named last only frames ("Gunmen attacked Dange in Sokoto state",
        then "Troops regained control of the village"): the incident told on is at the town,
        so the sentence takes it, not the region. Walks back along "X in Y, Z" while each
        place holds the one before it and only framing words stand between them."""
        text = self.view.text
        words = self.view.lex.framing_words
        finest = last
        # "Djibo in Burkina Faso's Sahel region": the country between holds both
        at = next((i for i, p in enumerate(named) if p is last), 0)
        outer = last
        while at > 0:
            inner = named[at - 1]
            gap = re.findall(r"\w+|'s?", text[inner.end : named[at].start].lower())
            if not all(w in words for w in gap):
                break
            at -= 1
            if _place_level(inner) == 0:
                continue
            if not _contains(outer, inner):
                break
            outer = finest = inner
        # "Dange and Gusau in Sokoto state": of towns told together the region is the scene
        if at > 0 and finest is not last and self._listed(named[at - 1], named[at]):
            return last
        return finest

    def _points_at_a_region(self, sentence: Span) -> bool:
        """ "Across the state, troops arrested 40 suspects": the region named before, not the
        town it framed."""
        regions = self.view.lex.region_nouns
        return any(
            t.lemma_.lower() in regions and any(c.dep_ == "det" for c in t.children)
            for t in sentence
        )

    def _listed(self, first: Place, then: Place) -> bool:
        gap = self.view.text[first.end : then.start].strip(" ,").lower()
        return gap in {"", "and", "or"}

    def nationwide(self, sentence: Span) -> bool:
        """Whether a sentence of drones or missiles that names no place points at none
        either ("Air defences downed 18 drones overnight, the air force said"): an
        interception told so is the country's tally, not one over the town of the incident
        told before, as it is when told "over the region", "near the plant" or "there"."""
        if any(
            _place_level(p) > 0
            for p in self.view.place_index.starting_in(sentence.start_char, sentence.end_char)
        ):
            return False
        lex = self.view.lex
        if not any(t.lemma_.lower() in lex.weapon_subjects for t in sentence):
            return False  # "troops seized rifles and ammunition": a seizure has a scene
        if not _out_of_all_launched(sentence):
            return False
        pointers = lex.place_pointers | lex.place_nouns
        return not any(t.lemma_.lower() in pointers or t.lower_ in pointers for t in sentence)

    def home_country(self) -> Place | None:
        """The article's country as named in it ("Ukraine"), if it is named."""
        focus = self.view.focus
        return next(
            (p for p in self.view.places if _place_level(p) == 0 and p.country_code == focus),
            None,
        )

    def _placed_after(self, sentence: Span) -> tuple[Place, int] | None:
        """The place of the next sentence of the paragraph when that sentence only says where
        what was told happened ("On Thursday they killed four gendarmes in an ambush. It
        happened near Batibo, in the Northwest region.")."""
        doc = self.view.doc
        if sentence.end >= len(doc):
            return None
        following = doc[sentence.end].sent
        if "\n" in self.view.text[sentence.end_char : following.start_char]:
            return None  # another paragraph
        root = following.root
        # "It happened near X, a military source said": the clause told
        verbs = [root, *(c for c in root.children if c.dep_ in {"ccomp", "parataxis"})]
        verb = next((v for v in verbs if self._locating(v)), None)
        if verb is None:
            return None
        for place, token in self.sentence_places(following):
            if _place_level(place) > 0 and verb in token.ancestors:
                return place, self.precision(place, token)
        return None

    def _locating(self, verb: Token) -> bool:
        """ "happened", "occurred", "took place": a verb that only says where."""
        lemma = verb.lemma_.lower()
        if lemma == "take":
            return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
        return lemma in self.view.lex.locating_verbs

    def _placed_ahead(self, sentence: Span) -> Place | None:
        """For a lead filed from a capital ("KYIV - Russian missiles killed five people
        overnight"), the first place the story names after it ("The strikes hit the southern
        city of Zaporizhzhia"): a capital's newsroom reports the whole country, so its
        dateline is no scene, unless the lead points at it ("in the capital")."""
        dateline = self.dateline_place
        if dateline is None or dateline.feature_code != "PPLC":
            return None
        if any(t.lower_ in {"capital", "city"} for t in sentence):
            return None
        ahead = next(
            (
                p
                for p in self.view.places
                if p.start >= sentence.end_char
                and _place_level(p) > 0
                and not self.view.in_dateline(p)
                and p.confidence >= UNSURE
                and not self._where_a_teller_sits(p)
            ),
            None,
        )
        if ahead is None:
            return None
        # told as the lead's own incident ("The strikes hit ...", "They stormed ..."), not as
        # another ("Later, his supporters clashed with police in Kisumu")
        token = _span_root(self.view.doc, ahead.start, ahead.end)
        opening = next((t for t in token.sent if not t.is_space), None) if token else None
        if opening is None or opening.lower_ not in self.view.lex.told_back:
            return None
        return ahead

    def _lead_of_dateline(self, sentence: Span, paragraph_start: int) -> bool:
        """A sentence of the dateline's paragraph that names no place at all (not even a
        country: "across the country" is no incident at the dateline), told before any
        incident was placed."""
        dateline = self.dateline_place
        if self.story_place is not None or dateline is None or dateline.start < paragraph_start:
            return False
        named = self.view.place_index.starting_in(sentence.start_char, sentence.end_char)
        return all(self.view.in_dateline(p) or self.owns_a_thing(p) for p in named)

    def owns_a_thing(self, place: Place) -> bool:
        """A country named only as whose the thing is ("stormed Kenya's parliament", "Sudan's
        state broadcaster"): it says no more than the dateline where the scene is."""
        if _place_level(place) > 0:
            return False
        token = _span_root(self.view.doc, place.start, place.end)
        return token is not None and any(c.tag_ == "POS" for c in token.children)

    def _dateline_place(self) -> Place | None:
        return next(
            (p for p in self.view.places if self.view.in_dateline(p) and _place_level(p) > 0), None
        )

    def _where_a_teller_sits(self, place: Place) -> bool:
        """Whether a place is only named as where someone who tells or judges the news sits
        ("the ministry in Khartoum condemned ...", "..., the presidency said in N'Djamena")."""
        token = _span_root(self.view.doc, place.start, place.end)
        if token is None:
            return False
        while token.dep_ in {"compound", "nmod"} and token.head.pos_ == "PROPN":
            token = token.head
        if token.dep_ != "pobj" or token.head.lower_ not in {"in", "from", "at"}:
            return False
        holder = token.head.head
        if holder.pos_ in {"VERB", "AUX"}:
            return holder.lemma_ in self.view.lex.passing_on
        return holder.dep_ == "nsubj" and holder.head.lemma_ in self.view.lex.judging

    def _focus_place(self) -> Place | None:
        below_country = [
            p
            for p in self.view.places
            if _place_level(p) > 0
            and not self.view.in_dateline(p)
            and p.confidence >= UNSURE
            and not self._where_a_teller_sits(p)
        ]
        if not below_country:
            return None
        counts: dict[str, int] = {}
        for place in below_country:
            counts[place.name] = counts.get(place.name, 0) + 1
        # as often named, a town says more than the region around it
        best = max((counts[p.name], _place_level(p)) for p in below_country)
        return next(p for p in below_country if (counts[p.name], _place_level(p)) == best)


def _after_a_bare_preposition(token: Token, prepositions: frozenset[str]) -> bool:
    """Whether a place follows a scene preposition the parser misread ("while in X gunmen
    killed five" read as "in" with no object, or as "in [X soldiers]" with a verb left without
    its subject): the town is the preposition's object, the armed men the clause's doers."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ not in prepositions or before.dep_ != "prep":
        return False
    objects = [child for child in before.children if child.dep_ == "pobj"]
    if not objects:
        return True
    subjects = {"nsubj", "nsubjpass"}
    return objects == [token.head] and not any(c.dep_ in subjects for c in before.head.children)


def _qualifies_an_office(token: Token, offices: frozenset[str]) -> bool:
    return token.dep_ in {"compound", "amod", "nmod", "poss"} and (
        token.head.lemma_.lower() in offices
    )


def _names_an_institution(token: Token, institutions: frozenset[str]) -> bool:
    """Whether a place opens the name of a body named after it ("Damascus University", "the
    Basra Oil Company", "a Mogadishu University student")."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN":
        token = token.head
        if token.lemma_.lower() in institutions:
            return True
    return False


def _names_a_building_acted_at(token: Token, prepositions: frozenset[str]) -> bool:
    """Whether a town opens the name of an office or a body that is itself where something was
    done ("lawyers protested at the Lahore High Court", "a blast outside the Karachi Press
    Club"): the building stands in the town. Not "lawyers at the Lahore High Court said",
    where the preposition only says whose lawyers."""
    if token.dep_ != "compound":
        return False  # "killed five farmers outside Maiduguri": the town, near it
    while token.dep_ == "compound" and token.head.pos_ in ("PROPN", "NOUN"):
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in prepositions and prep.head.pos_ == "VERB"


def _where_based(token: Token, seat_words: frozenset[str]) -> bool:
    """Whether a place is hyphened to a word of where someone sits ("a Mogadishu-based
    businessman", "a Kabul-headquartered aid group")."""
    return token.dep_ == "npadvmod" and token.head.lower_ in seat_words


def _out_of_all_launched(sentence: Span) -> bool:
    """Whether a sentence counts what was downed out of all that was launched ("20 of the 24
    drones", "31 out of 35", "of the drones launched overnight"): a tally of a whole attack
    on the country."""
    for token in sentence:
        if token.lemma_.lower() == "launch" and token.pos_ == "VERB":
            return True
        if not token.like_num or token.i + 2 >= sentence.end:
            continue
        after = [t for t in token.doc[token.i + 1 : token.i + 5] if t.lower_ not in _OUT_OF_FILLERS]
        if after and after[0].like_num and token.doc[token.i + 1].lower_ in {"of", "out"}:
            return True
    return False


_OUT_OF_FILLERS = frozenset({"of", "out", "the"})


def _whom_it_tells_of(verb: Token) -> list[Token]:
    """The nouns a verb of being or coming says something of: its subject, the noun its
    relative clause describes ("gunmen who were from X"), or the subject of the verb it
    completes ("the attackers, believed to be from X")."""
    found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"relcl", "acl"}:
        found.append(verb.head)
    if verb.dep_ == "xcomp":
        found.extend(c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"})
        if verb.head.dep_ in {"relcl", "acl"}:
            found.append(verb.head.head)
    return found


_GOAL_PREPS = frozenset({"towards", "toward", "at", "into", "on", "across"})


def _aimed(missile: Token, launch: Token) -> bool:
    """Whether a launch or what it fired is told with the goal it was aimed at ("towards Tel
    Aviv", "at Israeli positions")."""
    return any(
        c.dep_ == "prep" and c.lower_ in _GOAL_PREPS
        for token in {missile, launch}
        for c in token.children
    )


# "61 nautical miles southwest of", "some 70 km north of the town of": a distance and a side
# right before a place's name, which then only says where the scene is measured from
_MEASURE_BEFORE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>nautical\s+miles?|nm|km|kms|kilomet(?:re|er)s?|miles?)"
    r"\s+(?:\([^)]{1,30}\)\s+)?(?P<side>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+"
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|village|port|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_MEASURE_REACH = 90
_NMI_KM = 1.852
_MILE_KM = 1.609
_KM_PER_DEGREE = 111.2
