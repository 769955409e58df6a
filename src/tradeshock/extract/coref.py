"""Reading across sentences: details told after an event belong to it.

News tells a measure once and then lists its parts: "Duties on semiconductors will double to 50%,
and the rate on solar cells will go to 50% from 25%." or "BYD will pay 17 per cent and Geely 18.8
per cent." Each clause of such a list is an event of its own (ANNOTATION.md: different rates for
different goods or targets are different events) that takes the actor, target, instrument and date
of the measure told just before it. The rules here work on the drafts of
:mod:`tradeshock.extract.events` and say which cue fired (``list:goods``, ``list:company``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Sentence
from tradeshock.extract.quantities import Quantity

if TYPE_CHECKING:
    from tradeshock.extract.events import Draft
    from tradeshock.kb import KnowledgeBase

# where a list item ends: ", and", ";", ", while", "and" before a new company or goods phrase
_ITEM_BREAK = re.compile(r";|,\s*(?:and|while|whereas|but)\s+|\s+and\s+(?=[A-Z])")
# verbs and nouns that make a clause with goods and a rate a tariff item
_RATE_VERB = re.compile(r"\b(?:rise|rises|rose|climb|climbs|climbed|go|goes|went|jump|jumps|jumped|double|doubles|"
                        r"doubled|triple|tripled|increase|increases|increased|raised?|face|faces|faced|pay|pays|paid|"
                        r"taxed|charged|levied|hit|set|given|get|gets|rate|rates|duty|duties|tariffs?|levy|levies|"
                        r"surcharge|surtax)\b", re.I)
_RAISE_WORD = re.compile(r"\b(?:rise|rises|rose|climb|climbs|climbed|jump|jumps|jumped|double|doubles|doubled|"
                         r"triple|tripled|increase|increases|increased|raised?|go to|goes to|went to|up from)\b|"
                         r"\bfrom\s+\d", re.I)
_MARKET = re.compile(r"\b(?:shares?|stocks?|index|indices|market|markets|sales|revenue|profit|earnings|output|"
                     r"exports? (?:rose|fell)|traded|trading|percent of|per cent of|% of)\b", re.I)
_COMPANY_GROUP = re.compile(r"\b(?:other|remaining|all other|co-operating|cooperating|non-cooperating|"
                            r"uncooperative|sampled)\s+(?:companies|firms|producers|makers|manufacturers|exporters|"
                            r"carmakers|automakers|groups)\b", re.I)
# "on top of the standard 10% tariff": a measure already there, told for comparison
_EXISTING = re.compile(r"\b(?:standard|existing|current|regular|normal|usual|on top of|in addition to|already|"
                       r"previous|earlier|old)\b", re.I)
# "a separate 25% tariff on cars": a measure of its own, not an item of the one before
_OWN_MEASURE = re.compile(r"\b(?:separate|another|new|fresh|further|additional)\b", re.I)
_MOVES = (lx.MOVE_UP | lx.MOVE_DOWN) - {"up", "higher", "increase", "increases", "increased", "rise", "rises"}
_MEASURE_WORDS = set(lx.INSTRUMENT_WORDS) | {"rate", "rates"}
_DEADLINE = re.compile(r"^(?:by|before|until|through|in|this|next|later|within)\b", re.I)
_LIST_INSTRUMENTS = {"tariff"}
_MAX_GAP = 3  # sentences between the measure and its list


def _items(text: str, base: int) -> list[tuple[int, int]]:
    """Character spans of the list items of a sentence (clauses split at commas, "and", ";")."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _ITEM_BREAK.finditer(text):
        out.append((base + pos, base + m.start()))
        pos = m.end()
    out.append((base + pos, base + len(text)))
    return [(s, e) for s, e in out if e > s]


def _new_rate(rates: list[Quantity], text: str, sent_start: int) -> Quantity | None:
    """The rate an item sets: "to 50% from 25%" and "from 25% to 100%" set 50% and 100%."""
    if not rates:
        return None
    if len(rates) == 1:
        before = text[max(0, rates[0].start - sent_start - 6):rates[0].start - sent_start].lower()
        return None if re.search(r"\bfrom\s*$", before) else rates[0]
    if len(rates) == 2:
        before0 = text[max(0, rates[0].start - sent_start - 6):rates[0].start - sent_start].lower()
        between = text[rates[0].end - sent_start:rates[1].start - sent_start].lower()
        if re.search(r"\bfrom\s*$", before0) and re.search(r"\bto\s*$", between):
            return rates[1]
        if re.search(r"\bfrom\s*$", between):
            return rates[0]
    return None


# "have paid 25 per cent since March", "in force since June": a rate already in place
_IN_PLACE_SINCE = re.compile(r"\bsince\b|\bin (?:force|place|effect)\b", re.I)


def _earlier(own, prev) -> bool:  # type: ignore[no-untyped-def]
    """Is the item's own date before the measure's (compared at the item's precision)?"""
    if own is None or prev is None or not own.value or not prev.value:
        return False
    return own.value < prev.value[:len(own.value)]


def in_place_before(clause: str, own, prev) -> bool:  # type: ignore[no-untyped-def]
    """Does a clause told after a measure tell a rate in place before it ("since March", "in force",
    or a date of its own earlier than the measure's)?"""
    return bool(_IN_PLACE_SINCE.search(clause)) or _earlier(own, prev)


def _finer_date(own, prev):  # type: ignore[no-untyped-def]
    """An item's own date when it says more than the measure's, else the measure's ("will rise to
    100% this year" in a piece about Tuesday's announcement is Tuesday's measure)."""
    if prev is None or not prev.value:
        return own
    if own is None or not own.value:
        return prev
    if len(own.value) < len(prev.value) and (prev.value.startswith(own.value) or _DEADLINE.match(own.text)):
        return prev
    return own


def _base_subject(kb: KnowledgeBase, key: str) -> str | None:
    from tradeshock.extract.events import base_subject  # events imports this module
    return base_subject(kb, key)


def _list_items(sent: Sentence, prev: Draft, spans: list[tuple[int, int]], kb: KnowledgeBase,  # type: ignore[no-untyped-def]
                need_verb: bool) -> tuple[list[Draft], list[tuple[int, int]]]:
    """One draft per list item (a span with one new rate and goods or a company), continuing ``prev``."""
    text = sent.text
    rates_all = [q for q in sent.quantities if q.kind == "rate" and q.unit == "%"]
    items: list[Draft] = []
    covered: list[tuple[int, int]] = []
    for s, e in spans:
        rates = [q for q in rates_all if s <= q.start < e]
        rate = _new_rate(rates, text, sent.start)
        if rate is None:
            continue
        item = text[s - sent.start:e - sent.start]
        head = text[s - sent.start:rate.start - sent.start]
        if _MARKET.search(item) or _EXISTING.search(head) or _OWN_MEASURE.search(head):
            continue
        words = set(re.findall(r"[a-z]+", head.lower()))
        if words & _MOVES and not words & _MEASURE_WORDS:
            continue  # "Apple lost 5.2 per cent": a share move
        goods = [m for m in sent.mentions if m.label == "GOOD" and s <= m.start < e and m.key != "all_goods"]
        firms = [m for m in sent.mentions if m.label == "COMPANY" and s <= m.start < rate.start]
        group = _COMPANY_GROUP.search(item)
        if firms or group:
            subject = prev.subject
            start = firms[0].start if firms else s + group.start()  # type: ignore[union-attr]
            cue, target = "list:company", prev.target
            if target is None and firms:
                firm = kb.company_by_name.get(firms[0].key)
                target = firm.country if firm is not None and firm.country != prev.actor else None
        elif goods and (_RATE_VERB.search(item) or not need_verb):
            subject = tuple(dict.fromkeys(b for b in (_base_subject(kb, g.key) for g in goods) if b))
            if not subject:
                continue
            cue, start, target = "list:goods", goods[0].start, prev.target
        else:
            continue
        action = "raise" if cue == "list:goods" and _RAISE_WORD.search(item) else prev.action
        if action not in ("impose", "raise"):
            action = "impose"
        own_date = next((d for d in sent.dates if s <= d.start < e and d.value), None)
        status = "announced" if re.search(r"\bwill\b", item) else prev.status
        date = _finer_date(own_date, prev.date)
        if in_place_before(item, own_date, prev.date):
            # "cars have paid 25 per cent since March": a measure in place before this one, not a part of it
            action, status, date = "impose", "in_force", own_date
        items.append(replace(prev, target=target, action=action, subject=subject, magnitude=rate, sentence=sent,
                             evidence=(min(start, rate.start), rate.end), date=date,
                             status=status, explicit_actor=False, explicit_target=target is not None,
                             cues=[c for c in prev.cues if not c.startswith(("date:", "list:")) and c != "by value"] + [cue]))
        covered.append((s, e))
    return items, covered


def rate_list_items(sent: Sentence, drafts: list[Draft], new: list[Draft],  # type: ignore[no-untyped-def]
                    kb: KnowledgeBase) -> tuple[list[Draft], set[int]]:
    """List items told after a tariff: "Duties on chips will double to 50%, and the rate on solar
    cells will go to 50% from 25%" (goods and their rates), "BYD will pay 17 per cent and Geely
    18.8 per cent", "other exporters face 20.7 per cent" (companies and their rates), and a list
    after a colon in the sentence of the measure itself ("announced tariffs on $16bn of goods:
    25 per cent on steel, 10 per cent on aluminium").

    ``drafts`` are the drafts of earlier sentences, ``new`` those of this sentence. Returns the
    item drafts and the indexes (into ``new``) of the sentence's own tariff drafts the items
    replace."""
    colon = _colon_list(sent, new, kb)
    if colon is not None:
        return colon
    prev = next((d for d in reversed(drafts) if d.instrument in _LIST_INSTRUMENTS), None)
    if prev is None or (prev.actor is None and prev.target is None) or prev.sentence.index < sent.index - _MAX_GAP \
            or prev.status in ("threatened", "proposed") or "background" in prev.cues or prev.sentence.headline:
        return [], set()
    if not any(q.kind == "rate" and q.unit == "%" for q in sent.quantities):
        return [], set()
    if _SUM_OF_RATES.search(sent.text):
        return [], set()  # "That brings the total duty on ethanol to 45%": the measure told again, summed
    if lx.SCOPE_DENIED.search(sent.text):
        return [], set()  # "the exemption does not extend to the 25% tariff on autos": what it leaves out
    if any(m.label == "COUNTRY" and (m.key != prev.target or m.kind != "demonym") for m in sent.mentions):
        return [], set()  # a country named: a different measure, or a rate list by country
    if any(d.explicit_actor and d.actor != prev.actor for d in new):
        return [], set()  # someone else's measure
    if prev.action == "impose" and any(d.instrument == "tariff" and d.action in ("raise", "lower")
                                       and "pronoun subject" in d.cues for d in new):
        return [], set()  # "It raised the duty on planes to 15% from 10%": the government changes a rate
    items, covered = _list_items(sent, prev, _items(sent.text, sent.start), kb, need_verb=True)
    if not items:
        return [], set()
    replaced = {k for k, d in enumerate(new)
                if d.instrument in _LIST_INSTRUMENTS and any(s <= d.evidence[0] < e or d.evidence[0] <= s < d.evidence[1]
                                                             for s, e in covered)}
    return items, replaced


_SUM_OF_RATES = re.compile(r"\b(?:the|its|their)\s+(?:total|overall|combined|cumulative)\s+(?:[\w-]+\s+)?(?:on|for|"
                           r"against|to|at|stands?|stood|is|was|now|comes?|came|reach\w*|amounts?)\b", re.I)


# what opens a list of the measure's parts: a colon, or ", including" ("tariffs on $7.5bn of goods,
# including a 10% levy on aircraft and 25% duties on wine")
_LIST_OPEN = re.compile(r":|,\s+including\b")
_RATE_ITEM = re.compile(r"(?:(?!\s+and\s+(?:an?\s+)?\d).)+")


def _colon_list(sent: Sentence, new: list[Draft], kb: KnowledgeBase) -> tuple[list[Draft], set[int]] | None:
    """"Canada announced tariffs on C$16bn of US goods from July 1: 25 per cent on steel, 10 per
    cent on aluminium": the measure told before the colon, in one event per rate after it."""
    mk = _LIST_OPEN.search(sent.text)
    if mk is None:
        return None
    k = mk.end() - 1  # the list starts after the colon, or after "including"
    colon = sent.start + k
    umbrella = [i for i, d in enumerate(new) if d.instrument in _LIST_INSTRUMENTS and d.actor is not None
                and d.evidence[1] <= colon + 1 and d.magnitude is None and d.status not in ("threatened", "proposed")]
    tail_rates = [q for q in sent.quantities if q.kind == "rate" and q.unit == "%" and q.start > colon]
    # "tariffs on imports from the EU, including 25% duties on French wine": a country named only
    # inside the list is where some of the goods come from, not a target of the measure
    before = {m.key for m in sent.mentions if m.label == "COUNTRY" and m.start < colon}
    listed = [i for i in umbrella if new[i].target is not None and new[i].target not in before]
    if len(umbrella) > 1 and len(listed) < len(umbrella):
        drop = set(listed)
        umbrella = [i for i in umbrella if i not in drop]
    else:
        listed = []
    if len(umbrella) != 1 or len(tail_rates) < 2:
        return None
    prev = new[umbrella[0]]
    tail = sent.text[k + 1:]
    spans = _items(tail, colon + 1)
    # after a colon a comma separates items too
    spans = [(s + m.start(), s + m.end()) for s, e in spans
             for m in re.finditer(r"[^,]+", sent.text[s - sent.start:e - sent.start])]
    # ... and "and" before the next rate ("a 10% levy on aircraft and 25% duties on wine")
    spans = [(s + m.start(), s + m.end()) for s, e in spans
             for m in _RATE_ITEM.finditer(sent.text[s - sent.start:e - sent.start])]
    items, _ = _list_items(sent, prev, spans, kb, need_verb=False)
    if len(items) < 2:
        return None
    told = {i for i, d in enumerate(new) if d.instrument in _LIST_INSTRUMENTS
            and (d.evidence[0] > colon or d.magnitude is not None and d.magnitude.start > colon)}
    return items, set(umbrella) | set(listed) | told  # the items' own anchors are told again by the items


_AMOUNT_KINDS = ("money", "volume")


def purchase_amounts(drafts: list[Draft]) -> list[Draft]:
    """"committed to buy 12 million tons of soybeans this year and at least 25 million tons a
    year over the next three years": one purchase commitment per amount (different magnitudes
    are different events), each with its amount as the magnitude."""
    out: list[Draft] = []
    for d in drafts:
        if "purchase" not in d.cues or d.magnitude is not None:
            out.append(d)
            continue
        s = d.sentence
        amounts = [q for q in s.quantities if q.kind in _AMOUNT_KINDS and q.start >= d.evidence[0]
                   and not re.search(r"[;]|\b(?:but|while|after|before)\b", s.text[d.evidence[0] - s.start:q.start - s.start])]
        if not amounts:
            out.append(d)
            continue
        for k, q in enumerate(amounts):
            ev = d.evidence if k == 0 else (q.start, q.end)
            out.append(replace(d, magnitude=q, evidence=(ev[0], max(ev[1], q.end)),
                               cues=[*d.cues, "list:amount"] if len(amounts) > 1 else d.cues))
    return out


def deal_dates(drafts: list[Draft]) -> list[Draft]:
    """A purchase commitment dated only by its deadline ("by the end of this year") or not at all
    was made when the deal between the same two parties was struck: it takes the deal's date."""
    deals = [d for d in drafts if d.instrument == "agreement" and "purchase" not in d.cues and d.action == "agree"
             and d.date is not None and d.date.value and d.status in ("concluded", "announced")]
    out: list[Draft] = []
    for d in drafts:
        if "purchase" in d.cues and (d.date is None or not d.date.value or _is_deadline(d)):
            pair = {d.actor, d.target}
            deal = next((x for x in deals if {x.actor, x.target} == pair), None)
            if deal is not None:
                d = replace(d, date=deal.date, cues=[*d.cues, "date:deal"])
        out.append(d)
    return out


def _is_deadline(d: Draft) -> bool:
    """The draft's date is a deadline: "by the end of this year", "by 2026", "within 90 days"."""
    if d.date is None:
        return False
    s = d.sentence
    before = s.text[max(0, d.date.start - s.start - 16):d.date.start - s.start].lower()
    return bool(re.search(r"\b(?:by|before|until|within)(?: the end of)?\s*$", before))
