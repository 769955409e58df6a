"""Across sentences: events that refer back to events told before ("the deal", "the tariffs take
effect on ...", a pause of "the tariffs", a measure later suspended), and coordinated measures split
off one another."""

from __future__ import annotations

import re
from dataclasses import replace

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import DateMention, resolve_anchor
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.events.common import _TAKES_EFFECT, SYMMETRIC, _text
from tradeshock.extract.events.goods import _related
from tradeshock.extract.events.records import Draft
from tradeshock.extract.events.status import _tense_status
from tradeshock.extract.events.timing import _compatible_order, _near_days

_THE_DEAL = re.compile(r"\b(?:the|this|that) (?:deal|agreement|framework|accord|pact)\b", re.I)


def _deal_told_again(drafts: list[Draft], document: Document) -> list[Draft]:
    """"They agreed on a framework on Tuesday ... On Wednesday, Trump wrote that the deal was done":
    a deal told again with "the", dated the day after the latest deal between the same two parties,
    is that deal, reported: it takes the deal's date (and so merges with it)."""
    out: list[Draft] = []
    for k, d in enumerate(drafts):
        if d.instrument == "agreement" and "purchase" not in d.cues and d.date is not None and d.date.value \
                and d.date.precision == "day" \
                and _THE_DEAL.search(document.text[max(d.sentence.start, d.evidence[0] - 4):d.evidence[1] + 1]):
            before = [x for x in drafts[:k] if x.instrument == "agreement" and "purchase" not in x.cues
                      and {x.actor, x.target} == {d.actor, d.target} and x.sentence.index < d.sentence.index
                      and x.date is not None and x.date.value and x.date.precision == "day"]
            if before and before[-1].date.value < d.date.value and _near_days(d.date, before[-1].date):
                d = replace(d, date=before[-1].date, cues=[*d.cues, "date:deal told before"])
        out.append(d)
    return out


_THE_LISTING = re.compile(r"\b(?:the|these|those|its|their|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|"
                         r"(?:this|last) week's|yesterday's|today's) (?:new |latest |fresh |additional )?"
                         r"(?:sanctions|designations|listings|penalties|blacklisting|additions)\b", re.I)


def _listing_told_again(drafts: list[Draft], document: Document) -> list[Draft]:
    """"... after the United States imposed sanctions on Rosneft. The Treasury announced the
    sanctions on Wednesday": a sanction or listing told again with "the", dated by its own clause a
    day before the one told first (dated by the news of its sentence), by the same government, is that
    measure: the first telling takes the day, the second is dropped (ANNOTATION.md 2)."""
    drafts = list(drafts)
    drop: set[int] = set()
    for k, d in enumerate(drafts):
        if d.instrument not in ("sanction", "entity_list") or d.action not in ("impose", "announce") \
                or d.date is None or not d.date.value or d.date.precision != "day" \
                or not d.sentence.start <= d.date.start < d.sentence.end \
                or not _THE_LISTING.search(document.text[max(d.sentence.start, d.evidence[0] - 4):d.evidence[1] + 1]):
            continue
        first = next((j for j in range(k - 1, -1, -1) if drafts[j].instrument == d.instrument
                      and drafts[j].actor == d.actor and drafts[j].action == "impose"
                      and d.target in (None, drafts[j].target)
                      and 0 < d.sentence.index - drafts[j].sentence.index <= 3 and drafts[j].date is not None
                      and drafts[j].date.value and drafts[j].date.precision == "day"
                      and drafts[j].date.value > d.date.value and _near_days(drafts[j].date, d.date)), None)
        if first is None:
            continue
        drop.add(k)
        for j in range(len(drafts)):
            x = drafts[j]
            if (j == first or x.sentence.headline and x.instrument == d.instrument and x.actor == d.actor
                    and x.target == drafts[first].target and x.date is not None
                    and x.date.value == drafts[first].date.value) and j not in drop:
                # (the same measure told in the headline too)
                drafts[j] = replace(x, date=d.date, subject=x.subject or d.subject,
                                    cues=[*x.cues, "date:listing told again"])
    return [d for k, d in enumerate(drafts) if k not in drop]


def _deal_subjects(drafts: list[Draft], document: Document) -> list[Draft]:
    """"Trump announced the deal late Tuesday": a deal told again with "the" is about what the deal
    between the same two parties told before is about."""
    out: list[Draft] = []
    for d in drafts:
        if d.instrument == "agreement" and not d.subject and "purchase" not in d.cues \
                and _THE_DEAL.search(document.text[max(d.sentence.start, d.evidence[0] - 4):d.evidence[1] + 1]):
            before = next((x for x in drafts if x.instrument == "agreement" and x.subject and "purchase" not in x.cues
                           and {x.actor, x.target} == {d.actor, d.target} and x.sentence.index < d.sentence.index),
                          None)
            if before is not None and d.location == before.location and d.date is not None \
                    and d.date.precision == "day" and _near_days(d.date, before.date):
                d = replace(d, subject=before.subject, cues=[*d.cues, "subject:deal told before"])
        out.append(d)
    return out


def _coordinated_targets(drafts: list[Draft]) -> list[Draft]:
    """"a 15% tariff on coal and a 10% tariff on crude oil": the second measure, split off the first,
    is on the same country as the first."""
    out: list[Draft] = []
    for d in drafts:
        if "coordinated" in d.cues and d.target is None and d.actor:
            sib = {m.target for m in drafts if m is not d and m.target and m.actor == d.actor
                   and m.instrument == d.instrument and m.action == d.action and m.sentence.index <= d.sentence.index
                   and _related(m.subject, d.subject)}
            if len(sib) == 1:
                d = replace(d, target=sib.pop())
        out.append(d)
    return out


_REFERS_BACK = {"suspend", "defer", "extend", "lower", "resume", "ease"}
_ENACTING = {"impose", "raise", "threaten", "announce"}
_INQUIRY_CUES = {"probe", "probes", "investigation", "investigations", "inquiry", "anti-dumping", "anti-subsidy",
                 "antidumping"}


# a probe under a law of general reach (Section 301 or 232), not a trade-remedy probe of some goods: it
# does not take the goods of the duties it leads to (eval/README.md: goods only if stated)
_NOT_REMEDY = re.compile(r"\bSection\s+(?:301|232)\b", re.I)


def _measure_goods(drafts: list[Draft]) -> list[Draft]:
    """"Trump agreed to pause the tariffs on Mexico for a month": a pause, delay or cut that names no
    goods is of the measure the article tells between the same two parties, and has its goods (when
    the article tells one such measure)."""
    out: list[Draft] = []
    for d in drafts:
        if "rate step" in d.cues:
            # "India will halve its duty on whisky to 75%, with the rate falling to 40% by the tenth
            # year": a later step of the tariff told before it in the sentence, on its goods and day
            first = next((m for m in drafts if m is not d and m.instrument == "tariff" and m.sentence is d.sentence
                          and m.evidence[0] < d.evidence[0] and m.actor == d.actor and m.subject), None)
            if first is not None:
                d = replace(d, subject=first.subject, target=d.target or first.target, date=first.date,
                            cues=[*d.cues, "subject:measure"])
        if d.instrument == "tariff" and d.action in _REFERS_BACK and d.subject == ("all_goods",) and d.actor \
                and d.target and d.magnitude is None and "by value" not in d.cues:
            # "will lift its retaliatory tariffs on American goods": the removal of the one measure the
            # article tells between the two, on the goods that measure named
            src = [m for m in drafts if m.instrument == "tariff" and m.action in _ENACTING and m.subject
                   and (m.actor, m.target) == (d.actor, d.target)]
            if src and len({m.subject for m in src}) == 1 and "all_goods" not in src[0].subject:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:measure"])
        elif d.instrument == "tariff" and d.action in _REFERS_BACK and not d.subject and d.actor and d.target \
                and "by value" not in d.cues:
            src = [m for m in drafts if m.instrument == "tariff" and m.action in _ENACTING and m.subject
                   and (m.actor, m.target) == (d.actor, d.target)]
            if src and len({m.subject for m in src}) == 1:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:measure"])
        elif d.instrument == "tariff" and d.action == "impose" and not d.subject and d.actor and d.target \
                and "deposits" in " ".join(d.cues) and "by value" not in d.cues:
            # "ordered importers to lodge deposits of as much as 212.1 per cent": provisional duties are
            # a step of the trade-remedy case whose goods the article tells between the same two parties
            src = [m for m in drafts if m is not d and m.instrument == "tariff" and m.subject
                   and (m.actor, m.target) == (d.actor, d.target)]
            if src and len({m.subject for m in src}) == 1:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:measure"])
        elif d.instrument == "other" and d.action == "announce" and not d.subject and d.actor and d.target \
                and any(w in _INQUIRY_CUES for c in d.cues for w in c.split()) and not _NOT_REMEDY.search(d.sentence.text):
            # "an investigation that Beijing began in 2018 into whether farmers had sold grain below cost":
            # a trade-remedy probe is about the goods of the duties the article tells between the two
            src = [m for m in drafts if m.instrument == "tariff" and m.subject and (m.actor, m.target) == (d.actor, d.target)]
            if src and len({m.subject for m in src}) == 1:
                d = replace(d, subject=src[0].subject, cues=[*d.cues, "subject:measure"])
        out.append(d)
    return out


def _origin_parties(drafts: list[Draft]) -> list[Draft]:
    """"... said it would scrap the duties of up to 218.4 per cent it imposed in 2021": the origin told
    by a relative clause is of the same measure as its main clause, so it takes the target and goods
    the main clause's event found (from the headline, the lead) when its own clause names none."""
    out: list[Draft] = []
    for d in drafts:
        if "background" in d.cues and d.action == "impose" and (d.target is None or not d.subject) and d.actor:
            main = [m for m in drafts if m is not d and m.sentence.index == d.sentence.index
                    and m.instrument == d.instrument and m.actor == d.actor and m.target
                    and d.target in (None, m.target)
                    and m.action in _REFERS_BACK and m.evidence[0] <= d.evidence[0] < m.evidence[1]]
            if len(main) == 1:
                d = replace(d, target=main[0].target, subject=d.subject or main[0].subject,
                            cues=[*d.cues, "parties:main clause"])
        out.append(d)
    return out


def _money_near(d: Draft) -> set[float]:
    """The trade values ("$120 billion") told with an event, to tell apart two measures at one rate."""
    lo, hi = d.evidence
    return {q.value for q in d.sentence.quantities if q.kind == "money" and lo - 40 <= q.start <= hi + 40}


def _paused_later(drafts: list[Draft], document: Document) -> list[Draft]:
    """A measure in force that the article later says was suspended is ``paused``: "imposed 25%
    tariffs on Ruritania on Saturday ... the tariffs on Ruritania were paused for 30 days". The
    suspension must name the same actor, target and instrument, with no other rate, goods or
    trade value, and come later in the text and not earlier in time."""
    pauses = [p for p in drafts if p.action == "suspend" and p.status == "paused" and p.target]
    if not pauses:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if d.action in _ENACTED and d.target and _tense_status(d, d.date.value if d.date else None,
                                                                document) == "in_force":
            for p in pauses:
                if (p.actor, p.target, p.instrument) != (d.actor, d.target, d.instrument):
                    continue
                if p.sentence.index < d.sentence.index and not p.sentence.headline \
                        or not _compatible_order(d.date, p.date):
                    continue
                if p.magnitude is not None and d.magnitude is not None and p.magnitude.value != d.magnitude.value:
                    continue
                if p.subject and d.subject and not _related(p.subject, d.subject):
                    continue
                mp, md = _money_near(p), _money_near(d)
                if mp and md and not mp & md:
                    continue
                d = replace(d, status="paused", cues=[*d.cues, "paused later"])
                break
        out.append(d)
    return out


_DEFINITE = re.compile(r"^(?:the|these|those|its|their|his|her|both|tariffs|duties|levies|controls|curbs)\b", re.I)
_PRONOUN_NP = re.compile(r"(?:(?:saying|adding|noting)\s+(?:that\s+)?)?(?:they|it)(?:\s+(?:will|would|shall|also|are to|is to|are due to|is due to))*", re.I)
_NEW_MEASURE = re.compile(r"\b(?:a|an|another|separate|new|further|additional|fresh|other)\b", re.I)
_MEASURE_NP = re.compile(r"\b(?:rates?|baseline|measures?|rules?|controls?|restrictions?|curbs?|bans?|levels?|"
                         r"change|decision|order|step|ordinances?|regulations?|decrees?|proclamations?|amendments?|"
                         r"package|policy)\b",
                         re.I)
_ELLIPSIS = re.compile(r"^\s*,?\s*(?:and|while)\s+(?:the|those|its|their)\s+[^,;.]{1,40}?\s+(?:on|from|starting)\s*$",
                       re.I)
# "The rates, ranging from 10% to 41%, will take effect ...": an appositive between the measure and its verb
_APPOSITIVE = re.compile(r",\s+[a-z]+(?:ing|ed)\b[^,;]*,\s*(?:will\s+|would\s+|are\s+to\s+|is\s+to\s+)?$")
_ENACTED = ("impose", "raise", "lower", "tighten")


def _restated(d: Draft, s: Sentence, np_start: int, instruments: set[str], actors: set[str | None]) -> bool:
    """Can ``d`` (told before ``np_start`` in sentence ``s``) be the measure a start-date
    statement refers to?"""
    return (d.instrument not in SYMMETRIC and (d.action in _ENACTED or d.action == "announce" and d.instrument == "tariff")
            and (not instruments or d.instrument in instruments)
            and (not actors or d.actor in actors)
            and d.status not in ("threatened", "proposed") and "background" not in d.cues
            and "date:effective" not in d.cues
            and (d.sentence.index < s.index or d.sentence is s and d.evidence[1] <= np_start))


def _whose_change(group: list[int], drafts: list[Draft], s: Sentence, document: Document) -> list[int]:
    """"Seoul said it will strike Tokyo off its list, hours after Tokyo removed Seoul from its own.
    Japan's cabinet approved the order on Friday. The change takes effect Aug. 28": when the measures
    told before are taken by different governments, the start date is of the one government the
    sentence just before names among them."""
    actors = {drafts[k].actor for k in group}
    if len(actors) < 2 or s.index == 0:
        return group
    prev = document.sentences[s.index - 1]
    named = {m.key for m in prev.mentions if m.label == "COUNTRY"} & actors
    if len(named) != 1:
        return group
    return [k for k in group if drafts[k].actor in named]


_IN_DAYS = re.compile(r"\s+in\s+(\d{1,3})\s+days\b")


def _days_later(s: Sentence, at: int, reference: str | None) -> DateMention | None:
    """"The duties take effect in 30 days": the day that many days after the story's last day."""
    m = _IN_DAYS.match(s.text, at)
    if m is None or reference is None or len(reference) != 10:
        return None
    day = resolve_anchor(DateMention(s.start + m.start() + 1, s.start + m.end(), m.group(0).strip(), "anchor_n",
                                     None, None, anchor_offset=int(m.group(1))), reference)
    return day


# "Those duties have been collected since March 20", "the levies have been in force for most suppliers since
# March 23": a measure told before, held since its start (the date that follows is its effective date)
_HELD_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:been\s+(?:collected|levied|charged|applied|in\s+(?:force|place|effect))"
                         r"|applied)\s+(?=since\s)", re.I)


def _effective_statements(drafts: list[Draft], document: Document) -> list[Draft]:
    """"The tariffs take effect on March 23": a definite measure with a start date restates the
    measures told just before (or, when it names a rate, the earlier measure at that rate). Their
    date becomes the effective date, and the restatement is not an event of its own. A following
    ellipsis ("... on Saturday and the higher rates on April 9") dates the rest of that group."""
    dropped: set[int] = set()
    for s in document.sentences:
        if s.headline or not _TAKES_EFFECT.search(s.text) and not _HELD_SINCE.search(s.text):
            continue
        for m in [*_TAKES_EFFECT.finditer(s.text), *_HELD_SINCE.finditer(s.text)]:
            verb_end = s.start + m.end()
            date = next((d for d in s.dates if 0 <= d.start - verb_end <= 12 and d.value), None)
            head = s.text[:m.start()]
            same_day = None
            if date is None:
                # "from September 24, the same day the new American tariffs kick in"
                same_day = re.search(r",\s+the\s+(?:same\s+)?day\s+(?:that\s+|when\s+)?(?=[^,;]*$)", head)
                date = next((d for d in s.dates if same_day is not None and d.value
                             and s.start + same_day.start() == d.end), None)
                if date is None:
                    date = _days_later(s, m.end(), document.references[s.index])
                if date is None:
                    continue
            rel = re.search(r",\s*which\s+(?:will\s+|would\s+)?$", head) or _APPOSITIVE.search(head)
            if rel is not None:
                head = head[:rel.start()]  # "The change, which takes effect Aug. 28, ...", "The rates, ranging from ..., will take effect"
            cut = max((x.end() for x in re.finditer(r"[;,:]|\b(?:and|while|but|said|says|before|after|until|once|when)\b",
                                                     head)), default=0)
            if same_day is not None:
                cut = same_day.end()
            np_text = head[cut:].strip()
            np_start, np_end = s.start + cut, s.start + len(head)
            own = [k for k, d in enumerate(drafts) if d.sentence is s and np_start <= d.evidence[0] < np_end]
            # "They take effect on Sunday", "It will come into force on July 1", "..., saying it would take effect"
            pronoun = bool(_PRONOUN_NP.fullmatch(np_text))
            # ("the new rate takes effect ...": a definite "new" measure that tells no event of its own here
            # is the one told before)
            if not (_DEFINITE.match(np_text) or pronoun) or _NEW_MEASURE.search(re.sub(r"^the new\b", "the", np_text, flags=re.I)
                                                                  if same_day is not None or not own else np_text):
                continue  # "a separate 25% tariff took effect": a measure of its own
            words = {w.lower() for w in re.findall(r"[A-Za-z-]+", np_text)}
            instruments = {lx.INSTRUMENT_WORDS[w] for w in words if w in lx.INSTRUMENT_WORDS}
            rates = {q.value for q in s.quantities if q.kind == "rate" and np_start <= q.start < np_end}
            if not instruments and not rates and not _MEASURE_NP.search(np_text) and not pronoun:
                continue
            actors = {drafts[k].actor for k in own if drafts[k].actor}
            if m.re is _HELD_SINCE:
                # (a state names no new act: whose measure it is, only its own noun phrase tells)
                actors = {x.key for x in s.mentions if x.label == "COUNTRY" and np_start <= x.start < np_end} & actors
            pool = [k for k, d in enumerate(drafts)
                    if k not in own and _restated(d, s, np_start, instruments, actors)]
            recent = [k for k in pool if drafts[k].sentence.index >= s.index - 2]
            last = max((drafts[k].sentence.index for k in recent), default=None)
            group = [k for k in recent if drafts[k].sentence.index == last]
            rate_q = None
            if rates:
                by_rate = [k for k in pool if drafts[k].magnitude is not None and drafts[k].magnitude.value in rates]
                if by_rate:
                    group = by_rate
                elif len(group) == 1 and drafts[group[0]].magnitude is None and len(rates) == 1:
                    # "China would raise tariffs on $60 billion of goods. Tariffs of up to 25% would
                    # apply from June 1": the rate and the start date of the measure just told
                    rate_q = next(q for q in s.quantities if q.kind == "rate" and np_start <= q.start < np_end)
                else:
                    group = []
            if group and pronoun:
                # the pronoun stands for the measure that sentence tells first (its subject), not the one
                # in its after-clause
                head_k = min(group, key=lambda k: drafts[k].evidence[0])
                group = [k for k in group if drafts[k].actor == drafts[head_k].actor]
            if not group:
                continue
            group = _whose_change(group, drafts, s, document)
            if rate_q is not None:
                drafts[group[0]] = replace(drafts[group[0]], magnitude=rate_q)
            for k in group:
                drafts[k] = replace(drafts[k], date=date, cues=[*drafts[k].cues, "date:effective"])
            for k in own:
                if drafts[k].magnitude is None or drafts[k].magnitude.value in rates:
                    dropped.add(k)
            # "... and the higher rates on April 9": the rest of the group told just before
            later = next((d for d in s.dates if d.start > date.end and d.value), None)
            if later is not None and _ELLIPSIS.match(_text(document.doc)[date.end:later.start]):
                group_actors = {drafts[k].actor for k in group}
                for k in pool:
                    d = drafts[k]
                    if k not in group and d.sentence.index >= s.index - 2 and d.actor in group_actors \
                            and "date:effective" not in d.cues:
                        drafts[k] = replace(d, date=later, cues=[*d.cues, "date:effective"])
    return [d for k, d in enumerate(drafts) if k not in dropped]
