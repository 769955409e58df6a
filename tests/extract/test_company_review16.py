"""Share moves after the review of round 14's rules (review 15c): the words after a move word that
make an object, a move noun told of the firm's own shares, a possessive followed by "its shares",
interrupting clauses, prospects, causes after a bare verb, list partners, "the Dow" and "into"
(invented sentences; ANNOTATION.md: a move is up or down only where the text says the shares moved)."""

from __future__ import annotations

import pytest
from event_helpers import share_moves


def _moves(text: str) -> dict[str, str]:
    return share_moves(text, "2025-04-10")


def _check(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    for k in want:
        assert k in got, (k, got)
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 1. a cause, a time, a spelled-out figure or "a/an + adjective + figure" after the move word is no object
        ("Toyota shares fell because investors feared the tariffs.", {"7203": "down"}),
        ("Toyota shares rose thanks to a weaker yen.", {"7203": "up"}),
        ("Honda shares fell due to worries about the 25% tariff.", {"7267": "down"}),
        ("Sony shares fell throughout the session.", {"6758": "down"}),
        ("Nissan shares fell within minutes of the announcement.", {"7201": "down"}),
        ("Toyota shares rose once again on Tuesday.", {"7203": "up"}),
        ("Toyota shares fell nine percent on Monday.", {"7203": "down"}),
        ("Toyota shares lost one-third of their value this year.", {"7203": "down"}),
        ("Toyota shares fell a steep 8% in Tokyo.", {"7203": "down"}),
        ("Toyota shares fell an additional 3% on Tuesday.", {"7203": "down"}),
        ("Toyota shares slipped a bit in early trading.", {"7203": "down"}),
        # variants
        ("Honda shares climbed because of the weaker yen.", {"7267": "up"}),
        ("Sony shares rose twelve per cent upon the news of the deal.", {"6758": "up"}),
        ("Nissan shares dropped a whopping 11% in Tokyo.", {"7201": "down"}),
        ("Mazda shares fell a little after the tariff announcement.", {"7261": "down"}),
        # 2. a move noun of the firm's own shares: a figure after "of", or the trading session
        ("Nvidia posted a 5% gain in after-hours trading.", {"NVDA": "up"}),
        ("Nvidia shares posted a 5% gain in extended trading.", {"NVDA": "up"}),
        ("Toyota shares suffered a drop of nearly 4% on Monday.", {"7203": "down"}),
        ("Nvidia shares posted a gain of more than 10% on the day.", {"NVDA": "up"}),
        ("Toyota suffered a 5% drop in its share price.", {"7203": "down"}),
        # variants
        ("Honda shares suffered a fall of 6 percent in Tokyo.", {"7267": "down"}),
        ("Sony booked a 4% rise in its market value on Friday.", {"6758": "up"}),
        ("Nissan shares posted a 3% gain in the morning session.", {"7201": "up"}),
        # 3. a possessive of something else, then "its shares" in the next clause; a move noun after an adjective
        ("Toyota's profit fell 20%, and its shares dropped 3%.", {"7203": "down"}),
        ("Nissan's sales rose 5%, but its shares fell 2%.", {"7201": "down"}),
        ("Nvidia's market cap fell by $300 billion on Monday as shares slid.", {"NVDA": "down"}),
        ("Sony's sharp fall in Tokyo trading dragged the Nikkei lower.", {"6758": "down"}),
        ("Nvidia's record high on Friday lifted the Nasdaq.", {"NVDA": "up"}),
        # variants
        ("Honda's exports slumped 10% last month, and its shares sank 4%.", {"7267": "down"}),
        ("Toyota's biggest drop since 2020 dragged the Nikkei lower.", {"7203": "down"}),
        ("Tesla's market cap rose by $150 billion on Friday.", {"TSLA": "up"}),
        # 4. an interrupting clause between commas
        ("Toyota, after a strong start, fell 3% in Tokyo trading.", {"7203": "down"}),
        ("Toyota shares, though hit hard by the tariff, rose 2% on Friday.", {"7203": "up"}),
        # variants
        ("Honda, as expected, fell 2% in Tokyo trading.", {"7267": "down"}),
        ("Sony shares, after a weak morning, rose 3% on Friday.", {"6758": "up"}),
        # 5. a month named May is no modal; a prospect in one clause does not stop its shares in the next
        ("Toyota shares in May fell 12%, their worst month since 2008.", {"7203": "down"}),
        ("Analysts said Toyota would gain most from the deal, and its shares rose 4% in Tokyo.", {"7203": "up"}),
        ("Honda could lose $2 billion a year from the tariffs, the company said, and its shares fell 4%.",
         {"7267": "down"}),
        # variants
        ("Nissan shares in May rose 6%, their best month this year.", {"7201": "up"}),
        ("Sony may lose sales in America, and its shares dropped 5% on Friday.", {"6758": "down"}),
        # 6. a cause after a bare move verb
        ("Boeing slumped because China halted deliveries of its jets.", {"BA": "down"}),
        ("Tesla tumbled thanks to the tariff threat.", {"TSLA": "down"}),
        # variants
        ("Nidec plunged due to fears of a 25% tariff.", {"6594": "down"}),
        ("Komatsu soared upon news of the deal.", {"6301": "up"}),
        # 7. a list partner of a company that moved in the same sentence
        ("The 25% tariff takes effect on Friday. Ford slid, and General Motors dropped.", {"F": "down", "GM": "down"}),
        ("Automakers fell across Tokyo, down 4% on average. Honda tumbled and Nissan dropped sharply.",
         {"7267": "down", "7201": "down"}),
        # variant
        ("The levy starts on Monday. Tesla tumbled, and Ford fell.", {"TSLA": "down", "F": "down"}),
    ],
)
def test_share_move_told(text: str, want: dict[str, str]) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 8. Dow Inc. and the Dow Jones newswire tell no share talk
        ("The Dow Chemical unit said it would close a plant. Exxon rose.", {"XOM": "mentioned"}),
        ("BASF said it would close a plant in Europe, Dow Jones reported. Exxon rose.", {"XOM": "mentioned"}),
        # 9. "plunged into a loss" is no share move, even in share talk
        ("Chip stocks were mixed on Tuesday. Micron plunged into a net loss for the quarter.", {"MU": "mentioned"}),
        ("Carmakers' shares were flat on Monday. Nissan sank into the red in the year to March.", {"7201": "mentioned"}),
        # the object words still make an object
        ("Toyota shares fell as Honda lifted prices by 5%.", {"7267": "mentioned"}),
        ("Alcoa added 300 workers at its smelter after the 10 percent tariff.", {"AA": "mentioned"}),
        ("Hitachi posted a 12 percent rise in orders from US utilities.", {"6501": "mentioned"}),
        ("Rio Tinto posted a 14% fall in iron ore shipments to China.", {"RIO": "mentioned"}),
        # a prospect is still no move
        ("Caterpillar could fall further if the 25% duty is doubled, analysts said.", {"CAT": "mentioned"}),
    ],
)
def test_no_share_move(text: str, want: dict[str, str]) -> None:
    _check(text, want)


def test_the_dow_still_tells_share_talk() -> None:
    # "the Dow" and "the Dow Jones Industrial Average" are share talk
    _check("Caterpillar was among the biggest gainers on the Dow.", {"CAT": "up"})
    _check("The Dow Jones Industrial Average fell 2% on Monday. Boeing slid, and 3M dropped.", {"BA": "down"})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a prospect in share talk (the blind probe "Kubota is likely to gain" has no share talk and never
        # reaches the prospect rule)
        ("Tokyo shares were mixed on Monday. Kubota is likely to gain from the lower tariff on tractors.",
         {"6326": "mentioned"}),
        ("Tokyo stocks rose 1% on Friday, and analysts said Komatsu could gain 10% from the deal.",
         {"6301": "mentioned"}),
        # a prospect of one firm takes no move from another clause to its left
        ("Toyota shares rose 2%, and Honda shares could rise further.", {"7203": "up", "7267": "mentioned"}),
        # a firm's own act with an object takes no move from another clause to its left
        ("Toyota shares fell 3% as Honda lifted prices by 5%.", {"7203": "down", "7267": "mentioned"}),
    ],
)
def test_prospect_and_own_act(text: str, want: dict[str, str]) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the narrowed "of + figure" and "into/past" rules keep their other senses
        ("Hitachi posted a rise of 12% in orders from US utilities.", {"6501": "mentioned"}),
        ("Honda posted a rise of 12 per cent in exports.", {"7267": "mentioned"}),
        ("Hitachi posted a 5% gain in trade with China.", {"6501": "mentioned"}),
        ("Honda shares posted a rise of 12 per cent in early trading.", {"7267": "up"}),
        ("Toyota shares slid into negative territory.", {"7203": "down"}),
        ("Nvidia shares jumped past $150 on Monday.", {"NVDA": "up"}),
        # the firm's own act, then its shares; a list partner with an act of its own
        ("Ford raised prices, and its shares rose 3%.", {"F": "up"}),
        ("Stocks fell. Ford slid, and GM raised prices by 2%.", {"F": "down", "GM": "mentioned"}),
        # "the Dow" is share talk, Dow Inc. and the newswire are not
        ("Boeing dropped plans for a plant, Dow Jones reported. Ford rose.", {"F": "mentioned"}),
        ("The Dow fell 2% on Monday. Boeing slid.", {"BA": "down"}),
    ],
)
def test_narrowed_rules_keep_other_senses(text: str, want: dict[str, str]) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # older misses the review listed: "edged lower", a move in a currency with no other word about shares
        ("Toyota edged lower in Tokyo trading.", {"7203": "down"}),
        ("Toyota edged higher in Tokyo trading.", {"7203": "up"}),
        ("Toyota fell 30 yen to 2,500 yen.", {"7203": "down"}),
        ("Sony fell 1.5 euros in Frankfurt.", {"6758": "down"}),
        ("Toyota raised 30 billion yen in bonds.", {"7203": "mentioned"}),
    ],
)
def test_older_misses(text: str, want: dict[str, str]) -> None:
    _check(text, want)
