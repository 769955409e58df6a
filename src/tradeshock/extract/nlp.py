"""The spaCy pipeline tradeshock uses: a blank English tokenizer (with two extra infix rules so
"U.S.-China" splits at the hyphen), the rule-based sentencizer, and sentence breaks at line breaks, after
an abbreviation that ends a sentence ("... in the U.S. The company said"), and inside runs of text with no
sentence punctuation. No statistical model is needed; nothing is downloaded."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language


@Language.component("tradeshock_line_breaks")
def line_breaks(doc: Any) -> Any:
    """A line break always ends a sentence (headlines, bullets and paragraphs)."""
    # (read from the token texts' hashes, without making a Token per word; a token's trailing whitespace is
    # at most one space in spaCy, so only its text can hold a line break)
    # (the starts are written as one array: setting Token.is_sent_start checks the whole document each
    # time, so a long text with many lines cost the square of its length)
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    starts = [i + 1 for i, text in enumerate(texts[:-1])
              if "\n" in text or text in _END_ABBREVIATIONS and texts[i + 1] in _OPENERS and not _title_case(texts, i)]
    return _with_starts(doc, starts)


def title_case_words(words: Iterable[str]) -> bool:
    """A line's words are written in title case, as in a headline: of its alphabetic words longer than three
    letters (at least three of them), seven in ten or more are capitalised. (Shared by the sentence breaks here
    and the people's names read in a headline, people.py.)"""
    n = title = 0
    for w in words:
        if len(w) > 3 and w.isalpha():
            n += 1
            title += w.istitle()
    return n >= 3 and title >= 0.7 * n


def _title_case(texts: list[str], i: int) -> bool:
    """Token ``i`` is on the first line, the headline, and that line (at most _AROUND tokens each side) is written
    in title case (:func:`title_case_words`): "U.S. Still Weighing 25% Tariffs on EU Cars", "Stocks Slide in U.S.
    As China Imposes ...". There an opener after an abbreviation is capitalised as every word is, and ends no
    sentence; in the story it does ("led by Trade Representative Jamieson Greer of the U.S. In Beijing, ...")."""
    lo = i
    while lo > 0 and i - lo < _AROUND and "\n" not in texts[lo - 1]:
        lo -= 1
    if lo > 0:
        return False  # (only the first line, the headline: a line of the story dense with names and titles may
        # pass the test of case, "Officials met Trade Representative Jamieson Greer of the U.S. In Beijing, ...")
    hi = i + 1
    while hi < len(texts) and hi - i <= _AROUND and "\n" not in texts[hi]:
        hi += 1
    return title_case_words(texts[lo:hi])


def _with_starts(doc: Any, starts: list[int]) -> Any:
    """``doc`` with a sentence starting at each token index of ``starts``."""
    if starts:
        flags = doc.to_array(SENT_START).reshape(-1, 1)
        flags[starts, 0] = 1
        doc.from_array([SENT_START], flags)
    return doc


# A dotted abbreviation keeps its full stop in one token, so the sentencizer does not end a sentence there;
# before a word that only opens a sentence ("the U.S. The", never a name such as "U.S. Trade" or a place:
# "9 a.m. Washington time"), it ends one
_END_ABBREVIATIONS = frozenset({"U.S.", "U.K.", "E.U.", "U.N.", "U.A.E.", "D.C.", "S.A.", "N.V.", "Inc.", "Ltd.",
                                "Co.", "Corp.", "Bhd.", "p.m.", "a.m."})
_OPENERS = frozenset({
    "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There",
    "But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "Shares",
    "In", "On", "At", "Under", "After", "Before", "While", "When", "If", "As", "Since", "Such", "Some", "Both",
    "Neither", "None",
})

# how far around an abbreviation the case of its line's words is read
_AROUND = 40

_TITLE_ABBREVIATIONS = ("Amb.",)

# A "sentence" longer than this (text without full stops: a transcript, a table flattened to one line) is cut
# into pieces of at most _PIECE tokens, at a semicolon, colon or comma where one is near: the rules look at
# every pair of words and dates in a sentence, so their cost grows with its square. The longest sentence of
# the annotated articles has 101 tokens.
_LONGEST = 150
_PIECE = 100


@Language.component("tradeshock_long_sentences")
def long_sentences(doc: Any) -> Any:
    """Cut runs of more than _LONGEST tokens with no sentence break into pieces."""
    starts = [i for i, v in enumerate(doc.to_array(SENT_START).tolist()) if v == 1 or i == 0]
    bounds = [*starts, len(doc)]
    if max((b - a for a, b in zip(bounds, bounds[1:], strict=False)), default=0) <= _LONGEST:
        return doc
    cuts: list[int] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        while hi - lo > _LONGEST:
            window = range(lo + _PIECE, lo + _PIECE // 2, -1)
            cut = next((k for k in window if doc[k - 1].text in (";", ":")), None) \
                or next((k for k in window if doc[k - 1].text == ","), None) or lo + _PIECE
            while cut < hi and doc[cut].is_space:
                cut += 1
            if cut >= hi:
                break
            cuts.append(cut)
            lo = cut
    return _with_starts(doc, cuts)


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)-(?=[A-Za-z])", r"(?<=[0-9])-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # titles spaCy's English exceptions lack ("Gov.", "Sen.", "Rep." are there): one token, so the full stop
    # ends no sentence ("Amb. Katherine Tai said")
    for abbreviation in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("tradeshock_line_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tradeshock_long_sentences")
    # spaCy refuses texts over 1,000,000 characters by default, to spare the parser and NER their
    # ~1 GB per 100,000 characters; there is neither here, and the input layer accepts files up to 5 MB
    nlp.max_length = 1_000_000_000
    return nlp
