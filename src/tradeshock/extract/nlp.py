"""The spaCy pipeline tradeshock uses: a blank English tokenizer (with two extra infix rules so
"U.S.-China" splits at the hyphen), the rule-based sentencizer, and sentence breaks at line breaks, after
an abbreviation that ends a sentence ("... in the U.S. The company said"), and inside runs of text with no
sentence punctuation. No statistical model is needed; nothing is downloaded."""

from __future__ import annotations

import functools
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


def _title_case(texts: list[str], i: int) -> bool:
    """The words around token ``i`` (at most _AROUND each side, within its line) are written in title case, as
    in a headline ("U.S. Still Weighing 25% Tariffs on EU Cars", "Stocks Slide in U.S. As China Imposes ..."):
    there an opener after an abbreviation is capitalised as every word is, and ends no sentence. A sentence of
    the story has a lower-case word nearby ("to the U.S. The move followed")."""
    seen = 0
    for side in (range(i - 1, max(-1, i - _AROUND - 1), -1), range(i + 2, min(len(texts), i + _AROUND + 2))):
        for k in side:
            w = texts[k]
            if "\n" in w:
                break  # (the words past a line break are of another line)
            if not w.isalpha() or w.lower() in _TITLE_SMALL_WORDS:
                continue
            if w[0].islower():
                return False
            seen += 1
    return seen >= 2


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

# how far around an abbreviation the case of words is read, and the short words a title-case line leaves in
# lower case
_AROUND = 6
_TITLE_SMALL_WORDS = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs with from "
                               "into over amid than".split())

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
