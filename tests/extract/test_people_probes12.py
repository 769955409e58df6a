"""People and roles written the ways outlets name them, with people no knowledge base holds
(invented sentences: the names, places and offices are made up)."""

from __future__ import annotations

import pytest

from tradeshock.evaluate import person_matches, role_matches
from tradeshock.models import Article
from tradeshock.pipeline import analyze


def _people(text: str) -> list[dict]:
    return analyze(Article(text="Headline of the day\n" + text, published="2024-05-20")).to_dict()["people"]


def _found(people: list[dict], name: str) -> dict | None:
    return next((p for p in people if person_matches({"name": name}, p)), None)


CASES = [
    # a portfolio minister no list holds, its capitalised portfolio before the head
    ("Public Works Minister Ferdinand Okoro said the ban would start in May.",
     "Ferdinand Okoro", "Public Works Minister"),
    ("Kazakhstan's Digital Development and Innovation Minister Aigerim Seitkali opened the forum.",
     "Aigerim Seitkali", "Digital Development and Innovation Minister"),
    ("Malaysia's International Trade and Industry Minister Zulkifli Rahim said talks would resume.",
     "Zulkifli Rahim", "International Trade and Industry Minister"),
    ("Education Secretary Maeve Hollister-Grant told MPs the rules would change.",
     "Maeve Hollister-Grant", "Education Secretary"),
    # a hyphenated rank before a listed office
    ("Vice-Minister of Commerce Liang Weiguo led the delegation to Geneva.",
     "Liang Weiguo", "Vice-Minister of Commerce"),
    # a possessive office with its name after a comma
    ("Corvane Motors' chief executive, Hollis Brandt, said prices would rise.", "Hollis Brandt", "chief executive"),
    ("Canada's ambassador to Chile, Lionel Archambault, was recalled for consultations.",
     "Lionel Archambault", "ambassador to Chile"),
    ("Kenya's Minister of Investments, Trade and Industry, Juma Wekesa, said the levy would go.",
     "Juma Wekesa", "Minister of Investments, Trade and Industry"),
    # an apposition with "the" and a possessive
    ("Tariq Al-Mansouri, the UAE's minister of state for foreign trade, signed the accord on Tuesday.",
     "Tariq Al-Mansouri", "minister of state for foreign trade"),
    # a list of portfolios inside the role
    ("The rules were confirmed by Ayumi Kurosawa, a spokeswoman for the Ministry of Economy, Trade and Industry, "
     "on Friday.", "Ayumi Kurosawa", "spokeswoman for the Ministry of Economy, Trade and Industry"),
    # a trade named as the role
    ('"Nobody wins from this," said Farhan Qureshi, a rice exporter in Karachi.', "Farhan Qureshi", "rice exporter"),
    # the office told by a verb
    ("Rafael Quintanilla, who heads the steel producers' association, said mills would cut shifts.",
     "Rafael Quintanilla", "head of the steel producers' association"),
    # only quoted
    ('"It is a bad day for growers," said Bertrand Ollivier, who farms wheat near Reims.', "Bertrand Ollivier", None),
    ('"We have stopped shipping for now," Imelda Castellanos said by telephone.', "Imelda Castellanos", None),
    # a plural title over a list of names
    ("The pact was signed by Presidents Ramon Castillo of Peru and Gabriel Fontaine of Bolivia.",
     "Gabriel Fontaine", "President"),
    ("Prime Ministers Henrik Aalto and Ruta Kalnina issued a joint statement.", "Ruta Kalnina", "Prime Minister"),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_a_person_and_role_as_outlets_write_them(text: str, name: str, role: str | None) -> None:
    person = _found(_people(text), name)
    assert person is not None, name
    if role is not None:
        assert role_matches({"role": role}, person), person


def test_a_name_before_and_is_not_part_of_a_portfolio() -> None:
    people = _people("Ilse Moberg and Public Safety Minister Oren Castell announced the decision.")
    castell = _found(people, "Oren Castell")
    assert castell is not None and role_matches({"role": "Public Safety Minister"}, castell), people


def test_a_company_with_a_role_word_after_it_is_no_person() -> None:
    people = _people("Toyota Motor, a partner in the venture, said output would fall.")
    assert not any("Toyota" in p["name"] for p in people), people


def test_a_firm_quoted_is_no_person() -> None:
    people = _people('"Orders have dried up," Harwick Steel said in a statement.')
    assert people == [], people


def _people_on(text: str, day: str) -> list[dict]:
    return analyze(Article(text="Headline of the day\n" + text, published=day)).to_dict()["people"]


def test_a_known_person_takes_the_office_the_article_names_elsewhere() -> None:
    people = _people_on("Mark Carney met the premiers in Halifax on Monday. Afterwards the prime minister told "
                        "reporters that Ottawa would keep its levies on steel.", "2025-06-02")
    carney = _found(people, "Mark Carney")
    assert carney is not None and role_matches({"role": "prime minister"}, carney), people


def test_an_office_written_beside_another_person_is_not_a_known_persons_role() -> None:
    people = _people_on("Mark Carney spoke to Adaeze Nwosu, Nigeria's prime minister, about beef quotas.",
                        "2025-06-02")
    carney = _found(people, "Mark Carney")
    assert carney is not None and not carney["role"], people


def test_an_era_named_after_a_president_is_no_person() -> None:
    people = _people_on("Chipmakers cheered as the Biden-era licence rule for memory exports was withdrawn.",
                        "2025-05-14")
    assert not any("Biden" in p["name"] for p in people), people


def test_a_surname_that_is_a_word_of_the_article_is_no_person() -> None:
    people = _people_on("Cotton, rice and sugar are on the list. Buyers of cotton yarn expect delays at the border.",
                        "2025-05-14")
    assert people == [], people


ROLE_END_CASES = [
    # a body's name closes the role at the comma
    ("Stellan Berg, president of the Swedish Forest Industries Federation, said sawmills would close.",
     "Stellan Berg", "president of the Swedish Forest Industries Federation"),
    ("Yuki Tanabe, chairman of the Japan Iron and Steel Federation, said mills were ready.",
     "Yuki Tanabe", "chairman of the Japan Iron and Steel Federation"),
    ("Indonesia's ambassador to the European Union, Dewi Kartika, lodged a protest.",
     "Dewi Kartika", "ambassador to the European Union"),
    # the name right after a role with its portfolio
    ("EU Commissioner for Agriculture Tomas Varga said farmers would be compensated.",
     "Tomas Varga", "EU Commissioner for Agriculture"),
    # "head of", "director of" before a name
    ("The head of the customs agency, Marisol Paredes, said checks would tighten.",
     "Marisol Paredes", "head of the customs agency"),
    ("Director of the Export Promotion Board Sunil Wickrama said orders had slowed.",
     "Sunil Wickrama", "Director of the Export Promotion Board"),
    # the employer after "at" is not the role's
    ('"Freight is the first to feel it," said Oona Lindahl, head of logistics research at Brannock Partners.',
     "Oona Lindahl", "head of logistics research"),
    # a surname with an inner capital
    ("Home Affairs Secretary Gregor MacLeish signed the order on Thursday.",
     "Gregor MacLeish", "Home Affairs Secretary"),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_END_CASES)
def test_where_a_role_ends(text: str, name: str, role: str) -> None:
    person = _found(_people(text), name)
    assert person is not None, name
    assert role_matches({"role": role}, person), person


def test_a_rank_before_a_name_is_no_part_of_it() -> None:
    people = _people("The chief of the naval staff, Admiral Rhys Penhallow, was not consulted.")
    assert [p["name"] for p in people] == ["Rhys Penhallow"], people


def test_a_person_quoted_with_told() -> None:
    people = _people('"We will look at every option," Yolanda Mbeki told reporters in Pretoria.')
    assert _found(people, "Yolanda Mbeki") is not None, people
