"""Passes over the drafts of one sentence: gapped and parallel clauses, elliptic rate items, lists of
rates that continue a measure, exempted parties, deal topics, events told "also" the same day."""

from __future__ import annotations

import re
from dataclasses import replace

from tradeshock.extract import lexicon as lx
from tradeshock.extract.coref import in_place_before
from tradeshock.extract.document import Sentence
from tradeshock.extract.events.anchors import _BAN_FORMS, _BAR_VERBS, _BUY_USE_VERBS
from tradeshock.extract.events.common import (
    _GOVERNMENT_NOUNS,
    _INQUIRY,
    _MEASURES,
    _NOT_GOVERNMENT,
    _RATE_RX,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAKES_EFFECT,
    EFFECT_KICK,
    EFFECT_PAST,
    _dedupe_t,
    _lw,
    _mention_at,
    _text,
    effect_phrase,
)
from tradeshock.extract.events.goods import base_subject
from tradeshock.extract.events.records import Anchor, Draft
from tradeshock.extract.events.timing import _REL_VERBS
from tradeshock.kb import KnowledgeBase

_GAP = re.compile(r"(?:,\s*|\s)(?:while|whereas)\s|,\s*and\s", re.I)
_ELLIPTIC_ITEM = re.compile(r"\s*,?\s*(?:and\s+)?(?P<item>(?:on|for)\s+(?P<goods>[^,;:]{1,60}?)\s+(?:to|at)\s+)"
                            r"(?=(?:up to\s+)?\d)", re.I)


def _elliptic_rate_items(doc, sent: Sentence, new: list[Draft], kb: KnowledgeBase) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"lifting the duty on cars to 120 percent, on spirits to 140 percent and on tobacco to 60
    percent": the verb and the instrument stated once, then (goods, rate) items, one event each."""
    out = list(new)
    text = _text(doc)
    rates = {q.start: q for q in sent.quantities if q.kind == "rate"}
    for k, d in enumerate(new):
        if d.instrument != "tariff" or d.magnitude is None or d.magnitude.end > sent.end:
            continue
        if len(d.subject) > 1 and _ELLIPTIC_ITEM.match(text, d.magnitude.end, sent.end):
            # "on farm goods to 15 percent and on crude oil and LNG to 10 percent": the first item's goods
            # are those before its rate
            own = _dedupe_t(base_subject(kb, g.key) for g in sent.mentions if g.label == "GOOD"
                            and d.evidence[0] <= g.start < d.magnitude.start)
            if own and len(own) < len(d.subject):
                d = replace(d, subject=own)
                out[k] = d
        if len(d.subject) != 1:
            continue
        pos = d.magnitude.end
        while True:
            m = _ELLIPTIC_ITEM.match(text, pos, sent.end)
            q = rates.get(m.end()) if m else None
            if m is None or q is None:
                break
            goods = [g for g in sent.mentions if g.label == "GOOD" and m.start("goods") <= g.start < m.end("goods")]
            subject = _dedupe_t(base_subject(kb, g.key) for g in goods)
            if not subject:
                break
            out.append(replace(d, subject=subject, magnitude=q, evidence=(m.start("item"), q.end),
                               cues=[*d.cues, "elliptic item"]))
            pos = q.end
        t = _TIER_ITEM.match(text, d.magnitude.end, sent.end)
        q = rates.get(t.start("rate")) if t else None
        if q is not None:
            # "20 per cent on the first 1.2 million units and 50 per cent on every machine beyond that
            # quota": a tariff-rate quota, the rate above the quota is a second rate on the same goods
            out.append(replace(d, magnitude=q, evidence=(q.start, t.end()), cues=[*d.cues, "quota tier"]))
    return out


_TIER_ITEM = re.compile(r"(?:\s+(?:tariffs?|duty|duties|levy|levies|surcharges?|rate))?\s+(?:on|for)\s+the\s+first\s+[^;]{1,60}?\s+and\s+(?:a\s+)?(?P<rate>" + _RATE_RX
                        + r")\s+(?:on|for)?\s*[^;]{0,40}?\b(?:above|beyond|over|exceeding|in excess of)\b", re.I)


def _gapped(sent: Sentence, new: list[Draft]) -> list[Draft]:
    """"The US raised its tariff on Chinese EVs to 100%, while the EU imposed duties of up to 37.6%":
    a tariff clause that names neither goods nor target, joined to one that names both, is on the
    same goods of the same country."""
    out: list[Draft] = []
    for d in new:
        if d.instrument == "tariff" and not d.subject and d.target is None and d.actor:
            prev = [m for m in out if m.instrument == "tariff" and m.subject and m.target
                    and m.actor != d.actor and m.target != d.actor and m.evidence[1] <= d.evidence[0]
                    and _GAP.search(sent.text[m.evidence[1] - sent.start:d.evidence[0] - sent.start])]
            if prev:
                d = replace(d, subject=prev[-1].subject, target=prev[-1].target, cues=[*d.cues, "gapped"])
        if d.instrument == "tariff" and not d.subject and d.actor:
            # "the 145% tariffs Washington imposed on Chinese goods, and Beijing's retaliatory levy of 125%":
            # the answer is on all of the other side's goods too
            mirror = [m for m in out if m.instrument == "tariff" and m.subject == ("all_goods",) and m.actor
                      and m.target == d.actor and d.target in (None, m.actor) and m.evidence[1] <= d.evidence[0]
                      and _GAP.search(sent.text[m.evidence[1] - sent.start:d.evidence[0] - sent.start])]
            if mirror:
                d = replace(d, subject=("all_goods",), target=mirror[-1].actor, cues=[*d.cues, "gapped"])
        out.append(d)
    return out


def _deal_topic(new: list[Draft]) -> list[Draft]:
    """"agreed on a framework after two days of talks that focused on rare earth exports": a deal told
    with the talks that produced it is about the goods of those talks."""
    topics = [d for d in new if d.instrument in ("talks", "agreement") and d.subject and "purchase" not in d.cues]
    if not topics:
        return new
    out: list[Draft] = []
    for d in new:
        if d.instrument in ("talks", "agreement") and not d.subject and "purchase" not in d.cues:
            # and the other way: "the deal announced after two days of talks, cutting duties on all goods"
            src = [t for t in topics if t.instrument != d.instrument and {t.actor, t.target} == {d.actor, d.target}
                   and (t.location is None or d.location is None or t.location == d.location)]
            if src:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:" + src[0].instrument])
        out.append(d)
    return out


def _rate_list_continuation(doc, sent: Sentence, prev: Draft) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Chinese goods face an additional 34%. The European Union faces 20%, Japan 24% ...": a
    sentence of (country, rate) pairs right after a tariff event continues that tariff."""
    if prev.instrument != "tariff" or prev.sentence.index < sent.index - 3 or prev.actor is None:
        return []
    rates = [q for q in sent.quantities if q.kind == "rate" and q.unit == "%"]
    countries = [m for m in sent.mentions if m.label == "COUNTRY" and m.key != prev.actor]
    if not rates or not countries:
        return []
    out: list[Draft] = []
    used: set[int] = set()
    for m in countries:
        # the first rate after the country, before the next country
        nxt = min((c.start for c in countries if c.start > m.start), default=sent.end)
        q = next((q for q in rates if m.end <= q.start < nxt and id(q) not in used), None)
        if q is None:
            continue
        between = {w.lower() for w in re.findall(r"[A-Za-z-]+", _text(doc)[m.end:q.start])}
        if between & (lx.MOVE_UP | lx.MOVE_DOWN):
            continue  # "Vietnam's index tumbled 14%": a market move, not a rate
        if between & (_NOT_GOVERNMENT | _GOVERNMENT_NOUNS) and any(lx.ACTION_WORDS.get(w) in ("lower", "raise", "impose") for w in between):
            continue  # "Brazil's central bank cut the rate to 14%": a bank, a firm or the country's own
            # government moves its own rate, no part of the tariff told before (but "Indian exporters said the 25% rate set in April ..." tells the tariff's rate)
        used.add(id(q))
        item = replace(prev, target=m.key, magnitude=q, sentence=sent, evidence=(m.start, q.end),
                       subject=prev.subject or ("all_goods",), cues=[*prev.cues, "rate list"],
                       explicit_target=True, explicit_actor=False)
        own = next((d for d in sent.dates if q.end <= d.start < nxt and d.value), None)
        if in_place_before(_text(doc)[q.end:nxt], own, prev.date):
            # "India's 25% rate set in April": a rate in place before the measure, not a part of it
            item = replace(item, action="impose", status="in_force", date=own)
        out.append(item)
    return out


_EXEMPTED = re.compile(r"^\s*(?:will|would|were|was|are|is|have|has|had|could|may|can)?\s*"
                       r"(?:(?:also|still|since|now|already|temporarily|effectively|later)\s+)?"
                       r"(?:be\s+|been\s+|being\s+)?(?:exempted|exempt|spared|excluded|excused)\b", re.I)


def _exempted_parties(doc, sent: Sentence, drafts: list[Draft]) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Canada and Mexico will be exempted": countries as the subject of a passive exemption, in a
    sentence that names no measure, are let off the last measure told (within two sentences)."""
    prev = next((d for d in reversed(drafts) if d.instrument in _MEASURES), None)
    if prev is None or prev.sentence.index < sent.index - 2 \
            or prev.action not in ("impose", "raise", "tighten", "announce"):
        return []
    text = _text(doc)
    countries = [m for m in sent.mentions if m.label == "COUNTRY" and m.key != prev.actor]
    out: list[Draft] = []
    for k, m in enumerate(countries):
        # the countries coordinated before the verb ("Canada and Mexico", "Australia, Japan and Korea")
        group = [m]
        for n in countries[k + 1:]:
            if re.fullmatch(r"\s*(?:,|and|, and|or)\s*", text[group[-1].end:n.start]):
                group.append(n)
            else:
                break
        hit = _EXEMPTED.match(text[group[-1].end:sent.end])
        if hit is None:
            continue
        end = group[-1].end + hit.end()
        recent = [d for d in reversed(drafts) if d.instrument == prev.instrument
                  and (prev.actor is None or d.actor in (None, prev.actor)) and d.sentence.index >= sent.index - 3]
        # the goods of the latest sentence that named some ("25 percent on steel and 10 percent on aluminum")
        told_in = next((d.sentence for d in recent if d.subject), None)
        subject = tuple(dict.fromkeys(x for d in recent if d.sentence is told_in for x in d.subject))
        # the day the exemption was told: the measure's announcement, not its start date
        told = next((d.date for d in recent if d.date and d.date.value
                     and not _TAKES_EFFECT.search(d.sentence.text)), prev.date)
        for g in group:
            out.append(replace(prev, target=g.key, action="ease", magnitude=None, duration=None, sentence=sent,
                               evidence=(group[0].start, end), status="announced", subject=subject,
                               date=next((d for d in sent.dates if d.value), told),
                               cues=[*prev.cues, "exempted"], explicit_target=True, explicit_actor=False))
        break
    return out


_GOODS_LET_OFF = {"exempt", "exempted", "exempting", "spared", "sparing", "excluded", "excused"}
_LET_OFF_PARTICIPLES = {"exempting", "sparing"}
_PASSIVE_AUX = {"are", "is", "were", "was", "be", "been", "being", "also", "now", "all", "largely", "mostly",
                "fully", "partly", "entirely", "to"}
_HELD_AS_BEFORE = {"not", "n't", "never", "no", "remain", "remains", "remained", "stay", "stays", "stayed", "still",
                   "already", "whether", "if", "unless"}
_LIST_AFTER = re.compile(r"\s*(?:,|:|\u2014|--)?\s*(?:among them|including|such as|notably|chiefly|mainly|from)\b", re.I)
_CLAUSE_END = re.compile(r";|\.\s|,\s*(?:which|who|while|but|although|though|as)\b|\s(?:but|while)\s", re.I)
_WIDE_GOODS = {"all_goods"}
_FIRM_WORDS = {"houses", "house", "companies", "company", "firms", "firm", "makers", "maker", "producers", "producer",
               "exporters", "exporter", "manufacturers", "brands", "groups"}


def _exempted_goods(doc, sent: Sentence, drafts: list[Draft], before: int,  # type: ignore[no-untyped-def]
                    kb: KnowledgeBase) -> list[Draft]:
    """Goods let off a measure in a clause that names no measure after the verb: "nearly 700 products
    are exempted, among them civil aircraft and orange juice", "under the order, chips are exempt",
    "extended the safeguard duties, while exempting bifacial panels", "the order, exempting copper,
    takes effect on Monday". The measure is the one told in the sentence, else the last one told in
    the two sentences before; the exemption eases it for those goods (eval/README.md)."""
    new = drafts[before:]
    if any("let off" in d.cues or "exempted" in d.cues for d in new):
        return []  # (the goods let off a measure named after "from" are read with it)
    lets = {"impose", "raise", "tighten", "announce", "extend"}
    own = [d for d in new if d.instrument in _MEASURES and d.action in lets and "background" not in d.cues]
    prev = own[-1] if own else next((d for d in reversed(drafts[:before]) if d.instrument in _MEASURES), None)
    if prev is None or prev.action not in lets or prev.sentence.index < sent.index - 2 or prev.actor is None:
        return []
    words = _lw(doc)
    text = _text(doc)
    for k in range(sent.tok_start, sent.tok_end):
        w = words[k]
        if w not in _GOODS_LET_OFF or not doc[k].is_lower:
            continue
        if any(x in _HELD_AS_BEFORE for x in words[max(sent.tok_start, k - 3):k]):
            return []  # "are not exempt", "remain exempt": no new relief
        nxt = words[k + 1] if k + 1 < sent.tok_end else ""
        if nxt in ("from", "by", "under"):
            continue  # "exempt from ...": a measure named after it has its own anchor
        participle = w in _LET_OFF_PARTICIPLES or w in ("exempted", "spared", "excluded") \
            and k - 1 > sent.tok_start and words[k - 1] not in _PASSIVE_AUX and nxt not in (",", ".", ";")
        tail_end = _CLAUSE_END.search(text, doc[k].idx + len(doc[k]), sent.end)
        hi = tail_end.start() if tail_end is not None else sent.end
        goods = []
        if participle:
            # "..., exempting copper and lithium": the goods after the verb
            goods = [m for m in sent.mentions if m.label == "GOOD" and doc[k].idx < m.start < hi]
        else:
            # "chips are exempt", "nearly 700 products are exempted, among them aircraft": the goods
            # before the verb in its clause, else those listed after it
            lo = max([sent.start] + [c.end() for c in _CLAUSE_END.finditer(text, sent.start, doc[k].idx)])
            goods = [m for m in sent.mentions if m.label == "GOOD" and lo <= m.start < doc[k].idx]
            listed = _LIST_AFTER.match(text, doc[k].idx + len(doc[k]))
            if not [m for m in goods if m.key not in _WIDE_GOODS] and listed is not None:
                goods = [m for m in sent.mentions if m.label == "GOOD" and listed.end() <= m.start < sent.end]
        if any(m.token_end < sent.tok_end and words[m.token_end] in _FIRM_WORDS for m in goods):
            return []  # "exempted cognac houses that agreed to minimum prices": firms let off, not goods
        subject = _dedupe_t(base_subject(kb, m.key) for m in goods if m.key not in _WIDE_GOODS)
        if not subject:
            continue
        start = min([m.start for m in goods] + [doc[k].idx])
        end = max([m.end for m in goods] + [doc[k].idx + len(doc[k])])
        date = prev.date if own else next((d for d in sent.dates if d.value), prev.date)
        return [replace(prev, action="ease", magnitude=None, duration=None, subject=subject, sentence=sent,
                        evidence=(start, end), date=date, status="announced" if prev.status not in (
                            "threatened", "proposed") else prev.status,
                        cues=[*prev.cues, "goods exempted"], explicit_actor=False)]
    return []




def _parallel_clause(doc, new: list[Draft]) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"The United States raised its tariff on Chinese EVs to 100 per cent in May, while the
    European Union imposed provisional duties of up to 37.6 per cent in July": a measure of the
    same kind told in a parallel clause, naming no target and no goods, shares the first one's."""
    text = _text(doc)
    out = list(new)
    for k in range(1, len(out)):
        d, p = out[k], out[k - 1]
        if (d.target is not None or d.subject or d.actor is None or d.instrument != p.instrument
                or p.target is None or p.actor in (None, d.actor) or p.target == d.actor
                or d.sentence is not p.sentence or p.evidence[1] > d.evidence[0]
                or d.action != p.action and not {d.action, p.action} <= {"impose", "raise", "tighten"}):
            continue
        between = text[p.evidence[1]:d.evidence[0]]
        if re.search(r"\b(?:while|whereas)\b", between) and len(between) < 80:
            out[k] = replace(d, target=p.target, subject=p.subject, explicit_target=True,
                             cues=[*d.cues, "parallel clause"])
    return out


def _also_same_day(sent: Sentence, new: list[Draft], earlier: list[Draft]) -> None:
    """"Beijing also placed seven rare earths under export controls": an undated event told as a
    companion of the previous sentence's dated event (same actor) happened on the same date."""
    if not new or not earlier:
        return
    if not re.search(r"\b(also|as well|at the same time|in addition|separately|too)\b", sent.text.lower()):
        return
    prev = [d for d in earlier if d.sentence.index >= sent.index - 2 and d.date is not None and d.date.value]
    if not prev:
        return
    for k, d in enumerate(new):
        if d.date is None or not d.date.value:
            src = next((p for p in reversed(prev) if p.actor and p.actor == d.actor), None)
            if src is not None:
                new[k] = replace(d, date=src.date, cues=[*d.cues, "date:also"])


_THREATENED_REL = re.compile(r"(?:\s+(?:on|against)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:(?:that|which)\s+)?(?:he|she|they|it|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
                             r"(?:has|had|have)\s+(?:repeatedly\s+|long\s+|already\s+)?threatened\b")


def _threat_told_in_pause(drafts: list[Draft], doc) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"held off on the 25 percent tariff on European cars he has threatened for weeks": the pause,
    and the threat it recalls (background, dated only by a date of its own clause)."""
    text = _text(doc)
    out = list(drafts)
    for d in drafts:
        if d.action not in ("suspend", "defer") or d.instrument != "tariff" or d.actor is None:
            continue
        s = d.sentence
        lo = d.evidence[0]
        m = None
        for g in re.finditer(r"\b(?:tariffs?|duty|duties|levy|levies|rate)\b", text[lo:s.end]):
            m = _THREATENED_REL.match(text, lo + g.end())
            if m is not None or lo + g.end() - d.evidence[0] > 120:
                break
        if m is None:
            continue
        date = next((x for x in s.dates if x.value and 0 <= x.start - m.end() <= 30), None)
        out.append(replace(d, action="threaten", status="threatened", date=date, evidence=(d.evidence[0], m.end()),
                           duration=None, cues=[*d.cues, "threat recalled", "background"]))
    return out


# the verbs of a clause telling how a measure began ("the duties that Ottawa imposed in May",
# "tariffs on steel, introduced in 2019 by ...", "the controls it had placed on ... last year")
_ORIGIN_VERBS = _REL_VERBS | {"ordered", "raised"}
_INQUIRY_OPEN = {"opened", "launched", "began", "started", "initiated"}
_ORIGIN_AUX = {"had", "has", "have", "already", "first", "originally", "initially", "previously", "earlier"}
_PASSIVE = {"was", "were", "been", "is", "are"}

_EFFECT_PAST = {*EFFECT_PAST, *EFFECT_KICK} - {"kick", "kicks"}
_PAST_EFFECT = re.compile(effect_phrase(_EFFECT_PAST), re.I)
_TAIL_STOP = {";", ":", "(", ")", "but", "while", "whereas", "said", "says", "say", "who"}


def _origin_clause(doc, sent: Sentence, a: Anchor, anchors: list[Anchor],  # type: ignore[no-untyped-def]
                   published: str | None = None) -> None:
    """A measure no verb of its sentence acts on, whose own relative or participle clause tells how it
    began, with a date: "the duties of up to 40% that Ottawa imposed in May", "tariffs on steel,
    introduced in 2019 by the previous government", "its probe was opened in March". The measure is
    background told as a noun phrase (ANNOTATION.md 1); its verb is the clause's. A past clause dated
    after the publication (``published``, ISO) is misread and left alone."""
    inquiry = a.instrument == "other" and _lw(doc)[a.tok_end - 1] in _INQUIRY
    if a.action or not (a.instrument in _MEASURES or a.instrument == "entity_list" or inquiry):
        return
    verbs = _INQUIRY_OPEN | {"set"} if inquiry else _ORIGIN_VERBS
    lw = _lw(doc)
    others = {i for b in anchors if b is not a for i in range(b.tok_start, b.tok_end)}
    end = min(sent.tok_end, a.tok_end + 14)
    for j in range(a.tok_end, end):
        w = lw[j]
        if j in others or w in _TAIL_STOP or w in _SUBORDINATORS:
            return
        if w in _EFFECT_PAST and not inquiry and _PAST_EFFECT.match(_text(doc), doc[j].idx) \
                and lw[j - 1] in ("which", "that") and _dated_after(sent, doc, j + 1, published):
            # "..., both of which took effect last May": the measure (and those it is listed with) began then
            shared = j - 3 >= a.tok_end and lw[j - 2] == "of" and lw[j - 3] in ("both", "all", "each")
            for b in [a, *([b for b in anchors if b is not a and b.instrument == a.instrument and not b.action
                            and a.tok_start - 25 <= b.tok_start < a.tok_start] if shared else [])]:
                b.action, b.action_tok = "impose", j
                b.cues.append("origin clause")
            return
        if w not in verbs or j + 1 >= sent.tok_end:
            continue
        k = j - 1
        while k >= a.tok_end and lw[k] in _ORIGIN_AUX:
            k -= 1
        passive = k >= a.tok_end and lw[k] in _PASSIVE
        if passive:
            while k >= a.tok_end and lw[k] in _PASSIVE | _ORIGIN_AUX:
                k -= 1
            if not (inquiry and k < a.tok_end or k >= a.tok_end and lw[k] in ("that", "which")):
                return  # "tariffs ... were imposed": the sentence's own predicate, chosen elsewhere
        subject = False
        if not passive:
            m = _mention_at(sent, k) if k >= a.tok_end else None
            subject = m is not None and m.label in ("COUNTRY", "ORG", "PERSON") \
                or k >= a.tok_end and lw[k] in _SUBJECT_PRONOUNS
            if not subject and not _dated_after(sent, doc, j, published):
                continue  # a participle ("tariffs on steel, imposed in 2018") tells its date
            if w == "set" and lw[j + 1] in ("to", "for") and not subject:
                return  # "the tariffs are set to rise", "tariffs set for August": a plan, not a beginning
        if not _dated_after(sent, doc, j, published) and not (passive and inquiry):
            return
        act = "announce" if inquiry else ("raise" if w == "raised" else "impose")
        if a.instrument == "entity_list" and (w == "set" and lw[j + 1] == "up" or w == "established"):
            act = "announce"  # "the list of foreign firms it set up in May": a list created, no one put on it
        if act not in lx.ALLOWED_ACTIONS[a.instrument]:
            return
        a.action, a.action_tok = act, j
        a.cues.append("origin clause")
        if not subject and not passive:
            a.cues.append("origin participle")
        return


def _dated_after(sent: Sentence, doc, j: int, published: str | None) -> bool:  # type: ignore[no-untyped-def]
    """A date, or an agent and then a date, in the few words after the verb ("in May", "last year",
    "by Brussels in 2021")."""
    start = doc[j].idx + len(doc[j])
    stop = sent.text.find(",", start - sent.start)
    end = min(start + 60, sent.end if stop < 0 else sent.start + stop)
    return any(start <= d.start <= end and d.value and not (published and d.value > published[:len(d.value)])
               for d in sent.dates)


_PROBE_WORDS = _INQUIRY
_PROBE_DET = {"its", "the", "their", "his", "her", "that", "this"}
_REMEDY = re.compile(r"dumping|subsid|countervailing|safeguard", re.I)


def _probe_opened(doc, sent: Sentence, drafts: list[Draft], before: int,  # type: ignore[no-untyped-def]
                  published: str | None) -> list[Draft]:
    """"Its investigation was opened in March", "the ministry opened its probe in June last year": in an
    article on a trade remedy (anti-dumping, anti-subsidy, countervailing, safeguard), a back-reference
    to an inquiry is the opening of the inquiry behind the last duty told, between its parties and on
    its goods (eval/README.md: a probe is `other`/`announce`)."""
    lw = _lw(doc)
    if not any(w in _PROBE_WORDS for w in lw[sent.tok_start:sent.tok_end]) \
            or any(d.instrument == "other" and d.actor for d in drafts[before:]):
        return []
    duties = [d for d in drafts[:before] if d.instrument == "tariff" and d.action != "announce"]
    if not duties or not _REMEDY.search(_text(doc), 0, sent.start):
        return []
    prior = next((d for d in reversed(duties) if _REMEDY.search(d.sentence.text)), duties[-1])
    if not prior.subject:
        prior = replace(prior, subject=next((d.subject for d in reversed(duties) if d.subject and d.actor == prior.actor
                                             and prior.target in (None, d.target)), ()))
    for p in range(sent.tok_start + 1, sent.tok_end - 1):
        if lw[p] not in _PROBE_WORDS or lw[p - 1] not in _PROBE_DET:
            continue
        verb = None
        if lw[p - 2] in _INQUIRY_OPEN if p - 2 >= sent.tok_start else False:
            verb = p - 2  # "opened its investigation"
        k = p + 1
        while verb is None and k < min(sent.tok_end, p + 4) and lw[k] in _PASSIVE | _ORIGIN_AUX:
            k += 1
        if verb is None and k > p + 1 and k < sent.tok_end and lw[k] in _INQUIRY_OPEN:
            verb = k  # "the probe had been opened"
        if verb is None or not _dated_after(sent, doc, verb, published):
            continue
        start = doc[verb].idx + len(doc[verb])
        date = next(d for d in sent.dates if start <= d.start and d.value)
        lo = min(doc[verb].idx, doc[p - 1].idx)
        return [replace(prior, instrument="other", action="announce", magnitude=None, duration=None, date=date,
                        status="announced", evidence=(lo, date.end), sentence=sent, trade_value=None,
                        cues=["probe opened", "background"], explicit_actor=False, explicit_target=False)]
    return []


# goods or firms that bear a measure, told in the perfect as a state since a date: "have faced a 50% U.S.
# levy since June", "have been subject to duties of 20% since 2019", "has been on a US blacklist since May"
_BEAR_VERBS = {"faced", "paid", "borne", "suffered", "incurred", "attracted", "shouldered"}
_BEEN_STATE = {"subject": ("to",), "hit": ("by", "with"), "targeted": ("by", "with"), "on": (), "under": ()}
_PERFECT_AUX = {"have", "has", "had"}
_STATE_ADV = {"already", "long", "also", "still", "effectively", "now"}
_STATE_STOP = {",", ";", ":", "(", ")", "—", "–", "but", "while", "whereas", "and", "or"}
# "Washington's duties on Mexican tomatoes, in force since July 14": the state told in an apposition
_APPOSED_IN_FORCE = re.compile(r",\s+(?:(?:which|that)\s+(?:has|have|had)\s+been\s+)?(?P<state>in)\s+(?:force|place|effect)"
                               r"\s+since\b", re.I)


def _since_date(doc, sent: Sentence, lo: int, hi: int):  # type: ignore[no-untyped-def]
    """The first date in [lo, hi) (characters) told by "since" ("since June", "since 2019")."""
    text = _text(doc)
    for d in sent.dates:
        if lo <= d.start < hi and d.value and (d.text.lower().startswith("since")
                                               or re.search(r"\bsince\s+$", text[max(0, d.start - 7):d.start], re.I)):
            return d
    return None


def _state_since(doc, sent: Sentence, a: Anchor, anchors: list[Anchor]) -> None:  # type: ignore[no-untyped-def]
    """A measure no verb acts on, told as a state its goods or firms have been in since a date: "Canadian
    steel has faced a 50% U.S. levy since June", "Vietnamese shrimp have been subject to duties since 2019",
    "Since March, Korean washers have borne safeguard duties", "the duties on Mexican tomatoes, in force since
    July 14": background put on then (ANNOTATION.md 1 and 8: ``impose``, dated by its start)."""
    if a.action and a.cues[-1:] != ["subject to"] or a.instrument not in _MEASURES and a.instrument != "entity_list":
        return  # ("have been subject to duties since 2019": the verb is the state's own)
    lw = _lw(doc)
    text = _text(doc)
    a_end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    m = _APPOSED_IN_FORCE.match(text, a_end, min(sent.end, a_end + 40)) or _APPOSED_IN_FORCE.match(
        text, text.find(",", a_end, min(sent.end, a_end + 60)) if "," in text[a_end:min(sent.end, a_end + 60)] else a_end)
    if m is not None and _since_date(doc, sent, m.end() - 5, m.end() + 30) is not None:
        j = next((k for k in range(a.tok_end, sent.tok_end) if doc[k].idx == m.start("state")), None)
        if j is not None:
            a.action, a.action_tok = "impose", j
            a.cues.append("state since")
        return
    others = {i for b in anchors if b is not a for i in range(b.tok_start, b.tok_end)}
    # the predicate before the noun: "have faced a ... levy", "have been subject to ... duties"
    verb = None
    for j in range(a.tok_start - 1, max(sent.tok_start, a.tok_start - 10) - 1, -1):
        w = lw[j]
        if j in others or w in _STATE_STOP or w in _SUBORDINATORS:
            return
        k = j - 1
        while k >= sent.tok_start and lw[k] in _STATE_ADV:
            k -= 1
        if w in _BEAR_VERBS and k >= sent.tok_start and lw[k] in _PERFECT_AUX:
            verb = j
            break
        if w in _BEEN_STATE and k >= sent.tok_start and lw[k] == "been" and k - 1 >= sent.tok_start \
                and lw[k - 1] in _PERFECT_AUX and (not _BEEN_STATE[w] or j + 1 < a.tok_start
                                                   and lw[j + 1] in _BEEN_STATE[w]):
            verb = j
            break
    if verb is None:
        return
    # the date: "since D" after the noun in the same clause, or a sentence opened by "Since D,"
    stop = next((doc[k].idx for k in range(a.tok_end, sent.tok_end) if lw[k] in (";", ":", "but", "while", "when",
                                                                                 "whereas", "which", "that")), sent.end)
    d = _since_date(doc, sent, a_end, min(stop, a_end + 100))
    if d is None:
        d = _since_date(doc, sent, sent.start, sent.start + 12)
        if d is None or not re.match(r"\s*(?:since\s+)?$", text[sent.start:d.start], re.I):
            return
    a.action, a.action_tok = "impose", verb
    a.cues.append("state since")
    for k in range(verb - 1, max(sent.tok_start, verb - 8) - 1, -1):
        if lw[k] in (",", ";", ":", "(", ")"):
            break
        if lw[k] in ("its", "their"):
            a.cues.append("pronoun bearer")  # "its steel has faced 50% levies since June": whose goods bear it
            break


# a bare rate told as a state since a date: "Its goods have paid 25 per cent since March", "which have faced
# 27.5% since April" (the goods bear it), "The first 10 per cent had applied since Feb 4" (the rate holds)
# (not "have paid 27.5% since April, when Washington added a 25% tariff": the when clause tells the measure,
# the rate is its sum with an older one)
_NO_WHEN = r"(?![^,;.]{1,30},\s+when\b)"
_BORNE_RATE_SINCE = re.compile(r"\b(?:have|has|had)\s+(?:already\s+|long\s+|also\s+|effectively\s+)?"
                               r"(?P<verb>paid|faced|borne|attracted)\s+(?:an?\s+)?(?:additional\s+|extra\s+)?"
                               r"(?P<rate>" + _RATE_RX + r")\s+since\b" + _NO_WHEN, re.I)
_RATE_HELD_SINCE = re.compile(r"(?P<rate>" + _RATE_RX + r")\s+(?:has|have|had)\s+(?:already\s+|also\s+)?"
                              r"(?P<verb>applied|been\s+in\s+(?:force|place|effect)|been\s+charged|been\s+levied)"
                              r"\s+since\b" + _NO_WHEN, re.I)


def _charged_rate(doc, sent: Sentence, anchors: list[Anchor]) -> list[Anchor]:  # type: ignore[no-untyped-def]
    """Anchors for rates charged on a country's goods with no instrument word (ANNOTATION.md 6: a
    country's goods with no list are all its goods): ``impose`` told by the verb."""
    lw = _lw(doc)
    text = _text(doc)
    if not any(q.kind == "rate" and q.unit == "%" for q in sent.quantities):
        return anchors
    taken = {i for b in anchors for i in range(b.tok_start, b.tok_end)}
    out = list(anchors)
    # a bare rate in place since a date (the sentence names no measure for it): background put on then
    # (ANNOTATION.md 1 and 8: ``impose``, dated by its start)
    for rx in (_BORNE_RATE_SINCE, _RATE_HELD_SINCE):
        for m in rx.finditer(text, sent.start, sent.end):
            span = doc.char_span(m.start("rate"), m.end("rate"), alignment_mode="expand")
            verb = doc.char_span(m.start("verb"), m.end("verb"), alignment_mode="expand")
            if span is None or verb is None or any(k in taken for k in range(min(verb.start, span.start) - 3,
                                                                            max(verb.end, span.end) + 3)):
                continue
            cues = [lw[verb.start], "rate", "state since"]
            if any(lw[k] in ("its", "their") for k in range(max(sent.tok_start, verb.start - 6), verb.start)):
                cues.append("pronoun bearer")  # "Its goods have paid 25 per cent since March": whose goods bear it
            out.append(Anchor("tariff", span.start, span.end, "impose", verb.start, cues))
            taken.update(range(span.start, span.end))
    out.sort(key=lambda b: b.tok_start)
    return out


_KEEP_FROM_VERBS = _BAR_VERBS | _BAN_FORMS
_KEEP_FROM_BUYING = _BUY_USE_VERBS | {"acquiring"}
# the listed parties themselves as the object of a barring told after the listing ("barring them from ...")
_LISTED_AGAIN = {"them", "it", "those"}
_LISTED_NOUNS = {"firms", "companies", "entities", "groups", "businesses", "individuals", "people", "banks"}


def _own_goods_kept_from(doc, sent: Sentence, a: Anchor, anchors: list[Anchor],  # type: ignore[no-untyped-def]
                         framed: list[Draft]) -> list[Draft]:
    """"Beijing barred U.S. defense firms from buying Chinese goods", "banned American drone makers from
    buying Chinese parts": foreign buyers kept from the actor's own goods is a control on the actor's
    exports to the buyers' country, not an import restriction (the goods' country is the actor). "Blacklisted
    20 firms, barring them from buying American technology": what the listing told before does, no event."""
    if a.instrument != "import_restriction" or a.action != "impose" or a.action_tok is None:
        return framed
    lw = _lw(doc)
    b = a.action_tok
    if lw[b] not in _KEEP_FROM_VERBS:
        return framed
    f = next((k for k in range(b + 1, min(sent.tok_end - 2, b + 9)) if lw[k] == "from"), None)
    if f is not None and b > sent.tok_start and doc[b - 1].text == "," and lw[f + 1].endswith("ing") and (
            lw[b + 1] in _LISTED_AGAIN or lw[b + 1] in ("the", "these", "such") and lw[b + 2] in _LISTED_NOUNS) \
            and any(x.instrument in ("entity_list", "sanction") and x.tok_start < b for x in anchors):
        return []  # "..., barring them from buying American technology": what the listing does
    if f is None or lw[f + 1] not in _KEEP_FROM_BUYING:
        return framed
    owner = next((m.key for m in sent.mentions if m.label == "COUNTRY" and f + 2 <= m.token_start <= f + 3), None)
    buyers = next((m.key for m in sent.mentions if m.label == "COUNTRY" and b < m.token_start < f
                   and m.key != owner), None)
    if owner is None:
        return framed
    return [replace(d, instrument="export_control", target=buyers or (d.target if d.target != owner else None),
                    cues=[*d.cues, "own goods kept from buyers"]) if d.actor == owner else d for d in framed]
