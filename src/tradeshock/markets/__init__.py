"""From events to markets: reaction studies around dated events and checks of the article's
market claims, added to a Brief when prices are available."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tradeshock.kb import KnowledgeBase
from tradeshock.markets.claims import check_claims
from tradeshock.markets.reaction import Reaction, ReactionOptions, study_reactions
from tradeshock.models import Brief
from tradeshock.prices.base import PriceSource

__all__ = ["ReactionOptions", "add_market_data", "check_claims", "study_reactions"]


def add_market_data(brief: Brief, source: PriceSource, kb: KnowledgeBase,
                    options: ReactionOptions | None = None) -> tuple[Brief, Reaction]:
    """The brief with ``claims`` checked against ``source`` and ``market_reaction`` filled."""
    reaction = study_reactions(brief, source, kb, options)
    claims = tuple(check_claims(list(brief.claims), source))
    rows: tuple[dict[str, Any], ...] = reaction.rows
    return replace(brief, claims=claims, market_reaction=rows, market_reaction_days=reaction.days,
                   notes=(*brief.notes, *reaction.notes)), reaction
