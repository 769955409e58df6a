"""Quantities: tariff rates, percentage points, money, durations, counts and volumes, with spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradeshock.extract.dates import NUMBER_WORDS

_NUMWORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
_N = r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

_RATE = re.compile(
    r"(?<![\w.])" + _N + r"\s?(?P<u>%|percentage points?|pct points?|per ?cent(?:age points?)?|pct\b|pp\b|pc\b)", re.I
)
# a specific (per-unit) duty or fee, as written with its unit: "95 euros a tonne", "$75 per net ton",
# "400 yuan per net ton", "Rs 2,500 per tonne", "3.20 euros per kilo", "$60 a barrel"
_UNIT_PRICE = re.compile(
    r"(?:(?<![\w$])(?P<cur>US\$|C\$|A\$|S\$|NZ\$|HK\$|\$|€|£|¥|₹|RMB\s?|Rs\.?\s?|INR\s?)\s?" + _N
    + r"|(?<![\w.])(?P<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<cur2>dollars|euros?|yuan|renminbi|"
    r"yen|rupees|pesos|ringgit|baht|rand|reais|roubles|rubles))"
    r"\s?(?:a|an|per|each|/)\s?(?:net\s+|metric\s+|short\s+)?(?P<per>tonne|ton|kilogram(?:me)?|kilo|kg|"
    r"pound|lb|litre|liter|barrel|bushel|head|unit|piece|pair|vehicle|car|megawatt-hour|MWh|cubic met(?:re|er))\b",
    re.I,
)
_MONEY = re.compile(
    r"(?P<cur>US\$|\$|€|£|¥|RMB\s?|yuan\s)\s?" + _N + r"\s?(?P<scale>trillion|tn\b|billion|bn\b|million|mn\b|m\b|b\b)?"
    r"|" + r"(?<![\w.])(?P<n2>\d+(?:\.\d+)?)\s?(?P<scale2>trillion|billion|million|bn|mn)\s+(?P<cur2>dollars|euros|yuan|pounds|yen)",
    re.I,
)
_DURATION = re.compile(
    r"\b(?P<n>\d+|" + _NUMWORD + r"|a|an)[\s-](?P<u>day|week|month|year)s?\b(?![\s-]+(?:ago|after|before|later|earlier|old))",
    re.I,
)
_COUNT = re.compile(
    r"(?<![\w.$])(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + _NUMWORD + r")\s+(?:more\s+|additional\s+|new\s+|other\s+)?(?:Chinese\s+|U\.?S\.?\s+|American\s+|foreign\s+)?"
    r"(?P<u>companies|firms|entities|entries|items|elements|products|tariff lines|organi[sz]ations|individuals|people|businesses)\b",
    re.I,
)
# physical volumes of purchase commitments: "12 million metric tons", "25 million tonnes", "1.5bn barrels"
_VOLUME = re.compile(
    r"(?<![\w.$])" + _N + r"\s?(?P<scale>million|billion|mn|bn|m)?\s+(?:metric\s+)?(?P<u>tons|tonnes|barrels|bushels|"
    r"cubic metres|cubic meters)\b", re.I,
)
_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}
_CUR = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "rmb": "CNY", "yuan": "CNY",
        "dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "euro": "EUR", "renminbi": "CNY",
        "c$": "CAD", "a$": "AUD", "s$": "SGD", "nz$": "NZD", "hk$": "HKD", "₹": "INR", "rs": "INR", "rs.": "INR",
        "inr": "INR", "rupees": "INR", "won": "KRW", "pesos": "MXN", "ringgit": "MYR", "baht": "THB",
        "rand": "ZAR", "reais": "BRL", "roubles": "RUB", "rubles": "RUB"}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str  # "%", "pp", "USD", "EUR", ..., "days", "weeks", "months", "years", "count"
    kind: str  # rate | money | duration | count | volume


def _number(s: str) -> float:
    s = s.lower().replace(",", "")
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    return float(s)


def find_quantities(text: str, base: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: float, unit: str, kind: str) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        out.append(Quantity(s + base, e + base, m.group(0), value, unit, kind))

    for m in _RATE.finditer(text):
        u = m.group("u").lower()
        add(m, _number(m.group("n")), "pp" if "point" in u or u == "pp" else "%", "rate")
    for m in _UNIT_PRICE.finditer(text):
        # a specific duty is a rate of its own: money per unit (unit "EUR/tonne")
        cur = _CUR.get((m.group("cur") or m.group("cur2")).strip().lower(), "USD")
        per = m.group("per").lower().replace("kilogramme", "kilogram")
        add(m, _number(m.group("n") or m.group("n2")), f"{cur}/{per}", "rate")
    for m in _MONEY.finditer(text):
        if m.group("n") is not None:
            scale = (m.group("scale") or "").lower()
            if not scale and not m.group("cur"):
                continue
            cur = _CUR.get(m.group("cur").strip().lower(), "USD")
            add(m, _number(m.group("n")) * _SCALE.get(scale, 1.0), cur, "money")
        else:
            cur = _CUR.get(m.group("cur2").lower(), "USD")
            add(m, _number(m.group("n2")) * _SCALE[m.group("scale2").lower()], cur, "money")
    for m in _DURATION.finditer(text):
        n = m.group("n").lower()
        value = 1.0 if n in ("a", "an") else _number(n)
        add(m, value, m.group("u").lower() + "s", "duration")
    for m in _VOLUME.finditer(text):
        scale = (m.group("scale") or "").lower()
        unit = m.group("u").lower().replace("tonnes", "tons").replace("meters", "metres")
        add(m, _number(m.group("n")) * _SCALE.get(scale, 1.0), unit, "volume")
    for m in _COUNT.finditer(text):
        add(m, _number(m.group("n")), "count", "count")
    out.sort(key=lambda q: q.start)
    return out
