"""Knowledge-base look-up in text: countries (names, demonyms, capitals, metonyms), organisations,
companies, known people, offices and goods, found with spaCy PhraseMatchers built once per KB.

Phrases written with capitals match case-sensitively ("US" is not "us"); phrases written in lower
case match in any case ("rare earths", "vice premier").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import MONTHS, WEEKDAYS
from tradeshock.extract.goods_context import not_a_good, title_case_line
from tradeshock.extract.nlp import get_nlp
from tradeshock.kb import KnowledgeBase

# labels, in order of preference when two entries cover exactly the same words
PRIORITY = {"PERSON": 0, "COMPANY": 1, "ORG": 2, "OFFICE": 3, "COUNTRY": 4, "GOOD": 5}

# company aliases that are also ordinary words: they need a capital letter and are never
# sentence-initial (a weak guard; the company linker asks for more context)
RISKY_COMPANY_WORDS = {"target", "block", "visa", "arm", "shell", "corning", "gap", "ball", "mosaic", "oracle",
                       "square", "snap", "match", "discovery", "progressive", "tapestry", "vale", "vinci", "puma",
                       "crown", "disco", "lucid", "honor", "crocs", "santander", "lam", "ing", "next", "asics"}
# company names that are also places or dates ("the port of Antofagasta", "the Eastern Seaboard",
# "China Eastern provinces", "500 BCE"): taken only beside a word that makes them a firm
PLACE_COMPANY_NAMES = {"antofagasta", "fresnillo", "seaboard", "china eastern", "bce"}
_ERA_NAMES = {"bce"}


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into the article text
    end: int
    text: str
    label: str  # COUNTRY | ORG | COMPANY | PERSON | OFFICE | GOOD
    key: str  # country code, organisation name, company name, person name, office title, subject
    kind: str = ""  # for COUNTRY: name | demonym | capital | metonym
    token_start: int = 0
    token_end: int = 0


# compass and region words that make a one-word demonym after them a region, not a country
_REGION_WORDS = frozenset({"South", "North", "Latin", "Central", "East", "West", "Eastern", "Western", "Northern",
                           "Southern", "Pan", "Sub-Saharan"})


class Gazetteer:
    def __init__(self, kb: KnowledgeBase) -> None:
        nlp = get_nlp()
        self._cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._payload: dict[str, tuple[str, str, str]] = {}
        # every word of a known person's name ("He" of He Lifeng): the other half of "Bessent-He"
        self._name_parts = frozenset(w for p in kb.people for w in p.name.split())
        # one-word titles ("Secretary", "Commissioner", "Ambassador"): a surname after them is the titled person's
        self._title_words = frozenset({*(f.lower() for o in kb.offices for f in (o.title, *o.aliases) if " " not in f),
                                       *TITLE_HEADS, *(w.lower() for w in HONORIFICS)})
        for c in kb.countries:
            self._add("COUNTRY", c.code, "name", [c.name, *c.aliases])
            self._add("COUNTRY", c.code, "demonym", c.demonyms)
            self._add("COUNTRY", c.code, "capital", c.capitals)
            self._add("COUNTRY", c.code, "metonym", c.metonyms)
        self._org_country = {o.name: o.country for o in kb.organizations}
        for o in kb.organizations:
            # multi-word names match in any case ("China's commerce ministry"); single words keep
            # their case ("Commerce" the department, not "commerce" the activity)
            forms = [o.name, *o.aliases]
            self._add("ORG", o.name, o.kind, [f for f in forms if len(f.split()) == 1])
            self._add("ORG", o.name, o.kind, [f for f in forms if len(f.split()) > 1], any_case=True)
        for co in kb.companies:
            names = [co.name, *co.aliases]
            variants = set(names)
            for n in names:
                if n.lower() not in RISKY_COMPANY_WORDS and any(ch.isupper() for ch in n):
                    variants.add(n.upper())
            self._add("COMPANY", co.name, "", sorted(variants))
        titles = tuple(f.lower() + " " for o in kb.offices for f in (o.title, *o.aliases))
        for p in kb.people:
            # "President Trump" is an office and a name: the office rules read it, not this list
            forms = [a for a in (p.name, *p.aliases) if not a.lower().startswith(titles)]
            self._add("PERSON", p.name, "", forms)
        for off in kb.offices:
            self._add("OFFICE", off.title, off.kind, [off.title, *off.aliases], any_case=True)
        for g in kb.goods:
            self._add("GOOD", g.subject, "", [g.label, *g.synonyms], any_case=True)

    def _add(self, label: str, key: str, kind: str, phrases: Iterable[str], any_case: bool = False) -> None:
        """Phrases with capitals match case-sensitively unless ``any_case``; they are tokenized as
        written, so "U.S. Treasury Secretary" splits the way the text does."""
        nlp = get_nlp()
        cased, lower = [], []
        for phrase in {p for p in phrases if p}:
            doc = nlp.make_doc(phrase)
            (cased if any(ch.isupper() for ch in phrase) and not any_case else lower).append(doc)
        if not cased and not lower:
            return
        match_id = f"{label}\x1f{key}\x1f{kind}"
        self._payload[match_id] = (label, key, kind)
        if cased:
            self._cased.add(match_id, cased)
        if lower:
            self._lower.add(match_id, lower)

    def find(self, doc: Doc) -> list[Mention]:
        vocab = doc.vocab
        raw: list[tuple[int, int, str, str, str]] = []
        for matcher in (self._cased, self._lower):
            for match_id, s, e in matcher(doc):
                label, key, kind = self._payload[vocab.strings[match_id]]
                raw.append((s, e, label, key, kind))
        # longest first, then by label priority; non-overlapping within each layer: goods form
        # their own layer, so "Chinese goods" is both a good and a mention of China
        raw.sort(key=lambda m: (-(m[1] - m[0]), PRIORITY[m[2]], m[0]))
        taken_by_layer = {True: bytearray(len(doc) + 1), False: bytearray(len(doc) + 1)}
        by_person = bytearray(len(doc) + 1)
        known_name = {i for s, e, label, _k, _d in raw if label == "PERSON" for i in range(s, e)}
        known_any = {i for s, e, _l, _k, _d in raw for i in range(s, e)}
        # "Paul Lam, the justice secretary, ... Lam said": a one-word name seen after a given name is
        # that person's surname everywhere in the article
        after_given = {s for s, e, label, key, _d in raw if label == "COMPANY" and e - s == 1
                       and doc[s].text != key and _after_given_name(doc, s, known_any)}
        surnames = {doc[s].text for s in after_given}
        goods_at = {s for s, e, label, _k, _d in raw if label == "GOOD" and e - s == 1}
        demonym_end = {e for s, e, label, _k, kind in raw if label == "COUNTRY" and kind == "demonym"}
        # where each country named ends, not after a hyphen ("U.S.-China"): the owner of what follows
        country_end = {e: key for s, e, label, key, _d in raw if label == "COUNTRY"
                       and not (s > 0 and doc[s - 1].text in ("-", "‐", "–"))}
        chosen: list[Mention] = []
        for s, e, label, key, kind in raw:
            if label == "PERSON" and e - s == 1 and s in goods_at and (s in demonym_end or s > 0 and (
                    doc[s - 1].lower_ in _GOODS_BEFORE or doc[s - 1].lower_ in _GOODS_LISTED
                    and any(t.lower_ in _GOODS_NOUNS for t in doc[max(0, s - 5):s - 1]))):
                # "French Champagne", "tariffs on Champagne", "exports of Champagne": the wine, not the
                # minister (but "Canadian ministers, including Champagne,": the minister)
                continue
            if label == "PERSON" and e - s == 1 and _half_of_double_name(doc, s, known_name, self._name_parts):
                continue  # "Anne Tremblay-Ross" is not Wilbur Ross
            if label == "PERSON" and e - s == 1 and _before_given_name(doc, e, known_any):
                continue  # "Yoon Ji-hoon, an economist": another person with that surname
            if label == "PERSON" and e - s == 1 and doc[s - 1].lower_.rstrip(".") not in self._title_words \
                    and _after_given_name(doc, s, known_any):
                continue  # "the county's commissioner, Dolores Vance,": another person with that surname
                # (not after a title: "Secretary Lutnick", "Mr Vance", "Commissioner Sefcovic")
            if label == "OFFICE" and doc[s].text == "Representative" and s > 0 \
                    and doc[s - 1].text in _OTHER_REPRESENTATIVES:
                # "Special Representative Ana Ruiz": an office of its own (no list's, no country), not the US
                # congressman; the person stays
                s, key, kind = s - 1, doc[s - 1:e].text, "official"
            if label == "COMPANY" and e - s == 1 and doc[s].text != key and doc[s].text in surnames and not (
                    _shares_beside(doc, s, e) and s not in after_given):
                continue  # "Hong Kong's chief executive, Carrie Lam,": a surname, not Lam Research
            taken = taken_by_layer[label == "GOOD"]
            if any(taken[s:e]) or label == "GOOD" and any(by_person[s:e]):
                continue  # ("Finance Minister François-Philippe Champagne": a name, not the wine)
            span = doc[s:e]
            if label == "COMPANY" and span.text.lower() in RISKY_COMPANY_WORDS and (s == span.sent.start) and not (
                    _firm_follows(doc, e) and span.text.lower() not in _SENTENCE_WORDS):
                continue  # "Shell, which buys Russian crude, said" is the firm; "Target dates slipped" is not
            if label == "COMPANY" and span.text.lower() in PLACE_COMPANY_NAMES and not _company_cue(doc, s, e):
                continue  # "the strike at the port of Antofagasta", "ports along the Eastern Seaboard"
            if label == "GOOD" and not_a_good(doc, s, e):
                continue  # "nerves of steel", "oil prices", "the Energy Department"
            if label == "ORG" and e - s == 1 and s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].is_title:
                continue  # "the Ministry of Commerce": part of a longer name this list does not hold
            if label == "COUNTRY" and kind == "demonym" and e - s == 1 and s >= 1 and doc[s - 1].text in _REGION_WORDS:
                continue  # "South American beef", "North American partners", "Eastern European states": a region
            if label == "ORG" and e - s == 1 and e < len(doc) and doc[e].lower_ in ("ministry", "ministry's"):
                continue  # "Beijing's Commerce Ministry": another country's ministry, not the US department
            owner = country_end.get(s) or (country_end.get(s - 1) if s > 0 and doc[s - 1].text in ("'s", "’s")
                                           else None)
            if label == "ORG" and owner and self._org_country.get(key) not in (None, "", owner):
                continue  # "the Chinese commerce department", "Japan's Commerce Department": that country's body,
                # not the one the list holds under the name (the country named stands for it)
            for i in range(s, e):
                taken[i] = 1
                if label == "PERSON":
                    by_person[i] = 1
            chosen.append(Mention(span.start_char, span.end_char, span.text, label, key, kind, s, e))
        chosen.sort(key=lambda m: m.start)
        return chosen


# words before a goods word that is also a surname, which make it the goods ("a tariff on Champagne")
_GOODS_BEFORE = frozenset({"on", "imported", "exported", "sparkling", "vintage"})
# words that list goods only after a measure or a flow of goods ("exports of", "goods including")
_GOODS_LISTED = frozenset({"of", "including"})
_GOODS_NOUNS = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "ban", "bans", "exports", "imports",
                          "goods", "products", "shipments", "sales", "bottles", "cases", "wines", "wine", "spirits",
                          "drinks", "beverages", "crops", "produce", "items", "luxury", "worth"})
# risky names whose sentence-initial use is mostly the ordinary word ("Next, the ministry said")
_SENTENCE_WORDS = frozenset({"next", "match", "square", "progressive", "discovery"})
# what follows a firm's name at the start of a sentence: its shares, its statement, a description
_AFTER_FIRM = frozenset({"'s", "’s", "said", "says", "shares", "stock", "plc", "inc", "inc.", "corp", "corp.", "ag",
                         "sa", "warned", "announced", "reported", "told",
                         # the past tense of a share move ("Shell fell", "Visa slumped")
                         *(w for w in lx.MOVE_UP | lx.MOVE_DOWN if (w.endswith("ed") or w in (
                             "rose", "fell", "slid", "sank", "lost", "leapt")) and w not in (
                             "weighed", "battered", "hammered", "boosted", "lifted", "increased"))})
# words that make a name beside them a firm's, or a place's
_FIRM_BESIDE = frozenset({"miner", "miners", "company", "companies", "group", "producer", "producers", "airline",
                          "airlines", "carrier", "carriers", "firm", "firms", "operator", "giant", "major", "owner",
                          "shares", "stock", "rival", "rivals", "peer", "peers", "conglomerate", "processor"})
_PLACE_BESIDE = frozenset({"town", "city", "port", "region", "province", "provinces", "state", "states", "desert",
                           "coast", "village", "mine", "mines", "valley", "area"})
_BEFORE_PLACE = frozenset({"of", "at", "from", "near", "along", "around", "in", "the", "to", "eastern", "western"})


def _firm_follows(doc: Doc, e: int) -> bool:
    """The words after a sentence-initial name make it a firm: "Shell said", "Shell's shares",
    "Shell, which ...", "Shell, the oil major,"."""
    if e >= len(doc):
        return False
    nxt = doc[e].lower_
    if nxt == "," and e + 1 < len(doc):
        return doc[e + 1].lower_ in ("which", "whose", "the", "a", "an", "one", "its")
    return nxt in _AFTER_FIRM


def _shares_beside(doc: Doc, s: int, e: int) -> bool:
    """"Shares of Lam", "Lam shares": the name is a listed firm's."""
    if e < len(doc) and doc[e].lower_ in ("shares", "stock"):
        return True
    return s >= 2 and doc[s - 1].lower_ in ("of", "in") and doc[s - 2].lower_ in ("shares", "stock")


def _company_cue(doc: Doc, s: int, e: int) -> bool:
    """A name that is also a place is a firm's here: a word of firms next to it ("miners Antofagasta",
    "Seaboard shares", "China Eastern said", "Fresnillo, the silver miner,"), or a sentence about shares
    where no preposition of place stands before it (not "the port of Antofagasta")."""
    nxt = doc[e].lower_ if e < len(doc) else ""
    prev = doc[s - 1].lower_ if s > 0 else ""
    if doc[s:e].text.lower() in _ERA_NAMES:  # "500 BCE", "BCE 500": a date; else the firm ("BCE and Telus")
        return not (s > 0 and doc[s - 1].like_num or e < len(doc) and doc[e].like_num)
    if nxt in _PLACE_BESIDE:
        return False  # "China Eastern provinces"
    if nxt in _AFTER_FIRM or nxt in _FIRM_BESIDE or prev in _FIRM_BESIDE:
        return True
    if nxt == ",":  # an apposition: "Fresnillo, the Mexican mining town," / "Antofagasta, the Chilean miner,"
        for k in range(e + 1, min(e + 8, len(doc))):
            w = doc[k].lower_
            if w in _PLACE_BESIDE:
                return False
            if w in _FIRM_BESIDE:
                return True
            if w in (",", ".", ";"):
                break
    # (the plain cue words alone: the company rules' wider test, companies._about_shares, also reads
    # index names, "the Dow" and ranks among movers; widening this one would be a new rule)
    sent = doc[s].sent
    return prev not in _BEFORE_PLACE and any(t.lower_ in lx.STOCK_CUES for t in sent)


_MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "summit", "call", "deal", "pact", "framework", "truce",
                            "agreement", "channel", "dialogue", "negotiations"})

def _half_of_double_name(doc: Doc, i: int, known_name: set[int], name_parts: frozenset[str]) -> bool:
    """Token ``i`` is one half of a hyphenated surname whose other half is no known name
    ("Tremblay-Ross"; not "the Trump-Xi call", where both halves are people)."""
    tok = doc[i]
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        other = i - 2
    elif i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_:
        other = i + 2
    else:
        return False
    if not doc[other].is_title or other in known_name or doc[other].text in name_parts:
        return False
    # "the Bessent-He talks": two negotiators named by their surnames
    after = i + 1 if other < i else i + 3
    return not (after < len(doc) and doc[after].lower_ in _MEETING_NOUNS)


# honorifics and ranks written before a name ("Mr Vance", "Sir Alan Birch", "Admiral Rhys Penhallow"); the
# people rules take them off a name
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mister", "Madam", "Dr", "Prof", "Rev", "Reverend", "Sir", "Dame", "Lord",
              "Lady", "Baroness", "Admiral", "General", "Gen", "Colonel", "Col", "Major", "Captain", "Capt",
              "Lieutenant", "Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Emir")
# heads of titles that no office of the list holds alone ("Minister Goyal", "Secretary Bessent")
TITLE_HEADS = frozenset({"minister", "secretary", "commissioner", "governor", "chairman", "chairwoman", "chair",
                         "director", "judge", "justice", "mayor", "representative", "deputy", "undersecretary"})
# capitalised words that make a "Representative" another office than a member of the US House
_OTHER_REPRESENTATIVES = frozenset({"High", "Special", "Permanent", "Trade", "Resident", "Personal", "Regional",
                                    "Senior", "Deputy"})
_FUNCTION_WORDS = frozenset({"Of", "And", "The", "In", "For", "To", "As", "At", "On", "By", "With", "From", "A", "An",
                             "Shares", "Stock", "Stocks", "Rival", "Peer", "Peers", "Like", "Including", "Says",
                             "Said", "Over", "After", "Before", "Than", "Versus", "Vs",
                             *(w.title() for w in (*MONTHS, *WEEKDAYS))})


def _after_given_name(doc: Doc, i: int, known: set[int]) -> bool:
    """Token ``i`` follows a capitalised word that no list knows, in the middle of a sentence that is
    not written in title case: the word is a given name and ``i`` a surname ("Carrie Lam"; not
    "Beijing Targets Micron In Retaliation")."""
    if i < 2 or doc[i - 1].is_sent_start or (i - 1) in known or "\n" in doc[i - 2].text:
        return False
    return _name_like(doc, i - 1, i)


def _before_given_name(doc: Doc, j: int, known: set[int]) -> bool:
    """Token ``j`` (just after a one-word name) is a capitalised word no list knows, in a sentence not
    written in title case: the name is a surname followed by another person's given name."""
    if j >= len(doc) or j in known or doc[j].is_sent_start:
        return False
    return _name_like(doc, j, j)


def _name_like(doc: Doc, k: int, at: int) -> bool:
    """Token ``k`` is a capitalised word of more than one letter that is no function word, and the line
    around token ``at`` is not written in title case (where every word has a capital)."""
    tok = doc[k]
    if not (tok.is_title and tok.is_alpha and len(tok.text) > 1 and tok.text not in _FUNCTION_WORDS):
        return False
    return not title_case_line(doc, at, reach=40, share=0.6)


@functools.lru_cache(maxsize=4)
def gazetteer_for(kb: KnowledgeBase) -> Gazetteer:
    return Gazetteer(kb)
