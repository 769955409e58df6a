"""Goods words that are not goods in their context: "nerves of steel", "oil prices" told as a market
aside, "a glass ceiling", "the Energy Department", "talks bore fruit", "a copper-bottomed promise",
"Wood Mackenzie". The knowledge base lists the words; these rules veto a match by its neighbours."""

from __future__ import annotations

from spacy.tokens import Doc

from tradeshock.extract import lexicon as lx

# the word right after a goods word that makes it something else (a price, a firm, an office, an idiom)
_MARKET = frozenset({"prices", "price", "futures", "benchmark", "benchmarks", "stocks", "shares", "traders",
                     "majors", "giant", "giants", "executives", "analysts"})
# the whole of what a country sends, told before its verb ("everything Beijing ships", "what it ships")
_WHATEVER = frozenset({*lx.EVERYTHING_WORDS, "what"})
_PRICE_WORDS = frozenset({"prices", "price", "futures"})
_OFFICE = frozenset({"minister", "ministers", "ministry", "ministry's", "secretary", "department", "department's",
                     "departments", "agency", "commissioner", "regulator", "officials", "official", "adviser",
                     "advisor", "envoy", "czar", "tsar", "committee", "subcommittee", "lobby", "lobbyists"})
_ILLICIT_NEXT = frozenset({"trafficking", "traffickers", "trafficker", "cartels", "cartel", "smuggling", "smugglers",
                           "flows", "flow", "gangs", "gang", "lords", "lord", "crisis", "overdoses", "overdose",
                           "addiction", "enforcement", "war", "dealers", "dealing", "mules", "trade"})
_FUEL_VERB_NEXT = frozenset({"fears", "fear", "concerns", "concern", "inflation", "tensions", "tension", "speculation",
                             "worries", "anxiety", "uncertainty", "volatility", "criticism", "anger", "calls", "talk",
                             "expectations", "hopes", "gains", "losses", "rally", "selloff", "sell-off", "growth",
                             "the", "a", "an", "more", "further", "its", "their", "his", "her", "resentment",
                             "demands", "suspicion", "suspicions", "debate", "backlash", "retaliation", "unrest"})
_DEFENCE_POLICY = frozenset({"policy", "bill", "budget", "spending", "authorization", "authorisation", "act", "law",
                             "pact", "treaty", "ties", "cooperation", "co-operation", "talks", "forces", "chiefs",
                             "review", "strategy", "alliance"})
_MODAL = frozenset({"to", "could", "would", "might", "may", "will", "can", "should", "which", "that", "only",
                    "further", "helped", "help", "helps"})
_NEXT_VETO: dict[str, frozenset[str]] = {
    "oil": _MARKET | {"companies", "company", "firms", "firm"},
    "crude": _MARKET,
    "gas": _MARKET | {"station", "stations", "pedal", "mask", "masks", "chamber", "chambers", "emissions",
                      "guzzler", "guzzlers", "bill", "bills", "tank", "tanks"},
    "energy": _MARKET | {"policy", "policies", "security", "transition", "efficiency", "crisis", "drink", "drinks",
                         "levels", "level", "bill", "bills", "bar", "bars"},
    "steel": frozenset({"oneself", "himself", "herself", "themselves", "ourselves", "itself", "yourself",
                        "yourselves"}),
    "glass": frozenset({"ceiling", "ceilings", "cliff", "half", "house", "houses", "of", "jaw"}),
    "tin": frozenset({"ear", "ears", "pot", "pots", "hat", "hats"}),
    "silver": frozenset({"lining", "linings", "bullet", "bullets", "medal", "medals", "medallist", "medalist",
                         "screen", "spoon", "jubilee", "anniversary", "surfer"}),
    "gold": frozenset({"standard", "standards", "medal", "medals", "medallist", "medalist", "star", "stars",
                       "rush", "card", "cards", "mine", "coast", "plated", "-plated"}),
    "rubber": frozenset({"stamp", "stamps", "stamped", "stamping", "bullets", "bullet", "band", "bands"}),
    "machinery": frozenset({"of"}),  # "the machinery of government"
    "fuel": _FUEL_VERB_NEXT,  # "could fuel inflation", "fuels fears of a trade war": the verb
    "fuels": _FUEL_VERB_NEXT,
    "beef": frozenset({"up"}),  # "beef up enforcement"
    "crops": frozenset({"up"}),  # "a dispute crops up"
    "pork": frozenset({"barrel", "barrels"}),  # "pork barrel politics"
    "coal": frozenset({"face"}),  # "at the coal face"
    "magnet": frozenset({"for"}),  # "a magnet for investment" (but "magnets for wind turbines")
    "battery": frozenset({"of"}),  # "a battery of measures"
    "batteries": frozenset({"of"}),
    "chip": frozenset({"away", "in"}),  # "chip away at", "chip in"
    "arms": frozenset({"race", "races", "length"}),  # "an AI arms race"
    "defense": _DEFENCE_POLICY,  # "the annual defence policy bill": a law, not defence goods
    "defence": _DEFENCE_POLICY,
    "shipping": frozenset({"the", "its", "their", "his", "her", "a", "an", "to", "out", "them", "it", "some", "more",
                           "less", "large", "huge", "goods", "products"}),  # "stopped shipping chips": the verb
    "drugs": _ILLICIT_NEXT,  # "drug trafficking", "drugs flows": the illegal trade, not medicines
    "drug": _ILLICIT_NEXT,
    "pearls": frozenset({"of"}),  # "pearls of wisdom"
}
# the word right before a goods word that makes it something else
_PREV_VETO: dict[str, frozenset[str]] = {
    "gas": frozenset({"tear", "nerve", "greenhouse", "poison", "mustard", "laughing", "exhaust"}),
    "energy": frozenset({"political", "diplomatic", "creative", "nervous", "kinetic", "his", "her", "my", "our",
                         "your", "much", "little", "renewed", "boundless", "negative", "positive"}),
    "fruit": frozenset({"bore", "bear", "bears", "bearing", "borne", "yield", "yielded", "yields", "hanging",
                        "forbidden"}),
    "potato": frozenset({"hot"}),
    "gold": frozenset({"pure", "olympic"}),
    "chip": frozenset({"blue", "bargaining", "poker"}),  # "a bargaining chip", "blue-chip stocks"
    "chips": frozenset({"blue", "bargaining", "poker"}),
    "bearings": frozenset({"their", "its", "his", "her", "our", "my", "your"}),  # "found its bearings"
    "scotch": frozenset({"to", "would", "will", "could", "can", "might"}),  # "moved to scotch rumours"
    "spirits": frozenset({"animal", "high", "low", "lifted", "lift", "lifting", "buoyed", "dampened", "kindred",
                          "team", "evil", "their", "his", "her", "our"}),
    "jewels": frozenset({"crown"}),
    "fuel": _MODAL,
    "fuels": frozenset({"which", "that", "it", "this"}),
    "milk": _MODAL,  # "moved to milk the row"
    "arms": frozenset({"open"}),  # "welcomed with open arms"
    "defense": frozenset({"in", "self", "legal", "vigorous", "spirited", "strong"}),  # "in defence of free trade"
    "defence": frozenset({"in", "self", "legal", "vigorous", "spirited", "strong"}),
    "vehicles": frozenset({"investment", "purpose", "financing", "funding", "acquisition", "legal", "policy",
                           "savings"}),  # "special-purpose vehicles"
    "drugs": frozenset({"illegal", "illicit", "street", "synthetic", "recreational", "deadly", "dangerous",
                        "narcotic", "hard"}),
    "gems": frozenset({"hidden"}),
}
# "nerves of steel", "a will of iron", "worth its weight in gold"
_OF_IDIOM: dict[str, frozenset[str]] = {
    "steel": frozenset({"nerves", "nerve", "will", "man", "men", "ring", "heart"}),
    "gold": frozenset({"weight", "heart", "pot", "streets"}),
    "cameras": frozenset({"front"}),
    "chicken": frozenset({"game"}),  # "a game of chicken"
}
_THREE_WORD_IDIOMS = frozenset({("up", "in", "arms"), ("against", "the", "grain"), ("knock", "on", "wood"),
                                ("touch", "the", "wood")})
# "copper-bottomed", "iron-clad", "silver-tongued": a goods word in a compound adjective
_COMPOUND_VETO = frozenset({"bottomed", "clad", "fisted", "eyed", "jawed", "eared", "hearted", "lined", "tongued",
                            "footed", "plated", "stamp", "stamped", "pot", "ceiling", "spoon", "standard",
                            # "oil-producing nations", "grain-exporting countries": a kind of country
                            "producing", "exporting", "importing", "rich", "dependent", "hungry", "consuming"})
# words that also stand in names ("Wood Mackenzie", "Silver Lake", "Glass Lewis", "Gold Fields")
_TITLE_FUNCTION = frozenset({"on", "and", "of", "for", "to", "the", "in", "with", "over", "from"})
_NAME_WORDS = frozenset({"wood", "glass", "gold", "silver", "tin", "rubber", "crude", "gas", "oil", "steel",
                         "cotton", "copper", "iron", "nickel", "coal", "energy", "rice", "lamb", "sugar", "honey"})
# words that follow a goods word in a headline written in title case ("Steel Tariffs", "Oil Imports")
_HEADLINE_NEXT = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "imports", "exports", "import",
                            "export", "ban", "bans", "curbs", "controls", "quota", "quotas", "deal", "trade",
                            "sector", "industry", "prices", "and", "or", "products", "goods", "supplies", "shipments",
                            "purchases", "sales", "makers", "producers", "output", "probe", "investigation"})


def not_a_good(doc: Doc, start: int, end: int) -> bool:
    """The goods match ``doc[start:end]`` is another use of the word (see the module docstring)."""
    n = len(doc)
    nxt = doc[end].lower_ if end < n else ""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if nxt in _OFFICE:
        return True  # "agriculture minister", "the Energy Department"
    if prev == "of" and start >= 2 and doc[start - 2].lower_ in _OFFICE:
        return True  # "the Department of Energy", "Secretary of Agriculture"
    if end - start != 1:
        return False
    word = doc[start].lower_
    if prev == "-" and start >= 2:
        prev = doc[start - 2].lower_  # "blue-chip", "hot-potato"
    if nxt in _NEXT_VETO.get(word, ()) or prev in _PREV_VETO.get(word, ()):
        return True
    if nxt in _PRICE_WORDS:
        return True  # "copper prices", "soybean futures": a market aside, not the goods of a measure
    if prev == "of" and start >= 2 and doc[start - 2].lower_ in _OF_IDIOM.get(word, ()):
        return True
    if start >= 2 and (doc[start - 2].lower_, prev, word) in _THREE_WORD_IDIOMS:
        return True  # "up in arms", "against the grain"
    if nxt == "-" and end + 1 < n and doc[end + 1].lower_ in _COMPOUND_VETO:
        return True
    if word == "crude" and end < n and doc[end].is_alpha and nxt not in _CRUDE_NEXT \
            and not (start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and not doc[start - 1].is_sent_start
                     or prev in _CRUDE_PREV):
        return True  # "a crude attempt": the adjective (but "Russian crude takes ...", "of seaborne crude can")
    if word == "butter" and any(t.lower_ == "bread" for t in doc[max(0, start - 4):start]):
        return True  # "bread-and-butter issues"
    if word in ("phones", "phoned") and doc[start].is_lower and end < n and doc[end].is_title:
        return True  # "Trump phones Xi": the verb
    if word in ("ships", "ship", "shipped") and any(t.lower_ in _WHATEVER for t in doc[max(0, start - 4):start]):
        return True  # "everything Beijing ships to the US", "anything it ships": the verb
    tok = doc[start]
    if word in _NAME_WORDS and tok.is_title and title_case_line(doc, start):
        return False  # a headline in title case ("Canada Hits US Steel With Tariffs")
    if word in _NAME_WORDS and tok.is_title and not tok.is_sent_start and start > 0 and doc[start - 1].is_title \
            and doc[start - 1].lower_ not in _TITLE_FUNCTION and end < n and doc[end].is_lower:
        return True  # "Susan Rice said", "Nippon Steel agreed": a name in running prose
    if word in _NAME_WORDS and tok.is_title and not tok.is_sent_start:
        # a capitalised word inside a name: "Wood Mackenzie", "Silver Lake", "Rio Tinto's Gold ..."
        after = doc[end] if end < n else None
        if after is not None and after.is_title and after.lower_ not in _HEADLINE_NEXT \
                and not (start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in ("on", "and", "of")):
            return True
    return False


def title_case_line(doc: Doc, i: int, reach: int = 12, share: float = 0.75) -> bool:
    """Most words around token ``i`` (on its line, up to ``reach`` tokens either side) start with a
    capital (at least ``share`` of them): a headline in title case."""
    lo, hi = i, i
    while lo > 0 and i - lo < reach and "\n" not in doc[lo - 1].whitespace_ + doc[lo - 1].text:
        lo -= 1
    while hi + 1 < len(doc) and hi - i < reach and "\n" not in doc[hi].whitespace_ + doc[hi + 1].text:
        hi += 1
    words = [t for t in doc[lo:hi + 1] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= share * len(words)


# words before the noun "crude" ("imports of seaborne crude", "buying Urals crude"); "of", "on", "its", "their"
# make it the noun only with a word after it that the noun takes ("a form of crude protectionism", "their crude
# tactics": the adjective; "imports of crude fell", "its crude exports": the oil)
_CRUDE_PREV = frozenset({"seaborne", "imported", "heavy", "light", "sour", "sweet", "refined", "raw",
                         "buy", "buys", "buying", "bought", "ship", "ships", "shipping", "shipped", "export", "exports",
                         "import", "imports", "sell", "sells", "selling", "sold", "barrels", "tonnes"})
_CRUDE_NEXT = frozenset({"oil", "exports", "export", "imports", "import", "purchases", "shipments", "supplies",
                         "sales", "cargoes", "cargo", "production", "output", "flows", "and", "or", "from", "to",
                         "at", "on", "in", "for", "is", "was", "were", "are", "has", "had", "would", "will",
                         "that", "which", "by", "via", "through", "into", "as", "with", "inventories", "stocks",
                         "reserves", "buyers", "buyer", "barrels", "tankers", "refiners", "loadings", "fell", "rose",
                         "dropped", "jumped", "climbed", "surged", "slumped", "shipped", "bought", "sold"})
