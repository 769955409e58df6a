"""People named with the firm they work for, firms found by their role or form, and knowledge-base
companies: sentences written for these tests (names and firms invented)."""

from __future__ import annotations

import pytest

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _brief(text: str):  # type: ignore[no-untyped-def]
    return analyze(Article(text="Headline\n" + text, published="2025-06-10"))


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in _brief(text).people}


def companies(text: str) -> dict[str, str | None]:
    return {c.name: c.ticker for c in _brief(text).companies}


# --- people: an apposition that ends with the employer ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"Buyers will wait," said Ingrid Halvorsen, a dairy markets analyst at Tollbridge Securities in Oslo.',
         "Ingrid Halvorsen", "dairy markets analyst"),
        ('"The law is clear," said Omar Castellanos, a customs lawyer at Pembury Vance in Miami.',
         "Omar Castellanos", "customs lawyer"),
        ('"Margins vanish," said Hedda Lindqvist, head of shipping research at Corrow Analytics in Hamburg.',
         "Hedda Lindqvist", "head of shipping research"),
        ("According to Felix Ambrose, a partner at Dunmore Keane, the filing is unusual.", "Felix Ambrose",
         "partner"),
        ("Noor Haddad, a copper strategist at Saltmarsh Capital in Dubai, said stocks were low.", "Noor Haddad",
         "copper strategist"),
    ],
)
def test_apposition_with_employer(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


# --- companies: suffixes and forms --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Shares of Quillon Securities rose after the announcement.", "Quillon Securities"),
        ("Bramwell Capital Advisors cut its forecast for the yuan.", "Bramwell Capital Advisors"),
        ("The report by Tarrant Economics was published on Monday.", "Tarrant Economics"),
        ("Ostrava Mining said it would halt shipments.", "Ostrava Mining"),
        ('"Prices jumped," said Lena Vogt, an economist at Halberd Quayle in Frankfurt.', "Halberd Quayle"),
        ("Beijing also opened a review of its purchase of Israeli sensor firm Lumivex.", "Lumivex"),
        ("The list named drone makers Skyrook and Vantor Dynamics.", "Skyrook"),
        ("Aerovance, the Shenzhen-based drone maker, said it would appeal.", "Aerovance"),
        ("Regulators questioned battery maker Voltrana's pricing.", "Voltrana"),
        # every name of a list after the trade noun, not only the first two
        ("Shares of shipbuilders Norvik, Castellane Marine and Ostergaard rose.", "Ostergaard"),
        ("Shares of shipbuilders Norvik, Castellane Marine and Ostergaard rose.", "Castellane Marine"),
    ],
)
def test_unlisted_firm_found(text: str, firm: str) -> None:
    assert firm in companies(text)


@pytest.mark.parametrize(
    ("text", "not_firm"),
    [
        ("Congressional Research Service staff wrote the memo.", "Congressional Research"),
        ('"It will hurt," said Mei Lin, an economist at the Peterson Institute for International Economics.',
         "Peterson Institute"),
        ('"It will hurt," said Tom Grey, an analyst at Harvard.', "Harvard"),
        ('"It will hurt," said Tom Grey, an economist at Renmin University in Beijing.', "Renmin University"),
        ('"It will hurt," said Tom Grey, a lawyer at the Commerce Department.', "Commerce Department"),
        ("A senior director at Eastbrook Policy Forum said talks had stalled.", "Eastbrook Policy Forum"),
        ("The chipmaker Monday said output fell.", "Monday"),
        ("Emerging Markets currencies fell as the levy loomed.", "Emerging Markets"),
        ("Base Metals and Precious Metals slipped after the duty rose.", "Base Metals"),
        ("Latin American Commodities rallied on the news.", "Latin American Commodities"),
        ("The miners Association said costs rose.", "Association"),
    ],
)
def test_not_a_firm(text: str, not_firm: str) -> None:
    assert not any(not_firm in name for name in companies(text))


# --- people: portfolio ministers and secretaries, a titled name before "'s government" ------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Norway's fisheries minister, Sigrid Aune, said the quota was fair.", "Sigrid Aune",
         "Norway's fisheries minister"),
        ("Agriculture Minister Paulo Tavares promised compensation for growers.", "Paulo Tavares",
         "Agriculture Minister"),
        ("Edwin Marsh, the Culture Secretary, told MPs the deadline would hold.", "Edwin Marsh", "Culture Secretary"),
        ("Mining Minister Thandeka Dube said chrome exports would be taxed.", "Thandeka Dube", "Mining Minister"),
        ("Prime Minister Alec Dunmore's government asked for an inquiry.", "Alec Dunmore", "Prime Minister"),
    ],
)
def test_portfolio_offices(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_an_untitled_name_before_government_is_still_no_person() -> None:
    assert people("The Dunmore government asked for an inquiry.") == {}


# --- the knowledge base: large listed firms a trade story names, region by region ----------------


@pytest.mark.parametrize(
    ("text", "name", "ticker"),
    [
        ("Shares of Aneka Tambang slid after Jakarta tightened ore quotas.", "Aneka Tambang", "ANTM.JK"),
        ("Equinor said gas flows to Germany would not change.", "Equinor", "EQNR.OL"),
        ("Sibanye-Stillwater warned that platinum duties would cost jobs.", "Sibanye-Stillwater", "SSW.JO"),
        ("Grupo México said copper shipments would continue.", "Grupo México", "GMEXICOB.MX"),
        ("Waaree Energies rose 4% on hopes of US orders.", "Waaree Energies", "WAAREEENER.NS"),
        ("Kansai Electric Power bought more cargoes of Australian LNG.", "Kansai Electric Power", "9503.T"),
        ("Great Wall Motor plans a plant in Brazil.", "Great Wall Motor", "2333.HK"),
        ("Tepco began releasing the treated water on Thursday.", "Tokyo Electric Power Company Holdings", "9501.T"),
        ("Aluminium producer Rusal said it would keep supplying customers.", "Rusal", "0486.HK"),
        ("Salzgitter raised its forecast.", "Salzgitter AG", "SZG.DE"),
    ],
)
def test_knowledge_base_companies(text: str, name: str, ticker: str) -> None:
    assert companies(text).get(name) == ticker


@pytest.mark.parametrize(
    "text",
    [
        "The Sims family farm exports beef.",
        "Party elders met in Beijing.",
        "Farmers in Yili prefecture grow lavender.",
        "The Vedanta school of thought was discussed.",
    ],
)
def test_company_names_that_are_ordinary_words_stay_out(text: str) -> None:
    assert companies(text) == {}


def test_names_with_several_particles_and_a_court_title() -> None:
    found = people("Supreme Court Justice Lucia de la Fuente met Judge Pieter van der Wal on Monday.")
    assert found.get("Lucia de la Fuente") == "Supreme Court Justice"
    assert found.get("Pieter van der Wal") == "Judge"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"Stocks will wobble," said Odile Marchetti, a metals analyst in Geneva.', "Odile Marchetti", "metals analyst"),
        ('"It is a bounce," said Tomas Reyes, a freight analyst based in Rotterdam.', "Tomas Reyes", "freight analyst"),
        ('"Refiners must adapt," said Ines Halvorsen, a gas analyst at a Paris brokerage.', "Ines Halvorsen",
         "gas analyst"),
    ],
)
def test_apposition_closed_by_where_the_person_works(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_a_surname_that_is_a_company_alias_after_a_given_name() -> None:
    brief = _brief("Singapore's trade minister, Wendy Lam, left the talks on Friday. Shares of Lam rose on Monday.")
    assert "Wendy Lam" in {p.name for p in brief.people}
    assert [c.name for c in brief.companies] == ["Lam Research"]


def test_a_body_line_starting_with_by_is_no_byline() -> None:
    brief = _brief("By Friday Trade Representative Jamieson Greer had met Vice Premier He Lifeng in Geneva.")
    assert {"Jamieson Greer", "He Lifeng"} <= {p.name for p in brief.people}
    assert brief.article.author is None


def test_a_byline_signed_at_the_end_is_the_author() -> None:
    brief = _brief("Commerce Secretary Howard Lutnick spoke on Monday.\n\nPark Min-seo, Staff Reporter")
    assert brief.article.author == "Park Min-seo"
    assert [p.name for p in brief.people] == ["Howard Lutnick"]


def test_title_case_headlines_keep_their_companies() -> None:
    brief = analyze(Article(text="Beijing Targets Micron In Retaliation\n\nChina acted on Monday.",
                            published="2025-06-10"))
    assert [c.name for c in brief.companies] == ["Micron Technology"]
    brief = analyze(Article(text="Analyst Clara Whitby-Ross Says Steel Duties Will Bite\n\nThe duties bite.",
                            published="2025-06-10"))
    assert brief.companies == ()


def test_two_negotiators_named_by_their_surnames() -> None:
    assert "Scott Bessent" in people("The Bessent-He talks in Geneva ended on Monday.")


def test_a_listed_firm_ends_with_its_sentence() -> None:
    found = companies("Washington listed chip firms Norvik, Castellane and Ostergaard. Analysts said more would come.")
    assert "Ostergaard" in found and not any("Analysts" in name for name in found)


def test_an_apposition_does_not_run_into_the_next_sentence() -> None:
    found = people('"It hurts," said Odile Marchetti, an oil analyst at a Paris brokerage. '
                   "Tomas Reyes, a metals analyst in Geneva, disagreed.")
    assert found.get("Odile Marchetti") == "oil analyst"
    assert found.get("Tomas Reyes") == "metals analyst"


def test_a_known_surname_before_another_given_name_is_another_person() -> None:
    found = people('"It will pass," said Yoon Ha-neul, an economist at a Seoul bank. Yoon Suk Yeol spoke later.')
    assert found.get("Yoon Ha-neul") == "economist"
    assert "Yoon Suk Yeol" in found
