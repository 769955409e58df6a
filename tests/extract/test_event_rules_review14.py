"""Review of round 13's tariff and control rules (review 14): the sentences that proved each finding, with
variants of our own. Every sentence is invented; each test states the reading ANNOTATION.md gives."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

PUB = "2025-06-10"  # a Tuesday


def _evs(text: str, published: str = PUB):  # type: ignore[no-untyped-def]
    return analyze_events(text, published, headline=True)


def _rows(text: str, instrument: str | None = None, published: str = PUB) -> set[tuple[object, ...]]:
    """(actor, target, instrument, action) of every event, or of those of one instrument."""
    return {(e.actor, e.target, e.instrument, e.action) for e in _evs(text, published)
            if instrument is None or e.instrument == instrument}


# 1. "ordered" imposes a measure only when the measure is its direct object and no later verb tells the act

# (guard, review15: the 'inquiry into' case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "President Trump on Tuesday ordered a Section 232 review of tariffs on copper imports.",
    "Trump ordered a review of the tariffs on Chinese steel on Tuesday.",
    "The president ordered an inquiry into the duties on Brazilian beef.",
    "Lula ordered officials to study the levies on American ethanol.",
])
def test_an_order_to_review_a_tariff_imposes_none(text: str) -> None:
    assert not find(_evs(text), instrument="tariff", action="impose"), text


@pytest.mark.parametrize(("text", "row"), [
    ("Trump ordered the tariffs on Canadian lumber delayed until August.", ("USA", "CAN", "tariff", "defer")),
    ("Lula ordered the duties on American ethanol suspended.", ("BRA", "USA", "tariff", "suspend")),
])
def test_a_verb_after_the_ordered_tariff_tells_the_act(text: str, row: tuple[str, ...]) -> None:
    assert _rows(text, "tariff") == {row}, text


def test_a_tariff_ordered_as_the_direct_object_is_still_imposed() -> None:
    assert _rows("Trump ordered 25% tariffs on Mexican tomatoes.", "tariff") == {("USA", "MEX", "tariff", "impose")}
    assert _rows("Ankara ordered a tariff on Greek cotton.", "tariff") == {("TUR", "GRC", "tariff", "impose")}


# 2. a year naming a control dates only the control it names (a dated measure), not every act in the sentence

def test_a_year_naming_an_eased_control_does_not_date_the_easing() -> None:
    evs = _evs("On Tuesday Washington eased its 2019 sanctions on Venezuela's oil sector.")
    assert [(e.actor, e.target, e.action, e.event_date) for e in find(evs, instrument="sanction")] == [
        ("USA", "VEN", "ease", "2025-06-10")]
    evs = _evs("Last week Ottawa lifted its 2018 ban on Chinese pork.")
    assert [e.event_date for e in find(evs, actor="CAN", action="ease")] == ["2025-06"]


def test_a_year_naming_another_control_does_not_date_a_tariff() -> None:
    evs = _evs("Britain's 2020 ban on Huawei kit was praised by Washington, which raised tariffs on Chinese goods.")
    got = find(evs, actor="USA", instrument="tariff", action="raise")
    assert got and all(e.event_date is None for e in got)
    evs = _evs("Seoul's 2013 ban on Japanese seafood angered Tokyo, which raised tariffs on Korean steel on Monday.")
    assert [e.event_date for e in find(evs, actor="KOR", target="JPN", instrument="import_restriction")] == ["2013"]
    assert [e.event_date for e in find(evs, actor="JPN", target="KOR", instrument="tariff")] == ["2025-06-09"]


# 3. "the end of May", "the year ending March" are no stop to imports

# (guard, review15: the 'end to imports' case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "At the end of May, imports of Russian oil into India hit a record.",
    "Before the end of the year, imports of Russian oil into Turkey rose.",
    "In the year ending March, imports of gold from the UAE into India surged.",
    "By the end of March, purchases of Iranian oil by China had doubled.",
    "Rome called for an end to imports of Russian gas.",
])
def test_the_end_of_a_period_is_no_import_restriction(text: str) -> None:
    assert not find(_evs(text), instrument="import_restriction"), text


def test_ending_imports_still_restricts_them() -> None:
    assert ("JPN", "RUS", "import_restriction", "impose") in _rows("Japan will end all imports of Russian coal.")
    assert ("NLD", "RUS", "import_restriction", "impose") in _rows("The Hague ended its imports of Russian gas.")


# 4. a phrasal verb's particle must close the measure's own phrase

@pytest.mark.parametrize(("text", "row"), [
    ("Brussels put duties on Chinese steel in a bid to hold off a flood of imports.", ("EU", "CHN", "tariff", "impose")),
    ("Washington put tariffs on Chinese solar panels to hold back imports.", ("USA", "CHN", "tariff", "impose")),
    ("Canberra placed levies on Chinese aluminium to hold up prices.", ("AUS", "CHN", "tariff", "impose")),
])
def test_a_particle_in_a_purpose_clause_is_not_the_measures(text: str, row: tuple[str, ...]) -> None:
    assert _rows(text, "tariff") == {row}, text


def test_letting_duties_run_is_no_cut_but_running_out_is() -> None:
    assert not find(_evs("India will let the duties on Chinese steel run for another five years."),
                    instrument="tariff", action="lower")
    told = "India imposed duties on Chinese steel in 2020. It will let them run "
    assert not find(_evs(told + "for another five years."), instrument="tariff", action="lower")
    assert find(_evs(told + "out in June."), actor="IND", target="CHN", instrument="tariff", action="lower")
    assert ("KOR", "JPN", "tariff", "lower") in _rows("Seoul let its duties on Japanese steel run out in May.")


def test_on_hold_after_the_measure_still_suspends_it() -> None:
    assert _rows("Ottawa put the surtax on Chinese steel on hold until July.", "tariff") == {
        ("CAN", "CHN", "tariff", "suspend")}
    assert _rows("Brussels put its levies on American whiskey on ice.", "tariff") == {
        ("EU", "USA", "tariff", "suspend")}


# 5. "subject to" imposes only a measure goods are made subject to, not a measure subject to a review

# (guard, review15: the 'subject to consultations' case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "The US tariffs on Japanese cars are subject to review next year.",
    "Any tariffs on Mexican avocados would be subject to consultations.",
])
def test_a_tariff_subject_to_review_is_not_imposed(text: str) -> None:
    assert not find(_evs(text), instrument="tariff", action="impose"), text


# (guard, review15: the 'subject to a vote' case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "The tariff reductions on Japanese cars are subject to approval by Congress.",
    "The duty cuts on Thai rice remain subject to a vote in parliament.",
])
def test_a_cut_subject_to_approval_is_no_fact(text: str) -> None:
    assert all(e.status in ("proposed", "threatened") for e in find(_evs(text), instrument="tariff")), text


def test_goods_subject_to_a_duty_still_bear_it() -> None:
    assert ("USA", "CHN", "tariff", "impose") in _rows("Washington said Chinese bicycles are subject to a 25% duty.")


# 6. goods stopped by a country's adjective: not the actor's own goods, not exports, not a private ban, not a
# blockade at sea

# (guard, review15: the 'Chinese fertiliser exports' case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "Moscow halted Russian gas supplies to Poland in April.",
    "Supermarkets in Finland banned Russian goods after the invasion.",
    "Russia blocked Ukrainian grain cargoes in the Black Sea.",
    "Retailers in Lithuania banned Belarusian fruit last year.",
    "Beijing suspended Chinese fertiliser exports to India.",
])
def test_goods_stopped_that_are_no_import_ban(text: str) -> None:
    assert not find(_evs(text), instrument="import_restriction"), text


def test_a_government_banning_foreign_goods_still_restricts_imports() -> None:
    assert ("RUS", "MDA", "import_restriction", "impose") in _rows("Moscow banned Moldovan fruit in July.")
    assert ("CHN", "AUS", "import_restriction", "impose") in _rows("China blocked Australian coal cargoes at its ports.")


# 7. a takeover word counts only inside the sale's own phrase

def test_a_sale_of_goods_is_no_takeover_when_investors_are_named_elsewhere() -> None:
    for text in ("Washington blocked the sale of Nvidia chips to China, rattling investors.",
                 "Tokyo blocked the sale of chip tools to Beijing; buyers of Tokyo Electron shares fled."):
        assert not find(_evs(text), instrument="investment_restriction"), text


def test_a_sale_to_an_investor_is_still_a_takeover() -> None:
    assert ("ITA", "CHN", "investment_restriction", "impose") in _rows(
        "Rome blocked the sale of a robot maker to a Chinese buyer.")


# 8. designating a country "a major ally" is a status, not a sanction

# (guard, review15: the Vietnam and Norway cases passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "The State Department designated Qatar a major non-NATO ally.",
    "The Treasury designated Vietnam a currency manipulator on Tuesday.",
    "The Foreign Office designated Norway an essential energy partner.",
])
def test_designating_a_country_a_status_is_no_sanction(text: str) -> None:
    assert not find(_evs(text), instrument="sanction"), text


def test_the_treasury_designating_banks_is_still_a_sanction() -> None:
    assert _rows("The Treasury designated 12 Iranian banks on Tuesday.", "sanction") == {
        ("USA", "IRN", "sanction", "impose")}


# 9. a licence for transactions is a sanction only when the sanctions authority speaks

@pytest.mark.parametrize("text", [
    "The Commerce Department told US firms they would need a licence for transactions involving Huawei.",
    "Commerce said US firms need licences for transactions involving SMIC.",
    "The Commerce Department will require licences for transactions involving ZTE.",
])
def test_a_commerce_licence_for_transactions_is_no_sanction(text: str) -> None:
    assert not find(_evs(text), instrument="sanction"), text


def test_a_commerce_licence_adds_no_sanction_relief() -> None:
    # (the transactions resumed are read by the older "transactions with" phrase; the licence adds nothing)
    evs = _evs("The Commerce Department issued licences allowing US firms to resume transactions with Huawei.")
    assert not find(evs, instrument="sanction", action="ease")


def test_a_treasury_licence_for_transactions_still_eases_a_sanction() -> None:
    assert ("USA", "VEN", "sanction", "ease") in _rows(
        "The Treasury issued a licence allowing transactions with Venezuela's state oil firm.")


# 10. hitting back is an unnamed trade countermeasure only in a trade context; the measure answered keeps its own
# reading

@pytest.mark.parametrize("text", [
    "China vowed to hit back at the US over arms sales to Taiwan.",
    "India will strike back at Pakistan over the attack.",
    "India will retaliate against Pakistan over the attack.",
])
def test_hitting_back_over_no_trade_matter_is_no_event(text: str) -> None:
    assert not _evs(text), text


def test_hitting_back_with_no_trade_context_is_no_event() -> None:
    assert not _evs("The weather was calm on Tuesday. India will strike back at Pakistan.")


def test_hitting_back_over_a_trade_measure_is_an_unnamed_threat() -> None:
    assert ("CHN", "USA", "other", "threaten") in _rows("Beijing vowed to hit back at Washington over its chip curbs.")
    assert ("ZAF", "USA", "other", "threaten") in _rows(
        "Washington doubled its tariffs on South African steel. Pretoria vowed to hit back at Washington.")


def test_the_measure_answered_keeps_its_own_reading() -> None:
    rows = _rows("Beijing vowed to hit back against the US tariffs on Chinese steel.")
    assert ("CHN", "USA", "other", "threaten") in rows
    assert ("USA", "CHN", "tariff", "impose") in rows
    assert ("USA", "CHN", "tariff", "threaten") not in rows


def test_a_measure_named_after_with_is_the_answer_itself() -> None:
    rows = _rows("Ottawa will hit back at the US duties with levies on American steel.")
    assert ("CAN", "USA", "tariff", "threaten") in rows or ("CAN", "USA", "tariff", "impose") in rows
    assert not any(r[2] == "other" for r in rows)


# 11. "an extended pause" names the pause; it does not extend it

@pytest.mark.parametrize("text", [
    "After an extended pause, the US tariffs on Chinese goods returned in August.",
    "After a prolonged pause, Canada's duties on US steel came back in May.",
])
def test_an_extended_pause_as_an_adjective_is_no_extension(text: str) -> None:
    assert not find(_evs(text), action="extend"), text


def test_extending_a_pause_is_still_an_extension() -> None:
    assert ("USA", "CHN", "tariff", "extend") in _rows("The US extended the pause on tariffs on Chinese goods.")


# tests the review found weak in round 13's files

# (guard, review15: this test passed on the code before the fix too)
def test_swift_as_a_lower_case_adjective_after_a_cut_is_no_sanction() -> None:
    assert not find(_evs("Tokyo cut its rice quota in a swift response."), instrument="sanction")
    assert not find(_evs("Seoul barred the imports in a swift move."), instrument="sanction")
    # (no other measure between the verb and "swift": only the lower-case guard keeps these off)
    for text in ("Tokyo cut interest rates in a swift response to the Chinese measures.",
                 "Britain removed the cap in a swift response to Russia."):
        assert not find(_evs(text), instrument="sanction"), text


# (guard, review15: every case passed on the code before the fix too)
@pytest.mark.parametrize("text", [
    "Economists studied a set of tariffs on Chinese bicycles.",
    "The report set out tariffs on Chinese bicycles as one option.",
    "Washington set to work on tariffs on Chinese cranes.",
    "Ottawa's latest set contains duties on Chinese cranes.",
    "Washington's first set comprised tariffs on Chinese cranes.",
])
def test_set_before_a_tariff_that_sets_none(text: str) -> None:
    assert not find(_evs(text), instrument="tariff", action="impose"), text
