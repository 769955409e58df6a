"""Findings of review 19b (people, company, furniture and sentence rules of the last round), each with the
sentences that showed it and a few variants: the reading ANNOTATION.md gives."""

from __future__ import annotations

import pytest
from event_helpers import share_moves

from tradeshock.models import Article
from tradeshock.pipeline import analyze

PUB = "2025-08-08"


def _brief(text: str, headline: str | None = "Trade news"):  # type: ignore[no-untyped-def]
    return analyze(Article(text=text if headline is None else headline + "\n" + text, published=PUB))


def _events(text: str, headline: str | None = "Trade news") -> set[tuple]:
    return {(e.actor, e.target, e.instrument, e.action) for e in _brief(text, headline).events}


# 1. a title-case headline is not cut after "U.S." before a capitalised opener ("Still", "As", "And"): a threat,
# an imposition or a deal told in a headline is an event (ANNOTATION, Events 1, 5, 9)
@pytest.mark.parametrize(("headline", "want"), [
    ("U.S. Still Weighing 25% Tariffs on EU Cars", ("USA", "EU", "tariff", "threaten")),
    ("Stocks Slide in U.S. As China Imposes 34% Tariffs on American Goods", ("CHN", "USA", "tariff", "impose")),
    ("U.K. And Japan Sign Trade Deal Cutting Tariffs on Cars", ("GBR", "JPN", "agreement", "agree")),
    ("U.S. And China Agree to Extend Tariff Truce by 90 Days", ("USA", "CHN", "tariff", "extend")),
    ("Markets Fall in U.S. As Beijing Raises Tariffs on US Soybeans", ("CHN", "USA", "tariff", "raise")),
    ("U.S. The Latest to Impose Tariffs on Chinese Steel", ("USA", "CHN", "tariff", "impose")),
])
def test_a_title_case_headline_is_not_cut_after_an_abbreviation(headline: str, want: tuple) -> None:
    brief = _brief("Officials said more would follow.", headline)
    got = {(e.actor, e.target, e.instrument, e.action) for e in brief.events}
    if want[2] == "agreement":
        got |= {(t, a, i, x) for a, t, i, x in got}
    assert want in got, got
    assert brief.summary[0] == headline  # the headline stays whole, not a body sentence


@pytest.mark.parametrize("text", [
    "Beijing curbed gallium exports to the U.S. The Commerce Department answered on Friday.",
    "Tariffs rose in the U.S. And China answered with duties of its own.",
])
def test_a_story_sentence_still_ends_after_an_abbreviation(text: str) -> None:
    from tradeshock.extract.nlp import get_nlp

    assert len(list(get_nlp()(text).sents)) == 2


# 2. only a currency after a figure is a price ("hit 3,500 yen"); a year before profit, exports or sales leaves them
# the subject of the move (ANNOTATION, Companies: a move only where the shares moved)
@pytest.mark.parametrize(("text", "ticker"), [
    ("Sony's 2025 profit jumped 20%, the company said.", "6758"),
    ("Samsung Electronics reported that 2024 profit fell 30%.", "5930"),
    ("Toyota's 2025 exports fell 5% as tariffs bit.", "7203"),
    ("Toyota's 2024 sales rose 4%, the carmaker said.", "7203"),
    ("Sony's 2025 earnings slid 12%.", "6758"),
])
def test_a_year_before_profit_is_no_share_move(text: str, ticker: str) -> None:
    assert share_moves(text, PUB).get(ticker) == "mentioned", share_moves(text, PUB)


def test_a_price_in_a_currency_still_reads_as_a_share_move() -> None:
    assert share_moves("Toyota shares hit 3,500 yen, a record high.", PUB)["7203"] == "up"


# 3. "led the rise/retreat/advance/recovery of/from X" leads something other than shares (mentioned)
@pytest.mark.parametrize(("text", "ticker"), [
    ("Tesla led the rise of electric vehicles in China.", "TSLA"),
    ("Apple led the retreat from China as tariffs rose.", "AAPL"),
    ("Nvidia led the advance of AI chips into data centers.", "NVDA"),
    ("Boeing led the recovery of the aviation industry after the pandemic, the CEO said.", "BA"),
    ("Toyota led the recovery in Japan's auto industry, Honda said.", "7203"),
    ("Apple led the decline in iPhone sales.", "AAPL"),
    ("Nvidia led the surge in demand for AI servers.", "NVDA"),
])
def test_a_lead_of_something_else_is_no_share_move(text: str, ticker: str) -> None:
    assert share_moves(text, PUB).get(ticker) == "mentioned", share_moves(text, PUB)


@pytest.mark.parametrize(("text", "ticker", "move"), [
    ("Nvidia led the decline on Tuesday.", "NVDA", "down"),
    ("Toyota led the advance in Tokyo.", "7203", "up"),
    ("Apple led the gains on the Nasdaq.", "AAPL", "up"),
    ("Nvidia led the sell-off, falling 5%.", "NVDA", "down"),
])
def test_a_lead_of_the_market_is_a_share_move(text: str, ticker: str, move: str) -> None:
    assert share_moves(text, PUB).get(ticker) == move, share_moves(text, PUB)


# 4. "X led the retreat/decline ..." of something not a market makes no share talk for another firm's verb
@pytest.mark.parametrize(("text", "ticker"), [
    ("Democrats led the retreat from the tariff fight, and Boeing cut its delivery forecast.", "BA"),
    ("Iowa led the decline in farm incomes last year, and Deere cut its outlook.", "DE"),
    ("Democrats led the retreat, and Boeing cut its delivery forecast.", "BA"),
    ("Farmers led the protests, and Deere cut its outlook.", "DE"),
])
def test_a_lead_of_no_market_makes_no_share_talk(text: str, ticker: str) -> None:
    assert share_moves(text, PUB).get(ticker) == "mentioned", share_moves(text, PUB)


def test_a_sector_leading_the_market_is_share_talk() -> None:
    moves = share_moves("Chipmakers led the decline, and Nvidia shed 4%.", PUB)
    assert moves["NVDA"] == "down"
