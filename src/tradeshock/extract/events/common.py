"""Helpers on tokens and clauses, and the word lists and sets that several steps of event extraction
share."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tradeshock.extract.document import Sentence
from tradeshock.extract.gazetteer import Mention
from tradeshock.kb import KnowledgeBase

SYMMETRIC = {"talks", "agreement", "leader_call"}
ESCALATION = {"impose", "raise", "tighten", "threaten"}
DEESCALATION = {"lower", "ease", "suspend", "resume", "defer", "agree"}
FACT_STATUS = {"announced", "in_force", "paused", "extended", "revoked", "concluded"}

# the possessive marks a name may take, as tokens ("Canada's", "exporters'")
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# verbs of saying that close a reported clause ("..., the Commerce Department said"), shared by the steps that
# tell a speaker from a party (each adds its own wider forms)
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "confirmed", "stated", "noted", "wrote"})

_CLAUSE_BARRIERS = {";", "but", "while", "whereas", "although", "though", "however", "meanwhile", ":", "—", "–"}

_AUX = {"would", "could", "will", "may", "might", "can", "should", "were", "was", "are", "is", "be", "been",
        "have", "has", "had", "being", "not", "also", "now", "then", "still", "soon"}

_COURT_WORDS = {"court", "judge", "judges", "panel", "tribunal", "justices", "appeals", "wto", "arbitrator"}

# who may act on a measure told before: a company, a bank, a court or a crowd of people is no government
# ("Brazil's central bank cut the rate", "BYD said it would cut them", "A federal court suspended the order")
_NOT_GOVERNMENT = frozenset({*_COURT_WORDS, "bank", "banks", "company", "companies", "firm", "firms", "group",
                             "groups", "carmaker", "carmakers", "automaker", "automakers", "maker", "makers",
                             "chipmaker", "chipmakers", "exporter", "exporters", "importer", "importers",
                             "producers", "manufacturers", "retailers", "investors", "traders", "farmers", "workers",
                             "union", "unions", "negotiators", "executives", "delegates", "delegation", "protesters",
                             "analysts", "economists", "buyers", "sellers", "shippers", "airlines", "lenders",
                             "insurers", "businesses", "brands", "suppliers"})

# the nouns that name a government or its bodies ("the ministry cut them", "Argentina's economy ministry")
_GOVERNMENT_NOUNS = frozenset({"government", "administration", "ministry", "cabinet", "president", "minister",
                               "commission", "authorities", "department", "regulator", "regulators", "officials",
                               "ministers", "parliament", "congress"})
# a government named by a common noun, in the plural too, and the arms that stop goods at the border
# ("the governments", "customs", "the state")
_GOVERNMENT_WORDS = _GOVERNMENT_NOUNS | {"governments", "customs", "state"}

# the nouns of a tariff, and trade itself and its flows: the cores that the regexes of "a trade matter"
# build on (anchors' _TARIFF_TALK, _TRADE_MATTER, _TRADE_TALK_WIDE; actions' _TRADE_PACT)
_TARIFF_RX = r"tariffs?|dut(?:y|ies)|levy|levies|surcharges?"
# the words that let a party off a measure ("except", "other than"): the opening of parties' carve-outs and of
# context's let-off test, each of which adds its own words
_EXCEPT_RX = r"except(?:\s+for)?|excepting|excluding|apart\s+from|other\s+than|save\s+for"
# the subject pronouns that stand for a government in a clause about a measure ("the tariffs it imposed")
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_TRADE_FLOW_RX = r"trade|trading|imports?|exports?|goods|customs"
# the prepositions that tell what talks are about or aim at ("talks on chips", "talks toward a deal")
_TOPIC_PREPS = {"on", "over", "about", "covering", "for", "toward", "towards"}
# verbs of hitting back, which "back" follows ("vowed to hit back", "struck back at the duties")
_HIT_BACK = {"hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "fight", "fights", "fought",
             "fighting"}
# "ordered a 25% tariff": the verb of ordering that sets the measure it has for object (anchors' _ORDER_VERBS
# adds the other verbs of compelling, which make a divestment forced)
_ORDER_WORDS = {"ordered", "ordering"}

_RATE_RX = r"(?:up to\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent)"

# the nouns of a deal, singular and plural ("the pact", "agreements with Peru and Chile")
_PACT_NOUNS = frozenset({"deal", "deals", "agreement", "agreements", "pact", "pacts", "accord", "accords", "treaty",
                         "treaties", "framework", "frameworks"})

_SUBORDINATORS = {"if", "unless", "when", "after", "before", "because", "since", "while", "whereas", "although"}
# the forms of "open" (a market opened, a probe opened, what a deal opens)
_OPEN_FORMS = frozenset({"open", "opens", "opened", "opening"})

_INQUIRY = {"probe", "probes", "investigation", "investigations", "inquiry", "review"}

_MEASURES = {"tariff", "export_control", "import_restriction", "investment_restriction", "sanction"}

_FACE_VERBS = {"face", "faces", "faced", "facing", "pay", "pays", "paid", "paying"}
# verbs whose subject bears a duty named after them, like "face": "Thai rice will carry a 30% duty",
# "the pipes attract an 18% levy", "cars incur a 10% surcharge"
_CARRY_VERBS = frozenset({"carry", "carries", "carried", "carrying", "attract", "attracts", "attracted", "attracting",
                          "incur", "incurs", "incurred", "incurring", "bear", "bears", "bore"})

# the nouns a bearer's noun phrase may end with when the KB names no goods in it: the goods' own words or their
# sellers ("Bangladeshi jute bags", "Chinese solar exporters"); not their buyers, who pay the duty
_BEARING_HEADS = frozenset({"goods", "products", "exports", "shipments", "bags", "tins", "cans", "bottles", "parts",
                            "components", "wares", "cargoes", "exporters", "producers", "makers", "manufacturers",
                            "suppliers", "growers"})


def _goods_bearer(doc, sent, k: int) -> bool:  # type: ignore[no-untyped-def]
    """Token ``k`` ends the noun phrase of goods that bear a measure: a KB good, a country's name (not a
    demonym: "Korean consumers"), or a goods or sellers' noun ("sardine tins", "Chinese exporters")."""
    if _lw(doc)[k] in _BEARING_HEADS:
        return True
    m = _mention_at(sent, k)
    return m is not None and m.token_end == k + 1 and (m.label == "GOOD" or m.label == "COUNTRY"
                                                        and m.kind != "demonym")


def _country_tokens(sent) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the countries a sentence names by name or demonym (not its capitals, which may be places):
    the laying country that may stand inside a borne measure's noun phrase ("have faced a 50% U.S. levy")."""
    return {k for m in sent.mentions if m.label == "COUNTRY" and m.kind != "capital"
            for k in range(m.token_start, m.token_end)}


_LETTER = re.compile(r"\bin (?:a|his|the|her) letters?\b|\bletters? (?:to|sent to|addressed to)\b", re.I)

# "the company's products": goods of the firm told before (its country and sector)
_THE_FIRMS_GOODS = re.compile(r"\bthe (?:company|firm|group|chipmaker|manufacturer|maker)(?:'s|’s)\s+"
                              r"(?:products|goods|chips|equipment|exports|devices|technology)\b", re.I)
# "a ban on the company": the firm told last before
_THE_FIRM = re.compile(r"\bthe (?:company|firm|chipmaker|group)(?:'s|’s)?\b(?! of)")

# "takes effect", "came into force", "kicks in": the phrases that say a measure starts to apply, defined
# once by verb form. Each step builds the pattern it needs from them, with its own anchoring and context.
EFFECT_PRESENT = ("take", "takes", "come", "comes", "go", "goes", "enter", "enters")
EFFECT_PAST = ("took", "came", "went", "entered")
EFFECT_KICK = ("kick", "kicks", "kicked")  # "kicks in"
EFFECT_VERBS = frozenset({*EFFECT_PRESENT, *EFFECT_PAST, "taking", *EFFECT_KICK})


def effect_phrase(verbs: Iterable[str] = EFFECT_VERBS) -> str:
    """A regex group (no anchoring) for "<verb> effect", "<verb> into force|effect" and "kick in", limited
    to the verb forms given."""
    into = "|".join(sorted(v for v in verbs if v not in EFFECT_KICK))
    kick = "|".join(sorted(v for v in verbs if v in EFFECT_KICK))
    return rf"(?:(?:{into})\s+(?:into\s+)?(?:effect|force)" + (rf"|(?:{kick})\s+in)" if kick else ")")


_TAKES_EFFECT = re.compile(r"\b" + effect_phrase() + r"\b|\b(?:applies|apply)\s+(?=from\b)|"
                           r"\b(?:starts?|begins?)\s+(?=on\b)|\b(?:becomes?|became)\s+effective\b", re.I)

_BOTH_SIDES = re.compile(r"\b(?:the two|both) (?:sides|countries|governments|nations|economies|powers)\b", re.I)
_COMPANY_TARGETED = {"entity_list", "sanction", "export_control", "import_restriction", "investment_restriction"}

_GENERIC_SECTORS = {"all_goods", "industrial_goods", "agricultural_products"}
# words of asking for a relief not yet granted ("seeking an exemption", "hopes to win a waiver")
_SOUGHT = {"seek", "seeks", "sought", "seeking", "hope", "hopes", "hoped", "hoping", "ask", "asks", "asked",
           "asking", "request", "requests", "requested", "lobby", "lobbies", "lobbied", "lobbying", "want",
           "wants", "wanted", "push", "pushed", "pushing", "apply", "applied", "applying", "bid", "press",
           "pressed", "pressing", "urge", "urged", "urging", "for"}


_PAST_END = ("", "", "")


def _lw(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """Lower-cased token texts, built once per document (token objects are costly to create).

    Three empty strings follow the last token, so a look at the next word or two past the end of an
    article (one cut off after a comma) reads "" instead of failing."""
    lw = doc.user_data.get("lower")
    if lw is None:
        lw = doc.user_data["lower"] = [*(t.lower_ for t in doc), *_PAST_END]
    return lw


def _word(tok, sent: Sentence) -> str:  # type: ignore[no-untyped-def]
    """A token's lower-case form, with the month "May" told apart from the modal "may"."""
    if tok.text == "May" and tok.i > sent.tok_start:
        return "<month>"
    return tok.lower_


def _text(doc) -> str:  # type: ignore[no-untyped-def]
    """The document's text, kept once (spaCy rebuilds ``Doc.text`` from tokens on every access)."""
    t = doc.user_data.get("text")
    if t is None:
        t = doc.user_data["text"] = doc.text
    return t


def _clause_bounds(doc, sent: Sentence, i: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    lw = _lw(doc)  # (a line break is kept by lower-casing: "\n" in the lower form is "\n" in the text)
    lo = i
    while lo > sent.tok_start:
        w = lw[lo - 1]
        if w in _CLAUSE_BARRIERS or "\n" in w:
            break
        lo -= 1
    hi = i
    while hi < sent.tok_end:
        w = lw[hi]
        if hi > i and (w in _CLAUSE_BARRIERS or "\n" in w):
            break
        hi += 1
    return lo, hi


def _mention_at(sent: Sentence, tok: int) -> Mention | None:
    for m in sent.mentions:
        if m.token_start <= tok < m.token_end:
            return m
    return None


def _index(kb: KnowledgeBase) -> dict[str, dict]:  # type: ignore[type-arg]
    """The knowledge base's look-ups by name (each built once, cached on the knowledge base)."""
    return {"org": kb.organization_by_name, "office": kb.office_by_title, "person": kb.person_by_name,
            "company": kb.company_by_name, "country_forms": kb.country_by_form}


def _dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _dedupe_t(items) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(dict.fromkeys(x for x in items if x))


# "on top of anti-dumping duties that Washington already charges on washers": a measure in place before
# the news, told apart from the new measure on the same goods
_ALREADY = re.compile(r"\balready\b", re.I)


def already_in_place(sent: Sentence, evidence: tuple[int, int]) -> bool:
    """The clause telling a measure says it is already in force."""
    lo = max(sent.start, evidence[0] - 40)
    return bool(_ALREADY.search(sent.text[lo - sent.start:evidence[1] - sent.start]))
