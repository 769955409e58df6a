"""People with their roles and countries.

Found three ways, then joined:

- titled names: an office followed by a capitalised name ("Treasury Secretary Scott Bessent",
  "White House economic adviser Kevin Hassett", "Chinese President Xi Jinping");
- appositions: a name, a comma, then an office ("Li Chenggang, China's vice commerce minister");
- names the knowledge base knows (with their short forms, "Lutnick", "Xi").

Later short mentions (the surname) join the full name. A person's country is the country named
with the office, else the office's own country, else the knowledge base's. Bylines are authors,
not people in the story.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace

from tradeshock.extract.companies import _INSTITUTION, _SUFFIXES, employers
from tradeshock.extract.document import Document
from tradeshock.extract.gazetteer import HONORIFICS, Mention
from tradeshock.extract.goods_context import _NAME_WORDS
from tradeshock.extract.nlp import title_case_words
from tradeshock.kb import KnowledgeBase, KnownPerson
from tradeshock.models import Person

_NOT_NAME = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "said", "says", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
    "dr", "he", "she", "it", "they", "this", "that", "but", "who", "which", "last", "next", "also", "has", "had",
    "is", "was", "will", "would", "its", "his", "her", "their", "as", "after", "before", "during", "while",
    "u.s.", "us", "eu", "uk", "according", "however", "meanwhile", "reporter", "correspondent", "editor",
    "like", "unlike", "besides",
}
_RANK = re.compile(r"(?:" + "|".join(w + r"\.?" for w in HONORIFICS) + r") ")
_FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "HKG", "MAC", "VNM"}
# short forms that are also English words: never taken alone as a person ("He did not attend")
_ENGLISH_WORDS = {"He", "An", "So", "Do", "Go", "No", "On", "In", "It", "Us", "Am", "Ma", "Be", "Me", "My",
                  "Or", "As", "At", "By", "If", "Of", "To", "Up", "We", "Ye", "Lee", "Young", "Long", "Wing"}
_PARTICLES = {"de", "da", "van", "von", "der", "den", "la", "le", "bin", "al", "del", "di", "du"}
_AUTHOR_SEP = re.compile(r"\s*(?:,|\band\b|&)\s*")
_SPACES = re.compile(r"\s+")
# what follows a name that makes it a government's or an era's ("the Trump administration")
_GOVERNMENT_AFTER = re.compile(r"[\s'’s-]*(administration|government|era|presidency|team|camp|White House)\b")
# "the pastor Tom Reyes. Ankara ...": a sentence ends inside a matched name
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\. ")
_BYLINE_ROLE = re.compile(
    r"\b(reporter|correspondent|staff writer|editor|contributing|columnist|bureau chief|writer|contributor)\b", re.I
)


@dataclass
class _Acc:
    name: str
    role: str | None = None
    country: str | None = None
    org: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    first: int = 0


def _name_tokens(doc, i: int, limit: int, mention_toks: set[int]) -> int:  # type: ignore[no-untyped-def]
    """How many tokens from ``i`` form a capitalised personal name (0 if none)."""
    n = 0
    j = i
    while j < limit and n < 5:
        t = doc[j]
        txt = t.text
        if j in mention_toks:
            break
        if txt in ("-", "‐") and n > 0 and j + 1 < limit and doc[j + 1].text[:1].isalpha():
            j += 1
            n += 1
            continue
        if (t.is_title or (txt[:1].isupper() and txt[1:].islower())
                or (txt[:1].isupper() and txt[1:2].islower() and txt.isalpha())) \
                and txt.lower().rstrip(".") not in _NOT_NAME:
            n += 1
            j += 1
            continue
        if n > 0 and doc[j - 1].text in ("-",) and txt.islower() and txt.isalpha():
            n += 1  # "Kim Jung-ah"
            j += 1
            continue
        if txt.lower() in _PARTICLES and n > 0 and j + 2 < limit and doc[j + 1].text in ("-", "‐") \
                and doc[j + 2].is_title and j + 2 not in mention_toks:
            n += 3  # "Ahmed al-Rashidi", "Amr el-Sayed"
            j += 3
            continue
        if txt.lower() in _PARTICLES and n > 0:
            k = j  # "Maria van der Berg", "Alexandre de Moraes": particles, then the surname
            while k < limit and doc[k].text.lower() in _PARTICLES and k - j < 3:
                k += 1
            if k < limit and doc[k].is_title and k not in mention_toks:
                n += k - j
                j = k
                continue
        break
    # a trailing hyphen is not part of a name
    while n > 0 and doc[i + n - 1].text == "-":
        n -= 1
    return n


def _name_start(doc, first: int, end: int, mention_toks: set[int]) -> int:  # type: ignore[no-untyped-def]
    """The first token of the personal name that ends at ``end`` (``end`` itself if none), read
    leftwards over whole words: a hyphenated given name ("Anne-Marie", "Ji-hoon") or a hyphenated
    particle ("al-Rashidi") is taken whole, never cut after its hyphen."""
    start = end
    while start > first:
        for k in (1, 2, 3):  # one word, or a word and its hyphenated part ("Ji - hoon", "al - Rashidi")
            if start - k >= first and _name_tokens(doc, start - k, end, mention_toks) == end - start + k:
                start -= k
                break
        else:
            break
    return start


class _KnownOn:
    """The knowledge base's people as of the article's day (a person's country follows the office
    held then): ``known[name]``, ``known.get(name)``, ``known.by_form(form)``, ``name in known``."""

    def __init__(self, kb: KnowledgeBase, day: str | None) -> None:
        self._kb, self._day = kb, day

    def get(self, name: str) -> KnownPerson | None:
        return self._kb.person_on(name, self._day)

    def __getitem__(self, name: str) -> KnownPerson:
        p = self.get(name)
        if p is None:
            raise KeyError(name)
        return p

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._kb.person_terms

    def by_form(self, form: str) -> KnownPerson | None:
        p = self._kb.person_by_form.get(form)
        return self.get(p.name) if p is not None else None


def extract_people(document: Document, kb: KnowledgeBase) -> tuple[list[Person], str | None]:
    """People in the story and the byline's author (or None)."""
    doc = document.doc
    text = document.text
    known = _KnownOn(kb, document.published.isoformat() if document.published else None)
    offices = kb.office_by_title
    mention_toks: set[int] = set()
    for m in document.mentions:
        if m.label in ("COUNTRY", "ORG", "COMPANY", "OFFICE", "GOOD"):
            mention_toks.update(range(m.token_start, m.token_end))
    people: dict[str, _Acc] = {}
    byline = _byline_line(document)
    author, byline_span = byline if byline else (None, (-1, -1))
    authors = set(_AUTHOR_SEP.split(author)) if author else set()
    furniture = [(s.start, s.end) for s in document.sentences if s.furniture]
    # every span of a person found so far (and whose), for the overlap tests of the later rules
    found_spans = _SortedSpans()
    added: set[tuple[str, tuple[int, int]]] = set()

    def overlapping(span: tuple[int, int]) -> _Acc | None:
        """The person already found at ``span``, if any."""
        i = found_spans.find(span)
        return None if i is None else found_spans.values[i]  # type: ignore[return-value]

    def add(name: str, span: tuple[int, int], role: str | None, country: str | None, titled: bool = False) -> None:
        name = _SPACES.sub(" ", name).strip()
        rank = _RANK.match(name)
        if rank and len(name.split()) > 2:
            name = name[rank.end():]  # "Admiral Rhys Penhallow", "Sir Alan Birch": the rank is no part of the name
            span = (span[0] + rank.end(), span[1])
        if name in authors or byline_span[0] <= span[0] < byline_span[1]:
            return
        if furniture and (k := bisect.bisect_right(furniture, (span[0], len(text)))) and span[0] < furniture[k - 1][1]:
            return  # "(Reporting by Tom Reyes; Editing by Lin Hao)": credits and links are no part of the story
        if role:
            # "Sen. Ana Ruiz", "former Amb. Tom Reyes": the title written out, as an analyst records it
            role = _ABBREV_IN_ROLE.sub(lambda a: _ROLE_ABBREV[a.group(0)], role)
        # "Prime Minister Scott Morrison's government": a title before the name makes it a mention
        if not (titled and role) and _GOVERNMENT_AFTER.match(text[span[1]:span[1] + 20]):
            return  # "the Trump administration" is not a person in the story
        written = text[span[0]:span[1]]
        if written != name and _fold(written) == _fold(name):
            name = written  # keep the spelling of the text ("Maros Sefcovic")
        acc = people.get(name)
        if acc is None:
            acc = _Acc(name, first=span[0])
            people[name] = acc
        if (name, span) not in added:
            added.add((name, span))
            acc.spans.append(span)
            found_spans.add(span, acc)
        if role and not acc.role:
            acc.role = role
        if country and not acc.country:
            acc.country = country

    def add_known(m: Mention, role: str | None, country: str | None, titled: bool = False) -> None:
        """A person the knowledge base lists, matched as ``m``: the country told with the role, else theirs."""
        kp = known.get(m.key)
        add(m.key, (m.start, m.end), role, country or (kp.country if kp else None), titled)

    def add_form(name: str, span: tuple[int, int], role: str | None, country: str | None = None,
                 titled: bool = False) -> None:
        """A name as written, or the knowledge base's person of that form (and their country, unless
        the text tells one)."""
        kp = known.by_form(name)
        add(kp.name if kp else name, span, role, country or (kp.country if kp else None), titled)

    sents = document.sentences
    last_role: tuple[str | None, str | None] = (None, None)
    office_forms = kb.office_by_form
    for sent in sents:
        known_ms = [_as_office(m, office_forms) for m in sent.mentions]
        ms = sorted([*known_ms, *_generic_offices(doc, sent, known_ms)], key=lambda x: x.start)
        for k, m in enumerate(ms):
            if m.label != "OFFICE":
                continue
            office = offices.get(m.key)
            country = office.country if office else None
            role_start = m.start
            role_end, role_tok_end = _role_end(doc, sent, m, mention_toks)
            # "Chinese President", "China's vice commerce minister", "White House economic adviser"
            before = _compound_start(doc, sent, m, mention_toks)
            compound = doc[before].idx
            owner = _possessive_owner(ms[:k], doc, before)
            if k > 0 and ms[k - 1].label == "COUNTRY" and ms[k - 1].token_end in (m.token_start, m.token_start - 1):
                prev = ms[k - 1]
                country = prev.key
                if (prev.kind == "metonym" or prev.text in ("US", "U.S.", "EU") or owner is prev) \
                        and not prev.text.lower().startswith("the "):
                    role_start = prev.start  # "US Trade Representative", "Austria's central bank governor"
                    # (not "the bloc's High Representative": a country told by a common noun is no part of it)
            elif k > 0 and ms[k - 1].label == "ORG" and ms[k - 1].token_end == m.token_start:
                role_start = ms[k - 1].start
            elif (k > 0 and ms[k - 1].label == "OFFICE" and ms[k - 1].token_end == before - 1
                  and doc[before - 1].lower_ in ("and", "&")):
                # "Deputy Prime Minister and Finance Minister Chrystia Freeland": both offices are the role
                role_start = doc[_compound_start(doc, sent, ms[k - 1])].idx
                country = country or (offices[ms[k - 1].key].country if ms[k - 1].key in offices else None)
            elif owner is not None:
                # "the European Commission's executive vice president": the owner is part of the role as written
                role_start = owner.start
                org = kb.organization_by_name.get(owner.key) if owner.label == "ORG" else None
                country = owner.key if owner.label == "COUNTRY" else (org.country if org else None) or country
            else:
                role_start = compound
            role = text[role_start:role_end]
            if m.key == "counterpart":
                # "his US counterpart Donald Trump": the office of the person he is counterpart to
                role = last_role[0] or role
                if k > 0 and ms[k - 1].label == "COUNTRY" and ms[k - 1].token_end >= m.token_start - 1:
                    country = ms[k - 1].key
            role = role[0].upper() + role[1:] if role and role[0].islower() and role_start == m.start \
                and m.key != m.text else role  # (an office no list holds stays as written: "head of research")
            last_role = (role, country)
            # "The U.S. Trade Representative, Robert Lighthizer," / "a federal judge in Washington, Rudolph Contreras,"
            comma = _comma_after(doc, sent, m)
            if comma is not None:
                n = _name_tokens(doc, comma + 1, sent.tok_end, mention_toks)
                person_m = next((x for x in ms if x.label == "PERSON" and x.token_start == comma + 1), None)
                after = comma + 1 + n
                if person_m is not None:
                    add_known(person_m, role, country)
                    continue
                if n >= 2 and (after >= sent.tok_end or doc[after].text in (",", ".", ";")):
                    span = doc[comma + 1:after]
                    add_form(span.text, (span.start_char, span.end_char), role, country)
                    continue
            # office + name
            nxt = role_tok_end
            if nxt < sent.tok_end:
                person_m = next((x for x in ms if x.label == "PERSON" and x.token_start == nxt), None)
                if person_m is not None:
                    add_known(person_m, role, country, titled=True)
                    continue
                n = _name_tokens(doc, nxt, sent.tok_end, mention_toks)
                if _title_case_line(doc, sent) and not kb.person_by_form.get(doc[nxt:nxt + n].text):
                    n = 0  # a headline in title case: capitals do not mark names there
                if n >= 2 or (n == 1 and doc[nxt].text in kb.person_short_forms):
                    span = doc[nxt:nxt + n]
                    add_form(span.text, (span.start_char, span.end_char), role, country, titled=True)
                    continue
            # name + ", " + [country's] office  (apposition)
            j = m.token_start - 1
            while j > sent.tok_start and (doc[j].lower_ in ("the", "a", "an", "'s", "’s", "former", "deputy", "acting",
                                                           "then", "chief") or doc[j].lower_ in _COMPOUND_OK
                                          or j in mention_toks and _mention_label(ms, j) in ("COUNTRY", "ORG")):
                j -= 1  # "He Yongqian, a ministry spokesperson," / "Gao Feng, the Commerce Ministry spokesman,"
            if j > sent.tok_start and doc[j].text == ",":
                end = j
                person_m = next((x for x in ms if x.label == "PERSON" and x.token_end == end), None)
                if person_m is not None:
                    add_known(person_m, role, country)
                    continue
                start = _name_start(doc, sent.tok_start, end, mention_toks)
                if end - start >= 2:
                    span = doc[start:end]
                    add(span.text, (span.start_char, span.end_char), role, country)
        # known people anywhere; a title inside the matched words ("President Trump") is their role
        for m in ms:
            if m.label == "PERSON":
                kp = known[m.key]
                role, name_start = _leading_title(m.text, office_forms)
                if role and m.token_start > sent.tok_start and doc[m.token_start - 1].lower_ == "former":
                    role = f"{doc[m.token_start - 1].text} {role}"  # "former President Donald Trump"
                country = kp.country
                k = ms.index(m)
                if role and k > 0 and ms[k - 1].label == "COUNTRY" and ms[k - 1].token_end == m.token_start:
                    country = ms[k - 1].key  # "Chinese President Xi"
                add(m.key, (m.start + name_start, m.end), role, country, titled=True)
    # "Peter Navarro, Trump's senior counselor for trade,": an apposition whose office no list holds
    taken = _SortedSpans([(x.start, x.end) for x in document.mentions
                          if x.label in ("COUNTRY", "ORG", "COMPANY", "OFFICE", "GOOD")])
    own_role: set[tuple[int, int]] = set()  # names whose role is their own apposition
    for m in _ROLE_APPOSITION.finditer(text):
        name, raw = m.group("name"), m.group("role")
        if (more := _AND_THE_TAIL.match(text, m.end("role"))) and _OF_TAIL.search(raw) \
                and not _ROLE_NOUN.search(more.group(0)):
            raw += more.group(0)  # "the minister for industry and the economy": "and the" inside the tail
        role = _clean_role(raw)
        if name in authors or any(w in _NOT_NAME for w in name.lower().split()) \
                or taken.overlaps(m.span("name")) \
                or _firm_named(name.split()[-1:], role):
            continue  # "Tata Steel, the owner of ...", "Delta Foods, a pork exporter": a company, not a person
        if _REGION_TRADE.match(m.group("role")) and _TRADE_NOUN.match(_role_head(role)):
            continue  # "Mato Grosso, the biggest soy grower in Brazil": a region, not a person
        span = (m.start("name"), m.end("name"))
        own_role.add(span)
        if (hit := overlapping(span)) is not None:
            if not hit.role or hit.role.startswith(("a ", "an ")) or " at " in hit.role \
                    or text[:span[0]].rstrip(", ").lower().endswith(hit.role.lower()):
                hit.role = role  # (a role written before the name and its own after it: its own)
            continue
        add_form(name, span, role)
    # "Ana Ruiz, who heads the exporters' council,": the office told by a verb
    for m in _HEADS_CLAUSE.finditer(text):
        name = m.group("name")
        span = (m.start("name"), m.end("name"))
        if name in authors or any(w in _NOT_NAME for w in name.lower().split()) or overlapping(span):
            continue
        role: str | None = f"{_HEAD_VERB[m.group('verb').lower()]} of {m.group('org')}"
        if m.group("verb").lower() in ("leads", "runs") and m.group("org").split()[-1].lower() not in _BODY_WORDS:
            role = None  # "who leads the race to succeed him", "who runs a machine-tool shop": no office
        add_form(name, span, role)
    # "Presidents Ana Ruiz of Peru and Tomas Vidal of Chile": a plural title over a list of names
    for m in _PLURAL_TITLE.finditer(text):
        title = m.group("title")
        role = title[:-1] if title.endswith("s") else title
        for item in _LIST_NAME.finditer(m.group("names")):
            name = item.group("name")
            if name.split()[0].lower() in office_forms or name.split()[0] in _ROLE_ABBREV:
                break  # "Senators Ana Ruiz and Tom Reyes, Representative Lia Moss": another title starts
            span = (m.start("names") + item.start("name"), m.start("names") + item.end("name"))
            if name in authors or any(w in _NOT_NAME for w in name.lower().split()) \
                    or taken.overlaps(span):
                continue
            if (hit := overlapping(span)) is not None:
                hit.role = hit.role or role
                continue
            add_form(name, span, role, titled=True)
    # "the city's police commissioner, Lin Hao,": a role no list holds, then the name in apposition;
    # "the scholar Ana Ruiz", "the American pastor Tom Reyes": a descriptive title before the name
    for pattern in (_ROLE_THEN_NAME, _DESCRIBED_NAME):
        for m in pattern.finditer(text):
            name = _SENTENCE_BREAK.split(m.group("name"))[0]  # "the pastor Tom Reyes. Ankara ...": one sentence
            span = (m.start("name"), m.start("name") + len(name))
            if " " not in name:
                continue
            words = name.lower().split()
            role = _clean_role(m.group("role"))
            if name in authors or any(w in _NOT_NAME or w in _NOT_PERSON_WORDS for w in words) \
                    or _firm_named(words, role) or _INSTITUTION.search(name) \
                    or "'s" in name or "’s" in name or taken.overlaps(span):
                continue  # "the exporter, Delta Foods,": a firm; "the official People's Daily": a paper
            if (hit := overlapping(span)) is not None:
                if span in own_role:
                    continue  # "to the trade minister, Ana Ruiz, the head of the union,": her own apposition
                if not hit.role or role.lower().endswith(" " + hit.role.lower()):
                    hit.role = role  # "the climate envoy X": the fuller role as written
                continue
            add_form(name, span, role, titled=True)
    # "two other officials, Ana Ruiz and Tom Reyes", "seven tycoons, among them Lev Orlov": untitled
    # names listed after a plural noun for people
    for m in _PEOPLE_LIST.finditer(text):
        # "the senators, including Ted Cruz": a title as the list noun is each one's role
        listed_role = m.group("noun")[:-1] if m.group("noun") in _TITLE_LISTS else None
        for item in _LIST_NAME.finditer(m.group("names")):
            name = item.group("name")
            span = (m.start("names") + item.start("name"), m.start("names") + item.end("name"))
            words = name.lower().split()
            if name in authors or any(w in _NOT_NAME or w in _NOT_PERSON_WORDS or w.rstrip(".") in _FIRM_SUFFIX_WORDS
                                      for w in words) or _INSTITUTION.search(name) \
                    or name.split()[0].lower() in office_forms or overlapping(span) \
                    or taken.overlaps(span) or words[0] in _GROUP_FIRST_WORDS or any(w in _GROUP_WORDS for w in words):
                continue
            add_form(name, span, listed_role)
    # people who are only quoted: '"...," said Ana Ruiz.' / '"...," Ana Ruiz said.'
    firms: _SortedSpans | None = None
    for m in _QUOTED_BY.finditer(text):
        name = m.group("name") or m.group("name2")
        span = m.span("name") if m.group("name") else m.span("name2")
        if not _untitled_person(name, span, authors, overlapping(span), taken, places=False):
            continue  # "Wood Mackenzie", "Oxford Economics", "Tax Foundation", "Port Houston": no person
        if firms is None:
            firms = _SortedSpans(employers(document))  # "Ashby Lorne, a London consultancy": a firm told by its kind
        if firms.overlaps(span):
            continue
        add_form(name, span, None)
    # "Named were Ines Carvalho, and the head of the port authority, Rui Tavares": an untitled name
    # coordinated with a person told with a role is a person too
    found = sorted(sp[0] for acc in people.values() if acc.role for sp in acc.spans)
    for m in _BEFORE_PERSON.finditer(text):
        name = m.group("name")
        span = m.span("name")
        before = text[max(0, span[0] - 60):span[0]]
        before = before[before.rfind("\n") + 1:].rstrip()  # (within the line: a bounded look back)
        if before[-1:].isalpha() and before.split()[-1][:1].isupper():
            continue  # "Officials in New Mexico and ...": part of a longer capitalised run
        # a person told with a role right after "and": the role alone between them ("Trade Minister ", "the head
        # of the port authority, ")
        lo = bisect.bisect_left(found, m.end() + 2)
        hi = bisect.bisect_right(found, m.end() + _ROLE_GAP)
        if not any(_ROLE_BEFORE_NAME.match(text, m.end(), s0) for s0 in found[lo:hi]):
            continue
        if not _untitled_person(name, span, authors, overlapping(span), taken, places=True):
            continue
        words = name.lower().split()
        first, last = words[0], words[-1]
        if first in _LANDMARK_FIRST or last in _LANDMARK_LAST \
                or last in _LANDMARK_SURNAME and _LANDMARK_NOUN.search(first):
            continue  # "Liberation Day", "Camp David", "Air Force One", "Project Stargate": no person
        if firms is None:
            firms = _SortedSpans(employers(document))
        if firms.overlaps(span):
            continue
        add_form(name, span, None)
    # short mentions: surnames and KB aliases of people already found
    _join_short_mentions(document, people, known)
    _role_from_office_named(document, people, known, office_forms)
    out: list[Person] = []
    lower_words: set[str] | None = None  # the article's lower-case words, read only when a bare surname needs them
    for acc in sorted(people.values(), key=lambda a: a.first):
        kp = known.get(acc.name)
        bare = bool(kp) and not acc.role and all(" " not in text[s:e] for s, e in acc.spans)
        if bare and lower_words is None:
            lower_words = {t.text for t in doc if t.is_lower}
        if bare and all(text[s:e].lower() in (lower_words or ()) for s, e in acc.spans) \
                and not any(_SPEAKS.match(text, e) for _s, e in acc.spans):
            continue  # "Cotton, tomatoes and polysilicon": a surname that is a word of the article, never a name
            # (but "Trump said ... a trump card": the name speaks)
        country = acc.country or (kp.country if kp else None)
        aliases = sorted({text[s:e] for s, e in acc.spans if text[s:e] != acc.name})
        out.append(Person(acc.name, acc.role, country, tuple(sorted(set(acc.spans))), tuple(aliases)))
    return out, author


# nouns that head a role ("a metals analyst", "the trade minister")
_ROLE_NOUN_WORDS = (
    "counsel+or", "adviser", "advisor", "negotiator", "spokes(?:man|woman|person)", "analyst", "economist", "strategist",
    "official", "director", "chief", "head", "chair(?:man|woman|person)?", "ambassador", "envoy", "representative",
    "commissioner", "governor", "lawmaker", "senator", "congress(?:man|woman)", "professor", "researcher", "executive",
    "founder", "partner", "minister", "secretary", "president", "premier", "chancellor", "administrator",
    "undersecretary", "deputy", "aide", "fellow", "manager", "officer", "CEO", "chief executive", "lawyer", "attorney",
    "trader", "broker", "banker", "consultant", "scholar", "lecturer", "exporter", "importer", "farmer", "grower",
    "shipper", "mayor", "lobbyist")
_ROLE_NOUNS = "|".join(_ROLE_NOUN_WORDS)
# trades that a region is described by too: a person has them with "a" ("a rice exporter in Karachi"),
# a region with "the" or a possessive ("Brazil's leading pork exporter")
_TRADE_NOUN = re.compile(r"(?:exporter|importer|grower|farmer|shipper)s?$")
_REGION_TRADE = re.compile(r"(?:the |[A-Z][\w.]*(?:'s|’s) )")


def _role_head(role: str) -> str:
    """The noun a role is headed by: "soy grower" of "soy grower in Brazil"."""
    return _ROLE_TAIL.split(role, maxsplit=1)[0].split()[-1]


_ROLE_TAIL = re.compile(r" (?:for|of|at|to|on|with|in)\b")


# a word before a role's noun ("a former deputy trade minister"), or two joined by "and" ("the trade and industry
# minister"): no verb, determiner or preposition ("Like Lin Hao, the new envoy is a lawyer", "In a letter to the
# trade minister, Ana Ruiz,", "Besides the president and the minister, Ana Ruiz")
_NOT_MODIFIER = (r"(?!(?:is|are|was|were|has|have|had|will|would|said|says|the|a|an|to|of|for|in|on|at|with|by|from|"
                 r"and|or)\b)")
_MODIFIER = _NOT_MODIFIER + r"[A-Za-z.-]+ (?:and " + _NOT_MODIFIER + r"(?=[a-z]))?"
# the owner written before a role: "Japan's", "the region's", "the US Treasury's"
_ROLE_OWNER = r"(?:[A-Z][\w.]*(?: (?:of |for |and )?[A-Z][\w.]*){0,3}|[a-z]+)(?:'s|’s) "
_ROLE_APPOSITION = re.compile(
    r"(?P<name>[A-Z][a-z][\w'.-]*(?: (?:[A-Z][\w'.-]+|van|von|der|de|la|da|del|bin))* (?:(?:al|el)-)?[A-Z][\w'-]+), "
    # "..., who was Ireland's trade minister at the time,": a relative clause that states the office
    r"(?:who (?:is|was|has been|had been|serves as|served as|became) )?"
    r"(?P<role>(?:a |an |the (?:" + _ROLE_OWNER + r")?|(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:'s|’s)) |his |her |its "
    r"|their |(?=[a-z])(?!(?:and|or|but|who|which|whose|where|when|while|said|says|told)\b))"
    r"(?:" + _MODIFIER + r"){0,4}?(?:" + _ROLE_NOUNS + r")(?: (?:for|of|at|to|on|with) (?:(?!\. [A-Z])[\w'’&. -]){2,80}?)?)"
    # the apposition closes with a comma, or ends the sentence after the employer ("..., a trade
    # lawyer at Haverford Stone in Washington.")
    r"(?:,|(?<=[a-z]) (?:at|with) [A-Z][\w'’&. -]{1,60}?\.(?=\s|$)"
    # "..., a metals analyst in London.", "a transport analyst based in Chicago.", "an oil analyst at a
    # London brokerage.", "a rice exporter in Guntur on the east coast.": where the person works
    # closes the sentence
    r"|(?<=[a-z]) (?:based )?in [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
    r"(?: (?:on|near|in|off|outside) (?:the )?[\w'’-]+(?: [\w'’-]+){0,3})?(?:\.(?=\s|$)|,)"
    r"|(?<=[a-z]) (?:at|with) (?:a|an) (?:[A-Za-z'’-]+ ){0,3}[a-z]+\.(?=\s|$)"
    # "..., an economist who studies ...": a relative clause about the work closes the role
    r"|(?<=[a-z]) (?=(?:who|whose|which) )|(?<=[a-z]) (?=at the time[,.])"
    # "..., the region's party chief and a member of ...", "..., the trade secretary.": the role ends
    r"|(?<=[a-z]) (?=and (?:a|an|the) [a-z])|(?<=[a-z])\.(?=\s|$))")
_PERSON_NAME = r"[A-Z][a-z][\w'.-]*(?: (?:[A-Z][\w'.-]+|van|von|der|de|la|da|del)){0,3} [A-Z][\w'-]*[a-z]"
_HEAD_VERB = {"heads": "head", "leads": "head", "runs": "head", "chairs": "chair", "directs": "director"}
_HEADS_CLAUSE = re.compile(r"(?P<name>" + _PERSON_NAME + r"), who (?P<verb>heads|leads|runs|chairs|directs) "
                           r"(?P<org>(?:the |an? )?[\w'’&. -]{3,80}?)(?=,|\.(?:\s|$))")
_QUOTE_VERB = r"(?:said|says|added|adds|told|tells|wrote|writes|warned|warns|argued|argues|noted|notes)"
# a name that speaks or acts right after it is a person's ("Trump said", "Hunt has announced")
_SPEAKS = re.compile(r"\s+(?:(?:has|had|also|then) )?(?:" + _QUOTE_VERB[3:-1] + r"|announced|signed|ordered|"
                     r"threatened|vowed|insisted|promised|met|called)\b")
_QUOTED_BY = re.compile(r"[”\"]\s*" + _QUOTE_VERB + r"\s+(?P<name>" + _PERSON_NAME + r")(?=\s*[,.;])"
                        r"|[,?!][”\"]\s+(?P<name2>" + _PERSON_NAME + r")\s+" + _QUOTE_VERB + r"\b")
# words of places, not people: "Silicon Valley and Commerce Secretary Gina Raimondo", "Capitol Hill and ..."
# (only for the untitled name before "and": Park, Hill and Rivers are surnames elsewhere)
_PLACE_WORDS = frozenset("valley capitol coast river island islands square beach belt gulf sea county strait "
                         "province region zone delta basin harbor harbour canal kong wall peninsula".split())


def _untitled_person(name: str, span: tuple[int, int], authors: set[str], there: object,
                     taken: _SortedSpans, places: bool) -> bool:
    """An untitled name found by its place in the text (quoted by, coordinated with a person) may be a person: no
    author, no one found there already (``there``), no institution, firm or (with ``places``) place."""
    words = name.lower().split()
    return not (name in authors or there is not None or words[0] in _NAME_WORDS or _INSTITUTION.search(name)
                or any(w in _NOT_NAME or w in _NOT_PERSON_WORDS or places and w in _PLACE_WORDS
                       or w.rstrip(".") in _FIRM_SUFFIX_WORDS for w in words)
                or taken.overlaps(span))


# the first and last words of capitalised names of days, places, aircraft and programmes, never a person's
# ("Liberation Day", "Camp David", "Golden Dome", "Air Force One", "Project Stargate", "Pacific Rim", "Mar Lago")
# (fort, lake, cape, port, house and street are _NOT_PERSON_WORDS, square a _PLACE_WORDS, tested before)
_LANDMARK_FIRST = frozenset("camp project operation air mount".split())
_LANDMARK_LAST = frozenset("days dome force one rim lago avenue plaza palace airport base summit week act plan "
                           "initiative programme program club garden gardens".split())
# last words that are surnames too ("Ana Hall", "Doris Day"): a landmark's only after a first word no given name is,
# a noun of holidays or places ("Liberation Day", "Labor Day", "City Hall", "Carnegie Hall" is left a person)
_LANDMARK_SURNAME = frozenset("day hall bridge tower".split())
_LANDMARK_NOUN = re.compile(r"(?:tion|sion|ence|ance|ment|ity|dom|ism|giving|mas)$|^(?:labou?r|memorial|victory|boxing|"
                            r"tax|earth|town|trump|tower|london|brooklyn)$")  # ("election", "city": -tion, -ity)
# an untitled name, then "and" before another item of the list ("Ines Carvalho, and the head of ...")
_BEFORE_PERSON = re.compile(r"\b(?P<name>" + _PERSON_NAME + r"),? and ")
# what stands between "and" and a person found: the role told before the name ("the head of the port
# authority, ", "Trade Minister ")
# (a role: up to three words, or up to five capitalised ones, then a noun of roles or an office's last word, then
# what it is of: not free text such as "its aftermath were discussed by Treasury Secretary ")
_ROLE_BEFORE_NAME = re.compile(
    r"(?:(?:the|a|an|[A-Z][\w.]*(?:'s|’s)) )?(?:(?:[\w'’&.]+[ -]){0,3}?|(?:[A-Z][\w'’&.]*[ -]){4,5})(?i:"
    + _ROLE_NOUNS + r"|trade representative|secretary-general|vice[- ]premier|leader|speaker|whip|cfo|coo)(?: (?:of|for|at|to) (?:the )?[\w'’&.-]+(?: [\w'’&.-]+){0,4})?(?:, | )$")
# how far after "and" the name of that person may start
_ROLE_GAP = 85
_LIST_ITEM = _PERSON_NAME + r"(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)?"
_PLURAL_TITLE = re.compile(
    r"\b(?P<title>Presidents|Prime Ministers|Premiers|Chancellors|Senators|(?:(?:[Ff]oreign|[Tt]rade|[Ff]inance|"
    r"[Ee]conomy|[Cc]ommerce|[Aa]griculture|[Ee]nergy|[Ii]ndustry) )?[Mm]inisters) "
    r"(?P<names>" + _LIST_ITEM + r"(?:(?:,| and|, and) " + _LIST_ITEM + r")+)")
# "Sen. Ana Ruiz", "Rep. Tom Reyes": abbreviated titles written out
_ROLE_ABBREV = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Amb.": "Ambassador"}
_ABBREV_IN_ROLE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ROLE_ABBREV) + r")(?!\w)")
# nouns that describe only people, written before a name ("the scholar Ana Ruiz"): not the trades and firms'
# kinds ("the exporter Golden Harvest", "the broker Raymond James", "the activist investor Pershing Square") nor
# the nouns that are adjectives too ("the official People's Daily", "the chief Delta Foods")
_DESCRIBED_NOUNS = "|".join(
    [w for w in _ROLE_NOUN_WORDS if w not in {
        "official", "chief", "head", "chair(?:man|woman|person)?", "representative", "executive", "partner", "deputy",
        "manager", "officer", "CEO", "chief executive", "trader", "broker", "consultant", "exporter", "importer",
        "grower", "shipper"}]
    # (an investor's firm written like a person's, "the activist investor Pershing Square", is taken out by
    # _firm_named)
    + "academic historian pastor priest missionary activist dissident journalist diplomat campaigner entrepreneur "
      "novelist writer artist physician scientist engineer businessman businesswoman tycoon billionaire oligarch "
      "MEP MP legislator investor".split())
# "the U.S. ambassador-at-large for food security, Ana Ruiz,", "the city's police commissioner, Lin Hao,"
_ROLE_THEN_NAME = re.compile(
    r"\b(?P<role>(?:[Tt]he |[Aa]n? )(?:" + _ROLE_OWNER + r")?(?:" + _MODIFIER + r"){0,4}?(?:" + _ROLE_NOUNS
    + r")(?:-at-large)?(?: (?:for|of|to|on) [^,;()\n]{2,80}?)?), (?P<name>" + _PERSON_NAME + r")(?=,|\.\s|\.$|;)")
# "the scholar Ana Ruiz", "the American pastor Tom Reyes", "the climate envoy Lin Hao"
_DESCRIBED_NAME = re.compile(
    r"\b[Tt]he (?:[A-Z][a-z]+ )?(?P<role>(?:[a-z][\w-]* ){0,2}(?:" + _DESCRIBED_NOUNS + r")) (?P<name>"
    + _PERSON_NAME + r")\b(?! [A-Z])")
# untitled names listed after a plural noun for people: "two other officials, Ana Ruiz and Tom Reyes",
# "seven tycoons, among them Lev Orlov", "critics including Ana Ruiz"
_PEOPLE_LIST = re.compile(
    r"\b(?P<noun>officials|individuals|people|persons|lawmakers|legislators|senators|politicians|tycoons|oligarchs|"
    r"billionaires|businessmen|executives|critics|activists|scholars|academics|dissidents|diplomats)"
    r"(?:,? (?:including|among them|such as|namely)|,|:) (?P<names>" + _PERSON_NAME + r"(?:(?:,| and|, and) "
    + _PERSON_NAME + r")*)(?=[,.;]|\s+(?:as|were|was|who|on|in|had|have)\b)")
# list nouns that are titles: the singular is the role of each name
_TITLE_LISTS = {"senators", "lawmakers", "legislators"}
_LIST_NAME = re.compile(r"(?:^|(?<=, )|(?<= and ))(?P<name>" + _PERSON_NAME + r")")
# words of organisations and places written like names ("Harbor Steel said", "Port Houston said"), beside
# the firms' suffixes and the institutions' words of the company rules
_FIRM_SUFFIX_WORDS = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", _SUFFIXES)}
# the last word of a firm's name written like a person's ("Delta Foods, a pork exporter,")
_FIRM_TAIL_WORDS = set("foods farms mills textiles chemicals breweries brewery wines airways exports imports agro "
                       "fisheries pharma apparel garments seafood dairies dairy plantations "
                       # investors' funds ("the activist investor Pershing Square", "Starboard Value")
                       "square point value fund funds".split())
# roles of firms: a name whose last word is a firm's tail word is a firm only with them ("Delta Foods, a pork
# exporter"; not "Tom Mills, a trade lawyer")
_FIRM_ROLE = re.compile(r"(?:exporter|importer|grower|farmer|shipper|maker|producer|processor|supplier|manufacturer|"
                        r"brewer|distributor|retailer|trader|miller|company|firm|group|cooperative|co-operative|"
                        r"investor)s?$")


def _firm_named(words: list[str], role: str) -> bool:
    """A name written like a person's is a firm's: a word of a firm's suffix ("Harbor Steel Corp"), or a firm's
    tail word when the role is a trade ("Delta Foods, a pork exporter")."""
    low = [w.lower().rstrip(".") for w in words]
    return any(w in _FIRM_SUFFIX_WORDS for w in low) or (
        any(w in _FIRM_TAIL_WORDS for w in low) and bool(_FIRM_ROLE.search(_role_head(role))))


# "the minister for industry and the economy,": "and the" inside a role's of/for tail (not "and the head of ...")
_AND_THE_TAIL = re.compile(r" and the (?:[\w'’-]+ ){0,3}[\w'’-]+(?=,|\.(?:\s|$))")
_OF_TAIL = re.compile(r" (?:of|for) ")
_ROLE_NOUN = re.compile(r"\b(?:" + _ROLE_NOUNS + r")\b")
_NOT_PERSON_WORDS = set(
    "bank ministry house street times news post journal exchange trust international global company energy "
    "ratings intelligence macroeconomics lab labs budget port dow sao são san santa porto fort lake cape".split())


class _SortedSpans:
    """Spans (and what each is of) sorted by start, tested for overlap by bisection rather than one by one (a long
    article has thousands of mentions, and a person named thousands of times as many spans)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans or ())
        self.starts = [s0 for s0, _e0 in self.spans]
        self.values: list[object] = [None] * len(self.spans)
        self.longest = max((e0 - s0 for s0, e0 in self.spans), default=0)

    def add(self, span: tuple[int, int], value: object) -> None:
        i = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.spans.insert(i, span)
        self.values.insert(i, value)
        self.longest = max(self.longest, span[1] - span[0])

    def find(self, span: tuple[int, int]) -> int | None:
        """The index of a span overlapping ``span`` (the last one starting before it ends), or None."""
        i = bisect.bisect_left(self.starts, span[1]) - 1  # the last span starting before ``span`` ends
        while i >= 0 and self.starts[i] > span[0] - self.longest:
            if self.spans[i][1] > span[0]:
                return i
            i -= 1
        return None

    def overlaps(self, span: tuple[int, int]) -> bool:
        return self.find(span) is not None


# "at Kestrel Research in Singapore": the employer and its place are not part of the role
# the firm after a job ("an analyst at Kestrel Research"), not a counterpart ("negotiator for talks with Canada")
# nor a government body that tells whom the person speaks for ("adviser at the Ministry of Commerce")
_EMPLOYER_TAIL = re.compile(r" at (?:the )?(?!Ministry|Department|Commission|Office|Council|Treasury|White House|"
                            r"Federal Reserve|Central Bank|Bank of|State Council|Cabinet|Embassy)[A-Z].*$")


def _clean_role(role: str) -> str:
    """A role as an analyst writes it: no indefinite article, no employer ("a metals analyst at X"
    -> "metals analyst")."""
    role = _EMPLOYER_TAIL.sub("", role.strip())
    role = _ROLE_ARTICLE.sub("", role)  # "the Treasury's", "the Ministry of Food's"

    role = _ROLE_END_NOTE.sub("", role)  # "at a consultancy", "at the time"
    # "a Singapore-based economist", "the region's police chief": the place and the owner are no part of it
    return _ROLE_PLACE_OWNER.sub("", role)


_ROLE_ARTICLE = re.compile(r"^(?:[Tt]he |[Aa]n? )(?:" + _ROLE_OWNER + r")?")
_ROLE_END_NOTE = re.compile(r" (?:at (?:a|an) .*|at the time|then)$")
_ROLE_PLACE_OWNER = re.compile(r"^(?:(?:a|an) )?(?:the [a-z]+(?:'s|’s) )?(?:[A-Z][\w.]*-based )?")


def _title_case_line(doc, sent) -> bool:  # type: ignore[no-untyped-def]
    return sent.headline and title_case_words(t.text for t in doc[sent.tok_start:sent.tok_end])


def _as_office(m: Mention, office_forms: dict[str, str]) -> Mention:
    """An agency name that is also a title ("USTR Jamieson Greer") is read as the title."""
    if m.label == "ORG" and m.text.lower() in office_forms:
        return replace(m, label="OFFICE", key=office_forms[m.text.lower()])
    return m


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


_GENERIC_OFFICE = re.compile(
    r"\b(?:(?:Deputy|Vice|First|Senior) )?(?:Prime )?Minister (?:of|for) (?:the )?[A-Z][\w-]+"
    r"(?:(?: and| of| for|, and|,(?= [A-Z][\w-]+(?:,| and))) (?:the )?[A-Z][\w-]+)*|\bcounterpart\b"
    r"|(?<=[a-z] )(?:Minister|Secretary)\b(?![ -](?:of|for|General)\b)"
    r"|\b(?:[Hh]ead|[Dd]irector|[Cc]hief)(?= of )")
_PREFIX_OFFICE = {"vice", "deputy", "under", "co", "assistant"}
# offices named by their portfolio ("Public Works Minister"): the capitalised words before are part of the role
_PORTFOLIO_HEADS = {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson", "governor"}
# words of a ministry's portfolio: "Trade and Industry", "Public Safety and Emergency Preparedness" (a name
# before "and" is another person: "Robert Lighthizer and Treasury Secretary Steven Mnuchin")
_PORTFOLIO_WORDS = set(
    "trade industry industries commerce economy economic affairs finance financial treasury investment investments "
    "energy mines mining resources petroleum oil gas power environment climate agriculture food fisheries rural "
    "forestry water health education science technology innovation digital information communications telecoms "
    "transport infrastructure works housing planning development cooperation co-operation labour labor employment "
    "social welfare justice security safety defence defense interior home foreign external international tourism "
    "culture sport media budget revenue customs export exports promotion enterprise business competition consumer "
    "manufacturing integration preparedness emergency relations policy oceans".split())
# more words of a portfolio before its head ("Public Works Minister", "Women and Child Development
# Minister", "Interim Transport Minister"): a capitalised word that is none of these (a place, an
# outlet: "In Surabaya", "Speaking to Bloomberg Television") is no part of the role
_PORTFOLIO_MORE = set(
    "public works human natural national regional urban civil aviation maritime "
    "land lands women child children youth family veterans statistics tax taxation small medium cooperatives "
    "heritage arts local services utilities supply chain ports shipping railways roads highways trade-related "
    "interim acting shadow junior state".split())
# the last word of a body's name: "of the Japan Iron and Steel Federation", "to the European Union"
_BODY_WORDS = set(
    "federation association council office bank commission ministry agency institute university chamber board "
    "authority committee union organization organisation fund party group corporation company department bureau "
    "administration service court parliament assembly congress senate forum alliance secretariat exchange "
    "confederation league society foundation centre center academy".split())
# an organisation listed after a plural noun for people ("critics including Human Rights Watch and Public
# Citizen", "people such as Ocean Spray"): its first word a common word no given name is, or a word of
# groups anywhere in it
_GROUP_FIRST_WORDS = _PORTFOLIO_WORDS | _PORTFOLIO_MORE | set(
    "friends ocean citizens people peoples free open green world united amnesty".split())
_GROUP_WORDS = _BODY_WORDS | set(
    "watch citizen citizens witness rights international network coalition campaign movement initiative project "
    "earth".split())
_COMPOUND_OK = {"commerce", "foreign", "finance", "trade", "economy", "economic", "industry", "ministry", "bank",
                "central", "federal", "district", "appeals", "state", "defence", "defense", "security", "national",
                "chief", "senior", "deputy", "vice", "executive", "top", "lead", "principal", "white", "house",
                "former"}


def _generic_offices(doc, sent, known: list[Mention]) -> list[Mention]:  # type: ignore[no-untyped-def]
    """Offices no list can hold: "Minister of Economy and Finance", "counterpart", "head of the
    customs agency" (the body taken by :func:`_role_end`), and a portfolio minister or secretary
    ("Public Works Minister": the head here, the portfolio taken by :func:`_compound_start`) where
    no listed office covers the word."""
    out: list[Mention] = []
    for m in _GENERIC_OFFICE.finditer(sent.text):
        span = doc.char_span(sent.start + m.start(), sent.start + m.end(), alignment_mode="contract")
        if span is None:
            continue
        word = m.group(0).lower()
        if word in ("minister", "secretary", "head", "director", "chief") and (
                any(k.label == "OFFICE" and k.token_start <= span.start < k.token_end for k in known)
                or word in ("minister", "secretary") and (
                    span.start == sent.tok_start or not doc[span.start - 1].is_title)):
            continue  # a listed office covers the word, or no portfolio stands before "Minister"
        key = "counterpart" if m.group(0) == "counterpart" else m.group(0)
        out.append(Mention(span.start_char, span.end_char, span.text, "OFFICE", key, "minister",
                           span.start, span.end))
    return out


def _possessive_owner(ms: list[Mention], doc, before: int) -> Mention | None:  # type: ignore[no-untyped-def]
    """The country or organisation written as the owner of a role that starts at token ``before``:
    "[Austria]'s central bank governor", "[the European Commission]'s executive vice president"."""
    if before < 1 or doc[before - 1].text not in ("'s", "’s"):
        return None
    # the mention may end before the "'s" or take it in ("European Commission's")
    return next((x for x in reversed(ms) if x.token_end in (before - 1, before) and x.label in ("COUNTRY", "ORG")),
                None)


def _compound_left(doc, sent, m: Mention) -> int:  # type: ignore[no-untyped-def]
    """The first token of the office at ``m`` with the nouns before it that qualify it ("commerce
    ministry spokesman")."""
    j = m.token_start
    while j - 1 >= sent.tok_start and doc[j - 1].lower_ in _COMPOUND_OK:
        j -= 1
    return j


def _compound_start(doc, sent, m: Mention, stop: set[int] | None = None) -> int:  # type: ignore[no-untyped-def]
    """The first token of a role extended left over the nouns that qualify it: "commerce ministry
    spokesman", "central bank governor", "Vice-Minister of Commerce" (not over determiners, possessives
    or names). Given the tokens of other mentions (``stop``), an office headed by a portfolio word
    also takes the capitalised portfolio written before it: "Public Works Minister", "International
    Trade and Industry Minister" (not over a country, an organisation or a sentence's opening word)."""
    j = _compound_left(doc, sent, m)
    if j - 2 >= sent.tok_start and doc[j - 1].text in ("-", "‐") and doc[j - 2].lower_ in _PREFIX_OFFICE:
        return j - 2
    words = m.text.lower().split()
    if stop is None or not _PORTFOLIO_HEADS.intersection(words) or {"of", "for"}.intersection(words) \
            or _title_case_line(doc, sent):
        return j
    k = j
    while k - 1 >= sent.tok_start and k - 1 not in stop:
        t = doc[k - 1]
        if t.lower_ in _COMPOUND_OK or (t.is_title and (t.lower_ in _PORTFOLIO_WORDS or t.lower_ in _PORTFOLIO_MORE)):
            k -= 1
            j = k
        elif t.lower_ in ("and", "&") and k - 2 >= sent.tok_start and k - 2 not in stop and j == k \
                and doc[k - 2].is_title and doc[k - 2].lower_ in _PORTFOLIO_WORDS:
            k -= 1
        else:
            break
    return j


def _role_end(doc, sent, m: Mention, stop: set[int] | None = None) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Where a role ends (character, token), extended right over "for trade", "of the Commerce Ministry",
    "to the European Union", "of the Japan Iron and Steel Federation" (up to a comma, or up to a name:
    "Commissioner for Agriculture Tomas Varga"; a comma inside a list of portfolios is no end: "of
    Economy, Trade and Industry")."""
    j = m.token_end
    if j < sent.tok_end and doc[j].lower_ in ("for", "of", "at", "to") and j + 1 < sent.tok_end:
        k = j + 1
        limit = j + 6
        while k < sent.tok_end and k < limit:
            if doc[k].text == "," and k + 2 < sent.tok_end and doc[k + 1].is_title \
                    and doc[k + 2].lower_ in ("and", "&", ","):
                k, limit = k + 1, limit + 4
                continue
            if doc[k].text in (",", ".", ";", "(", ")"):
                break
            if doc[k].lower_ in ("at", "with") and k > j + 1:
                return doc[k - 1].idx + len(doc[k - 1].text), k  # the employer: "head of research at X"
            if doc[k].is_title and k + 1 < sent.tok_end and doc[k + 1].is_title \
                    and doc[k].lower_ not in _COMPOUND_OK and doc[k].lower_ not in _PORTFOLIO_WORDS \
                    and not doc[k + 1].lower_.startswith("minist"):
                # a body's name up to the comma ("the Swedish Forest Industries Federation,") is the role's
                e = k
                while e < sent.tok_end and e < k + 8 and (doc[e].is_title or doc[e].lower_ in ("of", "and", "&", "the")):
                    e += 1
                if (e >= sent.tok_end or doc[e].text in (",", ".", ";")) and (
                        doc[e - 1].lower_ in _BODY_WORDS or (stop is not None and e - 1 in stop)):
                    k = e
                elif k > j + 1 and doc[k - 1].is_title and doc[j].lower_ in ("for", "of"):
                    if doc[k].lower_ in _BODY_WORDS:
                        k += 1  # "of the Export Promotion Board Sunil Wickrama"
                    return doc[k - 1].idx + len(doc[k - 1].text), k  # a name follows the role
                break
            k += 1
        if k > j + 1 and (k >= sent.tok_end or doc[k].text in (",", ".", ";")):
            return doc[k - 1].idx + len(doc[k - 1].text), k
    return m.end, m.token_end


def _comma_after(doc, sent, m: Mention) -> int | None:  # type: ignore[no-untyped-def]
    """Token index of the comma in "OFFICE, Name," or "OFFICE in Place, Name,"."""
    j = m.token_end
    if j < sent.tok_end and doc[j].lower_ in ("in", "at", "for", "of", "to"):
        k = j + 1
        while k < sent.tok_end and k < j + 4 and doc[k].text != ",":
            k += 1
        j = k
    first = _compound_left(doc, sent, m)
    if j < sent.tok_end and doc[j].text == "," and (first == sent.tok_start or
                                                   doc[first - 1].lower_ in ("the", "a", "an")
                                                   or doc[first - 1].text in ("'s", "’s", "'", "’")
                                                   or doc[first - 1].is_title):
        return j
    return None


def _leading_title(text: str, office_forms: dict[str, str]) -> tuple[str | None, int]:
    """("President", 10) for "President Trump": the longest office title at the start of a matched
    name, as written, and where the name starts."""
    low = text.lower()
    for i in range(len(low) - 1, 0, -1):
        if low[i] == " " and low[:i] in office_forms:
            return text[:i], i + 1
    return None, 0


def _mention_label(ms: list[Mention], tok: int) -> str | None:
    for m in ms:
        if m.token_start <= tok < m.token_end:
            return m.label
    return None


def _office_country(document: Document, mentions: list[Mention], i: int) -> str | None:
    """The country written with the office at ``mentions[i]``: "the US president", "Britain's prime
    minister", "the French president"."""
    if i == 0 or mentions[i - 1].label != "COUNTRY":
        return None
    prev, m = mentions[i - 1], mentions[i]
    if prev.token_end == m.token_start or (prev.token_end == m.token_start - 1
                                           and document.doc[prev.token_end].text in ("'s", "’s")):
        return prev.key
    return None


def _role_from_office_named(document: Document, people: dict[str, _Acc], known: _KnownOn,
                            forms: dict[str, str]) -> None:
    """A known person named without a title takes the office the knowledge base gives them on the
    article's day when the article names that office on its own elsewhere: "Donald Trump signed ...
    the US president said" (not when the office is another person's: "Xi Jinping, China's president",
    nor when two people untitled hold the same office)."""
    untitled = {name: kp for name, acc in people.items() if not acc.role and (kp := known.get(name)) and kp.role}
    if not untitled:
        return
    spans = [sp for acc in people.values() for sp in acc.spans]
    held = {forms.get(acc.role.lower()) for acc in people.values() if acc.role}
    mentions = document.mentions
    holders: dict[str, int] = {}
    for kp in untitled.values():
        holders[kp.role] = holders.get(kp.role, 0) + 1  # type: ignore[index]
    for name, kp in untitled.items():
        if holders[kp.role] > 1:  # type: ignore[index]
            continue
        for i, m in enumerate(mentions):
            if m.label == "OFFICE" and m.key == kp.role and not any(
                    m.start - 25 <= e <= m.start or m.end <= s0 <= m.end + 4 for s0, e in spans):
                if m.key in held:
                    continue  # "President Donald Trump ... the president said": another's office
                owner = _office_country(document, mentions, i)
                if owner is not None and owner != kp.country:
                    continue  # "Xi Jinping ... the US president", "Britain's prime minister": another country's
                people[name].role = m.text
                break


def _join_short_mentions(document: Document, people: dict[str, _Acc], known: _KnownOn) -> None:
    text = document.text
    by_short: dict[str, str] = {}
    for name in people:
        parts = name.split()
        kp = known.get(name)
        if len(parts) >= 2:
            # Chinese and Korean names put the family name first ("Xi Jinping" -> "Xi")
            if kp and kp.country in _FAMILY_NAME_FIRST:
                by_short.setdefault(parts[0], name)
            else:
                by_short.setdefault(parts[-1], name)
        if kp:
            for a in kp.aliases:
                by_short.setdefault(a, name)
    for word in _ENGLISH_WORDS:
        by_short.pop(word, None)
    if not by_short:
        return
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(by_short, key=len, reverse=True)) + r")\b")
    # (each person's spans found so far, sorted once: the short mentions added below do not overlap each other)
    found = {name: _SortedSpans(people[name].spans) for name in set(by_short.values())}
    furniture = _SortedSpans([(x.start, x.end) for x in document.sentences if x.furniture])
    for m in pattern.finditer(text):
        name = by_short[m.group(1)]
        span = (m.start(), m.end())
        acc = people[name]
        if found[name].overlaps(span) or furniture.overlaps(span):
            continue  # (nor in a credit line: "Editing by Lin Hao")
        acc.spans.append(span)


_BYLINE_NAME = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
# "By Jane Doe", "By Jane Doe and Kim Min-ji", "By Jane Doe, Ali Khan and Kim Min-ji"
_BY = re.compile(r"^By\s+(" + _BYLINE_NAME + r"(?:\s*(?:,|\band\b|&)\s*" + _BYLINE_NAME + r")*)\b")


_NOT_AUTHOR_WORD = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                              r"March|April|May|June|July|August|September|October|November|December|"
                              r"President|Minister|Secretary|Representative|Premier|Chancellor)\b|['’]s\b")
# what may follow the names on a byline: the agency or paper, the place, a role
_LINE = re.compile(r"^[^\n]*$", re.M)
# "Jane Doe, staff writer": a name and a role on a line of their own
_NAME_COMMA_ROLE = re.compile(r"^([A-Z][\w.'-]+(?:[\s-][A-Za-z][\w.'-]+){1,3}),\s*(.+)$")
_BYLINE_REST = re.compile(r"^\s*(?:(?:,|\bin\b|-|—|–|\|)\s*[\w .&'’-]{0,40})?\s*$")


def _byline_line(document: Document) -> tuple[str, tuple[int, int]] | None:
    """The byline's author(s) as written, and the span no one in the story is taken from: the whole
    line when it holds only the names (and an agency or place), so "By Anne Tremblay-Ross" does not
    mention Wilbur Ross. Only the first five lines and the last three count ("By Friday, Greer
    had met ..." in the body is no byline)."""
    text = document.text
    lines = [m for m in _LINE.finditer(text) if m.group(0).strip()]
    for line_m in [*lines[:5], *lines[5:][-3:]]:  # (some papers sign at the end)
        raw = line_m.group(0)
        if len(raw) > 120:
            continue
        line = raw.strip()
        lead = raw.index(line[:1]) if line else 0
        m = _BY.match(line)
        if m and not _NOT_AUTHOR_WORD.search(m.group(1)):
            if _BYLINE_REST.match(line[m.end():]):
                return m.group(1), line_m.span()
            start = line_m.start() + lead + m.start(1)
            return m.group(1), (start, start + len(m.group(1)))
        m = _NAME_COMMA_ROLE.match(line)
        if m and _BYLINE_ROLE.search(m.group(2)) and len(line.split()) <= 10 and not _NOT_AUTHOR_WORD.search(m.group(1)):
            return m.group(1), line_m.span()
    return None
