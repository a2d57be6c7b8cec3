"""Death tolls in the many wordings news uses: a battery of sentences written for these tests
(wire copy, army claims, NGO bulletins, local press), each with the toll the conventions of the
events-dev gold give it: deaths of every side count, wounded never, a range counts its lower
bound, "dozens" states no number, a later "rose to" replaces an earlier count."""

from __future__ import annotations

import pytest

from sitrep.analyze.event_types import EventTyper


@pytest.fixture(scope="module")
def typer_ready(analyzer) -> None:
    doc = analyzer.nlp("Gunmen killed five villagers in Zamfara State on Saturday.")
    # a typer that finds nothing would make every toll below vacuous: fail, don't skip
    assert EventTyper()(doc), "the event typer finds no trigger in a plain incident"


# (text, the tolls of its events in order); None: no toll stated
BATTERY = [
    # a town's count told inside a spot in it ("five in a building in Beirut's suburbs")
    (
        "Israeli strikes killed 11 people across Lebanon on Sunday, including five in a building "
        "in Beirut's southern suburbs and three in Tyre.",
        [5, 3],
    ),
    (
        "Russian attacks killed seven civilians on Monday, four in a block of flats in Kharkiv's "
        "Saltivka district and two in Kherson.",
        [4, 2],
    ),
    # a clause joined by "and" with a subject of its own tells its own harm, not the dead of
    # the clause before it; "and 65 others injured" counts more victims of the one incident
    (
        "A Russian missile hit a house in Kramatorsk on Monday, killing two people, and a drone "
        "attack on a car in Druzhkivka wounded the driver.",
        [2, None],
    ),
    (
        "Gunmen stormed a village near Gusau on Sunday, killing nine people, and bandits "
        "kidnapped 20 travellers near Tsafe.",
        [9, None],
    ),
    (
        "Two policemen were killed in Bannu on Monday, and a bomb wounded four soldiers in Lakki "
        "Marwat.",
        [2, None],
    ),
    (
        "A civilian was killed, and 65 others injured, as a result of attacks on protesters in "
        "Basra on Friday.",
        [1],
    ),
    # "two in X and one in Y" parsed as the count joined to X: X's is the two, Y's the one
    (
        "Two people were killed in Toretsk and one in Pokrovsk on Saturday, the regional "
        "governor said.",
        [2, 1],
    ),
    ("Two civilians were killed in Rafah and one in Khan Younis on Monday, medics said.", [2, 1]),
    ("Two were killed in Orikhiv and one in Huliaipole, the governor said.", [2, 1]),
    # "was shot and killed": the victims are the subject of the first of the paired verbs
    (
        "On Wednesday night, a teacher in Kano was shot and killed by two unidentified men, "
        "police said.",
        [1],
    ),
    ("Two soldiers were ambushed and killed near Kano on Monday, the army said.", [2]),
    # a participle tells its strike's dead, even at a place of its own: one incident, one toll
    (
        "M23 rebels shelled the outskirts of Goma on Wednesday, killing at least three "
        "civilians in the Mugunga displacement camp, local officials said.",
        [3],
    ),
    (
        "RSF fighters shelled El Fasher on Sunday, killing five people in the Abu Shouk camp, "
        "activists said.",
        [5],
    ),
    # armed men who "opened fire" in the clause that set off a killing did it: a crowd's
    # sit-in later in the story makes the dead no force against protesters
    (
        "Five killed in fresh firing in Kaduna village\n\nKADUNA: Five people were killed and one "
        "injured after suspected bandits opened fire on villagers in Kauru on Sunday, officials "
        "said.\n\nLater, relatives staged a sit-in protest outside the local government office.",
        [5, None],
    ),
    (
        "Six killed in fresh firing in Kaduna\n\nKADUNA: Six people were killed and three injured "
        "after armed bandits opened fire on traders in Birnin Gwari on Saturday, police said."
        "\n\nTraders later staged a sit-in protest at the market.",
        [6, None],
    ),
    # a headline's dead belong to the story's armed incident, not to a crowd the body puts
    # at the headline's town
    (
        "Pakistan: Three dead in Quetta\n\nMilitants raided a police checkpoint in Mastung "
        "district on Tuesday, killing three policemen, officials said.\n\nAngry youths later "
        "burned tyres and blocked roads in Quetta in protest against the violence.",
        [3, None],
    ),
    (
        "Seven dead in Guanajuato\n\nArmed men burst into a bar in the town of Celaya on "
        "Saturday night and opened fire, killing seven people, prosecutors said.\n\nOn Sunday, "
        "relatives of the victims threw stones at the town hall in Guanajuato and set a patrol "
        "car on fire.",
        [7, None],
    ),
    # a generic headline of armed violence is the body's armed incident, not the crowd that
    # the body tells first
    (
        "Zamfara: Six killed in fresh attack\n\nAngry youths burned tyres on the highway in "
        "Gusau on Tuesday to protest against the killings.\n\nSix farmers were killed on "
        "Monday when bandits stormed Maru village, police said.",
        [None, 6],
    ),
    (
        "North Kivu: Nine dead in new attack\n\nResidents of Beni threw stones at a police "
        "station on Friday, demanding better security.\n\nNine villagers were killed on "
        "Thursday when rebels raided Mamove village, local officials said.",
        [None, 9],
    ),
    # "the deadliest attack since <a clause>" measures the incident against the past: its
    # dead are its own, no running total
    (
        "Gunmen killed at least 40 villagers in the village of Kauru in Kaduna state on Friday, "
        "police said on Sunday, in one of the deadliest attacks since the army withdrew from the "
        "area in March.",
        [40, None],
    ),
    (
        "Militants killed 18 soldiers at a base near Djibo on Tuesday, the army said, in the "
        "worst attack since the junta took power last year.",
        [18],
    ),
    # "while" sets another doer's incident beside a killing: the dead are the killing's
    (
        "Gunmen killed 12 villagers in Zurmi on Thursday, while bandits kidnapped 20 people in "
        "Funtua on Friday.",
        [12, None],
    ),
    (
        "Jihadists killed nine soldiers in Djibo on Sunday, while gunmen abducted 30 women near "
        "Arbinda on Monday.",
        [9, None],
    ),
    # a semicolon parts two reports: the dead of one are not the other's
    (
        "Gunmen killed 20 villagers in Zamfara on Saturday; in Katsina, soldiers clashed with"
        " bandits on Sunday.",
        [20, None],
    ),
    (
        "Israeli strikes killed 12 people in Rafah on Tuesday; in the West Bank, settlers"
        " attacked a village near Nablus.",
        [12, None],
    ),
    # one post of the forces in a country the sentence names alone: one incident, not a
    # country-wide total
    ("Militants attacked an army post in Syria on Sunday, killing five soldiers.", [5]),
    ("Gunmen stormed a police station in Mali overnight, killing three officers.", [3]),
    # a wire dateline the parser takes for the subject of the killing
    (
        "MOGADISHU, Sept 18 (Reuters) - At least seven people were killed on Wednesday when a "
        "car bomb exploded near a busy tea shop in the Somali capital, police said.",
        [7],
    ),
    (
        "KISMAYO, March 4 (Reuters) - Nine people were killed on Monday when a roadside bomb"
        " hit a minibus outside the Somali port city, police said.",
        [9],
    ),
    # ... and one with no agency, whose count the parser takes for part of the date
    (
        "DORI, Burkina Faso, May 6 - Five gendarmes were killed on Sunday when jihadists "
        "attacked their post, the government said.",
        [5],
    ),
    (
        "BUNIA, Congo, Aug 21 - 14 villagers were killed overnight in an attack by CODECO "
        "militiamen, local officials said.",
        [14],
    ),
    # the dead found: the passive subject of "found dead" is the toll
    ("Two brothers were found dead with gunshot wounds near Culiacan on Monday.", [2]),
    (
        "Four farmers were discovered dead with machete wounds outside the village of Dogo on"
        " Sunday, police said.",
        [4],
    ),
    # "this year" measuring the incident against others counts no running total
    ("Gunmen killed 12 people in Kidal on Monday, the deadliest attack this year.", [12]),
    (
        "A car bomb killed seven soldiers in Mogadishu on Sunday, the second such attack on the"
        " base this month.",
        [7],
    ),
    # a bomber who killed himself with his victims is one of the dead
    (
        "A suicide bomber killed himself and three soldiers at a checkpoint in Mogadishu on"
        " Monday.",
        [4],
    ),
    (
        "A bomber blew herself up at a market in Maiduguri on Monday, killing herself and five"
        " traders.",
        [6],
    ),
    # military communiqués "neutralise" the men they kill
    ("Troops neutralised 23 terrorists near Maiduguri on Monday, the army said.", [23]),
    ("The army said its soldiers had neutralized 14 militants in an ambush near Djibo.", [14]),
    # a count the parser took for part of the name that follows it
    ("Nine Fano militiamen were killed in a drone strike near Gondar on Sunday.", [9]),
    ("Eleven Azov fighters were killed in shelling near Mariupol on Sunday.", [11]),
    ("Twelve Wagner mercenaries were killed in an ambush near Kidal on Monday.", [12]),
    # groups counted by the "of" they hold
    ("A family of five was killed when an airstrike hit their house in Idlib on Tuesday.", [5]),
    ("Russian forces shelled Kherson on Monday, killing a family of five.", [5]),
    ("A group of 12 worshippers was killed when gunmen stormed a mosque in Katsina.", [12]),
    # the lives claimed or lost are the dead
    ("The attack on a village in Borno claimed the lives of 12 people, residents said.", [12]),
    ("The raid on the village of Dapchi claimed 12 lives, residents said on Monday.", [12]),
    ("Four people lost their lives when militants attacked a checkpoint near Djibo.", [4]),
    ("Seven miners lost their lives after gunmen opened fire at a mine in Ituri.", [7]),
    # "left N dead": the counted dead, not the strike that left them
    ("An airstrike on a house in Rafah left seven people dead on Saturday, medics said.", [7]),
    ("Clashes between two armed groups in Tripoli on Monday left at least eight people dead.", [8]),
    ("Fighting between rival gangs in Port-au-Prince left 14 dead and 30 wounded.", [14]),
    # burned "to death" kills; burned alone need not
    ("Two men were burned to death by a mob in a village near Puebla on Monday.", [2]),
    ("An angry mob burned three suspected robbers to death in Kisumu on Monday.", [3]),
    ("Rioters burned two police vehicles in Kisumu on Monday.", [None]),
    # South Asian English: the martyred are the dead
    ("A policeman was martyred when gunmen opened fire on a checkpost in Bannu on Saturday.", [1]),
    (
        "Two soldiers were martyred and three injured when terrorists attacked a post in "
        "North Waziristan on Monday, the ISPR said.",
        [2],
    ),
    # two clauses, two places, each with its own toll
    (
        "Eight militants were killed in an operation in North Waziristan district, while four "
        "others were killed in the Lakki Marwat district, the army said.",
        [8, 4],
    ),
    (
        "Nine soldiers died in an ambush near Djibo on Monday, while three others were killed "
        "when their convoy hit a mine near Arbinda.",
        [9, 3],
    ),
    # "also" killed: more dead of the incident, added; a running count in the perfect is not
    (
        "Gunmen killed five traders at a market in Gao on Sunday. A policeman was also shot "
        "dead when he tried to stop them.",
        [6],
    ),
    (
        "Bandits killed 13 villagers in Tsafe on Friday. Two women were also killed "
        "during the raid, residents said.",
        [15],
    ),
    # a range counts its lower bound
    ("Gunmen attacked a market in Maiduguri on Monday, killing 10 to 15 people.", [10]),
    ("Between 10 and 15 people were killed when gunmen attacked a market in Maiduguri.", [10]),
    # "a chief and his son": one person each
    ("Gunmen shot dead a village chief and his son in Zamfara on Monday.", [2]),
    ("Gunmen killed a farmer and his wife in a village near Jos on Sunday night.", [2]),
    # the attacker's death counts with his victims'
    (
        "A suicide bomber killed a policeman at a checkpoint in Quetta on Monday and died in "
        "the blast.",
        [2],
    ),
    ("Militants attacked a post in Djibo, killing four policemen; two attackers also died.", [6]),
    # the number of the dead, risen
    ("The number of people killed in Monday's bombing in Kabul rose to 23, officials said.", [23]),
    ("The number of dead from the car bomb in Mogadishu on Monday has risen to 31.", [31]),
    ("Gunmen killed at least 12 people in Maiduguri on Monday. The toll later rose to 18.", [18]),
    # an exact count replaces a round one of the same incident, even in a vague retelling
    (
        "Police raided a slum in Rio on Thursday; officials said two dozen criminals were "
        "killed. When the shooting stopped there were 25 dead, one officer and 24 suspects.",
        [25],
    ),
    (
        "About 20 people were killed when gunmen attacked a village in Katsina on Monday. "
        "Police later said 23 people died in the attack.",
        [23],
    ),
    # ... while two exact counts take the lower
    (
        "At least 12 people were killed when gunmen attacked a village in Katsina on Monday, "
        "police said. Residents said 15 people were killed in the attack.",
        [12],
    ),
    # nobody died
    ("A bomb exploded near a police station in Quetta on Monday without causing casualties.", [0]),
    ("Rebels shelled the airport in Goma on Monday without causing any injuries.", [0]),
    ("Three drones struck an oil depot in Bryansk overnight; nobody was injured.", [0]),
    ("A mine exploded under a patrol vehicle near Menaka on Monday without loss of life.", [0]),
    ("Rebels shelled the town of Rutshuru on Monday without any loss of life.", [0]),
    # the crew or passengers came through, nothing was damaged: nobody died
    (
        "Houthi rebels fired a missile at a tanker in the Gulf of Aden on Sunday. The crew was"
        " reported safe.",
        [0],
    ),
    ("A drone hit a cargo ship off Hodeidah on Monday. All crew members were unharmed.", [0]),
    ("A Russian drone struck a warehouse in Kharkiv on Sunday. There was no damage.", [0]),
    ("Rebels fired two rockets at the airport in Goma on Monday, causing no damage.", [0]),
    # ... but a "nobody else" never undoes the dead told in the same incident
    (
        "A missile hit a bulk carrier in the Red Sea on Tuesday, killing three sailors. No one"
        " else was hurt.",
        [3],
    ),
    (
        "A bomb exploded at a bus stop in Quetta on Monday, killing two, police said. Nobody"
        " else was injured.",
        [2],
    ),
    # who died "along with" the victims counts too
    (
        "Twelve soldiers were killed in an attack on a base near Menaka on Sunday, along with"
        " 20 militants, the army said.",
        [32],
    ),
    (
        "Four soldiers were killed along with three attackers when militants stormed a"
        " checkpoint in Bannu on Monday.",
        [7],
    ),
    ("A teacher was killed along with her husband in Kherson on Monday.", [2]),
    # the men a force lost are its dead; a son lost is told, not counted
    ("The army lost three soldiers in an attack on the town of Djibo on Sunday.", [3]),
    ("The police lost two officers in an ambush near Bannu on Friday.", [2]),
    ("He lost his son in an air strike on Gaza City on Monday.", [None]),
    # headline and bulletin forms
    ("Six killed as gunmen storm a village in Benue State on Monday.", [6]),
    ("Two dead, five injured in a blast at a market in Quetta on Monday.", [2]),
    ("Four martyrs and 11 injured in an occupation strike on a house in Khan Younis.", [4]),
    ("Two dozen people were killed when gunmen attacked a village in Katsina on Monday.", [24]),
    ("Several people were killed when gunmen attacked a village in Katsina on Monday.", [None]),
    # wounded, abducted and "dozens" state no death toll
    ("Gunmen attacked a village in Zamfara on Sunday, wounding ten people.", [None]),
    ("Gunmen abducted 30 villagers in Zamfara on Sunday.", [None]),
    ("Dozens of people were killed in clashes between rival militias in Tripoli.", [None]),
    # a running-total cue that describes a place, not the toll, leaves the toll alone
    (
        "Security forces killed two people after opening fire on protesters in a southern city "
        "that has seen weeks of unrest amid nationwide demonstrations, activists said.",
        [2],
    ),
    (
        "Troops shot dead three demonstrators in a town that has been a stronghold of protests "
        "across the country since the coup, witnesses said on Monday.",
        [3],
    ),
    # ... and a total told in the clause still is one
    (
        "Gunmen attacked a village in Zamfara on Sunday. The state, where 35 people have been "
        "killed since January, is plagued by bandits.",
        [None],
    ),
    # deaths told in the present perfect right after a running total go on counting it
    (
        "Gunmen attacked a village in Zamfara on Sunday. Since January, at least 120 people "
        "have been killed in the state.\n\nForty soldiers have also been killed in ambushes.",
        [None],
    ),
    (
        "Rebels attacked an army post near Beni on Friday. At least 300 civilians have been "
        "killed in the territory this year. Dozens of soldiers have also died.",
        [None],
    ),
    # ... but a killing told with its day after the total is an incident of its own
    (
        "Since January, at least 120 people have been killed in Zamfara.\n\nOn Sunday five "
        "villagers were killed by bandits in the village of Kaura Namoda, police said.",
        [5],
    ),
    ("Three people have been killed in an attack on a village in Zamfara, police said.", [3]),
    # a trigger naming the killing counts its victims
    ("The massacre of 38 villagers by gunmen in Zamfara on Sunday drew condemnation.", [38]),
    ("The killing of three aid workers in Juba on Monday sparked outrage.", [3]),
    ("The assassination of a district chief in Kandahar on Friday shocked residents.", [1]),
    # a headline's toll is its own line's: the parser may hang its verb on the paragraph below
    (
        "Two children killed in Israeli drone strike\n\nAn Israeli drone strike on a car near "
        "Tyre killed two people on Tuesday, the health ministry said.",
        [2],
    ),
    (
        "Three miners killed in gunmen's raid on gold mine\n\nA bandit attack on a gold mine "
        "near Maru on Sunday killed three miners, police said.",
        [3],
    ),
    # plain forms, in other wordings
    ("The attack in the village of Solhan on Monday left seven people dead, officials said.", [7]),
    ("A landmine blast killed nine members of a family travelling near Lashkar Gah.", [9]),
    ("Four soldiers, including an officer, were killed in a gunfight in Kupwara.", [4]),
    ("A civilian died of his wounds after Russian shelling of Nikopol on Monday.", [1]),
    ("Twelve are dead after gunmen stormed a bar in Zacatecas on Saturday night.", [12]),
    ("Rockets fired at the base near Deir ez-Zor on Monday caused no injuries or damage.", [0]),
    ("Gunmen stormed a church in Ondo on Sunday, killing three worshippers and wounding 17.", [3]),
    ("Two soldiers and three civilians were killed by a roadside bomb in Helmand on Monday.", [5]),
    ("Bandits abducted 30 people and killed seven others in Zamfara on Sunday.", [7]),
    ("Six people died and 20 were injured in clashes between police and protesters in Dhaka.", [6]),
    ("A Russian drone hit a car in Kherson on Monday, killing a man and a woman.", [2]),
    # the dead of a clause telling where another incident was are that incident's, and the
    # "January strike" that killed two is the January incident's, not today's
    (
        "Artillery fire hit a market in Donetsk on Monday, killing five people.\n\n"
        "The shells landed in the same district where a missile strike killed 12 people "
        "last month.",
        [5, 12],
    ),
    (
        "Gunmen opened fire on a bus near Jalalabad on Monday, killing six passengers.\n\n"
        "The bus was attacked on the same road where a roadside bomb killed three soldiers "
        "in late March.",
        [6, 3],
    ),
    (
        "An airstrike hit the Al-Amal Clinic in El Obeid on Monday, killing seven patients.\n\n"
        "A January strike on Al-Amal Clinic killed two nurses and wounded five.",
        [7, 2],
    ),
    (
        "A coalition airstrike hit a car in Saada province on Monday, killing 12 civilians.\n\n"
        "The strike comes days after a similar attack killed six people in the same province.",
        [12, 6],
    ),
    (
        "On Monday, the head of an armed faction was detained by a rival force in Tripoli.\n\n"
        "The arrest set off heavy clashes across the capital that killed 27 people.",
        [None, 27],
    ),
    # a clause set a measured time apart tells another incident, with its own dead
    (
        "Gunmen stormed a military base near Menaka on Sunday, killing seven soldiers.\n\n"
        "The attack came two days after militants killed five civilians in an ambush near Gao.",
        [7, 5],
    ),
    (
        "Houthi forces fired a missile at Marib city on Sunday, killing two children.\n\n"
        "The missile hit a residential area three days after a drone attack on an army camp "
        "west of the city killed six soldiers.",
        [2, 6],
    ),
    (
        "Airstrikes killed nine people in Khan Younis on Monday, medics said.\n\n"
        "Elsewhere, a strike on a tent in the south of the city killed a woman and her two "
        "children.",
        [9, 3],
    ),
    # a stretch of the war told as the background of a truce or a talk ("after five weeks of
    # fighting that has killed 700") is no incident, and its running toll is nobody's
    (
        "Mediators announced a ceasefire in Gaza on Wednesday following 15 months of war "
        "that has killed more than 46,000 Palestinians, according to the health ministry.",
        [None],
    ),
    (
        "Rebels and the government signed a peace deal in Doha on Saturday, ending eight "
        "months of clashes that have left 400 people dead.",
        [None],
    ),
    (
        "The two sides agreed to a truce in Addis Ababa on Monday after two years of fighting "
        "that killed tens of thousands of people.",
        [None],
    ),
    # told as the news itself, days of clashes are the incident, with their dead
    (
        "Three days of clashes between rival militias in Tripoli left 32 people dead, the "
        "health ministry said on Monday.",
        [32],
    ),
    # a rally, a truce or an arrest kills nobody: the dead told beside it are the incident's
    # it mourns or follows
    (
        "Thousands of mourners marched through Goma on Tuesday behind the coffins of the 14 "
        "people killed in Sunday's bombing of a camp, chanting slogans against the rebels.",
        [None, 14],
    ),
    (
        "Hundreds of students rallied peacefully in Dhaka on Monday to demand justice for the "
        "five classmates killed by police in a raid last month.",
        [None],
    ),
    (
        "Police arrested two suspects in Jos on Monday over the attack on a church that killed "
        "seven worshippers on Sunday.",
        [None, 7],
    ),
    # a lead's total over a wider area holds the dead of other places too: a detail within it
    # that counts its own dead keeps its own count
    (
        "Israeli strikes kill 18 across Gaza\n\nIsraeli air strikes killed at least 18 "
        "Palestinians across the Gaza Strip on Wednesday, health officials said. An air strike "
        "on a house in Zeitoun, Gaza City, killed seven people. Two strikes in Khan Younis "
        "killed six.",
        [7, 6],
    ),
    (
        "Bandits kill 30 in Zamfara\n\nBandits killed at least 30 villagers in attacks across "
        "Zamfara State on Wednesday, police said. In Anka, gunmen shot dead 12 people at a "
        "market.",
        [12],
    ),
    (
        "RSF fighters killed at least 40 people in North Darfur on Monday, activists said. "
        "Shelling on the Abu Shouk camp near El Fasher killed 15 of them.",
        [15],
    ),
    # a passive with its "were" left out names its own dead
    (
        "Eleven soldiers were wounded and four killed when their convoy hit a roadside bomb "
        "near Kidal on Sunday, the army said.",
        [4],
    ),
    ("Four civilians were injured and three killed when a car bomb exploded in Mogadishu.", [3]),
    ("Two killed, five wounded in blast in Quetta", [2]),
    # "among the dead" names some of an incident's dead: its count when no other counts all
    (
        "Three soldiers and a policeman were among the dead after militants attacked a "
        "checkpoint in Peshawar on Monday, officials said.",
        [4],
    ),
    (
        "Two soldiers were among those killed when militants stormed a base near Bannu on "
        "Monday, officials said.",
        [2],
    ),
    (
        "Militants killed 12 soldiers in an attack on a base near Bannu on Monday. Two officers "
        "were among the dead, the army said.",
        [12],
    ),
    (
        "A Russian missile strike on Kharkiv killed seven people on Sunday, the governor said. "
        "Among the dead were two children.",
        [7],
    ),
    (
        "The dead included two soldiers and a police officer, officials said after militants "
        "attacked a convoy near Bannu on Monday.",
        [3],
    ),
    (
        "Those killed included a journalist and two medics, the health ministry said after an "
        "Israeli strike on Deir al-Balah on Monday.",
        [3],
    ),
    (
        "Gunmen killed 14 people in an attack on a village near Bunia on Sunday, officials "
        "said. The dead included three children.",
        [14],
    ),
    # "shot dead" with its object hung on "dead", or with counted objects joined by "and"
    (
        "A Palestinian gunman shot dead three Israelis at a checkpoint near Jerusalem on "
        "Sunday, police said.",
        [3],
    ),
    ("Militants shot dead two soldiers and a policeman in Kupwara on Friday, police said.", [3]),
    # a participle that carries the dead into a running total: the total and its "since" are
    # the participle's, the dead before it the incident's
    (
        "Israeli troops killed two Palestinians in Jenin on Monday, bringing to 500 the number "
        "of Palestinians killed in the West Bank since October.",
        [2],
    ),
    (
        "Police shot dead three protesters in Nairobi on Monday, taking the death toll since "
        "the protests began to 39.",
        [3],
    ),
    (
        "Three people died in a blast in Quetta on Monday, raising the number killed in attacks "
        "in the city since January to 40.",
        [3],
    ),
    # one person named first, then counted others: one more than the count
    ("The blast killed the bomber and three policemen at a checkpoint in Peshawar.", [4]),
    (
        "Journalist Ali Farah and two of his bodyguards were shot dead in Mogadishu on Monday, "
        "police said.",
        [3],
    ),
    ("Gunmen killed the village head and four guards in Zurmi on Sunday.", [5]),
    # more of the wounded dying later add to the dead told before
    (
        "Five soldiers were killed in an ambush near Kidal on Monday. Two other soldiers died "
        "of their wounds in hospital, the army said.",
        [7],
    ),
    (
        "A suicide bomber killed six people at a market in Maiduguri on Monday. Three more "
        "people later died in hospital, police said.",
        [9],
    ),
    # "including N in X" gives the one place the incident is put at its own part of a total
    (
        "Israeli strikes killed at least 30 people across Gaza on Monday, including 12 in "
        "Rafah, medics said.",
        [12],
    ),
    (
        "Russian strikes killed at least 11 people across Ukraine overnight, including five in "
        "Kharkiv, officials said.",
        [5],
    ),
    # ... not a place told after the people "including" names
    (
        "Nine people were killed, including three police officers and a driver, in an attack "
        "on a checkpoint in Mandera on Monday.",
        [9],
    ),
    # a headline's toll said to pass a mark is the war's running total, not the incident's
    (
        "Gaza death toll passes 30,000, health ministry says\n\nThe ministry said 70,457 "
        "people had been wounded.\n\nOn Thursday, Israeli troops opened fire on a crowd "
        "waiting for aid in Gaza City, killing at least 112 people, health officials said.",
        [112],
    ),
    (
        "Gaza death toll tops 35,000, ministry says\n\nThe ministry said 79,000 people had "
        "been wounded.\n\nOn Monday, an Israeli strike on a school in Gaza City killed 20 "
        "people, the civil defence said.",
        [20],
    ),
    # who drowned in an attack died of it
    ("Three fishermen drowned after an attack on their boat in Lake Chad on Monday.", [3]),
    (
        "Four villagers drowned in a river while fleeing an attack by gunmen in Zamfara on Monday.",
        [4],
    ),
    # the dead of a month or a year told after an incident are a sum of that time, not more
    # dead of the incident
    (
        "Jihadists attacked an army post near Djibo on Monday, killing 12 soldiers, security "
        "sources said. In March alone, 300 people died in attacks across the north.",
        [12],
    ),
    (
        "Militants killed 11 soldiers near Djibo on Sunday. Last month, 300 people died in "
        "attacks in the north.",
        [11],
    ),
    # a count whose participle shares the passive's "were" ("and four wounded in Y") tells
    # its own town's harm: the dead of the clause before it are not its own
    ("Two gendarmes were killed in Dori and five wounded in Sebba on Friday.", [2, None]),
    (
        "Four militiamen were wounded in Bunia and three others killed in Djugu on Sunday, a "
        "local official said.",
        [None, 3],
    ),
    # the dead of a killing joined by "and" to another deed are the killing's alone
    (
        "Bandits abducted 20 passengers on the Abuja-Kaduna highway on Sunday and killed "
        "three villagers in Birnin Gwari on Monday.",
        [None, 3],
    ),
    ("Rebels burned 30 houses in Kalehe and killed four villagers in Minova.", [None, 4]),
    # the dead of the incident a reprisal answers are that incident's, not the reprisal's
    (
        "Israeli jets struck Hezbollah positions in southern Lebanon on Monday in retaliation "
        "for a rocket attack that killed two soldiers in Metula on Sunday.",
        [None, 2],
    ),
    (
        "Russian forces pounded Kharkiv with missiles on Saturday in revenge for a Ukrainian "
        "strike that killed 21 people in Belgorod on Friday.",
        [None, 21],
    ),
    (
        "Nigerian jets bombed insurgent camps near Bama on Friday in retaliation for a suicide "
        "bombing that killed nine people in Konduga.",
        [None, 9],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), BATTERY)
def test_tolls_in_many_wordings(typer_ready, analyze, text: str, tolls: list[int | None]) -> None:
    assert [e.fatalities for e in analyze(text).events] == tolls
