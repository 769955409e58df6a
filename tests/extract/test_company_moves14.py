"""Share moves against the other things a firm's name does in a sentence: raise output, lift prices,
post a rise in orders, gain market share, cut jobs (invented sentences). A figure in a tariff story
("a 25 percent duty") tells no share move, in its own sentence or the next one."""

from __future__ import annotations

import pytest
from event_helpers import share_moves

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _moves(text: str) -> dict[str, str]:
    return share_moves(text, "2024-05-14")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a move verb with an object: what the firm did, not what its shares did
        ("Whirlpool lifted prices on washing machines by 9 percent after the safeguard duties.", {"WHR": "mentioned"}),
        ("Denso increased investment in its Tennessee plant by 20 percent.", {"6902": "mentioned"}),
        ("Tata Motors boosted exports to Britain after the trade deal cut duties to 10 per cent.",
         {"TATAMOTORS": "mentioned"}),
        ("Sony dropped plans to move production to Mexico after the 25% tariff threat.", {"6758": "mentioned"}),
        ("Alcoa added 300 workers at its smelter in Indiana after the 10 percent aluminum tariff.", {"AA": "mentioned"}),
        ("BYD gained market share in Brazil, where import duties on electric cars rose to 35 percent.",
         {"1211": "mentioned"}),
        ("POSCO lost its duty-free quota in the US market, where a 25 percent tariff now applies.",
         {"5490": "mentioned"}),
        # something of the firm's moved, not its shares
        ("Nissan's sales rose 4.2% in March, the company said.", {"7201": "mentioned"}),
        ("Tesla's deliveries jumped 30% in China last month.", {"TSLA": "mentioned"}),
        ("Siemens' rail orders from Egypt climbed 40 per cent last year.", {"SIE": "mentioned"}),
        ("Alcoa's costs rose 8 percent after the 10 percent tariff.", {"AA": "mentioned"}),
        ("Hitachi posted a 12 percent rise in orders from US utilities.", {"6501": "mentioned"}),
        # a move in a clause of its own after the firm's
        ("Harley-Davidson cut 500 jobs in Wisconsin as EU retaliatory duties of 31 percent hit its motorcycles.",
         {"HOG": "mentioned"}),
        # a comparative before a noun, a prospect, a noun phrase with its own subject
        ("Washington raised the duty on imported trucks to 25 percent in October. Caterpillar, which makes engines "
         "in Illinois and Mexico, now faces higher costs for parts.", {"CAT": "mentioned"}),
        ("The EU will cut its 10 per cent car duty to zero over seven years. Volkswagen and BMW, which ship engines "
         "from Germany, stand to gain more than their rivals.", {"VOW3": "mentioned", "BMW": "mentioned"}),
        ("Tokyo cut its tariff on European wine to zero from 15 percent. For Mazda Motor Corp., Japan's smallest "
         "listed carmaker, the gains from the pact will come slowly.", {"7261": "mentioned"}),
        ("Caterpillar could fall further if the 25% duty is doubled, analysts said.", {"CAT": "mentioned"}),
        # "start-up" is no move up
        ("Trading was dominated by Zhipu AI, a Beijing start-up, which sent shares of Micron sharply lower.",
         {"Zhipu AI": "mentioned", "MU": "down"}),
    ],
)
def test_no_share_move(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert all(k in got for k in want), got  # the company must be found, not just left unread
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the ways a share move is still told
        ("Shares of Honda rose 3% in Tokyo after the deal.", {"7267": "up"}),
        ("Subaru gained 2.1% in Tokyo.", {"7270": "up"}),
        ("Kia, whose shares slid 4 per cent on Monday, makes a third of its cars in Mexico.", {"270": "down"}),
        ("Whirlpool ended down 1.8% in New York.", {"WHR": "down"}),
        ("Hon Hai added 1.5% in Taipei.", {"2317": "up"}),
        ("Mazda lost a quarter of its value in the week after the 25% levy was announced.", {"7261": "down"}),
        ("Nissan fell for a third session in Tokyo trading.", {"7201": "down"}),
        ("Subaru slid a further 2 per cent on Thursday.", {"7270": "down"}),
        ("Denso gained ground in Tokyo trading after the levy was halved.", {"6902": "up"}),
        ("Panasonic's 7% plunge dragged the Nikkei lower.", {"6752": "down"}),
        ("Carmakers' shares rose across Asia, with Mazda up 2% and Subaru up 3.4%.", {"7261": "up", "7270": "up"}),
        # the firm's shares after its possessive, over the place they are listed
        ("BYD's Hong Kong-listed shares climbed 6 percent.", {"1211": "up"}),
        ("Toyota's share price fell 4% after the tariff announcement.", {"7203": "down"}),
        ("Sony's American depositary receipts rose 2.2% in New York.", {"6758": "up"}),
        ("Siemens' Frankfurt-listed shares fell 1.7 per cent.", {"SIE": "down"}),
        # its shares in the next clause of the sentence
        ("Harley-Davidson moved some output to Thailand in April, and its NYSE-listed shares lost 6 per cent.",
         {"HOG": "down"}),
        # a rank among movers, on an index or not
        ("Caterpillar was among the biggest gainers on the Dow.", {"CAT": "up"}),
        ("Tariffs of 20% took effect on Friday.\n\nNike was among the heaviest losers, sliding after its forecast. "
         "Deere also fell.", {"NKE": "down", "DE": "down"}),
    ],
)
def test_share_move_told(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare move verb in another sense, with no word about shares
        ("Hyundai Motor surged past Toyota in Indian car sales last year.", {"5380": "mentioned"}),
        ("SK Hynix jumped into the foundry business in 2019.", {"660": "mentioned"}),
        ("Komatsu rallied its dealers to absorb the new duties.", {"6301": "mentioned"}),
        ("Nidec plunged into a loss in the year to March.", {"6594": "mentioned"}),
        # and told of shares
        ("Lynas sank 7% after Canberra capped its exports.", {"LYC": "down"}),
        ("Nidec soared on Monday after the levy was halved.", {"6594": "up"}),
        ("Komatsu tumbled in Tokyo after the tariff announcement.", {"6301": "down"}),
    ],
)
def test_bare_move_verb(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert all(k in got for k in want), got  # the company must be found, not just left unread
    assert {k: got[k] for k in want} == want


def test_its_shares_in_the_same_clause_chain() -> None:
    assert _moves("Kubota lowered its outlook and its shares fell 5 percent.")["6326"] == "down"
    assert _moves("Wipro cut its revenue outlook on Tuesday, and its shares sank 4 per cent in Mumbai.")["WIPRO"] == "down"
    # another firm's shares are not its own
    assert _moves("Kubota cut its forecast, and its rival's shares fell 5 percent.")["6326"] == "mentioned"


def test_tariff_figure_carries_no_share_talk() -> None:
    # a rate in the sentence before is no talk of shares; a move of shares there is
    assert _moves("The tariff on Japanese cars is 27.5 percent. Honda fell sharply.") == {"7267": "mentioned"}
    assert _moves("Toyota fell 3% in Tokyo. Honda fell sharply.")["7267"] == "down"


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        # probes written after the rules, without looking at them
        ("Volvo Cars increased prices of its XC60 in the US by 4 per cent as the 15 per cent levy kicked in.",
         "Volvo Cars", "mentioned"),
        ("LG Electronics' washer shipments to America slumped 30 percent after the safeguard.", "LG Electronics",
         "mentioned"),
        ("The 20% duty took effect at midnight. Shares of Infosys, which earns most of its revenue in America, "
         "dropped 3.1% in Mumbai.", "Infosys", "down"),
        ("Kubota is likely to gain from the lower tariff on tractors, analysts at a Tokyo brokerage said.", "Kubota",
         "mentioned"),
        ("Hitachi's New York-listed shares slid 2 per cent overnight.", "Hitachi", "down"),
        ("Rio Tinto posted a 14% fall in iron ore shipments to China.", "Rio Tinto", "mentioned"),
        ("Mitsubishi Heavy Industries was among the top gainers on the Topix, rising 5.6%.",
         "Mitsubishi Heavy Industries", "up"),
        ("Infosys trimmed its revenue forecast on Thursday, and its shares sank 6 per cent in Mumbai.", "Infosys",
         "down"),
        ("Tariffs on Korean steel stand at 25 percent. POSCO Holdings fell short of its export target.",
         "POSCO Holdings", "mentioned"),
        ("Geely soared past Volkswagen in Chinese sales in March.", "Geely Automobile", "mentioned"),
        ("BHP lost a bid to overturn the 10% export duty in Indonesia's courts.", "BHP Group", "mentioned"),
        ("Siemens Energy jumped 9% in Frankfurt after Washington exempted turbines from the levy.", "Siemens Energy",
         "up"),
    ],
)
def test_blind_probes(text: str, name: str, want: str) -> None:
    brief = analyze(Article(text="Trade brief\n" + text, published="2024-05-14"))
    assert {c.name: c.move for c in brief.companies}.get(name) == want
