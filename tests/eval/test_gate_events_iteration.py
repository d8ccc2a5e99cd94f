"""CI gate: event-coding figures on the two iteration sets (unseen-like 2023-2025 articles annotated blind,
docs/annotation-guide.md sections 12-13) must not drop below their floors.

Unlike the check set, these sets' errors may be read while working on the coder; the gates keep what was
won on them. Floors live in tests/eval/floors/events_dev2.json and events_dev3.json.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

GOLD = Path(__file__).resolve().parents[2] / "tests" / "eval" / "gold"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
@pytest.mark.parametrize("name", ["events_dev2", "events_dev3"])
def test_iteration_set_figures_hold_their_floors(name: str, hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.events import evaluate

    report = evaluate(GOLD / f"{name}.jsonl")
    hold_floors(name, report.figures())
    assert set(report.by_corpus) == {"detik2025", "media2023"}
