"""Dates of events: the date of an anchor in its sentence, what kind of date a mention is (a start
date, an origin, a dateline), and the dates a paragraph has told before a sentence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tradeshock.extract.dates import _MOVED_TO, DateMention, resolve_anchor
from tradeshock.extract.document import Document, Sentence
from tradeshock.extract.events.anchors import _is_date_tok
from tradeshock.extract.events.common import EFFECT_KICK, EFFECT_PAST, _lw, _text, effect_phrase
from tradeshock.extract.events.records import Anchor

_SINCE_WHEN = re.compile(r",?\s+when\b", re.I)
# the end of a measure's time ("until June 30", "to June 30" after "from"), unless a delay moved it there
_END_PREP = re.compile(r"\b(?:until|till|through|(?<!retroactive )(?<!retroactively )(?<!back )to)\s+(?:the\s+)?"
                       r"(?:end[- ](?:of\s+)?)?$")
_MOVED_VERB = re.compile(r"\b(?:extended|pushed back|postponed|delayed|moved)\b[^,;]*$")
_END_PREP_IN_DATE = re.compile(r"(?:until|till)\s", re.I)
# a threatened measure's start or deadline ("... rising to 25% by October")
_DEADLINE_PREP = re.compile(r"\b(?:by|until|before)\s+$")
_DEADLINE_PREP_IN_DATE = re.compile(r"(?:by|until|before)\s", re.I)

_GOODS_DATED = re.compile(r"\b(?:bought|purchased|shipped|imported|exported|made|produced|ordered|contracted)\s+"
                          r"(?:on or\s+)?(?:after|before|since|from)\s+$", re.I)

_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.I)
_PAUSED_VERB = re.compile(r"\b(?:impose|imposed|imposing|threatened|levy|levied|charge|apply|applied|hit)\b", re.I)
_PLANNED_FOR = re.compile(r"\b(?:scheduled|planned|slated|due|set)\s+(?:to\s+[a-z]+\s+)?(?:for|on)?\s*$", re.I)
_INSTEAD = re.compile(r"\b(?:instead of|rather than)\s+\w+ing\b", re.I)
# "has imposed", "have also charged", "has been provisionally applied", "has also been charging" (not "has said
# Mexico imposed": another verb's perfect)
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:(?!been\b)\w+\s+)?(?:been\s+)?(?:\w+ly\s+)?$", re.I)


# a sentence opened by the date of "since" ("Since Aug. 1 the United States has charged ...")
_SINCE_OPENS = re.compile(r"\s*(?:since\s+)?$", re.I)
_SINCE_DOING = re.compile(r"\bsince\s+[a-z]+ing\b[^,;]{0,40}$", re.I)


def _perfect_impose(doc, sent: Sentence, a: Anchor, d: DateMention) -> bool:  # type: ignore[no-untyped-def]
    """"have slapped tariffs on each other's goods since July": a measure put on then and in
    place since, dated by its start."""
    if a.action != "impose" and not _deal_in_force(a) or a.action_tok is None:
        return False
    text = _text(doc)
    end = doc[a.tok_end - 1].idx
    if a.action_tok > a.tok_start:
        # "the duties have applied to Peru since May", "have been in force since 3 March", "the 10% tariff
        # that Washington has charged on imports since April": the measure's own predicate or relative
        # clause after it, in the perfect, then the date
        end = doc[a.action_tok].idx
    first = min(a.tok_start, a.action_tok)
    if d.start < doc[a.tok_start].idx and _SINCE_OPENS.match(text, sent.start, d.start) \
            and first - sent.tok_start < 30:
        end = sent.start - 1  # "Since March 12, the United States has imposed 25% tariffs on steel": its start
    if not 0 < d.start - end < 100 or re.search(r"\b(?:time|times|level|lowest|highest)\s+(?:since\s*)?$",
                                                 text[max(0, d.start - 25):d.start], re.I):
        return False  # "for the first time since 2008": a record, not the measure's start
    return bool(_PERFECT.search(text[max(sent.start, doc[a.action_tok].idx - 30):doc[a.action_tok].idx]))


def _deal_in_force(a: Anchor) -> bool:
    """A deal told by its entry into force ("the pact has applied since May"): dated by its start, as a measure is."""
    return a.instrument == "agreement" and a.action == "agree" and "take effect" in a.cues


# "the ban on palm oil shipments, in force since April 28", "curbs that have been in place since May"
_IN_FORCE_SINCE = re.compile(r",?\s+(?:[^,;.()]{0,60}?,?\s)?(?:(?:that|which)\s+(?:has|have|had)\s+been\s+|(?:has|have|had)\s+been\s+)?"
                             r"(?:in\s+(?:force|place|effect)|on\s+the\s+books)\s+(?:since\s+)?$", re.I)


def _in_force_since(doc, a: Anchor, d: DateMention) -> bool:  # type: ignore[no-untyped-def]
    """A measure said to be in force since a date after it ("the ban on palm oil shipments, in force
    since April 28"): the date it began, which dates it (ANNOTATION.md 8: the effective date)."""
    if a.action not in ("impose", "tighten") and not _deal_in_force(a) \
            or a.action_tok is not None and a.action_tok < a.tok_start:
        return False  # (not "widened its tariffs, in force since 2021": the widening is not the state)
    end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    return 0 <= d.start - end <= 90 and bool(_IN_FORCE_SINCE.match(_text(doc)[end:d.start]))


# the relative clause or participle of a measure's noun phrase that tells when it was put on: "the curbs
# on X that Beijing first imposed in", "the duties which were introduced on", ", imposed in"
_ORIGIN_VERB = r"(?:imposed|introduced|levied|slapped|placed|put|adopted|enacted|issued|unveiled|announced)"
_OWN_ORIGIN = re.compile(r"(?:[^,;.()]{0,100}?\s(?:that|which)\s+(?:(?:[A-Z][\w.'’-]*|the|it|they|he|she|we)(?:\s+[A-Z][\w.'’-]*){0,2}\s+"
                         r"(?:had\s+|has\s+|have\s+)?|(?:was|were|had\s+been|has\s+been|have\s+been)\s+)|\s*,\s*)"
                         r"(?:first\s+|originally\s+|initially\s+|previously\s+|already\s+)?" + _ORIGIN_VERB
                         + r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|on|from)?\s*$")
# the verbs of an anchor that tell a state, not an act ("leaves in place", "remain in force", "keeps")
_STATE_VERBS = {"place", "force", "effect", "remain", "remains", "remained", "stay", "stays", "stayed", "keep", "keeps",
                "kept", "leave", "leaves", "left", "maintain", "maintains", "maintained"}


def _own_origin(doc, a: Anchor, d: DateMention) -> bool:  # type: ignore[no-untyped-def]
    """The date is told in the relative clause of the measure's own noun phrase saying when it was put
    on, and the anchor tells no act of its own (a noun, or a state: "leaves in place"): the measure's date."""
    if a.action != "impose" or a.action_tok is not None and a.action_tok != a.tok_start \
            and _lw(doc)[a.action_tok] not in _STATE_VERBS:
        return False
    end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    return 0 <= d.start - end <= 130 and bool(_OWN_ORIGIN.match(_text(doc), end, d.start))


# "said on Thursday he would ... on Friday and that ...": the day of the statement dates all it reports
_REPORTED_ON = re.compile(r"\b(?:said|says|told|warned|announced|added|stated|declared)\s+(?:on\s+)?$", re.I)
_THEN_AFTER = re.compile(r"\s+(?:after|before)\s+(?!\d)", re.I)
_DEAL_MADE = re.compile(r"\b(?:settlement|deal|agreement|accord|pact|truce)\s+(?:it\s+|they\s+)?(?:reached|struck|signed|"
                        r"sealed|agreed|concluded|clinched)\s+(?:with\s+[\w .'-]{1,30}?\s+)?(?:on\s+|in\s+)?$", re.I)
_SAME_DAY = re.compile(r",\s+the\s+(?:same\s+)?day\b(?!\s+(?:before|after|earlier|later)\b)", re.I)


_POSSESSIVE = re.compile(r"['’]s?(?=\s)")
_POSSESSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")


def _denied_noun(doc, b: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """A measure or deal named only as what did not happen ("ended without a deal", "no agreement"):
    no event, so it does not compete for a date."""
    lw = _lw(doc)
    k = b.tok_start
    return k >= 1 and (lw[k - 1] in ("no", "without") or k >= 2 and lw[k - 2] == "without"
                       and lw[k - 1] in ("a", "an", "any"))


# "talks on the steel tariffs", "negotiations over its export curbs": the measure the talks are about
# (the partner after "with" is capitalised: no re.I on that part)
_TOPIC_PREP = re.compile(r"\s+(?:(?i:with)\s+(?:(?i:the)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+)?"
                         r"(?i:on|over|about|regarding|concerning)\s+(?:[\w.'’-]+\s+){0,4}$")


def _topic_of(doc, a: Anchor, b: Anchor) -> bool:  # type: ignore[no-untyped-def]
    """The anchor ``b`` names what the talks ``a`` are about, right after them: it tells no act of its
    own, so it does not compete with the talks for their date."""
    if a.instrument != "talks" or b.instrument == "talks" or b.tok_start < a.tok_end or b.tok_start - a.tok_end > 9:
        return False
    if "discussed" in a.cues and b.tok_start - a.tok_end <= 6 \
            and not any(t.text in (",", ";", ":") for t in doc[a.tok_end:b.tok_start]):
        return True  # "discussed the rice tariff with Greer on Monday": the verb's object is the talks' matter
    end = doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])
    return bool(_TOPIC_PREP.fullmatch(_text(doc)[end:doc[b.tok_start].idx]))


def _lead_start(doc, sent: Sentence, b: Anchor) -> int:  # type: ignore[no-untyped-def]
    """Where the predicate of an act on a measure named again opens: its verb, or a date set off just
    before it after "then" or "and" ("and then, in April 2021, lifted them": from the date's comma; but
    "in June 2018, then lifted them": the verb, the date is the measure's)."""
    lw = _lw(doc)
    j = b.action_tok
    while j - 1 > sent.tok_start and (lw[j - 1] in (",", "in", "on")
                                      or _is_date_tok(sent, doc, j - 1)):
        j -= 1
    if j < b.action_tok and lw[j - 1] in _LEAD_WORDS:
        return doc[j].idx
    return doc[b.action_tok].idx


_LEAD_WORDS = frozenset({"then", "later", "subsequently", "eventually", "finally", "and"})


def _pick_date(doc, sent: Sentence, a: Anchor, anchors: list[Anchor], reference: str | None,  # type: ignore[no-untyped-def]
               exclude: tuple[int, int] | None = None, threat: bool = False) -> DateMention | None:
    """The date of the anchor: the nearest date in the sentence that no other anchor stands
    closer to, or a sentence-opening date ("On Friday, ...", "The next day, ...")."""
    if "dated measure" in a.cues and a.action_tok is not None:
        # "Seoul's 2013 ban on Japanese fishery products": the year naming the measure dates it, and nothing
        # else in the sentence ("eased its 2019 sanctions on Tuesday" is Tuesday's act)
        y = doc[a.action_tok]
        return DateMention(y.idx, y.idx + len(y.text), y.text, "year", y.text, "year")
    pos = doc[a.tok_start].idx
    # the second noun of the same phrase ("anti-subsidy investigation") does not compete for a date
    rivals = [b for b in anchors
              if not (b.instrument == "agreement" and b.action_tok == b.tok_start and b is not a
                      and _lw(doc)[b.tok_start] in ("agreed", "agree", "agrees"))
              and not (b is not a and b.instrument == a.instrument and b.tok_start == a.tok_end)
              and not (b is not a and _denied_noun(doc, b))
              and not (b is not a and _topic_of(doc, a, b))]
    positions = [doc[b.tok_start].idx for b in rivals]
    # an act on a measure named again takes only a date after its verb (anaphora.take_antecedent) or
    # between its clause's opening and its verb, so it competes for none before ("put tariffs on steel and
    # aluminium in June 2018, then lifted them"; but "and then, in April 2021, lifted them"), read by anchor
    # (a relative act starts where its head does)
    leads = [_lead_start(doc, sent, b) if b is not a and "anaphor" in b.cues and b.action_tok is not None else -1
             for b in rivals]
    best: tuple[float, DateMention] | None = None
    cond = _if_clause(_text(doc), sent.start, pos)
    for d in sent.dates:
        if cond is not None and d.start < cond:
            continue  # "ready to act, it said on Monday, if the US dropped its tariffs": a pure hypothetical
        if exclude is not None and exclude[0] <= d.start < exclude[1]:
            continue  # the date of a relative clause ("the controls it announced on Oct. 9")
        before = _text(doc)[max(0, d.start - 7):d.start].lower()
        when_clause = d.end < pos and bool(_WHEN_AFTER.match(_text(doc), d.end)) \
            and (not any(d.end < p < pos for p in positions if p != pos) or _when_series(_text(doc), d.end, pos))
        since = before.endswith("since ") or d.text.lower().startswith("since")
        since_start = since and (_perfect_impose(doc, sent, a, d) or _in_force_since(doc, a, d))
        if since and not since_start \
                and not when_clause and not (pos > d.end and _SINCE_WHEN.match(_text(doc), d.end)):
            continue  # the start of a state, not the date of this event ("since April, when X added ...": X's date)
        if _dateline(_text(doc), d):
            continue  # "SEOUL, June 20 --": when the story was filed
        if _POSSESSIVE.match(_text(doc), d.end) and not (pos >= d.end and _POSSESSED.fullmatch(_text(doc), d.end, pos)):
            continue  # "Friday's order builds on the deals announced a day earlier": the order's day only
        if d.end <= pos and _SINCE_DOING.search(_text(doc), max(sent.start, d.start - 50), d.start):
            continue  # "Since taking office in January, Trump has raised tariffs": the date of the taking office
        # "lifted in 2021 after the two sides agreed a truce": the year holds both acts
        year_span = d.end < pos and d.anchor_offset is None and d.precision == "year" \
            and bool(_THEN_AFTER.match(_text(doc), d.end))
        if d.end < pos and d.anchor_offset is None and _THEN_AFTER.match(_text(doc), d.end) \
                and not any(d.end < p < pos for p in positions if p != pos) and not year_span:
            continue  # "shares rallied on Wednesday after Trump said a deal had been struck": the rally's day
        if _GOODS_DATED.search(_text(doc)[max(sent.start, d.start - 24):d.start]) or (
                a.action in ("threaten", "extend") and re.search(r"\b(?:until|till|through)\s+$",
                                                     _text(doc)[max(sent.start, d.start - 8):d.start])) or (
                a.action in ("extend", "defer", "suspend") and d.start > pos and _MOVED_TO.search(
                    _text(doc)[max(sent.start, d.start - 90):d.start])) or (
                a.action == "extend" and re.match(r"(?:until|till|through)\b", d.text, re.I)):
            continue  # "farm goods bought after August 3", "consulting, until Oct. 10, on possible surtaxes",
            # "will keep the tariff for 20 more years, until 2041": when the extension ends
        if (_END_PREP.search(_text(doc)[max(sent.start, d.start - 20):d.start])
                and not _MOVED_VERB.search(_text(doc)[max(sent.start, d.start - 60):d.start])
                or _END_PREP_IN_DATE.match(d.text)):
            continue  # "bans exports from today until June 30", "stops sales until end-June": when it ends
        if d.start > pos and _INSTEAD.search(_text(doc)[pos:d.start]):
            continue  # "... for 20 more years, instead of scrapping it in 2021": the date of what is not done
        if a.action in ("suspend", "defer") and d.start > pos and _PLANNED_FOR.search(_text(doc)[max(sent.start, d.start - 32):d.start]):
            continue  # "called off the tariffs that were scheduled for Sunday": the date of what is paused
        if d.start > pos and _origin_of_other(_text(doc), sent, d, doc[a.tok_end - 1].idx + len(doc[a.tok_end - 1])):
            continue  # "charged 19 percent, down from the 32 percent rate set in April": the other rate's date
        if d.start > pos and a.action not in ("impose", "threaten") and a.instrument not in ("agreement", "talks") \
                and (_origin_date(_text(doc), sent, d) or _ORIGIN_PARTICIPLE.search(_text(doc), max(pos, d.start - 40), d.start)) \
                and _same_clause(doc, pos, d.start):
            continue  # "will scrap its surtax on US aluminium, which it introduced in March": the surtax's start
            # (", imposed in 2013 after ...": likewise)
        if d.start > pos and a.instrument != "agreement" \
                and _DEAL_MADE.search(_text(doc)[max(pos, d.start - 40):d.start]):
            continue  # "the ban was lifted, the last step required under a settlement reached last month": the deal's date
        if a.action in ("suspend", "defer") and d.start > pos and _PAUSED_VERB.search(_text(doc)[pos:d.start]):
            continue  # "put off the 30% tariff he had threatened to impose from Friday": the paused measure's date
        opening = d.start - sent.start <= 3 or _text(doc)[d.end:d.end + 1] == "," and d.start - sent.start <= 30
        # "tariffs on X from September 1, ending a truce ...": a start date ("from", "effective",
        # "starting") closes the measure told before it; anchors after it do not take it
        starts = _effective_date(_text(doc), sent.start, d) and not opening
        # "from Oct. 14, the day Washington is due to start levying fees": the appositive tells
        # what else happens on that day
        same_day = pos > d.end and bool(_SAME_DAY.match(_text(doc), d.end)) \
            and not any(d.end < p < pos for p in positions if p != pos and _text(doc)[d.end:p].count(",") > 1)
        if same_day:
            opening = True
        if _SHARED_START.search(_text(doc)[max(sent.start, d.start - 60):d.start]) and d.start > pos:
            opening = True  # "a 10% tariff on X and a 25% duty on Y, both taking effect on Oct. 14": each
        if d.start > pos and d.start - pos < 200 and a.instrument not in ("talks", "agreement", "leader_call") \
                and _SHARED_ORIGIN.match(_text(doc)[pos:d.start]):
            opening = True  # "the 25% tariff on steel and 10% tariff on aluminum that Washington imposed on June 1"
        if starts and pos > d.start and not same_day:
            continue
        # other anchors compete for a date only from inside the date's own clause
        # (nor does an anchor with another date between it and this one, when none stands between this one
        # and the anchor: "put tariffs on steel in June 2018, then lifted them in May 2019 under a deal")
        closes = d.end <= pos and not (opening or when_clause or year_span) \
            and any(p < d.start and _closes_phrase(_text(doc), p, d, pos) for p in positions if p != pos) \
            and _own_later_date(doc, sent, pos, positions)
        if closes:
            continue  # "halted exports in January 2014, then reopened the door in 2017": the halt's date
            # (but "spoke by phone on Tuesday and agreed to meet": a verb with no date of its own shares it)
        nearest_other = min((abs(p - d.start) for p, lead in zip(positions, leads, strict=True) if p != pos
                             and _same_clause(doc, p, d.start) and not (starts and p > d.start) and not d.start < lead
                             and not (pos < d.start and _closes_phrase(_text(doc), pos, d, p))
                             and not (_date_between(sent, d, p) and not _date_between(sent, d, pos))), default=None)
        mine = abs(pos - d.start)
        shift_phrase = d.anchor_offset is not None and re.search(r"\b(after|before)$", d.text.lower())
        if shift_phrase and pos >= d.end:
            # "X came four days after Y": the shift belongs to the first thing that follows
            if any(d.end <= p < pos for p in positions):
                continue
            mine = pos - d.end
        elif nearest_other is not None and nearest_other < mine and not opening and not when_clause and not year_span:
            continue  # (but "a pact struck in 1996, when Washington opened a probe", "since September,
            #  when Commerce told suppliers ...": the when-clause's event and date)
        if d.anchor_offset is not None:
            if shift_phrase and d.end > pos:
                d = replace(d, anchor_offset=0)  # X itself is at the reference date
            told = [e for e in sent.dates if e.end <= d.start and e.anchor_offset is None and e.precision == "day"
                    and not _effective_date(_text(doc), sent.start, e)]  # (not "effective Thursday": a start)
            month = [e for e in sent.dates if e.end <= d.start and e.anchor_offset is None and e.value
                     and e.precision == "month" and not e.weak and not _effective_date(_text(doc), sent.start, e)]
            if not told and month and abs(d.anchor_offset) <= 7 and not shift_phrase:
                # "Earlier this month Washington widened its curbs, and Beijing answered the next day": a
                # day after a day the text does not fix is in that month, not a day after another date
                d = replace(d, value=month[-1].value, precision="month", anchor_offset=None)
            # "added Huawei to the list last Wednesday, the same day Trump signed an order": the day told first
            if d.anchor_offset is not None and (told or not (shift_phrase and _COMES_NOW.search(_text(doc)[max(sent.start, d.start - 24):d.start]))):
                d = resolve_anchor(d, told[-1].value if told else reference)
            # (else "The rules come two days after ...": counted from the story's day, which the paragraph
            # or the lead tells, not from the last day the text happened to name; resolved in context.py)
        if d.value is None and d.anchor_offset is None:
            continue
        dist = mine + (40 if d.weak else 0)
        if d.end < pos and not when_clause and _closed_relative(_text(doc), sent.start, d, pos):
            dist += 300  # "The EU, which agreed a deal on July 27, cut its tariffs on Thursday": the relative clause's
        if not opening and not when_clause and not _same_clause(doc, pos, d.start, d.end) \
                and not (d.end < pos and _REPORTED_ON.search(_text(doc)[max(sent.start, d.start - 12):d.start])):
            dist += 300  # a date told in another clause ("..., and Beijing answered on Monday")
        if a.action_tok is not None and a.action_tok > a.tok_start \
                and 0 <= d.start - (doc[a.action_tok].idx + len(doc[a.action_tok])) <= 30 \
                and _same_clause(doc, pos, d.start):
            dist -= 200  # "the agreement the two countries reached in Geneva earlier this month": its own verb's date
        if (a.action == "threaten" or threat) and d.start > pos and (
                _effective_date(_text(doc), sent.start, d)
                or _DEADLINE_PREP.search(_text(doc)[max(sent.start, d.start - 8):d.start])
                or _DEADLINE_PREP_IN_DATE.match(d.text)):
            continue  # "threatened tariffs from Nov. 1", "... rising to 25% by October": when the threatened
            # measure would start; a threat is dated by the day it was made (eval/README.md)
        if _effective_date(_text(doc), sent.start, d) and d.start > pos \
                and _same_clause(doc, pos, d.start):
            dist -= 1000  # "from March 10", "take effect on June 1": the effective date wins
        elif since_start and d.start < pos and d.start - sent.start <= 8:
            dist -= 1000  # "Since Dec. 1, exporters of X have needed a licence, under rules announced on
            # Oct. 20": the start of the measure in force, told first, is its effective date
        elif d.start > pos and _own_origin(doc, a, d):
            dist -= 200  # "leaves in place the curbs on X that Beijing first imposed in March 2021": their start
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def _own_later_date(doc, sent: Sentence, pos: int, positions: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """A date follows the anchor at ``pos`` in its clause before any other anchor does."""
    nxt = min((p for p in positions if p > pos), default=sent.end)
    return any(pos < e.start < nxt and (e.value or e.anchor_offset is not None) and _same_clause(doc, pos, e.start)
               for e in sent.dates)


_PHRASE_NEXT = re.compile(r",|\band\b")
_PHRASE_STOP = re.compile(r"[,;:()]|\s(?:and|but|or|which|who|that|when|after|before|while)\s")


def _closes_phrase(text: str, left: int, d: DateMention, right: int) -> bool:
    """The date ``d`` ends the phrase of the anchor at ``left`` and a comma or "and" sets off the anchor
    at ``right`` after it ("first halted exports in January 2014, then reopened ...", "opened a probe in
    2018 and imposed duties a year later"): English puts the date after the verb phrase it dates, so it
    is the first anchor's, not the next one's."""
    return left < d.start <= d.end <= right and d.start - left <= 120 \
        and not _PHRASE_STOP.search(text, left, d.start) and _PHRASE_NEXT.search(text, d.end, right) is not None \
        and not re.search(r"[;:]", text[d.end:right])


_SERIES_LINK = re.compile(r",\s+(?:and\s+|then\s+|and\s+then\s+)?([a-z]+)")
_PAST_IRREGULAR = {"said", "told", "made", "put", "set", "cut", "hit", "struck", "took", "gave", "sent", "began", "won",
                   "broke", "spoke", "wrote", "met", "left", "kept", "held", "brought", "sought", "drew", "threw"}


def _when_series(text: str, date_end: int, pos: int) -> bool:
    """The anchor at ``pos`` is one of the verbs of a when-clause told right after the date, joined to
    its first verb by commas and "and" with no new subject ("broken off on Friday, when he called the
    levy an attack, said he was ending talks, and threatened to ..."): all of them happened that day."""
    seg = text[date_end:pos]
    if re.search(r"[;:()]|\.\s", seg):
        return False
    links = list(_SERIES_LINK.finditer(seg))[1:]  # (the first is the comma before "when")
    return bool(links) and all(w.group(1).endswith("ed") or w.group(1) in _PAST_IRREGULAR
                               for w in links)


def _date_between(sent: Sentence, d: DateMention, p: int) -> bool:
    """Another dated expression stands between the date ``d`` and the character offset ``p``."""
    lo, hi = (d.end, p) if p > d.start else (p, d.start)
    return any(lo <= e.start and e.end <= hi and e is not d and (e.value or e.anchor_offset is not None)
               for e in sent.dates)


# "in London in June and in Stockholm last month", "in May in Geneva and in June in London": a further
# place and date coordinated with the talks' own
_PLACE = r"(?:in|at)\s+(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)"
_NEXT_ROUND = re.compile(r"\s*,?\s*(?:and|as well as|then|and then)\s+(?:again\s+)?(?:" + _PLACE + r"\s*,?\s*)?(?:on\s+)?$")
_NEXT_ROUND_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s*,?\s*(?:and|as well as)\s+"
                                     r"(?:again\s+)?(?:on\s+)?$")
_PLACE_AFTER = re.compile(r"\s+" + _PLACE)


def _later_rounds(text: str, sent: Sentence, date: DateMention | None) -> list[tuple[DateMention, str | None]]:
    """The further rounds of talks a sentence coordinates with the dated one ("met in Geneva in May and
    in London in June"): each later date, with the place told beside it."""
    if date is None or not date.value or not sent.start <= date.start < sent.end:
        return []
    out: list[tuple[DateMention, str | None]] = []
    prev = date
    for d in sent.dates:
        if d.start < prev.end or not d.value or d.anchor_offset is not None:
            continue
        between = text[prev.end:d.start]
        m = _NEXT_ROUND.fullmatch(between)
        place: str | None = None
        if m is not None:
            place = m.group("place")
        elif _NEXT_ROUND_PLACE_AFTER.fullmatch(between):
            after = _PLACE_AFTER.match(text, d.end)
            place = after.group("place") if after else None
        else:
            break
        if place is None and d.precision == "day" and prev.precision == "day":
            break  # "talks in London on Monday and Tuesday": one meeting over two days
        out.append((d, place))
        prev = d
    return out


_COMES_NOW = re.compile(r"\b(?:comes?|follows?|arrives?)\s+(?:just\s+|only\s+|barely\s+)?$", re.I)
_OPEN_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|[a-z]{3,}ed|hit|stung|struck)\b[^,;]*$", re.I)


def _closed_relative(text: str, sent_start: int, d: DateMention, pos: int) -> bool:
    """The date stands in a relative clause set off by commas that closes before the anchor ("The EU,
    which agreed a deal on July 27, cut its tariffs")."""
    return text[d.end:d.end + 1] == "," and "," not in text[d.end + 1:pos] \
        and bool(_OPEN_RELATIVE.search(text, max(sent_start, d.start - 120), d.start))


_SHARED_START = re.compile(r"\b(?:both|all|each)(?:\s+(?:of\s+)?(?:them|which|the|three|two|these|those))?(?:\s+[\w-]+)?"
                           r"\s+(?:taking|take|takes|to take|will take|come|comes|coming|go|goes|going|went|took|came)\s+"
                           r"(?:effect|into (?:effect|force))\s+(?:on\s+|from\s+)?$", re.I)
# measures coordinated with no comma, then one relative clause telling when they began
_SHARED_ORIGIN = re.compile(r"[^,;.]*\band\b[^,;.]*\b(?:that|which)\s+(?:[\w.'’-]+\s+){1,3}(?:imposed|put|levied|"
                            r"slapped|introduced|adopted|announced|placed)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in|from)\s+$", re.I)
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.I)


def _if_clause(text: str, sent_start: int, pos: int) -> int | None:
    """Where the if-clause an anchor stands in begins ("... if the United States dropped its own
    tariffs"), or None. eval/README.md: a pure hypothetical has no date."""
    m = _IF_CLAUSE.search(text, max(sent_start, pos - 80), pos)
    return m.start() if m else None


def _effective_date(text: str, sent_start: int, d: DateMention) -> bool:
    """A start date: "from March 10", "take effect on June 1", "from January" (the preposition
    may be part of the date's own text)."""
    return bool(_EFFECTIVE.search(text[max(sent_start, d.start - 22):d.start])
                or re.match(r"(?:from|starting|effective|beginning)\s", d.text, re.I))


_CLAUSE_BREAK = re.compile(r";|\band\s+that\b|,\s+(?:and|but|while|whereas|when|after|before)\b|\b(?:while|whereas)\b|"
                           r",\s+(?!including\b|excluding\b|according\b|starting\b|beginning\b)[a-z]+ing\b")


def _same_clause(doc, a: int, b: int, b_end: int | None = None) -> bool:  # type: ignore[no-untyped-def]
    """No clause break (";", ", and", ", which", "while" ...) between two character offsets."""
    lo_c, hi_c = (a, b) if a < b else ((b_end if b_end is not None else b), a)
    return not _CLAUSE_BREAK.search(_text(doc)[lo_c:hi_c])


# (not "the list dates from 31 May 2019": an origin, the day something was done; the present "comes
# into force", "enters into force" are not among the verb forms yet: adding them redates measures)
_EFFECTIVE = re.compile(r"\b((?<!\bdates )(?<!\bdating )(?<!\bdated )(?<!\bstems )from|effective|starting|beginning|as of|"
                        + effect_phrase(["take", "takes", "took", "taking", "came", "went", *EFFECT_KICK]) + r"|in effect)\s+(?:on\s+)?$", re.I)


def _near_days(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates at most a day apart, or either unknown."""
    if a is None or b is None or not a.value or not b.value:
        return True
    try:
        return abs((dt.date.fromisoformat(a.value[:10]) - dt.date.fromisoformat(b.value[:10])).days) <= 1
    except ValueError:
        return a.value[:7] == b.value[:7]


def _compatible_order(first: DateMention | None, then: DateMention | None) -> bool:
    """``then`` is not before ``first`` (unknown dates are compatible)."""
    if first is None or then is None or not first.value or not then.value:
        return True
    n = min(len(first.value), len(then.value))
    return then.value[:n] >= first.value[:n]


_REL_VERBS = {"imposed", "introduced", "placed", "announced", "levied", "slapped", "put", "began", "adopted",
              "unveiled", "enacted", "rolled", "set", "added", "issued", "applied", "established"}


def _paragraph_dates(document: Document) -> tuple[dict[int, DateMention], DateMention | None]:
    """For each sentence, the last resolved date told earlier in its paragraph; and the article's
    news day (the first day-precision date of the body)."""
    text = document.text
    out: dict[int, DateMention] = {}
    lead: DateMention | None = None
    current: DateMention | None = None
    earlier = False  # the current date was told in the past perfect
    prev_end = 0
    reference: str | None = None
    for s in document.sentences:
        if "\n" in text[prev_end:s.start]:
            current = None  # a new paragraph
        prev_end = s.end
        if current is not None and not (earlier and _STORY_TIME.search(s.text)):
            # (but "In a letter on July 9, Trump had set a 20% rate. Manila will now pay 19%": back from
            # the past perfect's earlier time to the story's, the July 9 letter does not date what follows)
            out[s.index] = current
        for d in s.dates:
            r = resolve_anchor(d, reference) if d.anchor_offset is not None else d
            if not r.value:
                continue
            if r.precision == "day" and not _start_of_state(text, s, r):
                reference = r.value
            if re.search(r"\bsince\b", r.text.lower()) or re.search(
                    r"\bsince\s*$", text[max(0, r.start - 7):r.start].lower()):
                continue
            if _dateline(text, r):
                continue  # "BUSAN, Oct. 31 --": when the story was filed, not when anything happened
            if _origin_date(text, s, r):
                continue  # "the controls it announced on Oct. 9": when a measure began, not the news
            if _ahead(r, document) or _effective_date(text, s.start, r) \
                    and not _took_effect(text[max(s.start, r.start - 22):r.start], r, document):
                continue  # "From Dec. 1, ...": when a rule bites, not when the paragraph's news happened
            current = r
            earlier = _background_clause(text, s)
            if lead is None and not s.headline and r.precision == "day" and not r.weak:
                lead = r
    return out, lead


# a sentence whose main clause is in the past perfect ("In a letter on July 9, Trump had set ...", "Canada
# had already raised ..."): a short subject, maybe behind an opening phrase, then "had" and a participle
_HAD_DONE = re.compile(r"(?:(?:In|On|At|By|Last|Earlier|Back)\b[^,;]{0,60},\s*)?(?:[A-Z][\w.'’-]*|the|its|their|his|her|"
                       r"[a-z]+['’]s)(?:\s+(?!(?:that|which|who|said|says|told)\b)[\w.'’-]+){0,4}?\s+had\s+"
                       r"(?:(?:already|also|first|earlier|previously|originally|just)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|wn)\b")


_STORY_TIME = re.compile(r"\b(?:will|now|shall|is set to|are set to|is to|are to)\b", re.I)


def _background_clause(text: str, s: Sentence) -> bool:
    """The sentence tells an act in the past perfect, before the story's time: its dates are not the
    time the rest of the paragraph is told from."""
    return bool(_HAD_DONE.match(text, s.start, s.end))


_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .'/-]+(?:,\s*[A-Za-z .]+)?,\s*$")

_ORIGIN_CLAUSE = re.compile(
    r"\b(?:tariffs?|duty|duties|levy|levies|surcharges?|surtax(?:es)?|controls?|restrictions?|rules?|curbs?|bans?|"
    r"fees?|measures?|limits?|sanctions?|countermeasures?|quotas?|exemptions?|probes?|investigations?|rate)\s+"
    r"(?:(?:on|of|against)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,?\s+)?(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|already\s+|originally\s+|previously\s+|just\s+)?|(?:that|which)\s+(?:was|were|had been|has been|"
    r"have been)\s+(?:first\s+)?|(?:first|originally|previously)\s+|(?<=rate )(?=set\b))(?P<verb>[a-z]+)\b[^,;:]*$", re.I)

_ORIGIN_VERBS = _REL_VERBS | {"issued", "launched", "agreed", "reached", "struck"}


# a participle set off by a comma telling when the measure before it was put on ("its ban on Japanese
# seafood, imposed in 2013")
_ORIGIN_PARTICIPLE = re.compile(r",\s+(?:first\s+|originally\s+|initially\s+)?" + _ORIGIN_VERB
                                + r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|on)?\s*$", re.I)


def _origin_date(text: str, s: Sentence, d: DateMention) -> bool:
    """A date inside a relative clause that tells when a measure began ("the port fees they began
    charging on Oct. 14", "rules first issued a year ago", "the tariff that was imposed in May")."""
    m = _ORIGIN_CLAUSE.search(text[max(s.start, d.start - 90):d.start])
    return bool(m and m.group("verb").lower() in _ORIGIN_VERBS)


def _origin_of_other(text: str, s: Sentence, d: DateMention, anchor_end: int) -> bool:
    """The date is the origin of a measure named after the anchor ("..., down from the 32 percent
    rate set in April"), not of the anchor's own event."""
    lo = max(s.start, d.start - 90)
    m = _ORIGIN_CLAUSE.search(text[lo:d.start])
    return bool(m and m.group("verb").lower() in _ORIGIN_VERBS and lo + m.start() > anchor_end
                and re.search(r"\b(?:down|up) from\b", text[anchor_end:lo + m.start()]))


def _start_of_state(text: str, s: Sentence, d: DateMention) -> bool:
    """A date that tells since when, or from when, something holds ("in force since July 4", "will
    need permits from Dec. 1", "the fees they began charging on Oct. 14"): not the day of the news
    that "a day after" or "three days later" count from."""
    before = text[max(s.start, d.start - 22):d.start]
    return bool(d.text.lower().startswith("since") or re.search(r"\bsince\s*$", before, re.I)
                or _effective_date(text, s.start, d) or _origin_date(text, s, d))


_TOOK_EFFECT = re.compile(r"\b" + effect_phrase([*EFFECT_PAST, "kicked"]) + r"\b", re.I)


def _took_effect(before: str, d: DateMention, document: Document) -> bool:
    """"A surtax took effect on Tuesday": a start told in the past tense, in the days before
    publication, is the news of the day (not "the pact, which came into force on July 1, 2020")."""
    if document.published is None or not d.value or len(d.value) != 10:
        return False
    return bool(_TOOK_EFFECT.search(before)) \
        and 0 <= (document.published - dt.date.fromisoformat(d.value)).days <= 14


def _ahead(d: DateMention, document: Document) -> bool:
    """A date after the publication date (a deadline or a start date, not the day of the news)."""
    if document.published is None or not d.value:
        return False
    return d.value[:len(d.value)] > document.published.isoformat()[:len(d.value)]


# the dash after a dateline's date, maybe behind the agency's name ("LONDON, May 2 (Reuters) -")
_AFTER_DATELINE = re.compile(r"\s*(?:\([A-Z][\w .&-]{0,30}\)\s*)?(?:--|—|–|-\s)")


def _dateline(text: str, d: DateMention) -> bool:
    """A date in a dateline: a place in capitals before it and a dash after it."""
    return bool(_AFTER_DATELINE.match(text, d.end)
                and _DATELINE.search(text[max(0, d.start - 40):d.start]))


def _compatible_dates(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or not a.value or not b.value:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]
