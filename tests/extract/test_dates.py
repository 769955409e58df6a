import datetime as dt

import pytest

from tradeshock.extract.dates import find_dates, resolve_anchor

PUB = dt.date(2025, 6, 10)  # a Tuesday


def one(text: str, pub: dt.date | None = PUB):
    found = find_dates(text, pub)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("talks began in London on the 9th (local time)", "2025-06-09"),
        ("the agreement reached last month in Geneva", "2025-05"),
        ("China's decision in April to suspend exports", "2025-04"),
        ("it dropped nearly 18% in early April", "2025-04"),
        ("the high recorded in mid-February", "2025-02"),
        ("the deal signed on May 12, 2025 in Geneva", "2025-05-12"),
        ("the deal signed on 12 May in Geneva", "2025-05-12"),
        ("tariffs took effect on Friday", "2025-06-06"),
        ("tariffs will take effect on Friday", "2025-06-13"),
        ("the talks last Tuesday", "2025-06-03"),
        ("a truce agreed in December", "2024-12"),
        ("measures in place since 2018", "2018"),
        ("officials met yesterday", "2025-06-09"),
        ("the rules announced two weeks ago", "2025-05-27"),
        ("exports fell last year", "2024"),
        ("prices set on 2025-04-02", "2025-04-02"),
    ],
)
def test_resolves_against_publication_date(text: str, value: str) -> None:
    assert one(text).value == value


def test_unknown_publication_date_leaves_relative_dates_null() -> None:
    assert one("the agreement reached last month", None).value is None
    assert one("talks on the 9th", None).value is None
    # an absolute date needs no publication date
    assert one("signed on January 15, 2020", None).value == "2020-01-15"


def test_precision_is_kept() -> None:
    assert one("in April").precision == "month"
    assert one("on the 9th").precision == "day"
    assert one("since 2019").precision == "year"


def test_modal_may_is_not_a_month() -> None:
    assert find_dates("the talks may continue for two days", PUB) == []


def test_relative_to_another_event() -> None:
    nxt = one("The next day, Trump announced")
    assert nxt.value is None and nxt.anchor_offset == 1
    assert resolve_anchor(nxt, "2025-06-05").value == "2025-06-06"
    after = one("just four days after a phone call")
    assert resolve_anchor(after, "2025-06-09").value == "2025-06-05"
    # without a day-precision reference nothing is guessed
    assert resolve_anchor(nxt, "2025-06").value is None


def test_offsets_point_into_the_text() -> None:
    text = "Officials met in Geneva on May 10 and May 11."
    found = find_dates(text, PUB, base=100)
    assert [text[d.start - 100:d.end - 100] for d in found] == ["May 10", "May 11"]


@pytest.mark.parametrize(
    "text",
    [
        "the duties were expected to go into effect on April 1",
        "the levies come into force on April 1, officials said",
        "the tariff goes into effect on April 1",
    ],
)
def test_coming_into_effect_looks_ahead(text: str) -> None:
    # published in March: a yearless April date that something is yet to enter into is this April
    assert one(text, dt.date(2025, 3, 13)).value == "2025-04-01"


def test_yearless_past_date_without_future_words_stays_behind() -> None:
    assert one("the duties took hold on April 1", dt.date(2025, 3, 13)).value == "2024-04-01"
