"""Events: incidents typed in ACLED's taxonomy, with their arguments and evidence.

The triggers stage finds asserted incident words (the ``triggers`` layer); this stage turns
them into one record per incident, reading the ``layout`` layer for the headline, datelines and
captions. In order:

1. triggers in photo captions are dropped; the rest are grouped by sentence, cut at line
   breaks (a headline or dateline is not part of the next sentence);
2. each trigger becomes a *draft* per place its sentence ties to it in the parse (one per
   town when a sentence lists several, with the count told for each; an address, or the two
   ends of a stretch ("between X and Y"), is one place; "the X and Y regions" are
   regions; a place "near" another, the reporter's place after "said", a source read as a
   town, a cause's or a destination's place, "pro-EU" and a dateline are not the incident's),
   else the paragraph's last place, the last incident's place, the article's focus place or
   the dateline, less precisely; no draft when the only place is a whole country, or when
   the clause states a present condition or an aim, or a stretch of the war told as the
   background ("after five weeks of fighting that has killed 700": its toll is nobody's);
   with its date (the incident's own, not one of another incident inside its phrase, else
   the days before the report), actors by their role in the parse, the sentence's death
   tolls and sources;
3. an incident told as of the kind of one before it ("similar attacks") takes that one's
   type; tolls stated in sentences without a trigger join the draft at their place; a "no
   casualty" clause left by its own sentence's incidents closes the one told before; an
   undated incident told "also" beside a dated one before it takes that one's day;
4. the headline folds into the main incident; an undated report by doers already told of ("The
   attackers fired rockets at the station"), or of a part "during the attack", folds into the
   last violent incident of an earlier sentence, naming its kind if only a general word did
   (not one on civilians), and so does an undated report of another kind that names no doer
   and no armed target ("gunfire rang out around the palace"; not a weapon's strike); a
   village the gazetteer lacks, put at a guess, is the region the same doers were told in;
   drafts typed from a generic word ("killed") join the specific incident at their place and
   date (not an attack that killed people beside a battle of another sentence counting dead
   of its own); drafts of one type group at one place and date merge (a guessed place joins a
   stated one close by), unless the later one is told as one more ("another blast", "hit the
   site again", "two more were killed", "a similar attack", "Elsewhere, ...", dated violence
   "in the same area", a clause "where a strike killed 12 last month" or "two days after
   gunmen killed five"), one sentence put them in two towns, one only says where the other
   happened ("near where clashes were reported"), or at one stated place one is dated and the
   other an undated specific kind of violence that does not point back ("the fighting");
   arrests at a rally (not those that set it off, nor one told as setting off the fighting),
   looting in an attack, weapons seized in a clash and a strike whose weapon was shot down
   fold into their host; a general word with its own day and town is told in full; vague
   unplaced drafts go, and so does a past incident placed only by a guess, unless it names a
   site an incident at a stated place names too ("a June strike on <Hospital>");
5. the record: actors laid out by the final sub-type, the toll (lowest claim per side, sides
   added), evidence, confidence, id.

The modules follow the steps: ``article`` reads what the whole article offers (its layout,
places, dates, actors, tolls, sources); ``sentences`` decides step 2's places and
whether a trigger states an incident; ``merging`` is steps 3 and 4; ``coder`` runs them in
order and writes the record; ``drafts`` holds the draft, the lexicon and the helpers they share.
Knowledge of the assembly lives in ``sitrep/data/events_assembly.toml``.
"""

from sitrep.analyze.events.coder import EventCoder

__all__ = ["EventCoder"]
