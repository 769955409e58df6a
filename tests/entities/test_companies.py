"""Companies, tickers and what the article says their shares did."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def moves(text: str) -> dict[str, str]:
    brief = analyze(Article(text="Markets\n" + text, published="2025-06-10"))
    return {(c.ticker or c.name): c.move for c in brief.companies}


def test_moves_read_from_the_verbs() -> None:
    got = moves("Shares of Nvidia jumped 4% while Broadcom slid 2% in New York trading.")
    assert got == {"NVDA": "up", "AVGO": "down"}


def test_a_company_named_without_a_share_move_is_mentioned() -> None:
    assert moves("Nvidia said its sales to China rose last year.") == {"NVDA": "mentioned"}


def test_move_of_another_subject_is_not_the_companys() -> None:
    assert moves("Washington eased curbs on Huawei as chip stocks slid.")["Huawei"] == "mentioned"


def test_context_sentences_and_pronouns() -> None:
    got = moves("Stocks fell sharply on Tuesday. Apple and Boeing, two big exporters, also fell. "
                "Tesla unveiled a new model. Its shares slipped 1%.")
    assert got == {"AAPL": "down", "BA": "down", "TSLA": "down"}


def test_unknown_companies_by_the_form_of_their_names() -> None:
    brief = analyze(Article(text="Chips\nQuillon Semiconductor and Brightwater Capital were named in the filing.",
                            published="2025-06-10"))
    assert {c.name: c.ticker for c in brief.companies} == {"Quillon Semiconductor": None, "Brightwater Capital": None}


def test_down_nearly_a_stated_size_is_a_move() -> None:
    assert moves("Nvidia was down nearly 8% at the close, and Target was down about 11%.") == {
        "NVDA": "down", "TGT": "down"}


def test_a_relative_clause_between_the_company_and_its_move() -> None:
    got = moves("Nike, which makes most of its shoes in Vietnam and sells them in every market, dropped 6.1 percent.")
    assert got == {"NKE": "down"}


def test_a_move_word_in_the_next_clause_belongs_to_its_own_subject() -> None:
    got = moves("Stocks were mixed after Washington put Huawei on a blacklist, and Beijing answered "
                "with higher duties on farm goods worth 5 per cent of trade.")
    assert got["Huawei"] == "mentioned"


def test_a_list_with_a_serial_comma_shares_the_move() -> None:
    got = moves("Chip stocks such as Nvidia, Micron, and Broadcom all rallied after the open.")
    assert got == {"NVDA": "up", "MU": "up", "AVGO": "up"}
