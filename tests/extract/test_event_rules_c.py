"""Event rules for deal and tariff-letter stories, on sentences written for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2025-09-12"):  # a Friday
    return analyze_events(text, published)


def test_a_country_that_will_pay_a_rate_is_the_target_of_a_tariff() -> None:
    evs = events("Deal done\n\nThailand will pay a 18 percent tariff on its exports to the United States "
                 "after its prime minister met President Donald Trump on Tuesday.")
    hits = find(evs, instrument="tariff", actor="USA", target="THA", action="impose")
    assert hits, evs
    assert hits[0].subject == ("all_goods",)
    assert hits[0].magnitude is not None and hits[0].magnitude.value == 18.0


def test_goods_that_will_face_a_rate_are_all_of_a_countrys_goods() -> None:
    evs = events("Deal done\n\nWashington and Hanoi reached a framework on Monday under which Vietnamese "
                 "exports will face a 20% tariff.")
    hits = find(evs, instrument="tariff", actor="USA", target="VNM", action="impose")
    assert hits and hits[0].subject == ("all_goods",), evs


def test_paying_a_rate_needs_a_country_that_pays() -> None:
    evs = events("Costs\n\nImporters will pay a 10% tariff, and shoppers will feel it, economists said.")
    assert not find(evs, instrument="tariff", action="impose"), evs


def test_putting_off_a_tariff_defers_it() -> None:
    evs = events("Reprieve\n\nThe White House on Wednesday put off for 60 days the 40% tariff on Brazilian goods.")
    hits = find(evs, instrument="tariff", actor="USA", target="BRA")
    assert hits and hits[0].action == "defer", evs


def test_a_deferral_is_dated_by_the_decision_not_by_the_start_of_the_deferred_measure() -> None:
    evs = events("Reprieve\n\nThe White House on Wednesday put off the 40% tariff it had threatened to impose on "
                 "Brazilian goods from Monday.")
    hits = find(evs, instrument="tariff", actor="USA", target="BRA", action="defer")
    assert hits and hits[0].event_date == "2025-09-10", evs


def test_lifting_a_levy_to_a_rate_raises_it() -> None:
    evs = events("Washington lifts duty on Brazilian goods to 50 per cent\n\nThe increase took effect on Wednesday.")
    hits = find(evs, instrument="tariff", actor="USA", target="BRA")
    assert hits and hits[0].action == "raise", evs


def test_lifting_a_levy_with_no_new_rate_still_removes_it() -> None:
    evs = events("Relief\n\nOttawa lifted its surtax on Chinese steel on Wednesday.")
    hits = find(evs, instrument="tariff", actor="CAN", target="CHN")
    assert hits and hits[0].action == "lower", evs


def test_a_pact_that_scopes_the_goods_of_a_measure_is_no_deal() -> None:
    evs = events("Levy rises\n\nWashington raised the tariff on Mexican goods not covered by the trade pact to "
                 "30% from 25% starting Monday.")
    assert not find(evs, instrument="agreement"), evs
    hits = find(evs, instrument="tariff", actor="USA", target="MEX", action="raise")
    assert hits and hits[0].event_date == "2025-09-15", evs


def test_a_pact_signed_is_still_a_deal() -> None:
    evs = events("Deal\n\nMexico and the United States signed a trade pact on Monday.")
    assert find(evs, instrument="agreement", action="agree"), evs


def test_a_rate_a_countrys_goods_would_face_is_a_threatened_tariff() -> None:
    evs = events("Letter\n\nIn a letter on Monday, President Donald Trump told Brasilia that Brazilian goods would "
                 "face 50% from October 1.")
    hits = find(evs, instrument="tariff", actor="USA", target="BRA", action="threaten")
    assert hits, evs
    assert hits[0].magnitude is not None and hits[0].magnitude.value == 50.0
    assert hits[0].subject == ("all_goods",)


def test_a_rate_a_countrys_goods_will_be_charged_is_a_tariff() -> None:
    evs = events("Deal\n\nPresident Donald Trump said on Monday that Thai goods would be charged 19 percent under "
                 "the new framework.")
    hits = find(evs, instrument="tariff", actor="USA", target="THA", action="impose")
    assert hits and hits[0].magnitude is not None and hits[0].magnitude.value == 19.0, evs


def test_a_share_move_is_no_rate_a_country_faces() -> None:
    evs = events("Markets\n\nJapanese exporters rose 3% on Monday as investors cheered the framework.")
    assert not find(evs, instrument="tariff"), evs


def test_a_deal_that_sets_a_rate_on_a_countrys_goods_is_about_all_goods() -> None:
    evs = events("Deal\n\nWashington and Bangkok reached a trade agreement on Monday under which Thai exports will "
                 "face a 19 percent tariff.")
    hits = find(evs, instrument="agreement", action="agree")
    assert hits and "all_goods" in hits[0].subject, evs


def test_a_deal_said_to_be_made_hard_is_no_deal() -> None:
    evs = events("Spat\n\nThe president wrote on Thursday that Brazil's plan to tax American tech firms would make a "
                 "trade deal \"very difficult\".")
    assert not find(evs, instrument="agreement"), evs


def people(text: str, published: str = "2025-09-12"):
    return analyze(Article(text=text, published=published)).people


def test_a_bare_lower_case_role_in_apposition_names_a_person() -> None:
    found = people("Briefing\n\nPark Min-soo, deputy minister for trade negotiations, told reporters the talks "
                   "would resume.")
    assert [(p.name, p.role) for p in found] == [("Park Min-soo", "deputy minister for trade negotiations")]


def test_a_list_of_companies_is_no_apposition() -> None:
    found = people("Markets\n\nToyota Motor, Honda Motor and Subaru rose, traders said.")
    assert all(p.name not in ("Toyota Motor", "Honda Motor") for p in found)


def test_the_labour_statistics_commissioner_is_a_known_office() -> None:
    found = people("Jobs\n\nThe president fired Erika McEntarfer, who ran the statistics agency.", "2025-08-01")
    assert [(p.name, p.country) for p in found] == [("Erika McEntarfer", "USA")]


def companies(text: str, published: str = "2025-09-12"):
    return {c.name: c.move for c in analyze(Article(text=text, published=published)).companies}


def test_a_companys_move_keeps_the_next_sentence_about_shares() -> None:
    moves = companies("Markets\n\nStocks slid on Friday. Microsoft was among the heaviest losers after its results. "
                      "Alphabet also fell even though its results beat forecasts.")
    assert moves.get("Microsoft") == "down" and moves.get("Alphabet") == "down", moves


def test_a_ruling_coalition_is_no_court_ruling() -> None:
    evs = events("Politics\n\nThe premier's ruling coalition lost its majority in Sunday's election, a blow "
                 "before the court hearing on tariffs.")
    assert not find(evs, instrument="legal_ruling", action="rule"), evs


def test_goods_that_remain_exempt_or_a_rate_kept_are_no_event() -> None:
    evs = events("Levy\n\nMexico will keep paying the 25% tariff on cars during the talks, Trump said. Goods "
                 "from Mexico that comply with the trade pact stay exempt from the US tariffs.")
    assert not find(evs, instrument="tariff"), evs


def test_goods_meeting_the_rules_of_a_pact_are_no_meeting() -> None:
    evs = events("Levy\n\nOnly goods that meet the rules of the United States-Mexico-Canada Agreement are spared.")
    assert not find(evs, instrument="talks"), evs


def test_what_a_leader_said_after_a_call_is_not_the_calls_topic() -> None:
    evs = events("Call\n\nTrump said after a phone call with President Prabowo Subianto that Indonesian goods "
                 "would be charged 19 percent.")
    hits = find(evs, instrument="leader_call", action="call")
    assert hits and hits[0].subject == (), evs
    assert hits[0].target == "IDN" or hits[0].actor == "IDN"


def test_the_philippine_president_is_known() -> None:
    found = people("Visit\n\nPresident Ferdinand Marcos Jr. met Trump on Tuesday.", "2025-07-23")
    assert ("Ferdinand Marcos Jr.", "PHL") in [(p.name, p.country) for p in found]


def test_answering_with_tariffs_imposes_them() -> None:
    evs = events("Retaliation\n\nBrasilia responded on Monday with tariffs of 20% on American ethanol.")
    hits = find(evs, instrument="tariff", actor="BRA", target="USA", action="impose")
    assert hits, evs


def test_answering_questions_is_no_measure() -> None:
    evs = events("Briefing\n\nThe minister answered questions with reporters about tariffs on Monday.")
    assert not find(evs, instrument="tariff"), evs


def test_buying_under_a_deal_is_a_purchase_commitment() -> None:
    evs = events("Deal\n\nUnder the deal, Hanoi will cut its tariffs and buy $20 billion worth of American "
                 "liquefied natural gas.")
    hits = find(evs, instrument="agreement", action="agree")
    assert any("energy" in h.subject for h in hits), evs


def test_buying_with_no_deal_is_no_commitment() -> None:
    evs = events("Markets\n\nInvestors will buy $20 billion worth of Japanese bonds this year, analysts said.")
    assert not find(evs, instrument="agreement"), evs


def test_talks_told_as_a_time_mark_leave_the_meeting_as_the_news() -> None:
    evs = events("Visit\n\nThailand's trade minister met Trump at the White House on Tuesday, his third trip to "
                 "Washington since talks began in April.")
    hits = find(evs, instrument="talks", action="negotiate")
    assert hits and all(h.event_date == "2025-09-09" for h in hits), evs


def test_charging_zero_tariffs_removes_them() -> None:
    evs = events("Deal\n\nTrump said Vietnam would charge zero tariffs on American goods under the framework.")
    hits = find(evs, instrument="tariff", actor="VNM", target="USA")
    assert hits and hits[0].action == "lower", evs


def test_negotiating_with_a_government_is_talks() -> None:
    evs = events("Update\n\nThe prime minister said Ottawa would keep negotiating with Washington.")
    hits = find(evs, instrument="talks", action="negotiate")
    assert hits and {hits[0].actor, hits[0].target} == {"CAN", "USA"}, evs


def test_the_date_of_the_rate_replaced_is_not_the_date_of_the_new_rate() -> None:
    evs = events("Deal\n\nThe deal came on Monday, when Trump said that Thai goods would be charged 19 percent, "
                 "down from the 36 percent rate set in April.")
    hits = find(evs, instrument="tariff", actor="USA", target="THA")
    assert hits and hits[0].event_date == "2025-09-08", evs


def test_a_rate_set_earlier_does_not_date_the_next_sentence() -> None:
    evs = events("Deal\n\nThe deal came on Monday, when Thai goods were handed a 19 percent rate, down from the "
                 "36 percent rate set in April. In return, Bangkok agreed to drop its tariffs on U.S. goods.")
    hits = find(evs, instrument="tariff", actor="THA", target="USA")
    assert hits and hits[0].event_date == "2025-09-08", evs


def test_a_rate_told_in_a_tariff_letter_falls_on_all_goods() -> None:
    evs = events("Letter\n\nThe 35% levy that Trump had warned of in a letter to President Lula on July 9 was due "
                 "to apply from August 1.")
    hits = find(evs, instrument="tariff", actor="USA")
    assert hits and hits[0].subject == ("all_goods",), evs


def test_a_rate_a_leader_set_out_in_a_letter_is_a_threat_to_the_capital_written_to() -> None:
    evs = events("Letter\n\nThe new rate is two points below the 25 percent Trump had set out in a letter to Hanoi "
                 "on July 9.", "2025-07-23")
    hits = find(evs, instrument="tariff", actor="USA", target="VNM", action="threaten")
    assert hits and hits[0].event_date == "2025-07-09", evs
    assert hits[0].magnitude is not None and hits[0].magnitude.value == 25.0


def test_a_rate_a_leader_had_warned_of_is_a_threat_on_all_goods() -> None:
    evs = events("Deal\n\nThailand and the United States reached a deal on Monday under which Thai exports will face "
                 "a 19 percent tariff, averting the 36 percent rate he had warned would hit the country from Oct. 1.")
    threats = find(evs, instrument="tariff", action="threaten", target="THA")
    assert threats and threats[0].subject == ("all_goods",), evs
    assert threats[0].magnitude is not None and threats[0].magnitude.value == 36.0
    facts = find(evs, instrument="tariff", action="impose", target="THA")
    assert facts and facts[0].event_date == "2025-09-08", evs


def test_a_when_clause_after_since_takes_that_date_and_an_existing_rate_is_no_new_measure() -> None:
    evs = events("Cars\n\nThai cars have paid 27.5% since April, when Washington added a 25% tariff on imported "
                 "autos to an existing 2.5% charge.")
    hits = find(evs, instrument="tariff", actor="USA", action="impose")
    assert [h.magnitude.value for h in hits if h.magnitude] == [25.0], evs
    assert hits[0].event_date == "2025-04", evs


def test_a_new_rate_instead_of_an_old_one_is_a_cut() -> None:
    evs = events("Deal\n\nThailand and the United States reached a deal on Monday. A Thai official told reporters "
                 "that Thai cars would pay 15 percent instead of the 25 percent duty.")
    hits = find(evs, instrument="tariff", target="THA", action="lower")
    assert hits and hits[0].actor == "USA" and hits[0].subject == ("autos",), evs


def test_a_rate_down_from_an_old_one_is_a_cut() -> None:
    evs = events("Deal\n\nTrump said on Monday that Thai goods would be charged 19 percent, down from the 36 "
                 "percent rate.")
    hits = find(evs, instrument="tariff", actor="USA", target="THA")
    assert hits and hits[0].action == "lower", evs


def test_a_comparison_of_duties_is_no_change() -> None:
    evs = events("Deal\n\nThe deal leaves Thailand with lower duties than many of its neighbours.")
    assert not find(evs, instrument="tariff"), evs


def test_a_tariff_letter_naming_no_addressee_is_aimed_at_the_other_country_of_the_story() -> None:
    evs = events("Deal\n\nBrazil and the United States reached a framework on Sunday. The deal averts the 50 per cent "
                 "rate Mr Trump had threatened in a letter on July 9.", "2025-07-28")
    hits = find(evs, instrument="tariff", action="threaten")
    assert hits and hits[0].actor == "USA" and hits[0].target == "BRA", evs


def test_a_deal_on_a_rate_for_most_of_a_sides_exports_is_about_all_goods() -> None:
    evs = events("Deal\n\nSwitzerland has agreed to a 15 per cent tariff on most of its exports to the United "
                 "States, the two governments said on Monday.")
    hits = find(evs, instrument="agreement", action="agree")
    assert hits and "all_goods" in hits[0].subject, evs


def test_buying_just_after_a_deal_is_told_is_a_purchase_commitment() -> None:
    evs = events("Deal\n\nThe two leaders sealed the framework on Sunday. Tokyo will buy $8 billion of American "
                 "farm products, Trump said.")
    hits = find(evs, instrument="agreement", action="agree", actor="JPN")
    assert any("agricultural_products" in h.subject for h in hits), evs


def test_agreements_with_several_partners_are_one_deal_each() -> None:
    evs = events("Deals\n\nSeoul is the largest economy to settle with Trump, who this month also announced "
                 "agreements with Vietnam and Thailand.")
    partners = {e.target if e.actor == "USA" else e.actor for e in find(evs, instrument="agreement")}
    assert {"VNM", "THA"} <= partners, evs


def test_the_deal_told_again_is_about_what_the_deal_told_before_is_about() -> None:
    evs = events("Deal\n\nVietnamese carmakers rallied on Wednesday after Washington and Hanoi struck a trade "
                 "agreement that sets a 20% tariff on Vietnamese goods, including cars.\n\n"
                 "Trump announced the deal late Tuesday on social media.", "2025-07-23")
    hits = [e for e in find(evs, instrument="agreement") if e.event_date == "2025-07-22"]
    assert hits and "autos" in hits[0].subject, evs
