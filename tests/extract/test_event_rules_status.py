"""Status and date rules (ANNOTATION.md rules 8 and 9), on invented sentences."""

from __future__ import annotations

from tradeshock.models import Article, Event
from tradeshock.pipeline import analyze


def read(text: str, published: str = "2024-03-14") -> list[Event]:  # a Thursday
    return list(analyze(Article(text="Headline\n" + text, published=published)).events)


def pick(events: list[Event], instrument: str, action: str | None = None) -> list[Event]:
    return [e for e in events if e.instrument == instrument and (action is None or e.action == action)]


def test_a_measure_starting_after_publication_is_announced_not_in_force() -> None:
    got = pick(read("Brazil imposed a 12% tariff on imported steel from April 2."), "tariff", "impose")
    assert [(e.event_date, e.status) for e in got] == [("2024-04-02", "announced")]


def test_a_measure_that_started_before_publication_stays_in_force() -> None:
    got = pick(read("Brazil imposed a 12% tariff on imported steel from March 2."), "tariff", "impose")
    assert [(e.event_date, e.status) for e in got] == [("2024-03-02", "in_force")]


def test_talks_someone_said_he_would_hold_are_proposed() -> None:
    got = pick(read("The Indian trade minister said on Tuesday he would meet Canadian officials for talks "
                    "in Ottawa next month."), "talks")
    assert got and got[0].status == "proposed"


def test_a_call_someone_would_make_is_proposed() -> None:
    got = pick(read("President Joe Biden said he would speak with Chinese President Xi Jinping soon."),
               "leader_call")
    assert got and got[0].status == "proposed"


def test_talks_dated_before_publication_were_held_despite_a_modal_elsewhere() -> None:
    got = pick(read("After a round of talks in Oslo last Monday, Indian and Canadian officials said the "
                    "duties would be reviewed."), "talks")
    assert got and got[0].status == "concluded" and got[0].event_date == "2024-03-11"


def test_a_start_date_belongs_to_the_measure_before_it_not_to_a_later_deal() -> None:
    got = read("Officials said the U.S. would impose a 15% tariff on Vietnamese furniture from May 1, "
               "ending a truce it had reached with Hanoi in January.")
    tariff = pick(got, "tariff")
    assert tariff and tariff[0].event_date == "2024-05-01"
    assert [e.event_date for e in pick(got, "agreement")] == ["2024-01"]


def test_a_measure_paused_later_in_the_article_is_paused() -> None:
    got = read("Chile imposed 20% tariffs on imports from Peru on Monday. "
               "Two days later, Chile suspended the tariffs on Peru for 60 days.")
    imposed = pick(got, "tariff", "impose")
    assert imposed and imposed[0].status == "paused"


def test_a_pause_of_another_rate_leaves_the_measure_in_force() -> None:
    got = read("Chile imposed 20% tariffs on Peruvian wine on Monday. "
               "Two days later, Chile suspended its 40% tariffs on Peruvian wine for 60 days.")
    imposed = pick(got, "tariff", "impose")
    assert imposed and imposed[0].status == "in_force"


def test_a_decided_suspension_is_paused_even_when_reported_with_would() -> None:
    got = pick(read("Under the truce, officials said Mexico would suspend for six months the steel tariffs "
                    "it imposed on Feb. 3."), "tariff")
    assert ("suspend", "paused") in [(e.action, e.status) for e in got]
    background = [e for e in got if e.action == "impose"]
    assert background and background[0].status == "paused" and background[0].event_date == "2024-02-03"


def test_a_pause_of_goods_worth_another_sum_leaves_the_measure_in_force() -> None:
    got = read("Chile imposed 20% tariffs on $3 billion of imports from Peru on Monday. "
               "Two days later, Chile suspended 20% tariffs on another $5 billion of imports from Peru.")
    imposed = pick(got, "tariff", "impose")
    assert imposed and imposed[0].status == "in_force"


def test_a_passive_relative_clause_dates_the_earlier_measure_not_the_change() -> None:
    got = read("On Wednesday Brazil said it would cut to 5% from 12% the tariff on $8 billion of Argentine "
               "goods that was imposed on Jan. 9.")
    lowered = pick(got, "tariff", "lower")
    assert lowered and lowered[0].event_date != "2024-01-09"
    background = pick(got, "tariff", "impose")
    assert [(e.actor, e.target, e.event_date) for e in background] == [("BRA", "ARG", "2024-01-09")]


def test_a_background_measure_is_not_merged_with_a_later_start() -> None:
    got = read("Brazil's new tariffs on Argentine goods were to take effect this weekend. "
               "Brazil will cut the tariff on Argentine goods that was imposed on Jan. 9.")
    dates = sorted(e.event_date or "" for e in pick(got, "tariff", "impose"))
    assert "2024-01-09" in dates and len(dates) == 2


def test_planned_talks_without_a_date_of_their_own_take_the_day_they_were_announced() -> None:
    # a new paragraph: the talks fall back on the article's news day
    got = pick(read("India raised its duties on Canadian lentils on Tuesday.\n\nThe Indian trade minister said "
                    "he would hold talks with Canadian officials."), "talks")
    assert [(e.status, e.event_date) for e in got] == [("proposed", "2024-03-12")]
