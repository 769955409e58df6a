"""Companies named in the article, their tickers, and what the article says their shares did.

A move is read from the sentence that names the company: a move word ("surged", "rose sharply",
"tumbled", "gains") in the same clause, in a sentence that is about shares (it says "shares",
"stocks", "%", "market"...). Without such a statement the move is ``mentioned``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradeshock.extract import lexicon as lx
from tradeshock.extract.dates import MONTHS, WEEKDAYS
from tradeshock.extract.document import Document
from tradeshock.extract.events.common import _SUBORDINATORS
from tradeshock.extract.goods_context import title_case_line
from tradeshock.extract.quantities import _CUR as _CURRENCY_WORDS
from tradeshock.kb import KnowledgeBase
from tradeshock.models import CompanyMention, Evidence

_CLAUSE_END = {";", "but", "while", "whereas", "although", "meanwhile"}
# share-move words beyond the lexicon's MOVE_UP / MOVE_DOWN
_MORE_UP = {"tripled", "doubled", "edged", "firmed", "firmer", "outpaced", "rocketed", "skyrocketed", "gainer", "gainers",
            "riser", "risers", "advancers"}
_MORE_DOWN = {"slip", "halved", "cratered", "loser", "losers", "laggard", "laggards", "faller", "fallers", "decliners", "weaker", "softer", "wiped", "off",
              "plummets", "skids", "sags", "dived"}
# words that say how shares moved only when a figure follows ("up 3%", "off 2 per cent")
_NEEDS_FIGURE = {"up", "down", "off"}
# what may follow those without a figure and still tell a move ("down sharply", "up more than", "off by")
_AFTER_UP_DOWN = {".", ",", "sharply", "strongly", "more", "in", "on", "after", "nearly", "about", "almost", "roughly",
                  "some", "over", "around", "by", "less"}
# stock indexes and market jargon: a sentence naming one is about shares ("among the biggest losers on the S&P 500")
# rank nouns that only share talk uses ("the biggest fallers"), and those other talk uses too ("top gainers")
_MARKET_MOVERS = {"fallers", "risers", "decliners", "advancers"}
_MOVERS = _MARKET_MOVERS | {"gainers", "losers", "performers", "laggards"}
_INDEX_CUES = {"s&p", "ftse", "dax", "cac", "nikkei", "topix", "kospi", "stoxx", "sensex", "seng", "asx",
               "tsx", "bourse", "bourses"} | _MARKET_MOVERS
# verbs that tell a share move with a company as their bare subject, even with no word about shares
# ("Micron sinks on China ban"); verbs with other common senses ("fell foul", "declined to comment",
# "dropped plans", "lost access") are not among them
_BARE_MOVE_VERBS = {"surges", "surged", "soars", "soared", "tumbles", "tumbled", "plunges", "plunged", "plummets",
                    "plummeted", "slumps", "slumped", "sinks", "sank", "slides", "slid", "jumps", "jumped", "rallies",
                    "rallied", "skids", "skidded", "tanks", "tanked", "rockets", "rocketed", "dives", "dived",
                    "sags", "sagged"}
# bare move verbs that are also plural nouns ("180 Rheinmetall tanks", "Lockheed Martin rockets"): read
# only as a verb, and only where a figure or a clause of time or cause follows ("Micron tanks after ...")
_BARE_NOUN_VERBS = {"tanks", "rockets", "dives", "slides", "jumps", "sinks", "slumps", "plunges", "rallies", "surges",
                    "tumbles"}
# bare move verbs whose other senses keep them off the general lists of move words
_BARE_DIRECTION = {"tanks": "down", "rockets": "up", "dives": "down"}
# a clause of cause or time after a move word ("fell after ...", "rose thanks to ...", "slid upon ...")
_CAUSE_OR_TIME = {"after", "as", "on", "amid", "following", "despite", "while", "when", "since", "because", "thanks",
                  "due", "upon"}
_AFTER_BARE_VERB = _CAUSE_OR_TIME | {",", ".", ";", ":", "-", "—", "–", "to"}
# what a company named after a noun of trade volume is the object of ("orders for Boeing", "sales at
# Walmart"): a move in the sentence is that volume's, not the company's shares
_VOLUME_NOUNS = {"orders", "demand", "sales", "deliveries", "shipments", "revenue", "revenues", "profit", "profits",
                 "earnings", "exports", "imports", "output", "production", "bookings", "prices", "traffic", "margins",
                 "spending", "investment", "purchases"}
# a company that tells a figure ("Goldman Sachs said imports slumped 12%") is not the one that moved
_REPORTING = {"said", "says", "expects", "expected", "estimates", "estimated", "forecasts", "forecast", "predicts",
              "predicted", "projects", "projected", "sees", "saw", "warned", "warns", "noted", "notes", "wrote",
              "writes", "calculates", "calculated", "believes", "thinks", "told"}
# a level of something else: "a record high for chip exports", "a record low in customer waiting times"
_LEVEL_IN_OK = {"trading", "trade", "early", "late", "morning", "afternoon", "the", "a", "session", "dealings",
                "deals", "intraday", "premarket"}
# a price level: "a record high", "a two-year low", "its lowest since 2019"
_LEVEL = {"high": "up", "highs": "up", "highest": "up", "peak": "up", "low": "down", "lows": "down", "lowest": "down"}
_REACHED = {"hit", "hits", "touched", "touches", "reached", "reaches", "notched", "set", "sets", "scaled", "scales",
            "struck", "strikes", "plumbed", "plumbs"}
_LEVEL_MODIFIERS = re.compile(r"^(?:record|all-time|new|fresh|lifetime|multi-?year|intraday|session|"
                              r"[\w]+-(?:year|month|week|day))$")
_AFTER_LEVEL = {"since", "level", "levels", "close", "in", "on", "ever", "for", "of", "after", "before", "as", "and",
                "this", "last", "earlier", "intraday", "yet", "at", "while", "when", "but"}
# "gave up early gains", "erased losses": the move named is undone
_UNDOING = {"gave", "give", "gives", "giving", "surrendered", "surrenders", "erased", "erases", "erasing",
            "reversed", "reverses", "reversing", "recouped", "recoups", "wiped", "wipes", "trimmed", "trims"}
_RANKED = {"best": "up", "top": "up", "strongest": "up", "worst": "down", "weakest": "down", "poorest": "down"}
_OTHER_SUBJECT = {"stocks", "shares", "index", "indices", "indexes", "market", "markets", "futures", "yields",
                  "dollar", "yuan", "yen", "euro", "rupee", "pound", "sterling", "ringgit", "peso", "rouble", "ruble",
                  "lira", "franc", "renminbi", "baht", "rupiah", "currency", "prices", "exports", "imports", "sales",
                  "revenue", "profit", "earnings"}
# what may stand between a company's name and a word about something else that is still its own
# ("Apple's shares", "Nvidia Corp shares")
_NAME_TAIL = {"'s", "’s", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "plc", "ag", "sa", "group", "holdings"}
# cues a sentence shares with any tariff story ("a 25 percent duty", "the dairy market", "trading
# partners"): they tell shares only with a move close by, and carry no share talk to the next sentence
_WEAK_STOCK_CUES = {"%", "percent", "cent", "market", "markets", "trading", "traded", "equity", "share"}
_STRONG_STOCK_CUES = frozenset((lx.STOCK_CUES - _WEAK_STOCK_CUES) | _INDEX_CUES | {"taiex"})
# what may follow a move word told of shares: a figure, a preposition, an adverb, the end of the
# clause ("fell 3%", "rose in Tokyo", "slid sharply", "lost ground"); a noun there is what moved or
# what the firm acted on ("lifted prices", "added 300 workers", "higher costs", "gained market share")
# ("into" and "past" tell a move only before a figure or a kind of territory: see _takes_object)
_AFTER_MOVE = _CAUSE_OR_TIME | {
    "in", "at", "to", "from", "by", "for", "over", "across", "during", "before", "with", "through", "toward",
    "towards", "against", "below", "above", "beyond", "under", "until", "ahead", "behind", "and", "but", "or",
    "then", "so", "yet", "which", "who", "sharply", "more", "less", "most", "least", "further", "nearly", "about",
    "almost", "roughly", "some", "around", "back", "again", "too", "also", "still", "much", "early", "late", "off",
    "up", "down", "higher", "lower", "overnight", "yesterday", "today", "this", "last", "premarket", "intraday",
    "ground", "than", "even", "just", "only", "near", "close", "not", "half", "per", "that", "along", "alongside",
    "every", "each", "twice", "first", "initially", "instead", "anew", "afresh", "sharp", "hard", "fast", "big",
    "briefly", "deeper", "faster", "sharper", "steeper", "fractionally", "throughout", "within", "once", "well"}
# what a determiner may introduce after a move word and stay a measure, not an object ("slipped a bit")
_SMALL_MEASURE = {"bit", "little", "tad", "touch", "fraction"}
# what a determiner after a move word may introduce without making an object ("fell the most",
# "lost a third of its value", "rose a further 2%", "shed half its value")
_PORTION = {"most", "least", "further", "third", "quarter", "fifth", "tenth", "half", "combined", "record", "fresh",
            "total", "cumulative", "whopping", "hefty", "sharp", "modest", "net", "day", "next", "following",
            "previous", "same", "week", "session", "morning", "afternoon", "hardest", "sharpest", "steepest"}
# currencies a share price is told in, right after a move verb and a figure ("fell 30 yen"): the currency words
# of the figure reader, with the small units
_PRICE_UNITS = {w for w in _CURRENCY_WORDS if w.isalpha()} | {"cents", "pence", "francs"}
# units a figure after a move word may carry ("rose 3 percent", "added 12 points", "shed 40 billion yen")
_FIGURE_UNITS = _PRICE_UNITS | {"percent", "per", "pct", "points", "point", "cent", "billion", "million", "trillion",
                                "bn", "basis", "times", "percentage", "and", "to", "or", "in", "on", "at", "from",
                                "after", "as", "by", "since", "for"}
# nouns that are a company's own shares after its possessive ("Kia's Seoul-listed shares")
_SHARES = {"shares", "stock", "stocks"}
_SHARE_NOUNS = _SHARES | {"adrs", "adr", "receipts", "valuation", "capitalisation", "capitalization", "cap", "value",
                          "price"}
# words between a possessive and its shares ("Kia's Seoul-listed shares", "Alibaba's US-traded stock")
_BEFORE_SHARES = {"listed", "traded", "class", "common", "ordinary", "preferred", "own", "voting", "depositary",
                  "market", "a", "b", "h", "share", "american", "u.s.", "us", "hong", "kong"}
# a move of something said of as a prospect, not as done ("stand to gain", "is expected to rise", "could fall")
# (matched case-sensitively: "Toyota shares in May fell 12%")
_PROSPECT = {"will", "would", "could", "may", "might", "should", "can", "stand", "stands", "expected", "likely",
             "poised", "tipped", "seen", "bound", "hope", "hopes", "hoping", "want", "wants", "aim", "aims", "plans"}
# words that open a clause of its own after the company's ("cut jobs as duties hit its motorcycles")
# (events.common's subordinators less "since" and "while": "shares since April have fallen"; "while" ends a
# clause here anyway)
_SUBORDINATE = (_SUBORDINATORS - {"since", "while"}) | {"as", "where", "though", "until", "once", "amid"}
_PRONOUN_SHARES = re.compile(r"\b(?:its|the company's|the firm's|the group's|the chipmaker's|the carmaker's|"
                             r"the automaker's|the miner's|the stock|its stock)\b", re.I)


_RANK_ADJ = set(_RANKED) | {"biggest", "heaviest", "largest", "steepest", "sharpest", "leading"}


def _share_talk(words: list[str], companies: frozenset[int] | set[int] = frozenset()) -> bool:
    """The sentence talks of shares: a word only share talk uses ("shares", "Nasdaq", "the Dow"), or
    a rank among movers ("among the heaviest losers", "the biggest gainers"). This share talk carries
    to the next sentence (see :func:`_about_shares` for the wider test of the sentence itself). ``companies``
    holds the indexes of the words right after a company's name ("Nvidia led the decline")."""
    return any(w in _STRONG_STOCK_CUES for w in words) or any(
        w in _MOVERS and k > 0 and words[k - 1] in _RANK_ADJ and (k + 1 >= len(words) or words[k + 1] not in (
            "from", "of")) or w == "dow" and _dow_index(words, k) or w in _LEAD_VERBS and _led_market(words, k, companies)
        for k, w in enumerate(words))


def _company_ends(sent) -> set[int]:  # type: ignore[no-untyped-def]
    """The indexes (in the sentence's words) of the words right after a company's name, for :func:`_share_talk`."""
    return {m.token_end - sent.tok_start for m in sent.mentions if m.label == "COMPANY"}


def _led_market(words: list[str], k: int, companies: frozenset[int] | set[int]) -> bool:
    """"Chipmakers led the decline", "Nvidia led the broader sell-off", "Democrats led the decline in chip stocks": a
    market's move led by shares, a sector or a company (``companies``, see :func:`_share_talk`), or told of
    shares after the noun (not "Democrats led the retreat from the tariff fight", "Iowa led the decline in farm
    incomes")."""
    led = _led_noun(words, k)
    if led is None:
        return False
    if led[2]:
        return True
    lead = k - 1 if k > 0 and words[k - 1] not in _SHARES else k - 2  # ("Nvidia shares led ...")
    return lead >= 0 and (lead + 1 in companies or _sector_word(words[lead]))


# nouns for shares or for a sector's companies that lead a market's move ("Chipmakers led the decline", "Tech
# stocks led the rally"); words ending in "makers", "producers" or "companies" are sectors too
_LEADING_SECTORS = _SHARES | {"equities", "names", "miners", "banks", "lenders", "insurers", "airlines", "retailers",
                              "exporters", "shippers", "techs", "financials", "industrials", "utilities", "semiconductors",
                              "refiners", "builders", "tech", "technology", "semiconductor"}


def _sector_word(w: str) -> bool:
    return w in _LEADING_SECTORS or w.endswith(("makers", "producers", "companies"))


def _about_shares(words: list[str], share_talk: bool) -> bool:
    """The sentence may tell a company's share move: it talks of shares (``share_talk``, the result of
    :func:`_share_talk`), or it has a weak cue ("%", "market", "trading": lx.STOCK_CUES), or it names
    "the Nifty 50". The weak cues and the Nifty do not carry to the next sentence: a tariff story's
    "25%" or "the dairy market" tells shares only with a move close by. (The gazetteer's test of a
    place-named firm, ``gazetteer._company_cue``, reads lx.STOCK_CUES alone.)"""
    return share_talk or any(w in lx.STOCK_CUES for w in words) or "nifty" in words and _nifty_index(words)


def _dow_index(words: list[str], k: int) -> bool:
    """"the Dow", "Dow Jones industrials": the index, not Dow Inc. nor the Dow Jones newswire."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if nxt in ("inc", "inc.", "chemical", "chemicals"):
        return False
    if k > 0 and words[k - 1] == "the":
        return True
    return nxt == "jones" and k + 2 < len(words) and words[k + 2] in ("industrial", "industrials", "average")


def _own_shares_after(doc, j: int, end: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after "its shares" ("its Seoul-listed stock", "their shares") opening the clause
    after the clause break at ``j`` (", and", "; ", "but"), or None."""
    k = j + 1
    if k < end and doc[k].lower_ in ("and", "but", "while", "as"):
        k += 1
    if k >= end or doc[k].lower_ not in ("its", "their"):
        return None
    for m in range(k + 1, min(end, k + 7)):
        w = doc[m].lower_
        if w in _SHARE_NOUNS:
            return m + 1
        if not (w in _BEFORE_SHARES or w == "-" or doc[m].is_title or doc[m].is_upper):
            return None
    return None


def _own_shares_later(doc, j: int, end: int) -> int | None:  # type: ignore[no-untyped-def]
    """The token after "its shares" opening a later clause of the chain after ``j`` ("cut its revenue
    forecast, and its shares sank"), or None."""
    return next((o for k in range(j + 1, end) if doc[k].lower_ in ("and", ",", ";", "but", "while")
                 and (o := _own_shares_after(doc, k, end)) is not None), None)


def _takes_object(doc, j: int, end: int, of_shares: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """The move word at ``j`` is followed by a noun that is its object or its head, not by a figure,
    an adverb or a preposition: "lifted prices", "added 300 workers", "higher costs". ``of_shares``:
    shares are the move's subject ("Toyota shares slipped into the red"), so "into"/"past" tell the
    level they reached, never an object."""
    if j + 1 >= end:
        return False
    nxt = doc[j + 1]
    w = nxt.lower_
    if nxt.like_num:  # "added 300 workers" (an object), "fell 3%", "fell nine percent", "lost one-third"
        after = doc[j + 2] if j + 2 < end else None
        return after is not None and after.is_alpha and after.is_lower and after.lower_ not in _FIGURE_UNITS \
            and after.lower_ not in _AFTER_MOVE and not after.lower_.endswith("ly")
    if w in ("into", "past"):
        # "slid into negative territory", "jumped past $100", "surged past its record high" (not "plunged into
        # a loss", "surged past Tesla", "Nissan sank into the red" (its accounts); but "Toyota shares slipped into
        # the red")
        return not of_shares and not any(doc[k].like_num or doc[k].lower_ in _LEVEL_REACHED
                                         for k in range(j + 2, min(end, j + 5)))
    if not nxt.is_alpha or not nxt.is_lower or w in _AFTER_MOVE or w.endswith("ly"):
        return False
    if w in ("a", "an", "the", "another", "its", "their"):
        # "rose a further 2%", "fell a steep 8%", "fell an additional 3%", "slipped a bit" (not "lifted the price")
        return not (j + 2 < end and (doc[j + 2].lower_ in _PORTION or doc[j + 2].like_num or w in ("a", "an") and (
            doc[j + 2].lower_ in _SMALL_MEASURE or j + 3 < end and doc[j + 3].like_num)))
    return True


# what a move reaches after "into"/"past" when it is of shares ("slid into negative territory", "jumped past
# $100", "climbed past its record high")
_CURRENCY_SIGNS = ("$", "€", "£", "¥")
_LEVEL_REACHED = {*_CURRENCY_SIGNS, "territory", "correction", "bear", "negative", "positive", "record", "high",
                  "low"}


# what stands before a move noun ("a rise", "the drop", "a 12 percent rise", "a steep fall")
_BEFORE_MOVE_NOUN = {"a", "an", "the", "%", "percent", "cent", "sharp", "steep", "big", "modest", "slight", "small",
                     "strong", "further", "record"}


# what a move noun may be told "in" and still be of shares: "a 5% gain in after-hours trading"
_SESSION_NOUNS = {"trading", "trade", "session", "dealings"}


def _move_of_other(doc, j: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """A move noun told of something named after it: "a 12 percent rise in orders", "the drop in
    exports" (not "a 4% fall in its shares", "a drop in early trading", "a fall in Tokyo")."""
    if j + 2 >= end or doc[j + 1].lower_ not in ("in", "of", "for") or not (
            doc[j - 1].like_num or doc[j - 1].lower_ in _BEFORE_MOVE_NOUN):
        return False
    return _named_after(doc, j + 1, end)


def _named_after(doc, p: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The phrase opened by the preposition at ``p`` after a move noun names something else that
    moved ("in orders", "of 12% in exports"), not the firm's shares or the session ("in early trading",
    "of nearly 4%", "in after-hours trading", "in its share price")."""
    j = p - 1
    k = p + 1
    while k < end and doc[k].lower_ in ("its", "their", "the", "a", "an"):
        k += 1
    if k >= end:
        return False
    fig = next((m for m in range(k, min(end, j + 5)) if doc[m].like_num), None)
    if doc[j + 1].lower_ == "of" and fig is not None:
        # "a drop of nearly 4%", "a gain of more than 10%": the size of the move (but "a rise of 12% in orders")
        m = fig + 1 + (fig + 1 < end and doc[fig + 1].lower_ in ("%", "percent", "pct", "per"))
        m += m < end and doc[m].lower_ == "cent"
        return m + 1 < end and doc[m].lower_ in ("in", "for") and _named_after(doc, m, end)
    w = doc[k].lower_
    if w == "trade" and k + 1 < end and doc[k + 1].lower_ in ("with", "between", "flows", "volumes", "deficit",
                                                              "surplus"):
        return True  # "a 5% drop in trade with China": trade between countries, not trading in shares
    if not (doc[k].is_alpha and doc[k].is_lower) or w in _SHARE_NOUNS or w in _LEVEL_IN_OK:
        return False
    # over the words of the phrase to its head: "in after-hours trading", "in its share price"
    m = k
    while m + 1 < min(end, k + 5) and (doc[m + 1].is_alpha and doc[m + 1].is_lower and doc[m + 1].lower_ not in
                                       _AFTER_MOVE or doc[m + 1].text == "-"):
        m += 1
    head = doc[m].lower_
    return not (head in _SESSION_NOUNS and m > k or head in _SHARE_NOUNS - _SHARES and doc[m - 1].lower_ in (
        "share", "stock", "market"))


def _direction(w: str) -> str | None:
    if w in lx.MOVE_UP or w in _MORE_UP:
        return "up"
    if w in lx.MOVE_DOWN or w in _MORE_DOWN:
        return "down"
    return None


def _direction_at(doc, j: int, start: int) -> str | None:  # type: ignore[no-untyped-def]
    """The move token ``j`` tells, read with the words just before it: a price level ("a record
    high", "its lowest"), a rank ("the worst performer"), a move undone ("gave up early gains")."""
    w = doc[j].lower_
    prev = doc[j - 1].lower_ if j > start else ""
    if w in _NEEDS_FIGURE and prev == "-" and j - 2 >= start and doc[j - 2].lower_ != "sell":
        return None  # "a start-up", "the run-up", "a write-down": a noun, not a move (but "a sell-off")
    if j - 3 >= start and doc[j - 2].text == "-":  # "all-time", "two-year": split at the hyphen
        prev = doc[j - 3].lower_ + "-" + prev
    if w in _LEVEL:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.lower_ not in _AFTER_LEVEL:
            return None  # "the highest rate of 35%", "a record high tariff": a level of something else
        if w in ("highest", "lowest") or _LEVEL_MODIFIERS.match(prev):
            return _LEVEL[w]
        return None
    if w in ("performer", "performers", "performing"):
        return _RANKED.get(prev)
    d = _direction(w)
    if w == "edged" and j + 1 < len(doc) and doc[j + 1].lower_ in ("lower", "down", "back"):
        return "down"  # "edged lower": the word after says which way
    if d and w in ("gains", "gain", "losses") and any(doc[k].lower_ in _UNDOING for k in range(max(start, j - 3), j)):
        return "down" if d == "up" else "up"
    if w in ("hit", "hits", "touched", "reached") and any(
            doc[k].lower_ in _LEVEL for k in range(j + 1, min(j + 8, len(doc)))):
        return None  # "hit a record high": the level says which way
    if w in _REACHED and j + 1 < len(doc) and (doc[j + 1].like_num or doc[j + 1].text in _CURRENCY_SIGNS):
        return None  # "Toyota hit 3,500 yen", "hit $120": a price reached, which way unsaid (not "were hit by")
    return d


# what a company leads when it moves most: "Nvidia led the decline", "Apple led the gains in tech shares"
_LEAD_VERBS = {"led", "leads", "lead", "leading"}
# the nouns of a move one leads: their direction is the move words' (:func:`_direction`: lx.MOVE_UP / MOVE_DOWN and
# the rank nouns), with a few nouns those lists lack
_LED_MOVES: dict[str, str] = {
    **{w: _direction(w) or "" for w in "decline declines declining sell-off selloff losses losers fall falls drop drops "
       "slide slump plunge retreat decliners fallers rally rallies gains gainers advance advances advancers rise "
       "rises rebound surge climb".split()},
    "rout": "down", "downturn": "down", "sell-offs": "down", "selloffs": "down", "recovery": "up", "upturn": "up"}
assert all(_LED_MOVES.values())
# the market led somewhere: "led the market lower", "led the index higher"
_LED_WHERE = {"lower": "down", "down": "down", "higher": "up", "up": "up"}
# what may follow the noun of a move led, in a clause of its own: the end of the clause, a time or a cause ("led
# the decline on Tuesday", "led the rally after the truce", "led the sell-off, with AMD down 5%")
_AFTER_LED = _AFTER_BARE_VERB | {"with", "and", "today", "yesterday", "this", "last", "early", "late", "again", "!",
                                 ")", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# what may follow a preposition after that noun and tell shares: a word of the market ("in chip stocks", "on Wall
# Street", "in Tokyo trading") or a bourse's city ("in Tokyo", "in Hong Kong"), or a sector's companies that end
# the phrase (_LEADING_SECTORS, the same words as a sector leading: "among chipmakers", "in tech", "in semiconductor
# names", not "in tech exports"); with these, the strong share cues ("index", "bourse", "session", "premarket")
_LED_MARKET_WORDS = {"equity", "indexes", "market", "markets", "trading", "trade", "dealings", "wall", "street",
                     "board", "sector", "tokyo", "london", "seoul", "shanghai", "shenzhen", "hong", "frankfurt", "paris",
                     "taipei", "sydney", "mumbai", "singapore", "zurich", "amsterdam", "milan", "madrid", "toronto",
                     "europe", "asia"}


def _led_market_word(words: list[str], v: int) -> bool:
    """``words[v]`` after the noun of a move led tells shares: a word of the market, or a sector's companies that
    end the phrase."""
    w = words[v]
    if w in _LED_MARKET_WORDS or w in _STRONG_STOCK_CUES:
        return True
    nxt = words[v + 1] if v + 1 < len(words) else "."
    return _sector_word(w) and (nxt in _AFTER_LED or _sector_word(nxt))


def _led_noun(words: list[str], k: int) -> tuple[str, int, bool] | None:
    """The move led by the lead verb at ``words[k]`` (lower-case words): its direction, the index of its noun's last
    word, and whether a word of the market follows the noun. The noun must end its clause ("led the decline.", "led
    the sell-off on Tuesday") or a word of the market must follow it ("led the gains in tech shares", "led the
    advance in Tokyo"); not "led the rise of electric vehicles", "led the retreat from China", "led the recovery in
    Japan's auto industry", "led the decline in iPhone sales"."""
    m = k + 1
    if m < len(words) and words[m] in ("the", "a", "its", "their", "this", "that"):
        m += 1
    for x in range(m, min(len(words), m + 4)):
        w = words[x]
        if x + 2 < len(words) and words[x + 1] == "-":
            w = f"{w}-{words[x + 2]}"  # "sell-off"
        if w in _LED_MOVES:
            last = x + 2 if "-" in w else x
            nxt = words[last + 1] if last + 1 < len(words) else "."
            market = nxt in _STRONG_STOCK_CUES or nxt in ("in", "on", "across", "among", "for", "of") and any(
                _led_market_word(words, v) for v in range(last + 2, min(len(words), last + 6)))
            if market or nxt in _AFTER_LED and (nxt != "on" or not any(  # ("on" not before a volume: "on higher sales")
                    v in _VOLUME_NOUNS for v in words[last + 2:last + 6])):
                return _LED_MOVES[w], last, market
            return None
        if w in _LED_WHERE and x > m:
            return _LED_WHERE[w], x, True  # "led the market lower", "led the Nikkei higher"
        if not (w.isalpha() or w == "&"):
            return None
    return None


def _led_move(doc, j: int, end: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The direction (and the token that tells it) told by a lead verb at ``j`` after a company: "led the decline", "leads the broader
    sell-off", "led the gains in tech shares" (down, up); "led the market lower"; not a lead of something
    else ("led the decline in iPhone sales", "led the talks"): see :func:`_led_noun`."""
    if j >= end or doc[j].lower_ not in _LEAD_VERBS:
        return None
    led = _led_noun([t.lower_ for t in doc[j:min(end, j + 16)]], 0)
    return None if led is None else (led[0], j + led[1])


@dataclass
class _Acc:
    name: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    ups: list[tuple[int, int]] = field(default_factory=list)
    downs: list[tuple[int, int]] = field(default_factory=list)


def _relative_clause_end(doc, j: int, end: int) -> int:  # type: ignore[no-untyped-def]
    """The token after the comma closing a relative clause ", which/who/whose ... ," that starts at
    ``j``; ``j`` itself when there is none."""
    if j + 1 >= end or doc[j].text != "," or doc[j + 1].lower_ not in ("which", "who", "whose"):
        return j
    for k in range(j + 2, end):
        if doc[k].text == ",":
            return k + 1
        if doc[k].text in (";", ".", "—", "–"):
            break
    return j


_GRADERS = {"most", "more", "less", "least", "the", "a", "an", "its", "their", "his", "her", "our", "highly"}


def _attributive(doc, j: int, start: int) -> bool:  # type: ignore[no-untyped-def]
    """"its most advanced systems", "less advanced tools": a move word used as an adjective."""
    return doc[j].lower_ in ("advanced", "advancing") and j > start and doc[j - 1].lower_ in _GRADERS


def _nifty_index(words: list[str]) -> bool:
    """"the Nifty 50": the index, not the adjective ("a nifty workaround")."""
    return any(w == "nifty" and k + 1 < len(words) and words[k + 1] in ("50", "index") for k, w in enumerate(words))


def _level_of_other(doc, k: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The level at token ``k`` is of something named after it: "a record high for chip exports",
    "a record low in customer waiting times", "a record high in US sales" (not "in Tokyo trading")."""
    if k + 1 >= end:
        return False
    nxt = doc[k + 1].lower_
    if nxt in ("for", "of"):
        return True
    if nxt != "in":
        return False
    j = k + 2
    while j < end and (doc[j].is_title or doc[j].is_upper):
        j += 1  # "in Tokyo trading", "in US sales": over the place
    if j > k + 2 and (j >= end or not doc[j].is_alpha or doc[j].lower_ in _AFTER_LEVEL):
        return False  # "a record high in Seoul as ...", "a record high in Tokyo.": the place of trading
    return j < end and doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in _LEVEL_IN_OK


# what follows a bare move verb told of shares with no word about shares: a figure, a cause, a time,
# a place of trading ("Micron sinks 7%", "Lynas soars as ...", "Sany rallied on Monday", "in Hong Kong")
_AFTER_BARE_MOVE = _AFTER_BARE_VERB | {"in", "by", "more", "nearly", "almost", "about", "over", "around", "higher", "lower", "again", "for", "ahead",
                    "early", "late", "this", "last", "yesterday", "today", "overnight", "and", "but", "at", "before",
                    "with", "further", "back", "even", "anew", "afresh", "than"}


def _bare_follow_ok(doc, j: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """A bare move verb at ``j`` followed as a share move is: not by an object ("rallied its
    suppliers"), nor "into" or "past" ("jumped into the foundry business", "surged past Tesla")."""
    if j + 1 >= end:
        return True
    nxt = doc[j + 1]
    w = nxt.lower_
    if any(ch.isdigit() for ch in nxt.text) or not nxt.is_alpha and w not in ("$", "€", "£", "¥"):
        return True
    if w == "the":  # "slumped the most since 2020", not "rallied the suppliers"
        return j + 2 < end and doc[j + 2].lower_ in _PORTION
    return w in _AFTER_BARE_MOVE or w.endswith("ly") or nxt.is_title


def _bare_verb(doc, j: int, end: int, first: int) -> str | None:  # type: ignore[no-untyped-def]
    """The direction of a bare move verb at token ``j`` right after a company (which starts at
    ``first``), or None: a plural noun ("more Rheinmetall tanks", "180 Hyundai Rotem tanks and ...")
    is no verb; a verb of unknown direction tells none."""
    w = doc[j].lower_
    if w in _BARE_NOUN_VERBS:
        nxt = doc[j + 1] if j + 1 < end else None
        if nxt is not None and nxt.lower_ not in _AFTER_BARE_VERB and not any(ch.isdigit() for ch in nxt.text):
            return None
        if first > 0 and (doc[first - 1].like_num or doc[first - 1].lower_ in _GRADERS or doc[first - 1].lower_ in (
                "some", "new", "buy", "of", "for", "with")):
            return None
    return _direction(w) or _BARE_DIRECTION.get(w)


def _past_ticker(doc, j: int, end: int) -> int:  # type: ignore[no-untyped-def]
    """``j``, or the token after a ticker in brackets that starts there ("(NVDA.O)", "<AVGO.O>", "(NASDAQ: MU)")."""
    if j < end and doc[j].text in ("(", "<"):
        close = ")" if doc[j].text == "(" else ">"
        k = next((k for k in range(j + 1, min(end, j + 5)) if doc[k].text == close), None)
        if k is not None and all(any(ch.isupper() or ch.isdigit() for ch in doc[x].text) or doc[x].text in (":", ".")
                                 for x in range(j + 1, k)):
            return k + 1
    return j


def _move_in_sentence(doc, sent, tok: int, share_context: bool,  # type: ignore[no-untyped-def]
                      first: int | None = None) -> tuple[str, int] | None:
    """Nearest move word in the clause of ``tok`` (looking right first). ``share_context``: the
    sentence is about shares (:func:`_about_shares`) or its context makes it so (the sentence before,
    a list partner that moved); without it only a bare move verb after the company tells a move.
    ``first`` is the company's first token (``tok`` when not given)."""
    first = tok if first is None else first
    if first - 2 >= sent.tok_start and doc[first - 1].lower_ in ("for", "at", "from", "of", "to", "by", "with", "in") \
            and doc[first - 2].lower_ in _VOLUME_NOUNS:
        return None  # "Orders for Boeing jumped", "Sales at Walmart surged 5%": the orders and sales moved
    # "Micron sinks on China ban", "Sany and Zoomlion rallied": a verb of share moves right after
    # the company, or after the list of companies it heads
    ends = {m.token_start: m.token_end for m in sent.mentions if m.label == "COMPANY"}
    j = _past_ticker(doc, tok + 1, sent.tok_end)
    while j < sent.tok_end and doc[j].lower_ in (",", "and"):
        k = j + 1 + (doc[j].text == "," and j + 1 < sent.tok_end and doc[j + 1].lower_ == "and")
        if k not in ends:
            break
        j = _past_ticker(doc, ends[k], sent.tok_end)
    list_end = j if j > tok + 1 else None  # the end of the list of companies ``tok`` heads ("Toyota and Honda")
    if list_end is not None and j < sent.tok_end and doc[j].lower_ in ("both", "all"):
        j += 1  # "Broadcom and Marvell both jumped"
    lead = j + (j < sent.tok_end and doc[j].lower_ in _SHARES)  # "Nvidia shares led the decline"
    led = _led_move(doc, lead, sent.tok_end)
    if led is not None:
        return led
    if not share_context:
        if j < sent.tok_end and doc[j].lower_ in _BARE_MOVE_VERBS:
            if not _bare_follow_ok(doc, j, sent.tok_end):
                return None  # "BYD surged past Tesla in sales", "Honda rallied its suppliers": no share move
            d = _bare_verb(doc, j, sent.tok_end, first)
            return (d, j) if d else None
        if j + 2 < sent.tok_end and _direction(doc[j].lower_) and doc[j + 1].like_num and doc[j + 2].lower_ in _PRICE_UNITS:
            d = _direction_at(doc, j, sent.tok_start)  # "Toyota fell 30 yen", "Sony fell 1.5 euros"
            if d:
                return d, j  # (but "Toyota hit 3,500 yen, a record high": the level after says which way)
        if j < sent.tok_end and doc[j].lower_ in _REACHED:  # "Tokyo Electron touched an all-time high"
            for k in range(j + 1, min(j + 8, sent.tok_end)):
                d = _direction_at(doc, k, sent.tok_start) if doc[k].lower_ in _LEVEL else None
                if d:
                    return (d, k) if not _level_of_other(doc, k, sent.tok_end) else None
        return None
    best: tuple[int, str, int] | None = None
    # right, over a relative clause ("Apple, which relies on China as a market, fell 5.8%"), but not
    # over one about the company's own shares ("Intel, whose shares have fallen 30%,")
    end = min(sent.tok_end, tok + 25)
    skip = _relative_clause_end(doc, tok + 1, sent.tok_end)
    if skip > tok + 1 and tok + 3 < sent.tok_end and doc[tok + 2].lower_ == "whose" and doc[tok + 3].lower_ in _SHARES:
        skip = tok + 4
    if tok + 1 < end and (doc[tok + 1].lower_ in ("'s", "’s") or doc[tok + 1].text in ("'", "’") and doc[tok].lower_.endswith(
            "s") and doc[tok + 1].whitespace_):
        # "Kia's Seoul-listed shares slid": its shares; "Nissan's sales rose": its sales, not its shares
        for k in range(tok + 2, min(end, tok + 8)):
            w = doc[k].lower_
            if w in _SHARE_NOUNS:  # over "Hong Kong-listed", "market" to the shares
                skip = max(skip, k + 1)
                break
            if _direction(w) or doc[k].like_num or w == "%" or (w in _BEFORE_MOVE_NOUN or w in _RANK_ADJ) and (
                    k + 1 < end and _direction_at(doc, k + 1, sent.tok_start)):
                break  # "Toyota's 4% fall", "Sony's slide", "Sony's sharp fall", "its record high": a move of its own
            if w in _CLAUSE_END or doc[k].is_alpha and doc[k].is_lower and w not in _BEFORE_SHARES or \
                    w in _OTHER_SUBJECT and not (w == "market" and k + 1 < end and doc[k + 1].lower_ in (
                    "value", "capitalisation", "capitalization", "cap")):
                # "Nissan's sales rose 5%": its sales, not its shares, unless its shares follow ("but its shares fell")
                own = _own_shares_later(doc, k, end)
                skip, end = (max(skip, own), end) if own is not None else (skip, tok + 1)
                break
        else:
            end = tok + 1  # "Honda's plant in Ohio", "Tesla's deliveries": something of the firm's, not its shares
    for j in range(tok + 1, end):
        if j < skip:
            continue
        w = doc[j].lower_
        if w in _SUBORDINATE and j > tok + 1 and not (w == "as" and j + 1 < end and doc[j + 1].lower_ in (
                "much", "many", "high", "low", "well", "far", "little", "expected")):
            break  # "Harley cut 500 jobs as duties hit its motorcycles": another clause
        own = _own_shares_after(doc, j, end) if w in ("and", ",", ";", "but", "while") else None
        if own is not None:  # "ZTE halted operations, and its Hong Kong-listed shares lost 41%"
            skip = own
            continue
        if w == "," and j + 1 < end and doc[j + 1].lower_ in _SUBORDINATE and all(
                doc[k].lower_ in _SHARE_NOUNS or doc[k].lower_ in _NAME_TAIL for k in range(tok + 1, j)):
            # "Toyota, after a strong start, fell 3%", "Toyota shares, though hit hard, rose": between commas
            close = next((k for k in range(j + 2, end) if doc[k].text in (",", ";", ".", "—", "–")), None)
            if close is not None and doc[close].text == ",":
                skip = close + 1
                continue
        if w in _CLAUSE_END or w == "," and j + 1 < sent.tok_end and doc[j + 1].lower_ in ("and", "as") and not any(
                m.label == "COMPANY" and m.token_start == j + 2 for m in sent.mentions):
            break  # ", and Beijing answered with higher duties": another clause (not "AMD, and Broadcom")
        if w in _SHARES and j + 2 < sent.tok_end and doc[j + 1].lower_ in ("of", "in") and any(
                m.label == "COMPANY" and m.token_start == j + 2 for m in sent.mentions):
            break  # "DeepSeek, which sent shares of Nvidia lower": another firm's shares
        if j == tok + 1 and w in _REPORTING:
            break  # "Goldman Sachs said imports slumped 12%": the firm tells another's move
        if j == list_end and w in _SHARES:
            continue  # "Toyota and Honda shares fell": the shares of the list the company heads
        if (w in _OTHER_SUBJECT and not (w in _PRICE_UNITS and doc[j - 1].like_num)  # ("hit 3,500 yen": a price)
                or w == "won" and doc[j - 1].lower_ == "the") and j + 1 < sent.tok_end \
                and doc[j + 1].lower_ != "of" and j > tok + 1 and not (j == tok + 2 and doc[tok + 1].lower_ in _NAME_TAIL):
            own = _own_shares_later(doc, j, end)
            if own is not None:  # "Infosys cut its revenue forecast, and its shares sank"
                skip = own
                continue
            return None  # "Huawei ... as chip stocks slide", "Caterpillar raised prices": another subject
        d = _direction_at(doc, j, sent.tok_start)
        if d is None and j == tok + 1 and w in _BARE_DIRECTION:
            d = _bare_verb(doc, j, sent.tok_end, first)  # "Rheinmetall tanks 6%"
        if d and _attributive(doc, j, sent.tok_start):
            continue  # "its most advanced machines": an adjective, not a move
        noun = doc[j - 1].like_num or doc[j - 1].lower_ in _BEFORE_MOVE_NOUN or doc[j - 1].lower_ in _NAME_TAIL
        if d and noun and j - 2 > tok and doc[j - 1].lower_ in ("the", "a", "an") and doc[j - 2].text == ",":
            break  # "For Mazda, Japan's smallest carmaker, the gains from the 10% cut will be slow": another subject
        if d and w not in _NEEDS_FIGURE and w not in _LEVEL and (
                not noun and _takes_object(doc, j, sent.tok_end, any(
                    doc[k].lower_ in _SHARES for k in range(max(sent.tok_start, first - 2), j)))
                or _move_of_other(doc, j, sent.tok_end)):
            # "Whirlpool lifted prices", "Alcoa added 300 workers", "a 12% rise in orders": what the firm did
            # (but "lost sales, and its shares dropped 5%"); no move of another clause to its left either
            own = _own_shares_later(doc, j, end)
            if own is not None:
                skip = own
                continue
            return None
        if d and j > tok + 1 and (doc[j - 1].text in _PROSPECT or doc[j - 1].lower_ == "to" and j > tok + 2
                                  and doc[j - 2].text in _PROSPECT):
            # "stand to gain", "is expected to rise", "could fall": a prospect, no move (but "would gain
            # from the deal, and its shares rose 4%"); no move of another clause to its left either
            own = _own_shares_later(doc, j, end)
            if own is not None:
                skip = own
                continue
            return None
        if d:
            if w in _NEEDS_FIGURE and j + 1 < sent.tok_end and doc[j + 1].lower_ not in ("%",) and not any(
                ch.isdigit() for ch in doc[j + 1].text
            ) and doc[j + 1].lower_ not in _AFTER_UP_DOWN:
                continue
            best = (j - tok, d, j)
            break
    # left ("lifting shares of Nvidia", "a rally in Nvidia")
    for j in range(tok - 1, max(sent.tok_start, tok - 8) - 1, -1):
        w = doc[j].lower_
        if w in _CLAUSE_END:
            break
        d = _direction_at(doc, j, sent.tok_start)
        if d and _attributive(doc, j, sent.tok_start):
            continue
        if d and (best is None or tok - j < best[0]):
            if w in ("up", "down", "off", "lower", "higher", "hit", "weighed", "eased", "added", "lifted", "boosted", "increase", "increases"):
                continue
            if any(doc[k].lower_ == "on" for k in range(j + 1, min(tok, j + 3))):
                continue  # "the levies fall hardest on Samsung": a burden falling on the firm, not its shares
            best = (tok - j, d, j)
            break
    if best is None:
        return None
    return best[1], best[2]


def extract_companies(document: Document, kb: KnowledgeBase) -> list[CompanyMention]:
    doc = document.doc
    companies = kb.company_by_name
    accs: dict[str, _Acc] = {}
    prev_market = False
    last_company: str | None = None
    for sent in document.sentences:
        words = [t.lower_ for t in doc[sent.tok_start:sent.tok_end]]
        here = [m for m in sent.mentions if m.label == "COMPANY"]
        market = _share_talk(words, _company_ends(sent))
        pm = _PRONOUN_SHARES.search(sent.text)
        # (read only where a company or "its shares" may have moved)
        about = _about_shares(words, market) if here or pm else False
        if pm and last_company and not sent.furniture and all(m.start > sent.start + pm.start() for m in here):
            # "Its shares slipped 0.4%": the company the previous sentence was about
            tok = doc.char_span(sent.start + pm.start(), sent.start + pm.end(), alignment_mode="expand")
            if tok is not None:
                # (evidence from the pronoun to the move word: not through _read_move, whose evidence
                # takes in a move word to the left)
                mv = _move_in_sentence(doc, sent, tok.end - 1, about)
                if mv is not None:
                    direction, j = mv
                    s0, e0 = tok.start_char, doc[j].idx + len(doc[j].text)
                    acc = accs[last_company]
                    (acc.ups if direction == "up" else acc.downs).append((s0, e0))
        moved = False
        for m in here:
            acc = accs.setdefault(m.key, _Acc(m.key))
            acc.spans.append((m.start, m.end))
            last_company = m.key
            if sent.furniture:
                continue  # "Related: Nvidia shares plunge on China ban": a link to another story tells no move
            # "Ford slid, and General Motors dropped": a list partner of a firm that moved keeps the share reading
            if _read_move(doc, sent, acc, m.token_start, m.token_end, (m.start, m.end), about or prev_market or moved):
                moved = True
        # "Amazon slid 8%. Apple also fell ...": a company's move keeps the next sentence about shares
        prev_market = (market or moved) and not sent.headline
    unknown = _unlisted_companies(document)
    _read_unlisted_moves(document, unknown)
    _fold_unlisted_units(accs, companies)
    out: list[CompanyMention] = []
    text = document.text
    for acc in sorted([*accs.values(), *unknown], key=lambda a: a.spans[0][0]):
        if acc.ups and len(acc.ups) >= len(acc.downs):
            move, ev = "up", acc.ups[0]
        elif acc.downs:
            move, ev = "down", acc.downs[0]
        else:
            move, ev = "mentioned", None
        if acc.name not in companies:
            out.append(CompanyMention(acc.name, None, None, None, move, tuple(acc.spans)))
            continue
        c = companies[acc.name]
        evidence = Evidence(text[ev[0]:ev[1]], ev[0], ev[1]) if ev else None
        out.append(CompanyMention(c.name, c.ticker, c.exchange, c.sector, move, tuple(acc.spans), evidence,
                                  c.country))
    return out


def _read_move(doc, sent, acc: _Acc, start: int, end: int,  # type: ignore[no-untyped-def]
               chars: tuple[int, int], share_context: bool, to_move_word: bool = True) -> bool:
    """Read the share move told of the company at tokens ``start``..``end`` (characters ``chars``) of
    ``sent`` into ``acc``; True if there is one. The evidence runs from the company to the move word
    (or the move word to the company); with ``to_move_word`` off it is the name alone."""
    mv = _move_in_sentence(doc, sent, end - 1, share_context, first=start)
    if mv is None:
        return False
    direction, j = mv
    s, e = chars
    if to_move_word:
        s, e = min(s, doc[j].idx), max(e, doc[j].idx + len(doc[j].text))
    (acc.ups if direction == "up" else acc.downs).append((s, e))
    return True


def _read_unlisted_moves(document: Document, unknown: list[_Acc]) -> None:
    """A firm the knowledge base does not know has its share moves read as a known one's
    ("Shares of Zhongwei Robotics Co fell 8%"), each sentence on its own (no share talk carried from
    the sentence before, none read in a headline). Its evidence is its name: it is printed only for a
    name the knowledge base lists."""
    doc = document.doc
    about: dict[int, bool] = {}  # per sentence
    for acc in unknown:
        for s, e in acc.spans:
            sent = next((x for x in document.sentences if x.start <= s < x.end), None)
            span = doc.char_span(s, e, alignment_mode="expand")
            if sent is None or span is None or sent.headline or sent.furniture:
                continue
            if sent.index not in about:
                words = [t.lower_ for t in doc[sent.tok_start:sent.tok_end]]
                about[sent.index] = _about_shares(words, _share_talk(words, _company_ends(sent)))
            _read_move(doc, sent, acc, span.start, span.end, (s, e), about[sent.index], to_move_word=False)


def _fold_unlisted_units(accs: dict[str, _Acc], companies: dict) -> None:  # type: ignore[type-arg]
    """A unit with no listing of its own ("Raytheon Missiles & Defense", "Waymo") is told under its
    listed parent, one entry (ANNOTATION.md: a subsidiary named as such brings its parent)."""
    for key in list(accs):
        c = companies.get(key)
        parent = companies.get(c.parent) if c is not None and c.ticker is None and c.parent else None
        if parent is None or parent.ticker is None:
            continue
        unit = accs.pop(key)
        acc = accs.setdefault(parent.name, _Acc(parent.name))
        acc.spans = sorted([*acc.spans, *unit.spans])
        acc.ups.extend(unit.ups)
        acc.downs.extend(unit.downs)


_SUFFIXES = (r"Inc\.?|Corp\.?|Corporation|Co\.|Co(?![-\w]| (?!Ltd|Limited|Inc|LLC|PLC|plc)[A-Z])|Ltd\.?|LLC|LLP|PLC|plc|AG|SA|NV|N\.V\.|S\.A\.|SpA|GmbH|"
             r"Group|Holdings|Holding|Technologies|Technology|Industries|Motors|Capital|Electronics|Semiconductor|"
             r"Materials|Systems|Pharmaceuticals|Airlines|Logistics|Shipping|Steel|Selections|Securities|Research|"
             r"Partners|Advisors|Advisers|Advisory|Associates|Economics|Analytics|Consulting|Consultants|"
             r"Consultores|Investments|Asset Management|Markets|Commodities|Mining|Minerals|Metals|Ventures|"
             r"Brokerage|Trading")
_SUFFIX_NAME = re.compile(r"\b((?:[A-Z][\w&.'-]* ){0,3}[A-Z][\w&.'-]*) ((?:" + _SUFFIXES + r")(?: (?:"
                          + _SUFFIXES + r"))*)\b")
# suffixes that are also ordinary words of a longer name ("Congressional Research Service",
# "Energy Markets Authority"): the name must end with them
_WEAK_SUFFIX = {"Research", "Markets", "Economics", "Analytics", "Metals", "Minerals", "Mining", "Trading",
                "Associates", "Partners", "Commodities", "Investments", "Ventures", "Advisory", "Consulting"}
# capitalised words that name a kind, a region or a rank, not a firm ("Emerging Markets", "Asia Research")
_GENERIC_NAME_WORDS = {"Emerging", "Developed", "Frontier", "Base", "Precious", "Rare", "Critical", "Senior", "Junior",
                       "Managing", "Foreign", "Direct", "Global", "International", "World", "Latin", "American", "Asia",
                       "Asian", "Europe", "European", "Africa", "African", "Pacific", "Capital", "Equity", "Credit",
                       "Financial", "Fixed", "Income", "Commodity", "Energy", "Market", "Head", "Chief", "Policy",
                       "Economic", "Trade", "North", "South", "East", "West",
                       "Middle", "Central", "Private", "Public", "Strategic", "Investment", "Equities", "Macro",
                       "Sovereign", "Emerging-market", "Battery", "Industrial", "Strategy", "Research"}
# words that make a name an institution, not a firm
_INSTITUTION = re.compile(
    r"\b(?:University|College|School|Institution|Foundation|Council|Center|Centre|Ministry|Department|Agency|"
    r"Commission|Office|Bureau|Administration|Fund|Academy|Society|Association|Federation|Chamber|Union|"
    r"Forum|Court|Parliament|Congress|Senate|Committee|Board|Authority|Service|Reserve|Government|Embassy|"
    r"Party|Program|Programme|Initiative|Network|Alliance|Coalition|Conference|Organization|Organisation|"
    r"Bloomberg|Reuters|Nikkei|Xinhua|Caixin|Kyodo|Yonhap)\b|\bInstitute\b(?<!Research Institute)")
# capitalised words that open a sentence or a phrase, not a firm's name: taken off the front of a name
# of a firm's form ("The Acme Group"), and no employer's name starts with one (_NOT_FIRM)
_OPENING_WORDS = frozenset({"The", "A", "An", "On", "In", "At", "For", "And", "But"})
_NOT_COMPANY_START = _OPENING_WORDS | {"U.S.", "US", "Chinese", "American", "European", "Japanese", "Korean",
                                      "Taiwanese", "Dutch", "German", "French", "British"}
# a sentence ends inside a name of firm's form ("on Monday. Trading"); what makes it a law, a fund or an
# index's name ("the Information Technology Act"); a name that goes on ("Congressional Research Service")
_TWO_SENTENCES = re.compile(r"[a-z]{2}\. ")
_NAME_OF_THING = re.compile(r"\s+(?:index|Index|ETF|fund|sector|Act|Law|Bill|Rules)\b")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


def _unlisted_companies(document: Document) -> list[_Acc]:
    """Companies the knowledge base does not know, found by the form of their names ("Biren
    Technology", "Sequoia Capital", "AK Steel Holding Corp"): reported without a ticker."""
    taken = [(m.start, m.end) for m in document.mentions if m.label in ("COMPANY", "ORG", "COUNTRY", "PERSON")]
    found: dict[str, _Acc] = {}
    # a headline in title case capitalises every word: no firm's name can be told from its form there
    doc = document.doc
    headline_end = len(document.text.split("\n", 1)[0]) if len(doc) and title_case_line(doc, 0, reach=40, share=0.6) else 0
    for m in _SUFFIX_NAME.finditer(document.text):
        if m.start() < headline_end:
            continue
        words = m.group(1).split()
        while words and words[0] in _NOT_COMPANY_START:
            words = words[1:]
        if not words:
            continue
        start = m.end(1) - len(" ".join(words))
        s, e = start, m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if "\n" in document.text[s:e] or _TWO_SENTENCES.search(document.text[s:e]) or _NAME_OF_THING.match(
                document.text[e:e + 8]):
            continue  # "on Monday. Trading was thin": two sentences; "the Information Technology Act": a law
        last = m.group(2).split()[-1]
        if last in _WEAK_SUFFIX and (_NAME_GOES_ON.match(document.text[e:e + 3]) or all(
                w in _GENERIC_NAME_WORDS for w in (*words, *m.group(2).split()[:-1]))):
            # "Congressional Research Service": the name goes on; "Emerging Markets", "Base Metals",
            # "Senior Partners", "Latin American Commodities": ordinary words, not a firm's own name
            continue
        name = document.text[s:e].rstrip(".")
        if _INSTITUTION.search(name):
            continue
        found.setdefault(name, _Acc(name)).spans.append((s, s + len(name)))
    for s, e in employers(document):
        if any(s < te and ts < e for ts, te in taken) or any(
                s < te and ts < e for acc in found.values() for ts, te in acc.spans):
            continue
        name = document.text[s:e]
        found.setdefault(name, _Acc(name)).spans.append((s, e))
    return list(found.values())


_FIRM = r"[A-Z][\w'’.-]*(?:(?: & | )[A-Z][\w'’.-]*){0,4}"
# a firm named by the role of someone who works there: "an analyst at Kestrel Research in Singapore",
# "economists at Greyfriars Capital"
_AT_FIRM = re.compile(
    r"\b(?:analyst|economist|strategist|lawyer|attorney|partner|trader|broker|banker|consultant|"
    r"(?:portfolio |fund |managing )?(?:manager|director)|head of [a-z -]{2,40})s? (?:at|with) "
    r"(?P<firm>" + _FIRM + r")")
# a firm named by what it makes: "the Shenzhen-based drone maker Aerofly", "Israeli chip firm Wavelink",
# "Aerofly, the Shenzhen-based drone maker,"
# kinds of firm that are nothing else
_KIND_NOUNS = r"consultancy|brokerage|start-?up|conglomerate"
_FIRM_NOUNS = (r"(?:maker|manufacturer|producer|firm|supplier|developer|retailer|miner|lender|insurer|"
               r"exporter|processor|chipmaker|carmaker|automaker|steelmaker|shipbuilder|"
               r"refiner|distributor|" + _KIND_NOUNS + r")s?")
_NOUN_FIRM = re.compile(
    r"\b(?!(?:the|a|an|this|that|its|their|his|her|other|another|which|whose|one|each|every|same|such)\b)"
    r"(?:[A-Z][a-z]+(?:-based)?|[a-z][\w-]+) " + _FIRM_NOUNS + r" (?P<firm>" + _FIRM + r")"
    # "steelmakers ArcelorMittal, Thyssenkrupp and Salzgitter": each name of the list
    r"(?P<more>(?:, " + _FIRM + r"){0,4},? and " + _FIRM + r")?")
_LIST_FIRM = re.compile(_FIRM)
# kinds of firm that no region or person is called ("Ashby Lorne, a London consultancy")
_BUSINESS_NOUNS = (r"(?:law|research|consulting|advisory|accounting|trading|investment|brokerage|shipping|logistics|"
                   r"engineering|tech|technology|private[- ]equity) (?:firm|house|company|group|bank|boutique)|"
                   r"hedge fund|asset manager|investment bank|" + _KIND_NOUNS)
# the description ends with the kind of firm ("a hedge fund in Tokyo"; not "a hedge fund manager", a person)
_DESCRIPTION_END = r"(?=\s*[,.;:)]|\s+(?:in|based|with|that|which|whose|and|owned|founded|backed)\b|\s*$)"
_FIRM_APPOSITION = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=, )|(?<= of )|(?<= at )|(?<= to )|(?<= by )|(?<= from )|(?<= with ))(?P<firm>" + _FIRM + r"), (?:a|an|the) "
    r"(?:(?:[\w-]+ ){0,3}?[\w-]*-based (?:[a-z-]+ ){0,2}?" + _FIRM_NOUNS + r"|(?:[\w-]+ ){0,3}?(?:"
    + _BUSINESS_NOUNS + r"))" + _DESCRIPTION_END)
_NOT_FIRM = {*_OPENING_WORDS, "He", "She", "It", "They", "We", "I",
             *(w.title() for w in WEEKDAYS), *(w.title() for w in MONTHS if len(w) > 4 or w in ("may", "june", "july")),
             "Beijing", "Washington", "Tokyo", "Brussels", "London"}


_SENTENCE_END = re.compile(r"\.\s")


def employers(document: Document) -> list[tuple[int, int]]:
    """:func:`_employers` of the article, found once per document: the company rules and the people
    rules both read them (kept in the spaCy Doc's ``user_data``, as the document keeps its text)."""
    cache = document.doc.user_data
    if _EMPLOYERS_KEY not in cache:
        cache[_EMPLOYERS_KEY] = _employers(document.text)
    return cache[_EMPLOYERS_KEY]  # type: ignore[no-any-return]


_EMPLOYERS_KEY = "tradeshock.employers"


def _employers(text: str) -> list[tuple[int, int]]:
    """Spans of firm names stood by their role ("an analyst at X", "drone maker X")."""
    out: list[tuple[int, int]] = []
    for m in _AT_FIRM.finditer(text):
        s, e = m.span("firm")
        if len(m.group("firm").split()) >= 2:  # "at Harvard", "at Oxford": one word is no sure firm
            out.append((s, e))
    for rx in (_NOUN_FIRM, _FIRM_APPOSITION):
        for m in rx.finditer(text):
            out.append(m.span("firm"))
            if "more" in rx.groupindex and m.group("more"):
                base = m.start("more")
                out.extend((base + f.start(), base + f.end()) for f in _LIST_FIRM.finditer(m.group("more")))
    kept: list[tuple[int, int]] = []
    for s, e in out:
        name = text[s:e]
        cut = _SENTENCE_END.search(name)
        if cut is not None:  # "chip firms Biren and Enflame. Analysts said": the sentence ends
            name, e = name[:cut.start()], s + cut.start()
        if name.endswith(("'s", "’s")):
            name, e = name[:-2], e - 2  # "Lumivex's plant"
        while name and name[-1] in ".’'":
            name, e = name[:-1], e - 1
        words = name.split()
        if not words or words[0] in _NOT_FIRM or "\n" in name or _INSTITUTION.search(name):
            continue
        if name.isupper() and len(name) <= 3:
            continue
        kept.append((s, e))
    return kept
