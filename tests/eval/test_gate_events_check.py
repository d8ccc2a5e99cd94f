"""CI gate: event-coding figures on the blind check set must not drop below their floors.

The check set (tests/eval/gold/events_check.jsonl) stands in for the hidden held-out set; its
floors live in tests/eval/floors/events_check.json. Only the summary figures are used here:
nothing of its items is printed (docs/annotation-guide.md, section 11).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "tests" / "eval" / "gold" / "events_check.jsonl"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_check_set_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.events import evaluate

    report = evaluate(CHECK)
    hold_floors("events_check", report.figures())
    # the per-corpus breakdown partitions the same scoring
    assert set(report.by_corpus) == {"detik2025", "media2023"}
    for level, total in report.levels.items():
        parts = [r.levels[level] for r in report.by_corpus.values()]
        assert (sum(t.tp for t in parts), sum(t.fp for t in parts), sum(t.fn for t in parts)) == \
            (total.tp, total.fp, total.fn)
