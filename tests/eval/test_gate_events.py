"""CI gate: event-coding figures on the events dev gold must not drop below their floors.

Floors live in tests/eval/floors/events.json (measured minus a small margin); raising a floor
is its own commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "events.jsonl"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_event_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.events import evaluate

    report = evaluate(GOLD)
    hold_floors("events", report.figures())
    # the per-corpus breakdown partitions the same scoring
    assert set(report.by_corpus) == {"seeds", "indosum", "detik2025", "media2023"}
    for level, total in report.levels.items():
        parts = [r.levels[level] for r in report.by_corpus.values()]
        assert (sum(t.tp for t in parts), sum(t.fp for t in parts), sum(t.fn for t in parts)) == \
            (total.tp, total.fp, total.fn)
