"""Lists and clauses (round 12): which countries a measure names, and which rate belongs to it.

Every sentence is invented; names, numbers and wording differ from the development articles."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _rows(text: str, published: str) -> set[tuple[object, ...]]:
    return {(e.actor, e.target, e.action, e.magnitude.text if e.magnitude else None, e.event_date)
            for e in analyze_events(text, published, headline=True) if e.instrument == "tariff"}


def test_a_rate_rising_on_goods_from_a_comma_list_is_raised_for_each_country() -> None:
    # the rate-change predicate is found past the commas of a list of names, as the take-effect one is
    rows = _rows("Washington's tariff on goods from Malaysia, Cambodia and Thailand will rise to 25% on Friday.",
                 "2024-03-12")
    assert rows == {("USA", c, "raise", "25%", "2024-03-15") for c in ("MYS", "KHM", "THA")}


def test_a_surtax_climbing_on_steel_from_a_list_is_raised_for_each_country() -> None:
    rows = _rows("Ottawa's surtax on steel from Brazil, Turkey and Vietnam will climb to 30 per cent from 1 July.",
                 "2023-05-02")
    assert {(r[1], r[2], r[3]) for r in rows} == {(c, "raise", "30 per cent") for c in ("BRA", "TUR", "VNM")}


def test_a_country_joined_by_as_well_as_is_a_second_target() -> None:
    evs = analyze_events("EU levies on aluminium from Russia as well as Belarus will increase to 40 per cent next month.",
                         "2024-02-14", headline=True)
    assert {(e.actor, e.target) for e in find(evs, instrument="tariff", action="raise")} == {
        ("EU", "RUS"), ("EU", "BLR")}


def test_a_target_list_with_the_before_its_last_name_after_the_verb() -> None:
    evs = analyze_events("Ankara raised duties on rice shipped from Vietnam and the Philippines to 30% on Monday.",
                         "2022-10-05", headline=True)
    assert {(e.actor, e.target) for e in find(evs, instrument="tariff", action="raise")} == {
        ("TUR", "VNM"), ("TUR", "PHL")}


def test_a_country_keeping_its_own_rate_beside_a_named_owners_rise_is_no_exemption() -> None:
    # "Malaysia keeps its 5% rate" beside India's own duties: Malaysia's own rate, not an Indian carve-out
    for text in ("India's duties on palm oil rise to 20% as Malaysia keeps its 5% rate.",
                 "Jakarta lifted its duty on imported sugar to 15%, while Manila held its 7% rate steady.",
                 "Argentina's levy on Chinese tyres doubles to 30 per cent, while Uruguay keeps its 10 per cent tariff."):
        rows = _rows(text, "2023-01-09")
        assert {r[2] for r in rows} == {"raise"}, (text, rows)
        assert len(rows) == 1, (text, rows)


def test_a_country_kept_at_a_rate_beside_an_ownerless_rise_is_still_let_off() -> None:
    # with no owner told in the clause, the rate the country keeps is the rate it pays: an exemption
    evs = analyze_events("Lumber duties double to 20% as Norway keeps its 10% rate\n"
                         "The levy on most foreign lumber entering Canada doubled to 20% on Monday.", "2024-09-03")
    assert [(e.target, e.magnitude and e.magnitude.value) for e in find(evs, instrument="tariff", action="ease")] == [
        ("NOR", 10.0)]


def test_a_list_of_venues_names_no_parties() -> None:
    # "met in Lisbon, Rome and Vienna": the capitals after the first are places too, not governments
    for text in ("Officials met in Lisbon, Rome and Vienna last week and agreed to cut tariffs on Chilean wine.",
                 "Envoys gathered in Oslo, Dublin as well as Warsaw in May and agreed to drop levies on bicycles."):
        evs = analyze_events(text, "2023-06-20", headline=True)
        assert not [e for e in evs if {e.actor, e.target} & {"PRT", "ITA", "AUT", "NOR", "IRL", "POL"}], (text, evs)
    # the step the venues frame is still read, by the side the text names ("Officials" alone name none: a cut
    # with no actor is not kept, so the review's wish to see it there cannot hold without an actor)
    evs = analyze_events("EU officials met in Lisbon, Rome and Vienna last week and agreed to cut tariffs on Chilean "
                         "wine.", "2023-06-20", headline=True)
    assert [e for e in evs if (e.actor, e.target) == ("EU", "CHL") and e.instrument == "tariff"
            and e.action == "lower"], evs


def test_capitals_coordinated_as_subjects_are_still_governments() -> None:
    evs = analyze_events("Ottawa and Canberra signed a trade agreement on Friday.", "2023-06-20", headline=True)
    assert {frozenset((e.actor, e.target)) for e in find(evs, instrument="agreement")} == {frozenset(("CAN", "AUS"))}


def test_a_rate_changing_on_goods_from_a_list_with_a_serial_comma_or_as_well_as() -> None:
    rows = _rows("South Africa's levy on chicken from Brazil, Argentina, and Chile will jump to 62% from Monday.",
                 "2022-03-03")
    assert {(r[0], r[1], r[2], r[3]) for r in rows} == {("ZAF", c, "raise", "62%") for c in ("BRA", "ARG", "CHL")}
    rows = _rows("Pakistan cut its tariff on tea from Kenya as well as Sri Lanka to 5% on Wednesday.", "2021-07-16")
    assert rows == {("PAK", c, "lower", "5%", "2021-07-14") for c in ("KEN", "LKA")}
