"""Review 17 of round 15's rules (merge.py date choice, frame.py background relative clauses): each finding's
sentences, read as ANNOTATION.md reads them, with variants. Every sentence here is invented."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, event_rows, find


# 1. a measure some countries are let off: its origin is aimed at the goods' owners only (rule 3)
@pytest.mark.parametrize(("text", "want", "not_aimed_at"), [
    ("Washington exempted Mexico from the tariffs on Chinese steel that it imposed in 2018.",
     {("USA", "CHN", "tariff", "impose", "2018")}, {"MEX"}),
    ("Brazil and Argentina won exemptions from the tariffs on Chinese steel that Washington imposed in 2018.",
     {("USA", "CHN", "tariff", "impose", "2018")}, {"BRA", "ARG"}),
    ("Washington exempted Canada from the tariffs on Chinese and Vietnamese steel that it imposed in 2018.",
     {("USA", "CHN", "tariff", "impose", "2018"), ("USA", "VNM", "tariff", "impose", "2018")}, {"CAN"}),
    ("Japan and South Korea won exemptions from the duties on Chinese aluminium that Washington imposed in 2018.",
     {("USA", "CHN", "tariff", "impose", "2018")}, {"JPN", "KOR"}),
])
def test_countries_let_off_a_measure_are_not_its_targets(text: str, want: set[tuple[object, ...]],
                                                         not_aimed_at: set[str]) -> None:
    rows = event_rows(text, "2020-03-01")
    assert want <= rows, rows
    assert not [r for r in rows if r[3] == "impose" and r[1] in not_aimed_at], rows


# 2. "..., a move that X announced on Friday": the main act's announcement, not the origin of the measure it changes
@pytest.mark.parametrize(("text", "instrument"), [
    ("Washington cut the tariffs on Swiss watches to 15%, a move that the administration announced on Friday.",
     "tariff"),
    ("The White House lifted the tariffs on Brazilian beef and coffee, a change that Trump announced on Friday.",
     "tariff"),
    ("The EU will suspend its duties on US motorcycles for 90 days, a step that it announced on Sunday.", "tariff"),
    ("Beijing suspended its export curbs on gallium and germanium, a decision which Beijing announced on Sunday.",
     "export_control"),
    ("Ottawa lowered the surtax on Chinese electric vehicles, the decision that Carney announced on Friday.",
     "tariff"),
])
def test_an_apposed_noun_s_clause_tells_no_origin_of_the_measure(text: str, instrument: str) -> None:
    rows = event_rows(text, "2025-06-14")
    assert not [r for r in rows if r[3] == "impose"], rows
    assert [r for r in rows if r[2] == instrument], rows


def test_a_list_of_goods_still_reaches_its_own_relative_clause() -> None:
    # (a guard: the commas of a list of goods do not stop the scan)
    rows = event_rows("Ottawa will drop the duties on US pork, cheese and bourbon that it had imposed in June 2018.",
                 "2019-05-01")
    assert ("CAN", "USA", "tariff", "impose", "2018-06") in rows, rows


# 3. a deal told again by a bare noun with its entry into force: the effective date wins (rule 8)
@pytest.mark.parametrize(("second", "date"), [
    ("The agreement will take effect on July 1.", "2022-07-01"),
    ("The agreement, struck in Lima on Tuesday after two years of talks, takes effect in July.", "2022-07"),
    ("The deal will enter into force on June 15.", "2022-06-15"),
])
def test_a_deal_s_effective_date_told_by_a_bare_noun_is_kept(second: str, date: str) -> None:
    text = ("Chile and Peru have agreed to scrap tariffs on each other's copper wire, officials said on Thursday."
            "\n\n" + second)
    got = [e.event_date for e in find(analyze_events(text, "2022-04-08", True), instrument="agreement")]
    assert got == [date], got


# 4. another act of the same kind later in the month is no finer telling of the first
@pytest.mark.parametrize("second", [
    "On March 28, Moscow also imposed a ban on exports of barley and rye.",
    "On March 28, Moscow imposed another ban on exports of barley and rye.",
])
def test_a_second_act_in_the_month_does_not_redate_the_first(second: str) -> None:
    text = "Russia banned exports of wheat to its neighbours in March, officials said.\n\n" + second
    evs = find(analyze_events(text, "2022-04-10", True), actor="RUS", instrument="export_control")
    assert "2022-03" in [e.event_date for e in evs], [(e.event_date, e.evidence) for e in evs]


def test_a_back_reference_with_the_day_still_fixes_the_month() -> None:
    text = ("Russia banned exports of wheat to its neighbours in March, officials said.\n\nThe ban, announced on "
            "March 28, halted shipments by rail and sea.")
    got = [e.event_date for e in find(analyze_events(text, "2022-04-10", True), actor="RUS", action="impose")]
    assert got == ["2022-03-28"], got


# 5. "their" goods owned by a nearer group than the countries of an earlier clause: no target named (rule 3)
@pytest.mark.parametrize("text", [
    "Kenya and Uganda held talks on Monday, while Tanzanian traders complained that Dar es Salaam raised the levies "
    "on their sugar.",
    "Kenya and Uganda held talks on Monday, while Tanzanian farmers said that Dar es Salaam had cut the levies on "
    "their maize.",
    "Kenya and Uganda protested on Monday, but local traders said that Tanzania had raised the levies on their sugar.",
])
def test_their_goods_owned_by_a_nearer_group_name_no_earlier_country(text: str) -> None:
    rows = event_rows(text, "2022-04-10")
    assert not [r for r in rows if r[0] == "TZA" and r[1] in ("KEN", "UGA")], rows


def test_their_goods_of_the_countries_before_still_reach_both() -> None:
    rows = event_rows("Canada and Mexico had complained for a year before Washington agreed to lift the tariffs on their "
                 "steel.", "2019-05-01")
    assert {("USA", "CAN"), ("USA", "MEX")} <= {(r[0], r[1]) for r in rows if r[2] == "tariff"}, rows


# 6. a relative clause of a nearer noun ("chips sold to Chinese firms that it had added to the Entity List")
@pytest.mark.parametrize(("text", "kept"), [
    ("Washington eased export controls on chips sold to Chinese firms that it had added to the Entity List in 2022.",
     ("USA", "CHN", "entity_list", "impose", "2022")),
    ("Washington lifted the tariffs on solar panels made by Chinese companies that it had put on the Entity List "
     "in 2021.", None),
    # (a guard: "blacklisted" is no verb of a measure's origin, so this one passes without the fix too)
    ("Tokyo relaxed export curbs on chemicals shipped to Korean chipmakers which it had blacklisted in 2019.", None),
])
def test_a_clause_of_a_nearer_noun_is_no_origin_of_the_measure(text: str, kept: tuple[object, ...] | None) -> None:
    rows = event_rows(text, "2024-04-10")
    assert not [r for r in rows if r[3] == "impose" and r[2] in ("export_control", "tariff")], rows
    if kept is not None:
        assert kept in rows, rows


# 7. the clause's subject as a government noun after a name, or a title after a country
@pytest.mark.parametrize("subject", [
    "the Trump administration", "U.S. President Donald Trump", "the US government", "the Biden administration",
])
def test_a_named_government_as_the_clause_subject_tells_the_origin(subject: str) -> None:
    rows = event_rows(f"Washington will cut the tariffs on Chinese solar panels that {subject} imposed in 2018.",
                 "2021-04-10")
    assert ("USA", "CHN", "tariff", "impose", "2018") in rows, rows
    assert not [r for r in rows if r[3] == "lower" and r[4] == "2018"], rows


# too broad: a company does not impose a government's measure
@pytest.mark.parametrize("text", [
    "Washington eased the export ban on AI chips that Nvidia introduced in 2023.",
    "Washington eased the export curbs on AI chips which Nvidia had introduced in 2023.",
])
def test_a_company_is_no_subject_of_a_measure_s_origin(text: str) -> None:
    rows = event_rows(text, "2024-04-10")
    assert not [r for r in rows if r[3] == "impose"], rows
    assert ("USA", None, "export_control", "ease", None) in rows, rows  # (the clause's date is not the easing's)
