"""Event rules from the g-articles (round 3b), one test per rule, on sentences written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze_events(text, published)


def test_vegetables_are_agricultural_products() -> None:
    evs = events("Onion row\n\nCanada imposed a 12% duty on fresh tomatoes and onions from Peru on Tuesday.")
    hits = find(evs, instrument="tariff", actor="CAN")
    assert hits and "agricultural_products" in hits[0].subject, evs


def test_household_appliances_and_consumer_electronics_are_industrial_goods() -> None:
    evs = events("Appliance levy\n\nBrazil imposed a 15% tariff on refrigerators and televisions from Mexico "
                 "on Wednesday.")
    hits = find(evs, instrument="tariff", actor="BRA")
    assert hits and list(hits[0].subject) == ["industrial_goods"], evs


def test_a_tariff_approved_is_imposed() -> None:
    evs = events("Levy cleared\n\nThe Philippine president approved duties of 18% on imported cement on Monday.")
    hits = find(evs, instrument="tariff", actor="PHL", action="impose")
    assert hits and hits[0].magnitude is not None and hits[0].magnitude.value == 18.0, evs


def test_approving_an_amendment_is_not_a_new_measure() -> None:
    evs = events("Rules change\n\nSingapore's cabinet approved an amendment to its export control rules on "
                 "Tuesday, and will drop Malaysia from the list from May 1.")
    assert not find(evs, instrument="export_control", action="impose"), evs


def test_a_measure_already_in_place_is_not_merged_with_the_new_one() -> None:
    text = ("Fridge war\n\nAustralia on Monday approved a 25% safeguard tariff on refrigerators. "
            "It comes on top of anti-dumping duties that Canberra already charges on refrigerators from Thailand.")
    evs = events(text)
    new = find(evs, instrument="tariff", actor="AUS", target=None)
    old = find(evs, instrument="tariff", actor="AUS", target="THA")
    assert new and old, evs


def test_a_licence_importers_must_hold_is_an_import_restriction_and_its_deferral_is_read() -> None:
    evs = events("Permit delay\n\nIndonesia on Tuesday postponed by two months its requirement that importers "
                 "of steel hold a licence.")
    hits = find(evs, instrument="import_restriction", actor="IDN", action="defer")
    assert hits and hits[0].event_date == "2024-03-12", evs


def test_the_government_of_a_dateline_capital_is_the_actor() -> None:
    evs = events("Permit delay\n\nJAKARTA: The government on Tuesday postponed by two months its requirement "
                 "that importers of steel hold a licence.")
    assert find(evs, instrument="import_restriction", actor="IDN", action="defer"), evs


def test_firms_in_a_clause_set_off_after_the_measure_are_not_its_targets() -> None:
    evs = events("Permit delay\n\nIndonesia on Tuesday banned imports of laptops, a day after the plan left "
                 "companies such as Apple and Samsung scrambling.")
    hits = find(evs, instrument="import_restriction", actor="IDN")
    assert hits and all(e.target is None for e in hits), evs


def test_end_up_is_no_action_on_a_measure() -> None:
    evs = events("Who pays\n\nBrazilian exporters said the Chilean duty would end up being paid by Chilean bakers.")
    assert not find(evs, instrument="tariff", action="lower"), evs


def test_a_headline_rounding_the_body_rate_is_the_same_measure() -> None:
    text = ("Peru hits Chilean onions with 12% duty\n\nPeru on Monday began charging a duty of 12.4% on onions "
            "from Chile.")
    evs = find(events(text), instrument="tariff", actor="PER")
    assert len(evs) == 1 and evs[0].magnitude is not None and evs[0].magnitude.value == 12.4, evs


def test_a_when_clause_after_a_date_takes_that_date() -> None:
    text = ("Old quarrel\n\nThe accord, renewed in 2015, replaced a truce first agreed in 2002, when Canberra "
            "opened an anti-dumping investigation into Thai canned tuna.")
    hits = find(events(text), instrument="other", actor="AUS", action="announce")
    assert hits and hits[0].event_date == "2002", hits


def test_a_measure_already_in_place_takes_no_date_from_its_paragraph() -> None:
    text = ("Fridge war\n\nAustralia on Monday approved a 25% safeguard tariff on refrigerators. "
            "It comes on top of anti-dumping duties that Canberra already charges on refrigerators from Thailand.")
    old = find(events(text), instrument="tariff", actor="AUS", target="THA")
    assert old and old[0].event_date is None, old


def test_a_flow_verb_is_found_past_an_aside() -> None:
    evs = events("Curbs\n\nVietnam said on Tuesday that imports of steel, along with certain aluminium products, "
                 "were restricted with immediate effect.")
    assert find(evs, instrument="import_restriction", actor="VNM", action="impose"), evs


def test_these_devices_are_the_goods_named_before() -> None:
    text = ("Curbs\n\nVietnam has long bought laptops and tablets from abroad. On Tuesday it said that imports of "
            "these devices were restricted with immediate effect.")
    hits = find(events(text), instrument="import_restriction", action="impose")
    assert hits and "industrial_goods" in hits[0].subject, hits


def test_a_clause_telling_what_a_measure_means_is_no_new_measure() -> None:
    evs = events("Curbs\n\nVietnam restricted imports of laptops on Tuesday, meaning that each shipment would "
                 "need a licence.")
    assert not find(evs, action="threaten"), evs


def test_the_rate_above_a_tariff_quota_is_a_second_rate_on_the_same_goods() -> None:
    evs = events("Quota\n\nCanada will charge a 5% tariff on the first 40,000 tonnes of Chinese steel each year "
                 "and 30% on anything above that.")
    rates = sorted(e.magnitude.value for e in find(evs, instrument="tariff", actor="CAN", target="CHN")
                   if e.magnitude is not None and "steel" in e.subject)
    assert rates == [5.0, 30.0], evs


def test_a_burden_falling_on_a_firm_is_no_share_move() -> None:
    text = ("Levy bites\n\nShares in Whirlpool rose on Tuesday after the levy was approved. "
            "The new duties fall hardest on LG Electronics, which ships most of its washers from Mexico.")
    cos = {c.name: c.move for c in analyze(Article(text=text, published="2024-03-15")).companies}
    assert cos.get("LG Electronics") == "mentioned", cos


def test_a_suspension_agreement_is_a_kind_of_pact_not_a_suspension() -> None:
    evs = events("Sugar pact\n\nThe United States and Brazil have long quarrelled over sugar. With the suspension "
                 "agreement gone, importers must pay the full duty.")
    assert not find(evs, instrument="agreement", action="suspend"), evs
