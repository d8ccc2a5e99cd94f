"""CI gate: event-coding figures on the events dev gold must not drop below their floors.

Floors live in tests/eval/floors/events.json (measured minus a small margin); raising a floor
is its own commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "events.jsonl"
FLOORS = ROOT / "tests" / "eval" / "floors" / "events.json"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_event_figures_hold_their_floors() -> None:
    from warta.eval.events import evaluate

    report = evaluate(GOLD)
    figures = report.figures()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    low = {k: (figures[k], v) for k, v in floors.items() if not k.startswith("_") and figures[k] < v}
    assert not low, f"below floor (measured, floor): {low}"
