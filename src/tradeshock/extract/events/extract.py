"""The steps of event extraction run over an article, sentence by sentence and then across sentences."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from tradeshock.extract import coref
from tradeshock.extract import lexicon as lx
from tradeshock.extract.document import Document, next_reference
from tradeshock.extract.events.actions import _action_for
from tradeshock.extract.events.anaphora import back_reference_anchors, take_antecedent
from tradeshock.extract.events.anchors import _find_anchors
from tradeshock.extract.events.clauses import (
    _also_same_day,
    _charged_rate,
    _deal_topic,
    _elliptic_rate_items,
    _exempted_goods,
    _exempted_parties,
    _gapped,
    _origin_clause,
    _own_goods_kept_from,
    _parallel_clause,
    _probe_opened,
    _rate_list_continuation,
    _state_since,
    _threat_told_in_pause,
)
from tradeshock.extract.events.common import _MEASURES, SYMMETRIC, _lw, _text
from tradeshock.extract.events.confidence import calibrated
from tradeshock.extract.events.context import (
    _context_dates,
    _coverage_goods,
    _fill_parties,
    _group_parties,
    _inherit_dates,
    _lone_party_before,
    _split_blocs,
    _the_company,
    _these_goods,
)
from tradeshock.extract.events.finish import _finish
from tradeshock.extract.events.frame import _frame
from tradeshock.extract.events.goods import (
    article_class_goods,
    back_reference_goods,
    class_noun_goods,
    mark_back_reference,
)
from tradeshock.extract.events.merge import _mark_lead_news, _merge
from tradeshock.extract.events.records import Draft
from tradeshock.extract.events.restatements import (
    _coordinated_targets,
    _deal_subjects,
    _deal_told_again,
    _effective_statements,
    _listing_told_again,
    _measure_goods,
    _origin_parties,
    _paused_later,
)
from tradeshock.extract.events.timing import _start_of_state
from tradeshock.kb import KnowledgeBase
from tradeshock.models import Event

# "talks on a 15% rate": the rate is what the talks are about, not a tariff in force
_TALKS_TOPIC = re.compile(r"\b(?:talks|negotiations|discussions|consultations)\s+(?:on|over|about|for)\s+"
                          r"(?:an?\s+|the\s+)?(?:(?:lower|reduced|new|possible|flat)\s+)?$", re.I)


def extract_events(document: Document, kb: KnowledgeBase) -> list[Event]:
    doc = document.doc
    leaders = kb.leader_names
    drafts: list[Draft] = []
    reference: str | None = None
    last_company: str | None = None  # the key of the company named last so far
    published = document.published.isoformat() if document.published else None
    class_goods = article_class_goods(document.mentions, kb)
    for sent in document.sentences:
        if sent.furniture:
            continue  # "Related: China curbs rare earths", "Photo: ... tariffs": another story, a caption
        anchors = _charged_rate(doc, sent, _find_anchors(doc, sent, leaders))
        for a in anchors:
            _action_for(doc, sent, a, anchors)
        # (acts on a measure named again compete for no other anchor's date)
        extra = back_reference_anchors(doc, sent, anchors, drafts, kb)
        for a in anchors:
            _origin_clause(doc, sent, a, anchors, published)
            _state_since(doc, sent, a, anchors)
        before = len(drafts)
        for a in anchors + extra:
            if not a.action or a.action not in lx.ALLOWED_ACTIONS[a.instrument]:
                continue
            # (an ordinary anchor competes with the acts on a measure named again for the dates after
            # them: "imposed duties on US pork, then lifted them in May 2019" dates the lift only)
            framed = _frame(doc, sent, a, [*anchors, a] if "anaphor" in a.cues else anchors + extra, kb, reference,
                            last_company)
            framed = [mark_back_reference(class_noun_goods(d, document.text, class_goods), doc, a) for d in framed]
            framed = _own_goods_kept_from(doc, sent, a, anchors, take_antecedent(framed, drafts, doc, sent, a, reference))
            prev = next((d for d in reversed(drafts[before:]) if d.actor and (
                d.instrument == a.instrument or a.instrument in ("entity_list", "sanction")
                and d.instrument not in SYMMETRIC)), None)
            # ("barred U.S. defense firms from buying Chinese goods, adding them to its unreliable entity list":
            # a listing told by a participle is the main clause's government's, whatever that clause did)
            if prev is not None and a.action_tok is not None and a.action_tok - 1 > sent.tok_start \
                    and doc[a.action_tok - 1].text == "," and _lw(doc)[a.action_tok].endswith("ing") \
                    and a.instrument not in SYMMETRIC:
                # "withdrew India's trade status on June 5, ending duty-free entry for Indian goods": the
                # participle's subject is the main clause's
                framed = [replace(d, actor=prev.actor, target=prev.target if d.target in (None, prev.actor)
                                  else d.target) for d in framed]
                if a.instrument == "entity_list" and a.action_tok < a.tok_start and _lw(doc)[a.action_tok + 1] \
                        == "them" and prev.instrument != "entity_list":
                    # ("..., adding them to its unreliable entity list": the firms listed are those just told,
                    # and a listing takes their sector)
                    framed = [replace(d, subject=tuple(x for x in prev.subject if x != "all_goods"))
                              if not d.subject else d for d in framed]
            if prev is not None and "origin participle" in a.cues and not _premodified(sent, a):
                # "... charged 19%, down from the 32% rate set in April": an unowned participle clause tells
                # the origin of the main clause's measure
                framed = [replace(d, actor=prev.actor, target=prev.target) for d in framed]
            if "relief" in a.cues:
                framed = _relief_of(framed, drafts, doc, sent, a)
            if any("goods' country hit" in d.cues and d.actor is None for d in framed):
                framed = _deal_partner_sets(framed, drafts, sent)
            drafts.extend(framed)
        anchors = [*anchors, *extra]
        measures = [a for a in anchors if a.instrument not in ("talks", "leader_call")]
        call = any(a.instrument == "leader_call" for a in anchors)
        if drafts[:before] and all("rate" in a.cues for a in measures) and (measures or not anchors or call):
            # a sentence of bare rates ("Japanese goods face an additional 14%, and India faces 16%")
            # right after a tariff continues that tariff (a call told beside them stays: "said, after
            # speaking with Lam, that goods routed through Vietnam would be taxed at 40%"; but talks
            # alone are no rates: "Korea, facing 20%, opened talks", nor a rate they are about)
            last_tariff = next((d for d in reversed(drafts[:before]) if d.instrument == "tariff"), drafts[before - 1])
            topics = {q.start for q in sent.quantities if q.kind == "rate"
                      and _TALKS_TOPIC.search(_text(doc), max(sent.start, q.start - 60), q.start)}
            if topics:
                drafts[before:] = [d for d in drafts[before:] if "rate" not in d.cues or d.magnitude is None
                                   or d.magnitude.start not in topics]
            cont = [d for d in _rate_list_continuation(doc, sent, last_tariff)
                    if d.magnitude is None or d.magnitude.start not in topics]
            if cont or not measures:
                drafts[before:] = [d for d in drafts[before:] if d.instrument in ("talks", "leader_call")] + cont
        if drafts and not any(d.instrument in _MEASURES for d in drafts[before:]):
            drafts.extend(_exempted_parties(doc, sent, drafts))
        if drafts and not any("exempted" in d.cues for d in drafts[before:]):
            drafts.extend(_exempted_goods(doc, sent, drafts, before, kb))
        probes = _probe_opened(doc, sent, drafts, before, published)
        if probes:  # (in place of the same probe read with no parties)
            drafts[before:] = [d for d in drafts[before:] if d.instrument != "other"] + probes
        # the parts of a measure listed after it (coref.py): goods and their rates, companies and theirs
        items, replaced = coref.rate_list_items(sent, drafts[:before], drafts[before:], kb)
        if items:
            drafts[before:] = [d for k, d in enumerate(drafts[before:]) if k not in replaced] + items
        drafts[before:] = _elliptic_rate_items(doc, sent, drafts[before:], kb)
        _also_same_day(sent, drafts[before:], drafts[:before])
        firms_here = [m.key for m in sent.mentions if m.label == "COMPANY"]
        if firms_here:
            last_company = firms_here[-1]
        drafts[before:] = _parallel_clause(doc, _deal_topic(_gapped(sent, drafts[before:])))
        # the running reference date: the last day-precision date this sentence fixes (not the start
        # of a state, "in force since July 4"), then the last its events are dated by
        reference = next_reference(reference, sent.dates, partial(_start_of_state, document.text, sent))
        for dr in drafts[before:]:
            if dr.sentence is sent and dr.date is not None and dr.date.precision == "day" and dr.date.value \
                    and not (sent.start <= dr.date.start < sent.end and _start_of_state(document.text, sent, dr.date)):
                reference = dr.date.value
    drafts = _coverage_goods(_these_goods(_the_company(drafts, document, kb), document, kb), document, kb)
    unowned = {d.sentence.index for d in drafts if d.actor is None or "pronoun subject" in d.cues}
    drafts = _group_parties(drafts, document, kb)
    drafts = _split_blocs(_fill_parties(drafts, document, _lone_party_before(doc, document, kb, unowned), kb), kb)
    drafts = back_reference_goods(drafts)
    drafts = _deal_told_again(_deal_subjects(_effective_statements(drafts, document), document), document)
    drafts = _listing_told_again(drafts, document)
    drafts = _inherit_dates(coref.deal_dates(coref.purchase_amounts(drafts)))
    drafts = _mark_lead_news(_threat_told_in_pause(drafts, doc), document)
    events = _merge(_inherit_dates(_merge(drafts)))
    events = _origin_parties(_measure_goods(_coordinated_targets(events)))
    events = _paused_later(_context_dates(events, document), document)
    return calibrated([_finish(d, document, kb) for d in events], document.text, published)


def _deal_partner_sets(framed: list[Draft], drafts: list[Draft], sent) -> list[Draft]:  # type: ignore[no-untyped-def]
    """"Trump struck a trade deal with Japan. Tokyo agreed to a 15% tariff on Japanese cars": a rate
    settled on the goods of the one country named sets no actor; the other side of the last deal told
    with that country (in this sentence or the three before) sets it."""
    out = []
    for d in framed:
        if d.actor is None and "goods' country hit" in d.cues and d.target is not None:
            deal = next((x for x in reversed(drafts) if x.instrument == "agreement" and sent.index - 3
                         <= x.sentence.index <= sent.index and d.target in (x.actor, x.target)
                         and None not in (x.actor, x.target)), None)
            if deal is not None:
                d = replace(d, actor=deal.target if deal.actor == d.target else deal.actor)
        out.append(d)
    return out


def _relief_of(framed: list[Draft], drafts: list[Draft], doc, sent, a) -> list[Draft]:  # type: ignore[no-untyped-def]
    """A relief told by a noun ("an exemption from them", "a reprieve from a threatened rise") is
    relief from a tariff told before it: the last one on the country relieved, else the last one of
    the government that has imposed most tariffs so far; its goods, and its actor when the relief
    names none or names the country relieved. "Carved out Britain": Britain is relieved."""
    out = []
    relieved = _relieved_after(doc, sent, a)
    if relieved and any(d.actor in relieved for d in framed):
        # "the exemptions granted to Canada and Mexico expire on June 1": each country named after the
        # relief is relieved (its government is the one that set the tariff, found below)
        framed = [replace(d, actor=None, target=code) for d in framed[:1] for code in relieved]
    for d in framed:
        if _lw(doc)[a.tok_start] in ("carved", "carve", "carves", "carving"):
            m = next((m for m in sent.mentions if m.label == "COUNTRY" and a.tok_start + 2 <= m.token_start
                      <= a.tok_start + 3), None)
            if m is not None and m.key != d.actor:
                d = replace(d, target=m.key)
        tariffs = [p for p in drafts if p.instrument == "tariff" and p.actor and p.actor != d.target]
        if not tariffs:
            out.append(d)
            continue
        prev = next((p for p in reversed(tariffs) if d.target and p.target == d.target), None)
        by_target = prev is not None
        if prev is None and d.actor is not None and d.actor != d.target:
            # the relief's own government names whose tariff it is from: the last one it imposed
            prev = next((p for p in reversed(tariffs) if p.actor == d.actor), None)
        if prev is None:
            counts: dict[str, int] = {}
            for p in tariffs:
                counts[p.actor] = counts.get(p.actor, 0) + 1  # type: ignore[index]
            top = max(counts.values())
            prev = next(p for p in reversed(tariffs) if counts[p.actor] == top)  # type: ignore[index]
        if not d.subject:
            d = replace(d, subject=prev.subject)
        # (a relief naming the one who grants it and the one relieved keeps its actor when no earlier tariff
        # is on that country: "granted the EU, Canada and Mexico a temporary exemption")
        if d.actor is None or d.actor == d.target or d.actor != prev.actor and d.actor == prev.target \
                and (by_target or d.target is None) \
                or d.actor != prev.actor and d.target is not None and prev.target == d.target:
            d = replace(d, actor=prev.actor)
        out.append(d)
    return out


def _relieved_after(doc, sent, a) -> list[str]:  # type: ignore[no-untyped-def]
    """The countries coordinated after "to" or "for" just after a relief noun ("exemptions granted to
    Canada and Mexico", "a waiver for Brazil")."""
    lw = _lw(doc)
    k = a.tok_end
    if k < sent.tok_end and lw[k] in ("granted", "given", "extended", "offered"):
        k += 1
    if k >= sent.tok_end or lw[k] not in ("to", "for"):
        return []
    codes: list[str] = []
    text = _text(doc)
    last = doc[k].idx + len(doc[k])
    for m in sent.mentions:
        if m.label != "COUNTRY" or m.start < last:
            continue
        if not re.fullmatch(r"\s*(?:the\s+)?" if not codes else r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?",
                            text[last:m.start]):
            break
        codes.append(m.key)
        last = m.end
    return codes


def _premodified(sent, a) -> bool:  # type: ignore[no-untyped-def]
    """A country named in the measure's own noun phrase, just before it ("U.S. tariffs", "Japan's duties")."""
    return any(m.label == "COUNTRY" and a.tok_start - 3 <= m.token_end <= a.tok_start for m in sent.mentions)
