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


# 5. a story line that opens like page furniture keeps its events: a credit or timestamp with story text after it,
# "Sponsored by ..." or "Published Friday, ..." in a sentence, a furniture word on the headline
@pytest.mark.parametrize(("text", "want"), [
    ("Research by the Kiel Institute found that China raised tariffs on US soybeans to 25% in July 2018.",
     ("CHN", "USA", "tariff", "raise")),
    ("Sponsored by Senator Tom Cotton, the bill would impose a 100% tariff on Chinese electric vehicles.",
     ("USA", "CHN", "tariff", "threaten")),
    ("Published Friday, the ministry's notice said China would impose a 15% tariff on US coal from Monday.",
     ("CHN", "USA", "tariff", "impose")),
    ("Updated Aug. 8, 2025 China raised tariffs on US soybeans to 25% on Friday. Beijing said more would follow.",
     ("CHN", "USA", "tariff", "raise")),
    ("Produced by the ministry, the list said China would impose a 10% tariff on US pork from Monday.",
     ("CHN", "USA", "tariff", "impose")),
])
def test_a_story_line_opening_like_furniture_keeps_its_event(text: str, want: tuple) -> None:
    assert want in _events(text)


@pytest.mark.parametrize("headline", ["WATCH: Trump announces 25% tariffs on Japan and South Korea",
                                      "Video: Trump announces 25% tariffs on Japan and South Korea"])
def test_a_furniture_word_on_the_headline_keeps_its_event(headline: str) -> None:
    got = _events("Officials said more would follow.", headline)
    assert {("USA", "JPN", "tariff", "impose"), ("USA", "KOR", "tariff", "impose")} <= got, got


@pytest.mark.parametrize("line", ["Reporting by Tom Reyes in Washington; Editing by Lin Hao",
                                  "Updated 3:45 PM EDT, Aug. 8, 2025", "Research by Ana Ruiz",
                                  "Sponsored", "Last updated: 2 hours ago"])
def test_furniture_lines_after_the_headline_stay_furniture(line: str) -> None:
    brief = _brief(f"China raised tariffs on US soybeans to 25% on Friday.\n{line}\nMore would follow, Beijing said.")
    assert all(line[:12] not in s for s in brief.summary)


# 6. an untitled name before "and" plus a person with a role: a day, a place or a programme is no person, and only a
# role may stand between "and" and that person (ANNOTATION, People: only people named in the story)
@pytest.mark.parametrize(("text", "people"), [
    ("Markets have swung wildly between Liberation Day and Treasury Secretary Scott Bessent's announcement of a "
     "pause.", {"Scott Bessent"}),
    ("The talks moved between Camp David and Commerce Secretary Howard Lutnick's office in Washington.",
     {"Howard Lutnick"}),
    ("Golden Dome and Defense Secretary Pete Hegseth dominated the hearing.", {"Pete Hegseth"}),
    ("Air Force One and Treasury Secretary Scott Bessent arrived in Tokyo.", {"Scott Bessent"}),
    ("Project Stargate and Commerce Secretary Howard Lutnick were discussed.", {"Howard Lutnick"}),
    ("Liberation Day and its aftermath were discussed by Treasury Secretary Scott Bessent.", {"Scott Bessent"}),
    ("Tom Reyes and his many friends in business were thanked by Trade Minister Ana Ruiz.", {"Ana Ruiz"}),
])
def test_a_landmark_before_and_is_no_person(text: str, people: set[str]) -> None:
    assert {p.name for p in _brief(text).people} == people


@pytest.mark.parametrize(("text", "name"), [
    ("Tariffs Rattle Trade\nAna Ruiz and Trade Minister Tom Reyes met on Monday.", "Ana Ruiz"),
    ("Trade news\nOfficials said Tom Reyes and Trade Minister Ana Ruiz met union leaders on Monday.", "Tom Reyes"),
    ("Trade news\nThe panel heard Lin Hao and the governor of the central bank, Rui Tavares.", "Lin Hao"),
])
def test_an_untitled_name_before_and_a_role_is_a_person(text: str, name: str) -> None:
    # (the first: the look back stops at the line break, after a headline with no full stop)
    assert name in {p.name for p in _brief(text, None).people}


# 7. the untitled-name rule on a long text of many people (its cost is measured in bench/bench_long.py, not here)
def test_the_untitled_name_rule_on_a_long_text() -> None:
    from tradeshock.extract.document import build_document
    from tradeshock.extract.gazetteer import gazetteer_for
    from tradeshock.extract.people import extract_people
    from tradeshock.pipeline import load_kb

    kb = load_kb()
    line = "Officials said Tom Reyes and Trade Minister Ana Ruiz met union leaders on Monday.\n"
    document = build_document(Article(text="Trade news\n" + line * 2000, published=PUB), gazetteer_for(kb))
    people, _author = extract_people(document, kb)
    assert {p.name for p in people} == {"Tom Reyes", "Ana Ruiz"}


# 8. credits and links to other stories give no people and no share moves (ANNOTATION, People: "Not the byline,
# editors or photographers"; Companies: a move only where the text says the shares moved)
def test_credits_and_links_give_no_people_and_no_moves() -> None:
    brief = _brief("China raised tariffs on US soybeans to 25% on Friday.\nRelated: Nvidia shares plunge on China ban\n"
                   "(Reporting by Tom Reyes in Washington; Editing by Lin Hao and Rui Tavares)")
    assert list(brief.people) == []
    assert {c.ticker: c.move for c in brief.companies} == {"NVDA": "mentioned"}


def test_a_person_named_in_the_story_and_the_credits_keeps_the_story_mention() -> None:
    text = ("Trade Minister Ana Ruiz said China would answer.\n"
            "(Reporting by Ana Ruiz in Beijing; Editing by Tom Reyes)")
    people = _brief(text).people
    assert [(p.name, len(p.spans)) for p in people] == [("Ana Ruiz", 1)]
