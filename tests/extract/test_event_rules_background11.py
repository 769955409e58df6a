"""Background measures told in passing (round 11): a bare rate in place since a date, a rate handed to a
country in the passive, the start told by a measure's own relative clause in the perfect, and day dates
whose year is told as "last year". Every sentence here is invented."""

from __future__ import annotations

from event_helpers import analyze_events, find


def test_goods_that_have_paid_a_bare_rate_since_a_month_bear_a_measure_put_on_then() -> None:
    evs = analyze_events("Levies\n\nWashington raised its tariff on Peruvian goods to 30 per cent on Monday. "
                         "Peruvian goods have paid 12 per cent since May, and Lima has asked for talks.", "2025-09-10")
    hits = [e for e in find(evs, actor="USA", target="PER", instrument="tariff", action="impose")
            if e.magnitude and e.magnitude.value == 12.0]
    assert hits and hits[0].event_date == "2025-05", evs


def test_its_goods_have_faced_a_bare_rate_since_then_whose_goods_is_the_country_told_before() -> None:
    evs = analyze_events("Ghana\n\nWashington raised its levy on Ghanaian goods to 20 per cent on Friday. "
                         "Ghana has suffered more than its neighbours. Its goods have faced 10 per cent since April.", "2025-08-05")
    hits = [e for e in find(evs, actor="USA", target="GHA", instrument="tariff", action="impose")
            if e.magnitude and e.magnitude.value == 10.0]
    assert hits and hits[0].event_date == "2025-04", evs


def test_a_bare_rate_that_had_applied_since_a_day_is_a_measure_put_on_that_day() -> None:
    evs = analyze_events("Duties\n\nWashington put a further 20 per cent on Brazilian goods on Wednesday. "
                         "The first 15 per cent had applied since March 9, and Brazil has filed a WTO complaint.", "2026-05-14")
    hits = find(evs, actor="USA", target="BRA", instrument="tariff", action="impose")
    assert sorted((e.magnitude.value if e.magnitude else 0.0, e.event_date) for e in hits) == [
        (15.0, "2026-03-09"), (20.0, "2026-05-13")], evs


def test_a_country_handed_a_rate_in_the_passive_is_its_target() -> None:
    evs = analyze_events("Rates\n\nMorocco was handed a 31% rate by Washington on June 3.", "2025-08-01")
    hits = find(evs, actor="USA", target="MAR", instrument="tariff", action="impose")
    assert hits and hits[0].event_date == "2025-06-03", evs


def test_a_surtax_a_government_has_charged_since_a_day_last_year_is_background_dated_then() -> None:
    evs = analyze_events("Surtax\n\nNorway will scrap the surtaxes it has charged since 3 April last year on "
                         "American salmon.", "2021-02-10")
    hits = find(evs, actor="NOR", target="USA", instrument="tariff", action="impose")
    assert hits and hits[0].event_date == "2020-04-03", evs
