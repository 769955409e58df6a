"""Event rules from the d-articles (2025 sector tariffs), one test per rule, on sentences written
for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-18"):  # a Wednesday
    return analyze_events(text, published)


def test_a_two_city_dateline_is_not_the_news_day() -> None:
    text = ("Levy\n\nOTTAWA/WASHINGTON, June 18 - Canada raised its tariff on American steel to 30% "
            "on Monday.")
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert hits and hits[0].event_date == "2025-06-16", hits


def test_a_day_named_after_taking_effect_lies_ahead() -> None:
    text = ("Boat levy\n\nCanada has imposed a 15% tariff on imported yachts, with the "
            "measure taking effect on July 2.")
    hits = find(events(text), instrument="tariff", action="impose")
    assert hits and hits[0].event_date == "2025-07-02", hits


def test_timber_and_furniture_are_industrial_goods() -> None:
    text = ("Wood levies\n\nWashington on Monday imposed a 12% tariff on softwood timber and a 20% duty "
            "on kitchen cabinets.")
    hits = find(events(text), instrument="tariff", actor="USA")
    assert len(hits) == 2 and all("industrial_goods" in e.subject for e in hits), hits


def test_ending_duty_free_treatment_imposes_the_duty() -> None:
    text = ("Parcel rules change\n\nBrazil on Monday ended the duty-free treatment of small parcels "
            "bought from foreign websites.")
    hits = find(events(text), instrument="tariff", actor="BRA")
    assert hits and hits[0].action == "impose", hits
    text = "Parcel rules change\n\nThailand scrapped the duty exemption for low-value imports on Monday."
    hits = find(events(text), instrument="tariff", actor="THA")
    assert hits and hits[0].action == "impose", hits


def test_a_deal_that_eases_fears_over_a_levy_does_not_lower_it() -> None:
    text = "Carmakers rally as Seoul accord eases worries over Washington's 25% car levy\n\nShares rose."
    assert not find(events(text), instrument="tariff", action="lower"), events(text)


def test_exempting_goods_from_a_tariff_eases_it() -> None:
    text = ("Metal levy trimmed\n\nOn Tuesday, India exempted primary aluminium from the 40 per cent tariff it "
            "charges on imports of the metal.")
    hits = find(events(text), instrument="tariff", actor="IND")
    assert hits and hits[0].action == "ease", hits
    assert "aluminum" in hits[0].subject, hits


def test_a_capital_opening_an_institution_name_is_not_a_government() -> None:
    text = ("Nickel levy\n\nIndonesia raised its export tax on nickel ore to 15% on Monday, and prices on the "
            "London Metal Exchange jumped. The government also suspended the levy on processed nickel.")
    evs = events(text)
    assert find(evs, actor="IDN") and not any(e.target == "GBR" or e.actor == "GBR" for e in evs), evs


def test_both_measures_taking_effect_on_a_day_share_it() -> None:
    text = ("Chemicals levies\n\nMexico on Tuesday imposed a 12% tariff on Chinese plastics and a 30% duty on "
            "Chinese steel pipes, with both measures taking effect on July 1.")
    hits = find(events(text), instrument="tariff", actor="MEX")
    assert len(hits) == 2 and all(e.event_date == "2025-07-01" for e in hits), hits


def test_a_measure_on_a_list_of_goods_scheduled_to_follow() -> None:
    text = ("Vehicle levies\n\nCanada's surtax on American cars took effect on Monday. Canadian surtaxes on "
            "trucks, buses and other heavy vehicles are scheduled to follow on Aug. 1.")
    hits = find(events(text), instrument="tariff", actor="CAN", event_date="2025-08-01")
    assert hits and hits[0].action == "impose", events(text)


def test_ordering_an_inquiry_into_a_good_opens_it() -> None:
    text = "Probe\n\nThe White House said on Monday that Trump had ordered the aluminium inquiry in April."
    hits = find(events(text), instrument="other", action="announce", actor="USA")
    assert hits and "aluminum" in hits[0].subject and hits[0].event_date == "2025-04", events(text)


def test_a_national_security_review_ordered_is_announced() -> None:
    text = ("Probe\n\nThe duties follow a national security review of the drone trade that "
            "Washington ordered in May.")
    hits = find(events(text), instrument="other", action="announce", actor="USA")
    assert hits and hits[0].event_date == "2025-05", events(text)


def test_preparing_further_countermeasures_is_a_threat() -> None:
    text = ("Trade row\n\nOn Monday, the European Commission said it was preparing further countermeasures "
            "against the United States.")
    hits = find(events(text), instrument="other", actor="EU")
    assert hits and hits[0].action == "threaten" and hits[0].status == "threatened", hits
