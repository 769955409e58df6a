"""Listed companies the knowledge base gained in round 13, read from invented sentences with their
primary-listing tickers and share moves; and ordinary words, places and people that look like some of
their names but are no firm."""

from __future__ import annotations

import pytest

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _moves(text: str) -> dict[str, str]:
    brief = analyze(Article(text="Markets wrap\n" + text, published="2025-05-14"))
    return {c.ticker or c.name: c.move for c in brief.companies}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shares of Kroger rose 2.1% after the grocer said tariffs would barely touch its own brands.", {"KR": "up"}),
        ("Kongsberg Gruppen jumped 6% in Oslo as European governments lifted defence budgets.", {"KOG.OL": "up"}),
        ("Goldwind fell 3.2% in Shenzhen after Washington proposed duties on turbine parts.", {"002202.SZ": "down"}),
        ("Hankook Tire slid 4% in Seoul on worries about the new levy on imported tyres.", {"161390.KS": "down"}),
        ("Epson said it would shift printer assembly out of China by next year.", {"6724.T": "mentioned"}),
        ("Fuyao Glass, which runs a large plant in Ohio, gained 1.8% in Shanghai.", {"600660.SS": "up"}),
        ("Canadian Tire shares dropped 3% in Toronto after Ottawa announced its retaliation list.",
         {"CTC-A.TO": "down"}),
        ("Petronet LNG climbed 2.5% in Mumbai after its supply contract with Qatar was extended.",
         {"PETRONET.NS": "up"}),
        ("Nemak tumbled 7% in Mexico City as the parts maker warned on North American demand.",
         {"NEMAKA.MX": "down"}),
        ("Marcopolo rose 4% in Sao Paulo on hopes that Brazilian buses would be spared.", {"POMO4.SA": "up"}),
        ("Yancoal Australia fell 2% after Beijing restored its tariff on coal.", {"YAL.AX": "down"}),
        ("Wabtec lost 2.7% on Tuesday after India cancelled a locomotive order.", {"WAB": "down"}),
        ("Leidos and Booz Allen Hamilton both slipped about 1% after the Pentagon review.",
         {"LDOS": "down", "BAH": "down"}),
        ("Sembcorp Industries advanced 1.2% in Singapore.", {"U96.SI": "up"}),
        ("Qiagen said the tender rules would not affect its diagnostics sales in China.", {"QIA.DE": "mentioned"}),
        ("Shares in Hikma Pharmaceuticals fell 5 per cent after generic drugs were named in the tariff plan.",
         {"HIK.L": "down"}),
        ("Nokian Tyres gained 3% in Helsinki.", {"TYRES.HE": "up"}),
        ("Asics, the Japanese running-shoe maker, plans to raise its prices in the United States.",
         {"7936.T": "mentioned"}),
        ("Lite-On Technology dropped 2% in Taipei after the server tariff was confirmed.", {"2301.TW": "down"}),
        ("MercadoLibre surged 9% after the peso steadied.", {"MELI": "up"}),
        ("Shares of CSX and Norfolk Southern rose after the merger filing.", {"CSX": "up", "NSC": "up"}),
        ("Kinross Gold gained 4% in Toronto as bullion hit a record.", {"K.TO": "up"}),
        ("Hyundai Wia shares plunged 8% in Seoul.", {"011210.KS": "down"}),
        ("Samyang Foods hit a record high in Seoul as overseas noodle sales soared.", {"003230.KS": "up"}),
        ("The order went to Seatrium, which fell 1.5% in Singapore.", {"5E2.SI": "down"}),
        ("BHEL lost 3% in Mumbai after the turbine contract went to a foreign bidder.", {"BHEL.NS": "down"}),
        ("Groupe SEB said it had moved production of coffee machines back to Europe.", {"SK.PA": "mentioned"}),
        ("Vinamilk rose 2% in Ho Chi Minh City after the tariff deal.", {"VNM.VN": "up"}),
        ("Andritz fell 2.3% in Vienna after the company cut its outlook, citing duties on machinery.",
         {"ANDR.VI": "down"}),
        ("Omron shares jumped 5% in Tokyo.", {"6645.T": "up"}),
        ("Nubank rose 3% in New York.", {"NU": "up"}),
        ("Coca-Cola FEMSA slipped 1% in Mexico City.", {"KOFUBL.MX": "down"}),
    ],
)
def test_new_listed_companies_with_their_moves(text: str, want: dict[str, str]) -> None:
    got = _moves(text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Freight rates across the Pacific Basin climbed as exporters rushed shipments.", "2343.HK"),
        ("The utility agreed to sell its power assets in Chile to a local buyer.", "0006.HK"),
        ("Restaurant Brands Face Higher Food Import Costs\nChains warned of price rises.", "QSR.TO"),
        ("Voters in the Old Dominion backed the trade bill's sponsor.", "ODFL"),
        ("Japan Pledges To Expand Energy Purchases From America\nThe plan covers gas.", "EXE"),
        ("Under the Belt and Road Initiative (BRI), Beijing financed ports across Asia.", "BBRI.JK"),
        ("Brussels opened an excessive deficit procedure (EDP) against the country.", "EDP.LS"),
        ("Officials met in Kongsberg, a town south-west of Oslo, to discuss the levy.", "KOG.OL"),
        ("The air base at Thule in Greenland was mentioned in the talks.", "THULE.ST"),
        ("Merida, the capital of Yucatan, hosted the trade talks.", "9914.TW"),
        ("Bobcat sightings near the border crossing delayed the trucks.", "241560.KS"),
        ("Gigabyte prices for memory modules rose after the curbs.", "2376.TW"),
        ("Chipotle peppers from Mexico face the new duty.", "CMG"),
        ("Students at Ryerson University protested against the cuts.", "RYI"),
        ("Officials in Kinross, Scotland, welcomed the whisky tariff cut.", "K.TO"),
        ("Farmers near Pembina, North Dakota, said the border closure hurt them.", "PPL.TO"),
        ("Signet rings made in Italy face the new duty.", "SIG"),
        ("Annie Lennox performed at the summit dinner.", "LII"),
        ("Greenbrier County officials asked for relief from the steel tariffs.", "GBX"),
        ("Imports of canadian tire brands fell, and Canadian tires now cost more.", "CTC-A.TO"),
        ("Sales of Genuine Parts Fell As Fakes Flooded In\nDealers blamed imports.", "GPC"),
        ("The ministry promised support for Advanced Energy projects in the north.", "AEIS"),
    ],
)
def test_ordinary_words_like_company_names_are_no_firm(text: str, absent: str) -> None:
    assert absent not in _moves(text)


@pytest.mark.parametrize("text, want", [
    ("Demand for custom ASICS from cloud firms rose.", {}),       # chips, not the shoemaker in capitals
    ("Asics shares rose 3% in Tokyo.", {"7936.T": "up"}),
    ("Zhang Yuhan, an analyst in Shanghai, said prices rose.", {}),  # a given name, not the drugmaker
    ("Shares of Acuity Brands fell 2% after the tariff news.", {"AYI": "down"}),  # the former name of Acuity Inc
])
def test_fact_check_of_the_added_rows(text: str, want: dict[str, str]) -> None:
    got = {c["ticker"]: c["move"] for c in analyze(Article(text="Headline of the day\n" + text,
                                                          published="2025-04-10")).to_dict()["companies"]}
    assert got == want
