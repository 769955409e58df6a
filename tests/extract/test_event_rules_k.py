"""Event rules added while widening the dev set with 2018-2023 deals and lists (k-articles).

Every sentence here is written for these tests; none comes from the dev set."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2021-05-14"):  # a Friday
    return analyze_events(text, published)


def test_dateline_with_agency_tag_is_not_the_news_day() -> None:
    evs = events("Metals duty rises\n\nOTTAWA, May 14 (Newswire) - Canada raised its tariff on Brazilian steel "
                 "to 30 percent on Wednesday.\n\nThe move follows months of complaints from mills.")
    hits = find(evs, actor="CAN", instrument="tariff")
    assert hits and {e.event_date for e in hits} == {"2021-05-12"}, evs


def companies(text: str, published: str = "2021-05-14"):
    return {c.name: c for c in analyze(Article(text=text, published=published)).companies}


def test_unlisted_unit_is_told_under_its_listed_parent() -> None:
    cos = companies("Defence orders\n\nThe Pentagon awarded a radar contract to Raytheon Missiles & Defense "
                    "on Tuesday, while Collins Aerospace won a smaller order.")
    assert "RTX" in cos and cos["RTX"].ticker == "RTX", cos
    assert not [c for c in cos.values() if c.ticker is None], cos


def test_past_participle_moves_count() -> None:
    cos = companies("Automakers\n\nGeneral Motors shares had fallen after the company trimmed its outlook, "
                    "and shares of Ford have risen this week.")
    assert cos["General Motors"].move == "down" and cos["Ford Motor"].move == "up", cos


def test_daimler_is_the_old_name_of_mercedes_benz_group() -> None:
    cos = companies("Carmakers gain\n\nShares of Daimler climbed in Frankfurt while Daimler Truck was flat.",
                    published="2019-05-14")
    assert cos["Mercedes-Benz Group"].move == "up" and "Daimler Truck" in cos, cos


def test_country_that_has_won_an_exemption_is_its_target() -> None:
    evs = events("Steel relief\n\nBrazil has been granted a permanent exemption from the 25 percent tariff that "
                 "Washington put on steel, officials said on Tuesday.")
    hits = find(evs, instrument="tariff", action="ease")
    assert hits and hits[0].actor == "USA" and hits[0].target == "BRA", evs


def test_agreeing_at_a_place_to_act_is_a_deal() -> None:
    evs = events("Truce\n\nThe two governments stepped back on Tuesday, with Mexico and Brazil agreeing at the "
                 "Palacio Nacional to work towards zero tariffs on industrial goods.")
    hits = find(evs, instrument="agreement", action="agree")
    assert hits and {hits[0].actor, hits[0].target} == {"MEX", "BRA"}, evs
    assert hits[0].subject == ("industrial_goods",) and hits[0].event_date == "2021-05-11", evs


def test_pledge_to_buy_more_named_goods_after_a_deal_is_a_purchase_commitment() -> None:
    evs = events("Farm pact\n\nIndia and Australia struck a trade deal on Wednesday. Officials said India would "
                 "start buying a lot of Australian wine and would purchase more crude oil from Australia.")
    hits = [e for e in find(evs, actor="IND", instrument="agreement") if e.subject]
    assert hits and set(hits[0].subject) >= {"agricultural_products"}, evs


def test_buying_more_goods_with_no_deal_in_sight_is_no_event() -> None:
    evs = events("Markets\n\nTraders said refiners in Spain would start buying more crude oil from Norway.")
    assert not find(evs, instrument="agreement"), evs


def test_what_a_pact_requires_is_not_a_deal_and_lends_it_no_date() -> None:
    evs = events("Car access\n\nThe two sides settled the revision on Monday.\n\nOn trucks, Mexico agreed to let "
                 "Canadian makers sell more vans, twice the old limit. Ottawa will phase out its levy on Mexican "
                 "vans in 2030 rather than in 2024 as the pact now provides.")
    deals = find(evs, instrument="agreement")
    assert deals and all(e.event_date != "2024" for e in deals), evs


def test_measure_with_its_own_relative_verb_keeps_its_own_actor() -> None:
    evs = events("Steel row\n\nThe accord leaves the levy Ottawa imposed on March 2, and the duties Mexico put on "
                 "Canadian pork in response on March 9.")
    mex = find(evs, actor="MEX", instrument="tariff")
    assert mex and mex[0].target == "CAN" and mex[0].event_date == "2021-03-09", evs


def test_keeping_a_tariff_for_more_years_extends_it_and_the_end_year_is_not_its_date() -> None:
    evs = events("Truck duty\n\nOttawa said on Tuesday it will keep its 30 percent tariff on Mexican vans for ten "
                 "more years, until 2035, rather than ending it in 2026.")
    hits = find(evs, actor="CAN", instrument="tariff", action="extend")
    assert hits and hits[0].event_date == "2021-05-11", evs


def test_keeping_a_tariff_with_no_new_term_is_no_event() -> None:
    evs = events("Steel\n\nOttawa will keep its tariffs on Mexican steel, the minister said on Tuesday.")
    assert not find(evs, actor="CAN", action="extend"), evs


def test_coordinated_measures_share_the_date_of_their_relative_clause() -> None:
    evs = events("Metals\n\nThe two sides agreed on Tuesday to keep talking.\n\nThe pact leaves the 20 percent duty "
                 "on Turkish steel and 12 percent duty on aluminum that Ottawa imposed on March 3.")
    dates = {e.subject: e.event_date for e in find(evs, actor="CAN", instrument="tariff")}
    assert dates.get(("steel",)) == "2021-03-03" and dates.get(("aluminum",)) == "2021-03-03", evs


def test_a_threat_that_has_receded_is_no_new_threat() -> None:
    evs = events("Carmakers rally\n\nShares of Renault climbed as traders judged that the threat of Chinese levies "
                 "on French cars had faded.")
    assert not find(evs, action="threaten"), evs
    evs = events("Cars\n\nBeijing repeated its threat of levies on French cars on Thursday.")
    assert find(evs, actor="CHN", action="threaten"), evs


def test_a_pause_recalls_the_threat_it_stays() -> None:
    evs = events("Reprieve\n\nCanada on Tuesday put off the 15 percent tariff on Mexican trucks it had threatened "
                 "for months, while talks continue.")
    assert find(evs, actor="CAN", instrument="tariff", action="defer"), evs
    threat = find(evs, actor="CAN", instrument="tariff", action="threaten")
    assert threat and threat[0].event_date is None and threat[0].status == "threatened", evs


def test_a_quota_is_an_import_restriction() -> None:
    evs = events("Steel cap\n\nOttawa imposed a quota on Brazilian steel on Tuesday.")
    hits = find(evs, actor="CAN", instrument="import_restriction", action="impose")
    assert hits and hits[0].target == "BRA" and hits[0].subject == ("steel",), evs
