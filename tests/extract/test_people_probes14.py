"""People and roles: hyphenated and particle names read leftwards, role appositions of more shapes
(relative clauses, places, owners, "who was"), roles written before the name, abbreviated and
congressional titles, untitled names listed after a plural noun for people (invented sentences:
the names, places and offices are made up)."""

from __future__ import annotations

import pytest
from event_helpers import people_of, person

from tradeshock.evaluate import role_matches


def _people(text: str) -> list[dict]:
    return people_of(text, "2024-05-20")


CASES = [
    # a hyphenated given name or a hyphenated particle before an apposition is taken whole
    ("Jean-Luc Moreau, the agriculture minister, said the quota would be cut.", "Jean-Luc Moreau",
     "agriculture minister"),
    ("Park Ji-hoon, South Korea's trade minister, said the quota was unfair.", "Park Ji-hoon", "trade minister"),
    ("Ahmed al-Rashidi, the Iraqi oil minister, said exports would rise.", "Ahmed al-Rashidi", "oil minister"),
    # owners written before the role: a lowercase noun, several capitalised words
    ("The accord was signed by Lee Hsien-wen, the island's economy minister, and by Rafael Ortiz.",
     "Lee Hsien-wen", "economy minister"),
    ("Carla Mendonca, the region's agriculture secretary, said growers would be paid.", "Carla Mendonca",
     "agriculture secretary"),
    ("The talks were led by Dmitri Orlov, the Russian Finance Ministry's deputy minister for trade, on Monday.",
     "Dmitri Orlov", "deputy minister for trade"),
    # "who was" / "who is" state the office
    ("The pact was signed by Mateo Ruiz, the Chilean trade minister, and Liam O'Halloran, who was Ireland's "
     "enterprise minister at the time.", "Liam O'Halloran", "enterprise minister"),
    ("Yusuf Demirel, who was Turkey's economy minister at the time, signed the accord.", "Yusuf Demirel",
     "economy minister"),
    ("Helga Brandvold, who is chief economist at Nordhaven Bank, said the cut was expected.", "Helga Brandvold",
     "chief economist"),
    # the role closed by a relative clause, a place and its surroundings, the end of the sentence
    ('"It is about leverage," said Tomas Eklund, a Stockholm-based trade lawyer who represents exporters.',
     "Tomas Eklund", "trade lawyer"),
    ('"Prices will follow," said Marta Quiroga, an economist who studies commodity markets in Lima.',
     "Marta Quiroga", "economist"),
    ('"We are losing buyers," said Ravi Shetty, a cashew exporter in Mangaluru on the west coast.',
     "Ravi Shetty", "cashew exporter"),
    ("The plan was drafted with Oswin Hale-Rutherford, the farming secretary.", "Oswin Hale-Rutherford",
     "farming secretary"),
    ("The board sanctioned Wu Guoqiang, the province's party secretary and a member of the standing committee.",
     "Wu Guoqiang", "party secretary"),
    ('"Margins are gone," said Greta Sundqvist, a pulp analyst at a Helsinki brokerage.', "Greta Sundqvist",
     "pulp analyst"),
    # the role before the name, in apposition
    ("Among those named were the province's police chief, Gao Renshan, and the head of its security bureau, "
     "Lu Wenkai.", "Gao Renshan", "police chief"),
    ("The sanctions also hit the U.S. ambassador-at-large for global food security, Janet Pryor, and two others.",
     "Janet Pryor", "ambassador-at-large for global food security"),
    # a descriptive title before the name
    ("The sanctions also named the scholar Lena Hoffmeier, whose work on forced labour angered Beijing.",
     "Lena Hoffmeier", "scholar"),
    ("Ankara had detained the American missionary Paul Whitcombe for two years.", "Paul Whitcombe", "missionary"),
    ("The climate envoy Marcus Halloway said the levy would be discussed.", "Marcus Halloway", "climate envoy"),
    ("Special Envoy Rohan Pillai met officials in Nairobi on Tuesday.", "Rohan Pillai", "Special Envoy"),
    # congressional titles: abbreviations written out, "Representative" after a plural title
    ("Rep. Dana Whitfield, a Republican from Ohio, said the bill would pass.", "Dana Whitfield", "Representative"),
    ("Sen. Paula Brandt said the tariffs hurt farmers in her state.", "Paula Brandt", "Senator"),
    ("Representative Owen Castleton introduced a bill to ban the imports.", "Owen Castleton", "Representative"),
    ("Beijing sanctioned Senators Tom Waverly and Ellen Cho, Representative Mark Dunmore and two think tanks.",
     "Mark Dunmore", "Representative"),
    ("London expelled the Iranian diplomat Reza Tavakoli last spring.", "Reza Tavakoli", "diplomat"),
    # an owner with "of" before the role
    ("The duties were confirmed by Brigitte Olsen-Fairweather, the Danish Ministry of Food's director of exports, "
     "on Thursday.", "Brigitte Olsen-Fairweather", "director of exports"),
    # a surname the knowledge base knows, after another given name: another person
    ("The list also included the state's agriculture commissioner, Dolores Vance, and three mill owners.",
     "Dolores Vance", "agriculture commissioner"),
    # untitled names after a plural noun for people
    ("The Treasury sanctioned Wu Guoqiang, the province's party secretary, together with two other officials, "
     "Liu Pengfei and Tan Xiaobo.", "Tan Xiaobo", None),
    ("Ottawa froze the assets of six tycoons, among them Arkady Volkonsky and Sergei Mirenko.", "Sergei Mirenko",
     None),
]


# the other people the sentences of CASES name: nobody else may be read from them
OTHERS = {"Rafael Ortiz", "Mateo Ruiz", "Lu Wenkai", "Tom Waverly", "Ellen Cho", "Wu Guoqiang", "Liu Pengfei",
          "Arkady Volkonsky"}


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_person_and_role(text: str, name: str, role: str | None) -> None:
    people = _people(text)
    hit = person(people, name)
    assert hit is not None, [(p["name"], p["role"]) for p in people]
    assert role_matches({"role": role}, hit), hit["role"]
    extra = [p["name"] for p in people if p is not hit and not (p["name"] in OTHERS and p["name"] in text)]
    assert not extra, [(p["name"], p["role"]) for p in people]


NOT_PEOPLE = [
    # a firm written like a name, with a trade as its apposition or a descriptive noun before it
    ("Maple Grove Foods, a pork exporter in Manitoba, said sales fell.", "Maple Grove"),
    ("The exporter Harbor Motors said shipments would stop.", "Harbor Motors"),
    ("The exporter Orchard Valley Farms said prices had collapsed.", "Orchard Valley"),
    # an adjective before a paper's name
    ("The official People's Daily said the duties were justified.", "People's Daily"),
    # plural titles, title words that open other phrases
    ("Senators from both parties criticised the plan on Tuesday.", "Senators"),
    ("Representative offices of foreign banks in Shanghai were told to close.", "Representative"),
    # places listed after a plural noun for people
    ("The delegation met officials, including Nova Scotia and New Brunswick premiers, on Friday.", "Nova Scotia"),
    ("Beijing sanctioned Lockwood Aerial, Brandt Systems and Corvin Defense over the arms sale.", "Brandt Systems"),
]


@pytest.mark.parametrize(("text", "bad"), NOT_PEOPLE)
def test_not_a_person(text: str, bad: str) -> None:
    people = _people(text)
    assert not [p for p in people if bad.lower() in p["name"].lower()], [(p["name"], p["role"]) for p in people]


def test_descriptive_title_does_not_cross_a_sentence() -> None:
    people = _people("Talks soured over the detention of the American pastor Corwin Ellsworth. Ankara answered.")
    assert [p["name"] for p in people] == ["Corwin Ellsworth"]


def test_conjunction_is_no_role() -> None:
    people = _people("Named were Ines Carvalho, and the head of the port authority, Rui Tavares.")
    tavares = person(people, "Rui Tavares")
    assert tavares is not None and role_matches({"role": "head of the port authority"}, tavares), people
    assert not [p for p in people if (p["role"] or "").startswith("and ")], people


def test_untitled_name_before_a_conjunction_is_a_person() -> None:
    hit = person(_people("Named were Ines Carvalho, and the head of the port authority, Rui Tavares."), "Ines Carvalho")
    assert hit is not None and hit["role"] is None


def test_known_surname_after_an_honorific_is_still_the_known_person() -> None:
    people = _people("Vice President JD Vance spoke in Ohio. Later Mr Vance said the tariffs would stay.")
    assert [p["name"] for p in people] == ["JD Vance"]
