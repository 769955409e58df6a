"""Inputs found by a type checker (mypy) to reach a wrong type: each is a natural sentence that gave a
crash or a wrong answer before its fix."""

from __future__ import annotations

from event_helpers import share_moves


def test_price_level_after_a_bare_hit_tells_the_move() -> None:
    # "hit 3,500 yen, a record high": "hit" read as a fall, then the level it reached told no direction,
    # and the move came back as None, which was filed as "down"; the record high says the shares rose
    assert share_moves("Toyota hit 3,500 yen, a record high, after the tariff deal was announced on Tuesday.",
                       "2025-06-10") == {"7203": "up"}
    assert share_moves("Sony hit 15,000 yen, its highest since 2001.", "2025-06-10") == {"6758": "up"}
    # a move word told with its price change keeps its own direction
    assert share_moves("Toyota fell 30 yen on Tuesday.", "2025-06-10") == {"7203": "down"}
