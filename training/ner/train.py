"""Train warta's Indonesian NER model (PER/ORG/LOC) from ``spacy.blank("id")``.

Data (read from ``../shared/data``, never copied into the repository):

- IndoNLU NERP ``indonlu-ner/nerp`` (lower-cased news; PPL→PER, PLC→LOC; EVT/FNB/IND → O,
  except IND spans and O text that match a known ORG name, which are marked unknown),
- IndoNLU NERGrit ``indonlu-ner/nergrit`` (PERSON/ORGANISATION/PLACE),
- idner-news-2k (PER/ORG/LOC).

Train splits train; the valid/dev splits select the model (best mean per-set micro F1);
test splits are scored once at the end, for the report only. See ``training/ner/README.md``.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python training/ner/train.py --output /tmp/ner-run/model --max-minutes 33
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from warta.actors.ner import NerModel
from warta.eval.corpora import require_data_dir
from warta.eval.ner import (
    NER_SETS,
    NerSentence,
    evaluate_ner,
    format_ner_report,
    load_split,
    score_spans,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TRAIN_SETS = ("nerp", "nergrit", "idner2k")


def org_gazetteer(sents: list[NerSentence]) -> set[tuple[str, ...]]:
    """Lower-cased ORG names from the cased sets, to mark as unknown in NERP (which has no ORG).

    One-token names are kept only when, in the cased data, the exact token is an ORG at least
    as often as it is tagged outside any entity (so common words do not leak in).
    """
    org: Counter[tuple[str, ...]] = Counter()
    outside: Counter[str] = Counter()
    for s in sents:
        inside = set()
        for a, b, t in s.spans:
            inside.update(range(a, b))
            if t == "ORG":
                org[s.words[a:b]] += 1
        for i, w in enumerate(s.words):
            if i not in inside:
                outside[w] += 1
    gaz: set[tuple[str, ...]] = set()
    for words, n in org.items():
        if len(words) == 1 and (outside[words[0]] > n or len(words[0]) < 2):
            continue
        gaz.add(tuple(w.lower() for w in words))
    return gaz


def iob_tags(s: NerSentence, unknown: list[tuple[int, int]]) -> list[str]:
    tags = ["O"] * len(s.words)
    for a, b in unknown:
        for i in range(a, b):
            tags[i] = ""  # missing: the model is neither rewarded nor penalised here
    for a, b, t in s.spans:
        tags[a] = f"B-{t}"
        for i in range(a + 1, b):
            tags[i] = f"I-{t}"
    return tags


def nerp_unknown(s: NerSentence, gaz: set[tuple[str, ...]], max_len: int) -> list[tuple[int, int]]:
    """Token ranges of a NERP sentence to mark unknown (neither entity nor ``O``).

    NERP's EVT (events) and FNB (food) spans stay ``O``: they are no PER/ORG/LOC in any scheme.
    Its IND (products and brands) spans stay ``O`` too, unless they are a known ORG name; known
    ORG names in ``O`` text (NERP has no ORG class: *kpk*, *dpr*, *partai golkar*) are unknown.
    """
    unknown: list[tuple[int, int]] = []
    taken: set[int] = set()
    for a, b, _ in s.spans:
        taken.update(range(a, b))
    for a, b, t in s.other:
        taken.update(range(a, b))
        if t == "IND" and tuple(w.lower() for w in s.words[a:b]) in gaz:
            unknown.append((a, b))
    low = [w.lower() for w in s.words]
    i = 0
    while i < len(low):
        for n in range(min(max_len, len(low) - i), 0, -1):
            if tuple(low[i : i + n]) in gaz and not taken.intersection(range(i, i + n)):
                unknown.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return unknown


def add_vectors(nlp: Any, path: Path) -> tuple[int, int]:
    """Install lower-cased word vectors; each row also answers the word's cased forms.

    spaCy looks static vectors up by the exact token text (``ORTH``), so the lower, Capitalised,
    Title and UPPER forms of a word are all keyed to its one row: cased and lower-cased input
    share the vector without a bigger table.
    """
    import numpy
    from spacy.vectors import Vectors

    with path.open(encoding="utf-8") as fh:
        n_rows, dim = (int(x) for x in fh.readline().split())
        words: list[str] = []
        data = numpy.zeros((n_rows, dim), dtype="float32")
        for i, line in enumerate(fh):
            parts = line.rstrip("\n").split(" ")
            words.append(parts[0])
            data[i] = numpy.asarray(parts[1:], dtype="float32")
    vectors = Vectors(data=data, name="warta_id_w2v")
    n_keys = 0
    for row, w in enumerate(words):
        for form in dict.fromkeys((w, w.capitalize(), w.title(), w.upper())):
            vectors.add(nlp.vocab.strings.add(form), row=row)
            n_keys += 1
    nlp.vocab.vectors = vectors
    return n_rows, n_keys


def make_example(nlp: Any, words: list[str], tags: list[str]) -> Example:
    pred = Doc(nlp.vocab, words=words)
    ref = Doc(nlp.vocab, words=words, ents=[t if t else None for t in tags])
    return Example(pred, ref)


def dev_score(nlp: Any, dev: dict[str, list[NerSentence]]) -> tuple[float, dict[str, float]]:
    per_set: dict[str, float] = {}
    for name, sents in dev.items():
        docs = [Doc(nlp.vocab, words=list(s.words)) for s in sents]
        preds = []
        for doc in nlp.pipe(docs, batch_size=256):
            preds.append({(e.start_char, e.end_char, e.label_) for e in doc.ents})
        counts = score_spans([s.char_spans() for s in sents], preds, NER_SETS[name].types)
        tp = sum(c.tp for c in counts.values())
        fp = sum(c.fp for c in counts.values())
        fn = sum(c.fn for c in counts.values())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        per_set[name] = round(f, 4)
    return sum(per_set.values()) / len(per_set), per_set


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=None, help="../shared/data (default: found)")
    ap.add_argument("--config", type=Path, default=HERE / "config.cfg")
    ap.add_argument("--output", type=Path, default=REPO / "src/warta/data/models/ner-id")
    ap.add_argument("--max-minutes", type=float, default=25.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-lower-augment", action="store_true", help="do not add lower-cased copies")
    ap.add_argument(
        "--init-model",
        type=Path,
        default=None,
        help="continue training this saved model (same architecture) instead of starting blank",
    )
    ap.add_argument("--run-json", type=Path, default=HERE / "last_run.json", help="where to record the run")
    ap.add_argument(
        "--vectors",
        type=Path,
        default=None,
        help="word2vec text file from training/ner/vectors.py: static vectors in the tok2vec embed",
    )
    args = ap.parse_args(argv)

    data_dir = require_data_dir(args.data_dir)
    started = time.time()
    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)

    train: dict[str, list[NerSentence]] = {n: load_split(data_dir, n, "train") for n in TRAIN_SETS}
    dev: dict[str, list[NerSentence]] = {n: load_split(data_dir, n, "valid") for n in TRAIN_SETS}
    cased = train["nergrit"] + train["idner2k"]
    gaz = org_gazetteer(cased)
    max_len = max(len(g) for g in gaz)

    config = spacy.util.load_config(args.config)
    if args.vectors is not None:
        config["components"]["ner"]["model"]["tok2vec"]["pretrained_vectors"] = True
    if args.init_model is not None:
        # warm start: weights, vocabulary and labels come from the saved model; the optimizer,
        # batcher and dropout still come from --config
        nlp = spacy.load(args.init_model)
        T = registry.resolve(spacy.util.load_model_from_config(config, auto_fill=True).config["training"], validate=False)
    else:
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
        T = registry.resolve(nlp.config["training"], validate=False)
        if args.vectors is not None:
            n_rows, n_keys = add_vectors(nlp, args.vectors)
            print(f"static vectors: {n_rows} rows, {n_keys} keys from {args.vectors}", flush=True)

    examples: list[Example] = []
    n_unknown = 0
    for s in train["nerp"]:
        unk = nerp_unknown(s, gaz, max_len)
        n_unknown += sum(b - a for a, b in unk)
        examples.append(make_example(nlp, list(s.words), iob_tags(s, unk)))
    for s in cased:
        tags = iob_tags(s, [])
        examples.append(make_example(nlp, list(s.words), tags))
        if not args.no_lower_augment:
            examples.append(make_example(nlp, [w.lower() for w in s.words], tags))
    print(
        f"train examples {len(examples)} (NERP tokens marked unknown: {n_unknown}; ORG gazetteer {len(gaz)})",
        flush=True,
    )

    if args.init_model is not None:
        optimizer = T["optimizer"]
    else:
        ner = nlp.get_pipe("ner")
        for label in ("PER", "ORG", "LOC"):
            ner.add_label(label)
        optimizer = nlp.initialize(lambda: examples)  # optimizer from [training.optimizer]
    batcher = T["batcher"]
    dropout = float(T["dropout"])
    eval_every = int(T["eval_frequency"])
    patience = int(T["patience"])
    max_steps = int(T["max_steps"])
    budget = args.max_minutes * 60.0

    # checkpoints live outside the repository until the end, so no one commits them by accident
    tmp_best = Path(tempfile.mkdtemp(prefix="warta-ner-")) / "best"
    best: tuple[float, dict[str, float], int] = (-1.0, {}, 0)
    if args.init_model is not None:
        # the starting model is the checkpoint to beat
        best = (*dev_score(nlp, dev), 0)
        nlp.to_disk(tmp_best)
        print(f"init model dev {best[0]:.4f} {best[1]}", flush=True)
    step = 0
    epoch = 0
    losses: dict[str, float] = {}
    t_train = time.time()
    stop = False
    while not stop:
        epoch += 1
        random.shuffle(examples)
        for batch in batcher(examples):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            step += 1
            if step % eval_every == 0:
                with nlp.use_params(optimizer.averages):
                    score, per_set = dev_score(nlp, dev)
                    improved = score > best[0]
                    if improved:
                        best = (score, per_set, step)
                        if tmp_best.exists():
                            shutil.rmtree(tmp_best)
                        nlp.to_disk(tmp_best)
                mins = (time.time() - t_train) / 60
                print(
                    f"epoch {epoch} step {step} {mins:5.1f} min loss {losses.get('ner', 0.0):9.1f} "
                    f"dev {score:.4f} {per_set}{' *' if improved else ''}",
                    flush=True,
                )
                losses = {}
                if step - best[2] >= patience or step >= max_steps or time.time() - t_train > budget:
                    stop = True
                    break
    train_minutes = (time.time() - t_train) / 60
    if not tmp_best.exists():
        print("no model was saved", file=sys.stderr)
        return 1
    if args.output.exists():
        shutil.rmtree(args.output)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(tmp_best, args.output)
    shutil.rmtree(tmp_best.parent, ignore_errors=True)

    # Final report on the held-out test splits (never used for selection).
    result = evaluate_ner(data_dir, NerModel(args.output))
    report = format_ner_report(result)
    print(report)
    size = sum(p.stat().st_size for p in args.output.rglob("*") if p.is_file())
    m = nlp.config["components"]["ner"]["model"]
    t2v = m["tok2vec"]
    architecture = (
        f"width {t2v['width']}, depth {t2v['depth']}, window {t2v['window_size']}, "
        f"embed rows {t2v['embed_size']} (NORM; half that for PREFIX/SUFFIX/SHAPE), parser hidden {m['hidden_width']}"
    )
    vectors_meta: dict[str, Any] | None = None
    if args.vectors is not None:
        rows, dim = nlp.vocab.vectors.shape
        architecture += f", static vectors {rows} x {dim} (lower-cased word2vec, training/ner/vectors.py)"
        side = args.vectors.with_suffix(".json")
        vectors_meta = json.loads(side.read_text()) if side.is_file() else {"rows": rows, "dim": dim}
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "command": "OMP_NUM_THREADS=1 .venv/bin/python training/ner/train.py " + " ".join(argv or sys.argv[1:]),
        "spacy": spacy.__version__,
        "seed": args.seed,
        "steps": step,
        "epochs": epoch,
        "best_step": best[2],
        "train_minutes": round(train_minutes, 1),
        "total_minutes": round((time.time() - started) / 60, 1),
        "train_examples": len(examples),
        "lower_augment": not args.no_lower_augment,
        "architecture": architecture,
        "init_model": str(args.init_model) if args.init_model is not None else None,
        "vectors": vectors_meta,
        "dev_mean_f1": round(best[0], 4),
        "dev_f1": best[1],
        "size_bytes": size,
        "test": result,
    }
    args.run_json.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    write_provenance(args.output, meta, report)
    return 0


def write_provenance(out: Path, meta: dict[str, Any], report: str) -> None:
    dev = ", ".join(f"{k} {v:.3f}" for k, v in meta["dev_f1"].items())
    vec = meta.get("vectors")
    vec_line = "no vectors, " if vec is None else ""
    vec_section = ""
    if vec is not None:
        src = ", ".join(f"{k} {v['tokens']:,} tokens" for k, v in vec.get("sources", {}).items())
        ner_text = (
            ", and the text of the NERP / NERGrit / idner-news-2k train splits (see above)"
            if "ner-train-splits" in vec.get("sources", {})
            else ""
        )
        vec_section = f"""
## Static word vectors (shipped in `vocab/`)

{vec.get("rows")} rows x {vec.get("dim")} dims, {vec.get("algorithm", "word2vec")}, trained by
`training/ner/vectors.py` on unlabelled text only: {src or "see training/ner/README.md"}.
Sources: IndoSum dev folds (Kurniawan & Louvan 2018; CC BY-SA 4.0), UD Indonesian GSD and CSUI
(CC BY-SA 4.0){ner_text}.
No text without a redistribution licence went into them.
"""
    text = f"""# warta NER model `ner-id` — provenance

A spaCy {meta["spacy"]} pipeline (`ner` only, CNN tok2vec `spacy.HashEmbedCNN.v2`, {meta["architecture"]},
{vec_line}no transformer) trained from `spacy.blank("id")`.
Labels: `PER`, `ORG`, `LOC`. Built {meta["date"]} by `training/ner/train.py`
with `training/ner/config.cfg`; full notes in `training/ner/README.md`.

## Training data (not shipped; read from `../shared/data`)

- IndoNLU NERP (Hoesen & Purwarianti 2018; Wilie et al. 2020), `indonlu-ner/nerp`:
  CC BY-SA 4.0 (IndoNLU repository: Apache-2.0). Train; valid for model selection.
- IndoNLU NERGrit (grit-id; Wilie et al. 2020), `indonlu-ner/nergrit`:
  MIT (IndoNLU repository: Apache-2.0). Train; valid for model selection.
- idner-news-2k (Khairunnisa, Imankulova & Komachi 2020), `idner-news-2k`: MIT.
  Train; dev for model selection.
- IndoLEM NER-UGM (Fachri 2014; Koto et al. 2020), `indolem-ner/nerugm`: CC BY 4.0. Test only.

Label mapping: NERP PPL→PER, PLC→LOC, EVT/FNB/IND → O (IND → unknown when it is a known ORG name);
NERGrit PERSON→PER, ORGANISATION→ORG, PLACE→LOC; idner-news-2k as is; NER-UGM
PERSON→PER, ORGANIZATION→ORG, LOCATION→LOC, TIME/QUANTITY dropped.
NERP has no ORG class, so NERP tokens matching ORG names seen in the cased training sets are
marked unknown rather than `O`. Cased sets are also added lower-cased (NERP is lower-cased).
{vec_section}
Because NERP is CC BY-SA 4.0, these weights are a derivative trained in part on it: attribute
the data sets above when redistributing.

## Command

```
{meta["command"]}
```

seed {meta["seed"]}, {meta["epochs"]} epochs / {meta["steps"]} steps in {meta["train_minutes"]} min on one CPU
core; best checkpoint at step {meta["best_step"]} (mean dev micro F1 {meta["dev_mean_f1"]:.3f}: {dev}).
Model directory size: {meta["size_bytes"] / 1e6:.1f} MB.

## Held-out test scores (strict span match)

```
{report}
```
"""
    (out / "PROVENANCE.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
