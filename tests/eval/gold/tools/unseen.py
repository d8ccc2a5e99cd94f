"""Probe the coder on unseen text: articles of the full corpora that are in NO gold file (a development tool).

Every rule is checked on text no gold set holds before it is kept (docs/event-coder.md): ``grep`` prints a regex's hits
with context, ``code`` writes one line per event the whole pipeline codes. Articles of every gold file -- the blind check
sets included -- are skipped by (corpus, id), so the check sets stay unseen.

    python tests/eval/gold/tools/unseen.py grep 'mengamankan\\s+barang' [--limit 30]
    python tests/eval/gold/tools/unseen.py code --articles 400 --out events.tsv   (diff two runs before/after a rule)
    python tests/eval/gold/tools/unseen.py code --articles 600 --full --out docs.tsv   (every field: refactor proofs)
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

from warta.eval.corpora import CorpusArticle, iter_corpus

GOLD_DIR = Path(__file__).resolve().parents[1]


def gold_keys() -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            keys |= {(str(r["corpus"]), str(r["id"])) for r in map(json.loads, fh) if "corpus" in r}
    return keys


def unseen(corpora: tuple[str, ...]) -> Iterator[CorpusArticle]:
    keys = gold_keys()
    for corpus in corpora:
        for art in iter_corpus(corpus, full=True):
            if (corpus, art.id) not in keys and art.raw.text.strip():
                yield art


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("grep", help="a regex's hits (case-insensitive) with context")
    g.add_argument("regex")
    g.add_argument("--limit", type=int, default=30)
    c = sub.add_parser("code", help="the events of the first N unseen detik 2025 / media 2023 articles")
    c.add_argument("--articles", type=int, default=400)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--full", action="store_true",
                   help="each document as the contract JSON (every field: events, entities, quotes, counts), one line each")
    args = ap.parse_args()
    if args.cmd == "grep":
        rx, hits = re.compile(args.regex, re.IGNORECASE), 0
        for art in unseen(("detik2025", "media2023", "indosum")):
            for m in rx.finditer(art.raw.text):
                hits += 1
                if hits <= args.limit:
                    context = art.raw.text[max(0, m.start() - 100) : m.end() + 80].replace("\n", " ")
                    print(f"{art.corpus}:{art.id} :: {context}")
        print("TOTAL", hits)
        return
    from warta.pipeline import build_pipeline
    from warta.serialize import to_json

    pipe = build_pipeline()
    with args.out.open("w", encoding="utf-8") as out:
        for n, art in enumerate(unseen(("detik2025", "media2023"))):
            if n >= args.articles:
                break
            doc = pipe.process(art.raw)
            if args.full:
                out.write(f"{art.corpus}:{art.id}\t{to_json(doc)}\n")
                continue
            for e in getattr(doc, "events", ()):
                src = e.source.root if e.source else None
                tgt = e.target.root if e.target else None
                out.write(f"{art.corpus}:{art.id}\t{e.type}\t{e.mode}\t{src}\t{tgt}\t{e.modality}\t{e.trigger}\n")


if __name__ == "__main__":
    main()
