"""tradeshock: read trade-policy news into evidence-linked events and measure how markets reacted.

>>> import tradeshock
>>> article = tradeshock.load_input("news/article.txt")            # doctest: +SKIP
>>> brief = tradeshock.analyze(article)                             # doctest: +SKIP
>>> brief.to_dict()["events"][0]["instrument"]                      # doctest: +SKIP

Names are imported on first use, so ``import tradeshock`` (and the CLI) starts fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "AnalyzeOptions": "tradeshock.pipeline",
    "analyze": "tradeshock.pipeline",
    "Article": "tradeshock.models",
    "Brief": "tradeshock.models",
    "Event": "tradeshock.models",
    "Claim": "tradeshock.models",
    "KnowledgeBase": "tradeshock.kb",
    "load_input": "tradeshock.ingest",
    "load_inputs": "tradeshock.ingest",
    "add_market_data": "tradeshock.markets",
    "ReactionOptions": "tradeshock.markets",
    "EventStudy": "tradeshock.study",
    "EventStudyResult": "tradeshock.study",
    "LocalPriceSource": "tradeshock.prices",
    "InMemoryPriceSource": "tradeshock.prices",
    "PriceSource": "tradeshock.prices",
    "TradeshockError": "tradeshock.errors",
    "InputError": "tradeshock.errors",
    "load_sample": "tradeshock.data",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tradeshock' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
