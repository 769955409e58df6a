"""Goods of a frame: the clause segment around an anchor, the goods in it mapped to the SCHEMA.md
vocabulary, the rates written next to the instrument and their pairing with goods; durations."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.common import (
    _CARRY_VERBS,
    _FACE_VERBS,
    _LETTER,
    _RATE_RX,
    _SUBORDINATORS,
    _TOPIC_PREPS,
    _country_tokens,
    _lw,
    _mention_at,
    _text,
)
from tradeshock.extract.events.records import Anchor
from tradeshock.extract.quantities import Quantity
from tradeshock.kb import KnowledgeBase

_VERSUS = re.compile(r"\s*(?:tariff|duty|levy|rate)?\s*,?\s*(?:instead of|down from|rather than|up from|compared with)\s+"
                     r"(?:the\s+|an?\s+)?(?P<n>\d[\d.]*)\s*(?:%|per ?cent|percent)", re.I)


def _rate_versus(text: str, q: Quantity) -> str | None:
    """"15 percent instead of the 25 percent duty", "19 percent, down from the 32 percent rate": the
    new rate against the one it replaces says whether the rate was lowered or raised."""
    m = _VERSUS.match(text, q.end)
    if m is None:
        return None
    try:
        old = float(m.group("n"))
    except ValueError:
        return None
    return "lower" if q.value < old else "raise" if q.value > old else None


_AND_MEASURE = re.compile(r"^\s*and\s+(?:an?\s+)?(?:additional\s+|extra\s+)?" + _RATE_RX +
                          r"\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies|surtax|surtaxes|surcharges?)\b",
                          re.I)

_MEASURE_NOUNS = set(lx.INSTRUMENT_WORDS) | {"export", "controls", "control", "curbs", "restrictions", "ban",
                                             "exporters", "companies", "firms", "makers", "officials"}


def _segment(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The part of the clause around the anchor, cut at commas that open a new clause (a comma
    followed by a government, a person or a verb), not at commas inside lists of goods."""
    lw = _lw(doc)
    def opens_clause(k: int) -> bool:
        m = _mention_at(sent, k + 1)
        if m is not None and m.label in ("COUNTRY", "PERSON", "ORG", "OFFICE"):
            return True
        nxt = lw[k + 1] if k + 1 < hi else ""
        if nxt == "and" and _AND_RATE_ITEM.match(_text(doc), doc[k].idx + 1):
            return False  # "25% on steel, and 10% on aluminium": the next item of the same measure
        if nxt in ("a", "an") and k + 2 < hi and lw[k + 2] in _LIST_NOUNS:
            return False  # "levies on $2bn of US goods, a list whose best-known items are bourbon ..."
        if nxt.endswith("ing") and len(nxt) > 5 and nxt not in _COVERING:
            return True  # "..., deepening a feud that threatens supply chains for chips": a new clause
        return nxt in ("which", "who", "while", "leaving", "sending", "prompting", "days", "after", "before",
                       "when", "as", "but", "the", "a", "and", "its", "it", "in", "on", "saying")
    def and_verb(k: int) -> bool:  # "... to 25% and put Huawei on a blacklist": a second verb phrase
        words = lw
        if words[k] == "and" and _AND_MEASURE.match(_text(doc)[doc[k].idx:doc[k].idx + 60]):
            return True  # "a 15% tariff on coal and a 10% tariff on crude oil": the next measure
        if words[k] == "and" and _and_measure_noun(words, k + 1, hi):
            return True  # "tariffs on US coal and export controls on tungsten": the next measure
        return words[k] == "and" and k + 1 < hi and words[k + 1] in lx.ACTION_WORDS \
            and words[k + 1] not in _NOT_VERBS
    s_lo = lo
    for k in range(a.tok_start - 1, lo - 1, -1):
        if doc[k].text == "," and opens_clause(k) or and_verb(k) \
                or k >= a.tok_start - 4 and (lw[k] in _PHRASE_OPENERS
                                             or lw[k] == "under" and a.instrument in ("agreement", "talks")):
            # (", after", and "wine and whisky with tariffs after a WTO ruling", "cut tariffs on beef under the
            # deal": the goods before belong to the main clause, not to the ruling or the deal)
            s_lo = k + 1
            break

    def subordinate(k: int) -> bool:  # "... tariff truce by 90 days as Nvidia agrees to ...": a new clause
        w = lw[k]
        if not (w in _SUBORDINATORS or w == "as" and lw[k - 1] not in ("such", "as", "well")):
            return False
        m = _mention_at(sent, k + 1)
        return m is not None and m.label in ("COUNTRY", "PERSON", "ORG", "OFFICE", "COMPANY")

    def relative(k: int) -> bool:  # "... for US airlines that have ordered its jets": about another noun
        words = lw
        return words[k] in ("that", "which", "who") and k > a.tok_end + 1 and k + 1 < hi \
            and words[k + 1] in _REL_AUX and words[k - 1] not in _MEASURE_NOUNS
    s_hi = hi
    for k in range(a.tok_end, hi):
        if doc[k].text == "," and opens_clause(k) or and_verb(k) or subordinate(k) or relative(k):
            s_hi = k
            break
    return s_lo, s_hi


# prepositions that open a phrase of their own before an instrument noun: the goods before them
# belong to the main clause ("tariffs on wine after a WTO ruling", "duties on pork amid talks")
_PHRASE_OPENERS = {"after", "amid", "despite", "following", "ahead", "before", "during"}

_AND_RATE_ITEM = re.compile(r"\s*and\s+(?:an?\s+)?" + _RATE_RX + r"\s+(?:on|for)\s", re.I)

_MEASURE_HEADS = frozenset({"ban", "bans", "curbs", "controls", "restrictions", "embargo", "embargoes", "sanctions"})


def _and_measure_noun(words: list[str], k: int, hi: int) -> bool:
    """A measure noun opens the words after "and" ("and export controls", "and a ban", "and new duties")."""
    if k < hi and words[k] in ("a", "an", "new", "fresh"):
        k += 1
    if k < hi and words[k] in ("export", "import") and k + 1 < hi:
        k += 1
    if k < hi and (words[k] in _MEASURE_HEADS or words[k] in lx.INSTRUMENT_WORDS
                   and lx.INSTRUMENT_WORDS[words[k]] in ("tariff", "sanction", "other")):
        return True
    # "a 34% levy and rare-earth curbs", "duties and chip export controls": a measure named by its goods
    for j in range(k, min(hi, k + 4)):
        if words[j] in _MEASURE_HEADS:
            return j > k
        if not (words[j].isalpha() or words[j] == "-") or words[j] in _NOT_GOODS_WORDS:
            return False
    return False


# words that cannot stand in a goods modifier before a measure head ("and then curbs", "and the ban")
_NOT_GOODS_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "then", "later", "also", "new", "to",
                              "on", "of", "for", "with", "by", "in", "said", "would", "will", "could", "other"})


_REL_AUX = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "can"}
# action words that also stand before a noun in a list of goods or measures ("and new ...")
_NOT_VERBS = {"new", "fresh", "higher", "further", "stricter", "tougher", "retaliatory", "ready", "addition",
              "double", "triple", "open", "end", "close", "closed", "hit", "deal", "secure"}

BASE_SUBJECTS = frozenset({
    "all_goods", "rare_earths", "rare_earth_magnets", "critical_minerals", "gallium", "germanium", "graphite",
    "antimony", "ai_chips", "semiconductors", "chipmaking_equipment", "chip_design_software", "ev", "autos",
    "lithium_batteries", "solar_cells", "steel", "aluminum", "aircraft", "defense", "telecom", "soybeans",
    "agricultural_products", "energy", "shipping", "pharmaceuticals", "industrial_goods"})
_STRONG_ALL = re.compile(r"^(all|reciprocal|fentanyl|across|blanket|baseline|universal|each other)", re.I)
_MUTUAL = re.compile(r"^(?:each other|one another)", re.I)


def base_subject(kb: KnowledgeBase, subject: str) -> str | None:
    """The SCHEMA.md vocabulary term a knowledge-base subject falls under (itself, or the nearest
    ancestor), or None for goods outside that vocabulary (toys, furniture)."""
    seen = set()
    cur: str | None = subject
    goods = kb.good_by_subject
    while cur and cur not in seen:
        if cur in BASE_SUBJECTS:
            return cur
        seen.add(cur)
        g = goods.get(cur)
        cur = g.parent if g else None
    return None


# makers of these capital goods are listed for what they make (a drone maker, a robot maker): their
# sector counts although it falls under the generic industrial_goods
_CAPITAL_GOODS = frozenset({"drones", "robots", "machinery", "cranes"})


def firm_sectors(kb: KnowledgeBase, firms) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The sectors of listed firms (their first good, as a vocabulary term); a consumer-goods firm
    gives none."""
    out = []
    for c in firms:
        for g in c.sells[:1]:
            b = base_subject(kb, g)
            if b and (b not in _GENERIC_HEADS or g in _CAPITAL_GOODS):
                out.append(b)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class _Good:
    tok: int
    subject: str | None  # base vocabulary term
    detail: str
    char: int


def _goods_in(doc, sent: Sentence, lo: int, hi: int, a: Anchor, kb: KnowledgeBase) -> list[_Good]:  # type: ignore[no-untyped-def]
    lw = _lw(doc)
    out: list[_Good] = []
    right = 3 if "default:agree" in a.cues else 40 if "purchase" in a.cues else 14
    if "take effect" in a.cues and a.instrument == "agreement" and a.action_tok is not None and a.action_tok >= a.tok_end:
        # "the pact took effect on Friday, cutting duties on wine": the deal's goods are in its own noun
        # phrase; the terms told after its start are their own events (eval/README.md)
        right = min(right, a.action_tok - a.tok_end)
    if a.instrument == "talks" and a.tok_end < len(doc) and lw[a.tok_end] in _TOPIC_PREPS:
        right = 30  # "talks on forced technology transfer, intellectual property, ... and agriculture"
    if any(doc[k].text == "," and lw[k + 1] in ("a", "an") and lw[k + 2] in _LIST_NOUNS
           for k in range(a.tok_end, min(hi, a.tok_end + right) - 2)):
        right = max(right, 30)  # the goods told in an apposition: ", a list whose items are ..."
    if any(lw[k] in _LIST_CUES for k in range(a.tok_end, min(hi, a.tok_end + max(right, 22)))):
        # (the cue may come after a long rate and value: "duties of as much as 100 percent on $2.4 billion
        # of French imports, among them cheese")
        right = max(right, 40)  # "on $30 billion of US goods, including orange juice, ... and pulp and paper"
    if a.instrument in ("leader_call", "talks"):
        # "a phone call with X that Indonesian goods would be charged 19%": what was said, not the topic
        said = next((k for k in range(a.tok_end, min(hi, a.tok_end + right)) if lw[k] == "that"), None)
        if said is not None and any(m.label == "PERSON" and a.tok_end <= m.token_start and m.token_end == said
                                    for m in sent.mentions):
            right = min(right, said - a.tok_end)
    faced = _facing_verb(doc, sent, a, lo)
    rel = _relative_stretches(doc, lo, faced) if faced is not None else []
    for m in sent.mentions:
        if m.label != "GOOD" or not (lo <= m.token_start < hi):
            continue
        listed = a.instrument in _LISTING and a.action_tok is not None and a.action_tok < m.token_start < a.tok_start
        # "Canadian steel and aluminium have faced a 50% U.S. levy since June": the goods that bear it
        listed = listed or "state since" in a.cues and a.action_tok is not None and a.action_tok - 8 <= m.token_start < a.action_tok
        # "Chinese solar panels will face a 50% tariff": the goods that face the rate are its goods
        # (but not the goods of a relative clause on the subject: "Mexico, which sells cars to the US, will be
        # hit with a tariff on tomatoes")
        listed = listed or faced is not None and m.token_end <= faced \
            and not any(s0 < m.token_start < s1 for s0, s1 in rel)
        if m.token_start < a.tok_start - 6 and not listed \
                and not _EXEMPT_FROM_RATE.match(_text(doc)[m.end:doc[a.tok_start].idx]) \
                or m.token_start > a.tok_end + right:
            continue  # (but "spared refined copper from the 50 per cent tariff": the goods of the tariff)
        if m.key == "all_goods" and (not _STRONG_ALL.match(m.text) or _MUTUAL.match(m.text)) \
                and _part_of_goods(doc, sent, m.start):
            continue  # "$200 billion of Chinese goods" is a part of them, not all goods
        if m.key in _GENERIC_HEADS and not _STRONG_ALL.match(m.text) and _listed_after(doc, sent, m.end, hi):
            continue  # "US goods including soybeans", "consumer products such as whisky": the goods listed
        if a.instrument in _NOT_FIRM_TOPICS and m.token_end < len(doc) and lw[m.token_end] in _FIRM_NOUNS:
            continue  # "a case brought by two toy companies": the firms that went to court, not goods
        subject = base_subject(kb, m.key)
        if subject in _CHIP_KINDS and _TOOLS_FOR_MAKING.search(_text(doc), max(sent.start, m.start - 60), m.start):
            subject = "chipmaking_equipment"  # "tools for making logic chips": the tools, not the chips
        out.append(_Good(m.token_start, subject, m.key, m.start))
    if len(out) > 1:
        # (from the first goods: "gallium, used in chips, needs a licence" tells the use before the measure)
        use = _USE_CUE.search(_text(doc), min(doc[a.tok_end - 1].idx, out[0].char),
                              doc[hi - 1].idx + len(doc[hi - 1]))
        if use is not None and any(g.char < use.start() for g in out):
            # "gallium and germanium, two metals used in chips and solar panels": what the goods are for
            out = [g for g in out if g.char < use.start()]
    if len(out) > 1:
        # "batteries for electric vehicles", "magnets for wind turbines": the second names the use
        text = _text(doc)
        ends = {m.start: m.end for m in sent.mentions if m.label == "GOOD"}
        uses = {h.char for g in out for h in out if g.subject not in _GENERIC_HEADS and h.char > g.char
                and _FOR_USE.fullmatch(text, ends.get(g.char, g.char), h.char)}
        out = [g for g in out if g.char not in uses] or out
    if a.instrument == "tariff":
        spared = _exempted_goods(doc, sent, a, kb)
        if spared:
            # "laptops and game consoles would be exempt from the reciprocal tariffs": the goods let off,
            # not the goods of the tariff they are let off
            out = sorted({g.char: g for g in [*(g for g in out if g.detail != "all_goods"), *spared]}.values(),
                         key=lambda g: g.char)
    if a.instrument in ("tariff", "import_restriction") and not out:
        out.extend(_country_goods(doc, sent, lo, hi, a, faced))
    if a.instrument == "tariff" and not out:
        # 'the 34 per cent "reciprocal" tariff', "the 20% tariff imposed over fentanyl": ANNOTATION.md
        # reads reciprocal and fentanyl tariffs as on all goods
        near = _text(doc)[doc[max(lo, a.tok_start - 4)].idx:doc[min(hi, a.tok_end + 10) - 1].idx + 20]
        m = _ALL_GOODS_TARIFF.search(near)
        if m is not None:
            out.append(_Good(a.tok_start, "all_goods", "all_goods", doc[max(lo, a.tok_start - 4)].idx + m.start()))
    if a.instrument == "tariff" and not out and ("rate" in a.cues or _LETTER.search(sent.text) and any(
            q.kind == "rate" and q.unit == "%" for q in sent.quantities)):
        # "the 25% levy Trump had warned of in a letter to Tokyo", "the 25 percent rate he had warned would
        # hit Korea": a country's rate with no goods named is on all its goods
        out.append(_Good(a.tok_start, "all_goods", "all_goods", doc[a.tok_start].idx))
    if a.instrument == "tariff" and not out:
        end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
        m = _ITS_GOODS.match(_text(doc), end)
        if m is not None:
            out.append(_Good(a.tok_end, "all_goods", "all_goods", m.start()))  # "a 19% tariff on its exports"
    if a.instrument == "tariff" and out:
        tail = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
        hi_c = doc[hi - 1].idx + len(doc[hi - 1]) if hi > a.tok_end else tail
        why = _NOT_ITS_GOODS.search(_text(doc), tail, hi_c)
        if why is not None:
            # "a 25% tariff on India over its purchases of Russian oil", "... on Peru, sparing copper": goods
            # told as the reason or as let off are not the tariff's
            out = [g for g in out if g.char < why.start()]
    if a.instrument == "tariff" and (not out or _ON_EVERY_COUNTRY.match(_text(doc), doc[a.tok_end - 1].idx
                                                                    + len(doc[a.tok_end - 1]))):
        c = _rated_country(doc, sent, a, lo, hi)
        if c is not None and not any(g.char < c.start for g in out):
            # "a 40% tariff on Laos"; "a 12% tariff on any country buying oil": the goods it buys are not
            # the tariff's
            out = [_Good(c.token_start, "all_goods", "all_goods", c.start)]
    return sorted(out, key=lambda g: g.tok)


# "tools for making logic chips", "equipment used to produce advanced semiconductors", "machines that make chips"
_CHIP_KINDS = frozenset({"semiconductors", "ai_chips"})
_TOOLS_FOR_MAKING = re.compile(r"\b(?:tools?|equipment|machines?|machinery|gear|systems?|technology|technologies)\s+"
                               r"(?:(?:used|needed|designed)\s+)?(?:for|to|that|which)\s+(?:can\s+)?(?:make|makes|making|"
                               r"produce|produces|producing|manufacture|manufactures|manufacturing|fabricate|fabricating)"
                               r"\s+(?:[\w-]+\s+){0,3}$", re.I)


# between a measure noun and the country it is laid on: "on", or a participle and "on/for" ("the levy
# announced for Switzerland", "the rate imposed on Brazil", "the levy that the president had set for Laos")
_ON_COUNTRY = re.compile(r"\s+(?:(?:(?:that|which)\s+(?:[a-z.]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?)?"
                         r"(?:[a-z]+ed|set|laid|put)\s+)?(?:on|for|against)\s+(?:the\s+)?$")
# the country as the one that receives the rate: "Laos was hit with a 40% tariff", "Chile will face a 10% rate"
_COUNTRY_GETS = re.compile(r"^\s+(?:(?:was|were|is|are|has been|have been|will be|would be|had been)\s+)?"
                           r"(?:hit|slapped|handed|given|saddled|assigned|charged|struck)\s+(?:with\s+)?"
                           r"(?:an?|the)\s+|"
                           r"^\s+(?:(?:will|would|could|now|must|is to|is set to|is due to)\s+)?"
                           r"(?:face|faces|faced|gets|get|got|receives|receive|received|pay|pays)\s+(?:an?|the)\s+", re.I)


# after a tariff: the goods a country is punished for buying, or the goods let off, follow
_NOT_ITS_GOODS = re.compile(
    r"\b(?:over|for|because of|in retaliation for|as (?:a )?(?:punishment|penalty) for|in response to|to punish)\s+"
    r"(?:(?:its|their|his|her|the country's|continued|continuing|ongoing)\s+)*(?:buying|buys|purchases?|purchasing|"
    r"imports? of|importing|sales? of|trade in|dealings in)\b|"
    r"(?:,|\u2014|--)\s*(?:sparing|exempting|excluding|except(?: for)?|but not|other than|with the exception of)\b", re.I)

# a rate laid on every country of a kind: "a 10% tariff on any country aligning with ...", "on all trading partners"
_ON_EVERY_COUNTRY = re.compile(r"\s+(?:(?:[a-z]+ed|set)\s+)?(?:on|for|against)\s+((?:any|every|all|each)\s+(?:other\s+)?"
                               r"(?:countries|country|nations?|trading partners?|economies|economy))\b", re.I)


@dataclass(frozen=True)
class _CountryWord:
    start: int
    token_start: int


def _rated_country(doc, sent: Sentence, a: Anchor, lo: int, hi: int):  # type: ignore[no-untyped-def]
    """A country-wide rate: a tariff with a percentage and no goods, laid on a country named for itself
    ("a 25 per cent tariff on India", "the 31% levy announced for Switzerland", "Laos was hit with a 40%
    tariff"). ANNOTATION.md 6 reads such a rate as on all that country's goods; a rate told by a trade
    value, or on a country's named goods, is not one."""
    lo_c = doc[lo].idx
    hi_c = doc[hi - 1].idx + len(doc[hi - 1]) if hi > lo else lo_c
    if not any(q.kind == "rate" and q.unit == "%" and lo_c <= q.start and q.end <= hi_c for q in sent.quantities):
        return None
    text = _text(doc)
    if _TRADE_VALUE.search(text, lo_c, hi_c):
        return None  # "25% on C$30bn of goods from Canada": a part, told by its value
    end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    start = doc[a.tok_start].idx
    every = _ON_EVERY_COUNTRY.match(text, end)
    if every is not None and every.end() <= hi_c:
        return _CountryWord(every.start(1), a.tok_end)  # "a 10% tariff on any country that ..."
    for m in sent.mentions:
        if m.label != "COUNTRY" or m.kind not in ("name", "capital"):
            continue
        if m.token_start >= a.tok_end and m.token_start <= a.tok_end + 8 and m.token_end <= hi:
            ok = _ON_COUNTRY.fullmatch(" " + text[end:m.start].lower()) is not None
        elif m.token_end <= a.tok_start and m.token_end >= lo and a.tok_start - m.token_end <= 12:
            ok = _COUNTRY_GETS.match(text[m.end:start]) is not None \
                and re.fullmatch(r"[\d.\s%a-z-]*", text[m.end:start].lower()) is not None
        else:
            continue
        if ok and not re.match(r"\s*(?:'s|’s|')", text[m.end:m.end + 3]):
            return m
    return None


def _facing_verb(doc, sent: Sentence, a: Anchor, lo: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token of the verb before a measure whose subject is the goods that bear it ("Indian farm
    goods, including shrimp, face the new duty", "steel imports will be charged a 25% tariff", "US pork
    will be subject to an extra levy", "exports of chips will require a licence"), when no government or
    firm stands between."""
    bear = _BEAR_VERBS.get(a.instrument)
    if bear is None:
        return None
    words = _lw(doc)
    # (the laying country's name may stand between: "have faced a 50% U.S. levy")
    named = _country_tokens(sent)
    k = next((j for j in range(a.tok_start - 1, max(lo, a.tok_start - 10), -1) if words[j] in bear
              or not (words[j].isalpha() or doc[j].like_num or words[j] in ("%", "-", ".") or j in named)), None)
    if k is None or words[k] not in bear:
        return None
    if words[k] in _PASSIVE_BEAR and not (k > lo and words[k - 1] in _BE_WORDS
                                          or k > lo + 1 and words[k - 2] in _BE_WORDS):
        return None  # "charged", "hit", "subject" bear a measure only in the passive ("were hit with")
    if words[k] == "hit" and words[k + 1] != "with":
        return None  # "farmers will be hit hardest by the tariff": who suffers it, not what bears it
    if any(m.label in ("PERSON", "ORG", "COMPANY", "OFFICE") and lo <= m.token_start < k for m in sent.mentions):
        return None
    return k


# verbs whose subject bears the measure after them: "X face/pay/carry/attract a tariff", "X will be charged /
# hit with / subject to / taxed at a levy"; "X need/require a licence", "X are barred by the ban"
_TARIFF_BEAR = frozenset({*_FACE_VERBS, *_CARRY_VERBS, "charged", "hit", "slapped", "subject", "subjected", "taxed",
                          "levied", "assessed", "saddled"})
_LICENCE_BEAR = frozenset({"need", "needs", "needed", "require", "requires", "required", "subject", "subjected",
                           "covered", "hit", "face", "faces", "faced"})
_BEAR_VERBS = {"tariff": _TARIFF_BEAR, "export_control": _LICENCE_BEAR, "import_restriction": _LICENCE_BEAR}
_PASSIVE_BEAR = frozenset({"charged", "hit", "slapped", "subject", "subjected", "taxed", "levied", "assessed",
                           "saddled", "covered"})
_BE_WORDS = frozenset({"be", "is", "are", "was", "were", "been", "being", "become", "becomes", "became"})
_RELATIVE = frozenset({"which", "who", "whose", "that"})
_NOT_RELATIVE_NEXT = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this",
                                "all", "some", "many", "most", "such"})


def _relative_stretches(doc, lo: int, k: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The token spans of relative clauses between ``lo`` and the bearing verb ``k``: ", which sells cars
    to the US," up to its closing comma, "companies that buy chips abroad" (no comma) up to the verb."""
    words = _lw(doc)
    out: list[tuple[int, int]] = []
    for j in range(lo, k):
        if words[j] not in _RELATIVE or out and out[-1][0] < j < out[-1][1]:
            continue
        if j > 0 and doc[j - 1].text == ",":
            out.append((j, next((c for c in range(j + 1, k) if doc[c].text == ","), k)))
        elif j > lo and words[j - 1].isalpha() and not any(w in _SAY_WORDS for w in words[max(0, j - 6):j]) \
                and j + 1 < k \
                and doc[j + 1].text.islower() and doc[j + 1].is_alpha and words[j + 1] not in _NOT_RELATIVE_NEXT:
            out.append((j, k))  # (but "said on Monday that steel imports will face a tariff": what was said)
    return out


_SAY_WORDS = frozenset({"said", "says", "say", "warned", "announced", "added", "noted", "stated", "argued",
                        "believes", "believe", "expects", "expected", "fears", "feared", "claimed", "insisted"})


# events whose goods are a topic, not a list of firms (an entity list takes the sector of the firms listed)
_NOT_FIRM_TOPICS = frozenset({"legal_ruling", "talks", "agreement", "leader_call"})
_FIRM_NOUNS = frozenset({"companies", "company", "firms", "firm", "makers", "maker", "producers", "producer",
                         "manufacturers", "manufacturer", "importers", "importer", "retailers", "retailer", "farmers",
                         "workers", "growers", "executives", "lobby", "lobbyists", "groups", "giant", "giants"})
_FOR_USE = re.compile(r"\s+(?:for|for use in|used in|destined for|bound for)\s+(?:the\s+|use\s+in\s+)?"
                      r"(?:[a-z-]+\s+)?", re.I)
_USE_CUE = re.compile(r"\b(?:(?:widely |commonly |mainly |mostly )?used (?:in|to make|for|by)|for use in|needed (?:for|in|to make)|"
                      r"(?:crucial|critical|essential|vital|key|indispensable) (?:for|to|in)(?! the (?:talks|deal|economy))|"
                      r"found in|that go into|which go into|going into|that power|which power|powering|"
                      r"inputs? (?:for|to|into)|a key input)\b", re.I)

# "added 140 chipmakers and toolmakers to the Entity List", "put rare earths under export controls": the
# goods or firms between the verb and the list or control are what it covers
_LISTING = frozenset({"entity_list", "sanction", "export_control", "import_restriction"})

_EXEMPT_WORDS = frozenset({"exempt", "exempted", "exempts", "exempting", "spared", "spare", "spares", "sparing",
                           "excluded", "exclude", "excludes", "excluding", "carved", "carve", "carves", "carving"})


def _exempted_goods(doc, sent: Sentence, a: Anchor, kb: KnowledgeBase) -> list[_Good]:  # type: ignore[no-untyped-def]
    """The goods let off a tariff told just after "exempt ... from" / "spared ... from" ("electronics
    would be exempt from the tariffs", "exempted potash from the tariff")."""
    words = _lw(doc)
    # ("from its 25 per cent counter-tariffs", "carved out of the reciprocal tariffs")
    frm = next((k for k in range(a.tok_start - 1, max(sent.tok_start, a.tok_start - 8) - 1, -1)
                if words[k] == "from" or words[k] == "of" and words[k - 1] == "out"), None)
    if frm is None:
        return []
    verb = next((k for k in range(frm - 1, max(sent.tok_start, frm - 14) - 1, -1) if words[k] in _EXEMPT_WORDS),
                None)
    if verb is None:
        return []
    start = verb
    for k in range(verb - 1, max(sent.tok_start, verb - 25) - 1, -1):
        if words[k] in (";", ":", "that", "which", "while", "but") or doc[k].text == "," and words[k + 1] in (
                "while", "but", "and", "which", "who"):
            break
        start = k
    return [_Good(m.token_start, base_subject(kb, m.key), m.key, m.start) for m in sent.mentions
            if m.label == "GOOD" and m.key != "all_goods" and start <= m.token_start < frm]


# a generic head followed by the goods it stands for: "a string of US goods, including cars"
_LIST_FOLLOWS = re.compile(r"\s*(?:,|\u2014|--|:)?\s*(?:including|such as|among them|notably|especially|"
                           r"in particular|chiefly|mainly|mostly|like|ranging from|from)\b", re.I)


_LIST_CUES = frozenset({"including", "such", "among", "notably", "especially"})
_GENERIC_HEADS = frozenset({"all_goods", "industrial_goods", "agricultural_products"})


def _listed_after(doc, sent: Sentence, end: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """Named goods follow a generic head ("US goods, including soybeans", "such as bourbon", "from French
    wine to tractors"): the first of them within a few words of the cue."""
    m = _LIST_FOLLOWS.match(_text(doc), end)
    if m is None or _DEAL_RATE_ON_COUNTRY.search(sent.text):
        return False  # (but "a deal that sets a 15% tariff on Japanese goods, including cars": all of them)
    return any(g.label == "GOOD" and g.key not in _GENERIC_HEADS and m.end() < g.start <= m.end() + 24
               and g.token_start < hi for g in sent.mentions)


_EXEMPT_FROM_RATE = re.compile(r"\s+from\s+(?:the|its|their|his|a|this)\s+(?:new\s+)?" + r"(?:up to\s+)?\d[\d.,]*\s*"
                               r"(?:%|per ?cent|percent)\s*$", re.I)

_ITS_GOODS = re.compile(r"\s+on (?:all |most |(?:most|(?:nearly|almost) all) of )?(?:its|their) (?:goods|products|exports|imports|shipments)\b(?! (?:of|worth))",
                        re.I)

_ALL_GOODS_TARIFF = re.compile(r"\b(?:reciprocal|fentanyl|liberation day)\b", re.I)

# participles that tell what a measure covers, not a new clause
_COVERING = {"including", "excluding", "covering", "ranging", "targeting", "affecting", "hitting", "involving",
             "spanning", "encompassing", "containing", "comprising", "concerning", "regarding", "amounting",
             "totaling", "totalling", "following", "according", "allowing", "letting", "enabling", "permitting",
             "requiring", "barring", "banning", "forcing", "obliging", "preventing", "restricting", "limiting",
             "exempting", "sparing", "leaving", "bringing", "raising", "lowering", "cutting", "adding"}
_LIST_NOUNS = {"list", "package", "range", "basket", "slate", "raft", "batch"}
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:us|c|a|hk)\$)\s?\d|\d\s*(?:trillion|billion|million|bn|mn)\b|"
                           r"\b(?:worth|some|certain|list of|range of|other|remaining|more|further|several|"
                           r"many|selected|part of|string of|host of|array of|number of|series of|variety of|"
                           r"dozens of|hundreds of|thousands of|groups? of|categories of|batch(?:es)? of|tranches? of|portions? of|"
                           r"share of|half of|a third of|a quarter of)\b|\b\d[\d,]*\s+(?:[\w.-]+\s+)?$|"
                           r"(?<![\d.,])(?!100(?:\.0+)?\s*(?:%|per ?cent|percent))\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+of\b")
# ("on 91% of European goods": a share of them; but "on 100% of Chinese goods" is all of them)
_ALL_OF_REST = re.compile(r"\ball (?:the )?(?:remaining|other|further)\s+$")
_GOODS_NOUN = r"(?:goods|products|imports|exports|shipments|merchandise)"
_AFTER_COUNTRY = re.compile(r"^(?:-made|-origin|(?:'s|\u2019s)(?=\s+(?:goods|products|exports|shipments|merchandise)))?\s+"
                            + _GOODS_NOUN + r"\b", re.I)
# the goods of a country told by where they come from or are made: "goods imported from Canada", "everything
# coming in from the EU", "products made in Vietnam", "anything else that is shipped from China"
_EVERYTHING = "|".join(lx.EVERYTHING_WORDS)
_WHATEVER = r"(?:goods|products?|items?|imports|exports|shipments|merchandise|" + _EVERYTHING + r")(?:\s+else)?"
_BEFORE_COUNTRY = re.compile(
    r"\b" + _WHATEVER + r"\s+(?:(?:that|which)\s+(?:is\s+|are\s+)?)?(?:(?:imported|coming(?:\s+in)?|shipped|sent|"
    r"arriving|originating|sourced|brought\s+in)\s+)?from\s+(?:the\s+)?$|"
    r"\b" + _WHATEVER + r"\s+(?:(?:that|which)\s+(?:is\s+|are\s+)?)?(?:made|produced|manufactured|assembled|grown)\s+"
    r"in\s+(?:the\s+)?$", re.I)
# "everything Brazil sells to the United States", "anything Mexico ships north": the whole of what it sends
_EVERYTHING_BEFORE = re.compile(r"\b(?:" + _EVERYTHING + r")(?:\s+else)?\s+(?:(?:that|which)\s+)?(?:the\s+)?$", re.I)
_SELLS_AFTER = re.compile(r"^\s+(?:sells|sends|ships|exports|makes|produces|manufactures|supplies|sold|sent|shipped|"
                          r"exported|made|produced|(?:(?:can|could|will|would|does|may|might)\s+)?(?:sell|send|ship|"
                          r"export|make|produce|supply))\b", re.I)


def _part_of_goods(doc, sent: Sentence, start: int) -> bool:  # type: ignore[no-untyped-def]
    """A trade value or a quantifier before "Chinese goods" makes it a part of them."""
    before = _text(doc)[max(sent.start, start - 40):start].lower()
    before = re.split(r"[,;]|\b(?:and|on|against)\b", before)[-1] if re.search(r"\bon\b", before) else before
    if _ALL_OF_REST.search(before):
        return False  # "almost all remaining imports", "all other goods": the whole rest
    return bool(_MONEY_BEFORE.search(before))


_TRADE_VALUE = re.compile(r"(?:[$€£¥]|\b(?:us|c|a|hk)\$)\s?\d|\d\s*(?:trillion|billion|million|bn|mn)\b", re.I)


def _valued_list(doc, a: Anchor, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """The clause after the instrument gives the goods by trade value only ("on $50 billion of each
    other's goods"): eval/README.md reads such a list with no subject."""
    # (up to the next instrument noun: "the duties being removed date from March, when Ottawa answered
    # with a levy on C$30bn of goods": the value is the levy's)
    hi = next((k for k in range(a.tok_end, hi) if lx.INSTRUMENT_WORDS.get(_lw(doc)[k]) in ("tariff", "other")), hi)
    end = doc[hi - 1].idx + len(doc[hi - 1]) if hi > a.tok_end else doc[a.tok_end - 1].idx
    return bool(_TRADE_VALUE.search(_text(doc)[doc[a.tok_end - 1].idx:end]))


_BOTH_TARIFFS = re.compile(r"\b(?:each other.s|mutual|bilateral) (?:tariffs|duties|levies)\b|"
                           r"\b(?:tariffs|duties|levies)\b[^.;]{0,40}\b(?:on|against) (?:each other|one another)\b",
                           re.I)

_DEAL_RATE_ON_COUNTRY = re.compile(
    r"\b\d[\d.]*\s*(?:%|per ?cent|percent)\s+(?:tariff|duty|levy|rate|ceiling)\s+on\s+(?:most of\s+|all of\s+|nearly all\s+)?"
    r"(?:its|their)\s+(?:goods|exports|products)\b|"
    r"\b[A-Z][a-z]+(?:ese|ian|can|ish|an|i)\s+(?:goods|exports|imports|products)\s+(?:will|would)\s+(?:face|pay|be charged)\s+"
    r"(?:an?\s+)?\d[\d.]*\s*(?:%|per ?cent|percent)|"
    r"\b(?:sets?|setting|fix(?:es|ing)?)\s+an?\s+\d[\d.]*\s*(?:%|per ?cent|percent)\s+(?:tariff|duty|levy|rate)\s+on\s+"
    r"[A-Z][a-z]+(?:ese|ian|can|ish|an|i)\s+(?:goods|exports|imports|products)\b")


def _deal_on_all_goods(doc, sent: Sentence, at: int | None = None) -> bool:  # type: ignore[no-untyped-def]
    """A deal is about all goods when its sentence tells of tariffs on all of a side's goods ("US duties
    on Chinese goods will drop to 30%", "agreed to cut their tariffs"); ANNOTATION.md gives talks and
    deals the goods they are about only if stated, and none for a list given by value."""
    if _BOTH_TARIFFS.search(sent.text):
        return True
    if _DEAL_RATE_ON_COUNTRY.search(sent.text):
        return True  # "a deal under which Korean exports will face a 15% tariff": a rate on all of a side's goods
    return any(m.label == "GOOD" and m.key == "all_goods"
               and (_STRONG_ALL.match(m.text) and not _MUTUAL.match(m.text)
                    or not _part_of_goods(doc, sent, m.start))
               and not (at is not None and (m.end <= at and _OTHER_CLAUSE.search(_text(doc)[m.end:at])
                                            or m.start > at and _LATER_CLAUSE.search(_text(doc)[at:m.start])))
               for m in sent.mentions)


# between goods and a deal: the two are in clauses of their own ("a pause on tariffs on Chinese goods,
# hours before the truce agreed in May was due to lapse", "the truce follows an escalation, when Trump
# threatened a tariff on Chinese goods")
_LATER_CLAUSE = re.compile(r",\s*(?:when|while|whereas)\b", re.I)
_OTHER_CLAUSE = re.compile(r"\b(?:before|after|amid|despite|following|while|when|as|since|until)\b", re.I)


def _country_goods(doc, sent: Sentence, lo: int, hi: int, a: Anchor, faced: int | None) -> list[_Good]:  # type: ignore[no-untyped-def]
    """"imports from Mexico", "all goods imported from Canada", "Vietnamese products": a country's
    goods without a trade value are all of its goods."""
    text = _text(doc)
    out: list[_Good] = []
    first = a.tok_start - 6
    if a.action_tok is not None and a.action_tok < a.tok_start and _lw(doc)[a.action_tok] in _FACE_VERBS:
        first = min(first, a.action_tok - 4)  # "Korean exports will face a 15 percent tariff"
    if faced is not None:
        first = min(first, lo)  # "Indian shipments to America will face a 50% duty"
    for m in sent.mentions:
        if m.label != "COUNTRY" or not (lo <= m.token_start < hi) or m.token_start < first \
                or m.token_start > a.tok_end + 14:
            continue
        after = text[m.end:m.end + 30]
        mb = _AFTER_COUNTRY.match(after)
        if mb is not None:
            if _part_of_goods(doc, sent, m.start):
                continue
            out.append(_Good(m.token_start, "all_goods", "all_goods", m.start))
            continue
        before = text[max(sent.start, m.start - 40):m.start]
        if _EVERYTHING_BEFORE.search(before) and _SELLS_AFTER.match(after):
            out.append(_Good(m.token_start, "all_goods", "all_goods", m.start))
            continue
        mb2 = _BEFORE_COUNTRY.search(before)
        if mb2 is not None and not _part_of_goods(doc, sent, m.start - len(before) + mb2.start()):
            out.append(_Good(m.token_start, "all_goods", "all_goods", m.start))
    return out[:1]


def _subjects(goods: list[_Good]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(g.subject for g in goods if g.subject))


def _rates_for(doc, sent: Sentence, a: Anchor, lo: int, hi: int) -> list[Quantity]:  # type: ignore[no-untyped-def]
    """Rates written next to the instrument: "145% and 125% tariffs", "tariffs of 25%", "to 34 per cent"."""
    start_char = doc[a.tok_start].idx
    end_char = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    lo_char = doc[lo].idx
    hi_char = doc[hi - 1].idx + len(doc[hi - 1]) if hi > lo else end_char
    out: list[Quantity] = []
    for q in sent.quantities:
        if q.kind != "rate" or q.start < lo_char or q.end > hi_char:
            continue
        if q.end <= start_char:
            gap = _text(doc)[q.end:start_char]
            if len(gap.split()) <= 4 and not re.search(r"[;:,]|\b(?:when|after|as|while|with)\b", gap):
                out.append(q)
        elif q.start >= end_char:
            gap = _text(doc)[end_char:q.start]
            if _EXISTING_RATE.search(gap):
                continue  # "added a 25% tariff on autos to an existing 2.5% charge": a rate already there
            if out and _SUM_TOLD.search(gap):
                continue  # "a 30% tariff, bringing the total duty to 45%": the same measure told as a sum
            if out and _RATE_OTHER_CLAUSE.search(_text(doc)[out[-1].end:q.start]):
                continue  # "duties double to 50% as Britain keeps its 25% rate": a rate of another clause
            if out and out[-1].end <= q.start and _AND_GAP.match(_text(doc)[out[-1].end:q.start]):
                out.append(q)  # "taking them to 50 percent and 20 percent": a coordinated rate
            elif out and len(gap.split()) <= 25 and ";" not in gap and _AND_BEFORE_RATE.search(gap) \
                    and _ON_AFTER_RATE.match(_text(doc), q.end):
                out.append(q)  # "100% on electric cars and 25% on steel": the rate of a second list item
            elif len(gap.split()) <= 10 and re.search(r"\b(of|at|to|by|from|up to|rate|rates|as high as|as much as|near|"
                                                   r"about|around|roughly|approximately|close to|nearly|some)\b", gap) \
                    and not re.search(r"[;]|\b(?:when|while|fell|dropped|rose|shares|index)\b", gap):
                out.append(q)
        elif "rate" in a.cues and start_char <= q.start and q.end <= end_char:
            # the rate is the anchor: "Mexican goods would face 30%"; with the rates of the next list
            # items: "will put 25% on steel and 10% on aluminium"
            out = [q]
            for r in sent.quantities:
                if r.kind == "rate" and r.start > out[-1].end and r.end <= hi_char \
                        and len(_text(doc)[out[-1].end:r.start].split()) <= 25 \
                        and ";" not in _text(doc)[out[-1].end:r.start] \
                        and _AND_BEFORE_RATE.search(_text(doc)[out[-1].end:r.start]) \
                        and _ON_AFTER_RATE.match(_text(doc), r.end):
                    out.append(r)
            return out
        elif a.action_tok is not None:
            pass
    # "a 5% tariff ... would climb in monthly steps to as much as 25%": the later level of the same measure
    if out and a.action != "raise":  # ("the 25% duty will rise to 30%": the raise takes the new rate alone)
        later = next((r for r in sent.quantities if r.kind == "rate" and r.unit == out[-1].unit
                      and r.start > out[-1].end and r not in out
                      and _CLIMBS_TO.search(_text(doc)[out[-1].end:r.start])), None)
        if later is not None and ";" not in _text(doc)[out[-1].end:later.start]:
            out.append(later)
    # "raised from 10% to 25%" with the new rate past the clause window: the new rate, not the old
    for k, q in enumerate(out):
        if _FROM_BEFORE.search(_text(doc)[max(sent.start, q.start - 6):q.start]):
            new = next((r for r in sent.quantities if r.kind == "rate" and r.unit == q.unit and r.start > q.end
                        and _TO_BETWEEN.fullmatch(_text(doc)[q.end:r.start])), None)
            if new is not None and new not in out:
                out[k] = new
    # "raised from 10% to 25%": the new rate
    if len(out) == 2:
        between = _text(doc)[out[0].end:out[1].start]
        before = _text(doc)[max(0, out[0].start - 8):out[0].start]
        if re.search(r"\bto\b", between) and re.search(r"\bfrom\b", before):
            return [out[1]]  # "from 10% to 25%": the new rate
        if re.search(r"\bfrom\b", between) and re.search(r"\bto\b", before):
            return [out[0]]  # "to 30% from 145%"
        if a.action == "raise" and _CLIMBS_TO.search(between):
            return [out[1]]  # "the 12% duty will rise to 18%": the raise, at its new rate
        if re.fullmatch(r"\s*and\s*", between) and re.search(r"\bbetween\s*$", before):
            return [out[0]]  # "deposits of between 30.6% and 39%": one measure, its range told by its ends
    return out


_AND_GAP = re.compile(r"^\s*,?\s*and\s+$")
_AND_BEFORE_RATE = re.compile(r"(?:,|\band)\s+(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?$", re.I)
_ON_AFTER_RATE = re.compile(r"\s+(?:one\s+|ones\s+)?(?:on|for)\s", re.I)  # ("a 10 per cent one on aluminium")  # (a rate with its own instrument noun is its own anchor)


def _pair_rates_goods(rates: list[Quantity], goods: list[_Good],
                      text: str = "") -> list[tuple[Quantity, tuple[str, ...]]]:
    """"25 percent on steel and 10 percent on aluminum": each rate with the goods after it (up to
    the next rate); else "on cars to 120 percent, on spirits to 140 percent": each rate with the
    goods before it (back to the previous rate); else "on steel and aluminum, to 50 percent and 20
    percent respectively": goods and rates in order. Empty unless there are several rates and
    each finds goods."""
    if text:
        # "20 per cent on steel, and 8 per cent on the rest": the last rate covers all other goods
        rest = [_Good(-1, "all_goods", "the rest", q.end + 1) for q in rates[1:] if _THE_REST.match(text, q.end)]
        goods = sorted(goods + rest, key=lambda g: g.char) if rest else goods
    if len(rates) < 2 or len(goods) < 2:
        return []
    after = _each_rate(rates, goods, lambda k, q: (q.end, rates[k + 1].start if k + 1 < len(rates) else 10**9))
    if after is not None:
        return after
    before = _each_rate(rates, goods, lambda k, q: (rates[k - 1].end if k else -1, q.start))
    if before is not None:
        return before
    if text and _RESPECTIVELY.match(text, rates[-1].end):
        before = [g for g in goods if g.char < rates[0].start]
        if len(before) == len(rates) and len({g.detail for g in before}) == len(before):
            return [(q, _subjects([g])) for q, g in zip(rates, before, strict=True)]
    return []


def _each_rate(rates: list[Quantity], goods: list[_Good],
               span: Callable[[int, Quantity], tuple[int, int]]) -> list[tuple[Quantity, tuple[str, ...]]] | None:
    """Each rate with the goods inside its character span, or None when a rate finds none."""
    out: list[tuple[Quantity, tuple[str, ...]]] = []
    for k, q in enumerate(rates):
        lo, hi = span(k, q)
        subj = _subjects([g for g in goods if lo <= g.char < hi])
        if not subj:
            return None
        out.append((q, subj))
    return out


_THE_REST = re.compile(r"\s+(?:ones?\s+)?(?:on|for)\s+(?:all\s+)?(?:the\s+rest|the\s+remainder|the\s+others)\b"
                       r"(?!\s+of\s+the\s+(?:year|week|month|day|decade|session))", re.I)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)


def _duration(sent: Sentence, doc, a: Anchor) -> str | None:  # type: ignore[no-untyped-def]
    start_char = doc[a.tok_start].idx
    best: Quantity | None = None
    for q in sent.quantities:
        if q.kind == "duration" and abs(q.start - start_char) < 80:
            best = q
            break
    if best is None:
        return None
    n = int(best.value) if best.value == int(best.value) else best.value
    unit = best.unit if n != 1 else best.unit.rstrip("s")
    return f"{n} {unit}"


_CLIMBS_TO = re.compile(r"\b(?:rise|rises|rising|climb|climbs|climbing|increase|increases|increasing|go up|goes up|"
                        r"going up|jump|jumps|jumping|escalate|escalates|escalating|step up|steps up|stepping up)\b"
                        r"[^.;:%]{0,40}?\bto\s+(?:as much as\s+|up to\s+|as high as\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+)?", re.I)
_SUM_TOLD = re.compile(r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|lift|lifts|lifting|push|pushes|"
                       r"pushing|raise|raises|raising|put|puts|putting)\s+(?:the|its|their)\s+(?:total|overall|"
                       r"combined|cumulative|effective)\b|\b(?:for|to) a (?:total|combined|cumulative)\b", re.I)
_RATE_OTHER_CLAUSE = re.compile(r"\b(?:as|while|whereas|when|but|because|although|though|"
                                r"unless|if)\b|[;(]", re.I)
_EXISTING_RATE = re.compile(r"\b(?:existing|current|standard|regular|normal|usual|prevailing)\s+$", re.I)

_PARENT = {"rare_earth_magnets": "rare_earths", "rare_earths": "critical_minerals", "gallium": "critical_minerals",
           "germanium": "critical_minerals", "graphite": "critical_minerals", "antimony": "critical_minerals",
           "ai_chips": "semiconductors", "ev": "autos", "soybeans": "agricultural_products"}


def _lineage(subject: str) -> set[str]:
    out = {subject}
    while subject in _PARENT:
        subject = _PARENT[subject]
        out.add(subject)
    return out


def _related(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Subjects overlap, counting a good and its kind ("soybeans" and "farm goods") as the same."""
    la = set().union(*(_lineage(x) for x in a)) if a else set()
    lb = set().union(*(_lineage(x) for x in b)) if b else set()
    return bool(set(a) & lb or set(b) & la)


# "the metals tariffs", "duties on both metals", "a quota for European metal": the metals the article names
# stand behind a class noun that names a measure's goods
_METAL_CLASS = re.compile(
    r"\bmetals?(?:\s+|-)(?:tariffs?|duties|duty|levies|levy|safeguards?|quotas?|surcharges?|measures|dispute|"
    r"feud|row|quarrel|truce|deal|pact|settlement|exemptions?)\b|"
    r"\b(?:both|the two|these|those|the|all three|the three)\s+metals\b|"
    r"\b(?:[A-Z][a-z]+(?:an|ean|ese|ish|ian|can|i)|U\.?S\.?|EU|imported|foreign)\s+metals?\b(?!\s+(?:prices?|markets?|"
    r"traders?|companies|firms|makers|producers|industry|sector|stocks|shares))")
_METAL_KEYS = frozenset({"steel", "aluminum", "copper", "nickel", "zinc", "lead_metal", "tin"})


# "duties on Chinese cells and modules", "a quota on imported panels": a bare noun that stands for the
# kind of good the article is about (solar cells, or battery cells)
_BARE_CELLS = re.compile(r"\b(?:on|of|for|to)\s+(?:(?:the|imported|foreign|[A-Z][a-z]+(?:ese|an|ian|ish|can|i))\s+)?"
                         r"(?:cells|modules|panels|wafers|packs)\b")
_CELL_KINDS = ("solar_cells", "lithium_batteries")


# a rate tied to a quota with no goods of its own: "on anything above the quota", "on shipments beyond
# that quota", "the out-of-quota tariff", "the volume that may enter tariff-free"
_QUOTA_TIED = re.compile(
    r"\b(?:anything|everything|imports|shipments|volumes?|goods|tonnes|tons|amounts?|quantities)\s+(?:above|beyond|"
    r"over|exceeding|in excess of|outside)\s+(?:the|that|this|its|their|those|these|each)\s+(?:\w+\s+)?quotas?\b|"
    r"\b(?:out-of-quota|over-quota|above-quota)\b|"
    r"\b(?:volumes?|quantity|quantities|amount|tonnage)\s+(?:that|which)\s+(?:may|can|could|is allowed to|are allowed to)"
    r"\s+enter\b[^.;]{0,30}?\b(?:tariff|duty)-free\b", re.I)


def article_class_goods(mentions, kb: KnowledgeBase) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The metals an article names (its steel, aluminium, copper ...), as vocabulary terms in order;
    then, after a blank, the kind of cells it is about (solar or battery), if one; then, after another
    blank, the good it names most, if one stands out."""
    metals = tuple(dict.fromkeys(b for m in mentions if m.label == "GOOD" and m.key in _METAL_KEYS
                                 for b in (base_subject(kb, m.key),) if b))
    kinds = {b for m in mentions if m.label == "GOOD" for b in (base_subject(kb, m.key),) if b in _CELL_KINDS}
    # the good the article is about: named most often, at least twice, and more often than any other
    told = Counter(b for m in mentions if m.label == "GOOD" for b in (base_subject(kb, m.key),)
                   if b and b not in _GENERIC_HEADS)
    top = told.most_common(2)
    topic = (top[0][0],) if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else ()
    return (*metals, "", *(kinds if len(kinds) == 1 else ()), "", *topic)


def class_noun_goods(d, text: str, told: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A measure with no goods of its own (or only all goods) named by "metals" takes the article's
    metals; one on bare "cells and modules" takes the kind of cells the article is about."""
    if d.subject not in ((), ("all_goods",)):
        return d
    k = told.index("")
    j = told.index("", k + 1)
    metals, cells, topic = told[:k], told[k + 1:j], told[j + 1:]
    s = d.sentence
    lo, hi = max(s.start, d.evidence[0] - 14), min(s.end, d.evidence[1] + 2)
    if not d.subject and d.instrument == "tariff" and topic:
        # "the levy on anything above the quotas", "the out-of-quota duty": the goods of the quota, which
        # the article names as its topic
        m = _QUOTA_TIED.search(text, max(s.start, d.evidence[0] - 40), min(s.end, d.evidence[1] + 60))
        if m is not None:
            return replace(d, subject=topic, cues=[*d.cues, "quota goods"])
    for rx, goods in ((_METAL_CLASS, metals), (_BARE_CELLS, cells)):
        if not goods:
            continue
        m = rx.search(text, lo, hi)
        if m is not None and m.end() > d.evidence[0] - 1 and m.start() < d.evidence[1]:
            return replace(d, subject=goods, cues=[*d.cues, "class noun"])
    return d


# words between a definite article and the measure noun of a back-reference ("the 25% levy", "the new duties")
_BACK_MODIFIERS = frozenset({"%", "per", "cent", "percent", "-", "new", "additional", "extra", "higher", "planned",
                             "threatened", "proposed", "initial", "original", "punitive", "same", "u.s.", "us",
                             "american", "across-the-board"})
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# any other lower-case modifier ("the hefty levies", "the temporary export duty", "the emergency levy"), but
# not one that sets the measure apart from the one told before
_BACK_ADJECTIVE = re.compile(r"^[a-z][a-z-]+$")
_NOT_BACK_WORDS = frozenset({"other", "another", "further", "separate", "second", "next", "future", "more", "of",
                             "and", "or", "on", "to", "for", "with", "by", "from", "in", "at", "a", "an", "such",
                             "any", "all", "no", "some", "both", "its", "their"}) | _BACK_DETERMINERS
# "doubled its tariff", "Canberra's levy": a possessive stands for the owner's measure told before
_BACK_POSSESSIVES = frozenset({"its", "their", "'s", "\u2019s"})


def _back_reference(doc, a: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The anchor is a definite noun phrase standing for a measure told before ("the tariff", "the 25%
    levy", "these duties"), not a description of its own ("the tariffs that X imposed in 2018")."""
    words = _lw(doc)
    # (from the measure noun, the anchor's last word: an anchor told with its verb, "resumed the purchases",
    # "lifted the ban", has its determiner inside)
    head = a.tok_end - 1
    k = head - 1
    # (not past the line's start: a headline's words are not the body's)
    start = a.tok_start
    while start > 0 and not doc[start].is_sent_start and "\n" not in doc[start - 1].text:
        start -= 1
    while k >= start and head - k <= 5 and (words[k] in _BACK_MODIFIERS or doc[k].like_num
                                               or _BACK_ADJECTIVE.match(doc[k].text) and words[k] not in _NOT_BACK_WORDS):
        k -= 1
    if k < start or words[k] not in _BACK_DETERMINERS and words[k] not in _BACK_POSSESSIVES:
        return False
    return not (a.tok_end < len(doc) and words[a.tok_end] in _NOT_BACK_NEXT)


# after the measure noun: a relative clause describing it, or a compound ("the tariff list", "the tariff order")
_NOT_BACK_NEXT = frozenset({"that", "which", "imposed", "levied", "introduced", "list", "lists", "schedule", "order",
                            "orders", "plan", "plans", "regime", "code", "system", "exclusion", "exclusions",
                            "exemption", "exemptions", "threat", "threats", "war", "wars", "truce", "dispute"})


def mark_back_reference(d, doc, a: Anchor):  # type: ignore[no-untyped-def]
    """Mark a tariff with no goods of its own named by a definite back-reference ("the tariff", "the 25%
    levy", "these duties"): :func:`back_reference_goods` gives it the goods of the measure it stands for."""
    if d.instrument not in _BACK_INSTRUMENTS or d.subject or "by value" in d.cues or not _back_reference(doc, a):
        return d
    return replace(d, cues=[*d.cues, _BACK_CUE])


_BACK_CUE = "back reference"
# measures of goods: "the ban took hold", "the controls apply from Friday" stand for the ban or controls told before
_BACK_INSTRUMENTS = frozenset({"tariff", "export_control", "import_restriction"})


def back_reference_goods(drafts: list) -> list:  # type: ignore[type-arg]
    """"Trump announced the tariff on Aug. 6", "warned that it could reimpose the duty": a tariff named by
    a definite back-reference with no goods of its own is the government's tariff told last before it
    (on the same target), and has its goods; none when that one was given by value only."""
    out = list(drafts)
    for k, d in enumerate(drafts):
        if _BACK_CUE not in d.cues or d.subject or d.actor is None:
            continue
        # (the last one that tells goods or a trade value: one that tells neither is no help)
        told = [p for p in drafts[:k] if p.instrument == d.instrument and p.actor == d.actor
                and (p.subject or "by value" in p.cues) and p.evidence[0] < d.evidence[0]
                and (d.target is None or p.target == d.target)]
        if not told or "by value" in told[-1].cues:
            continue
        # (several measures of that government told together with other goods: no telling which)
        if len({p.subject for p in told if p.sentence is told[-1].sentence}) > 1:
            continue
        out[k] = replace(d, subject=told[-1].subject, cues=[*d.cues, "subject:back reference"])
    return out
