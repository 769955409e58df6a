"""The cheap look-up before the instrument phrases' regexes keeps every phrase that matches."""

from tradeshock.extract.events.anchors import _PHRASE_RES, _phrase_candidates


def test_every_matching_phrase_is_a_candidate() -> None:
    for k, (rx, phrase, _instrument) in enumerate(_PHRASE_RES):
        for low in (phrase, f"officials said ({phrase}) would follow", f"the \"{phrase}\", they said; {phrase}."):
            assert rx.search(low)
            assert k in _phrase_candidates(low), phrase


def test_candidates_keep_the_phrase_order() -> None:
    low = " ".join(p for _rx, p, _i in _PHRASE_RES)
    cands = _phrase_candidates(low)
    assert cands == sorted(cands) and len(cands) == len(_PHRASE_RES)
