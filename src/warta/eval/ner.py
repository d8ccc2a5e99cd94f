"""Named-entity evaluation on the real Indonesian NER sets in ``../shared/data``.

Four held-out sets, each mapped to warta's three types ``PER``, ``ORG``, ``LOC``:

======== ============================== ======================================= ===============
name     folder                         labels → warta type                     scored types
======== ============================== ======================================= ===============
nerp     ``indonlu-ner/nerp``           PPL→PER, PLC→LOC; IND/EVT/FNB dropped   PER, LOC
nergrit  ``indonlu-ner/nergrit``        PERSON→PER, ORGANISATION→ORG, PLACE→LOC PER, ORG, LOC
idner2k  ``idner-news-2k``              PER, ORG, LOC                           PER, ORG, LOC
nerugm   ``indolem-ner/nerugm``         PERSON, ORGANIZATION, LOCATION;         PER, ORG, LOC
                                        TIME/QUANTITY dropped
======== ============================== ======================================= ===============

NERP has no organisation class (organisations such as *kpk* or *dpr* are tagged ``O``), so on
NERP only PER and LOC are scored and predicted ORG spans are ignored. NERP text is lower-cased
by its publisher (IndoNLU); it is scored as given. NER-UGM is scored on the union of its five
``test.0K.tsv`` files (the five folds' test parts are disjoint and together cover the set; warta
never trains on NER-UGM).

Scoring is strict: a predicted span counts only if its character start, end and type equal a
gold span's. The text given to the model is the gold tokens joined with single spaces, so the
model's own tokeniser runs (as it does on real input).

If a test file carries no entity labels at all (older IndoNLU releases mask their test sets), the
valid split is scored instead and the result says so in ``note``.

The readers here are also used by ``training/ner/train.py``: one definition of each data set.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.errors import ConfigError
from warta.eval.corpora import require_data_dir

if TYPE_CHECKING:
    from warta.actors.ner import NerModel

TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class NerSentence:
    """One gold sentence: tokens, entity spans as token ranges ``[start, end)``.

    ``spans`` hold the warta types; ``other`` holds spans of gold types warta drops
    (NERP's IND/EVT/FNB, NER-UGM's TIME/QUANTITY), kept so training can mark them unknown.
    """

    words: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]
    other: tuple[tuple[int, int, str], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def char_spans(self) -> set[tuple[int, int, str]]:
        starts: list[int] = []
        pos = 0
        for w in self.words:
            starts.append(pos)
            pos += len(w) + 1
        return {(starts[s], starts[e - 1] + len(self.words[e - 1]), t) for s, e, t in self.spans}


@dataclass(frozen=True, slots=True)
class NerSet:
    name: str
    folder: str
    files: dict[str, tuple[str, ...]]
    labels: dict[str, str]
    types: tuple[str, ...]
    sep: str | None  # None: any whitespace
    lowercased: bool = False
    licence: str = ""
    notes: tuple[str, ...] = field(default=())


NER_SETS: dict[str, NerSet] = {
    "nerp": NerSet(
        name="nerp",
        folder="indonlu-ner/nerp",
        files={
            "train": ("train_preprocess.txt",),
            "valid": ("valid_preprocess.txt",),
            "test": ("test_preprocess.txt",),
        },
        labels={"PPL": "PER", "PER": "PER", "PLC": "LOC", "LOC": "LOC", "ORG": "ORG"},
        types=("PER", "LOC"),
        sep="\t",
        lowercased=True,
        licence="CC BY-SA 4.0 (IndoNLU repo: Apache-2.0)",
        notes=("no ORG class in NERP: only PER and LOC scored, predicted ORG ignored",),
    ),
    "nergrit": NerSet(
        name="nergrit",
        folder="indonlu-ner/nergrit",
        files={
            "train": ("train_preprocess.txt",),
            "valid": ("valid_preprocess.txt",),
            "test": ("test_preprocess.txt",),
        },
        labels={"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
        types=TYPES,
        sep="\t",
        licence="MIT (IndoNLU repo: Apache-2.0)",
    ),
    "idner2k": NerSet(
        name="idner2k",
        folder="idner-news-2k",
        files={"train": ("train.txt",), "valid": ("dev.txt",), "test": ("test.txt",)},
        labels={"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
        types=TYPES,
        sep=None,
        licence="MIT",
    ),
    "nerugm": NerSet(
        name="nerugm",
        folder="indolem-ner/nerugm",
        files={"test": tuple(f"test.0{k}.tsv" for k in range(1, 6))},
        labels={"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
        types=TYPES,
        sep="\t",
        licence="CC BY 4.0",
        notes=("union of the 5 folds' test files; never used in training",),
    ),
}


def read_conll(path: Path, labels: dict[str, str], sep: str | None) -> list[NerSentence]:
    """Read a CoNLL/BIO file: token in the first column, tag in the last."""
    if not path.is_file():
        raise ConfigError(f"NER data file not found: {path}")
    out: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            out.append(_sentence(words, tags, labels))
        words.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                flush()
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) < 2 or not cols[0]:
                continue
            words.append(cols[0])
            tags.append(cols[-1].strip())
    flush()
    return out


def _sentence(words: list[str], tags: list[str], labels: dict[str, str]) -> NerSentence:
    spans: list[tuple[int, int, str]] = []
    other: list[tuple[int, int, str]] = []
    start: int | None = None
    cur = ""

    def close(end: int) -> None:
        if start is not None:
            mapped = labels.get(cur)
            (spans if mapped else other).append((start, end, mapped or cur))

    for i, tag in enumerate(tags):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and start is not None and typ == cur:
            continue
        close(i)
        if prefix in ("B", "I") and typ:
            start, cur = i, typ
        else:
            start, cur = None, ""
    close(len(tags))
    return NerSentence(tuple(words), tuple(spans), tuple(other))


def load_split(data_dir: Path, name: str, split: str) -> list[NerSentence]:
    spec = NER_SETS[name]
    folder = data_dir / spec.folder
    if not folder.is_dir():
        raise ConfigError(f"NER data set {name!r} not found at {folder}")
    sents: list[NerSentence] = []
    for fname in spec.files[split]:
        sents.extend(read_conll(folder / fname, spec.labels, spec.sep))
    return sents


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.tp + self.fn,
        }


def score_spans(
    gold: Sequence[set[tuple[int, int, str]]],
    pred: Sequence[set[tuple[int, int, str]]],
    types: Sequence[str],
) -> dict[str, Counts]:
    """Strict span match per type; predictions of types outside ``types`` are ignored."""
    counts = {t: Counts() for t in types}
    for g, p in zip(gold, pred, strict=True):
        g2 = {s for s in g if s[2] in counts}
        p2 = {s for s in p if s[2] in counts}
        for s in g2 & p2:
            counts[s[2]].tp += 1
        for s in p2 - g2:
            counts[s[2]].fp += 1
        for s in g2 - p2:
            counts[s[2]].fn += 1
    return counts


def _has_labels(sents: Iterable[NerSentence]) -> bool:
    return any(s.spans or s.other for s in sents)


def evaluate_ner(
    data_dir: Path | None = None,
    model: NerModel | None = None,
    datasets: Sequence[str] | None = None,
    split: str = "test",
) -> dict[str, Any]:
    """Score ``model`` (default: the packaged one) on the held-out split of each NER set.

    Raises :class:`warta.errors.ConfigError` when the data directory or a set is absent.
    """
    from warta.actors.ner import NerModel

    root = require_data_dir(data_dir)
    names = list(datasets) if datasets is not None else list(NER_SETS)
    for name in names:
        if name not in NER_SETS:
            raise ConfigError(f"unknown NER data set {name!r}; known: {', '.join(NER_SETS)}")
    ner = model if model is not None else NerModel()
    result: dict[str, Any] = {
        "data_dir": str(root),
        "model": str(ner.path),
        "match": "strict (char start, char end, type)",
        "datasets": {},
    }
    overall = {t: Counts() for t in TYPES}
    words_total = 0
    seconds_total = 0.0
    for name in names:
        spec = NER_SETS[name]
        used = split
        notes = list(spec.notes)
        if used not in spec.files:
            raise ConfigError(f"NER data set {name!r} has no {used!r} split")
        sents = load_split(root, name, used)
        if not _has_labels(sents) and used == "test" and "valid" in spec.files:
            notes.append("test split has no gold labels: scored on the valid split instead")
            used = "valid"
            sents = load_split(root, name, used)
        t0 = time.perf_counter()
        preds = ner.spans_many([s.text for s in sents])
        seconds = time.perf_counter() - t0
        pred_sets = [{(p.start, p.end, p.label) for p in ps} for ps in preds]
        counts = score_spans([s.char_spans() for s in sents], pred_sets, spec.types)
        micro = Counts()
        for t, c in counts.items():
            micro.add(c)
            overall[t].add(c)
        n_words = sum(len(s.words) for s in sents)
        words_total += n_words
        seconds_total += seconds
        result["datasets"][name] = {
            "folder": spec.folder,
            "split": used,
            "files": list(spec.files[used]),
            "licence": spec.licence,
            "lowercased": spec.lowercased,
            "sentences": len(sents),
            "tokens": n_words,
            "types": list(spec.types),
            "per_type": {t: c.as_dict() for t, c in counts.items()},
            "micro": micro.as_dict(),
            "words_per_second": round(n_words / seconds) if seconds else None,
            "note": "; ".join(notes) or None,
        }
    micro_all = Counts()
    for c in overall.values():
        micro_all.add(c)
    result["overall"] = {
        "per_type": {t: c.as_dict() for t, c in overall.items()},
        "micro": micro_all.as_dict(),
        "words_per_second": round(words_total / seconds_total) if seconds_total else None,
    }
    return result


def format_ner_report(result: dict[str, Any]) -> str:
    """A plain-text table: one row per data set and type, then the micro overall."""
    head = f"{'dataset':<10} {'split':<6} {'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"
    lines = [
        f"NER evaluation — model {result.get('model', '?')}",
        f"match: {result.get('match', 'strict')}",
        "",
        head,
        "-" * len(head),
    ]

    def row(ds: str, split: str, typ: str, m: dict[str, Any]) -> str:
        return f"{ds:<10} {split:<6} {typ:<6} {m['p']:>6.3f} {m['r']:>6.3f} {m['f1']:>6.3f} {m['support']:>6}"

    notes: list[str] = []
    for name, ds in result.get("datasets", {}).items():
        for typ, m in ds["per_type"].items():
            lines.append(row(name, ds["split"], typ, m))
        lines.append(row(name, ds["split"], "micro", ds["micro"]))
        lines.append("")
        if ds.get("note"):
            notes.append(f"{name}: {ds['note']}")
    ov = result.get("overall")
    if ov:
        for typ, m in ov["per_type"].items():
            lines.append(row("ALL", "", typ, m))
        lines.append(row("ALL", "", "micro", ov["micro"]))
        if ov.get("words_per_second"):
            lines.append(f"\nthroughput: {ov['words_per_second']} words/s")
    if notes:
        lines.append("")
        lines.extend(f"note — {n}" for n in notes)
    return "\n".join(lines)
