"""The tradeshock exception tree.

::

    TradeshockError                 every error tradeshock raises on purpose
     +-- InputError                 an input (file, URL, stdin, option) is unusable; names the input
     |    +-- FetchError            a URL could not be fetched (offline, refused, too large, timed out)
     +-- KnowledgeBaseError         a knowledge-base file is missing or malformed
     +-- ExtractionError            the extractor failed on an article
     +-- PriceDataError             price data is missing, malformed or does not cover the request
     +-- EstimationError            an event study could not be estimated as configured

The CLI maps every ``TradeshockError`` to one line on stderr and exit code 1 (2 for usage errors),
in one place: :func:`tradeshock.cli.main`.
"""

from __future__ import annotations


class TradeshockError(Exception):
    """Base class of every error tradeshock raises on purpose."""


class InputError(TradeshockError):
    """An input cannot be used. The message names the input and says what is wrong."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class FetchError(InputError):
    """A URL could not be fetched."""


class KnowledgeBaseError(TradeshockError):
    """A knowledge-base file is missing or malformed."""


class ExtractionError(TradeshockError):
    """Extraction failed for an article."""


class PriceDataError(TradeshockError):
    """Price data is missing, malformed, or does not cover what was asked."""


class EstimationError(TradeshockError):
    """An event study could not be estimated as configured."""
