"""tradeshock: read trade-policy news into evidence-linked events and measure how markets reacted."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
