"""Share moves told the ways outlets tell them: price levels, ranks, undone gains, index names,
bare move verbs, relative clauses about the company's shares (invented sentences)."""

from __future__ import annotations

import pytest

from tradeshock.evaluate import normalise_ticker
from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _moves(text: str) -> dict[str, str]:
    brief = analyze(Article(text="Markets wrap\n" + text, published="2025-04-10"))
    return {normalise_ticker(c.ticker) if c.ticker else c.name: c.move for c in brief.companies}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a price level
        ("Nvidia hit a record high on Wednesday as chip stocks rallied.", {"NVDA": "up"}),
        ("Hyundai Motor slumped to a two-year low in Seoul.", {"5380": "down"}),
        ("Micron closed at its highest level since 2021 in New York trading.", {"MU": "up"}),
        # a rank among movers
        ("Vestas was the worst performer on the Stoxx 600.", {"VWS": "down"}),
        ("BAE Systems was the top riser on the FTSE 100.", {"BA": "up"}),
        ("Nucor was among the biggest losers on the S&P 500 on Thursday.", {"NUE": "down"}),
        ("Glencore was among the day's heaviest fallers in London.", {"GLEN": "down"}),
        # figures after "off", British "weaker" / "firmer"
        ("Komatsu was off 3.4% in Tokyo by the close.", {"6301": "down"}),
        ("Shares in Rolls-Royce were 2 per cent weaker at midday.", {"RR": "down"}),
        ("Rolls-Royce was 1.5 per cent firmer in London.", {"RR": "up"}),
        # a move undone
        ("Baidu gave up early gains to close 1% lower in Hong Kong.", {"BIDU": "down"}),
        ("Lenovo erased its early losses in Hong Kong trading after the statement.", {"992": "up"}),
        # value wiped off
        ("The sell-off wiped $40 billion off Nvidia's market value.", {"NVDA": "down"}),
        # a relative clause about the company's own shares
        ("Intel, whose shares have fallen 30% this year, said it would cut jobs.", {"INTC": "down"}),
        # a bare move verb after the company, with no word about shares
        ("Micron sinks after Beijing tells operators to stop buying its chips.", {"MU": "down"}),
        ("Lynas soars as China halts rare earth exports.", {"LYC": "up"}),
    ],
)
def test_share_move_wordings(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a level of something else is no move
        ("SAIC, the state-owned carmaker, faces the highest rate of 35.3 per cent.", {"600104": "mentioned"}),
        # "declined to comment", "fell foul of": no bare move verb
        ("Caterpillar declined to comment on the new duties.", {"CAT": "mentioned"}),
        ("Boeing fell foul of the new export rules.", {"BA": "mentioned"}),
    ],
)
def test_no_move_where_none_is_told(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkish Airlines and Arcelik fell more than 3% in Istanbul after the duties were announced.",
         {"THYAO": "down", "ARCLK": "down"}),
        ("Sany Heavy Industry and Zoomlion rallied in Shanghai and Shenzhen as the excavator levy was cut.",
         {"600031": "up", "157": "up"}),
        ("Glove makers Top Glove and Hartalega said they would ship more to American hospitals.",
         {"7113": "mentioned", "5168": "mentioned"}),
        ("Alibaba's shares slid 4% in New York.", {"BABA": "down"}),  # the primary listing is the NYSE one
        ("Miners Antofagasta and Fresnillo gained in London trading.", {"ANTO": "up", "FRES": "up"}),
    ],
)
def test_listed_companies_of_trade_news(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shell, the Anglo-Dutch oil major, said it had stopped loading Russian cargoes.", {"SHEL": "mentioned"}),
        ("Shell fell 1.6 per cent in London after the price cap was tightened.", {"SHEL": "down"}),
        ("Visa said the sanctions would force it to suspend card services.", {"V": "mentioned"}),
        ("Target dates for the quota review slipped again.", {}),
        ("Next, the ministry said, it would review the quota.", {}),
    ],
)
def test_a_name_that_is_a_word_opens_the_sentence(text: str, want: dict[str, str]) -> None:
    assert _moves(text) == want


def _firms(text: str) -> dict[str, str]:
    brief = analyze(Article(text="Markets wrap\n" + text, published="2025-04-10"))
    return {c.name: c.move for c in brief.companies if c.ticker is None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a firm the knowledge base does not know, told by what kind of firm it is
        ("Marlow Keane, a Boston law firm, represents the importers.", {"Marlow Keane": "mentioned"}),
        ("Ostrava Partners said, according to Brandt & Lyle, a Prague consultancy, that orders fell.",
         {"Ostrava Partners": "mentioned", "Brandt & Lyle": "mentioned"}),
        ("\"Expect a long fight,\" said Ana Ruiz of Quillon & Hart, a trade consultancy in Madrid.",
         {"Quillon & Hart": "mentioned"}),
        # its share move is read as a known firm's
        ("Shares of Hengrui Magnet Co dropped 6% in Shenzhen.", {"Hengrui Magnet Co": "down"}),
        ("Taroko Optics Corp jumped 9 per cent in Taipei trading.", {"Taroko Optics Corp": "up"}),
    ],
)
def test_firms_the_knowledge_base_does_not_know(text: str, want: dict[str, str]) -> None:
    assert _firms(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The curbs rattled investors on Monday. Trading in Tokyo was thin.",
        "The order was issued under the Information Technology Act of 2000.",
        "Xinjiang, the biggest cotton producer, faces the ban.",
        "Economic Co-operation ministers met in Lima.",
    ],
)
def test_no_firm_where_none_is_named(text: str) -> None:
    assert _firms(text) == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a level written with a hyphen, reached with no word about shares in the sentence
        ("Advantest touched an all-time high before paring its advance.", {"6857": "up"}),
        ("Kobe Steel hit a five-year low after the quota was cut.", {"5406": "down"}),
        # "softer" with a figure
        ("Norsk Hydro stock was 3 per cent softer in Oslo.", {"NHY": "down"}),
    ],
)
def test_levels_and_british_wording(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want
