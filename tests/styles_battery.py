# ruff: noqa: E501 -- whole articles read better than strings cut in pieces
"""Mini-articles written for the events stage's tests (none from any benchmark), in the styles
session 8's ``recall_battery`` does not cover: UN and NGO bulletins, army and ministry statements,
police reports, live-blog bullets, claims relayed from Telegram, translated regional press, long
features with the incident far down, incidents told in a quote, in a subordinate clause, in a
passive without agent or as a noun; strategic developments, protests, riots and every kind of
remote violence; and what tells no incident (war-wide tolls, threats, denials, analysis).

``ARTICLES``: the event types each article tells, one entry per incident ("A|B" where the
taxonomy leaves a choice between two), and its text. All are read as published on Tuesday
2024-03-12."""

from __future__ import annotations

ARTICLES: list[tuple[list[str], str]] = [
    (
        ["Battles"],
        "Our forces repelled an attack by terrorist elements on the Dar Salam position in the Tahoua region on Sunday, neutralising 15 assailants, the army said in a statement.\n\nFour soldiers were slightly wounded and have been evacuated.",
    ),
    (
        ["Violence against civilians"],
        "Police in Karachi said three men were shot dead by unidentified gunmen on motorcycles in the Orangi Town area late on Sunday.\n\nThe victims were returning home from work, a police spokesman said.",
    ),
    (
        ["Explosions/Remote violence", "Explosions/Remote violence"],
        "- Russian drones struck energy facilities in the Odesa region overnight, the regional governor said.\n\n- Two people were killed by Russian shelling in Kherson on Monday morning, officials said.",
    ),
    (
        ["Protests", "Violence against civilians"],
        "Hundreds of people marched in Maiduguri on Monday to demand better security, days after gunmen killed five villagers in Konduga.",
    ),
    (
        ["Violence against civilians"],
        "Three people were found dead with gunshot wounds on a roadside outside Culiacan on Monday morning, state prosecutors said.",
    ),
    (
        ["Violence against civilians|Battles"],
        "A convoy carrying food aid came under fire near Wad Madani on Sunday, the World Food Programme said, adding that two drivers were injured.",
    ),
    (
        ["Violence against civilians"],
        "The killing of a local radio journalist in Tacloban on Friday has drawn condemnation from press freedom groups.",
    ),
    (
        ["Violence against civilians"],
        "A deadly raid on a village in Ituri province on Saturday left 22 people dead, local officials said, blaming CODECO militiamen.",
    ),
    (
        ["Strategic developments"],
        "Gang members looted and set fire to a police station in the Delmas neighbourhood of Port-au-Prince on Sunday night, residents said.",
    ),
    (
        ["Strategic developments"],
        "The government and the ELN rebels signed a six-month ceasefire agreement in Havana on Monday.",
    ),
    (
        ["Strategic developments"],
        "Al-Shabaab militants have set up a new base in the village of Elbur in Galgaduud region, residents said on Monday.",
    ),
    (
        ["Strategic developments"],
        "Sappers defused a roadside bomb planted on the main road near Spin Boldak on Sunday, police said.",
    ),
    (
        ["Protests"],
        "Thousands of teachers rallied peacefully outside parliament in Nairobi on Monday to demand a pay rise.",
    ),
    (
        ["Riots"],
        "Angry residents burned tyres and pelted police with stones in Kisumu on Monday over a power cut that had lasted three days.",
    ),
    (
        ["Riots"],
        "A mob lynched a man accused of theft in the town of Bunia on Sunday, witnesses said.",
    ),
    (
        ["Violence against civilians"],
        "Gunmen abducted 15 students from a school in Kaduna state early on Monday, a school official said.",
    ),
    (
        ["Violence against civilians"],
        "Human Rights Watch said soldiers raped at least 20 women during a raid on the village of Tawila in North Darfur on Saturday.",
    ),
    (
        ["Explosions/Remote violence"],
        "Dozens of people suffered breathing difficulties after government forces dropped chlorine gas canisters on Douma on Saturday, rescuers said.",
    ),
    (
        ["Explosions/Remote violence"],
        "A Turkish drone strike hit a car near Qamishli on Monday, killing two members of the SDF, a war monitor said.",
    ),
    (
        ["Explosions/Remote violence"],
        "A roadside bomb ripped through a police van in Bajaur district on Monday, killing four officers.",
    ),
    (
        ["Explosions/Remote violence"],
        "A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, killing 30 worshippers.",
    ),
    (
        ["Explosions/Remote violence"],
        "Unknown assailants hurled a grenade at a bar in Cotabato City on Saturday night, wounding six people.",
    ),
    (
        ["Explosions/Remote violence"],
        "For three years, the people of Sagaing region have lived under the shadow of the military's air force.\n\nThe junta, which seized power in a February 2021 coup, has increasingly relied on air power as it loses ground to resistance forces.\n\nAnalysts say the strategy reflects the military's shortage of soldiers.\n\nMore than 4,000 civilians have been killed since the coup, according to a monitoring group.\n\nIn village markets, traders now close early.\n\n\"We hear the jets and we run,\" said a farmer who gave only his first name.\n\nAid groups say access to the region is increasingly difficult.\n\nOn Sunday, a military jet bombed a school in the village of Let Yet Kone in Sagaing region, killing 11 children, residents said.",
    ),
    (
        ["Battles"],
        "The armed elements of the so-called Islamic State attacked, on the night of Saturday to Sunday, the locality of Mocimboa da Praia, causing the death of four elements of the Defence and Security Forces, according to local sources.",
    ),
    (
        [],
        "The war in Sudan, which began in April 2023, has killed tens of thousands of people and displaced more than 10 million, according to the United Nations.",
    ),
    (
        [],
        "The rebels threatened to attack the capital if the government did not resume talks.\n\nThe army said it was preparing an offensive to retake the town.",
    ),
    (
        [],
        "The army denied reports that its soldiers had killed civilians in the village of Mura, calling them fabricated.",
    ),
    (
        [],
        "Analysts warn that attacks on shipping in the Red Sea could escalate in the coming weeks as the group seeks leverage.",
    ),
    (
        ["Violence against civilians", "Violence against civilians"],
        "Gunmen killed six people at a bus stop in Tumaco on Monday, police said.\n\nIn January, a similar attack in the same city left four people dead.\n\nThe attack was the latest in a string of killings that have plagued the region for years.",
    ),
    (
        ["Battles"],
        "Federal forces recaptured the town of Lalibela from Fano militiamen on Saturday after two days of fighting, residents said.",
    ),
    (
        ["Strategic developments"],
        "Maoists set ablaze six vehicles engaged in road construction in Bijapur district on Sunday night, police said.",
    ),
    (
        ["Explosions/Remote violence"],
        "A hand grenade attack on a shop in Turbat on Monday injured three people.",
    ),
    (
        ["Strategic developments"],
        "Taliban forces detained a women's rights activist in Kabul on Sunday, her family said.",
    ),
    (
        ["Explosions/Remote violence", "Strategic developments"],
        "Israeli air strikes hit positions near Damascus airport late on Monday, the Syrian defence ministry said, adding that air defences intercepted some of the missiles.",
    ),
    (
        ["Explosions/Remote violence"],
        "Two rockets struck near the US embassy in Baghdad early on Tuesday, causing no casualties, security sources said.",
    ),
    (
        ["Explosions/Remote violence"],
        "Houthi forces shelled residential neighbourhoods in Taiz on Sunday, wounding five civilians including two children, a local rights group said.",
    ),
    (
        ["Violence against civilians|Riots"],
        "Israeli settlers attacked Palestinian farmers near the village of Turmus Ayya on Saturday, beating two men and setting fire to olive trees, the Palestinian health ministry said.",
    ),
    (
        ["Violence against civilians"],
        "Unidentified gunmen opened fire on a party in Salvatierra, Guanajuato, on Sunday, killing 12 people.",
    ),
    (
        ["Battles"],
        "Soldiers clashed with NPA rebels in the hinterlands of Las Navas, Northern Samar, on Sunday, leaving two rebels dead.",
    ),
    (
        ["Explosions/Remote violence"],
        "Russian forces dropped a glide bomb on Kharkiv on Monday afternoon, damaging a residential building and injuring nine people, the governor said on Telegram.",
    ),
    (
        ["Battles"],
        "Gangs attacked the main prison in Port-au-Prince overnight, freeing thousands of inmates, authorities said on Monday.",
    ),
    (
        ["Protests|Riots"],
        "Protesters blocked roads and clashed with police in Maputo on Monday to denounce the election results; police fired tear gas.",
    ),
    (
        ["Protests"],
        "Security forces opened fire on demonstrators in Port Sudan on Monday, killing three, medics said.",
    ),
    (
        ["Strategic developments"],
        "Unidentified assailants set fire to a polling station in Goz Beida on Monday.",
    ),
    (
        ["Battles", "Battles"],
        "Twelve soldiers were killed when militants attacked an army post near Menaka on Monday, the army said.\n\nThe attack came a week after militants ambushed a patrol near Gao, killing four soldiers.\n\nNo group has claimed responsibility for the attack.",
    ),
    (
        ["Protests"],
        "- Police detained at least 40 people at a rally in Moscow in memory of the opposition leader on Sunday, a monitoring group said.",
    ),
    (
        ["Violence against civilians"],
        "Hamas's armed wing said on Telegram that its fighters had executed a suspected collaborator in Khan Younis on Monday.",
    ),
    (
        ["Battles"],
        "According to a statement relayed by local media, the army said its troops killed 20 terrorists in an operation in Borno State on Sunday.",
    ),
    (
        ["Riots"],
        "At least 50 people were injured on Monday when supporters of two rival political parties clashed with sticks and stones in Narayanganj, police said.\n\nThe clash erupted after a dispute over a procession, police added.",
    ),
    (
        ["Riots|Battles"],
        "Villagers from two rival communities clashed with machetes and clubs in Bawku on Monday, leaving three people dead, police said.\n\nThe clash began over a land dispute, a local chief said.",
    ),
    (
        ["Violence against civilians", "Explosions/Remote violence"],
        "A social leader was shot dead by armed men in the municipality of Tame, Arauca, on Sunday, the Ombudsman's Office reported.\n\nOn Monday, an explosive device planted on a motorcycle detonated outside a police station in Jamundí, Valle del Cauca, injuring two officers.",
    ),
    (
        ["Battles", "Explosions/Remote violence"],
        "Soldiers killed two rebels in a clash near Kalay on Saturday, the army said.\n\nOn Sunday, a landmine buried on a dirt road beside a tea stall exploded under a passenger bus in Pauk, Magway region, killing six passengers.",
    ),
    (
        ["Battles"],
        "Government troops clashed with about 20 New People's Army rebels in the village of San Jose in Las Navas, Northern Samar, on Sunday morning, the army's 8th Infantry Division said in a statement.\n\nOne soldier and two rebels were killed in the 30-minute firefight.",
    ),
    (
        ["Violence against civilians"],
        "Gunmen killed four farmers in the hamlet of Santa Rosa in Tumaco municipality on Sunday, police said.",
    ),
    (
        ["Violence against civilians", "Strategic developments"],
        "The bodies of five men with signs of torture were found this Monday on a dirt road in the municipality of Zamora, Michoacán, reported the State Prosecutor's Office.\n\nHours later, elements of the National Guard arrested two suspects in the community of Jacona, the prosecutor's office added.",
    ),
    (
        ["Violence against civilians", "Strategic developments"],
        "Gunmen shot dead a shopkeeper in Eldoret on Sunday night, police said.\n\nDetectives later arrested a suspect in the town, a police spokesman said.",
    ),
    (
        ["Violence against civilians"],
        "On 9 March, non-state armed groups (NSAGs) attacked Kadiogo village in Sanmatenga province, killing 12 civilians and burning some 30 houses, according to humanitarian partners.\n\nThe incident displaced about 2,000 people towards Kaya. Since January, more than 140 civilians have been killed in the province.",
    ),
    (
        ["Violence against civilians"],
        "Bandits killed seven farmers in Gidan Bawa village in Maru district on Sunday, residents said.",
    ),
    (
        ["Strategic developments|Explosions/Remote violence"],
        "JNIM militants blew up a bridge on the road between Djibo and Namsiga on Sunday, cutting off supplies to the town.",
    ),
    (
        ["Strategic developments|Explosions/Remote violence"],
        "Suspected Al-Shabaab fighters blew up a telecommunications mast near Mandera on Monday night, police said.",
    ),
    (
        ["Strategic developments"],
        "Saboteurs damaged a railway line near Novosibirsk on Sunday, investigators said.",
    ),
    (
        ["Explosions/Remote violence"],
        "QUETTA, Pakistan (AP) — A bomb exploded near a passenger train at a railway station in southwestern Pakistan on Saturday, killing at least 24 people and wounding dozens, officials said.\n\nThe blast at the Quetta railway station happened as about 100 passengers were waiting for a train, police official Mohammad Baloch said.\n\nThe Baluchistan Liberation Army claimed responsibility for the bombing in a statement sent to media.\n\nPrime Minister Shehbaz Sharif condemned the attack and ordered an inquiry.\n\nRescue officials said the death toll could rise as several of the wounded were in critical condition.",
    ),
    (
        ["Violence against civilians"],
        'Gunmen killed at least 40 villagers in an overnight raid on Zike village in central Nigeria\'s Plateau state, local officials said on Monday.\n\nThe attackers arrived around midnight and opened fire on residents as they slept, said Dalyop Solomon, a community leader. "They were shooting everywhere," he said.\n\nHouses were also burned during the attack, he added.\n\nPlateau has been hit by recurring violence between herders and farmers, which has killed hundreds in recent years.\n\nPolice spokesman Alfred Alabo confirmed the attack but said the toll was still being verified.',
    ),
    (
        ["Explosions/Remote violence"],
        'KYIV, Ukraine (AP) — A Russian ballistic missile struck the center of Sumy on Sunday morning as people were heading to church, killing 34 people, Ukrainian officials said.\n\nThe missile hit a university building and a street crowded with people, the city\'s acting mayor said on Telegram. Two of the dead were children.\n\n"Only scum can act like this," President Volodymyr Zelenskyy said in a video address, calling for a strong response from the world.\n\nThe strike was the deadliest on Ukrainian civilians this year. Russia did not immediately comment on the attack.\n\nSumy, about 30 kilometers from the Russian border, has been regularly shelled since the start of the war.',
    ),
    (
        ["Battles"],
        "BAMAKO (Reuters) - Jihadist fighters attacked a military camp in central Mali early on Tuesday, killing at least 12 soldiers, two security sources said.\n\nThe assault on the camp in Boulkessi began at dawn with heavy weapons and lasted several hours, one of the sources said.\n\nThe army said in a statement that it had repelled the attack and killed dozens of assailants, without giving a toll for its own side.\n\nAl Qaeda's Sahel affiliate JNIM claimed the attack on its propaganda channels.",
    ),
    (
        ["Protests"],
        "Thousands of people took to the streets of Tbilisi on Sunday evening to protest against a controversial 'foreign agents' bill, the fifth day of demonstrations.\n\nProtesters waved Georgian and EU flags and chanted slogans outside parliament. The rally was peaceful, a Reuters witness said.\n\nOrganisers said they would continue protests until the bill was withdrawn.",
    ),
    (
        ["Explosions/Remote violence"],
        "An Israeli airstrike on a house in the Jabalia refugee camp in northern Gaza killed 15 people, most of them women and children, the territory's civil defence agency said on Tuesday.\n\nThe strike hit the three-storey building belonging to the Abu Nasr family shortly after midnight, civil defence spokesman Mahmud Bassal said.\n\nThe Israeli military said it had struck a Hamas command centre in the area and had taken steps to mitigate harm to civilians.\n\nMore than 40,000 Palestinians have been killed in Gaza since the war began, according to the health ministry.",
    ),
    (
        ["Battles"],
        "MOGADISHU - Somali forces backed by local militias on Sunday recaptured the town of Adan Yabaal from al-Shabaab after heavy fighting, the information ministry said.\n\nThe militants had controlled the town for more than a decade. Several militants were killed in the fighting, the ministry said, without giving a figure.\n\nThe capture of Adan Yabaal is a major blow to the group, analysts said.",
    ),
    (
        ["Violence against civilians"],
        "Armed men abducted 20 passengers from a bus on the Abuja-Kaduna highway on Saturday, police said.\n\nThe gunmen blocked the road near Katari and forced the passengers into the bush, a police spokesman said. No group has claimed the kidnapping.\n\nKidnappings for ransom have become common on the highway.",
    ),
    (
        ["Violence against civilians"],
        "Gunmen stormed a hotel in Mogadishu on Friday night, killing nine people, police said.\n\nAl Shabaab claimed the attack in a statement on its radio station.",
    ),
    (
        ["Explosions/Remote violence"],
        "A car bomb exploded outside a police station in Kabul on Monday, killing four officers.\n\nIslamic State claimed responsibility for the bombing on Telegram.",
    ),
    (
        ["Violence against civilians"],
        "Suspected Islamist militants killed at least nine people in an attack on a village in eastern Congo's Ituri province, a local official said on Friday.\n\nThe assailants, believed to be members of the Allied Democratic Forces (ADF), entered Mangusu village late on Thursday and hacked residents to death with machetes, said administrator Jean Paul Mbonza.\n\nThe ADF, which originated in Uganda, has killed thousands of civilians in eastern Congo over the past decade.",
    ),
    (
        ["Violence against civilians"],
        "Bandits entered Kasuwan Daji village in Niger State on Saturday night and abducted 30 residents, police said.",
    ),
    (
        ["Protests"],
        "Hundreds of health workers staged a sit-in outside the health ministry in Kinshasa on Monday to demand unpaid wages, a union official said.",
    ),
    (
        ["Protests"],
        "Shopkeepers in Srinagar observed a shutdown on Monday to protest the killing of a trader, and marched through the old city chanting slogans.",
    ),
    (
        ["Protests"],
        "Relatives of missing persons held a candlelight vigil in Quetta on Sunday evening, demanding that the authorities reveal the whereabouts of their loved ones.",
    ),
    (
        ["Protests"],
        "Police fired tear gas to disperse hundreds of opposition supporters who had gathered in central Dakar on Monday, witnesses said.",
    ),
    (
        ["Riots"],
        "Demonstrators torched vehicles and looted shops in the city of Kolwezi on Monday after a motorcycle taxi driver died in police custody, residents said.",
    ),
    (
        ["Strategic developments"],
        "The Wagner Group has set up a base at the airport in Menaka, a Malian official said on Monday.",
    ),
    (
        ["Strategic developments"],
        "Government forces handed over control of the town of Tessit to the army's new allies without a fight, local officials said on Monday.",
    ),
    (
        ["Strategic developments"],
        "Troops found and destroyed a cache of weapons and explosives belonging to the militants in a forest near Bunia on Sunday, the army said.",
    ),
    (
        ["Strategic developments"],
        "Russian forces looted the town hall and several homes in the village of Kozacha Lopan before withdrawing on Sunday, local officials said.",
    ),
    (
        ["Battles"],
        "In a post on Telegram, the Russian defence ministry said its forces had captured the village of Ocheretyne in the Donetsk region on Sunday.",
    ),
    (
        ["Battles"],
        "According to the Kurdish news agency ANHA, clashes broke out on Monday between SDF fighters and Turkish-backed factions near the town of Manbij.",
    ),
    (
        ["Violence against civilians"],
        "Local media reported that unidentified gunmen shot dead a district council member in the Kandahar city on Sunday evening.",
    ),
    (
        ["Violence against civilians"],
        "It was reported that on the night of 10 March, armed men belonging to the RSF stormed the village of Wad Rawah and killed seven civilians.",
    ),
    (
        ["Explosions/Remote violence"],
        "According to the statement of the Ministry of Defence, on Sunday, the enemy shelled the settlements of Nikopol district with heavy artillery, wounding a woman.",
    ),
    (
        [],
        "The UN Security Council will meet on Wednesday to discuss the escalating violence in eastern Congo.",
    ),
    (
        [],
        "Human rights groups have documented more than 300 extrajudicial killings by security forces since the start of the year.",
    ),
    ([], "Residents fear that the militants will return to the village after the rainy season."),
    (
        [],
        "The government has declared a state of emergency in three northern provinces following months of violence.",
    ),
    (
        [],
        "Police said they were investigating the cause of the fire, which destroyed a warehouse in the port area, and did not suspect foul play.",
    ),
    (
        [],
        "A court in Islamabad on Monday sentenced a former minister to seven years in prison for corruption.",
    ),
    ([], "Rebel leaders said they were ready to negotiate but would not lay down their arms."),
    (
        [],
        "The conflict, now in its third year, has killed at least 150,000 people, according to estimates.",
    ),
    (
        ["Violence against civilians", "Battles"],
        "Gunmen killed three farmers in the village of Dogo Nahawa near Jos on Sunday, police said.\n\nOn Monday, soldiers raided a hideout of the suspected attackers in the nearby forest, killing four of them, the army said.\n\nThe region has seen repeated cycles of reprisal attacks in recent years.",
    ),
    ([], "Floods damaged hundreds of homes in Beledweyne on Sunday, officials said."),
    (
        ["Strategic developments"],
        "Militiamen burned down 40 houses in the village of Kilo on Sunday, residents said.",
    ),
    (
        ["Violence against civilians"],
        "Gunmen killed five people at a market in Mopti on Monday, police said.\n\nOn 13 January, nine soldiers were killed in a roadside bomb blast, the army said.",
    ),
    (
        ["Battles"],
        "Soldiers clashed with rebels near Bambari on Monday, the army said.\n\nThe war broke out in December 2012 when rebels seized several towns and ousted the president.",
    ),
    (
        ["Battles", "Battles"],
        "Soldiers clashed with rebels near Bambari on Monday, the army said.\n\nIn January, rebels attacked the town and killed four soldiers.",
    ),
    (
        ["Protests", "Violence against civilians"],
        "Residents of Bunia took to the streets on Monday to denounce insecurity, two days after militiamen killed 14 people at a displacement camp in Djugu territory.",
    ),
    (
        ["Violence against civilians"],
        "The funeral of the nine villagers, who were killed by gunmen in Gidan Zaki on Saturday, was held on Monday amid heavy security.",
    ),
    (
        ["Violence against civilians"],
        "Mourners gathered in Tumaco on Monday for the burial of a community leader shot dead by FARC dissidents on Saturday.",
    ),
    (
        ["Explosions/Remote violence"],
        "Rescue workers were still searching the rubble on Monday of a building in Kharkiv that was hit by a Russian missile on Sunday, killing at least five people.",
    ),
    (
        ["Violence against civilians"],
        '"They shot my husband in front of our children," said Fatima, 32, whose husband was among six men killed by Fulani gunmen in Bokkos on Sunday.',
    ),
    (
        ["Explosions/Remote violence"],
        "The strike, which hit a crowded market in the town of Sahel Tiyo on Sunday, killed 12 people, the local administrator said.",
    ),
    (
        ["Violence against civilians"],
        "The bodies of four men abducted last week were discovered on Monday on the outskirts of Reynosa, state prosecutors said.",
    ),
    (
        ["Battles"],
        "The death toll from Sunday's clashes between the army and the RSF in El Obeid has risen to 23, medics said on Monday.",
    ),
    (
        ["Violence against civilians"],
        "Police are hunting for the gunmen behind Sunday's massacre of eight miners at a gold site near Siguiri.",
    ),
    (
        ["Explosions/Remote violence"],
        "A woman was killed and three others were wounded when a drone dropped an explosive on a bus stop in Kherson on Monday morning, the regional governor said.",
    ),
    (
        ["Battles"],
        "A soldier died of his wounds on Monday, a day after he was injured in an ambush by Al-Shabaab fighters near Afgoye, the army said.",
    ),
    (
        ["Violence against civilians"],
        "Thousands were displaced after armed men torched homes and killed at least 30 people in several villages of Kanyabayonga on Sunday, according to a UN statement released on Tuesday.",
    ),
    (
        ["Explosions/Remote violence"],
        "An explosion tore through a police station in Diyarbakir late on Monday, wounding six officers, the governor's office said, blaming PKK militants.",
    ),
    (
        ["Strategic developments"],
        "Security forces detained dozens of people in raids across Tehran on Monday, accusing them of spying for Israel, state media reported.",
    ),
    (
        ["Violence against civilians"],
        "Prayers were held in Kaduna on Sunday for the 12 traders, who were shot dead by bandits near Kajuru on Friday.",
    ),
    # arrests that forestall a protest still to come: no protest met by force
    (
        ["Strategic developments"],
        "Police in Harare arrested 40 opposition activists on Saturday ahead of a planned rally in the city centre, their lawyer said.",
    ),
    (
        ["Strategic developments"],
        "Authorities in Minsk arrested at least 30 people on the eve of an opposition demonstration, the Viasna rights centre said on Sunday.",
    ),
    (
        ["Strategic developments"],
        "Turkish police detained 18 members of a pro-Kurdish party in Diyarbakir on Friday before an upcoming protest over the removal of an elected mayor, the party said.",
    ),
    # a charge levelled again and again is a pattern, not an incident
    (
        ["Violence against civilians"],
        "The armed group has repeatedly been accused of recruiting child soldiers in the region. On Monday its fighters attacked a village near Beni, killing five people.",
    ),
    (
        ["Violence against civilians"],
        "The militia has frequently been accused of abducting women from villages along the river. Gunmen killed four farmers near Malakal on Sunday, officials said.",
    ),
    (
        ["Strategic developments"],
        "Security forces are often accused of torturing detainees. Police arrested two journalists in Yaounde on Monday.",
    ),
    # a court's ruling tells of a trial, not of the deed it judges
    (
        ["Battles"],
        "A military court in Goma on Monday sentenced 12 soldiers to death for fleeing the front during fighting with rebels last year. Fresh clashes broke out near Sake on Tuesday, residents said.",
    ),
    (
        ["Explosions/Remote violence"],
        "A court in Kyiv sentenced a soldier to five years in prison on Tuesday for deserting his unit during fighting in the east last year. Russian shelling killed two people in Kherson on Monday, the governor said.",
    ),
    (
        ["Strategic developments"],
        "Police jailed 30 protesters in Khartoum on Monday after a march against the army.",
    ),
    # a deal that settles a political crisis between parties; not a trade or coalition deal
    (
        ["Strategic developments"],
        "Two rival political parties reached a power-sharing deal in Juba on Saturday, officials said.",
    ),
    (
        ["Strategic developments"],
        "Leaders of the country's main political parties signed an agreement in Maputo on Friday to end months of post-election unrest, state radio reported.",
    ),
    (
        [],
        "The ruling party agreed on Tuesday to raise fuel subsidies, its spokesman said.",
    ),
    (
        [],
        "The two parties signed a coalition agreement in Berlin on Wednesday.",
    ),
    # arrests made in raids across a region, one night: arrests in each town named, the
    # raids only their means
    (
        ["Strategic developments", "Strategic developments"],
        "Israeli troops detained at least 15 Palestinians during raids across the occupied West Bank overnight, including in Nablus and Hebron, the Palestinian news agency WAFA said on Tuesday.",
    ),
    (
        ["Strategic developments", "Strategic developments", "Battles"],
        "Turkish police detained 40 suspected Islamic State members in raids in Istanbul and Ankara on Tuesday, the interior minister said.\n\nSeparately, PKK militants clashed with soldiers near Hakkari on Monday, the defence ministry said.",
    ),
    # armed robbers killed by the state's forces are an armed group, not civilians
    (
        ["Battles"],
        "Police killed two suspected armed robbers in Ibadan on Sunday, the state command said.",
    ),
    (
        ["Battles"],
        "Soldiers shot dead three armed robbers who had blocked the highway near Kumasi on Tuesday, the army said.",
    ),
    (
        ["Violence against civilians"],
        "Armed robbers killed a shopkeeper in Kano on Monday, police said.",
    ),
    # a mine named by what it yields is a pit, not a weapon
    (
        ["Battles"],
        "Fighters of the rebel group took control of coltan mines around Rubaya in North Kivu on Tuesday, residents said.",
    ),
    (
        ["Violence against civilians"],
        "Armed men attacked an artisanal gold mine in Zamfara on Sunday, killing six miners, police said.",
    ),
    # a teaser of another story ("Also read: ...", the lines under "Related stories") tells
    # that story's headline, no incident of this article
    (
        ["Violence against civilians"],
        "Gunmen killed four traders at a cattle market near Kaduna on Monday, police said.\n\nAlso read: Troops kill 20 bandits in forest raid in Zamfara",
    ),
    (
        ["Explosions/Remote violence"],
        "A suicide bomber killed nine worshippers at a mosque in Peshawar on Friday, police said.\n\nRelated stories\nTwo soldiers killed in roadside blast in North Waziristan\nGunmen shoot dead polio worker in Bajaur",
    ),
    (
        ["Battles"],
        "Soldiers and rebels fought for hours around the town of Kalehe on Monday, residents said.\n\nREAD MORE | Drone strike on a market kills five in Goma\n\nThousands of residents fled towards the lake.",
    ),
    # an onset put ahead by a word of schedule ("is due to take effect", "are expected to
    # resume") is still to come, on whatever day; a subject with its own past stays news
    (
        ["Strategic developments"],
        "The army and the rebels signed a ceasefire in Jeddah on Saturday, mediators said.\n\nThe truce is due to take effect on Tuesday evening.",
    ),
    (
        [],
        "Talks between the two main parties on forming a coalition government are expected to resume in Lahore on Wednesday.",
    ),
    (
        [],
        "A rally against the new tax is scheduled to take place in Lagos on Tuesday, organisers said.",
    ),
    (
        ["Battles"],
        "Fighting that broke out in Khartoum on Saturday is expected to continue, residents said.",
    ),
    (
        ["Strategic developments"],
        "The ceasefire signed in Doha on Sunday is set to take effect on Wednesday.",
    ),
    # the shells, canisters and grenades of riot police are no shelling and no bomb
    (
        ["Protests"],
        "Security forces fired tear gas shells to disperse the protesters in Imphal on Monday, and more than 30 were injured.",
    ),
    (
        ["Riots"],
        "Police lobbed teargas canisters and stun grenades at stone-throwing youths in Srinagar on Friday, witnesses said.",
    ),
    (
        ["Protests"],
        "Riot police fired tear-gas shells at demonstrators in Dhaka on Monday.",
    ),
    # an act told over a long stretch ("have long controlled", "have for years attacked") is
    # a state or a habit of the war; a short one ("for two hours") is the incident's length
    (
        ["Battles"],
        "Armed gangs stormed two prisons in Port-au-Prince over the weekend, officials said on Monday. At least 12 people were killed.\n\nGangs have long controlled much of the capital.",
    ),
    ([], "Jihadists have for years attacked convoys on the road between Gao and Menaka."),
    ([], "Militias have long fought over the gold mines in the region, residents said."),
    (["Battles"], "Soldiers clashed with rebels for two hours near Beni on Sunday."),
    # the outbreak a running count is measured from ("since the offensive began", "since the
    # start of the war") is its yardstick, no incident
    (
        [],
        "More than 8,000 people have been evacuated from the border area since the offensive began, officials say.",
    ),
    (
        [],
        "Aid agencies have delivered food to 200,000 people in Tigray since the clashes erupted in the region.",
    ),
    (
        [],
        "Some 2,000 families have been displaced since the start of the offensive on Kupiansk, officials said.",
    ),
    (
        ["Explosions/Remote violence"],
        "Rebels shelled Goma on Monday, the first attack on the city since fighting resumed in March.",
    ),
    # incidents told in the plural across many places (plural areas, the whole country) are a
    # wave, no incident at one place; "across the city" stays one place
    (
        ["Battles"],
        "Gunmen killed two soldiers near Jenin on Monday.\n\nViolent protests have erupted across the occupied territories, sparking fears of a new uprising.",
    ),
    ([], "Angry protests have broken out across the Kurdish regions, raising fears of unrest."),
    (
        ["Protests"],
        "Supporters of the opposition staged protests across the country on Saturday to reject the results.",
    ),
    (["Riots"], "Rioters torched shops across the city of Nakuru on Monday night, police said."),
    # undated, what people flee ("thousands flee fighting") is the war told as its effect
    (
        ["Explosions/Remote violence"],
        "Thousands flee fighting in Ethiopia's Amhara region, aid agencies say\n\nOn Sunday, an airstrike in the town of Finote Selam killed at least 26 people, according to a hospital official.",
    ),
    (
        ["Explosions/Remote violence"],
        "Families flee clashes in Sudan's El Fasher as shelling intensifies\n\nRebels shelled the city's main market on Monday, killing eight people, medics said.",
    ),
    (
        [],
        "Residents of Wad Madani fled the fighting with only what they could carry, aid workers said.",
    ),
    # an attack that killed people, told beside a clash close by that counts dead of its own
    (
        ["Violence against civilians", "Battles"],
        "PORT-AU-PRINCE, Haiti (AP) - Gang members killed at least nine people in the Haitian capital's Solino neighborhood over the weekend, a rights group said on Monday.\n\nOn Sunday, police fought gang members in Petion-Ville, killing three suspects, a police spokesman said.",
    ),
    (
        ["Violence against civilians", "Battles"],
        "KARACHI, Pakistan (Reuters) - Unknown gunmen killed five labourers in the port city's Manghopir area over the weekend, police said on Monday.\n\nOn Sunday, Rangers exchanged fire with militants in Orangi Town, killing two suspects, a spokesman said.",
    ),
    # a territory named before the town of its sentence ("In the southern Gaza Strip, a strike
    # on a tent in Rafah") holds that town: one incident, not one more in the territory
    (
        ["Explosions/Remote violence", "Explosions/Remote violence"],
        "Israeli strikes killed at least 12 Palestinians in Gaza City overnight, medics said on Tuesday.\n\nIn the southern Gaza Strip, an air strike on a tent in Rafah on Saturday killed five people, health officials said.",
    ),
    (
        ["Explosions/Remote violence", "Explosions/Remote violence"],
        "Israeli air strikes killed nine people in Jabalia overnight, the civil defence agency said on Tuesday.\n\nIn the north of the Gaza Strip, a strike on a school in Beit Lahia on Sunday killed four, it said.",
    ),
    # an undated report by the doers of the incident told before ("The attackers fired
    # rockets ...", "the militants used a car bomb") details that incident, whatever weapon
    # it names
    (
        ["Battles"],
        "Militants attacked a police station in northwest Pakistan before dawn on Monday, killing two officers, police said.\n\nThe attackers fired rockets and automatic weapons at the station in Bannu district and fled after a gunfight, a police official said.",
    ),
    (
        ["Battles"],
        'Al Shabaab militants attacked an army base near Jowhar on Sunday, killing five soldiers, a military officer said.\n\n"The militants used a car bomb at the gate before storming the base," he said.',
    ),
    (
        ["Violence against civilians"],
        "Gunmen stormed a village in central Mali's Mopti region on Sunday, killing 12 civilians, local officials said.\n\nThe attackers set fire to granaries and planted mines on the road out of the village of Ogossagou, a local official said.",
    ),
    # an undated incident someone reported before the dated one began was another
    (
        ["Battles", "Battles"],
        "Troops fought Boko Haram fighters near Bama on Sunday, killing 11 insurgents, the army said.\n\nLast month, local media reported that four soldiers had been killed during fighting with the insurgents in the area.",
    ),
    (
        ["Battles", "Battles"],
        "Soldiers clashed with jihadists near Gorom-Gorom on Sunday, killing eight militants, the army said.\n\nLast month, state television reported that three soldiers had been killed in a clash with the jihadists, without giving a location.",
    ),
    # a fronted "In X," frames the province X (gazetteer "Kirkūk"), not a second scene
    (
        ["Explosions/Remote violence"],
        "In Kirkuk, a roadside bomb exploded near a patrol of the Iraqi army in the Daquq district on Saturday, wounding two soldiers, security sources said.",
    ),
    (
        ["Violence against civilians"],
        "In Kirkuk, gunmen killed two shepherds in the Hawija district on Friday night, police said.",
    ),
    # a lead naming its country only as whose the target is ("Kenya's parliament") happened at
    # the dateline, not in a town the story names later
    (
        ["Protests", "Protests", "Protests"],
        "NAIROBI (Reuters) - Police opened fire on protesters who stormed Kenya's parliament on Tuesday, killing at least five people.\n\nDemonstrations also took place in Mombasa and Kisumu, where protesters lit bonfires.",
    ),
    (
        ["Protests", "Protests"],
        "ISLAMABAD (Reuters) - Police fired tear gas at supporters of Imran Khan who marched on Pakistan's parliament on Monday, the interior ministry said.\n\nIn Lahore, hundreds of party workers rallied peacefully outside the press club.",
    ),
    (
        ["Battles|Violence against civilians", "Explosions/Remote violence"],
        "KHARTOUM (Reuters) - Gunmen stormed the headquarters of Sudan's state broadcaster on Monday, killing two guards, witnesses said.\n\nIn Omdurman, an artillery shell hit a market, wounding six people.",
    ),
    # a wire round-up: its headline's "round-up" arrests no one
    (
        [
            "Battles|Violence against civilians",
            "Explosions/Remote violence",
            "Explosions/Remote violence",
        ],
        'Sahel round-up: attacks in Burkina Faso, Mali, Niger\n\nDAKAR, Aug 27 (AFP) - Hundreds of people were killed on Saturday when JNIM jihadists attacked the town of Barsalogho in central Burkina Faso, security sources said.\n\nIn Mali, the army said its drones had struck a "terrorist" gathering near Tinzaouaten in the Kidal region on Sunday, killing several fighters.\n\nIn Niger, a soldier was killed and three others wounded on Monday when their vehicle hit a mine near Assamaka, in the Agadez region, the defence ministry said.',
    ),
]

# Strikes told beside an interception: the strike and the interception when it landed in a
# clause of its own; the interception alone when the shot-down weapons are the strike's words.
INTERCEPTED: list[tuple[list[str], str]] = [
    (
        ["Explosions/Remote violence", "Strategic developments"],
        "Israeli air strikes hit positions near Damascus airport late on Monday, the Syrian defence ministry said, adding that air defences intercepted some of the missiles.",
    ),
    (
        ["Explosions/Remote violence", "Strategic developments"],
        "Drones hit an oil refinery in Tuapse overnight, setting it on fire, the governor said, adding that air defences intercepted two of the drones over the sea.",
    ),
    (
        ["Strategic developments"],
        "Russia launched 30 drones overnight, 25 of which were shot down over the Kursk region, the air force said.",
    ),
    (
        ["Strategic developments"],
        "Six drones were shot down over the Belgorod region on Monday, the defence ministry said.",
    ),
]

# A capitalised plural the tagger reads as a name, unlemmatised, opening a sentence.
CAPITALISED: list[tuple[str, str]] = [
    (
        "Explosions/Remote violence",
        "Rockets slammed into a fuel depot in Erbil late on Sunday, the Kurdish regional government said.",
    ),
    (
        "Explosions/Remote violence",
        "Drones attacked an oil depot in Bryansk on Monday, the governor said.",
    ),
]

# An undated sequel ("were later arrested") and the dated incident it follows.
SEQUELS: list[str] = [
    "Gunmen shot dead a village chief near Dosso on Sunday, residents said. Two suspects were later arrested.",
    "A grenade attack on a bar in Bujumbura on Sunday killed two people, police said. Three men were subsequently detained in connection with the attack.",
]

# An undated incident told as happening beside a dated one ("also"), in a town of its own: it
# took place on that one's day.
ALONGSIDE: list[str] = [
    "Russian missiles struck an apartment block in Dnipro on Tuesday, killing four people, the regional governor said. Russian shelling also killed a man in the town of Nikopol, he said.",
    "Police fired tear gas at opposition supporters in Kampala on Monday. Demonstrators also burned tyres in the town of Jinja, witnesses said.",
    "Israeli troops killed two Palestinians in a raid on Jenin on Saturday, the health ministry said.\n\nSoldiers also shot dead a teenager near Hebron, it said.",
]

# One side's taking of a town and the other side's retaking of it on a later day: two changes
# of hands, each of its own sub-type.
RETAKEN: list[str] = [
    "Rebels seized the town of Walikale on Saturday after heavy fighting, residents said.\n\nGovernment troops retook the town on Sunday after bringing in reinforcements, a local official said.",
    "Fano fighters took control of the town of Debre Tabor on Friday, residents said.\n\nOn Saturday, federal forces regained control of Debre Tabor after a day of fighting.",
]

# A village the gazetteer lacks, put in the region the sentence names with it, is the scene even
# beside a named country ("In Mali, ... near Tinzaouaten in the Kidal region") or in a country
# other than the article's: not the town of the incident told before.
LACKED_VILLAGES: list[tuple[list[str], str]] = [
    (
        ["Essakane", "Natiaboani"],
        "Gunmen killed at least 15 worshippers during Sunday mass at a Catholic church in Essakane village, in Oudalan province in the north-east of Burkina Faso, the local diocese said.\n\nOn the same day, armed men attacked a mosque in Natiaboani in the east of the country, killing dozens of worshippers.",
    ),
    (
        ["Assamaka", "Barsalogho", "Tinzaouaten"],
        "JNIM fighters attacked the town of Barsalogho in central Burkina Faso on Saturday, killing dozens of civilians.\n\nIn Mali, the army said its drones had struck a gathering of fighters near Tinzaouaten in the Kidal region on Sunday.\n\nIn Niger, a soldier was killed on Monday when his vehicle hit a mine near Assamaka, in the Agadez region, the defence ministry said.",
    ),
]
