"""The spaCy pipeline tradeshock uses: a blank English tokenizer (with two extra infix rules so
"U.S.-China" splits at the hyphen), the rule-based sentencizer, and sentence breaks at line breaks.
No statistical model is needed; nothing is downloaded."""

from __future__ import annotations

import functools
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language


@Language.component("tradeshock_line_breaks")
def line_breaks(doc: Any) -> Any:
    """A line break always ends a sentence (headlines, bullets and paragraphs)."""
    # (read from the token texts' hashes, without making a Token per word; a token's trailing whitespace is
    # at most one space in spaCy, so only its text can hold a line break)
    strings = doc.vocab.strings
    for i, orth in enumerate(doc.to_array(ORTH).tolist()[:-1]):
        if "\n" in strings[orth]:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z]\.)-(?=[A-Za-z])", r"(?<=[0-9])-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("tradeshock_line_breaks")
    nlp.add_pipe("sentencizer")
    # spaCy refuses texts over 1,000,000 characters by default, to spare the parser and NER their
    # ~1 GB per 100,000 characters; there is neither here, and the input layer accepts files up to 5 MB
    nlp.max_length = 1_000_000_000
    return nlp
