"""Time the NER model alone: ``nlp.pipe`` over the first N NER-UGM test sentences, one thread.

Both models are timed alternately (``--repeat`` rounds, best round kept), so load from other
processes on the shared box hits them alike. Reports sentences/s and words/s of wall time.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python training/ner/bench_speed.py MODEL_DIR [MODEL_DIR ...]
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import time
from pathlib import Path

from warta.actors.ner import NerModel
from warta.eval.corpora import require_data_dir
from warta.eval.ner import load_split


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", type=Path, nargs="+")
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    sents = load_split(require_data_dir(args.data_dir), "nerugm", "test")[: args.sentences]
    texts = [s.text for s in sents]
    n_words = sum(len(s.words) for s in sents)
    models = [NerModel(p) for p in args.models]
    for m in models:
        m.spans_many(texts[:50])  # load and warm up
    best = [float("inf")] * len(models)
    for _ in range(args.repeat):
        for i, m in enumerate(models):
            t0 = time.perf_counter()
            m.spans_many(texts)
            best[i] = min(best[i], time.perf_counter() - t0)
    for m, t in zip(models, best, strict=True):
        print(
            f"{m.path}: {len(texts)} sentences, {n_words} words in {t:.2f} s "
            f"= {len(texts) / t:,.0f} sentences/s, {n_words / t:,.0f} words/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
