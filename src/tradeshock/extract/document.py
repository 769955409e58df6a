"""A parsed article: tokens, sentences and everything found in them, built once and read by every
rule module. Offsets are characters into ``Article.text``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from tradeshock.extract.dates import (
    DateMention,
    find_dates,
    parse_published,
    resolve_anchor,
    resolve_told_periods,
)
from tradeshock.extract.gazetteer import Gazetteer, Mention
from tradeshock.extract.nlp import get_nlp
from tradeshock.extract.quantities import Quantity, find_quantities
from tradeshock.models import Article

_TERMINAL = re.compile(r"[.!?][\"'”’)]*\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    headline: bool
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    # on a line of page furniture: a credit, a link to another story, a caption, a timestamp, an advert
    furniture: bool = False


@dataclass
class Document:
    article: Article
    doc: Doc
    published: dt.date | None
    sentences: list[Sentence]
    mentions: list[Mention]
    references: list[str | None] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text


# Lines of a news page that are not the story: credits ("(Reporting by ...; Editing by ...)"), links to other
# stories ("Read more:", "Related:"), captions, timestamps ("Updated 3:45 PM EDT ..."), adverts and notices
# what a credit line says someone did ("Reporting by", "Editing by", "Additional reporting by")
_CREDITED = ("reporting", "writing", "editing", "edited", "compiled", "produced", "graphics", "research", "translation",
             "translated")
_CREDIT = r"(?:additional\s+)?(?:" + "|".join(_CREDITED) + r")\s+by\b"
_FURNITURE = re.compile(
    r"\(\s*" + _CREDIT +
    r"|(?:read|see)\s+(?:more|also)\b|related(?:\s+(?:coverage|stories|story|articles?|content|reading))?\s*:"
    r"|(?:recommended|most\s+read|trending|watch|listen|video|photo|image|caption|pictured|file\s+photo)\s*[:|]"
    r"|(?:advertisement|sponsored(?:\s+content)?)(?=\s*(?:[:|\n]|$))|sponsored\s+content\b"
    r"|(?:subscribe\s+(?:now|to|for)|sign\s+up\s+(?:for|to|here)|click\s+here"
    r"|share\s+this|follow\s+us|our\s+standards\s*:|copyright\s*(?:\u00a9|\(c\)|\d{4})|\u00a9|all\s+rights\s+reserved"
    r"|to\s+contact\s+the\s+(?:reporters?|editors?)\b|[-\u2013\u2014]+\s*with\s+assistance\s+from\b|listen\s+to\s+this\s+article"
    r"|get\s+the\s+latest\b|(?:correction|clarification|editor[\u2019']?s\s+note)\s*:"
    r"|\((?:adds|updates|recasts|corrects|rewrites|writes\s+through|changes)\b"
    r"|this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:amended|updated|corrected|changed))",
    re.I)
# credits and timestamps with no bracket ("Reporting by Tom Reyes; Editing by Lin Hao", "Updated 3:45 PM EDT, Aug. 8"):
# furniture only when nothing of a story follows on the line (see _STORY_WORD), not "Research by the Kiel Institute
# found that ...", "Sponsored by Senator Tom Cotton, the bill would ...", "Updated Aug. 8, 2025 China raised ..."
_CREDIT_OR_STAMP = re.compile(
    _CREDIT + r"|sponsored\s+by\b"
    # a timestamp, not "Updated figures showed ...": a time, a day or a date follows
    r"|(?:updated|published|last\s+updated|posted)(?:\s+on)?\s*:?\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{4}-\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.I)
# a word of a story on a credit or timestamp line: lower case, not one a credit or a timestamp is written with
_STORY_WORD = re.compile(r"(?<![\w.'\u2019-])[a-z]{3,}\b")
_CREDIT_WORDS = frozenset([*_CREDITED, *"and additional sponsored for from with the staff ago hours hour minutes mins "
                                       "min updated published posted last".split()])


def _is_furniture(text: str, line_start: int, line_end: int) -> bool:
    """The line ``text[line_start:line_end]`` is page furniture (see _FURNITURE and _CREDIT_OR_STAMP)."""
    while line_start < line_end and text[line_start] in " \t":
        line_start += 1
    if _FURNITURE.match(text, line_start, line_end) is not None:
        return True
    m = _CREDIT_OR_STAMP.match(text, line_start, line_end)
    return m is not None and all(w.group(0) in _CREDIT_WORDS
                                 for w in _STORY_WORD.finditer(text, m.end(), line_end))


def _is_headline(text: str, index: int, at_line_start: bool) -> bool:
    stripped = text.strip()
    if index == 0:
        return True
    if _BULLET.match(stripped):
        return True
    words = stripped.split()
    if at_line_start and not _TERMINAL.search(stripped) and len(words) <= 20:
        return True
    return False


def build_document(article: Article, gazetteer: Gazetteer) -> Document:
    nlp = get_nlp()
    doc = nlp(article.text)
    # spaCy's Doc.text is the input text, rebuilt from the tokens on every access: kept once here
    doc.user_data["text"] = article.text
    published = parse_published(article.published)
    mentions = gazetteer.find(doc)
    sentences: list[Sentence] = []
    text = article.text
    mi = 0
    # the line of the sentence read (found once per line, walking forward); the first line with text (the
    # headline) is never furniture
    line_start, line_end = 0, -1
    first_line: int | None = None
    furniture = False
    for sent in doc.sents:
        stext = sent.text
        if not stext.strip():
            continue
        # trim surrounding whitespace so offsets point at words
        lead = len(stext) - len(stext.lstrip())
        start = sent.start_char + lead
        end = sent.end_char - (len(stext) - len(stext.rstrip()))
        if end <= start:
            continue
        body = text[start:end]
        k = start
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        at_line_start = start == 0 or (k > 0 and text[k - 1] == "\n")
        s = Sentence(len(sentences), start, end, body, sent.start, sent.end,
                     _is_headline(body, len(sentences), at_line_start))
        while mi < len(mentions) and mentions[mi].start < start:
            mi += 1
        j = mi
        while j < len(mentions) and mentions[j].start < end:
            s.mentions.append(mentions[j])
            j += 1
        if start > line_end:
            line_start = text.rfind("\n", max(line_end, 0), start) + 1
            line_end = text.find("\n", start)
            if line_end < 0:
                line_end = len(text)
            if first_line is None:
                first_line = line_start
            furniture = line_start != first_line and _is_furniture(text, line_start, line_end)
        s.furniture = furniture
        s.dates = find_dates(body, published, base=start)
        s.quantities = find_quantities(body, base=start)
        sentences.append(s)
    resolve_told_periods([s.dates for s in sentences])
    return Document(article, doc, published, sentences, mentions, running_references(sentences))


def running_references(sentences: list[Sentence]) -> list[str | None]:
    """The reference date in force at the start of each sentence: the last day-precision date the
    text has fixed so far ("on the 9th", then "four days after" moves it to the 5th)."""
    out: list[str | None] = []
    ref: str | None = None
    for s in sentences:
        out.append(ref)
        ref = next_reference(ref, s.dates)
    return out


def next_reference(ref: str | None, dates: list[DateMention],
                   skip: Callable[[DateMention], bool] | None = None) -> str | None:
    """The reference date after a sentence's dates: the last that resolves (against the reference
    so far) to a day, leaving out those ``skip`` refuses ("in force since July 4")."""
    for d in dates:
        r = resolve_anchor(d, ref) if d.anchor_offset is not None else d
        if r.value and r.precision == "day" and (skip is None or not skip(r)):
            ref = r.value
    return ref
