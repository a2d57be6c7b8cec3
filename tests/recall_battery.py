# ruff: noqa: E501 -- whole sentences read better than strings cut in pieces
"""Sentences written for the recall tests of the events stage (none from any benchmark).

``INCIDENTS``: one incident each, as news tells it, in many wordings of ACLED's sub-types;
``NON_INCIDENTS``: plans, threats, denials, aggregates, background and figures of speech that
tell none; ``SEVERAL``: mini-articles telling several incidents, with how many each tells.
All are read as published on Tuesday 2023-04-11."""

from __future__ import annotations

INCIDENTS: list[tuple[str, str]] = [
    (
        "Armed clash",
        "Soldiers and rebels clashed on Monday near the town of Kalemie, leaving five fighters dead, the army said.",
    ),
    (
        "Armed clash",
        "Fighting has been raging in Goma since Sunday between the army and M23 rebels, residents said.",
    ),
    (
        "Armed clash",
        "Heavy fighting broke out on Saturday in the outskirts of Kidal between government troops and separatists.",
    ),
    (
        "Armed clash",
        "Three soldiers were killed when gunmen ambushed a military convoy near Mopti on Sunday.",
    ),
    (
        "Armed clash",
        "An ambush on an army patrol near Djibo killed seven soldiers on Monday, security sources said.",
    ),
    (
        "Armed clash",
        "The death toll from clashes between the army and militants in Marawi has risen to 21, officials said on Monday.",
    ),
    (
        "Armed clash",
        "Troops exchanged fire with insurgents for two hours in Mandera on Sunday, police said.",
    ),
    (
        "Armed clash",
        "Police officers stormed a militant hideout in Peshawar on Monday, killing four militants in a gunfight.",
    ),
    (
        "Armed clash",
        "Gun battles between rival militias continued for a second day in Tripoli on Monday.",
    ),
    (
        "Armed clash",
        "Clashes erupted overnight in Kirkuk between Kurdish fighters and Iraqi forces, leaving two dead.",
    ),
    (
        "Armed clash",
        "Militants attacked a police checkpoint in Quetta on Sunday night; two policemen and three attackers died in the exchange of fire.",
    ),
    (
        "Armed clash",
        "Five insurgents were killed in an encounter with security forces in Sukma district on Monday, police said.",
    ),
    (
        "Armed clash",
        "Jihadists attacked an army base in Menaka on Sunday, sparking a firefight that lasted several hours.",
    ),
    (
        "Armed clash",
        "The army said it repelled an attack by al-Shabaab fighters on its base in Baidoa on Monday, killing 12 of the attackers.",
    ),
    (
        "Armed clash",
        "Intense fighting between the two factions has been ongoing in Juba since Saturday, witnesses said.",
    ),
    (
        "Armed clash",
        "Armed men raided a military post in Tillaberi on Sunday, killing four soldiers before fleeing.",
    ),
    (
        "Armed clash",
        "Rebels and pro-government militias fought for control of the road near Bambari on Monday.",
    ),
    (
        "Armed clash",
        "Skirmishes between the army and rebel fighters were reported on Monday in the hills around Bunia.",
    ),
    (
        "Armed clash",
        "Two soldiers died on Sunday when their unit came under fire from insurgents near Gao.",
    ),
    (
        "Armed clash",
        "Gunmen opened fire on a police station in Zamboanga on Monday, wounding two officers, who returned fire.",
    ),
    (
        "Government regains territory",
        "Government forces recaptured the town of Mafia on Sunday after two days of fighting, the army said.",
    ),
    (
        "Government regains territory",
        "The army said on Monday it had retaken control of Kidal from separatist rebels.",
    ),
    (
        "Government regains territory",
        "Ukrainian troops liberated the village of Klishchiivka on Sunday, the defence ministry said.",
    ),
    (
        "Government regains territory",
        "Troops regained control of Bunagana on Monday, a week after rebels seized it.",
    ),
    (
        "Government regains territory",
        "The town of Moura was returned to government control on Sunday after a military operation.",
    ),
    (
        "Government regains territory",
        "Security forces drove the militants out of Palma on Monday and retook the town.",
    ),
    (
        "Non-state actor overtakes territory",
        "Rebels seized control of the town of Rutshuru on Sunday after the army withdrew.",
    ),
    (
        "Non-state actor overtakes territory",
        "Insurgents overran an army base in Tessalit on Monday, forcing soldiers to flee.",
    ),
    (
        "Non-state actor overtakes territory",
        "The town of Bunagana fell to M23 rebels on Monday, residents said.",
    ),
    (
        "Non-state actor overtakes territory",
        "Militants captured the district headquarters in Kunduz on Sunday after heavy fighting.",
    ),
    (
        "Non-state actor overtakes territory",
        "Fighters of the armed group took over the town of Mocimboa da Praia on Monday.",
    ),
    (
        "Non-state actor overtakes territory",
        "The militia claimed on Monday that it had captured Mongo after clashes with the army.",
    ),
    (
        "Air/drone strike",
        "An airstrike hit a market in Saada on Monday, killing 12 people, medics said.",
    ),
    (
        "Air/drone strike",
        "Warplanes bombed rebel positions near Idlib on Sunday, a monitoring group said.",
    ),
    (
        "Air/drone strike",
        "A drone strike killed three militants in a car near Mogadishu on Monday.",
    ),
    (
        "Air/drone strike",
        "Two children were killed in an air raid on the village of Sarmin on Monday, rescuers said.",
    ),
    (
        "Air/drone strike",
        "Russian drones struck an energy facility in Odesa overnight, the governor said on Monday.",
    ),
    (
        "Air/drone strike",
        "Military aircraft dropped bombs on Sagaing on Sunday, killing at least nine villagers.",
    ),
    (
        "Air/drone strike",
        "A Turkish drone targeted a vehicle in Qamishli on Monday, killing two fighters.",
    ),
    (
        "Air/drone strike",
        "Israeli jets struck a building in Rafah on Monday, the health ministry said.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Russian shelling killed two civilians in Kherson on Monday, the regional governor said.",
    ),
    (
        "Shelling/artillery/missile attack",
        "A missile hit an apartment block in Dnipro on Sunday, killing 14 people.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Rebels fired rockets at the airport in Aden on Monday, damaging a terminal.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Mortar rounds landed on a school in Khartoum on Sunday, killing three pupils.",
    ),
    (
        "Shelling/artillery/missile attack",
        "The village of Nikopol came under artillery fire overnight, officials said on Monday.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Two people were wounded in the shelling of Donetsk on Monday, local officials said.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Forces loyal to the government pounded rebel-held Taiz with artillery on Sunday.",
    ),
    (
        "Shelling/artillery/missile attack",
        "A rocket attack on the Green Zone in Baghdad on Monday caused no casualties, police said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb killed four soldiers in Kandahar on Monday, officials said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Three civilians died when their car hit a landmine near Gao on Sunday.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A bomb planted in a motorcycle exploded in a market in Maiduguri on Monday, killing five.",
    ),
    (
        "Remote explosive/landmine/IED",
        "An improvised explosive device went off near a police vehicle in Peshawar on Sunday, wounding three officers.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A car bomb exploded outside a hotel in Mogadishu on Monday, police said.",
    ),
    (
        "Remote explosive/landmine/IED",
        "A blast ripped through a bus station in Quetta on Sunday, killing six people.",
    ),
    (
        "Remote explosive/landmine/IED",
        "Two children were killed on Monday by an unexploded shell they found in a field near Kharkiv.",
    ),
    (
        "Grenade",
        "Unknown attackers hurled a grenade into a bar in Bujumbura on Sunday, wounding eight people.",
    ),
    (
        "Grenade",
        "A grenade was thrown at a police post in Srinagar on Monday, injuring two officers.",
    ),
    ("Grenade", "Two people were hurt in a grenade attack on a shop in Mogadishu on Sunday."),
    (
        "Suicide bomb",
        "A suicide bomber blew himself up at a mosque in Peshawar on Monday, killing 30 worshippers.",
    ),
    (
        "Suicide bomb",
        "A suicide car bombing targeted an army base in Mogadishu on Sunday, killing nine soldiers.",
    ),
    (
        "Suicide bomb",
        "Two female suicide bombers detonated their explosives in a market in Maiduguri on Monday.",
    ),
    ("Attack", "Gunmen killed 12 villagers in Zamfara state on Sunday, police said."),
    (
        "Attack",
        "Armed men executed seven farmers in a village near Djibo on Monday, residents said.",
    ),
    (
        "Attack",
        "The bodies of five men with gunshot wounds were found on Monday in a ditch outside Culiacan.",
    ),
    (
        "Attack",
        "Four civilians were found dead on Sunday in Bucha, their hands tied, local officials said.",
    ),
    (
        "Attack",
        "Militants summarily executed nine men in a village of Cabo Delgado on Sunday, witnesses said.",
    ),
    ("Attack", "The killing of a journalist in Guerrero on Monday sparked outrage."),
    (
        "Attack",
        "Suspected herders attacked the village of Mangu on Sunday night, killing 20 residents and burning homes.",
    ),
    ("Attack", "Unknown gunmen shot dead a local chief in Beni on Monday, his family said."),
    ("Attack", "Assailants hacked to death six people in a village near Beni on Sunday."),
    (
        "Attack",
        "Militiamen massacred at least 30 civilians in Djugu on Monday, a local official said.",
    ),
    ("Attack", "A teacher was stabbed to death by an armed gang in Port-au-Prince on Sunday."),
    (
        "Attack",
        "The death toll from an attack on a village in Plateau state has risen to 40, officials said on Monday.",
    ),
    (
        "Attack",
        "Jihadists beheaded three villagers in Cabo Delgado province on Sunday, local sources said.",
    ),
    (
        "Attack",
        "Gunmen on motorbikes opened fire on worshippers in a church in Owo on Sunday, killing 22.",
    ),
    ("Attack", "Soldiers shot dead two farmers in Mandalay region on Monday, residents said."),
    (
        "Attack",
        "Two aid workers were killed on Sunday when gunmen attacked their convoy in Darfur.",
    ),
    (
        "Attack",
        "Suspected militants torched homes and killed seven people in a village in Ituri on Monday.",
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen kidnapped 30 students from a school in Kaduna on Monday, police said.",
    ),
    (
        "Abduction/forced disappearance",
        "Bandits abducted a priest in Enugu on Sunday, the diocese said.",
    ),
    (
        "Abduction/forced disappearance",
        "Armed men seized four aid workers on the road to Kidal on Monday.",
    ),
    (
        "Abduction/forced disappearance",
        "More than 20 passengers were taken hostage by gunmen on the Abuja-Kaduna road on Sunday.",
    ),
    (
        "Abduction/forced disappearance",
        "The abduction of 15 women in Zamfara on Monday was confirmed by police.",
    ),
    (
        "Sexual violence",
        "Soldiers raped three women in a village near Bunia on Sunday, a rights group said.",
    ),
    (
        "Sexual violence",
        "Two girls were sexually assaulted by armed men in Tigray on Monday, a health worker said.",
    ),
    ("Mob violence", "A mob lynched a suspected thief in Kano on Monday, police said."),
    (
        "Mob violence",
        "Rival groups fought with machetes and stones in Nakuru on Sunday, leaving three dead.",
    ),
    (
        "Mob violence",
        "Angry villagers set fire to a police station in Mubi on Monday after a suspect died in custody.",
    ),
    ("Mob violence", "Youths attacked shops owned by migrants in Durban on Sunday, police said."),
    (
        "Violent demonstration",
        "Protesters threw stones at police and burned tyres in Nairobi on Monday.",
    ),
    (
        "Violent demonstration",
        "Demonstrators set fire to the governor's office in Port Harcourt on Sunday during a protest over fuel prices.",
    ),
    (
        "Violent demonstration",
        "Rioters looted shops and torched cars in Dakar on Monday after the opposition leader was sentenced.",
    ),
    (
        "Violent demonstration",
        "Protesters clashed with riot police in Lahore on Monday, hurling petrol bombs.",
    ),
    (
        "Excessive force against protesters",
        "Security forces opened fire on protesters in Mandalay on Sunday, killing six.",
    ),
    (
        "Excessive force against protesters",
        "Police shot dead two demonstrators at a rally in Khartoum on Monday, medics said.",
    ),
    (
        "Excessive force against protesters",
        "Three protesters were killed when soldiers fired live rounds at a march in Conakry on Monday.",
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse hundreds of protesters in Nairobi on Monday.",
    ),
    (
        "Protest with intervention",
        "Riot police broke up a demonstration by teachers in Harare on Sunday and arrested 12 people.",
    ),
    (
        "Protest with intervention",
        "Security forces used water cannon against students marching in Dhaka on Monday.",
    ),
    (
        "Peaceful protest",
        "Thousands of people marched through Tbilisi on Sunday against the new law.",
    ),
    (
        "Peaceful protest",
        "Workers staged a sit-in outside parliament in Colombo on Monday to demand higher wages.",
    ),
    (
        "Peaceful protest",
        "Hundreds rallied in Lagos on Monday to protest against police brutality.",
    ),
    (
        "Peaceful protest",
        "Residents blocked the main road in Kisumu on Sunday in a protest over water shortages.",
    ),
    ("Peaceful protest", "Farmers held a demonstration in Amritsar on Monday over crop prices."),
    (
        "Peaceful protest",
        "A protest against the junta took place in Bamako on Sunday without incident.",
    ),
    ("Arrests", "Police arrested 15 opposition supporters in Kampala on Monday."),
    (
        "Arrests",
        "Security forces detained a prominent journalist at his home in Addis Ababa on Sunday.",
    ),
    ("Arrests", "Two activists were taken into custody in Minsk on Monday, a rights group said."),
    (
        "Arrests",
        "Soldiers rounded up dozens of young men in a raid on a neighbourhood of Bamako on Sunday.",
    ),
    (
        "Looting/property destruction",
        "Armed men looted a health centre in Bambari on Monday, aid workers said.",
    ),
    (
        "Looting/property destruction",
        "Militiamen burned down 50 houses in a village near Bunia on Sunday, residents said.",
    ),
    (
        "Looting/property destruction",
        "Gunmen torched a school in Kumba on Monday, the regional governor said.",
    ),
    (
        "Looting/property destruction",
        "Unknown people vandalised a mosque in Bradford on Sunday night.",
    ),
    (
        "Disrupted weapons use",
        "Air defences shot down 12 drones over Kyiv on Monday, the military said.",
    ),
    ("Disrupted weapons use", "Police defused a bomb planted near a bridge in Mosul on Sunday."),
    (
        "Disrupted weapons use",
        "Troops seized a cache of weapons and explosives in a raid in Maiduguri on Monday.",
    ),
    (
        "Disrupted weapons use",
        "A missile fired at Riyadh was intercepted on Sunday, the coalition said.",
    ),
    (
        "Headquarters or base established",
        "The rebels set up a new base in the hills above Bunia on Sunday, residents said.",
    ),
    (
        "Headquarters or base established",
        "Wagner fighters established a camp at the airport of Timbuktu on Monday.",
    ),
    ("Agreement", "The army and the rebels signed a ceasefire agreement in Nairobi on Monday."),
    ("Agreement", "The two militias agreed on Sunday in Tripoli to exchange prisoners."),
    ("Agreement", "Both sides released 40 prisoners each in an exchange in Aden on Monday."),
    (
        "Non-violent transfer of territory",
        "Government troops withdrew from the town of Kidal on Sunday, handing it over to the separatists without a fight.",
    ),
    (
        "Non-violent transfer of territory",
        "The militia handed control of the border crossing at Rafah to the army on Monday.",
    ),
    (
        "Attack",
        "Twelve civilians killed in attack on village in Burkina Faso's north, officials say.",
    ),
    ("Armed clash", "Nigerian troops kill 15 insurgents in clash near Bama."),
    ("Air/drone strike", "Drone strike kills four in Marib."),
    (
        "Attack",
        "The toll of Sunday's massacre in Ituri rose to 35 on Monday, a local official said.",
    ),
    (
        "Attack",
        "Nine people were shot dead in a village in Katsina state on Sunday by suspected bandits.",
    ),
    (
        "Armed clash",
        "The town of Ménaka was attacked by jihadist fighters on Sunday and the army repelled them after hours of fighting.",
    ),
    (
        "Armed clash",
        "Rebels launched an assault on army positions near Sake on Monday, the army said.",
    ),
    ("Attack", "Gunmen stormed a village in Benue state on Sunday night and killed 17 people."),
    (
        "Armed clash",
        "Officers stormed a gang stronghold in the Cite Soleil district of Port-au-Prince on Monday, killing five gang members.",
    ),
    (
        "Attack",
        "A woman and her two children were killed on Monday when gunmen sprayed their house with bullets in Cucuta.",
    ),
    (
        "Remote explosive/landmine/IED",
        "An explosion at a checkpoint in Kabul on Monday killed two guards.",
    ),
    (
        "Attack",
        "The execution of six prisoners by the militia in Sirte on Sunday was condemned by the UN.",
    ),
    (
        "Attack",
        "Residents found the bodies of eight men on Monday in a forest near Beni, a day after an attack by ADF rebels.",
    ),
    (
        "Armed clash",
        "Fierce clashes have been going on since Saturday in Omdurman between the army and the RSF, witnesses said.",
    ),
    (
        "Armed clash",
        "At least 40 people have been killed in fighting in El Geneina since Sunday, doctors said on Monday.",
    ),
    (
        "Shelling/artillery/missile attack",
        "Shells fell on residential areas of Khartoum on Monday, killing five civilians.",
    ),
    (
        "Attack",
        "Gunmen attacked a bus carrying pilgrims near Jammu on Sunday, killing nine passengers.",
    ),
    (
        "Armed clash",
        "Soldiers killed six militants on Monday when the insurgents attacked a checkpoint in North Waziristan.",
    ),
    ("Attack", "Two brothers were gunned down in front of their home in Tumaco on Sunday."),
    (
        "Air/drone strike",
        "The strike on the hospital in Sanaa on Monday killed four staff members.",
    ),
    ("Attack", "On Sunday, unidentified men killed a village chief and his son in Kasai."),
    (
        "Mob violence",
        "Two people died on Monday when villagers clashed with herders over grazing land near Jos.",
    ),
    (
        "Arrests",
        "Police said on Monday they had arrested three suspects in connection with the bombing in Kano.",
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen on Sunday abducted a village head and six of his relatives in Katsina state.",
    ),
    (
        "Attack",
        "A young man was beaten to death by soldiers at a checkpoint in Yangon on Monday, his family said.",
    ),
    (
        "Armed clash",
        "Rebels attacked the town of Beni on Sunday and were pushed back by the army after a gunfight.",
    ),
    (
        "Air/drone strike",
        "The air force bombed a rebel camp in Kachin state on Monday, killing eight fighters.",
    ),
    (
        "Attack",
        "Seven people were killed on Monday in an attack by armed men on a village in Mopti region.",
    ),
    (
        "Looting/property destruction",
        "Armed men set fire to the village market in Kumba on Sunday.",
    ),
    (
        "Attack",
        "Three men were found dead with gunshot wounds on a road outside Tijuana on Monday, police said.",
    ),
    ("Attack", "The bodies of two blindfolded men were found dead near Tumaco on Sunday."),
    (
        "Excessive force against protesters",
        "Soldiers fired on a crowd of villagers in Mandalay on Monday, killing three.",
    ),
    (
        "Armed clash",
        "Police fired on the car at a checkpoint in Kisumu on Sunday, wounding the driver.",
    ),
    (
        "Attack",
        "Two farmers were found dead near Kasese on Monday, handcuffed and dumped by a river.",
    ),
    (
        "Peaceful protest",
        "On Saturday, hundreds of residents gathered in Maiduguri to protest against the killings.",
    ),
    (
        "Peaceful protest",
        "Farmers assembled outside the parliament in Nairobi on Monday to demonstrate against the tax.",
    ),
    ("Attack", "Several people were killed in Kaduna on Sunday when gunmen attacked a market."),
    (
        "Non-state actor overtakes territory",
        "Rebels took control of several villages near Rutshuru on Sunday.",
    ),
    ("Arrests", "Police arrested six suspects in several districts of Kano on Sunday."),
    # communiqués' words for killing fighters, with the forces as doers
    (
        "Armed clash",
        "Troops neutralised 17 bandits during a clearance operation in the forests of Tsafe on Sunday, the army said.",
    ),
    (
        "Armed clash",
        "Police commandos eliminated four militants in a shootout-free raid on a safe house in Lakki Marwat on Monday, officials said.",
    ),
    # a base or a post taken back
    (
        "Armed clash",
        "Soldiers regained control of the checkpoint at the entrance of Kalemie on Monday, the governor said.",
    ),
    (
        "Armed clash",
        "Government forces took back the army camp in Beledweyne on Sunday after the militants withdrew from it.",
    ),
    # shots fired "at" or "on" a post or a vehicle, with no one hit; a day after the post is no
    # target of its own ("on Sunday")
    (
        "Armed clash",
        "Militants fired on an army post in Kupwara on Sunday, officials said.",
    ),
    (
        "Armed clash",
        "Gang members fired at the officers' armoured vehicles near the national palace in Port-au-Prince on Monday, but there were no injuries, witnesses said.",
    ),
    (
        "Armed clash",
        "Rebels fired at a UN helicopter near Bunia on Sunday, the mission said.",
    ),
    # a communiqué's "made contact with" the enemy: a fight
    (
        "Armed clash",
        "Soldiers made contact with the militants near Damasak on Saturday, the army said in a statement.",
    ),
    (
        "Armed clash",
        "The troops made contact with Boko Haram terrorists near Bama on Monday, a military spokesman said.",
    ),
    # South Asian press's "human chain": a protest
    (
        "Peaceful protest",
        "Workers formed a human chain in front of the export processing zone in Ashulia on Tuesday, demanding higher wages.",
    ),
    (
        "Peaceful protest",
        "Students formed a human chain outside the press club in Dhaka on Monday to protest against the killing of a classmate.",
    ),
]

NON_INCIDENTS: list[str] = [
    "The rebels threatened on Monday to attack Goma if the government does not negotiate.",
    "The army is planning an offensive to retake Kidal in the coming weeks, officials said.",
    "If the talks fail, fighting could resume in Juba, analysts warned on Monday.",
    "The government denied on Monday that its troops had killed civilians in Mandalay.",
    "More than 3,000 people have been killed in the conflict since 2019, the UN said on Monday.",
    "The minister came under fire from opposition lawmakers in Nairobi on Monday over the budget.",
    "The president said on Monday that the war in Ukraine must end.",
    "Analysts say the group may try to seize more territory in the north.",
    "The UN called on Monday for an investigation into the killings.",
    "The shop caught fire on Sunday because of an electrical fault in Kano, firefighters said.",
    "The coach was fired at the end of the season in Lagos, the club said on Monday.",
    "The minister made contact with the families of the victims in Lagos on Monday.",
    "The military vowed on Monday to crush the insurgency in Cabo Delgado.",
    "Residents fear that the militants will return to Palma.",
    "Violence has displaced more than a million people in Sudan since April, aid agencies said.",
    "The striker fired a shot past the goalkeeper in the 80th minute in Madrid on Sunday.",
    "The company's shares crashed on Monday after the results were published.",
    "The opposition plans to hold a protest in Kampala next week.",
    "No casualties or damage were reported in Kyiv on Monday, the city administration said.",
    "The army said it had not carried out any airstrike in Idlib on Sunday.",
    "Schools reopened in Maiduguri on Monday after a month-long closure.",
    "Talks between the army and the rebels are due to begin in Doha next month.",
    "Since January, at least 500 civilians have been killed across the Sahel, a monitoring group said.",
    "Prices of bread rose sharply in Khartoum on Monday.",
    "Election officials counted ballots in Lagos on Sunday.",
    "Would-be attackers are deterred by the strong police presence in Kano, the governor said.",
    "The rebels say they are ready to lay down their arms if their demands are met.",
    "The court in The Hague will rule next month on the killings in Srebrenica.",
    "A memorial service was held in Beslan on Sunday for the victims of the 2004 school siege.",
    "The governor warned on Monday that bandits were planning to attack villages in Zamfara.",
    "Government forces have been trying for months to regain control of the region.",
    "The security situation in Mali remains fragile, the UN envoy said on Monday.",
    "A storm killed five people in Dhaka on Monday, the disaster agency said.",
    "Three people died in a road accident near Kano on Sunday, police said.",
    "The boxer knocked out his opponent in the third round in Las Vegas on Saturday.",
    "Critics blasted the plan as unrealistic on Monday.",
    "Investors fled the market as the currency collapsed in Buenos Aires on Monday.",
    "The army chief said on Monday that troops would be deployed to Kidal soon.",
    "The group has carried out dozens of attacks in the region over the past decade.",
    "There were no reports of violence in Bamako on Sunday, residents said.",
    "The ministry rejected claims that soldiers had looted shops in Gao.",
    "Officials hope that the agreement will end years of fighting.",
    "The opposition called for protests across the country on Friday.",
    "The former rebel commander died of natural causes in Kinshasa on Sunday.",
    "Police are investigating whether the fire in Nairobi on Monday was arson.",
    "On this day in 1994, the genocide began in Kigali.",
    "The army has killed more than 2,000 militants this year, the defence minister said on Monday.",
    "The minister said there had been no attack on the convoy in Gao on Monday.",
    "The government plans to arrest the leaders of the protest, a spokesman said on Monday.",
    "A warehouse caught fire on Monday in Mombasa after a gas leak.",
    "The army may launch an offensive on the rebel stronghold if talks collapse.",
    "Officials feared that fighting could spread to the capital.",
    "The governor urged residents not to take part in any protest on Friday.",
    "The rebels have not carried out any attack in the province since the truce, a spokesman said on Monday.",
    "Nobody was hurt and nothing was damaged, the police said on Sunday, denying reports of a shooting in Kisumu.",
    "The United Nations estimates that 10,000 people have been killed in the war so far.",
    "The government is expected to sign a peace deal with the rebels later this year.",
    "Kidnappings for ransom have become a lucrative business in the region over the past decade.",
    "The minister said troops were ready to repel any attack on the city.",
    "The opposition leader accused the government of planning to arrest him.",
    "A spokesman said the group would not hesitate to strike again if provoked.",
    "The country has suffered decades of violence, an analyst said.",
    "The price of fuel has exploded since the start of the year, traders in Lagos said on Monday.",
    "Voters in Accra lined up on Sunday to cast their ballots in the run-off.",
    "Airlines cancelled flights to Kyiv on Monday because of the weather.",
    "The navy held exercises off the coast of Mombasa on Monday.",
    "The defence minister inspected troops in Kharkiv on Sunday.",
    "The court adjourned the trial of the former militia leader in Bangui until next month.",
    "Aid agencies warned on Monday that famine could kill thousands in Tigray this year.",
    "Police urged calm in Nairobi on Monday ahead of the planned demonstrations.",
    "Diplomats discussed the crisis at a meeting in Geneva on Monday.",
    "Monday marked the tenth anniversary of the massacre in Srebrenica.",
    "The film about the bombing of Hiroshima premiered in Tokyo on Sunday.",
    "Hundreds gathered in Beslan on Sunday to commemorate the school siege.",
    "A documentary about the shelling of Sarajevo was shown in Zagreb on Monday.",
    "Gunmen gathered near the village of Kankara on Sunday to attack it, residents said.",
    "The opposition called on supporters to gather in Lagos on Friday to protest against the results.",
    "The group seized large swathes of territory in the north in 2014.",
    "The rebels seized vast tracts of the countryside from the army in 2019.",
    "Militants captured large swaths of the north in 2012, before French troops drove them out.",
    # what incidents already told are for: a judgement of them, no incident
    "Drones have hit targets across the region for weeks. According to the government, the indiscriminate raids are intended to derail direct talks that resumed between Kinshasa and Kigali in Doha in March.",
    "Life in Kano has been hard for months. The minister said the bombings were designed to spread fear among voters in Kano ahead of the election.",
    "Life in Gao has been hard for months. The army said the ambushes were an attempt to derail the disarmament process around Kidal.",
    "Life in Malakal has been hard for months. The clashes were aimed at undermining the ceasefire agreed in Juba in February, according to the United Nations envoy.",
    "Life in Donetsk has been hard for months. The ministry described the shelling as an attempt to provoke a wider war in the Donbas.",
    "Life in Khartoum has been hard for months. The drone strikes were an effort to cut supply lines between Khartoum and Omdurman, the army said.",
    "Life in Goma has been hard for months. The looting was aimed at punishing traders in Goma who refused to pay the militia, residents said.",
    "Residents of Sittwe say the air raids on the coast are meant to empty the villages around Sittwe before the monsoon.",
    "The kidnappings on the highway near Kaduna serve to finance the gangs' purchase of weapons, police in Kaduna believe.",
    "Officials in Port Sudan called the missile attacks on the port a message to the army's foreign backers.",
    # finds and attacks summed over a whole month, quarter or year, or over various places
    "Police recovered 14 IEDs planted by rebels, weighing 82 kg in all, during operations in various districts of Dantewada during the month of November, the force's monthly data showed.",
    "Soldiers destroyed 57 improvised explosive devices in the districts of Sukma and Bijapur during 2022, according to the force's annual report.",
    "Between January and March, troops intercepted 96 drones launched at cities in the south, the ministry said.",
    "During February, rebels carried out 35 attacks on military posts in the Anglophone regions, a monthly security report said.",
    "Police said they had recovered 52 grenades and 9 rocket launchers in searches across Mogadishu's districts during the first quarter of the year.",
    "Customs officers seized 300 rifles at border posts in various parts of Kandahar province during the month of January, officials said.",
    # a list of what a group does to kinds of people and things, with no day and no place: a campaign
    "Violence against civilians in North Kivu has grown for a year. The rebels moved into new areas, burning down whole villages, looting shops and abducting women and children.",
    "The militia has terrorised Ituri for a decade. Its fighters roamed the countryside, torching homes, raping women and kidnapping boys to fill their ranks.",
    "Since the coup, jihadists have spread south into Burkina Faso. They attacked villages, burned schools and killed teachers.",
    "Residents of Cabo Delgado describe years of fear. Insurgents came at night, beheading men, burning houses and kidnapping girls.",
    "The conflict in Tigray has been marked by atrocities. Soldiers looted clinics, destroyed crops and raped women, according to the report.",
    "Life in the Anglophone regions of Cameroon has changed. Separatist fighters have burned schools, abducted teachers and killed chiefs, the report said.",
    # communiqués' words for doing away with things, or with no doers: no battle of their own
    "The new governor eliminated three police checkpoints on the highway to Kano on Monday.",
    "The ministry said it had neutralised a disinformation campaign targeting soldiers.",
]

SEVERAL: list[tuple[int, str]] = [
    (
        2,
        "Rebels took control of the town of Walikale on Monday, the army said.\n\nFighting had been going on around Walikale since Saturday, residents said.",
    ),
    (
        2,
        "A drone strike hit a market in Marib on Monday, killing four people.\n\nIn a separate incident, gunmen killed two farmers in a village near Taiz on Sunday.",
    ),
    (
        2,
        "Gunmen killed nine villagers in Zamfara state on Sunday, police said.\n\nOn Monday, soldiers clashed with the bandits in the forest near Gusau, killing 12 of them.",
    ),
    (
        2,
        "Three soldiers were killed in an ambush near Gao on Monday.\n\nThe previous day, jihadists executed five civilians in a village near Menaka, residents said.",
    ),
    (
        2,
        "Russian missiles struck Kharkiv on Monday, killing three people.\n\nIn Zaporizhzhia, shelling wounded two civilians on Sunday, the governor said.",
    ),
    (
        2,
        "The death toll from an attack on a village in Benue state has risen to 30, police said on Monday.\n\nIn neighbouring Plateau state, gunmen killed eight people in the village of Mangu on Sunday night.",
    ),
    (
        2,
        "Government troops recaptured the town of Bunagana on Monday.\n\nThe town had been seized by the rebels in mid-March and returned to government control after two days of fighting.",
    ),
    (
        2,
        "Police fired tear gas at protesters in Nairobi on Monday.\n\nIn Kisumu, thousands marched peacefully on Sunday to demand lower prices.",
    ),
    (
        2,
        "Bandits abducted 20 villagers in Katsina state on Sunday.\n\nPolice arrested five suspects in Kano on Monday, a spokesman said.",
    ),
    (
        2,
        "A roadside bomb killed two soldiers in Helmand on Monday.\n\nLater that day, militants attacked a checkpoint in Kandahar, sparking a gunfight that left three dead.",
    ),
    (
        2,
        "Fighting between the army and the RSF has been ongoing in Nyala since Saturday, residents said.\n\nOn Monday, RSF fighters killed at least 11 civilians in the town of Kutum, a rights group said.",
    ),
    (
        2,
        "Gunmen killed five people in a bar in Celaya on Sunday.\n\nThe bodies of three men were found on Monday on a road outside Irapuato, police said.",
    ),
    (
        2,
        "An airstrike killed six people in a village in Sagaing region on Sunday.\n\nSoldiers also burned houses and shot dead two villagers in nearby Monywa on Monday.",
    ),
    (
        2,
        "Protesters set fire to a police station in Conakry on Monday.\n\nIn Kankan, hundreds rallied peacefully on Sunday against the junta.",
    ),
    (
        2,
        "Militants beheaded four villagers in Cabo Delgado on Sunday, a local source said.\n\nOn Monday, a landmine explosion killed two soldiers near Mueda.",
    ),
    (
        2,
        "The town of Djibo was attacked by jihadist fighters on Sunday; the army repelled the assault after hours of fighting.\n\nOn Monday, the same group killed seven civilians in the village of Arbinda.",
    ),
    (
        2,
        "The strike on a school in Gaza City killed 15 people on Monday, medics said.\n\nAn Israeli drone struck a car in Khan Younis on Sunday, killing two men.",
    ),
    (
        2,
        "Suspected herders killed 12 farmers in a village near Makurdi on Sunday.\n\nSoldiers and the attackers exchanged gunfire near Lafia on Monday.",
    ),
    (
        2,
        "Separatist fighters overran an army post in Kidal on Monday, forcing soldiers to retreat.\n\nThe army said on Monday that it had seized weapons and ammunition from the fighters near Tessalit on Sunday.",
    ),
    (
        2,
        "Unknown gunmen shot dead a police officer in Quetta on Monday.\n\nOn Sunday, a journalist was killed in Peshawar when men on a motorbike opened fire on his car.",
    ),
    (
        2,
        "A suicide bomber killed 12 people at a mosque in Kabul on Monday.\n\nTaliban fighters clashed with gunmen of the Islamic State group in Jalalabad on Sunday.",
    ),
    (
        2,
        "At least 25 soldiers were killed in an attack on an army camp in Boulkessi on Monday, the government said.\n\nTwo civilians died on Sunday when their bus hit a landmine near Mopti.",
    ),
    (
        2,
        "Summary executions of 11 men by militiamen were reported on Sunday in the village of Ngongo.\n\nOn Monday, the militia also abducted six women in nearby Bunia.",
    ),
    (
        2,
        "Militants killed six farmers in Borno state on Saturday, residents said.\n\nOn Sunday, troops fought the militants near Konduga, killing ten of them.",
    ),
    (
        2,
        "Bandits shot dead eleven traders in Katsina state on Saturday.\n\nSoldiers exchanged fire with the bandits near Funtua on Sunday, the army said.",
    ),
    (
        2,
        "Gunmen raided villages in Zamfara state on Sunday.\n\nThey shot dead 15 people in Anka and 6 in Bukkuyum, police said.\n\nSoldiers later engaged the gunmen, police added.",
    ),
    (
        2,
        "Police officers stormed a neighbourhood of Lagos on Sunday, killing five suspected robbers in a shootout.\n\nOn Monday, residents rallied outside the police headquarters in Lagos to protest against the killings.",
    ),
    (
        2,
        "Soldiers raided a district of Mandalay on Saturday and clashed with local defence fighters, leaving four dead.\n\nOn Sunday, hundreds of people marched in Mandalay against the raid.",
    ),
    # the town-by-town dead are two attacks; the forces' answer told after them with no day,
    # no dead and no place of its own is their aftermath, with a day of its own a battle
    (
        2,
        "Gunmen attacked villages in Zamfara state on Sunday, police said.\n\nThe gunmen killed 15 in Anka and 6 in Bukkuyum.\n\nSoldiers fought the gunmen in the area, police added.",
    ),
    (
        3,
        "Gunmen attacked villages in Zamfara state on Sunday, police said.\n\nThe gunmen killed 15 in Anka and 6 in Bukkuyum.\n\nOn Monday, soldiers fought the gunmen near Gusau, police added.",
    ),
    (
        2,
        "Gunmen killed 12 villagers in the village of Tin-Akof on Friday, a local official said.\n\nOn Saturday, soldiers clashed with the gunmen near Gorom-Gorom, killing six of them, the army said.",
    ),
    (
        2,
        "Armed men killed nine farmers in the village of Kwall in Plateau State on Saturday night, police said.\n\nTroops killed four of the attackers in a gunfight that followed, the spokesman added.",
    ),
    (
        2,
        "Suspected rebels hacked seven people to death in Mamove on Sunday, the army said.\n\nIn a separate incident, troops clashed with the rebels in Oicha, a spokesman said.",
    ),
    (
        2,
        "Militants raided farming settlements in Borno state overnight, officials said on Monday.\n\nThe militants killed 12 in Konduga and 5 in Bama, according to an official.\n\nTroops battled the militants afterwards, he said.",
    ),
    (
        2,
        "Gunmen kill 12 in attack on Nigerian village\n\nGunmen killed 12 people in an attack on the village of Kankara in Katsina state on Sunday, police said.\n\nThe attack came a week after bandits abducted 30 students from a school in nearby Funtua.",
    ),
    (
        2,
        "Drone strike kills three in Marib\n\nA drone strike killed three fighters in Marib on Monday, a military source said.\n\nLast month, an air strike on a market in Saada killed 15 people.",
    ),
    (
        2,
        "MOGADISHU, April 10 (Reuters) - A car bomb exploded at a checkpoint in Mogadishu on Monday, killing five soldiers, police said.\n\nIn January, al Shabaab fighters overran an army base in Baidoa.",
    ),
    (
        2,
        "Troops retook the town of Kamanyola on Sunday, the army said.\n\nThe rebels had captured the town in February after fierce fighting.",
    ),
    (
        2,
        "At least nine people were killed on Monday when rockets hit a residential area of Kharkiv, the governor said.\n\nOn Saturday, a missile strike on Dnipro killed 40 people.",
    ),
    (
        2,
        "Suspected jihadists killed seven soldiers in an ambush near Ansongo on Sunday.\n\nThe ambush followed an attack on Thursday in which gunmen killed 15 villagers in Ouatagouna.",
    ),
    (
        2,
        "Two people were killed when a roadside bomb hit a minibus in Kandahar on Monday.\n\nThe blast came days after a suicide bomber killed 20 worshippers at a mosque in Kunduz on Friday.",
    ),
    (
        2,
        "Security forces shot dead three protesters in Khartoum on Monday, a doctors' committee said.\n\nOn Sunday, police arrested 40 activists in Omdurman ahead of the march.",
    ),
    (
        2,
        "Fighting broke out between the army and the rebels in Nyala on Monday, residents said.\n\nThe rebels had attacked a police station in the town on Saturday, killing four officers.",
    ),
    (
        2,
        "Police and gang members exchanged fire in Cap-Haitien on Monday, officials said.\n\nOn Saturday, gunmen attacked a bus in the city, killing six passengers, police said.",
    ),
    (
        2,
        "Soldiers clashed with rebels in Goma on Monday.\n\nOn Saturday, armed men had attacked a village near the city, killing nine residents.",
    ),
    (
        2,
        "Gunmen killed four people at a bar in Kisumu on Sunday, police said.\n\nPolice arrested three men in connection with the shooting in Kisumu on Sunday night.",
    ),
    (
        2,
        "A bomb exploded at a bus station in Quetta on Sunday, killing three people.\n\nOn Monday, police detained four suspects linked to the bombing in Quetta.",
    ),
    (
        2,
        "Gunmen attacked a church in Owerri on Sunday, killing two worshippers.\n\nSoldiers arrested five men on suspicion of involvement in the attack in Owerri on Monday.",
    ),
    (
        1,
        "Protesters clashed with police in Lagos on Monday, leaving two officers injured.\n\nPolice said they had arrested 15 people on charges of taking part in the violence in Lagos on Monday.",
    ),
    (1, "Police fired tear gas at demonstrators in Nairobi on Monday and arrested 20 of them."),
    (1, "Two soldiers were killed in an ambush near Diffa a month earlier."),
    (1, "Three policemen died in a bomb attack near Kandahar last month."),
    (1, "Seven villagers were killed in a raid by militants on Gwoza in early March."),
    (1, "Four fighters were killed in an air strike on their camp near Idlib two weeks ago."),
    (1, "Four police officers were killed in an attack near Kandahar a month earlier."),
    (
        1,
        "Six soldiers were killed when militants ambushed their convoy near Mopti a month earlier.",
    ),
    (
        2,
        "Gunmen killed five people in Kaduna on Sunday. Residents held a vigil on Monday to remember the victims of the attack.",
    ),
    (
        2,
        "A soldier shot dead a farmer at a checkpoint near Jos on Friday.\n\nVillagers blocked the highway near Jos on Saturday in protest.",
    ),
    (
        2,
        "Unknown attackers killed a pastor in Kafanchan on Saturday.\n\nChristians marched through Kafanchan on Sunday to demand justice for the pastor.",
    ),
    # earlier incidents recounted in a report of another: named by a noun with its month, at
    # a site the main incident names, or "in the same area"; a war-wide toll stays none
    (
        2,
        "An airstrike hit the Al-Amal Clinic in El Obeid on Monday, killing seven patients, medics said.\n\nA January strike on Al-Amal Clinic killed two nurses and wounded five, according to the health ministry.",
    ),
    (
        2,
        "Shells hit the Central Market in Kherson on Sunday, killing four people, the governor said.\n\nA February attack on the Central Market killed six shoppers, officials said at the time.",
    ),
    (
        2,
        "Rebels shelled the town of Bambari on Sunday, killing two children, the UN mission said.\n\nLast month's shelling of the Bambari Hospital killed a nurse.",
    ),
    (
        2,
        "Gunmen killed five police officers in an ambush near Irapuato on Monday, the state prosecutor said.\n\nIn late February, four officers were killed in a similar attack on a patrol in the same area.",
    ),
    (
        2,
        "Militants killed three soldiers at a checkpoint near Kidal on Sunday, the army said.\n\nTwo more soldiers died in a mine blast in the same area in early March.",
    ),
    (
        1,
        "A suicide bomber killed 14 people at a police station in Kabul on Monday, officials said.\n\nThe Taliban have killed thousands of members of the security forces since 2001.",
    ),
    (
        1,
        "Soldiers clashed with ELN rebels near Tame in Arauca on Sunday, leaving three rebels dead.\n\nThe ELN has carried out hundreds of attacks in the same area since 2018.",
    ),
    # an earlier incident told in a clause of the place ("the same area where ...") is one
    # more, dated by its own clause, even after an era's place ("since 2014, when ...")
    (
        2,
        "Three rockets landed inside the Green Zone in Baghdad on Monday night, causing no casualties, security sources said.\n\nThe rockets struck the same area where a rocket attack wounded two guards at a checkpoint last week.",
    ),
    (
        3,
        "Missiles hit a neighbourhood of Hodeidah on Monday, killing three people, officials said.\n\nThe country has been at war since 2014, when the rebels seized the capital, Sanaa.\n\nMonday's missiles landed in the same neighbourhood where a drone attack killed five people earlier this month.",
    ),
    (
        2,
        "Police fired tear gas at protesters in Dhaka on Monday.\n\nThe rally was held at the same square where police shot dead two students during protests last week.",
    ),
    # "a similar attack", dated violence "in the same municipality": one more incident; many
    # "similar attacks" since a year, or a crowd gathering again "in the same area", are not
    (
        2,
        "Soldiers clashed with FARC dissidents near Argelia in Cauca on Sunday, leaving four rebels dead, the army said.\n\nLast week's fighting in the same municipality killed two soldiers.",
    ),
    (
        2,
        "A coalition airstrike hit a car in Saada province on Monday, killing 12 civilians, local officials said.\n\nThe strike comes days after a similar attack killed six people in the same province.",
    ),
    (
        2,
        "Al-Shabaab fighters stormed a police post near Baidoa on Monday, killing five officers.\n\nLast month a similar raid killed three policemen in the same district.",
    ),
    (
        1,
        "Gunmen attacked a bus near Mandera on Monday, killing four passengers, police said.\n\nSimilar attacks have killed hundreds of people in the county since 2015.",
    ),
    (
        1,
        "Police fired tear gas at protesters outside parliament in Nairobi on Monday.\n\nThe protesters regrouped in the same area later on Monday and marched to the president's office.",
    ),
    # an arrest told as what set off the fighting ("the arrest set off clashes", "the
    # incident sparked clashes") is its own event; arrests made after a clash fold into it
    (
        2,
        "On Monday, Ahmed Salem, the head of a powerful armed faction, was detained by a rival force at the airport in Tripoli.\n\nThe arrest set off heavy clashes across the capital that killed 27 people.",
    ),
    (
        2,
        "Police in Karachi arrested a senior leader of a banned party on Sunday.\n\nThe incident sparked clashes between his supporters and the police in the city that left three people dead.",
    ),
    (
        2,
        "Soldiers detained a local militia chief in Bambari on Friday, the UN mission said.\n\nThe detention triggered fighting between militiamen and troops in the town.",
    ),
    (
        1,
        "Gangs clashed in Port-au-Prince on Monday, leaving five dead.\n\nPolice arrested 20 gang members in the city on Monday.",
    ),
    # a clause set a measured time apart ("three days after a drone attack killed six") tells
    # one more incident, even at the same place
    (
        2,
        "Houthi forces fired a missile at Marib city on Sunday, killing two children, officials said.\n\nThe missile hit a residential area three days after a drone attack on an army camp west of the city killed six soldiers.",
    ),
    (
        2,
        "Rebels shelled the town of Kamanyola on Monday, killing three civilians, a local official said.\n\nThe shelling began two days after fighters ambushed an army patrol on the edge of the town, killing four soldiers.",
    ),
    (
        1,
        "Two soldiers died after their vehicle hit a landmine near Kidal on Monday, the army said.",
    ),
    # "Elsewhere, ..." frames one more incident, wherever the parse hangs the adverb
    (
        2,
        "Russian shelling killed two people in Kherson on Monday, the governor said.\n\nElsewhere in the region, a drone hit a car on a road outside the city, killing its driver.",
    ),
    (
        2,
        "Airstrikes killed nine people in Khan Younis on Monday, medics said.\n\nElsewhere, a strike on a tent in the south of the city killed a woman and her two children.",
    ),
    # told again "in the same area" by a word pointing back: the fighting told before
    (
        1,
        "Troops clashed with rebels near Kalemie on Sunday, the army said.\n\nThe fighting in the same area continued on Sunday night, residents said.",
    ),
    (
        2,
        "Gunmen killed six people in a village near Gusau on Sunday, police said.\n\nThe gunmen struck the same village again on Monday, killing two more.",
    ),
    # suspects held after a riot "as a result of investigative actions" or "later": their own
    # event; those charged over it with nothing telling when were held at it
    (
        2,
        "Protesters threw stones at police outside parliament in Tbilisi on Monday, the interior ministry said.\n\nThe ministry added that, as a result of investigative actions, police had arrested two men on charges of taking part in group violence during the protests.",
    ),
    (
        2,
        "Rioters set fire to shops in Lagos on Monday, police said.\n\nPolice later arrested 12 people on charges of looting, a spokesman said.",
    ),
    # a where-clause dated by a day told before is that day's incident, not one more
    (
        1,
        "Artillery fire hit a market in Donetsk on Sunday, killing five people.\n\nOn Monday, rescuers searched the same market where the shells had landed on Sunday.",
    ),
    (
        2,
        "A drone attack hit a fuel depot in Kherson on Sunday, officials said.\n\nOn Monday, a second drone struck the same depot where the first one had exploded on Sunday, injuring two guards.",
    ),
    (
        1,
        "Heavy fighting broke out between the army and rebels near Kalemie on Sunday, residents said.\n\nSoldiers battled the rebels in the same area on Sunday afternoon, killing five of them, the army said.",
    ),
    # one more blast "minutes later" at the scene is the same attack told in its parts
    (
        1,
        "Two bombs exploded in the Syrian city of Azaz on Sunday, killing five people, a war monitor said.\n\nThe first bomb went off in a crowded market, and a second bomb went off minutes later near the same spot as people gathered to help the wounded.",
    ),
    (
        1,
        "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday, killing four soldiers, police said.\n\nMoments later, another explosion hit a nearby restaurant, wounding six people.",
    ),
    # a shelling told on its own day with its own civilian dead is no weapon of the battle
    (
        2,
        "Heavy fighting between the army and the RSF raged in Omdurman over the weekend, residents said.\n\nOn Saturday, the RSF shelled the city's old market, killing 11 civilians, medics said.",
    ),
    (
        2,
        "Fighting between the Sudanese army and the paramilitary Rapid Support Forces killed at least 40 people in El Fasher over the weekend, medics said.\n\nThe RSF shelled the city's main market on Sunday, killing 15 civilians, a local committee said.",
    ),
    # armed men's burning beside a protest is no looting by the crowd: an incident of its own
    (
        2,
        "Police fired tear gas to disperse hundreds of people protesting fuel prices in Jos on Monday.\n\nGunmen set fire to a dozen houses in the town on the same day, residents said.",
    ),
    (
        2,
        "Students rallied peacefully in Bamenda on Monday against school closures.\n\nSeparatist fighters burned down a school in the city on Monday, officials said.",
    ),
    # ... and so is one told with no day of its own, answering the fight told before it
    (
        2,
        "Resistance fighters ambushed an army convoy near Madaya on Sunday, killing at least 10 soldiers, a local group said.\n\nThe army responded with artillery fire on nearby villages, killing two civilians.",
    ),
    (
        2,
        "Insurgents attacked an army post outside Kidal on Monday, and the fighting lasted into the night, the army said.\n\nMortar rounds later landed on a camp for displaced families in the area, killing four children, aid workers said.",
    ),
    # the town a sentence opens with sets the scene of a spot close by the clause names
    (
        1,
        "In Port-au-Prince, police and Kenyan officers clashed with gang members in the Delmas neighbourhood on Sunday, leaving three gang members dead.",
    ),
    (
        1,
        "In Gaza City, an Israeli strike hit a house in Jabalia on Sunday, killing five people.",
    ),
    # a town of the lead's list retold by one of the weapons the lead named: one strike
    (
        3,
        "Russian forces struck Odesa, Kharkiv and Dnipro overnight with missiles and drones, officials said.\n\nIn Odesa, a drone hit a residential building, injuring three people.",
    ),
    (
        2,
        "Russian troops attacked Nikopol and Marhanets with artillery and drones on Sunday, the governor said.\n\nIn Nikopol, a drone struck a bus, wounding four passengers.",
    ),
    # blasts only heard at a place, with no one hurt, beside the attack the article tells
    (
        3,
        "Russian forces struck Odesa, Kharkiv and Dnipro overnight with missiles, officials said.\n\nExplosions were heard in Kyiv, but no damage was reported.",
    ),
    (
        1,
        "Ukrainian drones attacked an oil depot in Bryansk on Sunday, the governor said.\n\nBlasts were also heard in Kursk, residents said.",
    ),
    # a reprisal and the attack it answers, told in one sentence near each other: two
    (
        2,
        "Pakistani jets bombed hideouts in Khost on Monday in retaliation for a suicide bombing that killed seven soldiers in Mir Ali, officials said.",
    ),
    # a participle that counts the dead town by town ("..., killing seven in X and five in Y")
    # tells an incident per town: neither town is the other's, nor the campaign's place
    (
        2,
        "Gunmen killed 12 people in two separate attacks in Zamfara state on Sunday, killing seven in Tsafe and five in Maru, police said.",
    ),
    (
        2,
        "Russian missiles struck the Donetsk region on Tuesday, killing three people in Kramatorsk and two in Sloviansk.",
    ),
    (
        2,
        "Boko Haram fighters raided villages in Borno state on Friday, killing nine in Konduga and four in Bama, residents said.",
    ),
    # bombs told at two towns with one participle of their dead: one incident per town, not
    # two per town (the dead's word joins the incident told at its own place)
    (
        2,
        "Two roadside bombs exploded in Mogadishu and Baidoa on Thursday, killing six people.",
    ),
    (
        2,
        "Car bombs exploded in Kabul and Kunduz on Sunday, killing nine people.",
    ),
    (
        2,
        "Roadside bombs exploded in Gao and Menaka on Monday, killing four soldiers.",
    ),
    # towns joined by "and" go with the same incident word, not one of them to the
    # participle that stands nearer it in the text ("hit X and Y, killing 11")
    (
        2,
        "Twin blasts hit markets in Maiduguri and Konduga on Friday, killing 11 people.",
    ),
    (
        2,
        "Suicide bombers struck mosques in Maiduguri and Bama on Friday, killing 20 worshippers.",
    ),
    # a clause set beside the first with a subject of its own ("..., while a raid on a post in
    # Y killed two") is placed by its own incident word, not by the first clause's town
    (
        2,
        "Bandits killed 15 villagers in Tsafe on Sunday, while a separate raid on a police station in Gusau killed two officers.",
    ),
    (
        2,
        "Al-Shabaab fighters killed six civilians in Jowhar on Friday, while a roadside bomb near Baidoa killed four soldiers.",
    ),
    (
        2,
        "Jihadists killed 30 civilians in Solenzo, about 200 km southwest of Dedougou, on Sunday, while a separate attack on an army post in Dedougou killed five soldiers on Monday.",
    ),
    (
        2,
        "Syrian army artillery shelled rebel positions in Idlib on Tuesday in response to a drone attack that killed three soldiers near Saraqib, a monitor said.",
    ),
    # a strike told in a main clause of its own ("..., and warplanes bombed the city") beside
    # the fighting of the sentence is one more incident, not the fight's means
    (
        2,
        "Fighting between the army and RSF fighters raged in El Fasher on Monday, and army warplanes bombed the city's eastern districts, killing 15 civilians, activists said.",
    ),
    (
        2,
        "Clashes broke out between the army and Fano fighters in Gondar on Sunday, and a drone strike hit a market in the city, killing eight civilians.",
    ),
    (
        2,
        "Troops battled Arakan Army fighters in Sittwe on Friday, and junta jets bombed a village outside the town, killing six people.",
    ),
    # ... but weapons the fighting sides used are its means
    (
        1,
        "Troops clashed with militants near Mopti on Monday, and both sides used mortars.",
    ),
    # the incident an answer is "in response to", told in a relative clause ("an attack that
    # killed five civilians there last week"), is one incident of the clause's day, not also
    # one more on the answer's day
    (
        2,
        "In South Kordofan, the army carried out air strikes on the town of Dilling on Monday in response to an attack that killed five civilians there last week, residents said.",
    ),
    (
        2,
        "The army shelled villages near Kadugli on Tuesday in response to an attack that killed five soldiers in Dilling on Saturday, residents said.",
    ),
    (
        2,
        "Israeli jets struck targets in Khan Younis on Monday in retaliation for a rocket attack that wounded two people in Sderot on Saturday.",
    ),
    # a state's "attacks on" a region on a day, then the dead counted town by town: the
    # strike at each town, not the region's strike beside attacks by no one at the towns
    (
        3,
        "Russian attacks on the Donetsk region killed four people and wounded 15 on Monday. Two were killed in Toretsk, one in Kurakhove and one in Siversk, governor Vadym Filashkin said.",
    ),
    (
        2,
        "Israeli attacks on the Gaza Strip killed 20 Palestinians on Monday. Eight were killed in Rafah and 12 in Khan Younis, medics said.",
    ),
    (
        2,
        "Russian attacks on the Zaporizhzhia region killed three civilians on Sunday. Two were killed in Orikhiv and one in Huliaipole, the governor said.",
    ),
    # taken in one town one day and killed in another the next: the abduction and the
    # killing, each its own town and day (a village the gazetteer lacks, put at the first
    # town's point, is still a town of its own)
    (
        2,
        "Gunmen kidnapped a Malian aid worker in the town of Douentza on Thursday and killed him in the village of Boni on Friday, his employer said on Tuesday.",
    ),
    (
        2,
        "Gunmen abducted a trader in Bama on Saturday and killed him in the village of Kashimri on Sunday, residents said.",
    ),
]
