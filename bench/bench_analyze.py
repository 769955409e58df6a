"""Speed of the article analysis on one core (``make bench``).

Runs the default pipeline over the development set repeated to at least 2,000 articles, and in
the same run the cost of spaCy's bare tokenizer (``spacy.blank("en")``) on the same texts, so the
figures are read as a ratio against a baseline measured on this machine now. Also times
``tradeshock analyze`` on one article from a cold start (a fresh process). Prints; asserts nothing.

Targets (issue 2): at least 100 articles/s per core; a cold ``tradeshock analyze`` under 2 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 2000


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import spacy

    from tradeshock.ingest import load_input
    from tradeshock.pipeline import analyze, load_kb

    paths = sorted((ROOT / "eval" / "devset").glob("*.txt"))
    base = [load_input(str(p)) for p in paths]
    if not base:
        print("no articles in eval/devset")
        return
    articles = (base * (N_ARTICLES // len(base) + 1))[:N_ARTICLES]
    words = sum(a.word_count for a in articles)
    kb = load_kb()
    analyze(articles[0], kb=kb)  # warm: the knowledge base and matchers are built once

    blank = spacy.blank("en")
    t0 = time.perf_counter()
    for a in articles:
        blank.make_doc(a.text)
    t_tok = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = 0
    for a in articles:
        n_events += len(analyze(a, kb=kb).events)
    t_all = time.perf_counter() - t0

    print(f"articles: {len(articles)} ({len(base)} distinct), words: {words:,}, events found: {n_events:,}")
    print(f"spaCy bare tokenizer : {len(articles) / t_tok:10.1f} articles/s {words / t_tok:12,.0f} words/s")
    print(f"tradeshock analyze   : {len(articles) / t_all:10.1f} articles/s {words / t_all:12,.0f} words/s")
    print(f"ratio (pipeline time / tokenizer time): {t_all / t_tok:.1f}x   target: >= 100 articles/s per core")

    sample = ROOT / "src" / "tradeshock" / "data" / "sample" / "geneva-truce.txt"
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tradeshock", "analyze", str(sample), "--format", "json"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    print(f"cold start `tradeshock analyze` on one article: best {min(times):.2f} s, "
          f"median {sorted(times)[1]:.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
