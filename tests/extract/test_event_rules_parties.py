"""Actor and target of events (who acts, who is hit); on invented text."""

from __future__ import annotations

from event_helpers import analyze_events

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def of(evs, instrument: str):
    return [e for e in evs if e.instrument == instrument]


def test_a_party_of_the_next_measure_in_the_sentence_is_not_the_first_ones_target() -> None:
    evs = events("Japan's trade ministry on Tuesday placed export controls on cobalt and nickel, and added "
                 "Acme Widgets, a Korean machinery group, to its entity list.")
    controls = of(evs, "export_control")
    assert controls and all((e.actor, e.target) == ("JPN", None) for e in controls)


def test_it_as_subject_is_the_government_of_the_sentence_before() -> None:
    evs = events("On Tuesday the South Korean trade ministry added 30 Japanese firms to its export blacklist. "
                 "It also restricted sales of lithium batteries and solar cells.")
    controls = [e for e in of(evs, "export_control") if "lithium_batteries" in e.subject]
    assert controls and all((e.actor, e.target) == ("KOR", "JPN") for e in controls)


def test_it_as_subject_when_an_earlier_clause_names_only_the_goods_destination() -> None:
    evs = events("Australia tightened its grip on the trade in ore. "
                 "Last spring it restricted exports of lithium to Indonesia, and in May it added Nusantara "
                 "Metals, an Indonesian refiner, to its entity list.")
    listed = of(evs, "entity_list")
    assert listed and all((e.actor, e.target) == ("AUS", "IDN") for e in listed)


def test_the_country_whose_move_is_condemned_is_the_target_of_the_answer() -> None:
    evs = events("India's trade ministry said on Thursday that New Delhi strongly condemned the Turkish "
                 "decision and would take firm countermeasures.")
    answer = of(evs, "other")
    assert answer and all((e.actor, e.target, e.action) == ("IND", "TUR", "threaten") for e in answer)


def test_a_wto_ruling_goes_against_the_country_whose_goods_it_lets_be_taxed() -> None:
    evs = events("The World Trade Organization ruled on Monday that Canada could impose duties on $2 billion "
                 "of Brazilian goods a year.")
    rulings = of(evs, "legal_ruling")
    assert rulings and all((e.actor, e.target, e.action) == (None, "BRA", "rule") for e in rulings)


def test_a_wto_ruling_on_a_firms_subsidies_goes_against_the_firms_country() -> None:
    evs = events("Brussels said its levies were allowed by a World Trade Organization ruling last month that "
                 "found state loans for Boeing were illegal.")
    rulings = of(evs, "legal_ruling")
    assert rulings and all((e.actor, e.target, e.subject) == (None, "USA", ("aircraft",)) for e in rulings)


def test_an_investigation_targets_the_country_whose_measure_it_finds_unfair() -> None:
    evs = events("The European Commission on Monday concluded an anti-subsidy investigation opened in March by "
                 "finding that Indonesia's subsidies for nickel smelters hurt European producers.")
    probes = of(evs, "other")
    assert probes and all((e.actor, e.target) == ("EU", "IDN") for e in probes)


def test_a_member_states_goods_in_a_sentence_naming_the_eu_are_the_unions() -> None:
    evs = events("Mexico said on Monday it would suspend its tariffs on goods from the European Union, "
                 "including Spanish wine and Danish cheese.")
    tariffs = of(evs, "tariff")
    assert tariffs and {(e.actor, e.target) for e in tariffs} == {("MEX", "EU")}


def test_two_governments_agreeing_to_drop_tariffs_drop_each_others() -> None:
    evs = events("Australia and the United Kingdom agreed on Wednesday to scrap tariffs on cheese and "
                 "whisky for three years.")
    tariffs = of(evs, "tariff")
    assert {(e.actor, e.target) for e in tariffs} == {("AUS", "GBR"), ("GBR", "AUS")}


def test_two_governments_winning_a_reprieve_are_not_each_others_targets() -> None:
    evs = events("Vietnam and Thailand won a 60-day reprieve from the duties Washington had ordered against them.")
    assert not any({e.actor, e.target} == {"VNM", "THA"} for e in of(evs, "tariff"))


def test_a_measure_naming_no_target_falls_on_the_one_target_the_article_tells_for_it() -> None:
    evs = events("Brazil on Monday raised its tariffs on Argentine wheat to 20 per cent from 12 per cent.\n"
                 "The move extends a dispute that began when President Lula imposed tariffs in 2023.")
    earlier = [e for e in of(evs, "tariff") if e.event_date == "2023"]
    assert earlier and all((e.actor, e.target) == ("BRA", "ARG") for e in earlier)


def test_a_measure_naming_no_target_keeps_none_when_the_article_tells_several() -> None:
    evs = events("Brazil on Monday raised its tariffs on Argentine wheat to 20 per cent from 12 per cent.\n"
                 "Brazil also raised its tariffs on Chilean copper to 15 per cent from 8 per cent.\n"
                 "The moves extend a dispute that began when President Lula imposed tariffs in 2023.")
    earlier = [e for e in of(evs, "tariff") if e.event_date == "2023"]
    assert earlier and all((e.actor, e.target) == ("BRA", None) for e in earlier)


def test_a_country_after_to_before_the_verb_is_not_the_subject() -> None:
    evs = events("Japan on Monday barred toolmakers from selling machine tools to the Russian company, and "
                 "added 12 of its subsidiaries to a trade blacklist.")
    listed = of(evs, "entity_list")
    assert listed and all((e.actor, e.target) == ("JPN", "RUS") for e in listed)


def test_a_country_right_before_a_gerund_is_its_subject() -> None:
    evs = events("Canada had cut off sales of potash to China in March in retaliation for Beijing restricting "
                 "exports of rare earths.")
    assert ("CHN", "CAN") in {(e.actor, e.target) for e in of(evs, "export_control")}


def test_a_party_after_a_participle_clause_is_not_the_measures_target() -> None:
    evs = events("In March it added Hanoi Optics, a Vietnamese lens maker, to its entity list, cutting it off "
                 "from many Japanese suppliers.")
    listed = of(evs, "entity_list")
    assert listed and {e.target for e in listed} == {"VNM"}


def test_a_parallel_clause_shares_the_first_measures_target_and_goods() -> None:
    evs = events("Turkey raised its duties on Chinese steel to 40 per cent in March, while Brazil imposed "
                 "duties of 25 per cent in April.")
    brazil = [e for e in of(evs, "tariff") if e.actor == "BRA"]
    assert brazil and all((e.target, e.subject) == ("CHN", ("steel",)) for e in brazil)


def test_he_as_subject_of_a_call_is_the_leader_of_the_sentence_before() -> None:
    evs = events("China and the United States remain at odds over tariffs, and Beijing warned Washington "
                 "again on Monday.\nPrime Minister Anthony Albanese said on Monday that Canberra wanted calm. "
                 "He spoke by phone with the Indian prime minister on Tuesday.")
    calls = of(evs, "leader_call")
    assert calls and {frozenset((e.actor, e.target)) for e in calls} == {frozenset(("AUS", "IND"))}


def test_countermeasures_are_aimed_at_the_one_other_government_of_the_sentence() -> None:
    evs = events("China and the United States traded threats again, and Beijing told Washington that China "
                 "would not back down.\nCanada's trade minister said on Thursday she would meet her Japanese "
                 "counterpart next week and that Ottawa was preparing countermeasures in case the talks failed.")
    answers = [e for e in evs if e.actor == "CAN" and e.instrument in ("other", "tariff")]
    assert answers and all(e.target == "JPN" for e in answers)


def test_a_concession_naming_no_target_in_a_two_country_story_is_to_the_other_country() -> None:
    evs = events("India and Australia ended two days of trade talks in Delhi on Friday. Australia said India "
                 "had offered to cut tariffs on Australian wine.\nCanberra began issuing licences for uranium "
                 "exports last week.")
    eased = [e for e in of(evs, "export_control") if e.action == "ease"]
    assert eased and all((e.actor, e.target) == ("AUS", "IND") for e in eased)


def test_a_third_countrys_counter_tariffs_answer_the_main_actor_of_the_story() -> None:
    evs = events("India raised tariffs on Chinese steel to 30 per cent on Monday and imposed duties on "
                 "Chinese solar cells on Tuesday.\nChina said the Indian duties were unfair.\n"
                 "Indonesia on Wednesday imposed counter-tariffs of 10 per cent.")
    indonesia = [e for e in of(evs, "tariff") if e.actor == "IDN"]
    assert indonesia and all(e.target == "IND" for e in indonesia)


def test_a_firm_named_before_the_measure_gives_its_country_and_trade() -> None:
    evs = events("ZTE shares jump as Washington eases export curbs on Monday.")
    eased = of(evs, "export_control")
    assert eased and all((e.actor, e.target, e.subject) == ("USA", "CHN", ("telecom",)) for e in eased)


def test_the_company_in_a_ban_is_the_firm_told_before() -> None:
    evs = events("China's cyberspace regulator said on Sunday that Micron chips had failed a security review. "
                 "It ordered state banks to stop buying the company's products.")
    bans = of(evs, "import_restriction")
    assert bans and all((e.actor, e.target, e.subject) == ("CHN", "USA", ("semiconductors",)) for e in bans)


def test_a_listing_takes_the_listed_firms_sector_beside_the_goods_named() -> None:
    evs = events("Washington on Friday added dozens of Chinese companies, including ZTE and a drone maker, "
                 "to a trade blacklist.")
    listed = of(evs, "entity_list")
    assert listed and all(e.target == "CHN" and "telecom" in e.subject for e in listed)


def test_goods_ranging_from_one_sides_to_the_others_are_each_sides_tariffs() -> None:
    evs = events("The deal, signed as Prime Minister Anthony Albanese met British leaders in London, extends a "
                 "pause of tariffs on $2 billion of goods, from British beef to Australian wine.")
    paused = [e for e in of(evs, "tariff") if e.action in ("suspend", "extend")]  # (a pause extended)
    assert {(e.actor, e.target) for e in paused} == {("GBR", "AUS"), ("AUS", "GBR")}


def test_a_title_and_name_after_with_are_one_companion_not_the_subject() -> None:
    evs = events("President Donald Trump said he would speak with Chinese President Xi Jinping this week, "
                 "and warned that the tariffs on China could rise sharply.")
    threats = [e for e in of(evs, "tariff") if e.action == "threaten"]
    assert threats and all((e.actor, e.target) == ("USA", "CHN") for e in threats)


def test_a_case_naming_no_one_is_against_the_country_whose_measures_hit_the_filer() -> None:
    evs = events("Mexico on Monday imposed tariffs of 30 per cent on Brazilian steel.\n"
                 "Brasilia said on Tuesday it had filed a case at the World Trade Organization.")
    cases = of(evs, "legal_ruling")
    assert cases and all((e.actor, e.target, e.action) == ("BRA", "MEX", "announce") for e in cases)


def test_a_subsidiary_told_beside_its_parent_adds_no_target() -> None:
    evs = events("On Monday Washington imposed sanctions banning transactions with ByteDance, the owner of "
                 "TikTok, starting in 30 days.")
    assert {e.target for e in of(evs, "sanction")} == {"CHN"}


def test_the_two_sides_of_a_deal_are_the_storys_two_governments() -> None:
    evs = events("Japan and South Korea agreed on Tuesday to end their dispute over chip materials. "
                 "Tokyo and Seoul will restore each other's fast-track export status.\n"
                 "Japan's trade minister said the agreement showed the two sides could cooperate, and would "
                 "let them focus on the threat from China's overcapacity.")
    deals = of(evs, "agreement")
    assert deals and all({e.actor, e.target} == {"JPN", "KOR"} for e in deals)


def test_applications_from_a_countrys_firms_do_not_make_it_the_controls_owner() -> None:
    evs = events("The Commerce Department said on Monday that exporters of advanced chipmaking tools will "
                 "need licences when the buyer is a plant in Vietnam, and applications from Vietnamese-owned "
                 "factories face a presumption of denial.")
    assert not any(e.actor == "VNM" for e in of(evs, "export_control"))


def test_minerals_sourced_from_a_country_are_its_export_controls() -> None:
    evs = events("Export controls on graphite sourced from China took effect on Monday.")
    controls = of(evs, "export_control")
    assert controls and all(e.actor == "CHN" for e in controls)


def test_a_provinces_premier_is_not_a_national_premier() -> None:
    evs = events("Doug Ford, Ontario's premier, suspended the surcharge on electricity exports to the "
                 "United States on Tuesday.")
    assert evs and not any(e.actor == "CHN" for e in evs)


def test_countries_that_won_a_reprieve_are_the_targets() -> None:
    evs = events("Japan's new duties took effect on Monday, while Vietnam and Thailand won a 60-day reprieve "
                 "from the levies Tokyo had ordered.")
    paused = [e for e in of(evs, "tariff") if e.action == "suspend"]
    assert paused and {e.target for e in paused} == {"VNM", "THA"} and all(e.actor == "JPN" for e in paused)


def test_the_subject_of_a_relative_clause_on_the_measure_is_its_owner() -> None:
    evs = events("Vietnam and Thailand won a 60-day reprieve from the duties Washington had ordered against them.")
    paused = of(evs, "tariff")
    assert paused and {(e.actor, e.target) for e in paused} == {("USA", "VNM"), ("USA", "THA")}


def test_a_member_states_goods_in_a_headline_over_an_eu_story_are_the_unions() -> None:
    evs = analyze(Article(
        text="Canada to hit Italian cheese with tariffs\n"
             "Canada will impose tariffs on $1bn of imports from the European Union next month. "
             "The EU said it regretted the decision, and EU officials said the bloc would respond.",
        published="2025-06-20")).events
    assert evs and not any(e.target == "ITA" for e in evs)


def test_two_countries_both_let_off_are_not_made_each_others_actor() -> None:
    evs = events("Mexico and Canada were exempted from the tariffs on Tuesday.")
    assert not any({e.actor, e.target} == {"MEX", "CAN"} for e in evs)


def test_an_investment_ban_naming_no_target_falls_on_the_one_other_government_named() -> None:
    evs = events("Last week Tokyo put the firm on a list of companies it says are controlled by Russia's "
                 "military; under a decree signed in May, Japanese investors will be barred from buying "
                 "shares in such companies from July.")
    bans = of(evs, "investment_restriction")
    assert bans and all((e.actor, e.target) == ("JPN", "RUS") for e in bans)


def test_they_after_a_meeting_of_two_governments_act_each_on_the_other() -> None:
    evs = events("Indian and Australian ministers met in Perth on Monday. They agreed to cut tariffs on "
                 "wine and lentils for a year.")
    cuts = [e for e in of(evs, "tariff") if e.action == "lower"]
    assert {(e.actor, e.target) for e in cuts} == {("IND", "AUS"), ("AUS", "IND")}


def test_the_company_in_a_control_is_the_firm_told_before() -> None:
    """'export controls on the company' (no "'s products" after it) points to the firm named before."""
    evs = events("Huawei has been on the Entity List since 2019. On Tuesday the Commerce Department imposed new "
                 "export controls on the company, officials said.")
    hits = [e for e in evs if e.instrument == "export_control"]
    assert hits and hits[0].actor == "USA" and hits[0].target == "CHN", evs
