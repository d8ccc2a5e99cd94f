"""Event-coding evaluation against the hand-annotated dev gold (``tests/eval/gold/events.jsonl``).

Each gold article's raw text (``warta.eval.corpora``) goes through the full pipeline; the
predicted events are compared with the gold events sentence by sentence.

Sentence matching. Gold offsets index the *raw* text, predicted offsets the *clean* text, so
sentences are matched by their normalised text (lower-cased, letters and digits only, one
space): a predicted sentence matches a gold sentence when one contains the other, or when
their word sets overlap by at least 60 % of the shorter one (cleaning may cut a dateline off).

Event matching is one-to-one (a multiset match) within a matched sentence, at three levels:

- ``type``: same PLOVER type;
- ``full``: same type, source root and target root (root = country, or organisation where no
  country; a missing actor matches only a missing actor); symmetric acts (CONSULT, AGREE,
  COOPERATE, RETREAT ``ceasefire``, ASSAULT ``sideAB``) match in either direction, as the
  annotation guide allows;
- modality, date, place and reported_by accuracy are measured on the events matched at ``type``
  level (place compares the place's country, or its name when the gold gives no country;
  reported_by compares the outlet name case-insensitively, null matching null).

Doubtful gold events (``doubtful: true``) cost nothing either way: they are not counted as
misses when nothing matches them, and a prediction that matches one (and no confident gold
event) is not counted as a false positive. Neither side counts them as a hit either.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.eval.corpora import read_gold, run_gold
from warta.model import Document, Event
from warta.settings import Settings

_WORD = re.compile(r"[^\W_]+")
LEVELS = ("type", "full")


def norm_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True, slots=True)
class GoldEvent:
    sentence: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    modality: str
    date: str | None
    place: str | None
    place_country: str | None
    doubtful: bool
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class PredEvent:
    sentence: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    modality: str
    date: str | None
    place: str | None
    place_country: str | None
    trigger: str = ""
    reported_by: str | None = None

    @classmethod
    def of(cls, ev: Event) -> PredEvent:
        loc = ev.location
        return cls(ev.sentence, ev.type, ev.mode, ev.source.root if ev.source else None,
                   ev.target.root if ev.target else None, ev.modality, ev.date,
                   loc.name if loc else None, loc.country if loc else None, ev.trigger, ev.reported_by)


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(slots=True)
class Report:
    articles: int = 0
    gold_events: int = 0
    doubtful: int = 0
    predicted: int = 0
    levels: dict[str, Tally] = field(default_factory=lambda: {lv: Tally() for lv in LEVELS})
    per_type: dict[str, dict[str, Tally]] = field(default_factory=dict)
    modality: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    place: Accuracy = field(default_factory=Accuracy)
    reported_by: Accuracy = field(default_factory=Accuracy)
    errors: list[str] = field(default_factory=list)
    by_corpus: dict[str, Report] = field(default_factory=dict)  # the same scoring per corpus

    def figures(self) -> dict[str, float]:
        """The flat figures the CI gate pins."""
        out: dict[str, float] = {}
        for lv, t in self.levels.items():
            out[f"{lv}_precision"] = round(t.precision, 4)
            out[f"{lv}_recall"] = round(t.recall, 4)
            out[f"{lv}_f1"] = round(t.f1, 4)
        out["modality_accuracy"] = round(self.modality.value, 4)
        out["date_accuracy"] = round(self.date.value, 4)
        out["place_accuracy"] = round(self.place.value, 4)
        out["reported_by_accuracy"] = round(self.reported_by.value, 4)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "doubtful": self.doubtful,
            "predicted": self.predicted,
            "levels": {lv: t.as_dict() for lv, t in self.levels.items()},
            "modality_accuracy": round(self.modality.value, 4),
            "date_accuracy": round(self.date.value, 4),
            "place_accuracy": round(self.place.value, 4),
            "reported_by_accuracy": round(self.reported_by.value, 4),
            "matched": self.modality.total,
            "per_type": {ty: {lv: t.as_dict() for lv, t in d.items()} for ty, d in sorted(self.per_type.items())},
            "by_corpus": {c: r.as_dict() for c, r in sorted(self.by_corpus.items())},
        }


def sentence_similarity(a: str, b: str) -> float:
    """1.0 when one sentence contains the other, else the word overlap over the shorter one."""
    wa, wb = norm_words(a), norm_words(b)
    if not wa or not wb:
        return 0.0
    ja, jb = " ".join(wa), " ".join(wb)
    if ja in jb or jb in ja:
        return 1.0
    sa, sb = set(wa), set(wb)
    return len(sa & sb) / min(len(sa), len(sb))


def sentences_match(a: str, b: str) -> bool:
    return sentence_similarity(a, b) >= 0.6


SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SYMMETRIC_MODES = frozenset({("RETREAT", "ceasefire"), ("ASSAULT", "sideAB")})


def _symmetric(e: GoldEvent | PredEvent) -> bool:
    return e.type in SYMMETRIC_TYPES or (e.type, e.mode) in SYMMETRIC_MODES


def _key(level: str) -> Callable[[GoldEvent | PredEvent], tuple[str | None, ...]]:
    """The matching key; symmetric acts (annotation guide §3) match in either direction."""
    if level == "type":
        return lambda e: (e.type,)

    def full(e: GoldEvent | PredEvent) -> tuple[str | None, ...]:
        if _symmetric(e) and e.target is not None and e.source is not None:
            a, b = sorted((e.source, e.target))
            return (e.type, a, b)
        return (e.type, e.source, e.target)

    return full


def _gold_events(rec: dict[str, Any], raw: str) -> list[GoldEvent]:
    out = []
    for g in rec["events"]:
        src, tgt = g.get("source"), g.get("target")
        out.append(GoldEvent(
            sentence=g.get("sentence") or raw[g["raw_start"] : g["raw_end"]],
            type=g["type"],
            mode=g.get("mode"),
            source=src.get("root") if src else None,
            target=tgt.get("root") if tgt else None,
            modality=g.get("modality") or "asserted",
            date=g.get("date"),
            place=g.get("place"),
            place_country=g.get("place_country"),
            doubtful=bool(g.get("doubtful")),
            reported_by=g.get("reported_by"),
        ))
    return out


def _match(golds: list[GoldEvent], preds: list[PredEvent], level: str
           ) -> tuple[list[tuple[GoldEvent, PredEvent]], list[GoldEvent], list[PredEvent]]:
    """One-to-one matching: confident gold first, then doubtful gold absorbs leftovers.

    Returns (matched confident pairs, missed confident gold, false positives).
    """
    key = _key(level)
    used: set[int] = set()
    pairs: list[tuple[GoldEvent, PredEvent]] = []
    missed: list[GoldEvent] = []
    for doubtful in (False, True):
        # candidate pairs best sentence match first, so a near-duplicate sentence elsewhere in
        # the article cannot take the prediction that belongs to this one
        cands = sorted(((sim, gi, pi) for gi, g in enumerate(golds) if g.doubtful == doubtful
                        for pi, p in enumerate(preds) if pi not in used and key(p) == key(g)
                        and (sim := sentence_similarity(g.sentence, p.sentence)) >= 0.6),
                       key=lambda c: (-c[0], c[1], c[2]))
        taken: set[int] = set()
        for _sim, gi, pi in cands:
            if gi in taken or pi in used:
                continue
            taken.add(gi)
            used.add(pi)
            if not doubtful:
                pairs.append((golds[gi], preds[pi]))
        if not doubtful:
            missed = [g for gi, g in enumerate(golds) if not g.doubtful and gi not in taken]
    pairs.sort(key=lambda gp: golds.index(gp[0]))
    fps = [p for pi, p in enumerate(preds) if pi not in used]
    return pairs, missed, fps


def _place_ok(g: GoldEvent, p: PredEvent) -> bool:
    if g.place is None and g.place_country is None:
        return p.place is None
    if p.place is None:
        return False
    if g.place_country:
        return p.place_country == g.place_country
    return (p.place or "").lower() == (g.place or "").lower()


def _fmt(e: GoldEvent | PredEvent) -> str:
    trig = f" «{e.trigger}»" if isinstance(e, PredEvent) and e.trigger else ""
    return f"{e.type}{trig} {e.source}→{e.target} [{e.modality}]"


def score_article(rec: dict[str, Any], doc: Document, raw: str, report: Report, show_errors: bool) -> None:
    golds = _gold_events(rec, raw)
    preds = [PredEvent.of(e) for e in doc.events]
    report.articles += 1
    report.gold_events += sum(not g.doubtful for g in golds)
    report.doubtful += sum(g.doubtful for g in golds)
    report.predicted += len(preds)
    for level in LEVELS:
        pairs, missed, fps = _match(golds, preds, level)
        t = Tally(len(pairs), len(fps), len(missed))
        report.levels[level].add(t)
        for ty in {g.type for g in golds} | {p.type for p in preds}:
            per = report.per_type.setdefault(ty, {lv: Tally() for lv in LEVELS})
            per[level].add(Tally(sum(g.type == ty for g, _ in pairs), sum(p.type == ty for p in fps),
                                 sum(g.type == ty for g in missed)))
        if level == "type":
            for g, p in pairs:
                report.modality.add(g.modality == p.modality)
                report.date.add(g.date == p.date)
                report.place.add(_place_ok(g, p))
                report.reported_by.add((g.reported_by or "").lower() == (p.reported_by or "").lower())
                if show_errors and g.modality != p.modality:
                    report.errors.append(f"{rec['corpus']}:{rec['id']} MODALITY gold={g.modality} "
                                         f"pred={p.modality} {_fmt(p)} :: {p.sentence[:160]}")
                if show_errors and g.date != p.date:
                    report.errors.append(f"{rec['corpus']}:{rec['id']} DATE gold={g.date} pred={p.date} "
                                         f"{_fmt(p)} :: {p.sentence[:160]}")
                if show_errors and (g.reported_by or "").lower() != (p.reported_by or "").lower():
                    report.errors.append(f"{rec['corpus']}:{rec['id']} REPORTED_BY gold={g.reported_by} "
                                         f"pred={p.reported_by} {_fmt(p)} :: {p.sentence[:160]}")
        if show_errors and level == "full":
            for g in missed:
                report.errors.append(f"{rec['corpus']}:{rec['id']} MISS {_fmt(g)} :: {g.sentence[:160]}")
            for p in fps:
                report.errors.append(f"{rec['corpus']}:{rec['id']} FP   {_fmt(p)} :: {p.sentence[:160]}")


def evaluate(gold_path: Path, data_dir: Path | None = None, *, show_errors: bool = False,
             records: Iterable[dict[str, Any]] | None = None, settings: Settings | None = None) -> Report:
    """Run the full pipeline on every gold article and score its events."""
    report = Report()
    gold = records if records is not None else read_gold(gold_path)
    for rec, raw, doc, failure in run_gold(gold, data_dir, settings):
        if failure is not None:
            report.errors.append(f"{rec['corpus']}:{rec['id']} PIPELINE FAILURE {failure}")
        score_article(rec, doc, raw.text, report, show_errors)
        score_article(rec, doc, raw.text, report.by_corpus.setdefault(rec["corpus"], Report()), False)
    return report


def type_counts(records: Iterable[dict[str, Any]]) -> Counter[str]:
    return Counter(e["type"] for r in records for e in r["events"])
