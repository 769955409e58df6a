"""Date expressions: find them in text and resolve them against the publication date.

Each expression becomes a :class:`DateMention` with its character span and a resolved value at
the precision the text fixes (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), or ``None`` when no year
can be fixed. Expressions relative to another event ("the next day", "four days after") are
returned with ``anchor_offset`` set and resolved later against a running reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90,
}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_PATTERN = r"(?:19|20)\d\d"  # a year of the last two centuries
_YEAR = r"(?P<year>" + YEAR_PATTERN + ")"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Order matters: the first pattern that matches at a position wins; longer forms come first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "on October 7 last year", "from 1 July this year": the day of the year named
    ("mdy", re.compile(_MONTH + r"\s+" + _DAY + r"\b(?:,?\s+" + _YEAR + r"\b|,?\s+(?P<yrel>last|next|this)\s+year\b)?")),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r"\b|,?\s+(?P<yrel>last|next|this)\s+year\b)?")),
    ("part_month", re.compile(r"\b(?P<part>early|mid|late|end(?=-)|the end of|end of|the start of|the beginning of|beginning of|start of)[\s-]+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b", re.I)),
    ("month_year", re.compile(_MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b")),
    # "two years later", "a month earlier": a shift from the date told before, at its precision; "at the
    # same time": the date told before in the sentence (both resolved by :func:`resolve_told_periods`)
    ("told_shift", re.compile(r"\b" + _NUM + r"\s+(?P<unit>year|month)s?\s+(?P<dir>later|earlier|before)\b(?!\s+(?:than|that)\b)",
                              re.I)),
    ("same_time", re.compile(r"(?<=[a-z] )at\s+the\s+same\s+time\b(?!\s+(?:as|that)\b)")),
    # "in June that year", "later that month", "the following year": the period of the date told before
    # (resolved across sentences by :func:`resolve_told_periods`)
    ("that_period", re.compile(_MONTH + r",?\s+(?:of\s+)?(?:that|the same)\s+year\b"
                               r"|\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|that same|the same)\s+(?P<unit>year|month)\b"
                               r"(?!['’]s)|\b(?:the|a)\s+(?P<rel>following|previous|year)\s+(?P<unit2>year|month|later|before)\b",
                               re.I)),
    ("month_rel", re.compile(_MONTH + r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b")),
    ("month", re.compile(r"\b(?P<prep>(?i:in|since|until|till|by|from|during|before|after|this|last|next|of|through))\s+" + _MONTH + r"\b(?!\s+\d)")),
    ("ordinal_day", re.compile(r"\b(?:on\s+)?the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")")),
    ("end_of", re.compile(r"\b(?:the\s+)?end\s+of\s+(?P<rel>the|this|next|last)\s+(?P<unit>week|month|year)\b", re.I)),
    ("weekday_week", re.compile(r"\b(?:on\s+)?" + _WD + r"\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b", re.I)),
    ("rel_unit", re.compile(r"\b(?P<rel>last|this|next|earlier this|later this|earlier in the|later in the|past|previous|coming)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|this|next|on|this past|this coming)\s+)?" + _WD + r"\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this past)\s+weekend\b", re.I)),
    ("today", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|overnight)\b", re.I)),
    ("ago", re.compile(r"\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("anchor_n", re.compile(r"\b(?:just\s+|only\s+)?" + _NUM + r"\s+(?P<unit>day|week)s?\s+(?P<dir>after|before|later|earlier)\b", re.I)),
    ("vague", re.compile(r"\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:day or two|days?|few days|couple of days|"
                         r"weeks?|few weeks|couple of weeks)\b|\bin the days ahead\b", re.I)),
    ("anchor_word", re.compile(r"\b(?P<phrase>the next day|the following day|a day later|the day after|the day before|the previous day|the same day|on the same day|that same day|that day|on this day|the next morning|the following week|a week later|"
                                     r"hours later|hours earlier|minutes later|later that day|earlier that day|"
                                     r"that evening|that night|that morning)\b", re.I)),
    ("year", re.compile(r"(?<!\d )\b(?P<prep>in|since|until|by|from|during|of|for|through|early|late|mid-?)\s*" + _YEAR + r"\b(?!\s*-\s*\d)"
                        # "during the 2018 trade war": the year of the episode a past act belongs to
                        r"|\b(?P<prep2>during|since)\s+the\s+" + _YEAR.replace("year", "year2") + r"(?=\s+[a-z])(?!\s*-\s*\d)", re.I)),
]

_FUTURE = re.compile(r"\b(will|shall|is set to|are set to|is due to|are due to|plans? to|next|takes? effect|taking effect|"
                     r"to take effect|scheduled to|upcoming|from|starting|beginning|effective|until|due|deadline|"
                     r"expires?|lapse|would|kick in|kicks in|go(?:es)? into effect|comes? into (?:effect|force)|expected to|"
                     r"slated|scheduled for|planned for|set for|starts? on|begins? on|becomes? effective)\b", re.I)
# a weekday or "the 9th" lies ahead when a future verb comes before it in the clause ("will meet on
# Friday"), or a deadline preposition stands right before it ("from Monday", "by Friday"); "spoke by
# phone on Tuesday" is past
_LOCAL_FUTURE = re.compile(r"\b(will|shall|would(?!\s+have\b)|scheduled|set to|is to|are to|plans? to|expected to|takes? effect|taking effect|"
                           r"to take effect|slated|set for|planned for)\b[^.;]*$|\b(from|starting|effective|until|due|by|before|beginning)"
                           r"\s+(?:on\s+|this\s+|next\s+)?$"
                           # "the ban starts Friday", "the pause expires on Tuesday": a present-tense start or end
                           r"|\b(?:starts|begins|expires|lapses|kicks in|comes into force|goes into effect)\s+(?:on\s+)?$",
                           re.I)
# "extended the pause by 90 days to November 10": a new deadline, ahead
_MOVED_TO = re.compile(r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|push(?:es|ed|ing)?\b[^.;]{0,40}\bback|postpone[sd]?|"
                       r"delay(?:s|ed)?|defer(?:s|red)?)\b[^.;]{0,70}\bto\s+$", re.I)
# "Tariffs will rise, Trump said on Monday": the day of a statement is past, whatever it foretells
_SAID_ON = re.compile(r"\b(?:said|told|announced|added|stated|wrote|posted|declared|warned|confirmed|reported|"
                      r"insisted|signalled|signaled)\b(?:\s+(?:reporters|journalists|lawmakers|parliament|"
                      r"a\s+[a-z]+\s+conference|in\s+a\s+statement))?\s+(?:on\s+|late\s+|early\s+|last\s+)?$", re.I)
# "will cut tariffs under the deal signed in September": a participle of a done act right before the
# month dates that act, in the past
_DONE_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:signed|reached|struck|sealed|concluded|agreed|imposed|"
                          r"introduced|announced|approved|adopted|unveiled|launched|issued|enacted|passed)\s+"
                          r"(?:[\w.'’-]+\s+){0,3}$", re.I)
_START_PREP = re.compile(r"\b(?:from|starting|effective|beginning)\s+(?:on\s+)?$", re.I)
_LOCAL_FUTURE_VERB = re.compile(r"\b(?:will|shall|scheduled|set to|is to|are to|plans? to|expected to|would|"
                                r"takes? effect|to take effect|is due|are due)\b", re.I)
_FUTURE_STRICT = re.compile(r"\b(will|shall|is set to|are set to|is due to|are due to|plans? to|next|"
                            r"takes? effect|to take effect|scheduled to|upcoming)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    value: str | None  # ISO at the precision fixed, or None
    precision: str | None  # "day" | "month" | "year" | None
    anchor_offset: int | None = None  # days relative to the running reference date
    weak: bool = False  # a vague expression ("this week"): usable, but explicit dates win


def parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_num(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: dt.date, future: bool) -> dt.date | None:
    """A day without a year: the occurrence nearest the publication date; a later one only when
    the sentence looks forward ("take effect on", "from", "will") or it lies within a week."""
    best: dt.date | None = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        cand = _safe_date(y, month, day)
        if cand is None:
            continue
        delta = (cand - pub).days
        if delta > 7 and not future:
            continue
        if best is None or abs(delta) < abs((best - pub).days):
            best = cand
    return best


def _month_year_for(month: int, pub: dt.date | None, future: bool) -> int | None:
    if pub is None:
        return None
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + n
    return total // 12, total % 12 + 1


# letters that a case-insensitive pattern matches to an ASCII letter but that lower-case to something else
_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")
_ODD_CASE_RX = re.compile("[" + "".join(_ODD_CASE) + "]")
# the first three letters of every month name and abbreviation in ``_MONTH``
_MONTHS3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# for each pattern, words of which the lower-cased text must hold one for the pattern to match: each is a
# run of literal letters that every match of the pattern contains (a cheap test before the regex)
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("19", "20"),
    "mdy": _MONTHS3,
    "dmy": _MONTHS3,
    "part_month": _MONTHS3,
    "month_year": _MONTHS3,
    "told_shift": ("later", "earlier", "before"),
    "month_rel": _MONTHS3,
    "month": _MONTHS3,
    "ordinal_day": ("the",),
    "end_of": ("end",),
    "weekday_week": ("week",),
    "rel_unit": ("week", "month", "year"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "weekend": ("weekend",),
    "today": ("yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "overnight"),
    "ago": ("ago",),
    "anchor_n": ("after", "before", "later", "earlier"),
    "vague": ("next", "coming", "ahead"),
    "anchor_word": ("day", "morning", "week", "later", "earlier", "evening", "night"),
    "year": ("19", "20"),
}
# "that_period": "<month> that year" and "that same month" hold "that" or "same"; "the following year" and
# "the previous month" their word; "a year later" a year followed by its unit or direction
_THAT_PERIOD_WORDS = ("that", "same", "following", "previous")
_YEAR_THEN_UNIT = re.compile(r"year\s+(?:year|month|later|before)")


def _may_match(kind: str, low: str) -> bool:
    """Whether the date pattern ``kind`` can match a text whose lower-cased form is ``low``."""
    if kind == "that_period":
        return any(w in low for w in _THAT_PERIOD_WORDS) or bool(_YEAR_THEN_UNIT.search(low))
    needs = _NEEDS.get(kind)
    return needs is None or any(w in low for w in needs)


def find_dates(text: str, published: dt.date | None, base: int = 0) -> list[DateMention]:
    """All date expressions in ``text`` (offsets shifted by ``base``), resolved where possible."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    forward = strict = cues_read = False  # (the future cues, read only when a date is found)
    low = text.lower()
    # (a pattern is run only on a text holding one of the words it cannot match without; not trusted on the
    # few letters that match an ASCII letter in any case without lower-casing to it: "İ", "ı", "ſ", "K")
    prefilter = _ODD_CASE_RX.search(text) is None
    for kind, pat in _PATTERNS:
        if kind in ("that_period", "told_shift") and "year" not in low and "month" not in low \
                or kind == "same_time" and "same time" not in low:
            continue  # (cheap: most sentences tell no "that year")
        if prefilter and not _may_match(kind, low):
            continue
        for m in pat.finditer(text):
            if not cues_read:
                forward = bool(_FUTURE.search(text))
                strict = bool(_FUTURE_STRICT.search(text))
                cues_read = True
            future = forward if kind in ("mdy", "dmy") else strict
            if kind in ("mdy", "dmy") and not future and not m.group("year"):
                # "extended the pause to November 10", "strike deals by July 9", "must act before June 1":
                # a day that may lie ahead (the nearest occurrence either side)
                future = bool(_MOVED_TO.search(text[max(0, m.start() - 90):m.start()])
                              or _LOCAL_FUTURE.search(text[max(0, m.start() - 40):m.start()]))
            if kind == "part_month" or kind == "month" and m.group("prep").lower() in ("by", "until", "till", "from"):
                # "is to follow by mid-April", "will apply from April": a deadline or start ahead
                own = _own_clause(text, m.start())
                future = strict or bool(_LOCAL_FUTURE.search(own)) or (
                    # "and rise to 30% by September": a deadline lies ahead unless told in the past perfect
                    kind == "month" and m.group("prep").lower() in ("by", "until", "till")
                    and not re.search(r"\b(?:had|has|have)\b", own, re.I))
            elif kind == "month" and m.group("prep").lower() == "in":
                # "reached in Geneva in May" is past even when the sentence goes on to say what
                # "is due to" happen: "in <month>" looks ahead only when its own clause does
                own = _own_clause(text, m.start())
                future = bool(_LOCAL_FUTURE.search(own)) and not _DONE_BEFORE.search(own)
            elif kind in ("weekday", "ordinal_day"):
                # news tells of days past; a weekday is ahead only when the words right before
                # it say so ("from Monday", "will meet on Friday", "due on the 9th")
                future = bool(_LOCAL_FUTURE.search(text[max(0, m.start() - 40):m.start()])) \
                    and not _SAID_ON.search(text[max(0, m.start() - 40):m.start()])
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            mention = _resolve(kind, m, published, future)
            if kind == "weekday" and future and mention is not None and mention.value and published is not None \
                    and not m.group("rel") and _START_PREP.search(text[max(0, m.start() - 40):m.start()]) \
                    and not _LOCAL_FUTURE_VERB.search(text[:m.start()]):
                # "retaliated with a rate of 84%, effective Thursday": a start told without a future
                # verb is the nearest such day, past or coming
                past = _resolve(kind, m, published, False)
                if past is not None and past.value and (published - dt.date.fromisoformat(past.value)).days \
                        < (dt.date.fromisoformat(mention.value) - published).days:
                    mention = past
            if mention is None:
                continue
            taken.append((s, e))
            out.append(replace(mention, start=s + base, end=e + base))
    out.sort(key=lambda d: d.start)
    return out


def _own_clause(text: str, start: int) -> str:
    """The words before ``start`` back to the last clause break (";", "and"/"but" after a comma,
    a relative "which"/"that"), at most 60 characters."""
    before = text[max(0, start - 60):start]
    cut = max((m.end() for m in re.finditer(r";|,\s*(?:and|but|which|while)?\b|\b(?:which|that|and)\b", before)),
              default=0)
    return before[cut:]


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, future: bool) -> DateMention | None:
    g = m.groupdict()
    text = m.group(0)
    mk = lambda value, prec, **kw: DateMention(0, 0, text, kind, value, prec, **kw)  # noqa: E731
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["m"]), int(g["d"]))
        return mk(d.isoformat(), "day") if d else None
    if kind in ("mdy", "dmy"):
        month = _month_num(g["month"])
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        if g.get("year"):
            d = _safe_date(int(g["year"]), month, day)
            return mk(d.isoformat(), "day") if d else None
        if pub is None:
            return mk(None, None)
        if g.get("yrel"):
            d = _safe_date(pub.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0), month, day)
            return mk(d.isoformat(), "day") if d else None
        d = _nearest_year(month, day, pub, future)
        return mk(d.isoformat(), "day") if d else None
    if kind in ("part_month", "month_year"):
        month = _month_num(g["month"])
        year = int(g["year"]) if g.get("year") else _month_year_for(month, pub, future)
        return mk(f"{year:04d}-{month:02d}", "month") if year else mk(None, None)
    if kind == "month_rel":
        # "in October last year": the month of the year named
        if pub is None:
            return mk(None, None)
        year = pub.year + {"last": -1, "next": 1}.get(g["rel"], 0)
        return mk(f"{year:04d}-{_month_num(g['month']):02d}", "month")
    if kind == "month":
        month = _month_num(g["month"])
        prep = g["prep"].lower()
        if pub is None:
            return mk(None, None)
        if prep == "last":
            year = pub.year - 1 if month >= pub.month else pub.year
        elif prep == "next":
            year = pub.year + 1 if month <= pub.month else pub.year
        elif prep == "this":
            year = pub.year
        else:
            year = _month_year_for(month, pub, future and prep in ("from", "by", "until", "till", "in"))
        return mk(f"{year:04d}-{month:02d}", "month")
    if kind == "ordinal_day":
        day = int(g["day"])
        if pub is None or not 1 <= day <= 31:
            return mk(None, None)
        y, mo = pub.year, pub.month
        if day > pub.day and not future:
            y, mo = _add_months(pub, -1)
        elif day < pub.day and future:
            y, mo = _add_months(pub, 1)
        d = _safe_date(y, mo, day)
        return mk(d.isoformat(), "day") if d else None
    if kind == "rel_unit":
        if pub is None:
            return mk(None, None)
        rel, unit = g["rel"].lower(), g["unit"].lower()
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit == "year":
            return mk(f"{pub.year + shift:04d}", "year")
        if unit == "month":
            y, mo = _add_months(pub, shift)
            return mk(f"{y:04d}-{mo:02d}", "month")
        # a week: resolve to the month when the whole week lies in one month
        start = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        end = start + dt.timedelta(days=6)
        if shift == 0 and rel == "earlier this":
            end = pub
        if start.month == end.month:
            return mk(f"{start.year:04d}-{start.month:02d}", "month", weak=True)
        return mk(None, None, weak=True)
    if kind == "end_of":
        # "at the end of the week": the last days of that week, month or year, at the precision they fix
        if pub is None:
            return mk(None, None)
        rel, unit = g["rel"].lower(), g["unit"].lower()
        shift = {"next": 1, "last": -1}.get(rel, 0)
        if unit == "year":
            return mk(f"{pub.year + shift:04d}", "year")
        if unit == "month":
            y, mo = _add_months(pub, shift)
            return mk(f"{y:04d}-{mo:02d}", "month")
        friday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift, days=4)
        sunday = friday + dt.timedelta(days=2)
        if friday.month == sunday.month:
            return mk(f"{friday.year:04d}-{friday.month:02d}", "month", weak=True)
        return mk(None, None, weak=True)
    if kind == "weekday_week":
        # "on Thursday last week": that day of the calendar week named
        if pub is None:
            return mk(None, None)
        shift = {"last": -1, "next": 1}.get(g["week"].lower(), 0)
        monday = pub - dt.timedelta(days=pub.weekday())
        return mk((monday + dt.timedelta(weeks=shift, days=WEEKDAYS[g["wd"].lower()])).isoformat(), "day")
    if kind == "weekday":
        if pub is None:
            return mk(None, None)
        rel = (g.get("rel") or "").lower()
        wd = WEEKDAYS[g["wd"].lower()]
        delta_back = (pub.weekday() - wd) % 7
        delta_fwd = (wd - pub.weekday()) % 7
        if rel == "last" or rel == "this past":
            d = pub - dt.timedelta(days=delta_back or 7)
        elif rel in ("next", "this coming"):
            d = pub + dt.timedelta(days=delta_fwd or 7)
        elif future:
            d = pub + dt.timedelta(days=delta_fwd)
        else:
            d = pub - dt.timedelta(days=delta_back)
        return mk(d.isoformat(), "day")
    if kind == "weekend":
        if pub is None:
            return mk(None, None)
        back = (pub.weekday() - 5) % 7 or 7  # the last Saturday before the publication date
        return mk((pub - dt.timedelta(days=back)).isoformat(), "day", weak=True)
    if kind == "today":
        if pub is None:
            return mk(None, None)
        word = g["word"].lower()
        off = {"yesterday": -1, "tomorrow": 1, "overnight": 0}.get(word, 0)
        return mk((pub + dt.timedelta(days=off)).isoformat(), "day")
    if kind == "ago":
        if pub is None:
            return mk(None, None)
        n, unit = _num(g["num"]), g["unit"].lower()
        if unit == "day":
            return mk((pub - dt.timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            return mk((pub - dt.timedelta(weeks=n)).isoformat(), "day", weak=True)
        if unit == "month":
            y, mo = _add_months(pub, -n)
            return mk(f"{y:04d}-{mo:02d}", "month")
        return mk(f"{pub.year - n:04d}", "year")
    if kind == "anchor_n":
        n = _num(g["num"]) * (7 if g["unit"].lower() == "week" else 1)
        # "N days later": after the reference; "X came N days before Y": Y (what follows) is N days
        # after X; "N days after X", "N days earlier": before the reference
        sign = {"later": 1, "before": 1, "after": -1, "earlier": -1}[g["dir"].lower()]
        return mk(None, None, anchor_offset=sign * n)
    if kind == "anchor_word":
        phrase = g["phrase"].lower()
        off = 0
        if phrase in ("the next day", "the following day", "a day later", "the day after", "the next morning"):
            off = 1
        elif phrase in ("the day before", "the previous day"):
            off = -1
        elif phrase in ("the following week", "a week later"):
            off = 7
        return mk(None, None, anchor_offset=off)
    if kind == "year":
        return mk(g["year"] or g["year2"], "year")
    if kind == "that_period":
        if g.get("rel") == "year" and g.get("unit2") not in ("later", "before") \
                or g.get("rel") in ("following", "previous") and g.get("unit2") not in ("year", "month"):
            return None  # "a year month" is no date
        return mk(None, None)  # resolved against the date told before (resolve_told_periods)
    if kind in ("told_shift", "same_time"):
        return mk(None, None)  # resolved against the date told before (resolve_told_periods)
    if kind == "vague":
        return mk(None, None)  # "in the next day or two": ahead, no day fixed
    return None


def _told_period(mention: DateMention, told: str) -> DateMention:
    """A "that year" mention resolved against the value of the date told before it."""
    low = mention.text.lower()
    m = re.match(_MONTH, mention.text)
    if m is not None:  # "June that year"
        return replace(mention, value=f"{told[:4]}-{_month_num(m.group('month')):02d}", precision="month")
    shift = 1 if re.search(r"\b(?:following|later)\b", low) and not low.startswith("later") else \
        -1 if re.search(r"\b(?:previous|before)\b", low) else 0
    if low.endswith("month") and len(told) >= 7:
        y, mo = _add_months(dt.date(int(told[:4]), int(told[5:7]), 1), shift)
        return replace(mention, value=f"{y:04d}-{mo:02d}", precision="month")
    if low.endswith("month"):
        return mention
    return replace(mention, value=f"{int(told[:4]) + shift:04d}", precision="year")


def _told_shift(mention: DateMention, told: str) -> DateMention:
    """"Two years later", "a month earlier": the date told before, moved, at the precision it was
    told at ("a year later" than December 2020 is December 2021; than 2018, 2019)."""
    m = re.match(_NUM + r"\s+(?P<unit>year|month)s?\s+(?P<dir>\w+)", mention.text, re.I)
    if m is None:
        return mention
    n = _num(m.group("num")) * (1 if m.group("dir").lower() == "later" else -1)
    months = n * 12 if m.group("unit").lower() == "year" else n
    if len(told) >= 7:
        y, mo = _add_months(dt.date(int(told[:4]), int(told[5:7]), 1), months)
        return replace(mention, value=f"{y:04d}-{mo:02d}", precision="month")
    if months % 12:
        return mention  # "three months later" than a year: no month fixed
    return replace(mention, value=f"{int(told[:4]) + months // 12:04d}", precision="year")


def resolve_told_periods(dates_by_sentence: list[list[DateMention]]) -> None:
    """Resolve in place "in June that year", "later that month", "the following year", "two years
    later" against the last date the text told before them (across sentences, in reading order), and
    "at the same time" against the date told before it in its own sentence."""
    told: str | None = None
    for dates in dates_by_sentence:
        told_here: str | None = None
        for k, d in enumerate(dates):
            if d.value is None and told is not None and (d.kind == "that_period" or d.kind == "told_shift"):
                dates[k] = d = _told_period(d, told) if d.kind == "that_period" else _told_shift(d, told)
            if d.kind == "same_time" and told_here is not None:
                dates[k] = d = replace(d, value=told_here, precision={4: "year", 7: "month"}.get(len(told_here), "day"))
            if d.value and d.anchor_offset is None and not d.weak:
                told_here = told = d.value


def resolve_anchor(mention: DateMention, reference: str | None) -> DateMention:
    """Resolve an anchor-relative mention against a day-precision reference date."""
    if mention.anchor_offset is None or not reference or len(reference) != 10:
        return mention
    d = dt.date.fromisoformat(reference) + dt.timedelta(days=mention.anchor_offset)
    return replace(mention, value=d.isoformat(), precision="day")
