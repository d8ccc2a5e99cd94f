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

    hold_floors("events", evaluate(GOLD).figures())
