"""People and their roles, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    brief = analyze(Article(text="Headline\n" + text, published="2025-06-10"))
    return {p.name: (p.role, p.country) for p in brief.people}


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        ("Treasury Secretary Scott Bessent met reporters.", "Scott Bessent", "Treasury Secretary", "USA"),
        ("Li Chenggang, China's vice commerce minister, said talks went well.", "Li Chenggang",
         "China's vice commerce minister", "CHN"),
        # the owner of an office is part of the role as written
        ("Ingrid Solberg, Norway's central bank governor, expects slower growth.", "Ingrid Solberg",
         "Norway's central bank governor", "NOR"),
        ("Marta Kowalczyk, the European Commission's executive vice president for trade, replied.",
         "Marta Kowalczyk", "European Commission's executive vice president for trade", "EU"),
        # two offices held at once, a former office, titles that need no country
        ("Deputy Prime Minister and Finance Minister Anna Berg presented the budget.", "Anna Berg",
         "Deputy Prime Minister and Finance Minister", None),
        ("Former Commerce Secretary Tom Hale criticised the levies.", "Tom Hale", "Former Commerce Secretary", "USA"),
        ("But Governor Lena Park told a news conference that rates would stay low.", "Lena Park", "Governor", None),
        ("Advisers to President-elect Sam Ortiz declined to comment.", "Sam Ortiz", "President-elect", None),
        ("The U.S. Trade Representative, Jamieson Greer, told lawmakers the deal was close.", "Jamieson Greer",
         "U.S. Trade Representative", "USA"),
        ("Chinese President Xi Jinping spoke first.", "Xi Jinping", "President", "CHN"),
        ("Minister of Trade and Industry Anna Lindqvist said exports would suffer.", "Anna Lindqvist",
         "Minister of Trade and Industry", None),
        ("Mark Olsen, a commerce ministry spokesman, declined to comment.", "Mark Olsen",
         "commerce ministry spokesman", None),
    ],
)
def test_titled_and_apposed_names(text: str, name: str, role: str, country: str | None) -> None:
    found = people(text)
    assert name in found, found
    got_role, got_country = found[name]
    assert got_role.lower() == role.lower()
    assert got_country == country


def test_counterpart_takes_the_other_persons_office() -> None:
    found = people("Foreign Minister Kang Kyung-wha and her Japanese counterpart Taro Kono met in Bangkok.")
    assert found["Taro Kono"][0] == "Foreign Minister"


def test_short_mentions_join_and_pronouns_do_not() -> None:
    brief = analyze(Article(text="Headline\nCommerce Secretary Howard Lutnick flew to London. "
                                 "He said Lutnick's team was ready. He Lifeng, China's vice premier, arrived later.",
                            published="2025-06-10"))
    by = {p.name: p for p in brief.people}
    assert len(by["Howard Lutnick"].spans) == 2
    assert by["He Lifeng"].spans == ((brief.article.text.index("He Lifeng"),
                                      brief.article.text.index("He Lifeng") + len("He Lifeng")),)


def test_byline_and_administrations_are_not_people() -> None:
    brief = analyze(Article(text="Headline\nBy Jane Porter\n\nThe Trump administration raised tariffs on steel.",
                            published="2025-06-10"))
    assert brief.article.author == "Jane Porter"
    assert [p.name for p in brief.people] == []


def test_no_one_on_a_byline_with_two_authors_is_in_the_story() -> None:
    # a surname the knowledge base knows ("Ross", "Yoon") inside an author's name on the byline
    brief = analyze(Article(text="Headline\nBy Yoon Ha-eun and Clara Whitby-Ross\n\n"
                                 "Seoul said on Monday it would answer the steel levies.", published="2025-06-10"))
    assert brief.article.author == "Yoon Ha-eun and Clara Whitby-Ross"
    assert [p.name for p in brief.people] == []


def test_half_of_a_double_surname_is_not_a_known_person() -> None:
    found = people("Clara Whitby-Ross, an analyst at Fenmore Capital, said the Trump-Xi call calmed markets.")
    assert "Wilbur Ross" not in found
    assert {"Clara Whitby-Ross", "Donald Trump", "Xi Jinping"} <= set(found)


def test_agency_titles_and_title_case_headlines() -> None:
    brief = analyze(Article(text="USTR Announces Course Correction Measures\n"
                                 "\"Ships matter,\" said USTR Jamieson Greer.", published="2025-04-21"))
    assert [(p.name, p.role) for p in brief.people] == [("Jamieson Greer", "USTR")]


def test_apposition_with_a_qualified_office() -> None:
    found = people("Stability matters, Mei Lanfang, a ministry spokesperson, said at a news conference.")
    assert found["Mei Lanfang"][0] == "ministry spokesperson"


def test_apposition_with_an_office_no_list_holds() -> None:
    found = people("Peter Navarro, Trump's senior counselor for trade, defended the tariffs.")
    assert found["Peter Navarro"][0] == "Trump's senior counselor for trade"
    found = people("Pia Lindgren, an economist at Nordea, said exports would slow.")
    # the employer is not part of the role (the dev annotations write "trade economist")
    assert found["Pia Lindgren"][0].lower() == "economist"


def test_a_person_with_two_offices_speaks_for_the_country_of_the_office_held_that_day() -> None:
    from tradeshock.models import Article
    from tradeshock.pipeline import analyze

    text = "Carney speaks\nMark Carney said on Friday that the talks would go on."
    countries = {pub: [p.country for p in analyze(Article(text=text, published=pub)).people]
                 for pub in ("2025-08-23", "2019-05-01", None)}
    # prime minister of Canada from March 2025; governor of the Bank of England 2013-2020; undated: the office held now
    assert countries == {"2025-08-23": ["CAN"], "2019-05-01": ["GBR"], None: ["CAN"]}


def test_a_goods_word_inside_a_known_persons_name_is_not_a_good() -> None:
    from tradeshock.models import Article
    from tradeshock.pipeline import analyze

    text = "Ottawa answers\nFinance Minister François-Philippe Champagne said Canada would answer the duties."
    brief = analyze(Article(text=text, published="2025-06-01"))
    assert [p.name for p in brief.people] == ["François-Philippe Champagne"]
    assert brief.goods == () or all(g.subject != "wine" for g in brief.goods), brief.goods
