from tradeshock.models import Article
from tradeshock.pipeline import AnalyzeOptions, analyze

TEXT = ("Tariff truce holds\n"
        "The United States and China agreed on Monday to cut tariffs for 90 days. "
        "Officials said the deal covered most goods. "
        "Weather in Geneva was mild. "
        "Shares of Nvidia jumped 5% after the announcement. "
        "A spokesperson declined to comment further on the matter at hand.\n")


def test_summary_is_extractive_short_and_leads_with_the_news() -> None:
    brief = analyze(Article(text=TEXT, published="2025-05-13"))
    assert 1 <= len(brief.summary) <= 3
    assert all(s in TEXT for s in brief.summary)
    assert brief.summary[0].startswith("The United States and China agreed")
    assert not any("Weather" in s for s in brief.summary)


def test_summary_length_option() -> None:
    brief = analyze(Article(text=TEXT, published="2025-05-13"), AnalyzeOptions(summary_sentences=1))
    assert len(brief.summary) == 1
