"""Subject rules (the goods an event is about), on sentences written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze_events(text, published)


def test_goods_given_by_value_between_two_sides_have_no_subject() -> None:
    text = ("Tariff row widens\n\nAustralia and Indonesia have already slapped 15 per cent tariffs on $20 billion "
            "of each other's goods since March.")
    hits = find(events(text), instrument="tariff")
    assert len(hits) == 2, events(text)
    assert all(list(e.subject) == [] for e in hits), hits
    whole = ("Tariff row widens\n\nAustralia and Indonesia slapped 15 per cent tariffs on each other's goods "
             "in March.")
    hits = find(events(whole), instrument="tariff")
    assert len(hits) == 2 and all(list(e.subject) == ["all_goods"] for e in hits), hits


def test_all_remaining_imports_are_all_goods() -> None:
    text = "Tariff row widens\n\nPresident Lula has threatened tariffs on all remaining imports from Argentina."
    hits = find(events(text), instrument="tariff", actor="BRA")
    assert hits, events(text)
    assert list(hits[0].subject) == ["all_goods"], hits


def test_goods_of_a_second_verb_phrase_stay_out() -> None:
    text = ("Trade fight\n\nIn March, Canada raised tariffs on $12 billion of Indian goods to 20 per cent and "
            "put the telecom supplier Tejas on a sanctions list.")
    hits = find(events(text), instrument="tariff", actor="CAN", action="raise")
    assert hits, events(text)
    assert "telecom" not in hits[0].subject, hits


def test_a_restatement_by_value_drops_all_goods() -> None:
    text = ("Brazil escalates\n\nMarkets slid after Brazil moved on Tuesday to double duties on Argentine imports.\n\n"
            "Brazil raised tariffs on $5 billion of Argentine goods to 30 per cent on Tuesday, officials said.")
    hits = find(events(text), instrument="tariff", actor="BRA", action="raise")
    assert len(hits) == 1, events(text)
    assert list(hits[0].subject) == [], hits


def test_entity_list_takes_the_sectors_of_all_listed_firms() -> None:
    text = ("Blacklist grows\n\nOn Tuesday the Commerce Department added SMIC and drone maker DJI to its "
            "Entity List.")
    hits = find(events(text), instrument="entity_list", actor="USA")
    assert hits, events(text)
    assert {"semiconductors", "industrial_goods"} <= set(hits[0].subject), hits  # drones: manufactured goods


def test_a_firm_of_generic_goods_on_a_list_gives_no_sector() -> None:
    text = ("Beijing hits back\n\nOn Tuesday China added Thermo Fisher, an American lab-equipment maker, to its "
            "unreliable entity list.")
    hits = find(events(text), instrument="entity_list", actor="CHN")
    assert hits, events(text)
    assert list(hits[0].subject) == [], hits


def test_a_deal_names_all_goods_only_when_its_sentence_does() -> None:
    bare = "Truce in Lima\n\nPeru and Chile agreed on Tuesday to halt new tariffs for 60 days."
    hits = find(events(bare), instrument="agreement")
    assert hits, events(bare)
    assert list(hits[0].subject) == [], hits
    told = ("Truce in Lima\n\nPeru and Chile agreed on Tuesday to cut their tariffs for 60 days, and Chilean duties "
            "on Peruvian goods will fall to 5%.")
    hits = find(events(told), instrument="agreement")
    assert hits, events(told)
    assert list(hits[0].subject) == ["all_goods"], hits


def test_a_deal_beside_a_list_given_by_value_has_no_subject() -> None:
    text = ("Truce ends\n\nPeru said on Tuesday it would put a 10% tariff on the remaining $30 billion of Chilean "
            "imports, ending a truce it had agreed with Chile in March.")
    hits = find(events(text), instrument="agreement")
    assert hits, events(text)
    assert list(hits[0].subject) == [], hits


def test_a_deal_on_tariffs_put_on_each_other_is_about_all_goods() -> None:
    text = ("Truce in Lima\n\nPeru and Chile agreed on Tuesday to a 60-day pause of the 20% and 15% tariffs imposed "
            "on each other.")
    hits = find(events(text), instrument="agreement")
    assert hits, events(text)
    assert list(hits[0].subject) == ["all_goods"], hits


def test_tools_for_making_chips_are_chipmaking_equipment() -> None:
    text = ("Seoul tightens\n\nOn Tuesday South Korea imposed export controls on tools for making memory chips "
            "bound for Vietnam.")
    hits = find(events(text), instrument="export_control", actor="KOR")
    assert hits, events(text)
    assert "chipmaking_equipment" in hits[0].subject, hits


def test_high_end_computing_chips_are_ai_chips() -> None:
    text = ("Seoul tightens\n\nOn Tuesday South Korea imposed export controls on high-end computing chips "
            "bound for Vietnam.")
    hits = find(events(text), instrument="export_control", actor="KOR")
    assert hits, events(text)
    assert list(hits[0].subject) == ["ai_chips"], hits


def test_goods_of_a_following_clause_with_its_own_subject_stay_out() -> None:
    text = "Canada suspends tariffs on Brazilian steel for 90 days as Embraer weighs aircraft orders\n\nBody text."
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert hits, events(text)
    assert "aircraft" not in hits[0].subject and "steel" in hits[0].subject, hits
    also = "Levies\n\nOn Tuesday India imposed a 20% tariff on steel from Mexico as well as Canadian aluminum."
    hits = find(events(also), instrument="tariff", actor="IND")
    assert hits and "aluminum" in hits[0].subject, events(also)


def test_an_including_list_of_rates_and_goods_gives_one_event_per_rate() -> None:
    text = ("Ottawa strikes back\n\nCanada will impose tariffs on $3bn of imports from Brazil from April 1, "
            "including a 15 per cent levy on Brazilian steel and 30 per cent duties on coffee and beef, "
            "officials said.")
    hits = find(events(text), instrument="tariff", actor="CAN", target="BRA")
    by_rate = {e.magnitude.value: set(e.subject) for e in hits if e.magnitude is not None}
    assert by_rate.get(15.0) == {"steel"} and by_rate.get(30.0) == {"agricultural_products"}, hits


def test_a_country_named_only_inside_the_list_is_not_a_target() -> None:
    text = ("Ottawa strikes back\n\nCanada will impose tariffs on $3bn of imports from the EU from April 1, "
            "including a 15 per cent levy on German steel and 30 per cent duties on Spanish wine.")
    evs = find(events(text), instrument="tariff", actor="CAN")
    assert {e.target for e in evs} == {"EU"}, evs
    assert {e.magnitude.value for e in evs if e.magnitude is not None} == {15.0, 30.0}, evs


def test_a_pause_naming_no_goods_takes_the_goods_of_the_measure() -> None:
    text = ("Reprieve for Peru\n\nOn Monday Chile imposed a 20% tariff on all imports from Peru. "
            "On Tuesday Chile suspended the tariffs on Peru for 30 days.")
    hits = find(events(text), instrument="tariff", actor="CHL", target="PER", action="suspend")
    assert hits, events(text)
    assert list(hits[0].subject) == ["all_goods"], hits


def test_a_gapped_tariff_clause_shares_goods_and_target() -> None:
    text = ("Levies pile up\n\nMexico raised its tariff on Korean steel to 35 per cent in June, while Brazil "
            "imposed duties of up to 20 per cent in July.")
    hits = find(events(text), instrument="tariff", actor="BRA")
    assert hits, events(text)
    assert hits[0].target == "KOR" and list(hits[0].subject) == ["steel"], hits


def test_a_deal_told_with_the_talks_behind_it_takes_their_goods() -> None:
    text = ("Deal in Oslo\n\nIndian and Australian negotiators said on Tuesday they had agreed on a framework, "
            "after two days of talks in Oslo that focused on Australia's lithium exports.")
    hits = find(events(text), instrument="agreement")
    assert hits, events(text)
    assert "critical_minerals" in hits[0].subject, hits


def test_talks_on_a_long_list_of_topics_reach_the_goods_at_its_end() -> None:
    text = ("Talks ahead\n\nTalks on market access, state subsidies, forced technology transfer, digital services, "
            "intellectual property, public procurement and "
            "steel will start next week between India and Japan, the ministry said.")
    hits = find(events(text), instrument="talks")
    assert hits, events(text)
    assert list(hits[0].subject) == ["steel"], hits


def test_the_companys_products_point_to_the_company_named_before() -> None:
    text = ("Seoul hits Qualcomm\n\nKorean regulators said on Monday that Qualcomm modems had failed a security "
            "review. On Tuesday South Korea ordered state carriers to stop buying the company's products.")
    hits = find(events(text), instrument="import_restriction", actor="KOR")
    assert hits, events(text)
    assert hits[0].target == "USA" and list(hits[0].subject) == ["semiconductors"], hits


def test_two_rates_on_two_lists_of_goods_under_one_verb_are_two_events() -> None:
    text = ("Lima retaliates\n\nPeru said on Tuesday it would impose a 20% tariff on Chilean steel and aluminum and "
            "a 5% tariff on wine, soybeans and cars starting March 20.")
    hits = find(events(text), instrument="tariff", actor="PER")
    by_rate = {e.magnitude.value: set(e.subject) for e in hits if e.magnitude is not None}
    assert by_rate.get(20.0) == {"steel", "aluminum"}, hits
    assert {"soybeans", "autos"} <= by_rate.get(5.0, set()), hits
    assert all(e.target == "CHL" for e in hits), hits


def test_motorcycles_and_tractors_are_industrial_goods() -> None:
    # eval/README.md: manufactured consumer and capital goods (motorcycles, tractors) are industrial goods
    text = "Levies\n\nOn Tuesday India imposed 30% tariffs on American motorcycles and tractors."
    hits = find(events(text), instrument="tariff", actor="IND")
    assert hits, events(text)
    assert list(hits[0].subject) == ["industrial_goods"], hits


def test_goods_in_an_apposition_list_belong_to_the_measure() -> None:
    text = ("Ottawa readies list\n\nCanada said on Tuesday it would impose levies on about C$3bn of Indian "
            "exports, a list whose best-known items are basmati rice, cotton shirts and steel pipes.")
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert hits, events(text)
    assert "steel" in hits[0].subject, hits


def test_talks_told_with_the_deal_they_produced_take_its_goods() -> None:
    text = ("Deal in Oslo\n\nUnder the deal that India and Australia announced in Oslo on Monday after two days of talks "
            "over the weekend, "
            "Indian duties on Australian goods will drop to 10% from 40%.")
    hits = find(events(text), instrument="talks")
    assert hits, events(text)
    assert list(hits[0].subject) == ["all_goods"], hits


def test_reciprocal_and_fentanyl_tariffs_in_other_words_are_all_goods() -> None:
    quoted = 'Levies\n\nOn Tuesday the US imposed a 24 per cent "reciprocal" tariff on Japan.'
    hits = find(events(quoted), instrument="tariff", actor="USA")
    assert hits and list(hits[0].subject) == ["all_goods"], events(quoted)
    over = "Levies\n\nOn Tuesday the US imposed a 10% tariff on Canada over fentanyl trafficking."
    hits = find(events(over), instrument="tariff", actor="USA")
    assert hits and list(hits[0].subject) == ["all_goods"], events(over)


def test_goods_in_a_relative_clause_on_another_noun_stay_out() -> None:
    text = ("Levies\n\nOn Tuesday India imposed a 20% tariff on Korean steel, raising costs for builders "
            "that have ordered solar panels.")
    hits = find(events(text), instrument="tariff", actor="IND")
    assert hits, events(text)
    assert list(hits[0].subject) == ["steel"], hits


def test_lexicon_electricity_jet_engine_parts_and_handbags() -> None:
    cases = {"electricity": "energy", "jet engine parts": "aircraft", "handbags": "industrial_goods",
             "graphics chips": "ai_chips"}
    for goods, subject in cases.items():
        text = f"Levies\n\nOn Tuesday India imposed a 20% tariff on {goods} from Bangladesh."
        hits = find(events(text), instrument="tariff", actor="IND")
        assert hits and subject in hits[0].subject, (goods, events(text))


def test_tariffs_that_have_taken_effect_on_listed_goods_are_imposed() -> None:
    text = ("Seoul answers\n\nSouth Korea's trade ministry said 15 percent tariffs of its own had taken effect on "
            "Japanese goods including seafood and cars.")
    hits = find(events(text), instrument="tariff", actor="KOR", action="impose")
    assert hits, events(text)
    assert {"agricultural_products", "autos"} & set(hits[0].subject), hits


def test_a_total_rate_summing_the_measures_is_not_an_event() -> None:
    text = ("Levies pile up\n\nOn Tuesday India raised its tariff on Chinese steel to 30 per cent. With the 10 per "
            "cent duty imposed in May, the total levy on Chinese steel stood at 40 per cent.")
    evs = find(events(text), instrument="tariff", actor="IND")
    assert evs, events(text)
    assert all(e.magnitude is None or e.magnitude.value != 40.0 for e in evs), evs


def test_a_lower_rate_for_named_goods_is_its_own_event_beside_the_general_rate() -> None:
    text = ("Levies\n\nOn Saturday Brazil imposed 30% tariffs on imports from Peru and Chile, with a lower 15% rate "
            "on Chilean copper.")
    evs = find(events(text), instrument="tariff", actor="BRA")
    got = {(e.target, e.magnitude.value, tuple(e.subject)) for e in evs if e.magnitude is not None}
    assert ("PER", 30.0, ("all_goods",)) in got and ("CHL", 30.0, ("all_goods",)) in got, evs
    assert ("CHL", 15.0, ("critical_minerals",)) in got, evs


def test_talks_to_resolve_the_dispute_state_no_goods() -> None:
    text = ("Lumber row\n\nOn Monday the US imposed a 20% tariff on Canadian lumber and steel. The US trade "
            "representative said he expected to enter negotiations with Ottawa to resolve the dispute.")
    hits = find(events(text), instrument="talks")
    assert hits, events(text)
    # "talks to resolve the dispute" is a back-reference that states no goods (eval/README.md, a16's gold)
    assert list(hits[0].subject) == [], hits


def test_goods_of_a_participle_clause_on_the_consequences_stay_out() -> None:
    text = ("Feud deepens\n\nOn Friday Japan imposed export controls on Korean steel, deepening a feud that "
            "threatens supply chains for chips and displays.")
    hits = find(events(text), instrument="export_control", actor="JPN")
    assert hits, events(text)
    assert list(hits[0].subject) == ["steel"], hits
    allowing = ("Relief\n\nOn Friday the US granted licences to Samsung's Chinese plants, allowing them to bring in "
                "chipmaking equipment.")
    hits = find(events(allowing), instrument="export_control", actor="USA")
    assert hits and "chipmaking_equipment" in hits[0].subject, events(allowing)


def test_a_retaliation_joined_to_a_tariff_on_all_goods_is_on_all_goods_too() -> None:
    text = ("Levies pile up\n\nThe rules come on top of the 60 per cent tariffs that India imposed on all Chinese "
            "goods in March, and Beijing's retaliatory levy of 50 per cent.")
    hits = find(events(text), instrument="tariff", actor="CHN")
    assert hits, events(text)
    assert hits[0].target == "IND" and list(hits[0].subject) == ["all_goods"], hits
