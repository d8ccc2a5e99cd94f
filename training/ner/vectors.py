"""Train lower-cased Indonesian word vectors for the NER model (``train.py --vectors``).

word2vec skip-gram (gensim) over unlabelled, lower-cased news text read from ``../shared/data``;
the ``--rows`` most frequent words are written as a word2vec text file outside the repository.
Lower-casing lets cased and lower-cased input (NERP is lower-cased) share one vector;
``train.py`` maps each word's lower, Capitalised, Title and UPPER forms to the same row.

Default corpus (licences that allow redistributing a derived model, with attribution):

- IndoSum dev folds (``indosum/dev.0*.jsonl``, unique article ids; CC BY-SA 4.0),
- UD Indonesian GSD and CSUI sentences (``ud-indonesian/*.conllu``; CC BY-SA 4.0),
- the *train* splits of NERP, NERGrit and idner-news-2k, text only (CC BY-SA 4.0 / MIT / MIT).

``--include-unlicensed`` adds the Detik 2025, media 2023 and narasipal headline corpora, which
have no stated licence ("evaluation only"); vectors trained with it must not be shipped.
No valid/dev/test split of any NER set is read.

gensim is needed only here: ``pip install --target /tmp/w2vlib --no-deps gensim==4.4.0
scipy==1.17.1`` and run with ``PYTHONPATH=/tmp/w2vlib``. See ``training/ner/README.md``.

Usage::

    OMP_NUM_THREADS=1 PYTHONPATH=/tmp/w2vlib .venv/bin/python training/ner/vectors.py \\
        --output /tmp/ner-vectors/vectors.txt
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warta.eval.corpora import require_data_dir
from warta.eval.ner import load_split

TRAIN_SETS = ("nerp", "nergrit", "idner2k")


def indosum_sentences(data_dir: Path) -> Iterator[list[str]]:
    seen: set[str] = set()
    for path in sorted((data_dir / "indosum").glob("dev.0*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art["id"] in seen:
                    continue
                seen.add(art["id"])
                for para in art["paragraphs"]:
                    yield from para


def ud_sentences(data_dir: Path) -> Iterator[list[str]]:
    for path in sorted((data_dir / "ud-indonesian").glob("*.conllu")):
        words: list[str] = []
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                line = raw.rstrip("\n")
                if not line:
                    if words:
                        yield words
                    words = []
                elif not line.startswith("#"):
                    cols = line.split("\t")
                    if cols[0].isdigit():  # skip multiword-token ranges (1-2) and empty nodes (1.1)
                        words.append(cols[1])
        if words:
            yield words


def ner_train_sentences(data_dir: Path) -> Iterator[list[str]]:
    for name in TRAIN_SETS:
        for s in load_split(data_dir, name, "train"):
            yield list(s.words)


def unlicensed_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Detik 2025, media 2023 (CSV, column ``content``/``text``-like) and narasipal headlines."""
    import spacy

    csv.field_size_limit(sys.maxsize)
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    texts: list[str] = []
    for path in [
        data_dir / "detik-entity-aspect-summ-2025" / "data_berita.csv",
        data_dir / "media-news-2023" / "media_news.csv",
    ]:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                body = max(row.values(), key=lambda v: len(v or ""))  # the article body column
                texts.append(body or "")
    for path in sorted((data_dir / "narasipal-headlines").glob("*")):
        if path.suffix in {".csv", ".txt", ".tsv"}:
            texts.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    for doc in nlp.pipe(texts, batch_size=64):
        for sent in doc.sents:
            words = [t.text for t in sent if not t.is_space]
            if words:
                yield words


def corpus(data_dir: Path, include_unlicensed: bool, ner_text: bool) -> tuple[list[list[str]], dict[str, dict[str, int]]]:
    sources = {"indosum": indosum_sentences, "ud-indonesian": ud_sentences}
    if ner_text:
        sources["ner-train-splits"] = ner_train_sentences
    if include_unlicensed:
        sources["unlicensed-news"] = unlicensed_sentences
    sents: list[list[str]] = []
    stats: dict[str, dict[str, int]] = {}
    for name, reader in sources.items():
        n_s = n_t = 0
        for words in reader(data_dir):
            sents.append([w.lower() for w in words])
            n_s += 1
            n_t += len(words)
        stats[name] = {"sentences": n_s, "tokens": n_t}
        print(f"{name}: {n_s} sentences, {n_t} tokens", flush=True)
    return sents, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--output", type=Path, default=Path("/tmp/ner-vectors/vectors.txt"))
    ap.add_argument("--rows", type=int, default=30000, help="keep the most frequent N words")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--include-unlicensed", action="store_true", help="not for shipped models")
    ap.add_argument(
        "--no-ner-text",
        action="store_true",
        help="leave out the NER train splits' text, so train-set names are as often unknown as new ones",
    )
    args = ap.parse_args(argv)

    from gensim.models import Word2Vec

    data_dir = require_data_dir(args.data_dir)
    t0 = time.time()
    sents, stats = corpus(data_dir, args.include_unlicensed, not args.no_ner_text)
    freq: Counter[str] = Counter(w for s in sents for w in s)
    model = Word2Vec(
        sentences=sents,
        vector_size=args.dim,
        window=args.window,
        min_count=args.min_count,
        sg=1,
        negative=10,
        sample=1e-4,
        epochs=args.epochs,
        seed=args.seed,
        workers=1,  # one thread: reproducible for a seed, and the box is shared
    )
    # a token with inner whitespace (e.g. a no-break space) cannot be a line of the text format
    usable = (w for w, _ in freq.most_common() if w in model.wv.key_to_index and w.split() == [w])
    words = list(usable)[: args.rows]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {args.dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in model.wv[w]) + "\n")
    meta = {
        "sources": stats,
        "tokens": sum(v["tokens"] for v in stats.values()),
        "vocabulary_min_count": len(model.wv.key_to_index),
        "rows": len(words),
        "dim": args.dim,
        "window": args.window,
        "min_count": args.min_count,
        "epochs": args.epochs,
        "seed": args.seed,
        "algorithm": "gensim word2vec skip-gram, negative 10, sample 1e-4, lower-cased",
        "include_unlicensed": args.include_unlicensed,
        "ner_text": not args.no_ner_text,
        "minutes": round((time.time() - t0) / 60, 1),
    }
    args.output.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
