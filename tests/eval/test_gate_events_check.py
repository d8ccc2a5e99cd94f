"""CI gate: event-coding figures on the two blind check sets must not drop below their floors.

The check sets (tests/eval/gold/events_check.jsonl, events_check2.jsonl) stand in for the hidden held-out set;
their floors live in tests/eval/floors/events_check.json and events_check2.json. Only the summary figures are
used here: nothing of their items is printed (docs/annotation-guide.md, sections 11 and 14).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold"
CORPORA = {"events_check": {"detik2025", "media2023"}, "events_check2": {"indosum", "detik2025", "media2023"}}


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
@pytest.mark.parametrize("name", sorted(CORPORA))
def test_check_set_figures_hold_their_floors(name: str, hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.events import evaluate

    report = evaluate(GOLD / f"{name}.jsonl")
    hold_floors(name, report.figures())
    # the per-corpus breakdown partitions the same scoring
    assert set(report.by_corpus) == CORPORA[name]
    for level, total in report.levels.items():
        parts = [r.levels[level] for r in report.by_corpus.values()]
        assert (sum(t.tp for t in parts), sum(t.fp for t in parts), sum(t.fn for t in parts)) == \
            (total.tp, total.fp, total.fn)
