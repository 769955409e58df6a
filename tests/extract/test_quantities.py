from tradeshock.extract.quantities import find_quantities


def values(text: str):
    return [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text)]


def test_rates_in_their_usual_spellings() -> None:
    assert values("tariffs of 145% and 125 percent, then 34 per cent") == [
        ("145%", 145.0, "%", "rate"), ("125 percent", 125.0, "%", "rate"), ("34 per cent", 34.0, "%", "rate")]
    assert values("raised by 115 percentage points") == [("115 percentage points", 115.0, "pp", "rate")]


def test_money_with_scales_and_currencies() -> None:
    assert values("a $5.5bn charge on $34 billion of goods and 4 billion euros") == [
        ("$5.5bn", 5.5e9, "USD", "money"), ("$34 billion", 34e9, "USD", "money"),
        ("4 billion euros", 4e9, "EUR", "money")]


def test_durations_and_counts() -> None:
    assert values("a 90-day pause for a year covering 140 companies") == [
        ("90-day", 90.0, "days", "duration"), ("a year", 1.0, "years", "duration"),
        ("140 companies", 140.0, "count", "count")]


def test_relative_date_phrases_are_not_durations() -> None:
    assert values("two days ago and four days after the call") == []
