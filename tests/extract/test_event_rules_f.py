"""Event rules found on the f-articles (Chinese duties on Australian goods), tested on sentences
written for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2022-09-16"):  # a Friday
    return analyze_events(text, published)


def test_grains_and_soft_commodities_are_farm_goods() -> None:
    evs = events("Grain row\n\nMorocco imposed a 40% tariff on barley from Ukraine on Monday.")
    assert find(evs, actor="MAR", instrument="tariff") and "agricultural_products" in find(evs, actor="MAR")[0].subject, evs
    evs = events("Sugar row\n\nIndonesia imposed a 15% tariff on sugar from Thailand on Monday.")
    assert find(evs, actor="IDN") and "agricultural_products" in find(evs, actor="IDN")[0].subject, evs


def test_another_countrys_commerce_ministry_is_not_the_us_department() -> None:
    evs = events("Levies go\n\nSeoul's Commerce Ministry said on Tuesday it would scrap its duties on Brazilian steel.")
    assert find(evs, actor="KOR", target="BRA", instrument="tariff"), evs
    assert not find(evs, actor="USA"), evs


def test_suppliers_named_by_a_demonym_are_the_target() -> None:
    evs = events("Meat row\n\nOn Monday, Indonesia halted chicken imports from three Brazilian poultry exporters.")
    assert find(evs, actor="IDN", target="BRA"), evs


def test_confirming_duties_imposes_them() -> None:
    evs = events("Final ruling\n\nIndia has confirmed anti-dumping duties of up to 35 per cent on Vietnamese steel.")
    assert find(evs, actor="IND", target="VNM", instrument="tariff", action="impose"), evs


def test_a_date_between_a_removal_and_its_of_phrase_keeps_the_action() -> None:
    evs = events("Thaw\n\nTrade has recovered since the scrapping in March last year of the last two remaining Indian "
                 "duties on apples and pears from Turkey.")
    assert find(evs, actor="IND", target="TUR", instrument="tariff", action="lower"), evs


def test_a_possessive_before_a_rate_names_the_owner_when_a_target_follows() -> None:
    evs = events("Thaw\n\nExporters welcomed the removal of Japan's 38.5 per cent duties on Australian beef.")
    assert find(evs, actor="JPN", target="AUS", instrument="tariff"), evs


def test_a_relative_clause_after_the_rate_tells_the_origin_of_the_measure() -> None:
    evs = events("Thaw\n\nIndia said on Tuesday it would scrap the duties of up to 70 per cent it imposed on "
                 "Turkish apples in 2019.")
    assert find(evs, actor="IND", target="TUR", action="impose", event_date="2019"), evs
    assert find(evs, actor="IND", target="TUR", action="lower", event_date="2022-09-13"), evs


def test_ends_in_a_headline_is_a_removal() -> None:
    evs = events("Japan ends tariffs on Thai rice\n\nFarmers in Thailand cheered the news.")
    assert find(evs, actor="JPN", target="THA", instrument="tariff", action="lower"), evs


def test_the_origin_clause_takes_the_goods_and_target_of_its_main_clause() -> None:
    evs = events("Japan ends tariffs on Thai rice\n\nTOKYO - Thai growers can sell to Japan freely again from "
                 "Monday, after Tokyo said it would scrap the duties of up to 40 per cent it imposed in 2020.")
    got = find(evs, actor="JPN", action="impose", event_date="2020")
    assert got and got[0].target == "THA" and "agricultural_products" in got[0].subject, evs


def test_a_capital_as_owner_is_not_the_place_of_a_meeting() -> None:
    evs = events("Thaw\n\nThai growers can sell rice to Japan again, after Tokyo's trade ministry said it "
                 "would scrap its duties on Thai rice.\n\n"
                 "Prime Minister Fumio Kishida met President Joe Biden in Tokyo in May.")
    got = find(evs, actor="JPN", instrument="tariff")
    assert got and got[0].event_date != "2022-05", evs


def test_launching_an_anti_dumping_probe_is_an_announcement() -> None:
    evs = events("Probe\n\nOn Monday, Mexico launched an anti-dumping investigation into Chinese steel pipes.")
    assert find(evs, actor="MEX", target="CHN", instrument="other", action="announce"), evs
    assert not find(evs, instrument="other", action="impose"), evs


def test_a_probe_told_through_a_relative_clause_is_about_trade_and_the_duties_goods() -> None:
    evs = events("Duties\n\nOn Monday, Egypt imposed duties of 30 per cent on sugar from Brazil. They end an "
                 "inquiry that Cairo began in March last year into whether Brazilian mills, backed by state "
                 "loans, had sold sugar below cost.")
    got = find(evs, actor="EGY", target="BRA", instrument="other", action="announce")
    assert got and "agricultural_products" in got[0].subject and got[0].event_date == "2021-03", evs


def test_an_anti_subsidy_charge_is_a_duty() -> None:
    evs = events("Duties\n\nOn Monday, Egypt imposed an anti-subsidy charge on sugar from Brazil.")
    assert find(evs, actor="EGY", target="BRA", instrument="tariff", action="impose"), evs


def test_a_weighed_wto_case_naming_no_one_targets_the_country_whose_duties_hit_the_actor() -> None:
    evs = events("Duties\n\nOn Monday, Egypt imposed duties of 30 per cent on sugar from Brazil.\n\n"
                 "Brazil's trade minister said on Tuesday that Brazil was considering an appeal to the World "
                 "Trade Organization.")
    assert find(evs, actor="BRA", target="EGY", instrument="legal_ruling", action="threaten"), evs


def test_provisional_deposits_take_the_goods_of_the_case() -> None:
    evs = events("Duties\n\nOn Monday, Egypt confirmed final duties of 30 per cent on sugar from Brazil.\n\n"
                 "Since March, Cairo has ordered importers to pay deposits of up to 25 per cent "
                 "while its inquiry went on.")
    got = [e for e in find(evs, actor="EGY", target="BRA", instrument="tariff") if e.magnitude and
           e.magnitude.value == 25.0]
    assert got and "agricultural_products" in got[0].subject, evs


def test_pausing_a_wto_dispute_suspends_the_case() -> None:
    evs = events("Thaw\n\nIndia lifted its duties on Turkish apples in May. Ankara paused its WTO dispute over "
                 "the apples in June.")
    assert find(evs, actor="TUR", target="IND", instrument="legal_ruling", action="suspend"), evs


def test_shares_that_have_fallen_or_risen_moved() -> None:
    art = analyze(Article(text="Duties\n\nShares in Qantas, the national carrier, have fallen since May, while "
                               "shares in Nike have risen.", published="2022-09-16"))
    moves = {c.name: c.move for c in art.companies}
    assert moves.get("Qantas Airways") == "down" and moves.get("Nike") == "up", moves
