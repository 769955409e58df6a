"""How the analysis scales with the length of one document (``make bench``).

A long text (a report, a transcript, many articles pasted together) should cost in proportion to its
length. The development articles are joined into one text and cut at 100,000 and at 800,000 characters;
each is analysed once, and spaCy's bare tokenizer runs on the same texts in the same run as the baseline.
Prints characters per second and the ratio of the two rates (1.0 = linear; the bare tokenizer's own
ratio is printed beside it). Asserts nothing.

Measured when written (2 cores, one used): 1,600,000 characters took 44 s before the sentence starts were
set as one array and the article id was worked out once, 14 s after.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (100_000, 800_000)
# a second text: one line naming people and a role, many times over (the people rules compare names with
# every person found so far)
PEOPLE_LINE = "Officials said Tom Reyes and Trade Minister Ana Ruiz met union leaders on Monday.\n"


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import spacy

    from tradeshock.models import Article
    from tradeshock.pipeline import analyze, load_kb

    paths = sorted((ROOT / "eval" / "devset").glob("*.txt"))
    if not paths:
        print("no articles in eval/devset")
        return
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    kb = load_kb()
    analyze(Article(text="Warm up.", published="2025-06-10"), kb=kb)
    blank = spacy.blank("en")
    blank.max_length = 10 ** 9
    rates: dict[str, list[float]] = {"tradeshock analyze": [], "spaCy bare tokenizer": []}
    for size in SIZES:
        text = (joined * (size // len(joined) + 1))[:size]
        start = time.perf_counter()
        brief = analyze(Article(text=text, published="2025-06-10"), kb=kb)
        took = time.perf_counter() - start
        rates["tradeshock analyze"].append(size / took)
        start = time.perf_counter()
        blank(text)
        rates["spaCy bare tokenizer"].append(size / (time.perf_counter() - start))
        print(f"{size:>9,} characters: analyze {took:6.2f} s ({size / took:>9,.0f} chars/s), "
              f"{len(brief.events):,} events")
    for name, (small, large) in rates.items():
        print(f"{name:<22}: rate at {SIZES[1]:,} / rate at {SIZES[0]:,} = {large / small:.2f}  (1.0 = linear)")
    people_rates = []
    for size in (SIZES[0] // 4, SIZES[1] // 4):
        text = "Trade news\n" + PEOPLE_LINE * (size // len(PEOPLE_LINE))
        start = time.perf_counter()
        analyze(Article(text=text, published="2025-06-10"), kb=kb)
        people_rates.append(len(text) / (time.perf_counter() - start))
        print(f"{len(text):>9,} characters of people lines: {people_rates[-1]:>9,.0f} chars/s")
    print(f"people lines          : rate at {SIZES[1] // 4:,} / rate at {SIZES[0] // 4:,} = "
          f"{people_rates[1] / people_rates[0]:.2f}  (1.0 = linear)")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
