"""People and roles: the findings of the review of the people14 rules (review 15b), each with the
reviewer's sentence and variants of our own (invented sentences: names other than the knowledge base's
people, places and offices are made up)."""

from __future__ import annotations

import pytest
from event_helpers import people_of, people_seen, person

from tradeshock.evaluate import role_matches


def _people(text: str) -> list[dict]:
    return people_of(text, "2025-05-10")


# 1. a known surname after a title word that is no honorific is still the known person
TITLED_SURNAMES = [
    ("On Tuesday, Secretary Lutnick said the United States would impose a 25% tariff on Japanese cars.",
     "Howard Lutnick", "USA"),
    ("In Brussels, Commissioner Sefcovic said the bloc would answer in kind.", "Maroš Šefčovič", "EU"),
    ("In Delhi, Minister Goyal said India would not sign in haste.", "Piyush Goyal", "IND"),
    ("A spokesman said Secretary Bessent and Ambassador Greer would meet their counterparts.", "Scott Bessent", "USA"),
    ("A spokesman said Secretary Bessent and Ambassador Greer would meet their counterparts.", "Jamieson Greer", "USA"),
    ("Commissioner Sefcovic and Secretary Lutnick spoke by phone on Friday.", "Howard Lutnick", "USA"),
    ("After the call, Secretary Bessent told reporters the talks had gone well.", "Scott Bessent", "USA"),
]


@pytest.mark.parametrize(("text", "name", "country"), TITLED_SURNAMES)
def test_known_surname_after_a_title_word(text: str, name: str, country: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and hit["country"] == country, people_seen(_people(text))


# 2. "Representative" after another capitalised word is no US congressman
def test_high_representative_is_the_eu_office() -> None:
    people = _people("The bloc's High Representative Kaja Kallas said the EU stood with Ukraine.")
    hit = person(people, "Kaja Kallas")
    assert hit is not None and hit["country"] == "EU", people_seen(people)
    assert role_matches({"role": "High Representative"}, hit), hit["role"]


# (other "Representative"s keep the person, with no US country: test_people_company_review18.py, finding 4)


# 3. a trade or firm noun before a name written like a person's: a firm, not a person
@pytest.mark.parametrize(("text", "bad"), [
    ("The rice exporter Golden Harvest said sales had fallen.", "Golden Harvest"),
    ("The shipper Pacific Basin said freight rates were rising.", "Pacific Basin"),
    ("The grower Sun Pacific said the harvest was poor.", "Sun Pacific"),
    ("Analysts at the broker Raymond James said the duties would hurt.", "Raymond James"),
    ("The consultant Oliver Wyman said the costs were high.", "Oliver Wyman"),
    ("The activist investor Pershing Square said it had sold its stake.", "Pershing Square"),
    ("The importer Blue Ridge said the cargo was held at the port.", "Blue Ridge"),
    ("The commodity trader Golden Agri said it would reroute shipments.", "Golden Agri"),
])
def test_trade_noun_before_a_firm(text: str, bad: str) -> None:
    people = _people(text)
    assert not [p for p in people if bad.lower() in p["name"].lower()], people_seen(people)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The sanctions also named the scholar Lena Hoffmeier last week.", "Lena Hoffmeier", "scholar"),
    ("The veteran diplomat Ana Ruiz led the talks.", "Ana Ruiz", "veteran diplomat"),
    ("The climate envoy Marcus Halloway said the levy would be discussed.", "Marcus Halloway", "climate envoy"),
])
def test_person_nouns_before_a_name_still_give_the_role(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))


# 4. organisations listed after a plural noun
@pytest.mark.parametrize(("text", "bad"), [
    ("The statement was signed by critics including Human Rights Watch and Public Citizen.", "Human Rights"),
    ("The statement was signed by critics including Human Rights Watch and Public Citizen.", "Public Citizen"),
    ("The letter was backed by activists including Global Witness and Friends Earth.", "Global Witness"),
    ("The report drew on people such as Ocean Spray and Land O'Lakes.", "Ocean Spray"),
])
def test_organisations_in_a_people_list(text: str, bad: str) -> None:
    people = _people(text)
    assert not [p for p in people if bad.lower() in p["name"].lower()], people_seen(people)


def test_people_list_after_officials_still_read() -> None:
    people = _people("The Treasury also sanctioned two other officials, Liu Pengfei and Tan Xiaobo.")
    assert {p["name"] for p in people} == {"Liu Pengfei", "Tan Xiaobo"}, people_seen(people)
    assert all(p["role"] is None for p in people), people_seen(people)


# 5. a role before a name belongs to it only as a plain apposition, and a name's own apposition wins
@pytest.mark.parametrize("text", [
    "Besides the president, Ana Ruiz and Tom Reyes attended the signing.",
    "Apart from the minister, Ana Ruiz and Tom Reyes spoke at the forum.",
])
def test_role_of_another_phrase(text: str) -> None:
    people = _people(text)
    assert not [p for p in people if p["role"]], people_seen(people)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("In a letter to the trade minister, Ana Ruiz, the head of the farmers' union, warned of losses.", "Ana Ruiz",
     "head of the farmers' union"),
    ("In a call with the finance minister, Tom Reyes, the chairman of the port authority, asked for aid.",
     "Tom Reyes", "chairman of the port authority"),
])
def test_own_apposition_wins(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))


# 6. a clause is no role, "Like" no part of a name
@pytest.mark.parametrize("text", [
    "Like Lin Hao, the new envoy is a lawyer.",
    "Unlike Ana Ruiz, the new minister is an economist.",
    "Like Tom Reyes, the trade secretary was a banker.",
])
def test_clause_is_no_role(text: str) -> None:
    people = _people(text)
    assert not [p for p in people if p["name"].split()[0] in ("Like", "Unlike")], people_seen(people)
    assert not [p for p in people if p["role"] and (" is " in p["role"] or " was " in p["role"])], people_seen(people)


def test_a_clause_before_the_name_is_no_role() -> None:
    # (the sentences above read nobody, so they guard the two rules together; here a name is read, and a
    # verb in the words before the role noun would make the clause its role)
    people = _people("The new envoy is a lawyer, Lin Hao, who arrived on Monday.")
    assert people_seen(people) == [("Lin Hao", "lawyer", None)]


# 7. a surname that is also a firm's tail word
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Tom Mills, a trade lawyer at Akin, said the tariffs were illegal.", "Tom Mills", "trade lawyer"),
    ("Sarah Mills, an economist at Kestrel Research, said prices would rise.", "Sarah Mills", "economist"),
    ("The duties were criticised by the trade lawyer, Tom Mills, on Monday.", "Tom Mills", "trade lawyer"),
])
def test_surname_that_is_a_firm_word(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))


# 8. owners before a role written in apposition: the dev annotations drop them ("David Malpass, the US
# Treasury's under secretary for international affairs", "the city's police commissioner, Chris Tang"), while an
# office the list holds keeps its owner as written ("the commission's executive vice-president for trade"): a guard
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Tom Reyes, the Treasury's top sanctions official, said the list would grow.", "Tom Reyes",
     "top sanctions official"),
    ("Ana Ruiz, the commission's executive vice-president for trade, said the bloc was ready.", "Ana Ruiz",
     "commission's executive vice-president for trade"),
    ("Lin Hao, the country's chief negotiator, said talks would resume.", "Lin Hao", "chief negotiator"),
])
def test_owner_of_a_role(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))


# 9. "and the" inside a role's of/for tail does not end it
@pytest.mark.parametrize(("text", "name", "role"), [
    ("Lin Hao, the minister for industry and the economy, said the plan was ready.", "Lin Hao",
     "minister for industry and the economy"),
    ("Tom Reyes, the secretary for trade and the environment, said talks had stalled.", "Tom Reyes",
     "secretary for trade and the environment"),
    ("Wu Guoqiang, the province's party secretary and a member of the standing committee, was named.",
     "Wu Guoqiang", "party secretary"),
])
def test_and_the_inside_a_role(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))


# 10. a title written as the list noun is the role of each name listed
@pytest.mark.parametrize(("text", "name", "role"), [
    ("On Tuesday the senators, including Ted Cruz, wrote to Lutnick.", "Ted Cruz", "senator"),
    ("Several lawmakers, including Ana Ruiz and Tom Reyes, criticised the deal.", "Tom Reyes", "lawmaker"),
])
def test_title_list_noun_is_the_role(text: str, name: str, role: str) -> None:
    hit = person(_people(text), name)
    assert hit is not None and role_matches({"role": role}, hit), people_seen(_people(text))
