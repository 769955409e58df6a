"""Price sources: a one-method interface, a local folder provider, an in-memory fake, and optional
Yahoo (yfinance) and Stooq providers with an on-disk cache."""

from tradeshock.prices.base import PRICE_COLUMNS, PriceSource
from tradeshock.prices.cache import DiskCache
from tradeshock.prices.local import LocalPriceSource, sample_prices_dir
from tradeshock.prices.memory import InMemoryPriceSource
from tradeshock.prices.panel import PriceSeries, load_series
from tradeshock.prices.stooq import StooqPriceSource
from tradeshock.prices.yahoo import YahooPriceSource

__all__ = [
    "PRICE_COLUMNS",
    "DiskCache",
    "InMemoryPriceSource",
    "LocalPriceSource",
    "PriceSeries",
    "PriceSource",
    "StooqPriceSource",
    "YahooPriceSource",
    "load_series",
    "sample_prices_dir",
]
