"""Date rules of round 11 (ANNOTATION.md rule 8), on invented sentences."""

from __future__ import annotations

from event_helpers import event_dates


def test_a_day_and_month_told_with_last_year_is_that_day_of_last_year() -> None:
    # "from 22 February last year": the day is fixed, not only the year, and not the coming February
    assert event_dates("Brazil halted beef exports to China from 22 February last year.", "2023-05-20",
                  actor="BRA", instrument="export_control") == ["2022-02-22"]
    assert event_dates("The Treasury blacklisted six Ruritanian shipping firms on October 9 last year.", "2021-03-02",
                  instrument="sanction") == ["2020-10-09"]


def test_the_measure_talks_are_about_does_not_take_the_date_of_the_talks() -> None:
    # "talks on fish tariffs ... last month": the month dates the talks, not the tariffs they discuss
    assert event_dates("Norway began its own talks on fish tariffs with Britain last month.", "2022-03-09",
                  instrument="talks") == ["2022-02"]
    assert event_dates("Chile and Korea opened negotiations over the copper levies in October, officials said.",
                  "2022-03-09", instrument="talks") == ["2021-10"]


def test_a_measure_with_its_own_start_is_not_merged_into_a_later_start() -> None:
    # two controls, each with its start date: two events, not one dated by the later start
    text = ("Officials called it an answer to two steps by Hanoi. From May 6, Vietnam tightened controls on exports "
            "to Thailand of rare earth oxides. Then, on June 2, the Vietnamese cabinet decided to remove Thailand "
            "from its white list, a change that took effect on June 20.")
    got = event_dates(text, "2024-07-01", actor="VNM", target="THA", instrument="export_control")
    assert "2024-05-06" in got and "2024-06-20" in got, got


def test_the_date_of_a_relative_clause_over_a_list_of_goods_is_the_earlier_measure_s() -> None:
    # "the duties it placed on US pork, cheese and bourbon in June 2018": when those duties began, not
    # when they are dropped
    text = ("Kenya and Uganda settled their dairy dispute on Friday. Kenya is to drop the duties it placed on "
            "Ugandan milk, butter and yoghurt in March 2019.")
    dates = event_dates(text, "2021-04-20", actor="KEN", target="UGA", instrument="tariff", action="lower")
    assert dates and "2019-03" not in dates


def test_a_day_after_a_date_told_only_by_its_month_is_in_that_month() -> None:
    # "Earlier this month ... and Hanoi answered the next day": no day is fixed, the month is; not a day
    # after the start date the previous sentence named
    text = ("Duties on Vietnamese steel are due to rise to 40% on Jan. 5. Earlier this month Thailand banned "
            "exports of rice husks to Vietnam, and Vietnam answered the next day by banning exports of coal to Thailand.")
    assert event_dates(text, "2024-12-20", actor="VNM", target="THA", instrument="export_control") == ["2024-12"]


def test_a_possessive_date_names_its_own_noun_only() -> None:
    # "Tuesday's decree builds on the pact ... signed two days earlier": the pact is dated by its own verb
    text = ("Tuesday's decree builds on the framework deals that the Chilean government announced two days "
            "earlier with Peru and Bolivia, which promised to cut tariffs on copper wire.")
    got = event_dates(text, "2024-06-12", instrument="agreement")
    assert got and all(g == "2024-06-09" for g in got), got


def test_a_sentence_opened_by_since_dates_the_measure_in_force_by_its_start() -> None:
    # "Since March 3, ... have needed a licence, under rules the ministry published on Jan. 9": the start
    # the sentence opens on is the effective date, not the day of the rules' publication
    text = ("The step adds to a run of Chinese curbs. Since March 3, exporters of graphite electrodes, used in steel mills, "
            "have needed a licence, under rules the commerce ministry published on Jan. 9.")
    assert event_dates(text, "2024-04-10", actor="CHN", instrument="export_control") == ["2024-03-03"]


def test_the_measure_talks_with_a_partner_are_about_does_not_take_their_date() -> None:
    assert event_dates("Ghana opened negotiations with Britain over its cocoa tariffs last month.", "2023-06-05",
                  instrument="talks") == ["2023-05"]
