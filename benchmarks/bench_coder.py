"""Throughput of the event coder alone (no actor recognition): sentences per second on one core.

Usage: .venv/bin/python benchmarks/bench_coder.py [--repeat N]

Sentences are the seed articles' (examples/) sentences with their actor mentions, prepared
once by the pipeline up to the actor stage; only ``EventCoder.code`` is timed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from warta.events.coder import EventCoder
from warta.events.lexicon import EventLexicon
from warta.model import RawArticle
from warta.pipeline import Failure, build_pipeline

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    pipe = build_pipeline()
    work = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        doc = pipe.process(RawArticle(doc=path.name, origin=str(path), text=path.read_text(encoding="utf-8")))
        if isinstance(doc, Failure):
            continue
        ents = {e.key: e for e in doc.entities}
        for s in doc.sentences:
            ms = [m for m in doc.mentions if s.start <= m.start and m.end <= s.end]
            work.append((doc.text, s, ms, ents))
    coder = EventCoder(EventLexicon.load())
    t0 = time.perf_counter()
    n_events = 0
    for _ in range(args.repeat):
        for text, s, ms, ents in work:
            n_events += len(coder.code(text, s, ms, ents))
    dt = time.perf_counter() - t0
    n = len(work) * args.repeat
    print(f"{n} sentences in {dt:.2f}s: {n / dt:,.0f} sentences/s ({n_events // args.repeat} events per pass)")


if __name__ == "__main__":
    main()
