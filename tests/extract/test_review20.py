"""Review 20 of the round's fixes (answers to reviews 19a and 19b): the true readings those fixes lost, each with
the reviewer's sentences and variants, read as ANNOTATION.md reads them. Every sentence is invented."""

from __future__ import annotations

from event_helpers import analyze_events

PUB = "2025-08-08"  # a Friday


def _rows(text: str, instrument: str | None = None) -> set[tuple[object, ...]]:
    """(actor, target, instrument, action) of the events of ``text`` read as the body, of one instrument if given."""
    return {(e.actor, e.target, e.instrument, e.action) for e in analyze_events(text, PUB, headline=True)
            if instrument is None or e.instrument == instrument}


# 1. a pause ends only by the verb that governs it (or its own verb after it): a pause extended "until the end
# of August" is an extension, and a negation, a failure or an "end" elsewhere in the sentence leaves a pause a
# pause (rule 5)

def test_a_pause_extended_until_the_end_of_a_month_is_an_extension() -> None:
    for text in ("Trump extended the pause on higher tariffs on Chinese goods until the end of August.",
                 "Trump extended the 90-day pause on higher tariffs on Chinese goods through the end of the year.",
                 "The US prolonged its pause on higher tariffs on Chinese goods until the end of November."):
        assert _rows(text, "tariff") == {("USA", "CHN", "tariff", "extend")}, text


def test_a_negation_or_an_end_elsewhere_in_the_sentence_leaves_the_pause() -> None:
    for text in ("Beijing did not retaliate after Trump paused higher tariffs on Chinese goods.",
                 "After talks failed, Trump paused higher tariffs on Chinese goods.",
                 "Trump paused higher tariffs on Chinese goods to end the standoff with Beijing.",
                 "Stocks declined after Trump paused higher tariffs on Chinese goods.",
                 "Trump paused higher tariffs on Chinese goods, and Beijing never retaliated.",
                 "Markets fell, but Trump paused higher tariffs on Chinese goods to end the rout."):
        assert _rows(text, "tariff") == {("USA", "CHN", "tariff", "suspend")}, text


def test_a_pause_failed_to_be_extended_or_set_to_end_is_still_no_pause() -> None:
    for text in ("Trump failed to extend the 90-day pause on higher tariffs on Chinese goods.",
                 "The pause on higher tariffs on Chinese goods is set to end on Tuesday.",
                 "The White House didn't extend the pause on higher tariffs on Chinese goods."):
        rows = _rows(text, "tariff")
        assert not {r for r in rows if r[3] in ("suspend", "extend")}, (text, rows)


# 2. the seller of the punished purchase is no target, whatever words stand between "imports" and the seller
# (rule 3)

def test_the_seller_of_imports_punished_after_the_target_is_no_target() -> None:
    for text, target in (
            ("Trump imposed a 25% tariff on India over imports of oil from Russia.", "IND"),
            ("Trump imposed a 25% tariff on India over imports of discounted Russian oil.", "IND"),
            ("Washington slapped a 25% tariff on India on Wednesday over imports of crude from Russia.", "IND"),
            ("The US put tariffs on Turkey because of imports of cheap Iranian oil.", "TUR")):
        assert _rows(text, "tariff") == {("USA", target, "tariff", "impose")}, text


def test_bare_imports_of_a_countrys_goods_still_make_it_the_target() -> None:
    # (a guard: review 19a's reading, unchanged by the fix)
    assert _rows("The EU imposed duties over imports of Chinese steel.", "tariff") == {("EU", "CHN", "tariff", "impose")}
    assert _rows("The US imposed duties over imports of steel from China.", "tariff") \
        == {("USA", "CHN", "tariff", "impose")}


# 3. two governments that extend or suspend a tariff pause, or most tariffs, act each on the other (rule 2); two
# that suspend their tariffs on some goods name no target (rule 3)

def test_a_tariff_pause_or_most_tariffs_relieved_by_two_sides_act_each_on_the_other() -> None:
    for text, a, b, action in (
            ("The US and China extended the tariff pause by another 90 days.", "USA", "CHN", "extend"),
            ("The US and China suspended most tariffs for 90 days.", "USA", "CHN", "suspend"),
            ("Canada and Mexico extended the suspension of tariffs on each other's steel by 60 days.", "CAN", "MEX",
             "extend"),
            ("Washington and Beijing paused most tariffs until November.", "USA", "CHN", "suspend")):
        assert _rows(text, "tariff") == {(a, b, "tariff", action), (b, a, "tariff", action)}, text
    evs = analyze_events("US, China extend tariff pause by 90 days\nThe two sides agreed on Monday.", PUB)
    assert {(e.actor, e.target) for e in evs if e.instrument == "tariff" and e.action == "extend"} \
        == {("USA", "CHN"), ("CHN", "USA")}


def test_two_governments_suspending_their_tariffs_on_some_goods_name_no_target() -> None:
    for text in ("Mexico and Brazil suspended their tariffs on imported food to fight inflation.",
                 "Mexico and Brazil suspended tariffs on imported food on Monday.",
                 "Chile and Peru suspended their other tariffs on fertiliser for a year."):
        rows = _rows(text, "tariff")
        assert rows and all(r[1] is None for r in rows), (text, rows)


def test_a_reprieve_from_one_sides_duties_stays_that_sides() -> None:
    # (a guard: the relief with no cue word must not reach a clause's own owner)
    rows = _rows("Vietnam and Thailand won a 60-day reprieve from the duties Washington had ordered against them.",
                 "tariff")
    assert {(r[0], r[1]) for r in rows} == {("USA", "VNM"), ("USA", "THA")}
