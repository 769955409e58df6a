"""The terminal rendering prints the article's words as written, whatever brackets they contain."""

from __future__ import annotations

import io

from rich.console import Console

from tradeshock.models import Article
from tradeshock.pipeline import analyze
from tradeshock.render.text import print_brief


def test_square_brackets_in_the_article_are_text_not_markup() -> None:
    text = ("The United States imposed 25% tariffs on Canadian steel on Monday [bold]effective "
            "immediately[/bold], officials said.")
    brief = analyze(Article(text=text, title="Tariff notes [/note] and [bold]more[/bold]", published="2025-06-10"))
    out = io.StringIO()
    print_brief(brief, Console(file=out, width=200, color_system=None))
    shown = out.getvalue()
    assert "[/note]" in shown and "[bold]more[/bold]" in shown
    assert "[bold]effective immediately[/bold]" in shown
