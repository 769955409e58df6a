"""Date rules of round 15 (ANNOTATION.md rule 8), on invented sentences: how a restatement's date
combines with the first telling's."""

from __future__ import annotations

from event_helpers import analyze_events, event_dates, find


def test_a_restatement_with_the_day_fixes_the_month_told_first() -> None:
    # "the ban it imposed last month" then "the original ban, announced on August 14": one ban, on that day
    text = ("Kazakhstan has partly lifted the ban on wheat exports it imposed last month, allowing grain that "
            "reaches its ports by rail to be shipped abroad again.\n\nThe original ban, announced on August 14, "
            "temporarily stopped foreign sales of both wheat and barley.")
    assert event_dates(text, "2024-09-12", actor="KAZ", action="impose") == ["2024-08-14"]
    # a participle of the curbs' origin in another paragraph
    text = ("Ankara has eased the export curbs on hazelnuts it introduced last month.\n\nThe curbs, unveiled on "
            "3 February, halted hazelnut shipments abroad for two weeks.")
    assert event_dates(text, "2022-03-10", actor="TUR", action="impose") == ["2022-02-03"]


def test_a_finer_date_of_another_measure_does_not_redate_the_first() -> None:
    # (guards: neither telling reaches _finer_date, the goods or the months differ; another act of the same
    # goods kind in the same month is tested in test_event_rules_review17.py)
    # different goods: two measures, each keeps its own date
    text = ("Vietnam raised its tariff on Thai rice to 20% last month.\n\nOn March 2 Vietnam also raised "
            "its tariff on Thai rubber to 15%.")
    evs = analyze_events(text, "2021-04-10", headline=True)
    rice = [e.event_date for e in find(evs, actor="VNM", instrument="tariff") if "agricultural_products" in e.subject]
    assert rice == ["2021-03"], rice
    # a day in another month is no finer telling of the same date
    text = ("Vietnam raised its tariff on Thai rice to 20% last month.\n\nVietnam had first raised its tariff "
            "on Thai rice to 20% on 9 November, before a court struck the rise down.")
    got = event_dates(text, "2021-04-10", actor="VNM", instrument="tariff", action="raise")
    assert "2021-03" in got, got


def test_a_deal_named_again_under_a_later_verb_keeps_the_lead_s_day() -> None:
    # "welcomed the agreement on Wednesday": the welcoming's day, not the day the deal was reached
    text = ("Chile and Peru have agreed to scrap their tariffs on each other's copper wire, the two governments "
            "said on Monday.\n\nPeru's trade minister welcomed the agreement at a press briefing in Lima on Wednesday.")
    got = event_dates(text, "2022-05-12", instrument="agreement")
    assert got == ["2022-05-09"], got


def test_a_deal_told_only_by_a_later_noun_keeps_its_own_day() -> None:
    # no lead news to keep: the noun's own sentence date stays (the rule does not empty dates; a guard, it
    # passes without the rule)
    text = ("Copper prices rose sharply.\n\nChile and Peru signed an agreement on copper wire tariffs on "
            "Wednesday, officials said.")
    got = event_dates(text, "2022-05-13", instrument="agreement")
    assert got == ["2022-05-11"], got
