"""Across sentences: the parties and dates an event does not tell itself, filled from the rest of the
article (the company named before, the governments of the story, the last date of the paragraph)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tradeshock.extract.dates import DateMention, resolve_anchor
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.events.common import (
    _BOTH_SIDES,
    _CARRY_VERBS,
    _COMPANY_TARGETED,
    _EXCEPT_RX,
    _FACE_VERBS,
    _GENERIC_SECTORS,
    _LETTER,
    _MEASURES,
    _NOT_GOVERNMENT,
    _PACT_NOUNS,
    _TARIFF_RX,
    _THE_FIRMS_GOODS,
    FACT_STATUS,
    SPEECH_VERBS,
    SYMMETRIC,
    _lw,
    _mention_at,
    already_in_place,
)
from tradeshock.extract.events.goods import base_subject
from tradeshock.extract.events.parties import (
    _BOUGHT_FOR,
    _EU_MEMBERS,
    _LOCATION_PREPS,
    _TARGET_PREPS,
    _VENUE_NOUNS,
    BLOC,
    _bought_for,
    _in_place_list,
    _parties,
    _place_in_name,
)
from tradeshock.extract.events.records import Draft
from tradeshock.extract.events.timing import _if_clause, _paragraph_dates
from tradeshock.kb import KnowledgeBase

_COUNTER = re.compile(r"\bcounter-?(?:measures?|tariffs?|duties|levies)\b", re.I)


def _the_company(drafts: list[Draft], document: Document, kb: KnowledgeBase) -> list[Draft]:
    """"It ordered operators ... to stop buying the company's products": the company last named in
    this sentence or the two before; the measure is aimed at its country and its sector."""
    by_name = kb.company_by_name
    out: list[Draft] = []
    for d in drafts:
        s = d.sentence
        m = _THE_FIRMS_GOODS.search(s.text, max(0, d.evidence[0] - s.start))
        if d.instrument in _COMPANY_TARGETED and m is not None and s.start + m.start() < d.evidence[1] + 40 \
                and d.target is None:
            at = s.start + m.start()
            named = [x for x in document.mentions if x.label == "COMPANY" and x.key in by_name and x.start < at
                     and x.start >= document.sentences[max(0, s.index - 2)].start]
            firm = by_name[named[-1].key] if named else None
            if firm is not None and firm.country and firm.country != d.actor:
                sectors = [x for x in (base_subject(kb, g) for g in firm.sells[:1]) if x and x not in _GENERIC_SECTORS]
                d = replace(d, target=firm.country, subject=d.subject or tuple(sectors), cues=[*d.cues, "the company"])
        out.append(d)
    return out


_THESE_GOODS = re.compile(r"\b(?:these|those|such|the same)\s+(?:[\w-]+\s+)?(?:devices|products|goods|items|"
                          r"machines|appliances|gadgets|imports|shipments|wares)\b", re.I)


def _these_goods(drafts: list[Draft], document: Document, kb: KnowledgeBase) -> list[Draft]:
    """"imports of these devices were restricted": the goods named in the nearest sentence before
    (up to two back) that names any."""
    out: list[Draft] = []
    for d in drafts:
        s = d.sentence
        if not d.subject and d.instrument in _MEASURES and _THESE_GOODS.search(
                s.text[max(0, d.evidence[0] - s.start - 20):d.evidence[1] - s.start]):
            for back in (1, 2):
                if s.index - back < 0:
                    break
                prev = document.sentences[s.index - back]
                goods = tuple(dict.fromkeys(g for g in (base_subject(kb, m.key) for m in document.mentions
                                                        if m.label == "GOOD" and prev.start <= m.start < prev.end)
                                            if g))
                if goods:
                    d = replace(d, subject=goods, cues=[*d.cues, "these goods"])
                    break
        elif not d.subject and d.instrument in _MEASURES:
            d = _the_class_noun(d, document, kb)
        out.append(d)
    return out


# "imports of the metal", "duties on the crop": a class noun standing for goods named before it
_THE_CLASS = re.compile(r"\b(?:on|of|for|to)\s+(?:the|this|that|these|those)\s+(?P<noun>metals?|alloys?|crops?|"
                        r"commodit(?:y|ies)|grains?|oilseeds?|fuels?|drinks?|beverages?|fibres?|fibers?)\b", re.I)
_METALS = frozenset({"steel", "aluminum", "critical_minerals", "rare_earths", "gallium", "germanium", "antimony"})
_FARM = frozenset({"agricultural_products", "soybeans"})
_CLASS_BASES: dict[str, frozenset[str] | None] = {
    "metal": _METALS, "alloy": _METALS, "crop": _FARM, "grain": _FARM, "oilseed": _FARM, "drink": _FARM,
    "beverage": _FARM, "fuel": frozenset({"energy"}), "fibre": None, "fiber": None, "commodity": None}


def _the_class_noun(d: Draft, document: Document, kb: KnowledgeBase) -> Draft:
    s = d.sentence
    m = _THE_CLASS.search(s.text, max(0, d.evidence[0] - s.start - 20), max(0, d.evidence[1] - s.start + 40))
    if m is None:
        return d
    noun = m.group("noun").lower()
    noun = "commodity" if noun.startswith("commodit") else noun.rstrip("s")
    allowed = _CLASS_BASES.get(noun)
    at = s.start + m.start()
    # the goods named last before the noun: in its own sentence, else one or two sentences back
    for k in range(s.index, max(-1, s.index - 3), -1):
        sent = document.sentences[k]
        bases = [b for g in document.mentions if g.label == "GOOD" and sent.start <= g.start < min(sent.end, at)
                 for b in (base_subject(kb, g.key),) if b and b != "all_goods" and (allowed is None or b in allowed)]
        if bases:
            return replace(d, subject=(bases[-1],), cues=[*d.cues, "class noun"])
    return d


# what a measure covers, told by a verb whose subject is the measure ("which apply to X", ", targeting X",
# "; the measure hits X", "The levies cover X", "It falls mostly on X", "They include X")
_COVER_ADV = r"(?:(?:mainly|mostly|largely|chiefly|primarily|principally|heavily|hardest|only|also|particularly|especially)\s+)?"
_COVER_VERB = (r"(?:cover|covers|covered|covering|apply to|applies to|applied to|applying to|hit|hits|hitting|"
               r"target|targets|targeted|targeting|include|includes|included|including|affect|affects|affected|"
               r"affecting|extend to|extends to|extending to|range from|ranges from|ranging from|span|spans|spanning|"
               r"take in|takes in|(?:(?:is|are|was|were|will be)\s+" + _COVER_ADV + r")?"
               r"(?:aimed|directed|levied|charged|focused|concentrated)\s+" + _COVER_ADV + r"(?:at|on)|"
               r"(?:fall|falls|fell|falling)\s+" + _COVER_ADV + r"on)\b")
_MEASURE_WORD = (r"(?:measures?|levies|levy|duties|duty|tariffs?|surtax(?:es)?|surcharges?|rates?|curbs|controls|"
                 r"restrictions|bans?|list|package|move|step|decision|retaliation|countermeasures)")
# after the measure's own clause, in its sentence
_COVER_HERE = re.compile(
    r"\s*+(?:(?<=\s)(?:on|from|in|by|with effect from)\s+[A-Z]\w+(?:\s+\d{1,2})?\s*+)?"
    r"(?:,\s*(?:(?:which|that)\s+(?:will\s+|would\s+)?|(?:an?|the)\s+(?:[\w-]+\s+)?" + _MEASURE_WORD + r"\s+"
    r"(?:that\s+|which\s+)?(?:will\s+|would\s+)?)?|;\s*(?:the|these|those|its|their|it|they)\s+(?:[\w-]+\s+)?"
    r"(?:" + _MEASURE_WORD + r"\s+)?(?:will\s+|would\s+)?|(?<=\s)(?:which|that)\s+(?:will\s+|would\s+)?)"
    + _COVER_ADV + _COVER_VERB + r"|\s*+(?:(?:which|that)\s*+)?" + _COVER_ADV + _COVER_VERB, re.I)
# a relative clause of coverage the measure's own evidence runs into ("tariffs on Thai imports on Wednesday
# that will apply to cement")
_COVER_WITHIN = re.compile(r"[\s,](?:which|that)\s+(?:will\s+|would\s+)?" + _COVER_ADV + _COVER_VERB, re.I)
# the next sentence, about the measure told at the end of the one before
_COVER_NEXT = re.compile(
    r"^\W*(?:(?:the|these|those|its|their|both)\s+(?:[\w-]+\s+){0,3}?" + _MEASURE_WORD + r"|it|they)"
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:will\s+|would\s+)?" + _COVER_ADV + _COVER_VERB
    + r"|^\W*among\s+(?:the\s+)?(?:goods|products|items|imports|exports|shipments)\s+(?:[\w-]+\s+)?"
      r"(?:affected|covered|targeted|hit|listed|on the list)\s+(?:are|were|will be)\b", re.I)
# "Rice, cars and tobacco are on the list": the goods before the cue
_LISTED_NEXT = re.compile(r"\s(?:are|were|will be)\s+(?:also\s+)?(?:on the list|among the (?:goods|products|items)"
                          r"(?: affected| covered| targeted| hit)?|affected|covered|targeted)\s*[.;]", re.I)
_COVER_END = re.compile(r"[;]|\s(?:but|while|whereas|although|though)\s|,\s*(?:said|says|according)\b", re.I)
_WEAK_ALL = re.compile(r"\b(?:all|every|everything|reciprocal|fentanyl|across-the-board|blanket|baseline|universal|"
                       r"whole)\b", re.I)
_COVER_INSTRUMENTS = frozenset({"tariff", "import_restriction", "export_control"})


def _told_goods(document: Document, kb: KnowledgeBase, start: int, end: int) -> tuple[str, ...]:
    """The vocabulary terms of the goods named between two offsets ("all Chinese goods" counts as all
    goods only with a word of all; a country's goods after a number or value are a part of them)."""
    out = []
    for m in document.mentions:
        if m.label != "GOOD" or not start <= m.start < end:
            continue
        b = base_subject(kb, m.key)
        if b is None or b == "all_goods" and not _WEAK_ALL.match(m.text):
            continue
        out.append(b)
    return tuple(dict.fromkeys(out))


def _clause_end(text: str, at: int, end: int) -> int:
    m = _COVER_END.search(text, at, end)
    return m.start() if m is not None else end


def _coverage_goods(drafts: list[Draft], document: Document, kb: KnowledgeBase) -> list[Draft]:
    """Goods a measure is said to cover in a clause of its own ("tariffs on Ugandan products, which
    apply to sugar and maize"; "a 40% duty on Ecuadorian imports, a measure aimed at crude oil") or in
    the next sentence ("... on Bolivian imports. The levies cover cement and glass."): the goods of a
    measure with none, or in place of the whole of a country's goods (not when told as all of them)."""
    text = document.text
    sentences = document.sentences
    out = list(drafts)
    last_in: dict[int, int] = {}
    for k, d in enumerate(drafts):
        if d.instrument in _COVER_INSTRUMENTS:
            j = last_in.get(d.sentence.index)
            if j is None or drafts[j].evidence[1] <= d.evidence[1]:
                last_in[d.sentence.index] = k
    for k, d in enumerate(drafts):
        if d.instrument not in _COVER_INSTRUMENTS or d.subject not in ((), ("all_goods",)):
            continue
        s = d.sentence
        goods: tuple[str, ...] = ()
        m = _COVER_HERE.match(text, d.evidence[1], s.end) or _COVER_WITHIN.search(text, d.evidence[0], d.evidence[1])
        if m is not None:
            goods = _told_goods(document, kb, m.end(), _clause_end(text, m.end(), s.end))
        elif last_in.get(s.index) == k and s.index + 1 < len(sentences) and not sentences[s.index + 1].headline:
            nxt = sentences[s.index + 1]
            m = _COVER_NEXT.match(nxt.text)
            if m is not None:
                goods = _told_goods(document, kb, nxt.start + m.end(),
                                    _clause_end(text, nxt.start + m.end(), nxt.end))
            else:
                m = _LISTED_NEXT.search(nxt.text)
                if m is not None and not any(x.label == "COUNTRY" for x in nxt.mentions if x.start < nxt.start + m.start()):
                    goods = _told_goods(document, kb, nxt.start, nxt.start + m.start())
        if not goods:
            continue
        if d.subject and _WEAK_ALL.search(text[d.evidence[0]:d.evidence[1]]):
            goods = tuple(dict.fromkeys((*d.subject, *goods)))  # "on all its goods, hitting cars hardest": both
        out[k] = replace(d, subject=goods, cues=[*d.cues, "subject:coverage"])
    return out


# a partner of talks or a deal, named just after them: "the talks with India", "a trade pact with the EU"
_PARTNER_BEFORE = re.compile(r"\b(?:talks|negotiations|dialogue|" + "|".join(sorted(_PACT_NOUNS)) + r")\s+with\s+"
                             r"(?:the\s+)?$", re.I)


# a country or bloc let off a measure ("except Chile", "other than to Laos", "the ban does not apply to Nepal",
# "Supplies to members of the Eurasian Economic Union were exempt"): no party the measure is aimed at
_LET_OFF_BEFORE = re.compile(r"\b(?:" + _EXCEPT_RX + r"|"
                             r"sparing|exempting|with\s+the\s+exception\s+of|(?:does|do|did|will|would)\s+not\s+"
                             r"apply\s+to|(?:does|do|did|will|would)n['’]t\s+apply\s+to|not\s+applying\s+to)\s+"
                             r"(?:(?:shipments|supplies|sales|exports|deliveries|cargoes|goods|those|imports)\s+)?"
                             r"(?:(?:to|for|from|bound\s+for|destined\s+for)\s+)?(?:the\s+)?(?:(?:fellow\s+)?"
                             r"members?\s+of\s+the\s+)?$", re.I)
_LET_OFF_AFTER = re.compile(r"^(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
                            r"\s+(?:are|were|is|was|will\s+be|would\s+be|remain|remains|remained|stay|stays|stayed)\s+"
                            r"(?:also\s+|still\s+|largely\s+|fully\s+)?(?:exempt|exempted|spared|excluded|excused)\b",
                            re.I)


def _let_off(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is told as let off a measure, not as a party to the story."""
    return bool(_LET_OFF_BEFORE.search(text, max(0, start - 70), start)
                or _LET_OFF_AFTER.match(text[end:end + 120]))


def _dyad(document: Document, kb: KnowledgeBase | None = None) -> list[str]:
    """The two parties the story names most: countries, and trade blocs whose members the knowledge base lists."""
    blocs = kb.bloc_members if kb is not None else {}
    doc, text = document.doc, document.text
    # (a list of venues, "met in Lisbon, Rome and Vienna", names no party to the story; but "talks in
    # Washington" tells the host; nor does one let off a measure)
    counts = Counter(m.key if m.label == "COUNTRY" else BLOC + m.key for m in document.mentions
                     if (m.label == "COUNTRY" and not _place_in_name(doc, m)
                         and not (m.kind == "capital" and _in_place_list(doc, m))
                         or m.label == "ORG" and m.key in blocs and not (
                             m.token_end < len(doc) and doc[m.token_end].lower_ in _VENUE_NOUNS))
                     and not _let_off(text, m.start, m.end)
                     # (nor the seller of what a country is punished for buying: "for buying Russian oil")
                     and not (m.label == "COUNTRY" and _BOUGHT_FOR.search(text, max(0, m.start - 90), m.start)))
    top = counts.most_common(3)
    if len(top) == 3 and top[0][1] > 2 and top[1][1] == top[2][1] == 1 and not any(
            _PARTNER_BEFORE.search(text, max(0, m.start - 40), m.start) for m in document.mentions
            if m.key in (top[1][0], top[2][0]) or BLOC + m.key in (top[1][0], top[2][0])):
        # (a story of one government: others named once each, none is its other side; but one named as the
        # partner of talks or a deal, "the talks with India", is)
        return [top[0][0]]
    return [c for c, _ in top[:2]]


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# "all three", "both countries", "the four nations", "each of the two neighbours": countries told together before
_GROUP_NOUN = (r"(?:\s+other)?\s+(?:countries|nations|economies|governments|trading partners|partners|neighbou?rs|"
               r"allies|members|capitals)")
_GROUP = re.compile(r"\b(?P<prep>(?:to|on|against|for|from|of|at|with|between)\s+)?(?:(?:all|each of the|all of the)\s+(?P<n>two|three|four|five|six|[2-6])(?:" + _GROUP_NOUN
                    + r")?|the\s+(?P<m>two|three|four|five|six|[2-6])" + _GROUP_NOUN + r"|both" + _GROUP_NOUN + r")\b",
                    re.I)
_LIST_GAP = re.compile(r"^(?:\s*(?:,|and|or|as well as)\s*)+(?:(?:the|its|their)\s+(?:(?:ally|allies|neighbou?rs?|"
                       r"partners?)\s+)?)?$", re.I)


def _told_lists(document: Document, kb: KnowledgeBase, sent: Sentence) -> list[tuple[list[str], int]]:
    """The lists of countries a sentence coordinates ("The EU, Canada and Mexico", "Russia and its ally
    Belarus"), each as codes in text order with the character where it ends."""
    doc, text = document.doc, document.text
    parties = _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
    ends = {m.token_start: m.end for m in sent.mentions}
    lists: list[tuple[list[str], int]] = []
    run: list[str] = []
    last_end = -1
    for p in parties:
        start = doc[p.tok].idx
        if run and _LIST_GAP.match(text[last_end:start]):
            if p.code not in run:
                run.append(p.code)
        else:
            if len(run) >= 2:
                lists.append((run, last_end))
            run = [p.code]
        last_end = ends.get(p.tok, start + len(doc[p.tok].text))
    if len(run) >= 2:
        lists.append((run, last_end))
    return lists


def _group_parties(drafts: list[Draft], document: Document, kb: KnowledgeBase) -> list[Draft]:
    """"duties would apply to all three", "goods from both countries": the countries an earlier list
    of that many names told together (the nearest, in this sentence or up to three before), one
    event each (ANNOTATION.md 3)."""
    out: list[Draft] = []
    cache: dict[int, list[tuple[list[str], int]]] = {}
    for d in drafts:
        s = d.sentence
        # ("both countries will scrap their duties on American pork": the two told before, each on the target)
        m = _GROUP.search(s.text) if d.instrument not in SYMMETRIC and (d.target is None or d.actor is None) \
            and ("both sides" not in d.cues or d.actor is None and d.target is not None) else None
        if m is None:
            out.extend(_co_actors(d, document, kb, cache))
            continue
        n = _NUMBER_WORDS.get((m.group("n") or m.group("m") or "two").lower(), 2)
        at = s.start + m.start()
        # ("goods from both countries" names whom the measure hits, wherever it stands)
        before_measure = at < d.evidence[0] and not m.group("prep")
        after_clause = at >= d.evidence[1] and not m.group("prep")
        if after_clause or (d.actor if before_measure else d.target) is not None:
            # "raised its tariff on steel, and all three said they would study it": the subject of another clause
            out.append(d)
            continue
        group: list[str] | None = None
        for back in range(0, 4):
            k = s.index - back
            if k < 0:
                break
            if k not in cache:
                cache[k] = _told_lists(document, kb, document.sentences[k])
            # (in the sentence itself, a list told before the phrase)
            lists = [x for x, end in cache[k] if len(x) == n and (back or end <= at)]
            if lists:
                group = lists[-1]
                break
        if group is None:
            out.append(d)
            continue
        if before_measure:
            out.extend(replace(d, actor=c, explicit_actor=True) for c in group if c != d.target)
        else:
            out.extend(replace(d, target=c, explicit_target=True) for c in group if c != d.actor)
    return out


def _co_actors(d: Draft, document: Document, kb: KnowledgeBase,
               cache: dict[int, list[tuple[list[str], int]]]) -> list[Draft]:
    """"Canada and Mexico put duties on US steel": each country of a list that ends right before the
    measure, when the measure's actor is one of them and its target is none (one event each)."""
    s = d.sentence
    if d.instrument in SYMMETRIC or d.actor is None or not d.explicit_actor:
        return [d]
    if s.index not in cache:
        cache[s.index] = _told_lists(document, kb, s)
    for codes, end in cache[s.index]:
        gap = document.text[end:d.evidence[0]]
        if d.actor in codes and d.target not in codes and end <= d.evidence[0] and len(gap.split()) <= 4 \
                and not re.search(r"[,;:]|\b(?:and|but|while|after|as|that|which|who)\b", gap):
            return [replace(d, actor=c) for c in codes if c != d.target]
    return [d]


def _split_blocs(drafts: list[Draft], kb: KnowledgeBase) -> list[Draft]:
    """A trade bloc as a party stands for each member country the knowledge base lists: one event per
    member ("the EU and Mercosur concluded a deal" is a deal of the EU with each of the four; ANNOTATION.md
    3), never a member with itself."""
    blocs = kb.bloc_members
    out: list[Draft] = []
    for d in drafts:
        def members(code: str | None) -> tuple[str | None, ...]:
            return blocs.get(code[len(BLOC):], ()) if code and code.startswith(BLOC) else (code,)

        actors, targets = members(d.actor), members(d.target)
        if actors == (d.actor,) and targets == (d.target,):
            out.append(d)
            continue
        out.extend(replace(d, actor=x, target=y) for x in actors for y in targets if x != y)
    return out


_GLOBAL = re.compile(r"\b(all (?:trading partners|countries|(?:[\w.]+ )?imports|foreign)|every country|worldwide|global(?:ly)?|"
                     r"imported|all nations|most countries|almost every country|trading partners|"
                     r"from everywhere|universal|baseline|reciprocal)\b", re.I)


_OWN_GOVERNMENT = re.compile(r"\b(?:[Tt]he (?:government|Centre|Union government|federal government)|Govt)\b")
_DATELINE_CITY = re.compile(r"^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:\s*[,:(]|\s+[-—–])")


def _dateline_country(document: Document, kb: KnowledgeBase) -> str | None:
    """The country whose capital opens the body as a dateline ("NEW DELHI:", "SEOUL, July 3 -")."""
    first = next((s for s in document.sentences if not s.headline), None)
    m = _DATELINE_CITY.match(first.text) if first is not None else None
    if m is None:
        return None
    city = m.group(1).lower()
    return next((c.code for c in kb.countries if any(cap.lower() == city for cap in c.capitals)), None)


def _lone_party_before(doc, document: Document, kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                       wanted: set[int]) -> dict[int, str]:
    """For each sentence of ``wanted``, the one government the sentence before it (in the same
    paragraph) names, when it names exactly one: "China's Ministry of Commerce unveiled rules on
    Thursday. Foreign companies will need approval from Dec. 1 to export ...": whose rule the second
    sentence tells."""
    text = document.text
    out: dict[int, str] = {}
    prev: Sentence | None = None
    for s in document.sentences:
        if (s.index in wanted and prev is not None and not prev.headline
                and "\n" not in text[prev.end:s.start]):
            codes = {p.code for p in _parties(doc, prev, kb, prev.tok_start, prev.tok_end)}
            if len(codes) == 1:
                out[s.index] = codes.pop()
        prev = s
    return out


def _antecedent(d: Draft, drafts: list[Draft], lone_before: dict[int, str]) -> tuple[str | None, str | None]:
    """Who "it" is in "It also restricted ...": the one government the sentence before names, else
    the actor of the first event with a named actor in the nearest of the two sentences before.
    A measure told as "also" taken by it, naming no target, falls on that event's target."""
    if d.sentence.index in lone_before and lone_before[d.sentence.index] != d.target:
        return lone_before[d.sentence.index], d.target
    for back in (1, 2):
        prev = next((x for x in drafts if x.sentence.index == d.sentence.index - back
                     and x.explicit_actor and x.actor), None)
        if prev is not None:
            if prev.actor == d.target:
                return None, d.target
            also = d.target is None and re.search(r"\balso\b", d.sentence.text, re.I)
            return prev.actor, prev.target if also and prev.explicit_target else d.target
    return None, d.target


def _governments(document: Document, kb: KnowledgeBase) -> list[str]:
    """The two governments the story names most, by country, capital, official or agency."""
    doc = document.doc
    counts = Counter(p.code for s in document.sentences for p in _parties(doc, s, kb, s.tok_start, s.tok_end))
    return [c for c, _ in counts.most_common(2)]


# a government body told by its bare head noun: "The ministry said it would ...", "the department added"
_SHORT_BODY = re.compile(r"\b[Tt]he (ministry|department|commission|agency|cabinet|regulator|bureau|secretariat)\b")
# each head noun as a whole word in any case ("Ministry", not "commissioned")
_BODY_NOUNS = {w: re.compile(rf"\b{w}\b", re.I) for w in ("ministry", "department", "commission", "agency", "cabinet",
                                                         "regulator", "bureau", "secretariat")}


def _short_form_body(d: Draft, document: Document, kb: KnowledgeBase) -> str | None:
    """The country of the body a bare "the ministry" stands for, as the subject before the measure: the
    government body last named with that head noun before this sentence ("Indonesia's trade ministry",
    "the Mexican economy ministry"), by a country told within a few words before or after the noun."""
    s = d.sentence
    m = _SHORT_BODY.search(document.text, s.start, d.evidence[0])
    if m is None:
        return None  # (the pattern is lower case: "the Ministry of Commerce" is a mention of its own)
    noun = m.group(1)
    text = document.text
    named = [x.start() for x in _BODY_NOUNS[noun].finditer(text, 0, s.start)]
    if not named:
        return None
    at = named[-1]  # the body last named with that noun
    countries = [x for x in document.mentions if x.label == "COUNTRY" and at - 40 <= x.start < at + len(noun) + 25
                 and not (x.start > at and "of" not in text[at + len(noun):x.start].split())]
    before = [x for x in countries if x.start < at]
    if before:
        return before[-1].key  # "Indonesia's trade ministry", "the Mexican economy ministry"
    return countries[0].key if countries else None  # "the ministry of commerce of Indonesia"


_PLACE_OR_PARTNER = frozenset(_LOCATION_PREPS | _TARGET_PREPS | {"of", "about", "between", "including", "and", "or"})
# a sentence whose speaker comments on a measure or a deal rather than lays it: "Japanese cars will carry a 15%
# tariff under the deal, Canada's prime minister said, calling the terms unfair"
_COMMENTED = re.compile(r"\b(?:deal|agreement|pact|accord|truce)\b|,\s*(?:calling|welcoming|urging|vowing|critici[sz]ing|"
                        r"slamming|denouncing|condemning|decrying|praising|hailing|lamenting|complaining|warning|"
                        r"protesting)\b", re.I)

_BORNE_CUES = frozenset({"be taxed", "are taxed", "is taxed", "been taxed"})


def _lone_other_party(document: Document, kb: KnowledgeBase, sent: Sentence, hit: set[str],
                      cache: dict[int, set[str]]) -> str | None:
    """The one government other than the goods' country that a sentence names, wherever it stands:
    "Chinese anodes will face a 93% duty, the US Commerce Department said"; "Thai rice will carry a
    30% duty under the Philippine agriculture department's order": whose measure the goods bear. Not a
    place or a partner ("arms sales to Taiwan", "talks with Japan"), not a firm or a group of one country
    ("a US industry group said"), and none when the speaker comments on the measure or tells a deal."""
    if sent.index not in cache:
        doc, lw = document.doc, _lw(document.doc)

        def governed(tok: int) -> bool:
            k = tok - 1
            while k >= sent.tok_start and lw[k] in ("the", "a", "an"):
                k -= 1
            return k >= sent.tok_start and lw[k] in _PLACE_OR_PARTNER

        def private(tok: int) -> bool:
            m = _mention_at(sent, tok)
            end = m.token_end if m is not None else tok + 1
            return any(lw[k] in _NOT_GOVERNMENT or _mention_at(sent, k) is not None
                       and _mention_at(sent, k).label == "COMPANY" for k in range(end, min(sent.tok_end, end + 3)))

        cache[sent.index] = set() if _COMMENTED.search(sent.text) else {
            p.code for p in _parties(doc, sent, kb, sent.tok_start, sent.tok_end)
            if not p.code.startswith(BLOC) and not governed(p.tok) and not private(p.tok)
            and not _bought_for(doc, sent, p)}  # ("a 25% tariff for buying Russian oil, Trump said": the seller)
    others = cache[sent.index] - hit
    return next(iter(others)) if len(others) == 1 else None


# a measure told as a copy of one told before: "Britain and Canada announced sanctions of their own", "the
# Netherlands imposed similar curbs", "Tokyo followed with matching duties" (not "its own tariffs on tyres", nor
# "similar metals", "items like almonds": a likeness of goods); a measure noun ends the copy's 1-3 words, figures
# among them ("a similar 25% tariff")
_NOT_AIMED_AFTER = r"\s+(?:on|against|to|for)\s+(?!(?:the\s+same|that|this)\s+day\b|[A-Z][a-z]+day\b)"
_COPY_OF = re.compile(r"\bof\s+(?:its|their)\s+own\b|\b(?:its|their)\s+own|\b(?:similar|matching|parallel|"
                      r"comparable|identical|equivalent|mirror)(?=(?:\s+[\w.%$-]+){0,2}?\s+(?:" + _TARIFF_RX + r"|"
                      r"sanctions?|curbs?|restrictions?|bans?|controls?|measures?|steps?|actions?|"
                      r"moves?|penalties|countermeasures?|retaliation|quotas?|limits?|probes?|investigations?|"
                      r"rules?)\b(?!" + _NOT_AIMED_AFTER + r"))", re.I)
# "its own tariffs on tyres": an own measure aimed by its own words, no copy
_OWN_AIMED = re.compile(r"(?:\s+[\w-]+){1,3}?" + _NOT_AIMED_AFTER)


def _copied_target(d: Draft, drafts: list[Draft]) -> str | None:
    """The target of the measure a copy ("sanctions of their own", "similar curbs") repeats: the last one
    of the same instrument told by another government in the sentence or the three before."""
    s = d.sentence
    m = _COPY_OF.search(s.text, max(0, d.evidence[0] - s.start - 30), min(len(s.text), d.evidence[1] - s.start + 40))
    if m is None or m.group(0).lower().split()[-1] == "own" and not m.group(0).lower().startswith("of") \
            and _OWN_AIMED.match(s.text, m.end()):
        return None
    for x in reversed(drafts):
        if x is d or x.sentence.index > s.index or x.sentence.index < s.index - 3:
            continue
        if x.instrument == d.instrument and x.target and x.explicit_target and x.actor not in (None, d.actor) \
                and x.target != d.actor and (x.sentence.index < s.index or x.evidence[1] <= d.evidence[0]):
            return x.target
    return None


def _fill_parties(drafts: list[Draft], document: Document, lone_before: dict[int, str],
                  kb: KnowledgeBase | None = None) -> list[Draft]:
    dyad = _dyad(document, kb)
    own_party: dict[int, set[str]] = {}
    hit_in: dict[int, set[str]] | None = None  # the countries each sentence's measures hit, built when first needed
    pair: list[str] | None = None
    seen_actor: dict[tuple[str, tuple[str, ...]], str] = {}
    seen_instr: dict[str, str] = {}
    for d in drafts:
        if d.actor and d.explicit_actor:
            for s in d.subject or ("",):
                seen_actor.setdefault((d.instrument, (s,)), d.actor)
    told_targets: dict[tuple[str, str], set[str]] = {}
    told_new: dict[tuple[str, str], set[str]] = {}
    for d in drafts:
        if d.actor and d.target and d.explicit_actor and d.explicit_target and not d.sentence.headline \
                and "carved out" not in d.cues:  # (one let off a measure does not tell whom the others hit)
            told_targets.setdefault((d.actor, d.instrument), set()).add(d.target)
            if not already_in_place(d.sentence, d.evidence):  # (a measure in place does not tell a new one's target)
                told_new.setdefault((d.actor, d.instrument), set()).add(d.target)
    acting = Counter(d.actor for d in drafts if d.actor and d.explicit_actor and d.instrument in _MEASURES)
    main_actor = acting.most_common(1)[0][0] if acting else None
    out: list[Draft] = []
    home: str | None | bool = False  # the dateline's country, looked up once when needed
    for d in drafts:
        actor, target = d.actor, d.target
        if "both sides" in d.cues and actor is None and len(dyad) == 2:
            # the two countries of the story, each on the other
            out.extend(replace(d, actor=dyad[k], target=dyad[1 - k]) for k in range(2))
            continue
        if actor and d.explicit_actor:
            seen_instr[d.instrument] = actor  # the most recent explicit actor of this instrument
        if "igo" in d.cues or "private case" in d.cues:
            pass
        elif d.instrument in SYMMETRIC:
            if target is None and "pronoun subject" in d.cues:
                # "He spoke by phone with Mexico's president": "he" is the other party
                other, _ = _antecedent(replace(d, target=actor), drafts, lone_before)
                if other is not None and other != actor:
                    actor, target = other, actor
            if kb is not None and _BOTH_SIDES.search(d.sentence.text):
                # "the agreement showed the two sides could work together": the story's two
                # governments, counted by every way the text names them
                if pair is None:
                    pair = _governments(document, kb)
                both = _BOTH_SIDES.search(d.sentence.text)
                named = {p.code for p in _parties(document.doc, d.sentence, kb, d.sentence.tok_start, d.sentence.tok_end)
                         if document.doc[p.tok].idx < d.sentence.start + both.start()}
                if len(pair) == 2 and {actor, target} != set(pair) and (actor in pair or target in pair) \
                        and named != {actor, target}:
                    # (but "exempted Britain while the two governments work out the deal they reached": the two
                    # governments the sentence names before the phrase)
                    actor, target = pair[0], pair[1]
            if actor is None and len(dyad) == 2:
                actor, target = dyad[0], dyad[1]
            elif target is None and actor in dyad and len(dyad) == 2:
                target = dyad[1] if actor == dyad[0] else dyad[0]
        else:
            if actor is None and target is None and "pronoun they" in d.cues:
                # "The US and China met in Geneva. They agreed to cut their tariffs": each side's on
                # the other
                met = next((x for x in drafts if d.sentence.index - 2 <= x.sentence.index < d.sentence.index
                            and x.instrument in SYMMETRIC and x.actor and x.target), None)
                if met is not None:
                    out.extend(replace(d, actor=c, target=o, explicit_actor=False)
                               for c, o in ((met.actor, met.target), (met.target, met.actor)))
                    continue
            if actor is None and any(c in _BORNE_CUES or c in _CARRY_VERBS or c in _FACE_VERBS for c in d.cues) \
                    and _COMMENTED.search(d.sentence.text):
                # goods told bearing a measure whose government the sentence names only as one who comments
                # on it or tells a deal: no actor, no event
                continue
            if target is None and "pronoun bearer" in d.cues:
                # "its steel and aluminium have faced 50% levies since June": "its" is whose goods bear it
                target = _antecedent(replace(d, actor=None), drafts, lone_before)[0]
                actor = None if actor == target else actor
            if actor is None and kb is not None:
                actor = _short_form_body(d, document, kb)  # "The ministry said it would also impose ..."
            if actor is None and "pronoun subject" in d.cues:
                actor, target = _antecedent(d, drafts, lone_before)
            if actor is None:
                for s in d.subject or ("",):
                    if (d.instrument, (s,)) in seen_actor:
                        actor = seen_actor[(d.instrument, (s,))]
                        break
            if (actor is None and d.sentence.index in lone_before
                    and lone_before[d.sentence.index] != target):
                actor = lone_before[d.sentence.index]  # the government the sentence before names
            if actor is None and target and target in dyad and len(dyad) == 2:
                other = dyad[1] if target == dyad[0] else dyad[0]
                if not any(x.target == other and x.sentence is d.sentence and x.evidence == d.evidence
                           for x in drafts):
                    actor = other  # (not when both are hit: "Mexico and Canada were exempted")
            if actor is None and d.instrument in seen_instr:
                actor = seen_instr[d.instrument]
            if actor is None and kb is not None and _OWN_GOVERNMENT.search(d.sentence.text):
                # "NEW DELHI: The government on Friday put off ...": the government of the dateline's capital
                if home is False:
                    home = _dateline_country(document, kb)
                actor = home or None
            if actor is None and target is not None and kb is not None and not d.sentence.headline:
                # (not a country the sentence's measures hit too: "Mexico and Canada were exempted")
                if hit_in is None:
                    hit_in = {}
                    for x in drafts:
                        if x.target:
                            hit_in.setdefault(x.sentence.index, set()).add(x.target)
                hit_here = hit_in.get(d.sentence.index, set())
                actor = _lone_other_party(document, kb, d.sentence, hit_here | {target}, own_party)
            # (in the measure's own clause: "duties double to 50%; Brussels warns of countermeasures" is no answer)
            s_text = d.sentence.text
            at, to = d.evidence[0] - d.sentence.start, d.evidence[1] - d.sentence.start
            own = s_text[s_text.rfind(";", 0, max(0, at)) + 1:(s_text.find(";", to) + 1 or len(s_text) + 1) - 1]
            retaliation = bool(re.search(r"retaliat|in response|hit back|hits back|countermeasure|in kind|tit-for-tat",
                                         own.lower()))
            global_measure = bool(_GLOBAL.search(d.sentence.text))
            if (target is None and actor in dyad and len(dyad) == 2 and not global_measure
                    and (d.status in ("under_negotiation", "proposed") and "proposing to" not in d.cues
                         or retaliation
                         or d.action in ("suspend", "lower", "ease", "defer", "resume")
                         and {m.key for m in d.sentence.mentions if m.label == "COUNTRY"} <= {actor}
                         or d.instrument == "other" and d.action == "threaten"
                         or d.instrument == "tariff" and bool(_LETTER.search(d.sentence.text)))):
                # a bargaining item, a retaliation, a vague counter-threat or a tariff letter is aimed at
                # the other country of the story; other measures whose text names no target keep none
                # (ANNOTATION.md: "one whose text names no target has target: null")
                target = dyad[1] if actor == dyad[0] else dyad[0]
            if (target is None and actor is not None and actor not in dyad and main_actor not in (None, actor)
                    and not global_measure and _COUNTER.search(d.sentence.text)):
                # "the EU put its counter-tariffs on hold" in a story of US tariffs: counter-measures
                # answer the government whose measures the story tells most
                target = main_actor
            if target is None and actor is not None and not global_measure:
                target = _copied_target(d, drafts)
            if target is None and actor is not None and not global_measure and "relief ended" not in d.cues:
                # (not a relief ended, which hits whoever enjoyed it: "US scraps duty-free entry for small parcels"
                # in a story that also tells the tariff on Indian goods)
                told = told_new.get((actor, d.instrument))
                if told is not None and len(told) == 1:
                    target = next(iter(told))
            if target is None and actor is not None and (d.action == "announce" and d.instrument in (
                    "other", "legal_ruling") or d.action == "threaten" and d.instrument == "legal_ruling") \
                    and not global_measure:
                # a probe or a WTO case (filed or weighed) naming no one: against the one country the
                # actor's measures hit in the story, else the one country whose measures hit the actor
                hit = set().union(*(told_targets.get((actor, i), set()) for i in _MEASURES))
                hitting = {x for (x, i), ts in told_targets.items() if actor in ts and i in _MEASURES}
                if len(hit) == 1:
                    target = next(iter(hit))
                elif not hit and len(hitting) == 1:
                    target = next(iter(hitting))
        if target in _EU_MEMBERS and d.sentence.headline and "EU" in dyad and actor != "EU":
            target = "EU"  # "US to hit French wine with tariffs" over a story of the EU: the Union's goods
        if actor is None and d.instrument != "legal_ruling":
            continue
        if target == actor and not d.explicit_actor and d.explicit_target and d.instrument not in SYMMETRIC \
                and len(dyad) == 2 and target in dyad:
            actor = dyad[1] if target == dyad[0] else dyad[0]  # "Korean cars would pay 15%": the other side levies it
        if target == actor:
            target = None
        if d.instrument in SYMMETRIC and target is None:
            continue  # talks, deals and calls take two parties ("the ECB meets next week" is not talks)
        out.append(replace(d, actor=actor, target=target))
    return out


_STANDING_INTENT = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|long\s+|repeatedly\s+|already\s+|often\s+)?(?:said|threatened|warned|vowed|"
    r"floated|suggested|mulled|signalled|signaled|pledged|promised)\b|\b(?:is|are)\s+(?:also\s+|now\s+)?"
    r"(?:weighing|considering|mulling|eyeing|studying|exploring|contemplating)\b|\b(?:weighs|considers|mulls|"
    r"contemplates)\b", re.I)


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|since|recently|repeatedly|meanwhile)\s+)?$",
                              re.I)


# "Beijing had retaliated by banning ...", "Ottawa had already imposed ...": an act told in the past perfect,
# before the story's time; with no date of its own the text does not say when it happened
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|also|first|earlier|previously|originally|long|since|just|both|all)\s+)?"
                           r"(?:[a-z]+\s+|[a-z]+\b[^,;]{0,30}\bby\s+)?$", re.I)
# ... unless it is what a dated statement reports ("the ministry said on Monday firms had stopped buying")
_REPORTING = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS | {
    "announced", "reported", "disclosed", "declared", "insisted", "argued", "claimed"})) + r")\b", re.I)


# the measure an act answers, named as a noun phrase ("in response to Ottawa's surcharge", "retaliation
# for EU duties", "countermeasures over the steel tariffs")
_ANSWERED = re.compile(r"\b(?:in response to|in retaliation for|retaliation for|retaliation against|in reprisal for|"
                       r"reprisal for|in answer to|a response to|answer to|to counter|countermeasures over|"
                       r"counter-tariffs over|hitting back at|hit back at)\s+(?:[\w'’$%.-]+\s+){0,5}$", re.I)
_ANSWERED_START = re.compile(r"(?:retaliation|response|reprisal|answer)\s+(?:for|to|against)\s", re.I)


_RELATIVE_MEASURE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:rule|measure|regulation|order|decree|law|policy)\s+"
                               r"(?:that|which)\s+$", re.I)


def _context_dates(drafts: list[Draft], document: Document) -> list[Draft]:
    """An event its sentence does not date happened when the paragraph last said (news tells a
    paragraph from one point in time), or else on the article's news day."""
    para, lead = _paragraph_dates(document)
    lead_index = next((s.index for s in document.sentences if not s.headline), None)
    out: list[Draft] = []
    for d in drafts:
        if d.status == "proposed" and d.instrument in ("talks", "leader_call") and d.date is not None \
                and d.date.weak and d.date.start > d.evidence[0] and d.sentence.start <= d.date.start < d.sentence.end \
                and document.published is not None and (not d.date.value or d.date.value
                                                        >= document.published.isoformat()[:len(d.date.value)]):
            # "said he might speak with Xi at the end of the week": a vague plan fixes no day, and the
            # sentence gives the statement none (eval/README.md, "Dates of statements of intent")
            out.append(replace(d, date=None, cues=[*d.cues, "date:vague plan"]))
            continue
        if d.date is None or not d.date.value:
            ctx = para.get(d.sentence.index)
            if d.status in ("threatened", "proposed") and _if_clause(document.text, d.sentence.start,
                                                                       d.evidence[0]) is not None:
                out.append(d)
                continue  # a pure hypothetical ("if the United States dropped its tariffs") has no date
            if d.status in ("threatened", "proposed") and (_STANDING_INTENT.search(
                    document.text[d.sentence.start:d.evidence[0] + 14]) or any(
                    m.kind == "vague" and 0 <= m.start - d.evidence[0] <= 80 for m in d.sentence.dates)):
                out.append(d)
                continue  # "has said he could ...", "weighs tariffs on cars", "in the next day or two": no day is told
            if d.instrument not in SYMMETRIC and already_in_place(d.sentence, d.evidence):
                out.append(d)
                continue  # "duties that Washington already charges on washers": in force before, since when is untold
            if _PRESENT_PERFECT.search(document.text[max(d.sentence.start, d.evidence[0] - 24):d.evidence[0]]) \
                    and d.instrument not in ("talks", "leader_call") and d.sentence.index != lead_index:
                # "Beijing has challenged the duties at the WTO": the text does not say when (the lead's
                # "has designated" is the news of the day)
                out.append(d)
                continue
            if _PAST_PERFECT.search(document.text[max(d.sentence.start, d.evidence[0] - 40):d.evidence[0]]) \
                    and not _REPORTING.search(document.text[d.sentence.start:d.evidence[0]]) \
                    and d.sentence.index != lead_index:
                out.append(d)
                continue  # "Beijing had retaliated by banning exports": background told before the news, undated
            if (_ANSWERED.search(document.text[max(d.sentence.start, d.evidence[0] - 60):d.evidence[0]])
                    or _ANSWERED_START.match(document.text, d.evidence[0], d.evidence[1])) \
                    and d.instrument not in SYMMETRIC and d.status not in ("threatened", "proposed"):
                out.append(d)
                continue  # "retaliation for EU duties on Chinese cars": the measure answered, told before, undated
            if _RELATIVE_MEASURE.search(document.text[max(d.sentence.start, d.evidence[0] - 40):d.evidence[0]]) \
                    and d.instrument not in ("talks", "leader_call") and d.sentence.index != lead_index:
                out.append(d)
                continue  # "would suspend a rule that extended its blacklist": an earlier measure, undated
            if "threat recalled" in d.cues:
                out.append(d)
                continue  # "the tariff he has threatened for weeks": the paused measure's news is not the threat's day
            if ctx is None and (d.status in FACT_STATUS | {"threatened", "under_negotiation"}
                                or d.status == "proposed" and d.instrument in ("talks", "leader_call")):
                # planned talks are dated by the day they were announced
                ctx = lead
            if ctx is not None and d.date is not None and d.date.anchor_offset is not None and ctx.value \
                    and ctx.precision == "day" and not d.sentence.headline:
                # "China banned exports, a day after the US widened its curbs": a day before the news day
                d = replace(d, date=resolve_anchor(d.date, ctx.value), cues=[*d.cues, "date:context shift"])
            elif ctx is not None:
                d = replace(d, date=ctx, cues=[*d.cues, "date:context"])
        out.append(d)
    return out


_UNDER_DEAL = re.compile(r"\b(?:under|in|with|through) (?:the|this|that|their) (?:trade )?(?:deal|agreement|pact|accord|framework)\b"
                         r"[^;:]*$|\b(?:the|this|that) (?:trade )?(?:deal|agreement|pact|accord|framework)\s+(?:also\s+)?$",
                         re.I)


def _inherit_dates(drafts: list[Draft]) -> list[Draft]:
    """Undated events take a date the article fixes elsewhere for the same occasion:
    - an event in a sentence naming a place where a dated meeting or deal happened
      ("the Geneva meeting, where ... agreed to a 90-day deferment") takes that date;
    - a measure under negotiation takes the date of the talks negotiating it."""
    place_dates: dict[str, DateMention] = {}
    for d in drafts:
        if d.instrument in ("agreement", "talks") and d.location and d.date is not None and d.date.value:
            place_dates.setdefault(d.location, d.date)
    talks_dates = {d.date.value for d in drafts if d.instrument == "talks" and d.date is not None and d.date.value}
    talks_date = next(d.date for d in drafts if d.instrument == "talks" and d.date is not None and d.date.value) \
        if len(talks_dates) == 1 else None
    # the one date of the deals between two parties, for the measures a sentence tells as the deal's
    by_pair: dict[frozenset[str | None], set[str]] = {}
    first: dict[frozenset[str | None], DateMention] = {}
    for d in drafts:
        if d.instrument == "agreement" and d.action == "agree" and d.date is not None and d.date.value \
                and "purchase" not in d.cues:
            key = frozenset((d.actor, d.target))
            by_pair.setdefault(key, set()).add(d.date.value)
            first.setdefault(key, d.date)
    deal_dates = {(a, b): first[k] for k, v in by_pair.items() if len(v) == 1 and len(k) == 2
                  for a in k for b in k if a != b}
    out: list[Draft] = []
    for d in drafts:
        if d.date is None or not d.date.value:
            inherited = None
            for place, date in place_dates.items():
                if d.location and d.location != place:
                    continue  # "talks in London" that recall the truce reached in Geneva
                hit = re.search(r"\b" + re.escape(place) + r"\b(?!['’]s)", d.sentence.text)  # not "Beijing's ministry"
                if hit and (d.instrument in SYMMETRIC or d.sentence.start + hit.start() < d.evidence[0]):
                    inherited = date
                    break
            if inherited is None and d.status == "under_negotiation" and d.instrument != "talks":
                inherited = talks_date
            if inherited is None and d.instrument not in SYMMETRIC and (d.actor, d.target) in deal_dates \
                    and d.status not in ("threatened", "proposed") \
                    and _UNDER_DEAL.search(d.sentence.text[:max(0, d.evidence[0] - d.sentence.start)]):
                inherited = deal_dates[(d.actor, d.target)]  # "under the deal, duties drop to 15%"
            if inherited is not None:
                d = replace(d, date=inherited, cues=[*d.cues, "date:inherited"])
        out.append(d)
    return out
