"""Renderings of a Brief: JSON (the SCHEMA.md object), Markdown, and rich terminal text."""

from __future__ import annotations

import json

from tradeshock.models import Brief


def to_json(brief: Brief, indent: int | None = 2) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonl(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))
