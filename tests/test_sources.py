"""The sources stage: quotes and speakers, attributions, social-media references.

Sentences here are invented for the tests; the shared example and dev set are read at run time.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date

import pytest

from sitrep.analyze import Analyzer
from sitrep.analyze.layout import paragraphs
from sitrep.analyze.sources import is_direct, scan_quotes
from sitrep.ingest import read_path
from sitrep.model import Article, Sourcing


@pytest.fixture(scope="module")
def find(analyzer: Analyzer):
    """The spaCy pass, the layout and the sources stage alone (it reads no other layer)."""
    alone = Analyzer(stages=("layout", "sources"), resources=analyzer.resources)

    def run(text: str) -> Sourcing:
        return alone.analyze_one(Article(text=text, published=date(2023, 4, 11))).sources

    return run


def quotes_of(sourcing: Sourcing, text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in sourcing.quotes if is_direct(text, q)}


def sources_of(sourcing: Sourcing, text: str, words: str) -> list[str]:
    at = text.index(words)
    return next(a.sources for a in sourcing.attributions if a.start <= at < a.end)


# -- quotes -------------------------------------------------------------------------------------


def test_straight_quote_drops_trailing_comma_and_keeps_final_period(find) -> None:
    text = '"The bridge was hit twice," the mayor said. "Nobody was hurt." the mayor added.'
    found = quotes_of(find(text), text)
    assert found == {"The bridge was hit twice": "mayor", "Nobody was hurt.": "mayor"}


def test_curly_quote_broken_by_attribution_keeps_the_speaker(find) -> None:
    text = (
        "Gov. Marta Ilvesova spoke on Monday. “We lost power in the east. Crews are out,” "
        "she said. “We expect light by the evening.”"
    )
    found = quotes_of(find(text), text)
    assert found["We lost power in the east. Crews are out"] == "Gov. Marta Ilvesova"
    assert found["We expect light by the evening."] == "Gov. Marta Ilvesova"


def test_surname_resolves_to_the_fullest_name(find) -> None:
    text = (
        "Colonel General Piotr Zabrovsky visited the front on Sunday.\n\n"
        "“The enemy has switched to new tactics,” Zabrovsky told reporters."
    )
    found = quotes_of(find(text), text)
    assert found == {"The enemy has switched to new tactics": "Colonel General Piotr Zabrovsky"}


def test_pronoun_takes_the_last_named_speaker(find) -> None:
    text = (
        "Local farmer Tomas Elberg said the shelling began at dawn.\n\n"
        "“Our barn burned to the ground,” he said."
    )
    assert quotes_of(find(text), text) == {"Our barn burned to the ground": "Tomas Elberg"}


def test_ambiguous_pronoun_gives_no_speaker(find) -> None:
    text = (
        "Governor Ana Pellow said the bridge was hit.\n\n"
        "Colonel Ivo Marsh arrived at the bridge at noon.\n\n"
        "“It is a disaster,” he said."
    )
    assert quotes_of(find(text), text) == {"It is a disaster": None}


def test_quote_over_two_paragraphs_is_split_per_paragraph(find) -> None:
    text = (
        "The village head, Amadou Keita, said, “They came at night and took the cattle.\n\n"
        "“Then they burned the granary and left before sunrise.”"
    )
    found = quotes_of(find(text), text)
    assert found == {
        "They came at night and took the cattle.": "Amadou Keita",
        "Then they burned the granary and left before sunrise.": "Amadou Keita",
    }


def test_quote_paragraph_goes_on_with_the_voice_before_it(find) -> None:
    text = (
        "“The water was cut three days ago,” nurse Lina Okafor told the agency.\n\n"
        "“We are treating the wounded by torchlight.”\n\n"
        "The ministry gave no figures."
    )
    found = quotes_of(find(text), text)
    assert found["We are treating the wounded by torchlight."] == "Lina Okafor"
    text = "“They shot at the ambulance,” said Marek Duda, a driver.\n\n“Nobody stopped them.”"
    assert quotes_of(find(text), text)["Nobody stopped them."] == "Marek Duda"


def test_quote_paragraph_after_unquoted_text_gets_no_speaker(find) -> None:
    text = (
        "“The water was cut,” nurse Lina Okafor told the agency.\n\n"
        "Aid trucks waited at the crossing for a week.\n\n"
        "“We are treating the wounded by torchlight.”"
    )
    found = quotes_of(find(text), text)
    assert found.get("We are treating the wounded by torchlight.") is None
    assert found["The water was cut"] == "Lina Okafor"


def test_surname_alone_after_a_full_name_is_still_that_person(find) -> None:
    text = (
        "“The dam will hold,” engineer Pavel Hrubek told reporters on Monday.\n\n"
        "A convoy of trucks reached the town, said Ines Vallo, a commander of the brigade.\n\n"
        "“The river is still rising,” said Hrubek.\n\n"
        "“We have sandbags for two days,” he said."
    )
    assert quotes_of(find(text), text)["We have sandbags for two days"] == "Pavel Hrubek"


def test_a_speaker_after_its_verb_after_the_quote(find) -> None:
    text = "“No more curfews!” chanted students as they reached the square."
    assert quotes_of(find(text), text) == {"No more curfews!": "students"}
    text = '"Bring back our daughters," shouted a mother at the gate.'
    assert quotes_of(find(text), text) == {"Bring back our daughters": "mother"}


def test_it_after_a_statement_issued_is_its_issuer(find) -> None:
    text = (
        "The coast guard issued a statement late on Sunday.\n\n"
        "“Two vessels were turned back,” it said."
    )
    assert quotes_of(find(text), text) == {"Two vessels were turned back": "coast guard"}
    text = "The prefecture issued a communique. “Schools stay shut,” it added."
    assert quotes_of(find(text), text) == {"Schools stay shut": "prefecture"}


def test_the_official_after_a_named_official_is_that_person(find) -> None:
    text = (
        "Rodolfo Marti, the deputy governor of the province, condemned the raid. Nine were "
        "wounded, according to the official.\n\n“The roads are closed,” he added."
    )
    assert quotes_of(find(text), text) == {"The roads are closed": "Rodolfo Marti"}
    text = "Col. Amina Sow said the camp was full. “We need more tents,” the commander said."
    assert quotes_of(find(text), text) == {"We need more tents": "Col. Amina Sow"}


def test_the_official_after_an_unnamed_one_stays_that_one(find) -> None:
    text = "A police officer said four were killed. “We found them at dawn,” the officer said."
    assert quotes_of(find(text), text)["We found them at dawn"] == "police officer"


def test_decrying_or_branding_a_quoted_phrase_gives_its_speaker(find) -> None:
    text = "Mayor Olu Bakare decried “this cowardly ambush” on the convoy."
    assert quotes_of(find(text), text) == {"this cowardly ambush": "Mayor Olu Bakare"}
    text = "The interior ministry branded the raid “a deliberate provocation”."
    assert quotes_of(find(text), text)["a deliberate provocation"] == "interior ministry"


def test_one_word_scare_quotes_are_left_out_but_short_phrases_kept(find) -> None:
    text = "The army said ten fighters were “neutralized” in what it called a “terrorist attack”."
    found = quotes_of(find(text), text)
    assert "neutralized" not in found
    assert found["terrorist attack"] == "army"


def test_unattributed_quotes_have_no_invented_speaker(find) -> None:
    text = "The town, known locally as “the old fortress”, lies on the river."
    assert find(text).quotes == []


def test_quoted_subject_is_not_its_own_speaker(find) -> None:
    text = "‘Blue Brigade’ claims control of the town"
    assert quotes_of(find(text), text) == {}


def test_chants_and_placards_are_quotes_with_their_bearers(find) -> None:
    text = (
        "The marchers chanted “water for every home” outside the ministry.\n\n"
        "“No more cuts to our schools,” read a placard held by one student."
    )
    found = quotes_of(find(text), text)
    assert found["water for every home"] == "marchers"
    assert "student" in (found["No more cuts to our schools"] or "")


def test_speaker_told_to_a_relay_and_recalled_words(find) -> None:
    text = (
        "“We saw the convoy turn back,” a resident of Harvel told AFP.\n\n"
        "“Get off the road,” she recalled a soldier telling her."
    )
    found = quotes_of(find(text), text)
    assert found["We saw the convoy turn back"] == "resident of Harvel"
    assert found["Get off the road"] == "soldier"


def test_indirect_attribution_is_a_quote_but_not_a_direct_one(find) -> None:
    text = "Interior Minister Daro Vekić said that two police stations were set on fire overnight."
    sourcing = find(text)
    indirect = [q for q in sourcing.quotes if not is_direct(text, q)]
    assert [(q.speaker, q.text) for q in indirect] == [
        ("Interior Minister Daro Vekić", "two police stations were set on fire overnight")
    ]


# -- attributions -------------------------------------------------------------------------------


def test_according_to_and_said_attribute_their_sentence(find) -> None:
    text = (
        "Three people died in the strike, according to the regional health ministry. "
        "The roads are closed. Two more were injured, police and medics said."
    )
    sourcing = find(text)
    assert sources_of(sourcing, text, "Three people") == ["regional health ministry"]
    assert sources_of(sourcing, text, "The roads") == []
    assert sources_of(sourcing, text, "Two more") == ["police", "medics"]


def test_relay_chains_run_from_origin_to_relay(find) -> None:
    text = (
        "A source close to the army told Reuters that the base was evacuated. "
        "The Eastern Herald shared a clip from the Coast Guard of Varnia showing the blaze."
    )
    sourcing = find(text)
    assert sources_of(sourcing, text, "A source") == ["source close to the army", "Reuters"]
    assert sources_of(sourcing, text, "The Eastern Herald") == [
        "Coast Guard of Varnia",
        "Eastern Herald",
    ]


def test_datelines_passives_and_calls_are_not_sources(find) -> None:
    text = (
        "VARNO, May 2 (Reuters) - Two people were hurt in the blast, police said.\n\n"
        "The crew were reported safe.\n\n"
        'The mayor called on residents to "stay indoors tonight" after the blast.'
    )
    sourcing = find(text)
    assert sources_of(sourcing, text, "Two people") == ["police"]
    assert sources_of(sourcing, text, "The crew") == []
    assert sources_of(sourcing, text, "The mayor") == []
    assert quotes_of(sourcing, text) == {"stay indoors tonight": "mayor"}


def test_citing_and_quoted_by_put_the_relay_last(find) -> None:
    text = (
        "Forty people were detained, Daily Varnian reports, citing Reuters. "
        "The depot burned for hours, according to sources quoted by the Kestrel news agency."
    )
    sourcing = find(text)
    assert sources_of(sourcing, text, "Forty") == ["Reuters", "Daily Varnian"]
    assert sources_of(sourcing, text, "The depot") == ["sources", "Kestrel news agency"]


def test_report_from_an_organisation_names_the_organisation(find) -> None:
    text = "Fighting continued near the dam, a recent report from the Ministry of Water said."
    assert sources_of(find(text), text, "Fighting") == ["Ministry of Water"]


def test_photo_credits_are_never_sources(find) -> None:
    text = (
        "A damaged car sits among rubble on April 10, 2023. Ivan Petrov/Anadolu Agency/Getty\n\n"
        "The governor said the town was shelled."
    )
    sourcing = find(text)
    every = [name for a in sourcing.attributions for name in a.sources]
    assert every == ["governor"]
    assert [c.text for c in sourcing.credits] == ["Ivan Petrov/Anadolu Agency/Getty"]


# -- media --------------------------------------------------------------------------------------


def test_embedded_post_gives_quote_account_and_links(find) -> None:
    text = (
        "The coast guard released footage of the rescue.\n\n"
        "The coast guard published a video of the rescue in #Varnia. @harbour_news "
        "pic.twitter.com/Ab12Cd34 — Varnia Watch (@varnia_watch) April 11, 2023"
    )
    sourcing = find(text)
    post = [q for q in sourcing.quotes if q.speaker == "Varnia Watch (@varnia_watch)"]
    assert [q.text for q in post] == ["The coast guard published a video of the rescue in #Varnia."]
    assert [(m.url, m.platform, m.account, m.posted_by) for m in sourcing.media] == [
        ("pic.twitter.com/Ab12Cd34", "twitter", "@varnia_watch", "Varnia Watch")
    ]
    assert sources_of(sourcing, text, "The coast guard published") == [
        "coast guard",
        "Varnia Watch",
    ]


def test_embedded_post_with_day_month_date_and_british_single_quotes(find) -> None:
    text = (
        "Shelling resumed at dawn https://t.co/Qw12 — Port Authority (@port_auth) 3 May 2024\n\n"
        "'We will not leave the harbour,' said harbour master Ines Calder."
    )
    sourcing = find(text)
    assert [(m.url, m.account) for m in sourcing.media] == [("https://t.co/Qw12", "@port_auth")]
    found = quotes_of(sourcing, text)
    assert found["Shelling resumed at dawn https://t.co/Qw12"] == "Port Authority (@port_auth)"
    assert (found["We will not leave the harbour"] or "").endswith("Ines Calder")


def test_post_and_profile_urls_of_each_platform(find) -> None:
    text = (
        "See https://x.com/kyiv_watch/status/123 and twitter.com/other_one and t.me/frontnews "
        "and https://www.youtube.com/@warcam and facebook.com/cityhall and "
        "instagram.com/streetphotos and https://www.tiktok.com/@clipper/video/9 and "
        "fox.com/story and https://t.co/Zx9 here."
    )
    found = {(m.platform, m.account) for m in find(text).media}
    assert found == {
        ("x", "@kyiv_watch"),
        ("twitter", "@other_one"),
        ("telegram", "frontnews"),
        ("youtube", "@warcam"),
        ("facebook", "cityhall"),
        ("instagram", "@streetphotos"),
        ("tiktok", "@clipper"),
        ("twitter", None),
    }


def test_platform_named_without_url_is_tied_to_who_posted(find) -> None:
    text = (
        "In a Telegram post, Mayor Ilko Drach said two schools were hit. "
        "Governor Vera Sask wrote on Facebook that power was back. "
        "Videos shared on social media showed the fire."
    )
    found = {(m.platform, m.posted_by) for m in find(text).media}
    assert found == {
        ("telegram", "Mayor Ilko Drach"),
        ("facebook", "Governor Vera Sask"),
        (None, None),
    }


def test_messaging_and_newer_platforms_and_viral_posts(find) -> None:
    text = (
        "A video of the convoy circulated in WhatsApp groups on Monday. "
        "The senator wrote on Truth Social that aid was late. "
        "A clip of the raid went viral."
    )
    platforms = {m.platform for m in find(text).media}
    assert platforms == {"whatsapp", "truthsocial", None}
    text = "Footage of the blast, posted to vk.com/harbourwatch and weibo.com/tallyho, spread."
    found = {(m.platform, m.account) for m in find(text).media}
    assert found == {("vk", "harbourwatch"), ("weibo", "tallyho")}


def test_x_named_as_a_platform_is_one_post(find) -> None:
    text = "The governor wrote on the social media platform X that the bridge was shut."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [("x", "governor")]
    text = "The navy said on X, formerly known as Twitter, that a tanker was hit."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [("x", "navy")]


def test_a_platform_named_with_an_act_is_posted_by_its_doer(find) -> None:
    text = "The Northern Front claimed the ambush in a statement on Telegram."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [("telegram", "Northern Front")]
    text = "Mayor Lena Oduya condemned the shelling on Facebook."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [
        ("facebook", "Mayor Lena Oduya")
    ]


def test_url_takes_its_poster_from_the_sentence_naming_the_platform(find) -> None:
    text = (
        "A video posted by the Harbour Guard on its Telegram channel, t.me/harbourguard, showed it."
    )
    assert [(m.url, m.platform, m.account, m.posted_by) for m in find(text).media] == [
        ("t.me/harbourguard", "telegram", "harbourguard", "Harbour Guard")
    ]


def test_a_handle_and_its_platform_in_one_sentence_are_one_post(find) -> None:
    text = "The militia posted photos of the captured men on its Twitter account @ValleyWatch."
    assert [(m.platform, m.account, m.posted_by) for m in find(text).media] == [
        ("twitter", "@ValleyWatch", "militia")
    ]
    text = "The brigade shared the footage on Telegram, where its channel is @brigade44."
    assert [(m.platform, m.account) for m in find(text).media] == [("telegram", "@brigade44")]


def test_a_page_is_posted_on_by_its_owner(find) -> None:
    text = "According to a post on the interior ministry's Facebook page, police held 12 people."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [
        ("facebook", "interior ministry")
    ]
    text = "The statement appeared on the Harbour Guard's Telegram channel late on Monday."
    assert [(m.platform, m.posted_by) for m in find(text).media] == [("telegram", "Harbour Guard")]


def test_named_channels_after_a_group_of_channels(find) -> None:
    text = (
        "Several Telegram channels reported a fire at the depot. "
        "Blitz reported two explosions, while Kompas claimed the depot was hit by drones."
    )
    found = {(m.platform, m.account) for m in find(text).media}
    assert found == {("telegram", "Blitz"), ("telegram", "Kompas")}


def test_handle_after_a_name_is_that_account(find) -> None:
    text = "The reporter Ana Lind (@ana_lind) posted photos of the crater."
    assert [(m.account, m.posted_by) for m in find(text).media] == [("@ana_lind", "Ana Lind")]


# -- bad input ----------------------------------------------------------------------------------


def test_quotes_never_closed_invent_nothing(find) -> None:
    text = 'The mayor said "the water is rising and then nothing more.\n\nThe end came "later'
    sourcing = find(text)
    assert [q for q in sourcing.quotes if is_direct(text, q)] == []


def test_thousands_of_quotation_marks_scan_in_linear_time() -> None:
    def seconds(n: int) -> float:
        text = ('a "b" “c ‘d\' ' * n) + "end"
        started = time.perf_counter()
        scan_quotes(text, paragraphs(text))
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(20_000)
    assert large < 25 * small + 0.05


def test_thousands_of_quotation_marks_do_not_crash_the_stage(find) -> None:
    text = "He said " + '"' * 3001 + " and ‘“”’ " * 500 + "then left."
    sourcing = find(text)
    assert all(q.text.strip() for q in sourcing.quotes)
    assert isinstance(sourcing.attributions, list)


def test_the_stage_reads_the_lexicon_its_resources_loaded(analyzer: Analyzer) -> None:
    assert analyzer.stage("sources").lexicon is analyzer.resources.lexicons.sources


# -- shared data --------------------------------------------------------------------------------


@pytest.mark.shared
def test_example_article_gives_syrsky_and_the_nexta_post(shared, analyze) -> None:
    path = shared / "examples" / "bakhmut-2023-04-11.txt"
    text = next(iter(read_path(path))).text
    analysis = analyze(text, "2023-04-11")
    sourcing = analysis.sources
    speakers = {q.text: q.speaker for q in sourcing.quotes}
    assert speakers["switched to so-called scorched earth tactics"] == (
        "Colonel General Oleksandr Syrsky"
    )
    nexta = [m for m in sourcing.media if m.account == "@nexta_tv"]
    assert [(m.url, m.platform, m.posted_by) for m in nexta] == [
        ("pic.twitter.com/b2ENi6vVU9", "twitter", "NEXTA")
    ]
    shared_clip = sources_of(sourcing, text, "On Tuesday, the Belarusian")
    assert shared_clip[:2] == ["State Border Service of Ukraine", "NEXTA"]
    every = [name for a in sourcing.attributions for name in a.sources]
    assert not any("Getty" in name or "Anadolu" in name for name in every)
    assert [c.text for c in sourcing.credits] == ["Enes Yildirim/Anadolu Agency/Getty"]


@pytest.mark.shared
def test_eval_on_the_dev_set_gives_well_formed_figures(shared) -> None:
    from sitrep.evaluate.sources import run

    dev = shared / "benchmarks" / "events-dev"
    figures = run(dev)
    quotes, media = figures["quotes"], figures["media"]
    golds = [json.loads(p.read_text()) for p in sorted((dev / "gold").glob("*.json"))]
    assert figures["articles"] == len(golds)
    assert quotes["gold"] == sum(len(g["quotes"]) for g in golds)
    assert media["gold"] == sum(len(g["media"]) for g in golds)
    for share in (quotes["recall_with_speaker"], quotes["precision"], media["recall"]):
        assert 0.0 <= share <= 1.0
    assert quotes["recall_with_speaker"] >= 0.9
    assert media["recall"] >= 0.95
    assert 0.0 <= figures["attributions"]["recall"] <= 1.0


def test_a_mentions_fixed_words_are_the_ones_every_match_holds() -> None:
    from sitrep.analyze.sources.lexicon import required_words

    assert required_words(re.compile(r"\bsocial networks?\b(?! [A-Z])")) == "social network"
    assert required_words(re.compile(r"\b(?:on|via|to) X\b")) == " X"
    assert required_words(re.compile(r"\bTwitter\b", re.IGNORECASE)) is None  # `in` is exact
    assert required_words(re.compile(r"Twitter|X")) is None


# -- speakers named before the quote, pronouns, signs and posts (issue 11) ----------------------


def test_pronoun_with_no_speaker_before_is_the_one_person_named(find) -> None:
    text = (
        "The district chief, Oumar Diallo, toured the burned market on Friday. "
        "“Nothing is left for these families,” he said."
    )
    assert quotes_of(find(text), text) == {"Nothing is left for these families": "Oumar Diallo"}
    text = (
        "Ravi, a tailor in the old town, watched the convoy pass.\n\n"
        "“I closed my shop and ran,” he said."
    )
    assert quotes_of(find(text), text) == {"I closed my shop and ran": "Ravi"}


def test_pronoun_with_two_people_named_before_stays_unresolved(find) -> None:
    text = (
        "Lena Varga met Tomas Brill at the checkpoint on Monday. "
        "“The road is closed to everyone,” she said."
    )
    assert quotes_of(find(text), text) == {}  # a quote without a speaker is left out


def test_it_after_an_organisation_or_country_is_that_speaker(find) -> None:
    text = (
        "Norway voiced deep concern over the shelling of the camp.\n\n"
        "“Attacks on displaced people must stop at once,” it said."
    )
    assert quotes_of(find(text), text) == {
        "Attacks on displaced people must stop at once": "Norway"
    }
    text = (
        "The bloc reacted in a statement released by the office of its envoy.\n\n"
        "“Those who ordered this will answer for it,” it said."
    )
    assert "office" in (quotes_of(find(text), text)["Those who ordered this will answer for it"])


def test_people_by_trade_and_crowds_speak(find) -> None:
    text = "“We sleep in the mosque now,” said a 60-year-old fisherman from the coast."
    assert "fisherman" in (quotes_of(find(text), text)["We sleep in the mosque now"] or "")
    text = "“Give us our land back!” shouted the crowd at the gates."
    assert quotes_of(find(text), text) == {"Give us our land back!": "crowd"}
    text = "Asked about the arrests, the governor replied: “The law applies to all.”"
    assert quotes_of(find(text), text) == {"The law applies to all.": "governor"}


def test_signs_that_read_a_quote_speak_for_who_holds_them(find) -> None:
    text = 'Farmers blocked the road, waving a banner that read "NO WATER, NO VOTE".'
    assert quotes_of(find(text), text) == {"NO WATER, NO VOTE": "Farmers (banner)"}
    text = "Mothers carried placards reading “Where are our sons?” past the barracks."
    assert quotes_of(find(text), text) == {"Where are our sons?": "Mothers (placard)"}
    text = "One sign read: “Teachers are not criminals.”"
    assert quotes_of(find(text), text) == {"Teachers are not criminals.": "sign"}


def test_a_quote_over_paragraphs_takes_the_speaker_named_at_its_end(find) -> None:
    text = (
        "“The shelling never stops. The children no longer sleep.\n\n"
        "“We need a corridor out of the city,” said Petro Hrytsenko, a volunteer driver."
    )
    found = quotes_of(find(text), text)
    assert found["The shelling never stops. The children no longer sleep."] == "Petro Hrytsenko"
    assert found["We need a corridor out of the city"] == "Petro Hrytsenko"


def test_the_post_reads_is_the_post_embedded_before_it(find) -> None:
    text = (
        "The harbour authority shared a short clip.\n\n"
        "Fuego en el muelle tres, no se acerquen. — Puerto Sur (@puertosur) March 2, 2023\n\n"
        "The post reads, “Fire on pier three, keep away.”"
    )
    sourcing = find(text)
    assert quotes_of(sourcing, text)["Fire on pier three, keep away."] == "Puerto Sur"
    assert [m.account for m in sourcing.media] == ["@puertosur"]
    text = "The statement read: “Our units withdrew in good order.”"
    assert quotes_of(find(text), text) == {"Our units withdrew in good order.": "statement"}


def test_a_reporting_verb_tagged_as_a_noun_still_gives_its_speaker(find) -> None:
    # the tagger reads "accuses" after a name as a plural noun; the parse keeps it a clause
    text = 'The reporter, whom the governor accuses of "spreading lies about the army", fled.'
    assert quotes_of(find(text), text) == {"spreading lies about the army": "governor"}
    text = 'He leads the Liberation Front, whom the Interior Ministry accuses of "armed rebellion."'
    assert quotes_of(find(text), text) == {"armed rebellion.": "Interior Ministry"}


def test_quotes_joined_by_and_share_the_speaker_named_after_them(find) -> None:
    text = (
        "Tension grew all week in the capital.\n\n"
        "“’It is over for the junta!” and “We do not want him back!” shouted protesters "
        "when they heard the vote had been cancelled."
    )
    found = quotes_of(find(text), text)
    assert found["’It is over for the junta!"] == "protesters"
    assert found["We do not want him back!"] == "protesters"
    text = '"Leave now, all of you!" and "No more lies from the palace!" chanted the crowd.'
    assert set(quotes_of(find(text), text).values()) == {"crowd"}


def test_a_paragraph_ending_said_colon_announces_the_next_quote(find) -> None:
    text = (
        "In a statement on Sunday, the interior minister said:\n\n"
        "“The perpetrators will be found and punished.”"
    )
    assert quotes_of(find(text), text) == {
        "The perpetrators will be found and punished.": "interior minister"
    }
    text = (
        "Asked about the curfew, Mayor Lina Petrova told reporters:\n\n"
        '"Nobody leaves their home after dark until the army says so."'
    )
    assert quotes_of(find(text), text) == {
        "Nobody leaves their home after dark until the army says so.": "Mayor Lina Petrova"
    }


# -- wordings of unseen outlets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('"The bridge is gone," the engineer concluded.', "The bridge is gone", "engineer"),
        (
            "The envoy commented: “Nobody is safe on that road.”",
            "Nobody is safe on that road.",
            "envoy",
        ),
        ('"They took my husband," sobbed Halima Garba.', "They took my husband", "Halima Garba"),
    ],
)
def test_verbs_that_report_only_a_quote(find, text: str, quote: str, speaker: str) -> None:
    assert quotes_of(find(text), text) == {quote: speaker}


def test_a_verb_reporting_only_quotes_makes_no_source_without_one(find) -> None:
    text = "The brigade continued to advance along the river."
    assert find(text).quotes == []
    assert sources_of(find(text), text, "advance") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Local radio quoted the district chief as saying: "Nine huts burned."',
            "Nine huts burned.",
            "district chief",
        ),
        (
            "The agency quoted Colonel Sami Darwish as saying the base was 'fully secured'.",
            "fully secured",
            "Colonel Sami Darwish",
        ),
    ],
)
def test_quoted_as_saying_names_the_one_quoted(find, text: str, quote: str, speaker: str) -> None:
    assert quotes_of(find(text), text) == {quote: speaker}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            '"Nine huts burned," a herder, speaking on condition of anonymity, said.',
            "Nine huts burned",
            "herder",
        ),
        (
            '"We saw three trucks," one driver, asking not to be named, said.',
            "We saw three trucks",
            "one driver",
        ),
    ],
)
def test_an_aside_between_commas_does_not_hide_the_speaker(find, text, quote, speaker) -> None:
    assert quotes_of(find(text), text) == {quote: speaker}


def test_citing_others_leaves_the_quote_with_who_speaks(find) -> None:
    text = '"Guards beat the detainees," the monitor said in a report, citing former inmates.'
    assert quotes_of(find(text), text) == {"Guards beat the detainees": "monitor"}
    text = '"The camp was shelled twice," the agency said on Friday, citing aid workers.'
    assert quotes_of(find(text), text) == {"The camp was shelled twice": "agency"}


def test_a_listener_after_the_verb_is_not_the_speaker(find) -> None:
    text = "“They burned the granary,” Fatouma Cisse, 47, told Deutsche Welle (DW)."
    assert quotes_of(find(text), text) == {"They burned the granary": "Fatouma Cisse"}
    text = "“The well is poisoned,” Idrissa Maiga told Voice of America on Sunday."
    assert quotes_of(find(text), text) == {"The well is poisoned": "Idrissa Maiga"}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Another farmer, Idrissa Maiga, was blunter: "The patrols never come."',
            "The patrols never come.",
            "Idrissa Maiga",
        ),
        (
            'The prefect was defiant: "We will reopen the school."',
            "We will reopen the school.",
            "prefect",
        ),
    ],
)
def test_a_colon_hands_the_quote_to_the_subject_before_it(find, text, quote, speaker) -> None:
    assert quotes_of(find(text), text) == {quote: speaker}


def test_a_quote_standing_alone_belongs_to_the_one_person_just_introduced(find) -> None:
    text = 'Halima Garba, 60, walked through the burned market. "Everything is ash."'
    assert quotes_of(find(text), text) == {"Everything is ash.": "Halima Garba"}
    text = 'Mary Johnson lost two sons in the raid.\n\n"They were students, not fighters."'
    assert quotes_of(find(text), text) == {"They were students, not fighters.": "Mary Johnson"}


def test_a_quote_standing_alone_after_two_people_has_no_speaker(find) -> None:
    text = 'Halima Garba met Idrissa Maiga at the well. "Everything is ash."'
    assert quotes_of(find(text), text) == {}


def test_a_pronoun_finds_a_person_named_by_role(find) -> None:
    text = 'The prefect toured the camp on Sunday.\n\n"We need tents," he said.'
    assert quotes_of(find(text), text) == {"We need tents": "prefect"}
    text = 'The district commander inspected the front.\n\n"The line holds," she told reporters.'
    assert quotes_of(find(text), text) == {"The line holds": "district commander"}


def test_a_victim_named_in_between_does_not_take_the_pronoun(find) -> None:
    text = (
        "Mayor Ines Tamba said the gunmen fled north.\n\nSamuel Eto was shot outside his shop."
        '\n\n"We will find them," she said.'
    )
    assert quotes_of(find(text), text) == {"We will find them": "Mayor Ines Tamba"}


def test_a_name_the_tagger_missed_is_known_from_the_article(find) -> None:
    text = (
        "President Olusegun Adeyemi visited the town.\n\n"
        'Adeyemi wrote on Telegram: "We will rebuild."'
    )
    assert quotes_of(find(text), text) == {"We will rebuild.": "President Olusegun Adeyemi"}


def test_a_title_cut_off_by_its_period_keeps_the_name(find) -> None:
    text = '"The pass is open," said Brig. Gen. Tomas Ruiz, commander of the sector.'
    assert quotes_of(find(text), text) == {"The pass is open": "Brig. Gen. Tomas Ruiz"}
    text = '"Two posts fell," said Lt. Col. Amadou Sow of the gendarmerie.'
    assert quotes_of(find(text), text)["Two posts fell"].endswith("Amadou Sow")


def test_a_possessive_inside_a_single_quote_does_not_close_it(find) -> None:
    text = "'The herders' cattle were all taken,' said Amadou Sow."
    assert quotes_of(find(text), text) == {"The herders' cattle were all taken": "Amadou Sow"}
    text = "Ines Tamba said: ‘The nurses’ quarters were hit first.’"
    assert quotes_of(find(text), text) == {"The nurses’ quarters were hit first.": "Ines Tamba"}


def test_single_scare_quotes_after_a_plural_still_close(find) -> None:
    text = "Police called the men 'bandits' and said 'the area is calm now'."
    found = quotes_of(find(text), text)
    assert "the area is calm now" in found


def test_the_makers_possessive_names_who_speaks(find) -> None:
    text = 'The ministry\'s statement was short: "Order has been restored."'
    found = quotes_of(find(text), text)
    assert found == {"Order has been restored.": "ministry"}
    text = 'Oxfam\'s report said aid convoys were "blocked for weeks".'
    assert quotes_of(find(text), text) == {"blocked for weeks": "Oxfam"}


def test_an_age_in_apposition_makes_a_speaker_a_person(find) -> None:
    text = (
        "“The roof fell on us,” said Olena, 58.\n\nHer neighbour, Petro, 61, was wounded."
        "\n\n“I heard him calling,” she said."
    )
    assert quotes_of(find(text), text) == {
        "The roof fell on us": "Olena",
        "I heard him calling": "Olena",
    }


def test_one_of_a_group_named_in_apposition(find) -> None:
    text = 'One of the survivors, 19-year-old Aisha, recalled: "They split the men from us."'
    assert quotes_of(find(text), text) == {"They split the men from us.": "Aisha"}
    text = '"We ran to the river," one of the herders, Musa Abdullahi, told reporters.'
    assert quotes_of(find(text), text) == {"We ran to the river": "Musa Abdullahi"}


def test_the_army_after_the_military_is_the_same_body(find) -> None:
    text = (
        "The Ruritanian military said it struck a depot.\n\n"
        '"The depot stored rockets," the army said.'
    )
    assert quotes_of(find(text), text) == {"The depot stored rockets": "Ruritanian military"}
    text = 'The army of Ruritania said two posts fell. "We regrouped," the military said.'
    assert quotes_of(find(text), text) == {"We regrouped": "army of Ruritania"}


def test_a_quote_standing_alone_is_not_given_to_the_dead(find) -> None:
    text = 'Amadou Sow was shot at the well.\n\n"He was a good man."'
    assert quotes_of(find(text), text) == {}
    text = 'Ines Tamba died in the blast. "She fed half the street."'
    assert quotes_of(find(text), text) == {}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'In the words of one herder, "the river is our only border."',
            "the river is our only border.",
            "one herder",
        ),
        (
            '"Nobody came back." Those were the words of Ines Tamba, a nurse.',
            "Nobody came back.",
            "Ines Tamba",
        ),
    ],
)
def test_the_words_of_someone(find, text: str, quote: str, speaker: str) -> None:
    assert quotes_of(find(text), text) == {quote: speaker}


def test_as_someone_put_it(find) -> None:
    text = '"The road is a trap," as one driver put it.'
    assert quotes_of(find(text), text) == {"The road is a trap": "one driver"}
    text = 'As the prefect put it: "We hold the town by day only."'
    assert quotes_of(find(text), text) == {"We hold the town by day only.": "prefect"}
    assert find("They put the toll at forty.").quotes == []
