"""Event typing over sentences written for these tests, the data files' reachability,
and the CASE 2021 scorer on a small slice."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sitrep.analyze.event_types import EventTyper, Explained, load_lexicon
from sitrep.evaluate import case2021
from sitrep.model import Article

# One constructed report per ACLED sub-event type (several where the sub-type is chosen
# from the trigger's arguments), with the sub-event type of its strongest trigger.
TYPED = [
    ("Government troops clashed with rebels near the town on Monday.", "Armed clash"),
    ("Gunmen attacked a police base, killing 12 soldiers.", "Armed clash"),
    # fire traded with a word of its strength between
    ("Rival militias exchanged heavy fire in the Abu Salim district overnight.", "Armed clash"),
    ("Troops and rebels traded sporadic gunfire near the border on Monday.", "Armed clash"),
    # a gang that raids a town attacks its people; one that attacks the police fights them
    ("Gang members raided the town of Mirebalais overnight, the mayor said.", "Attack"),
    ("A heavily armed gang attacked the commune of Pont-Sonde before dawn on Thursday.", "Attack"),
    ("Eight people died when a gang stormed the town of Liancourt on Sunday.", "Attack"),
    ("Gang members attacked a police station in the town on Monday.", "Armed clash"),
    # one raid or attack named in the singular across villages is one incident, not a sum
    (
        "Gunmen killed six people in a raid across three villages in Kauru district, police said.",
        "Attack",
    ),
    (
        "Jihadists killed 20 civilians in an attack across several villages near Djibo.",
        "Attack",
    ),
    # heavy gunfire heard in a town is fighting; who reported it did no shooting
    ("Residents reported heavy gunfire in Goma on Monday.", "Armed clash"),
    # a round-up of people is an arrest
    ("Security forces carried out a round-up of opposition activists in the capital.", "Arrests"),
    (
        "Heavy gunfire was heard in Khartoum's Bahri district on Monday, residents said.",
        "Armed clash",
    ),
    # a run of strikes or blasts told in the past is one night's news, not a sum
    (
        "In a series of strikes on Khan Younis, Israeli jets killed 18 people, medics said.",
        "Air/drone strike",
    ),
    (
        "A string of explosions hit Mogadishu, killing 12 people, Somali police said.",
        "Remote explosive/landmine/IED",
    ),
    # incidents in the plural on one day stay news
    (
        "A series of blasts hit army posts near Quetta on Friday night, police said.",
        "Remote explosive/landmine/IED",
    ),
    ("Five soldiers were killed in attacks on two army posts near Djibo on Sunday.", "Armed clash"),
    ("Militants ambushed an army patrol on the road to Kidal.", "Armed clash"),
    # attacks on property alone destroy things; with people struck they are attacks
    (
        "The trade association said attacks on the properties of its members hurt the economy.",
        "Looting/property destruction",
    ),
    (
        "Unknown assailants attacked the property of an opposition lawmaker in Harare.",
        "Looting/property destruction",
    ),
    ("Gunmen attacked residents and their properties in Kauru, killing four.", "Attack"),
    # fought on the ground with aircraft beside: the ground fight is the battle
    (
        "The army said it killed 30 militants in aerial and ground operations near Lake Chad.",
        "Armed clash",
    ),
    (
        "Malian troops killed 12 insurgents in a ground and aerial offensive near Gao.",
        "Armed clash",
    ),
    ("Militants overran an army post near the border on Friday.", "Armed clash"),
    ("Soldiers beat three villagers in the market on Monday.", "Attack"),
    (
        "The government deployed 2,000 police officers to the capital ahead of the vote.",
        "Change to group/activity",
    ),
    (
        "Students demonstrated outside parliament on Monday, demanding free tuition.",
        "Peaceful protest",
    ),
    ("Three civilians were found dead in the village after the militia left.", "Attack"),
    (
        "Two suspected rebels were killed in an encounter with security forces on Tuesday.",
        "Armed clash",
    ),
    ("Pro-government forces drove the rebels out of the district.", "Government regains territory"),
    (
        "The army recaptured the town of Kolda from the rebels on Sunday.",
        "Government regains territory",
    ),
    (
        "Kolda returned to government control on Sunday after two days of fighting.",
        "Government regains territory",
    ),
    (
        "By Friday the border town was back under government control, the governor said.",
        "Government regains territory",
    ),
    (
        "Insurgents seized control of the district headquarters after a night of fighting.",
        "Non-state actor overtakes territory",
    ),
    # a withdrawal only aimed at hands nothing over
    (
        "Rebel fighters seized the capital of Saada province on Sunday despite a bombing "
        "campaign intended to force their withdrawal.",
        "Non-state actor overtakes territory",
    ),
    (
        "Taliban fighters captured the town of Ghazni on Friday, despite air strikes aimed at "
        "forcing them to retreat.",
        "Non-state actor overtakes territory",
    ),
    (
        "Witnesses said the government used sarin against residents of the village.",
        "Chemical weapon",
    ),
    ("An Israeli drone strike hit a car near the border on Tuesday.", "Air/drone strike"),
    ("Warplanes bombed rebel-held towns east of the capital.", "Air/drone strike"),
    ("Strikes by Russian jets hit a market in the city.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing five people.", "Suicide bomb"),
    (
        "Russian forces shelled the town overnight, officials said.",
        "Shelling/artillery/missile attack",
    ),
    ("A missile strike destroyed a school in the city.", "Shelling/artillery/missile attack"),
    # no means named: what was struck is only ever struck from afar
    (
        "Government troops struck insurgent positions along the river on Sunday.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Army units hit a fuel depot used by the rebels near the airport on Friday.",
        "Shelling/artillery/missile attack",
    ),
    # the teller's "it" is the force that struck
    (
        "The army said it struck rebel positions near the port on Friday.",
        "Shelling/artillery/missile attack",
    ),
    (
        "The defence ministry said they had hit a fuel depot outside the town overnight.",
        "Shelling/artillery/missile attack",
    ),
    (
        "A roadside bomb exploded as a convoy passed, wounding three soldiers.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Two children were killed when a landmine went off near their home.",
        "Remote explosive/landmine/IED",
    ),
    ("Militants hurled a grenade at a police station on Friday.", "Grenade"),
    ("Soldiers raped at least ten women in the village, a rights group said.", "Sexual violence"),
    ("Gunmen killed twelve villagers in an attack on the village of Tunga.", "Attack"),
    ("Bandits shot dead four farmers on their way to the market.", "Attack"),
    ("Armed men abducted 42 people from the village overnight.", "Abduction/forced disappearance"),
    (
        "Thousands of people marched peacefully through the capital to demand reforms.",
        "Peaceful protest",
    ),
    ("Police fired tear gas at protesters outside parliament.", "Protest with intervention"),
    ("Riot police used water cannon to disperse the demonstration.", "Protest with intervention"),
    # what a deed done "in protest" is against befell others before: no intervention
    (
        "Lawyers in Lahore boycotted the courts on Thursday in protest against the arrest of a "
        "colleague.",
        "Peaceful protest",
    ),
    (
        "Students boycotted classes in Dhaka on Sunday in protest against the arrest of peers.",
        "Peaceful protest",
    ),
    (
        "Journalists in Karachi wore black armbands in protest against the arrest of a reporter.",
        "Peaceful protest",
    ),
    # a crowd's camp is its protest, no base; a strike told by its start
    ("Farmers set up a protest camp outside parliament in Brussels.", "Peaceful protest"),
    ("Students set up a protest camp at the University of Sydney on Monday.", "Peaceful protest"),
    ("Workers at the Ford plant in Detroit walked off the job on Friday.", "Peaceful protest"),
    ("Dock workers in Mombasa walked off the job on Monday over pay.", "Peaceful protest"),
    # forces that clear what a crowd put up to protest break up its protest
    (
        "Police cleared roadblocks set up by protesters near Santa Cruz on Friday.",
        "Protest with intervention",
    ),
    (
        "Police lifted a blockade of the highway by farmers near Amritsar on Tuesday.",
        "Protest with intervention",
    ),
    (
        "Police dismantled a protest camp in front of the ministry in Tegucigalpa on Monday.",
        "Protest with intervention",
    ),
    # tear gas as a verb
    ("Protesters were tear-gassed in Lilongwe on Thursday.", "Protest with intervention"),
    ("Police teargassed opposition supporters in Kisumu on Tuesday.", "Protest with intervention"),
    (
        "Security forces opened fire on protesters, killing four.",
        "Excessive force against protesters",
    ),
    (
        "Soldiers killed three protesters in the northern town on Sunday.",
        "Excessive force against protesters",
    ),
    # a cue said not to be there tells nothing of the rally
    ("The rally was peaceful and no clashes were reported, a witness said.", "Peaceful protest"),
    ("Thousands marched through the capital without violence on Sunday.", "Peaceful protest"),
    ("The march ended without clashes with the police, organisers said.", "Peaceful protest"),
    ("The demonstration passed off with no clashes or arrests, police said.", "Peaceful protest"),
    ("Protesters threw stones at police and set cars on fire.", "Violent demonstration"),
    ("Demonstrators set tyres ablaze and blocked roads in the capital.", "Violent demonstration"),
    (
        "Police detained 50 people as they tried to march on parliament.",
        "Protest with intervention",
    ),
    ("Demonstrators clashed with police in the city centre.", "Violent demonstration"),
    ("An angry mob lynched a man accused of theft.", "Mob violence"),
    ("A crowd of villagers beat a suspected thief to death.", "Mob violence"),
    ("Pro-government militiamen attacked protesters with sticks and knives.", "Attack"),
    ("The two sides signed a ceasefire agreement on Sunday.", "Agreement"),
    ("Police arrested 20 opposition activists in the capital.", "Arrests"),
    ("Demonstrators were detained during the rally in the capital.", "Protest with intervention"),
    ("The army deployed additional troops to the border region.", "Change to group/activity"),
    ("Israeli jets violated Lebanese airspace on Tuesday.", "Change to group/activity"),
    # aircraft that enter or fly into another's air zone take no ground and strike nothing;
    # one that also bombs there strikes
    (
        "Three Russian bombers entered Japan's air defence zone on Monday, prompting Tokyo "
        "to scramble fighter jets.",
        "Change to group/activity",
    ),
    (
        "Chinese warplanes flew into Taiwan's air defence identification zone on Sunday.",
        "Change to group/activity",
    ),
    (
        "Israeli warplanes violated Lebanese airspace and bombed a house in Aitaroun.",
        "Air/drone strike",
    ),
    ("Air defenses shot down two drones over the city.", "Disrupted weapons use"),
    ("Police seized 40 rifles and a cache of ammunition in a raid.", "Disrupted weapons use"),
    # ground a weapon word only names is taken, not the weapons in it
    (
        "Jihadists captured an empty missile launch site outside Deir ez-Zor without a fight.",
        "Non-violent transfer of territory",
    ),
    (
        "Al-Shabaab fighters seized an abandoned drone-launching site near Baidoa on Friday.",
        "Non-violent transfer of territory",
    ),
    ("Militiamen seized a disused missile base near Sirte on Friday.", "Armed clash"),
    (
        "Troops captured a large quantity of weapons from the rebels near Beni.",
        "Disrupted weapons use",
    ),
    (
        "Turkish forces set up a new observation post near the town.",
        "Headquarters or base established",
    ),
    (
        "Hundreds of shops were looted in the township on Monday night.",
        "Looting/property destruction",
    ),
    (
        "Government forces withdrew from the town, and rebels entered it without resistance.",
        "Non-violent transfer of territory",
    ),
    ("Residents discovered a mass grave outside the town.", "Other"),
    (
        "Police arrested dozens of protesters during the unauthorized rally.",
        "Protest with intervention",
    ),
    ("Women held a silent vigil for the victims of the massacre.", "Peaceful protest"),
    ("Teachers held a national strike in the capital on Monday.", "Peaceful protest"),
    ("Nurses began an open-ended strike over unpaid wages on Monday.", "Peaceful protest"),
    ("The port was shut by an indefinite strike of dockers.", "Peaceful protest"),
    # a stoppage counted in days, held or begun, or done by a trade
    ("Lecturers at the state university began a five-day strike on Tuesday.", "Peaceful protest"),
    ("Minibus drivers staged a strike in the port city on Thursday.", "Peaceful protest"),
    ("Court clerks joined the strike in the capital on Wednesday.", "Peaceful protest"),
    ("Truck drivers mounted a blockade of the main highway on Monday.", "Peaceful protest"),
    ("Market vendors in the old town kept up a 72-hour strike.", "Peaceful protest"),
    ("Bus operators in the capital observed a strike on Tuesday.", "Peaceful protest"),
    ("A strike paralysed the port of Durban on Monday, shipping agents said.", "Peaceful protest"),
    ("Shopkeepers observed a strike across the old city on Friday.", "Peaceful protest"),
    ("Israeli jets began a strike on targets near the border late on Sunday.", "Air/drone strike"),
    ("The two sides signed a cessation of hostilities in the capital.", "Agreement"),
    ("Rebels handed over 20 prisoners to the Red Cross on Monday.", "Agreement"),
    # a perfect progressive bounded to the last days is the news itself
    ("Soldiers have been clashing with gunmen in the town since Monday.", "Armed clash"),
    # a recent span, or a wave told without a count, is still the news
    (
        "Shelling over the past day wounded two civilians in the city.",
        "Shelling/artillery/missile attack",
    ),
    ("Violent protests erupted across the occupied territories.", "Violent demonstration"),
    # an adverb of habit on one past incident is just how it was done
    ("Gunmen repeatedly stabbed a shopkeeper in the market.", "Attack"),
    # a bomber who sets off what he carries is a suicide bomber, no aircraft
    ("Another bomber detonated explosives at a mosque, killing two.", "Suicide bomb"),
    ("A teenage bomber set off a device at a market, killing three.", "Suicide bomb"),
    # the count of a crowd that acted is no toll
    ("Thousands of protesters marched in cities across Kenya.", "Peaceful protest"),
    (
        "Hundreds of students rallied in towns across Uganda for free tuition.",
        "Peaceful protest",
    ),
]

# Reports of violence that did not (yet) happen: no trigger at all.
NOT_INCIDENTS = [
    # a craft seen in the sky, a raid rehearsed
    "A drone was sighted over Kramatorsk on Tuesday, officials said.",
    "Unidentified drones were seen flying over the airport on Wednesday.",
    "Schools in Kyiv held air raid drills on Monday.",
    "Students in Taipei took part in an air raid drill on Thursday.",
    # the mission a force is given describes it: no fight that day
    "The US-led coalition tasked with fighting Islamic State left the Qayyarah base on Thursday.",
    "Soldiers tasked with battling the insurgents in Cabo Delgado arrived in Pemba on Monday.",
    "A special unit has been given the task of fighting the gangs in Port-au-Prince.",
    # a state that hits a country with sanctions or meets its target strikes nothing
    "The United States hit Iran with new sanctions on Sunday.",
    "Ukraine hit its recruitment target in Kyiv on Sunday.",
    # what a vow or a plan would do, told in a participle, is no fact
    "Militants vowed to attack the base in Kidal, warning residents to leave.",
    "The army planned to retake the town, hoping to end the siege by Monday.",
    # a leader called martyred at his funeral; a suspect handed to a court
    "Thousands attended the funeral of the martyred leader in Lahore on Sunday.",
    "Police handed over the suspect to the court in Nairobi on Sunday.",
    # where chemical weapons are kept or made is no use of them
    "Inspectors visited a chemical weapons plant outside the capital on Monday.",
    # what someone is suspected of is the suspicion, not an incident told
    "The two men, suspected of kidnapping a trader, were handed to their families.",
    "A woman suspected in the bombing of the bus station is still at large.",
    # fights, battles and attacks that are not armed ones
    "Firefighters spent the night fighting two warehouse fires near the port.",
    "The family fought a long battle with the courts over the inheritance.",
    "The city has been fighting corruption in its housing office for years.",
    "The retired teacher died of a stroke at his home on Sunday.",
    "A heart attack killed the former mayor last week.",
    "The senator condemned the offensive remarks made by the minister.",
    "The bridge project has suffered a cost overrun of two million dollars.",
    "The bank was hit by a cyber attack that shut down its systems.",
    # "demonstrate" as "show"
    "The minister said the vote demonstrated solidarity with farmers.",
    "The report demonstrates how prices rose last year.",
    # deaths without violence, beatings of no one
    "The former mayor died peacefully at his home on Tuesday, aged 91.",
    "Hundreds of fish were found dead along the river bank.",
    "Our team beat the visitors 3-1 on Saturday.",
    "The company beat rival bidders to win the contract.",
    "The storm hit fuel depots and an airfield along the coast.",
    "The company said its sales teams hit their targets in the first quarter.",
    "The rebels threatened to strike the capital.",
    # a plotted or planned attack did not happen, however the parser hangs the plan on it
    "Authorities detained twelve men for allegedly planning attacks on a hotel in the capital.",
    "Police arrested three men for plotting bombings in the capital.",
    # a month without its day is a period: the count over an area is a total
    "Militants killed dozens of villagers across the province in March, officials said.",
    "The army did not attack the village.",
    "The group vowed to continue its attacks on the city.",
    "The militia plans to shell the town next week.",
    "The government denied killing civilians in the region.",
    "Officials said the army would retaliate.",
    "If the talks fail, the rebels will attack the town.",
    "Opposition leaders called for protests on Friday.",
    # a protest announced is called, still to come
    "The teachers' union announced a strike starting next Monday.",
    "The opposition announced a nationwide protest for Friday.",
    "Students announced a march to the presidential palace on Saturday.",
    # a protest word naming the people or the body that lead protests
    "Protest leaders met the prime minister in Colombo on Monday.",
    "The government met protest organisers in Dhaka on Sunday.",
    "The protest movement said in a statement that it would continue its campaign.",
    # "riot" naming the forces' kit or training against riots
    "Georgian police staged a riot training exercise in Tbilisi on Monday.",
    "Officers in riot gear were deployed across Nairobi on Monday.",
    "Police held a riot control drill in Nairobi ahead of the planned demonstrations.",
    "Police foiled an attack on the embassy.",
    "There were no clashes in the town on Monday.",
    "The war has killed thousands of people since 2011.",
    "Residents fear a possible attack on the village.",
    "At least 600 people have been killed in the province since July.",
    "The president said the army would soon launch an offensive to retake the city.",
    "The conflict has displaced millions and killed more than 300,000 people.",
    "Kidnappings are common on the highway.",
    "The group is known for carrying out suicide attacks in the capital.",
    "Fake news is circulating online claiming that nine soldiers were killed in the town.",
    "The army has kept up its strikes on the region.",
    "It is a massacre, the activist said.",
    "An artillery commander was promoted on Monday.",
    "Political infighting delayed the budget.",
    "He was behind past rocket launches towards the city.",
    "The junta appeared determined to stamp out the protests.",
    # calls and appeals are no incident, whatever they call for
    "The party called on its members to take to the streets.",
    "The union urged workers to occupy the ministry on Monday.",
    "The bishop appealed to the faithful to march peacefully.",
    # a perfect progressive over a long span is a state of war, not an incident
    "The country has been fighting jihadists linked to two global networks since 2015.",
    "Government troops have been battling insurgents in the north for nearly a decade.",
    # stepping up a campaign over weeks is no single incident
    "In recent months the insurgents have ramped up drone attacks on towns in the south.",
    "The army has escalated its shelling of rebel positions along the river.",
    # what is ended or suspended is not done
    "The government announced a cessation of air strikes on the province.",
    "Police suspended raids in the slum after complaints from residents.",
    # counts over a period or a whole area are totals, not incidents
    "Some 150 soldiers were killed in the province over the past three months.",
    # a blockade laid by fighters or an army is a siege, no protest
    "The town has been under a blockade by militants for more than two years.",
    "The army's blockade of the rebel-held enclave entered its third month.",
    # a charge or a trial names the deed it is about; the deed is no news of the day
    "A court charged four soldiers with the killing of a trader in the town.",
    "Two police officers were charged on Friday over the shooting of a teenager in Nanterre.",
    "The trial of six men over the bombing of a bus station in Kano opened on Monday.",
    # a habit counted by the night, or a run of many incidents, is no one incident
    "Moscow says its air defences shoot down dozens of drones every night.",
    "The militia raids farms along the river almost every week, herders said.",
    "Balochistan has been hit by a series of attacks by separatists and Islamist militants.",
    "Khartoum is hit by a series of air strikes, residents say.",
    "The town has suffered a spate of kidnappings blamed on the group.",
    # suspects who give themselves up to the police make no surrender of a side in a conflict
    "Two robbery suspects turned themselves in to police in Nakuru on Monday.",
    "Three men wanted over the fraud turned themselves in at the station on Friday.",
    # incidents in the plural, likened to the news or over a month or a year: a sum
    "Police said 25 people were lynched in similar incidents across the county last year.",
    "Last month, 40 civilians died in raids by militants on farming villages.",
    "In February, at least 20 people were killed in attacks on camps in the state.",
    "More than a dozen herders were killed in such ambushes in 2023.",
    "Hundreds of people have been abducted in the state in recent years.",
    "Security forces have killed dozens of people in a nationwide crackdown on protesters.",
    "In total, 87 people were killed in the region during the month.",
    "More than 60 people have been killed in the region this month, according to the UN.",
    "At least 60 people were killed in the province this month, the agency said.",
    "More than 300 people died in clashes across Kenya last year.",
    "Over 2,000 civilians were killed in attacks across Burkina Faso in 2023.",
    "Since the war began, more than 30,000 people have died in the territory.",
    # ... clashes too, and what set such a sum off ("after students began protesting")
    "Last month, 40 people were killed in clashes between rival gangs in the capital.",
    "More than 200 people were killed in July in clashes after students began protesting.",
    "At least 80 people died in May in clashes after herders began raiding farms.",
    # a month or a year singled out by "alone" is a share of a larger sum
    "In March alone, 90 civilians were killed in the region.",
    "Last month alone, 150 people were killed in the province, the UN said.",
    "In 2022 alone, more than 1,000 civilians were killed in Ituri.",
    # rumours and hoaxes assert nothing
    "Rumours spread in the village that kidnappers were roaming the area.",
    "A hoax claiming that gunmen had stormed a school caused panic.",
    # habits and campaigns are no incident
    "Armed groups have repeatedly attacked convoys on the road between the two towns.",
    "The group has carried out numerous attacks on military posts in the region.",
    "Boko Haram has killed tens of thousands of people during its insurgency.",
    # ... and so are the gerunds of a habit told "for years"
    "Armed gangs have terrorised the northwest for years, raiding villages, stealing cattle "
    "and kidnapping for ransom.",
    "For years, armed groups have raided villages in Ituri province, killing and abducting "
    "civilians.",
    "Militants have plagued the province since 2017, beheading villagers and burning homes.",
    # a weapon word inside an armed group's name names the group
    "A commander of the Strategic Rocket Forces visited the capital.",
    "The gunmen wore the symbol of the Ezzedine al-Qassam Brigades.",
    # arms delivered or handed over are no strike
    "The United States handed over two reconnaissance aircraft to the army.",
    "Turkey supplied armed drones to the government last year.",
    # ... and so are those a package or a shipment carries, listed on it or on its verb
    "The United States announced a new $125 million military aid package for Ukraine on "
    "Monday, including air defence missiles and artillery shells.",
    "Britain unveiled a new package for Kyiv on Tuesday, including 200 long-range missiles "
    "and drones.",
    "Germany approved the delivery of cruise missiles and artillery shells to Kyiv on Friday.",
    "A shipment of Iranian drones and rockets arrived in the port of Hodeidah on Tuesday.",
    # a count since an incident told before, its subject a gerund ("fighting ... has killed")
    "Fighting in the city has killed hundreds of people since then, according to medics.",
    "Shelling around the town has killed at least 200 civilians since then, the UN said.",
    # incidents in the plural "since" the news: a run, not one incident
    "The militants have since launched raids on several villages in the area.",
    # a count "since" told once for coordinated verbs
    "The army said it had killed 45 fighters and detained 300 suspects in the district since "
    "the operation began.",
    # a rank said of an incident already told is no incident of its own
    "The strike was the fourth on a school in Gaza in eight days.",
    "Saturday's bombing was the latest in the capital this year.",
    # people driven from their homes over the war, counted in the perfect
    "Fighting between the army and the rebels has displaced hundreds of thousands of people.",
    "Clashes in the region have forced 5,000 people to flee their homes, the UN said.",
    # a goal sought is not reached
    "The rebels made a bid to seize the town.",
    "The army launched a bid to retake the city.",
    # when a wave of protests already told began is none of its rallies
    "The demonstrations began last week over proposed tax increases.",
    "The protests started in June over a rise in fuel prices.",
    # what a crowd already told answered is no other rally
    "The protest came after the government raised fuel prices for the second time.",
    "The demonstrations came after the arrest of an opposition leader.",
    # incidents a report lists over several named areas, with no day, are a sum of many
    "The report documented attacks on schools, hospitals and places of worship across "
    "Sagaing, Magway and Rakhine states.",
    "Investigators recorded air strikes on markets throughout Idlib, Hama and Aleppo provinces.",
    # relief moved in is no territory taken
    "Aid trucks entered northern Gaza on Sunday for the first time in weeks.",
    "A UN humanitarian convoy entered the besieged city of El Fasher on Tuesday.",
]


@pytest.fixture(scope="module")
def typer() -> EventTyper:
    return EventTyper()


def _top(explained: list[Explained]) -> Explained | None:
    if not explained:
        return None
    return max(explained, key=lambda e: (e.trigger.confidence, -e.trigger.start))


def test_taxonomy_is_designs_verbatim(shared: Path) -> None:
    design = (shared / "DESIGN.md").read_text(encoding="utf-8")
    section = design.split("## The taxonomy", 1)[1].split("\n## ", 1)[0]
    expected: dict[str, list[str]] = {}
    for item in re.split(r"\n- ", section)[1:]:
        event_type, subs = " ".join(item.split()).split(": ", 1)
        expected[event_type] = [s.strip() for s in subs.split(";")]
    taxonomy: dict[str, list[str]] = {}
    for sub, event in load_lexicon().taxonomy.items():
        taxonomy.setdefault(event, []).append(sub)
    assert taxonomy == expected


def test_every_sub_event_type_has_a_constructed_case() -> None:
    assert {sub for _, sub in TYPED} == set(load_lexicon().taxonomy)


def test_constructed_reports_are_typed(analyzer, typer: EventTyper) -> None:
    docs = list(analyzer.nlp.pipe(text for text, _ in TYPED))
    wrong = []
    for (text, expected), doc in zip(TYPED, docs, strict=True):
        top = _top(typer.explain(doc))
        got = top.trigger.sub_event_type if top else None
        if got != expected:
            wrong.append((text, expected, got))
    assert wrong == []


def test_trigger_offsets_and_types(analyzer, typer: EventTyper) -> None:
    text = "Calm returned on Sunday. Police fired tear gas at protesters in the capital."
    doc = analyzer.nlp(text)
    triggers = typer(doc)
    assert triggers
    for trigger in triggers:
        assert text[trigger.start : trigger.end] == trigger.text
        assert trigger.sent_start == text.index("Police")
        assert trigger.sent_end == len(text)
        assert trigger.event_type == "Protests"
        assert 0 < trigger.confidence <= 1


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_not_incidents_yield_no_trigger(analyzer, typer: EventTyper, text: str) -> None:
    violent = [t for t in typer(analyzer.nlp(text)) if t.event_type != "Strategic developments"]
    assert violent == []


# Incidents reported beside a threat, a vow or a negation: the facts stay.
ASSERTED_BESIDE_CUES = [
    # "earlier this year" is the time of one incident, not a span counted over
    ("Earlier this year, gunmen killed 12 people in the town.", "Attack"),
    # "alone" on a day singles out no span of the calendar
    ("On Sunday alone, 40 people were killed in Kharkiv.", "Attack"),
    ("Earlier this month, bandits killed nine farmers near the village.", "Attack"),
    ("The rebels threatened revenge after soldiers killed three fighters.", "Armed clash"),
    (
        "Protesters vowed to continue after police fired tear gas at them.",
        "Protest with intervention",
    ),
    (
        "The militants did not say who planted the bomb, but the blast killed five people.",
        "Remote explosive/landmine/IED",
    ),
    ("No one was injured in the blast at the market.", "Remote explosive/landmine/IED"),
    (
        "The army did not attack the village but shelled the town.",
        "Shelling/artillery/missile attack",
    ),
    # a count or a spread that only describes the place ("a city that has seen weeks of
    # unrest") does not make the incident in it a total
    (
        "Gunmen killed four traders in a northern town that has seen repeated raids across "
        "the province, residents said.",
        "Attack",
    ),
    (
        "Soldiers shot dead two farmers in a district that has suffered hundreds of "
        "killings this year.",
        "Attack",
    ),
    # the day of a date counts nothing, and a date with its day bounds the clause to one day
    (
        "Hundreds of workers rallied across the country on 3 May to demand higher wages.",
        "Peaceful protest",
    ),
    (
        "Police detained dozens of people across the province on 14 February, officials said.",
        "Arrests",
    ),
    # "nationwide" on one action called across the country is its reach, no count
    (
        "Farmers across Haryana have blocked roads and railways in a nationwide strike to "
        "protest new farm laws.",
        "Violent demonstration",
    ),
    (
        "Truck drivers have blocked the main highways in a nationwide shutdown over fuel prices.",
        "Violent demonstration",
    ),
    # what a ban forbade, done in defiance of it, is done
    (
        "Protesters defied a ban to march through the centre of Harare on Saturday.",
        "Peaceful protest",
    ),
    ("Hundreds of farmers braved a police ban to rally in the capital.", "Peaceful protest"),
    # arrests or abductions made in raids are one force's sweep, however wide its count and
    # area, or told as a run of raids
    (
        "Israeli troops have arrested at least 15 Palestinians in a wave of raids across the "
        "West Bank, according to local sources.",
        "Arrests",
    ),
    (
        "Security forces have detained hundreds of opposition supporters in a series of raids "
        "across Addis Ababa.",
        "Arrests",
    ),
    (
        "Myanmar troops have arrested dozens of people in raids across Mandalay, state media said.",
        "Arrests",
    ),
    (
        "Soldiers kidnapped dozens of young men in a series of raids across the Hebron area.",
        "Abduction/forced disappearance",
    ),
    # strikes over several areas that struck on a day, or that acted as a subject, are news
    (
        "Russian missiles hit power plants across Kharkiv, Dnipro and Odesa regions on Monday.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Overnight, the army reported air strikes across Sagaing, Magway and Mandalay regions.",
        "Air/drone strike",
    ),
    # arms listed on a strike's verb were fired; only a package or shipment carries them
    (
        "Russia fired 40 missiles at Kharkiv on Monday, including hypersonic missiles.",
        "Shelling/artillery/missile attack",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED_BESIDE_CUES)
def test_facts_beside_cues_are_kept(analyzer, typer: EventTyper, text: str, expected: str) -> None:
    top = _top(typer.explain(analyzer.nlp(text)))
    assert top is not None and top.trigger.sub_event_type == expected


def test_a_protested_arrest_is_no_intervention(analyzer, typer: EventTyper) -> None:
    text = "Students boycotted classes to protest the arrest of their leader."
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types["boycotted"] == "Peaceful protest"
    assert types["arrest"] == "Arrests"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those whose release a crowd demands were held before it gathered
        (
            "Students rallied in Kalimpur on Monday, demanding the release of classmates "
            "detained last week.",
            "Peaceful protest",
        ),
        (
            "Hundreds of women staged a sit-in outside the police station, demanding the "
            "release of two men arrested over the killing of an officer.",
            "Peaceful protest",
        ),
        # ... while those held at it still make the rally one with intervention
        (
            "Police detained 30 students as they marched on parliament on Tuesday.",
            "Protest with intervention",
        ),
    ],
)
def test_an_arrest_in_a_demand_for_release_is_no_intervention(
    analyzer, typer: EventTyper, text: str, expected: str
) -> None:
    top = _top(typer.explain(analyzer.nlp(text)))
    assert top is not None and top.trigger.sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Thousands of protesters marched through the capital on Sunday. The demonstration "
            "continued into the evening. Police said two men were among the suspects who killed"
            " a shopkeeper in the northern district on Friday.",
            "killed",
        ),
        (
            "Thousands of protesters marched through the capital on Sunday. The rally was "
            "peaceful. Investigators named three suspects who shot dead a local councillor in "
            "the market last week.",
            "shot dead",
        ),
    ],
)
def test_a_killing_by_suspects_in_a_protest_article_stays_an_attack(
    analyzer, typer: EventTyper, text: str, word: str
) -> None:
    # those held for a killing did it; they are no police firing on the article's crowd
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types[word] == "Attack"


def test_asserted_twin_of_a_denial_is_kept(analyzer, typer: EventTyper) -> None:
    # The same words as a denial, asserted: the cue is the denial, not the vocabulary.
    triggers = typer(analyzer.nlp("The government killed civilians in the region."))
    assert [t.sub_event_type for t in triggers] == ["Attack"]


def test_killings_in_a_protest_article_are_force_against_protesters(analyzer, typer) -> None:
    text = (
        "Thousands of protesters marched through the capital on Sunday. "
        "The demonstration continued into the evening. "
        "Three people were killed in the northern district, a witness said."
    )
    killed = [t for t in typer(analyzer.nlp(text)) if t.text == "killed"]
    assert [t.sub_event_type for t in killed] == ["Excessive force against protesters"]
    # The same killing by an armed group stays an attack on civilians.
    text = text.replace("Three people were killed", "Gunmen killed three villagers")
    killed = [t for t in typer(analyzer.nlp(text)) if t.text == "killed"]
    assert [t.sub_event_type for t in killed] == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Youths blocked the main road to the city in protest, and police fired tear gas to "
        "disperse them. Five more people were killed in a separate attack on a nearby village.",
        "Hundreds of residents protested in the town on Monday and police fired tear gas. In "
        "another attack, three farmers were killed in a village to the north.",
        "Police used tear gas to break up a rally in the capital. Separately, four people were "
        "killed in an attack on a village in the north, residents said.",
    ],
)
def test_a_killing_told_apart_in_a_protest_article_stays_an_attack(
    analyzer, typer: EventTyper, text: str
) -> None:
    # "a separate attack", "another attack": one more incident, not force against the crowd
    killed = [t for t in typer(analyzer.nlp(text)) if t.text == "killed"]
    assert [t.sub_event_type for t in killed] == ["Attack"]


def test_every_refine_rule_is_used(analyzer, typer: EventTyper) -> None:
    used = set()
    for doc in analyzer.nlp.pipe(text for text, _ in TYPED + EXTRA_RULE_CASES):
        used.update(e.rule for e in typer.explain(doc) if e.rule is not None)
    assert used == set(range(len(typer.lexicon.rules)))


# Sentences for refine rules that the 25-type table above does not already exercise.
EXTRA_RULE_CASES = [
    ("The Wagner mercenaries sacrificed huge numbers of men to the siege of Soledar.", ""),
    ("Congress and CPI(M) workers clashed in the town, leaving six injured.", ""),
    ("Factory workers clashed with police at the gate in Gurugram.", ""),
    ("Police fired live ammunition during the demonstration.", ""),
    ("Riot police fired tear gas as demonstrators threw stones.", ""),
    ("Fighters took control of the town after government troops withdrew.", ""),
    ("Unidentified gunmen attacked the town on Monday.", ""),
    ("Missiles fired by warplanes hit the town.", ""),
    ("Police arrested protesters outside the court.", ""),
    ("Police detained dozens as students marched in the capital.", ""),
    ("Police detained activists in the capital ahead of a rally.", ""),
    ("A UN patrol was pelted with stones by men in civilian clothes.", ""),
    ("Thousands of protesters occupied the main square of the capital.", ""),
    ("Police attacked the protesters outside the court.", ""),
    ("Police arrested two protesters on charges of vandalism.", ""),
    ("A mob of women staged a protest outside the police station.", ""),
    ("Armed youths shot dead a cattle trader near the village on Sunday.", ""),
    ("A drone dropped explosives on the checkpoint at dawn.", ""),
    ("Unknown attackers bombed a bus carrying pilgrims on Sunday.", ""),
    ("A leftover mortar round exploded in the field on Sunday.", ""),
    ("A man threw a grenade into a crowd at the rally on Sunday.", ""),
    ("Supporters of the two parties clashed with sticks in the market.", ""),
    ("Protesters torched the town hall on Monday.", ""),
    ("Villagers burned the house of a suspected witch on Monday.", ""),
    ("Residents torched the police station in the town on Monday.", ""),
    ("Militants retook the town after the army withdrew from it.", ""),
    ("The army retook the town without a fight on Monday.", ""),
    ("A suicide bomber blew himself up at a campaign rally in the town on Sunday.", ""),
    ("Police arrested two students on Monday and their whereabouts are still unknown.", ""),
    ("Riot police stormed a sit-in of students at the university on Monday.", ""),
    ("Angry demonstrators stormed the town hall on Monday.", ""),
    ("Shops stayed shut in the valley during a strike called by the traders on Monday.", ""),
    ("Troops entered the town on Monday under a deal with the rebels.", ""),
    ("Jihadists briefly captured the village on Monday before the army returned.", ""),
    ("Angry youths set cars ablaze in the town on Monday to protest the killing.", ""),
    ("Traders staged a protest in the town on Monday after the arrest of their leader.", ""),
    ("Israel struck Hezbollah positions near the border on Monday.", ""),
]

# Sentence frames in which each lexicon phrase should be found; {p} is the phrase.
FRAMES = [
    "Officials said the {p} happened in the town on Monday.",
    "Officials said fighters {p} the town on Monday.",
    "Officials said police {p} weapons and ammunition in the town.",
    "Officials said troops {p} a military base near the town.",
    "Officials said that they {p} on Monday.",
    "There was {p} in the town.",
    "Officials reported the {p} of weapons and of the town.",
    "Officials said fighters {p} of the town on Monday.",
    "Officials said police {p} the protesters in the town.",
    "Officials said rioters {p} houses and shops in the town.",
    "Officials said missiles {p} the town on Monday.",
    "Officials said the army {p} a new brigade in the town.",
    "Officials said hundreds {p} in the square to protest against the law.",
    "Officials said the {p} was a protest against the law.",
    "Officials said the rebels {p} 30 detainees in the town.",
    "Officials said the two sides {p} the accord on Monday.",
    "Officials said the warring sides {p} the accord on Monday.",
    "Officials said the {p} between the rebels and the army was a success.",
    "Officials said the army {p} the rebels out of the town.",
    "Officials said farmers {p} the main road on Monday.",
    "Officials said peasants {p} a farm near the town on Monday.",
    "Officials said jets {p} the airspace of the country.",
    "Officials said jets {p} weapons and ammunition in the town.",
    "Officials said residents {p} the bodies of two men in the town.",
    "Officials said the junta {p} the opposition party on Monday.",
    "Officials announced the {p} of the opposition party on Monday.",
    "Officials said the government {p} the ambassador on Monday.",
    "Officials announced the {p} of the ambassador on Monday.",
    "Officials said they {p} residents to evacuate the town.",
    "Officials said residents {p} the aid convoy near the town.",
    "Officials said the {p} in the eastern sector continued on Monday.",
    "Officials said troops {p} heavy resources to the town.",
    "Officials said the two sides {p} heavy fire in the town on Monday.",
    "Officials said troops {p} toward the town on Monday.",
    "Officials said troops {p} enemy positions near the town.",
    "Officials said gunmen {p} two teachers from the school.",
    "Officials said police {p} two suspected smugglers at the border.",
    "Officials reported a {p} of suspected smugglers at the border.",
    "Officials reported a {p} of activists and journalists in the town.",
    "Officials said the protesters {p} at the police in the town.",
    "Officials said troops {p} a rebel camp near the town.",
    "Officials said troops {p} two camps of the armed group near the town.",
    "Officials said troops {p} into the town on Monday.",
    "Officials reported an army {p} into the town on Monday.",
    "Officials said troops {p} near the town on Monday.",
    "Officials said Israel will {p} enemy positions near the town.",
    "Officials said Israel {p} the town on Monday.",
    "Officials said two soldiers would {p}ed in the town on Monday.",
    "Officials said two soldiers would {p} in the town on Monday.",
    "Officials said police will {p} a bomb attack on the town.",
    "Officials said troops will {p} the base to the army.",
    "Officials said rebels will {p} a ship off the coast.",
    "Officials reported the {p} on a ship off the coast.",
    "Officials said gunmen {p} the office ablaze in the town.",
    "Officials said soldiers {p} two teachers from the school.",
    "Officials said traders observed a {p} in the town on Monday.",
    "Officials said the army declared a {p} in the town on Monday.",
    "Officials said the army {p} a curfew in the town on Monday.",
    "Officials said the army cut the {p} in the town on Monday.",
    "Officials said police will {p} the roadblocks set up by protesters in the town.",
]


def _phrase_found(typer: EventTyper, doc, entry, phrase) -> bool:
    return any(m.entry is entry and m.phrase is phrase for m in typer.matches(doc, doc[:]))


# Frames whose town only the places stage calls a place (the tagger reads it as a person):
# the whole analysis runs on them, so that the triggers stage sees the places layer.
PLACE_FRAMES = [
    "Ukraine said Russian forces {p} Avdiivka on Monday.",
    "Ukraine said Russian forces {p} of Avdiivka on Monday.",
    "Ukraine said Russian forces {p} into Avdiivka on Monday.",
    "Ukraine said Russian forces {p} near Avdiivka on Monday.",
]


def _analyzed(analyzer, text: str):
    doc = analyzer.nlp(text)
    analyzer.analyze_doc(doc, Article(text=text, published=date(2023, 4, 11)))
    return doc


def test_every_trigger_phrase_is_reachable(analyzer, typer: EventTyper) -> None:
    pending = [(e, p) for e in typer.lexicon.entries for p in e.phrases]
    for frame in FRAMES + PLACE_FRAMES:
        if not pending:
            break
        texts = [frame.format(p=re.sub(r"/[A-Z]+", "", p.text)) for _, p in pending]
        if frame in PLACE_FRAMES:
            docs = (_analyzed(analyzer, text) for text in texts)
        else:
            docs = analyzer.nlp.pipe(texts)
        pending = [
            (e, p)
            for (e, p), doc in zip(pending, docs, strict=True)
            if not _phrase_found(typer, doc, e, p)
        ]
    assert [p.text for _, p in pending] == []


# Holds a place (GPE), a natural feature (LOC), a facility (FAC), a DATE and a TIME for the
# entity cues.
ENTITY_SENTENCE = (
    "Fighters crossed the Euphrates River near Aleppo to Kabul International Airport on 5 May"
    " at 3 pm."
)


CUE_FRAMES = ["Officials saw the {p} there.", "Officials said they {p} there."]


def test_every_cue_phrase_is_reachable(analyzer, typer: EventTyper) -> None:
    pending = [(cues, p) for cues in typer.lexicon.cue_sets.values() for p in cues.phrases]
    for frame in CUE_FRAMES:
        texts = [
            ENTITY_SENTENCE
            if p.first.startswith("@")
            else frame.format(p=re.sub(r"/[A-Z]+", "", p.text))
            for _, p in pending
        ]
        # "@place" holds where the places stage found a place: the whole analysis runs.
        docs = (_analyzed(analyzer, text) for text in texts)
        pending = [
            (cues, p)
            for (cues, p), doc in zip(pending, docs, strict=True)
            if not type(cues)(cues.name, [p.text]).found_in(doc)
        ]
    assert [(cues.name, p.text) for cues, p in pending] == []


def test_the_triggers_stage_reads_the_lexicon_its_resources_parsed(analyzer) -> None:
    # speed itself is measured by `sitrep bench`, not asserted here
    assert analyzer.stage("triggers").lexicon is analyzer.resources.lexicons.events


def test_scores_are_computed_by_hand() -> None:
    figures = case2021.scores(["A", "A", "B", "C"], ["A", "B", "B", "B"])
    assert figures["accuracy"] == 0.5
    assert figures["per_class"]["A"] == {"precision": 1.0, "recall": 0.5, "f1": 0.667, "support": 2}
    assert figures["per_class"]["B"]["precision"] == round(1 / 3, 3)
    assert figures["per_class"]["C"]["f1"] == 0.0
    # weighted F1 = (2 * 2/3 + 1 * 1/2 + 1 * 0) / 4
    assert figures["weighted_f1"] == round((2 * 2 / 3 + 0.5) / 4, 4)


@pytest.mark.shared
def test_case2021_run_on_a_slice(shared: Path) -> None:
    tsv = shared / "benchmarks/event-typing/case2021-task2/test_set_final_release_with_labels.tsv"
    if not tsv.exists():
        pytest.skip("CASE 2021 task 2 file absent")
    figures = case2021.run(tsv, half="odd", limit=25)
    assert figures["snippets"] == 25
    assert 0.0 <= figures["weighted_f1"] <= 1.0 and 0.0 <= figures["accuracy"] <= 1.0
    assert sum(c["support"] for c in figures["per_class"].values()) == 25
    assert set(figures["per_class"]) <= set(case2021.CODES.values())
    assert figures["snippets_per_s"] > 0
    assert figures["weighted_f1"] > 0.3  # far above chance over 25 classes
    # the product is scored; the typer alone is beside it, labelled
    assert figures["scored"] == "product"
    assert 0 <= figures["no_event"] < 25
    assert 0.3 < figures["typer_only"]["weighted_f1"] <= 1.0


def test_the_product_is_the_most_confident_event(analyze) -> None:
    assert case2021.product(analyze("The weather was mild and the markets were calm.")) == (
        case2021.NO_EVENT
    )
    analysis = analyze(
        "Police arrested two men in Nairobi on Monday. On Tuesday, a suicide bomber blew "
        "himself up at a checkpoint in Kisumu, killing six soldiers."
    )
    best = max(analysis.events, key=lambda e: e.confidence)
    assert len(analysis.events) >= 2
    assert case2021.product(analysis) == best.sub_event_type


# The sentence's news told after an incident it names as its occasion ("after the clashes"):
# the occasion neither takes the news in nor outranks it, so the news is what is emitted.
OCCASION_CASES = [
    (
        "Looting/property destruction",
        "Dozens of shops were looted and set on fire in the centre "
        "of Kisumu after the clashes, residents said.",
    ),
    (
        "Looting/property destruction",
        "Militiamen looted the market in Geneina after heavy fighting on Sunday, witnesses said.",
    ),
    (
        "Disrupted weapons use",
        "Troops recovered a cache of weapons and ammunition following a "
        "gunfight with militants in Kupwara on Friday.",
    ),
    (
        "Disrupted weapons use",
        "Police seized 12 rifles and a rocket launcher after a shootout "
        "with gang members in Culiacan on Saturday.",
    ),
    ("Arrests", "Police arrested 40 people in Kano after clashes between rival groups on Friday."),
    (
        "Change to group/activity",
        "The army sent reinforcements to Kidal on Tuesday after "
        "fighting with rebels over the weekend.",
    ),
]


@pytest.mark.parametrize(("sub_event_type", "text"), OCCASION_CASES)
def test_the_news_outranks_its_occasion(analyze, sub_event_type: str, text: str) -> None:
    assert case2021.product(analyze(text, "2024-06-10")) == sub_event_type


# A lede shaped as a headline, with no line break, whose bombers kill "dozens" (the parser may
# read the group's "IS" as a verb), then a body telling only "the blast": the toll verb the
# bombers typed is as sure as they are, so the suicide bombing is what is emitted.
@pytest.mark.parametrize(
    "text",
    [
        "Suspected IS suicide attackers kill scores at Quetta railway station. Passengers wait "
        "outside the station late on Monday following an explosion",
        "Alleged IS suicide bombers kill dozens at a Mogadishu hotel. Guests wait outside the "
        "hotel on Saturday morning after a blast",
    ],
)
def test_a_headline_lede_names_the_bombing(analyze, text: str) -> None:
    assert case2021.product(analyze(text)) == "Suicide bomb"


@pytest.mark.parametrize(
    "text",
    [
        "Troops took 200 civilians from the besieged town to safety on Monday.",
        "Soldiers took the wounded men to hospital in Gao.",
        "Police took six protesters from the square on Monday.",
    ],
)
def test_people_taken_to_safety_or_by_police_are_not_abducted(analyze, text: str) -> None:
    found = {event.sub_event_type for event in analyze(text, "2024-06-10").events}
    assert "Abduction/forced disappearance" not in found


# Typing decided by the arguments or the clause: (sentence, trigger text, expected sub-type).
ARGUMENT_CASES = [
    ("Three people were killed in an air strike on the village.", "killed", "Air/drone strike"),
    ("The strike killed two farmers near the border.", "killed", "Air/drone strike"),
    ("The bodies of five men were found in the town on Monday.", "found", "Attack"),
    ("Aid trucks were blocked by residents near the village.", "blocked", "Peaceful protest"),
    ("Police arrested two men on charges of rioting at the rally.", "arrested", "Arrests"),
    (
        "Protesters supporting a hunger strike by a woman whose son died marched on Monday.",
        "hunger strike",
        "Peaceful protest",
    ),
    ("Another 65 were wounded by live ammunition.", "live ammunition", "Attack"),
    (
        "Students marched before police threw a stun grenade to disperse them.",
        "stun grenade",
        "Protest with intervention",
    ),
    (
        "Protesters planned to gather but were stopped by riot police.",
        "riot police",
        "Protest with intervention",
    ),
]


# Verbs of taking abduct people, take places and seize weapons.
TAKING_CASES = [
    # people armed men take from a place are abducted; rescuers who take them to hospital are not
    (
        "Bandits took 30 people from the village of Gidan Bakuso.",
        "took",
        "Abduction/forced disappearance",
    ),
    (
        "Gunmen took at least 20 passengers from a bus near Gusau on Friday.",
        "took",
        "Abduction/forced disappearance",
    ),
    ("Militiamen took 20 wounded villagers from the camp to hospital.", "took", None),
    (
        "Armed men snatched two foreign engineers from their car.",
        "snatched",
        "Abduction/forced disappearance",
    ),
    (
        "Security agents took away an activist from his home in Harare.",
        "took away",
        "Abduction/forced disappearance",
    ),
    (
        "Militants seized four teachers on the road to the school.",
        "seized",
        "Abduction/forced disappearance",
    ),
    ("Rebels seized the town of Kidal on Monday.", "seized", "Non-state actor overtakes territory"),
    # verbs of catching arrest suspects, and stop weapons
    ("Police intercepted four suspected smugglers at the border post.", "intercepted", "Arrests"),
    ("Officers captured a gang leader at his hideout in Lagos.", "captured", "Arrests"),
    (
        "Air defences intercepted a missile over the capital.",
        "intercepted",
        "Disrupted weapons use",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), TAKING_CASES)
def test_verbs_of_taking_by_what_is_taken(analyzer, typer: EventTyper, text, word, expected):
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get(word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), ARGUMENT_CASES)
def test_typing_by_arguments(analyzer, typer: EventTyper, text: str, word: str, expected: str):
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get(word) == expected


NO_TRIGGER_FOR = [
    ("Tear gas was deployed against the crowd in the square.", "deployed"),
    ("Soldiers blocked the aid convoy near the village.", "blocked"),
    ("Residents set the bodies on fire after the attack.", "set on fire"),
    ("Officials said instructions were given to reinforce the border.", "reinforce"),
    ("They mourned the bridge collapse, a tragedy that killed 16 people.", "killed"),
    # a mine told without what a weapon does is a pit
    ("Workers at a mine in Kolwezi went on strike on Monday over unpaid wages.", "mine"),
    ("Production at the Kamoto mine in Kolwezi resumed on Monday.", "mine"),
    ("Hundreds of workers protested outside the Marikana mine on Tuesday.", "mine"),
    # a participle that says who a crowd is kin or followers of: the arrest is older news
    # people evacuated from a hazard, or by crews no one ordered
    ("The governor ordered the evacuation of coastal areas ahead of the cyclone.", "ordered"),
    (
        "Officials issued evacuation orders for the valley as the wildfire spread.",
        "evacuation orders",
    ),
    # firms that merge are no armed group changing
    ("Two media groups merged on Monday.", "merged"),
    # a party's gathering banned, not the party
    ("Police banned a party rally in the capital on Monday.", "banned"),
    ("Authorities banned all party meetings and marches in the region on Monday.", "banned"),
    ("Relatives of detained activists held a vigil outside the prison in Cairo.", "detained"),
    ("Supporters of the jailed politician rallied outside the court in Tehran.", "jailed"),
    ("Mothers of imprisoned journalists marched in Istanbul on Saturday.", "imprisoned"),
    # a participle that tells what a collapse or a crash did: no one killed anybody
    ("A railway station canopy collapsed in Novi Sad in November, killing 15 people.", "killing"),
    ("A bus crashed near Ibadan on Friday, killing 12 passengers.", "killing"),
    ("A five-storey building collapsed in Nairobi last week, killing eight people.", "killing"),
    ("Despite the November 27 ceasefire, the two sides fought on.", "ceasefire"),
    ("Marchers were stopped by police, who blocked the roads with barricades.", "barricades"),
    ("The army was required to withdraw its troops from the town.", "withdraw"),
    ("He said police had arrived to arrest him at his home.", "arrest"),
    ("They think that after I am arrested, the nation will fall asleep.", "arrested"),
    ("Gunmen attacked the prison, releasing more than 1,300 inmates.", "releasing"),
    ("Fighters took two pickups with anti-aircraft guns.", "anti-aircraft"),
    ("The dead student has become a symbol for protesters.", "protesters"),
    # a place named for the weapons it keeps is no strike by them
    ("Israeli jets bombed a missile base near Damascus on Monday.", "missile"),
    ("Drones struck an artillery depot in Kherson overnight.", "artillery"),
    # a news round-up, not a round-up of people
    ("Sahel round-up: attacks in Burkina Faso, Mali, Niger", "round-up"),
    ("Here is our weekly roundup of the main developments in the war.", "roundup"),
    # a crackdown on no crowd is a policy, neither arrests nor an intervention in a protest
    ("Press freedom groups denounced the junta's crackdown on independent media.", "crackdown on"),
    ("Press freedom groups denounced the junta's crackdown on independent media.", "crackdown"),
    (
        "The minister defended the crackdown on dissent as a matter of national security.",
        "crackdown on",
    ),
]


# Troops or fighters who march move; they do not protest (a march into a place is the
# incursion ``MOVES_IN`` below types).
@pytest.mark.parametrize(
    "text",
    [
        "Troops marched into a village near Bunia on Saturday.",
        "Rebel fighters marched on the provincial capital on Monday.",
    ],
)
def test_forces_that_march_do_not_protest(analyzer, typer: EventTyper, text: str) -> None:
    assert not {t.event_type for t in typer(analyzer.nlp(text))} & {"Protests", "Riots"}


@pytest.mark.parametrize(("text", "word"), NO_TRIGGER_FOR)
def test_words_that_are_no_trigger_here(analyzer, typer: EventTyper, text: str, word: str):
    assert word not in {t.text for t in typer(analyzer.nlp(text))}


# A town's bare name the tagger calls a person, taken or fallen: the places stage says it is
# a place (the whole analysis runs, so that the triggers stage reads the places layer).
BARE_TOWNS_TAKEN = [
    ("Russian forces captured Avdiivka on Saturday, Ukraine's military said.", "captured"),
    ("Avdiivka fell to Russian forces on Saturday, Ukraine's army chief said.", "fell to"),
    ("Wad Madani fell to the Rapid Support Forces on Monday, residents in Sudan said.", "fell to"),
    # the subject of a fall to someone, a name the tagger reads as a person
    ("Kupiansk fell to Russian troops on Wednesday after weeks of shelling.", "fell to"),
]


@pytest.mark.parametrize(("text", "word"), BARE_TOWNS_TAKEN)
def test_a_bare_town_taken_is_territory(analyzer, typer: EventTyper, text: str, word: str):
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get(word) == "Non-state actor overtakes territory"


def test_a_bare_town_entered_is_no_takeover(analyzer) -> None:
    text = "The attack began when gang members entered Petionville, police in Haiti said."
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    assert "Non-state actor overtakes territory" not in {
        t.sub_event_type for t in analysis.triggers
    }


# Forces that move into a place fight their way in: an incursion, a clash.
MOVES_IN = [
    ("Israeli tanks pushed into the southern Gaza city of Rafah on Tuesday.", "pushed"),
    ("The army moved into the Tirah district on Friday after clashes with militants.", "moved"),
    ("Russian forces broke into the outskirts of Chasiv Yar on Thursday.", "broke"),
    ("Rebel fighters swept into the town of Bunia on Monday.", "swept"),
    ("Ukrainian troops crossed into Russia's Kursk region on Tuesday.", "crossed"),
    ("Israeli ground forces pushed deeper into Khan Younis on Monday.", "pushed"),
]


@pytest.mark.parametrize(("text", "word"), MOVES_IN)
def test_forces_moving_into_a_place_clash(analyzer, text: str, word: str) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get(word) == "Armed clash"


# ... and no one else's move in, nor forces moved in by another: no battle.
MOVES_IN_WITHOUT_FIGHT = [
    "The convoy moved into the town of Rafah on Wednesday carrying food.",
    "Civilians poured into the city of Kharkiv on Sunday after fleeing the border villages.",
    "Thousands of refugees crossed into neighbouring Chad on Monday.",
    "Millions of families have been pushed into poverty by the war.",
    "The army moved two battalions into the region on Monday.",
]


@pytest.mark.parametrize("text", MOVES_IN_WITHOUT_FIGHT)
def test_moves_in_without_fighting_forces_are_no_battle(analyzer, text: str) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    assert "Battles" not in {t.event_type for t in analysis.triggers}


# A bare town's name entered by fighting forces is taken (the actor then says by whom).
BARE_TOWNS_ENTERED = [
    "M23 fighters entered Goma on Monday after days of fighting with Congolese troops.",
    "Ethiopian federal forces entered Mekelle on Saturday, the government said.",
    "Syrian rebels entered Aleppo on Friday, a war monitor said.",
    # the object of "entered", a name the tagger reads as a person
    "Russian troops entered Kupiansk on Wednesday, the Russian defence ministry said.",
]


@pytest.mark.parametrize("text", BARE_TOWNS_ENTERED)
def test_a_bare_town_entered_by_forces_is_taken(analyzer, text: str) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get("entered") in {
        "Non-state actor overtakes territory",
        "Government regains territory",
    }


# A town taken with the plain verb is taken; people, shelter or months taken are not.
PLAIN_TAKING = [
    ("Russia said on Sunday it had taken the village of Ocheretyne.", "taken", True),
    ("Tigrayan forces took the town of Alamata on Monday, residents said.", "took", True),
    ("The village was taken by Russian forces on Wednesday.", "taken", True),
    ("The Taliban took Kandahar on Friday, officials said.", "took", True),
    ("Rescuers took the wounded to a hospital in the town of Kramatorsk.", "took", False),
    ("Residents took shelter in the village of Kupiansk after the shelling.", "took", False),
    ("It took Russia months to capture the town of Bakhmut.", "took", False),
]


@pytest.mark.parametrize(("text", "word", "taken"), PLAIN_TAKING)
def test_a_town_taken_with_the_plain_verb(analyzer, text: str, word: str, taken: bool) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    territory = {"Non-state actor overtakes territory", "Government regains territory"}
    assert (types.get(word) in territory) is taken


# Forces closing on a place, winning ground near it or driving its fighters out fight for it.
CLOSING_IN = [
    ("Russian forces encircled the town of Avdiivka on Friday.", "encircled", "Armed clash"),
    ("Sudanese army troops besieged the city of Wad Madani on Monday.", "besieged", "Armed clash"),
    (
        "Ukrainian troops closed in on the town of Bakhmut on Tuesday.",
        "closed in on",
        "Armed clash",
    ),
    ("Fighters laid siege to the town of Kidal on Saturday.", "laid siege", "Armed clash"),
    ("Russian troops gained ground near the town of Chasiv Yar.", "gained ground", "Armed clash"),
    ("The army made gains around the town of Kalehe on Friday.", "made gains", "Armed clash"),
    ("Russian troops advanced near the village of Vovchansk.", "advanced", "Armed clash"),
    (
        "The Nigerian army dislodged Boko Haram fighters from the town of Marte on Sunday.",
        "dislodged",
        "Government regains territory",
    ),
    (
        "Troops routed al-Shabaab militants from the village of Bulo Marer on Monday.",
        "routed",
        "Government regains territory",
    ),
    # police or crowds that surround a building, a party winning votes: no fight for ground
    ("Police surrounded the parliament building in Nairobi on Tuesday.", "surrounded", None),
    ("Protesters surrounded the town hall in Port-au-Prince on Monday.", "surrounded", None),
    ("The opposition party gained ground in the capital in the elections.", "gained ground", None),
    ("Rebel fighters advanced in the area on Monday.", "advanced", None),
]


# ... a bare town's name, which only the places stage knows for one
CLOSING_IN_ON_A_NAME = [
    (
        "M23 rebels besieged Sake on Thursday, cutting off the main road to Goma.",
        "besieged",
        "Armed clash",
    ),
    ("RSF fighters encircled El Fasher on Monday.", "encircled", "Armed clash"),
    ("Jihadists besieged Djibo on Monday, residents said.", "besieged", "Armed clash"),
    ("Hundreds of protesters surrounded Parliament in Nairobi on Tuesday.", "surrounded", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), CLOSING_IN_ON_A_NAME)
def test_forces_closing_on_a_named_town(analyzer, text: str, word: str, expected) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get(word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), CLOSING_IN)
def test_forces_closing_on_a_place(analyzer, typer: EventTyper, text, word, expected) -> None:
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get(word) == expected


# The taking named by its noun: a takeover, a seizure, a liberation, a fall of a place.
NAMED_TAKINGS = [
    (
        "The takeover of the town of Kalehe by M23 rebels on Thursday sent thousands fleeing.",
        "takeover",
    ),
    (
        "The Houthis' seizure of the district of Harib on Monday followed weeks of fighting.",
        "seizure",
    ),
    (
        "The army announced the liberation of the town of Bama from Boko Haram on Sunday.",
        "liberation",
    ),
    ("Ukraine confirmed the fall of the village of Krasnohorivka on Tuesday.", "fall"),
]


@pytest.mark.parametrize(("text", "word"), NAMED_TAKINGS)
def test_a_taking_named_by_its_noun(analyzer, text: str, word: str) -> None:
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get(word) in {
        "Non-state actor overtakes territory",
        "Government regains territory",
    }


# ... but not a fall in prices or from a roof, nor a seizure of weapons.
@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply after the fall of the currency on Monday.",
        "A worker died after a fall from the roof of a building in the town on Monday.",
        "Police announced the seizure of 20 rifles in the town on Monday.",
    ],
)
def test_other_falls_and_seizures_take_no_place(analyzer, typer: EventTyper, text) -> None:
    types = {t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert not types & {"Non-state actor overtakes territory", "Government regains territory"}


# "was overrun by ..." read as a noun after "was": still a passive whose subject was taken.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town of Mansila was overrun by JNIM fighters on Thursday, residents said.",
            "Non-state actor overtakes territory",
        ),
        ("The army post near Djibo was overrun by jihadists on Sunday.", "Armed clash"),
    ],
)
def test_overrun_read_as_a_noun_keeps_its_subject(analyzer, typer, text, expected) -> None:
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get("overrun") == expected


def test_forces_advancing_near_a_bare_town_clash(analyzer) -> None:
    text = "Russian forces have advanced near Pokrovsk, Ukraine's military said on Tuesday."
    doc = analyzer.nlp(text)
    analysis = analyzer.analyze_doc(doc, Article(text=text, published=date(2024, 5, 14)))
    types = {t.text: t.sub_event_type for t in analysis.triggers}
    assert types.get("advanced") == "Armed clash"


def test_a_captured_base_is_no_territory(analyzer, typer: EventTyper) -> None:
    text = "Militants killed ten soldiers and captured a military base near the town."
    types = {t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert "Armed clash" in types
    assert not types & {"Non-state actor overtakes territory", "Government regains territory"}


def test_lethal_means_in_a_protest_article_are_force_against_protesters(analyzer, typer) -> None:
    text = (
        "Thousands of protesters marched through the capital on Sunday. "
        "The demonstration continued into the evening. "
        "Another 65 were wounded by live ammunition."
    )
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types["live ammunition"] == "Excessive force against protesters"


# Ongoing operations of armed forces in named areas are battles there, at a low confidence.
ONGOING_OPERATIONS = [
    ("Russian troops continued offensive operations in the Kupiansk sector.", "operations"),
    (
        "Ukrainian forces are conducting operations on the southern axis near Robotyne.",
        "operations",
    ),
    ("Operations on the Lyman front intensified as Ukrainian units moved east.", "Operations"),
    (
        "The Wagner mercenaries sacrificed huge numbers of men to the siege of Soledar.",
        "sacrificed",
    ),
    ("Sudanese army units poured reinforcements into the battle for Omdurman.", "poured"),
    (
        "The army is expending vast amounts of ammunition for minimal gains near Vuhledar.",
        "expending",
    ),
    ("Israeli troops pushed toward the centre of Khan Younis on Friday.", "pushed"),
    ("Rebel fighters advanced on the town of Goma despite heavy losses.", "advanced"),
    ("Russian forces pressed on toward the town of Avdiivka on Sunday.", "pressed on"),
]


@pytest.mark.parametrize(("text", "word"), ONGOING_OPERATIONS)
def test_ongoing_operations_are_low_confidence_clashes(analyzer, typer, text: str, word: str):
    found = {t.text: t for t in typer(analyzer.nlp(text))}
    assert word in found, sorted(found)
    assert found[word].sub_event_type == "Armed clash"
    assert found[word].confidence < 0.5


# The same words without forces at war, or planned, negated, to come or assessed.
NO_OPERATIONS = [
    "Rescue operations in the Kharkiv direction continued overnight.",
    "The company expanded its operations in the energy sector of Kenya.",
    "The government poured resources into schools in Nairobi.",
    "Analysts said the town has little strategic value.",
    "Russia plans to launch operations in the Zaporizhzhia sector next month.",
    "Ukrainian troops did not advance toward Bakhmut.",
    "The army will push toward Kherson in the spring.",
    "The army aims to expend more resources on the Donetsk front.",
    "Prices advanced on the stock market in London.",
    "Campaigners pushed toward a vote in the capital.",
]


@pytest.mark.parametrize("text", NO_OPERATIONS)
def test_no_operations_without_forces_at_war(analyzer, typer: EventTyper, text: str) -> None:
    assert typer(analyzer.nlp(text)) == []


# A deal is an ACLED agreement only between the sides of a conflict.
AGREEMENTS = [
    ("Negotiators for the government and the rebel movement signed an agreement on Tuesday.", True),
    ("Militia leaders and army commanders reached a deal on Friday, the mediators said.", True),
    ("The airline agreed a deal with the pilots' union over pay on Monday.", False),
    ("The county signed an agreement with a private firm to run the old jail.", False),
    ("Trade talks between the two neighbours resumed in the capital on Wednesday.", False),
    ("The government agreed to buy 12 fighter jets from a European maker.", False),
    # ... and one that failed, or that one side broke, is no new agreement
    ("A ceasefire brokered by Qatar between the army and the rebels collapsed last week.", False),
    ("Peace talks between the government and the rebels broke down in March.", False),
    ("Talks between the junta and the rebels stalled after the army shelled a village.", False),
    ("The peace deal signed by the government and the rebels has unravelled.", False),
    ("Rebels violated the ceasefire with the army on Monday, the mediators said.", False),
    ("The junta has revoked its military cooperation agreements with the former rulers.", False),
    ("The military government terminated the peace agreement with the rebels on Thursday.", False),
    ("A truce reached by the army and the rebels held for a second day.", True),
    ("The army and the rebels agreed a truce on Sunday, ending weeks of fighting.", True),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_agreements_are_between_the_sides_of_a_conflict(
    analyzer, typer: EventTyper, text: str, expected: bool
) -> None:
    found = [t for t in typer(analyzer.nlp(text)) if t.sub_event_type == "Agreement"]
    assert bool(found) == expected


# "..., residents said, ...": the tellers put inside a sentence are no crowd of its clashes
@pytest.mark.parametrize(
    "text",
    [
        "The army and the RSF clashed in El Fasher on Monday, residents said, and warplanes "
        "bombed positions east of the city.",
        "The army and Fano clashed in Gondar on Sunday, residents said, and drones struck the "
        "outskirts of the city.",
        "The military and the Arakan Army clashed in Sittwe on Monday, residents said, and jets "
        "bombed a village nearby.",
    ],
)
def test_tellers_inside_the_sentence_do_not_make_a_riot(
    analyzer, typer: EventTyper, text: str
) -> None:
    found = {t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert "Armed clash" in found and "Violent demonstration" not in found


# Deployments, withdrawals and recruitment are ACLED's only when an armed body makes them.
MOVES = [
    ("Russia withdrew its troops from the town on Friday.", True),
    ("The rebels recruited hundreds of young men in the north, residents said.", True),
    ("The airbags deployed when the driver lost control of the car.", False),
    ("The parents withdrew their lawsuit against the hospital on Friday.", False),
    ("The firm recruited 300 engineers last year.", False),
    # ... and forces sent to answer an incident do not change their activity
    ("Security forces had been deployed to rescue the victims, he said.", False),
    ("Troops were deployed to the area to hunt down the attackers, the governor said.", False),
    ("Police have been deployed to restore calm in the town.", False),
    ("The army deployed 2,000 troops to the northern town on Monday ahead of the handover.", True),
    # ... nor forces sent to the place the text points back at
    (
        "A joint team of police and soldiers has been deployed to the area, the spokesman said.",
        False,
    ),
    ("More soldiers were dispatched to the scene after the ambush, officials said.", False),
    ("Additional troops were deployed to the town of Kidal on Tuesday.", True),
    # ... nor forces sent in answer to the incident told
    ("The government deployed soldiers to the town after the attack.", False),
    ("Authorities deployed more police officers to the district following the killings.", False),
    ("Russia deployed additional troops to Belarus after the exercises.", True),
    # ... nor forces sent to end the fighting told
    ("The government deployed troops to separate the sides, a police spokesman said.", False),
    ("Soldiers were deployed to separate the rival groups, the army said.", False),
    ("The army sent troops to stop the fighting, officials said.", False),
    ("Police were deployed to prevent further violence, the governor said.", False),
    # ... and "to" the area, which the parser may call a dative
    ("The army said it had sent reinforcements to the area.", False),
    ("Kenya sent more troops to the area, the ministry said.", False),
]


@pytest.mark.parametrize(("text", "expected"), MOVES)
def test_moves_are_an_armed_body_s(analyzer, typer: EventTyper, text: str, expected: bool) -> None:
    found = [t for t in typer(analyzer.nlp(text)) if t.sub_event_type == "Change to group/activity"]
    assert bool(found) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "One missile hit an apartment block in Dnipro on Saturday, killing five people. "
            "Another struck a warehouse in Kharkiv, killing four.",
            "struck",
        ),
        (
            "A first rocket landed in a field near Sderot on Monday, police said. A second "
            "struck a house in Beersheba, wounding three people.",
            "struck",
        ),
    ],
)
def test_another_strike_takes_its_weapon_from_the_sentence_before(
    analyzer, typer: EventTyper, text: str, verb: str
) -> None:
    """ "Another struck ...": the weapon is the subject of the sentence before."""
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get(verb) == "Shelling/artillery/missile attack", types


def test_another_with_its_own_noun_takes_nothing_from_before(analyzer, typer) -> None:
    text = "One missile hit a school in Sumy. Another man struck a guard at the gate."
    types = {t.text: t.sub_event_type for t in typer(analyzer.nlp(text))}
    assert types.get("struck") != "Shelling/artillery/missile attack", types


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began on October 7, more than 36,000 Palestinians have been killed in "
        "Gaza, according to the health ministry.",
        "Since the army seized power on July 26, more than 900 civilians have been killed in "
        "the north of the country.",
    ],
)
def test_a_count_since_a_dated_start_is_no_incident(analyzer, typer: EventTyper, text: str):
    """The day a count starts from ("since the war began on October 7") is no incident's day."""
    assert typer(analyzer.nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces have arrested more than 7,000 Palestinians in raids across the West "
        "Bank since October 7, the prisoners' society said.",
        "Security forces have detained over 1,000 people in raids across the country this year.",
        "Police have arrested hundreds of gang members in a series of raids over the past months.",
    ],
)
def test_sweeps_summed_over_a_period_are_no_incident(analyzer, typer: EventTyper, text: str):
    """A sweep is one operation, but sweeps counted since a day or over a year are a sum."""
    assert typer(analyzer.nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Gunmen killed two traders in Maiduguri on Sunday as residents flooded the market.",
            "killed",
        ),
        (
            "Police shot dead a man in Nairobi on Monday as thousands of mourners flooded the "
            "streets.",
            "shot dead",
        ),
        (
            "Troops killed three protesters as crowds stormed the regional assembly in Bamenda "
            "on Friday.",
            "killed",
        ),
        ("Five people were killed when floods swept through villages near Kano on Monday.", None),
        ("A storm killed three people in Dhaka on Monday.", None),
    ],
)
def test_crowds_that_flood_or_storm_are_no_disaster(analyzer, typer, text: str, word: str | None):
    """A flood or a storm kills by accident; crowds that flood the streets or storm a building
    leave a killing beside them an incident."""
    found = [t.text for t in typer(analyzer.nlp(text))]
    assert (word in found) if word else found == []


@pytest.mark.parametrize(
    "text",
    [
        "Traders held a peaceful rally in Kano on Monday after the arrest of two local vigilantes.",
        "Hundreds of traders staged a protest in Kano on Monday after the arrest of their leader.",
        "Villagers marched to the district office on Friday following the detention of a chief.",
    ],
)
def test_a_protest_after_an_arrest_is_peaceful(analyzer, typer: EventTyper, text: str) -> None:
    """The arrest a crowd protests came before it: no intervention, and the vigilantes
    arrested are people, no mob."""
    found = typer.explain(analyzer.nlp(text))
    types = {e.trigger.sub_event_type for e in found}
    assert "Peaceful protest" in types
    assert not types & {"Protest with intervention", "Mob violence"}, types


# Forces that push back those who attacked them repel an attack: no ground is taken back
REPELLED = [
    ("Reinforcements arrived by helicopter at dawn and pushed back the attackers.", False),
    ("Troops pushed back the assailants after a two-hour gunfight near the town.", False),
    ("Soldiers drove militants out of the town on Sunday, the army said.", True),
    ("Troops pushed back rebel fighters from three villages on Sunday.", True),
]


@pytest.mark.parametrize(("text", "regained"), REPELLED)
def test_an_attack_pushed_back_is_no_ground_regained(
    analyzer, typer: EventTyper, text: str, regained: bool
) -> None:
    found = typer(analyzer.nlp(text))
    assert any(t.sub_event_type == "Government regains territory" for t in found) == regained


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had killed 45 fighters and detained 300 suspects in the district since "
        "the operation began.",
        "Police have shot dead 30 protesters and arrested 2,000 since the unrest began.",
    ],
)
def test_a_count_since_told_once_for_two_verbs_is_no_arrest(analyzer, typer, text: str) -> None:
    """ "Had killed 45 and detained 300 since ...": the second verb shares the perfect and the
    "since" of the first, a count over the span, not one arrest."""
    assert "Arrests" not in {t.sub_event_type for t in typer(analyzer.nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in the town killed five people on Monday.",
        "Shelling in the area has killed 12 since Monday.",
        "Rebels have since seized the town.",
        "The attack on the market killed five people.",
        "An attack on a market was reported on Sunday.",
        "Rebels entered the town of Mweso on Friday.",
        "Fighting has erupted in the town of Sake, residents said.",
        "Clashes forced hundreds of people to flee the village on Sunday.",
        "Protests began in Nairobi on Tuesday morning.",
        "The clashes erupted on Sunday after a dispute over land.",
    ],
)
def test_incidents_beside_counts_and_ranks_stay(analyzer, typer: EventTyper, text: str) -> None:
    assert typer(analyzer.nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mediators have stepped up efforts to secure a ceasefire in Gaza.",
        "Qatar and Egypt are leading efforts to broker a truce between Israel and Hamas.",
    ],
)
def test_a_truce_still_sought_is_no_agreement(analyzer, typer: EventTyper, text: str) -> None:
    assert "Agreement" not in {t.sub_event_type for t in typer(analyzer.nlp(text))}
