"""Across sentences: restatements of the same event merged into one, preferring body text over
headlines."""

from __future__ import annotations

import re
from dataclasses import replace

from tradeshock.extract.document import Document
from tradeshock.extract.events.common import _TARIFF_RX, SYMMETRIC, already_in_place, effect_phrase
from tradeshock.extract.events.goods import _related
from tradeshock.extract.events.records import Draft
from tradeshock.extract.events.timing import _compatible_dates, _paragraph_dates


def _key(d: Draft) -> tuple:  # type: ignore[type-arg]
    parties = tuple(sorted([d.actor or "", d.target or ""])) if d.instrument in SYMMETRIC else (d.actor, d.target)
    mag = (d.magnitude.value, d.magnitude.unit) if d.magnitude else None
    return (parties, d.instrument, d.action, mag)


def _better(a: Draft, b: Draft) -> Draft:
    """Of two restatements, the one to keep as the base (body over headline, then more detail)."""
    def score(d: Draft) -> tuple[int, int, int]:
        return (0 if d.sentence.headline else 1, int(d.date is not None and bool(d.date.value)),
                int(d.explicit_actor) + int(d.explicit_target))
    return a if score(a) >= score(b) else b


def _finer_date(a: Draft, b: Draft) -> bool:
    """``a`` restates ``b`` with the same date told more precisely ("the ban it imposed last month" and
    "the original ban, announced on September 21"): the day fixes what the month only bounds."""
    if not (a.date is not None and b.date is not None and bool(a.date.value) and bool(b.date.value)
            and len(a.date.value) > len(b.date.value) and a.date.value.startswith(b.date.value)):
        return False
    # (only a telling that refers back to the measure with a date of its own sentence: "On March 28, Moscow
    # also imposed a ban on barley" is another act of the month, not the day of the first)
    sent = a.sentence
    if not sent.start <= a.date.start < sent.end:
        return False
    pre, told = sent.text[:a.evidence[0] - sent.start], sent.text[a.evidence[0] - sent.start:a.evidence[1] - sent.start]
    if _ANOTHER.search(pre + told):
        return False
    return "background" in a.cues or bool(_BACK_DETERMINER.search(pre) or _BACK_DETERMINER_AT.match(told)
                                          or _BACK_MEASURE_IN.search(told))


_ANOTHER = re.compile(r"\b(?:also|another|second)\b", re.I)
_BACK_DETERMINER = re.compile(r"\b(?:the|its|their|these|those)\s+(?:[\w-]+\s+)?$", re.I)
_BACK_DETERMINER_AT = re.compile(r"(?:the|its|their|these|those)\b", re.I)
# the measure named back inside the telling: "Moscow imposed the wheat export ban on March 15"
_BACK_MEASURE_IN = re.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:bans?|embargo|" + _TARIFF_RX + r"|"
                              r"surtax(?:es)?|curbs|controls|restrictions|quotas?|sanctions)\b", re.I)


def _start_date_of(a: Draft, b: Draft) -> bool:
    """``a`` tells when the measure ``b`` announced takes effect: its date follows an effective-date
    phrase ("rules that will come into effect on Sep. 1") and is later than ``b``'s, in the next
    sentences. ANNOTATION.md dates a measure by its effective date when the text gives one."""
    if a.date is None or b.date is None or not a.date.value or not b.date.value:
        return False
    if "background" in b.cues:
        return False  # "the tariff that was imposed on Sept. 1": dated when it began, not announced
    if not 0 <= a.sentence.index - b.sentence.index <= 2 and not 0 <= b.sentence.index - a.sentence.index <= 2:
        return False
    sent = a.sentence
    if not sent.start <= a.date.start < sent.end:
        return False  # a date taken from elsewhere
    before = sent.text[max(0, a.date.start - sent.start - 40):a.date.start - sent.start]
    if b.sentence.start <= b.date.start < b.sentence.end and b.date.precision == "day" and _OWN_START.search(
            b.sentence.text[max(0, b.date.start - b.sentence.start - 22):b.date.start - b.sentence.start]):
        return False  # "From July 4, Japan tightened controls ...": a measure with its own start is another one
    return bool(_EFFECTIVE_ANY.search(before)) and a.date.value > b.date.value


_EFFECTIVE_ANY = re.compile(r"\b(from|effective|starting|beginning|as of|into force|" + effect_phrase()
                            + r")\b[^.;]*$", re.I)


_OWN_START = re.compile(r"\b(?:(?<!\bdate )(?<!\bdates )(?<!\bdating )(?<!\bdated )(?<!\bstems )from|effective|starting|beginning|as of)\s+(?:on\s+)?$", re.I)


_BACK_TO_MEASURE = re.compile(r"(?:(?:The|These|Those|Its|Their)\s+(?:new\s+|retaliatory\s+|extra\s+|additional\s+|"
                              r"higher\s+|counter-?)?(?:duties|tariffs|levies|surcharges|tariff|duty|levy|measures)|"
                              r"They|These)\b")


def _detail_told_again(a: Draft, b: Draft) -> bool:
    """``b`` tells again, in one of the next sentences that opens on the measure ("The duties, of up to
    25 percent, cover pork and cheese"), the measure ``a`` told on a country's goods at large with no
    rate ("tariffs on U.S. goods"): the one measure, with its goods and rate (ANNOTATION.md 2)."""
    return (a.subject == ("all_goods",) and a.magnitude is None and bool(b.subject) and "all_goods" not in b.subject
            and 0 < b.sentence.index - a.sentence.index <= 2 and a.target is not None and b.target == a.target
            and bool(_BACK_TO_MEASURE.match(b.sentence.text.lstrip())))


def _bare(d: Draft) -> bool:
    """A talks or deal noun that took its action by default, not from a verb of its own."""
    return d.instrument in SYMMETRIC and any(c in ("default:agree", "default:negotiate") for c in d.cues) \
        and "take effect" not in d.cues  # (a deal told by its entry into force has a verb of its own)


def _mark_lead_news(drafts: list[Draft], document: Document) -> list[Draft]:
    """Undated events of the first body sentence (the lead) carry the news day as a cue: "China
    banned exports of gallium to the US" is today's news, not the licences it "began requiring
    last year" told further down."""
    first = next((s.index for s in document.sentences if not s.headline), None)
    lead = _paragraph_dates(document)[1]
    if first is None or lead is None or not lead.value:
        return drafts
    return [replace(d, cues=[*d.cues, "news:" + lead.value])
            if d.sentence.index == first and (d.date is None or not d.date.value) else d for d in drafts]


def _off_news_day(a: Draft, b: Draft) -> bool:
    """``a`` is an undated lead event and ``b`` is dated on another day than the news day: a deal or talks
    named again by a bare noun ("welcomed the agreement on Tuesday") take the day of the verb they stand
    under, not the day of the lead's act."""
    news = next((c[5:] for c in a.cues if c.startswith("news:")), None)
    if not (news and (a.date is None or not a.date.value) and b.date is not None and b.date.value
            and not news.startswith(b.date.value)):
        return False
    sent = b.sentence
    if sent.start <= b.date.start < sent.end and _EFFECTIVE_ANY.search(
            sent.text[max(0, b.date.start - sent.start - 25):b.date.start - sent.start]):
        return False  # "The agreement will take effect on July 1": the effective date wins (ANNOTATION.md 8)
    # (only a noun a verb of its own governs: "welcomed the agreement", not "The agreement, struck on Tuesday")
    return bool(_GOVERNED_NOUN.search(sent.text[:max(0, b.evidence[0] - sent.start)]))


_GOVERNED_NOUN = re.compile(r"\b[a-z]+\s+(?:the|this|that|their|its|a|an)\s+(?:[\w-]+\s+)?$")


def _news_vs_past(a: Draft, b: Draft) -> bool:
    """``a`` is an undated lead event and ``b`` is dated before the news day."""
    news = next((c[5:] for c in a.cues if c.startswith("news:")), None)
    return bool(news and a.instrument not in SYMMETRIC and (a.date is None or not a.date.value) and b.date is not None and b.date.value
                and b.date.value < news[:len(b.date.value)])


_MEETING_ENDS_IN = re.compile(r",\s*(?:where|at which|during which)\b|\b(?:ended|ending|ends) (?:in|with)\b", re.I)


def _rounded_in_headline(h: Draft, b: Draft) -> bool:
    """A headline rounds the body's rate: "17% duty" for the 17.09% told below."""
    return bool(h.sentence.headline and not b.sentence.headline and h.magnitude and b.magnitude
                and h.magnitude.unit == b.magnitude.unit and h.magnitude.value == int(h.magnitude.value)
                and b.magnitude.value != int(b.magnitude.value) and abs(h.magnitude.value - b.magnitude.value) < 1)


def _merge(drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    # talks at a place where an agreement was reached are that agreement ("the Geneva meeting")
    deal_places = {d.location for d in drafts if d.instrument == "agreement" and d.location}
    drafts = [d for d in drafts if not (d.instrument == "talks" and d.location and d.location in deal_places)]
    # "the summit in Tokyo, where the two governments settled the dispute": a meeting ending in a deal is the deal
    drafts = [d for d in drafts if not (d.instrument == "talks" and any(
        m.instrument == "agreement" and m.sentence is d.sentence and {m.actor, m.target} == {d.actor, d.target}
        and m.evidence[0] > d.evidence[1] and _MEETING_ENDS_IN.search(
            d.sentence.text[d.evidence[1] - d.sentence.start:m.evidence[0] - d.sentence.start])
        for m in drafts))]
    for d in drafts:
        hit = None
        for i, m in enumerate(merged):
            same = _key(m) == _key(d)
            if not same and m.instrument == d.instrument and m.action == d.action and d.instrument not in SYMMETRIC:
                # the same measure restated without its target or rate
                dates_ok = (m.date is None or not m.date.value or d.date is None or not d.date.value
                            or m.date.value == d.date.value
                            or _start_date_of(m, d) or _start_date_of(d, m))
                if m.actor == d.actor and (m.target is None or d.target is None or m.target == d.target) and (
                    m.magnitude is None or d.magnitude is None or m.magnitude.value == d.magnitude.value
                    or _rounded_in_headline(m, d) or _rounded_in_headline(d, m)
                ) and (_related(m.subject, d.subject) or not m.subject or not d.subject
                       or _detail_told_again(m, d) or _detail_told_again(d, m)) and dates_ok:
                    same = True
            if same and d.instrument not in SYMMETRIC and m.subject and d.subject and not _related(m.subject, d.subject):
                if not (set(m.subject) <= {"all_goods"} or set(d.subject) <= {"all_goods"}):
                    same = False
            if same and m.sentence is not d.sentence and d.instrument not in SYMMETRIC \
                    and already_in_place(m.sentence, m.evidence) != already_in_place(d.sentence, d.evidence):
                same = False  # a measure already in place is not the new one restated
            if same and (_news_vs_past(m, d) or _news_vs_past(d, m)):
                same = False  # the lead's news is not the earlier measure recalled later
            if same and m.instrument == "agreement" and ("purchase" in m.cues) != ("purchase" in d.cues):
                same = False  # a purchase commitment is told apart from the deal that contains it
            if same and m.instrument == "talks" and (m.status == "proposed") != (d.status == "proposed") \
                    and not _bare(m) and not _bare(d) and m.sentence is d.sentence:
                same = False  # "spoke by phone ... and agreed to talk again": talks held, and talks to come
            if same and (_compatible_dates(m.date, d.date) or _start_date_of(m, d) or _start_date_of(d, m)):
                hit = i
                break
        if hit is None:
            merged.append(d)
            continue
        m = merged[hit]
        base, other = (m, d) if _better(m, d) is m else (d, m)
        if _bare(base) and not _bare(other):
            base, other = other, base  # the telling with its own verb ("agreed on May 12") leads
        subject = tuple(dict.fromkeys([*base.subject, *other.subject]))
        if len(subject) > 1 and "all_goods" in subject:
            subject = tuple(s for s in subject if s != "all_goods")
        if subject == ("all_goods",) and any("by value" in x.cues and not x.subject for x in (base, other)):
            subject = ()  # "duties on Chinese imports" restated as "on $200 billion of Chinese goods"
        # both a good and its kind stay: the text named each
        merged[hit] = replace(
            base,
            target=base.target or other.target,
            magnitude=base.magnitude or other.magnitude,
            duration=base.duration or other.duration,
            date=(other.date if _start_date_of(other, base) or _finer_date(other, base) else
                  base.date if base.date and base.date.value else
                  None if _bare(other) and _off_news_day(base, other) else other.date),
            status=other.status if _start_date_of(other, base) else base.status,
            subject=subject,
            explicit_target=base.explicit_target or other.explicit_target,
            cues=list(dict.fromkeys([*base.cues, *other.cues])),
            location=base.location or other.location,
        )
    return merged
