"""CI gate: event-coding figures on the iteration sets (unseen-like articles annotated blind,
docs/annotation-guide.md sections 12, 13, 15 and 16) must not drop below their floors.

Unlike the check sets, these sets' errors may be read while working on the coder; the gates keep what was
won on them. dev2 and dev3 are 2023-2025 articles (mostly domestic); dev4 is IndoSum international conflict and
diplomacy; dev5 is 2023-2025 domestic politics and crime. Floors live in tests/eval/floors/events_dev{2,3,4,5}.json.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import shared_data_dir

GOLD = Path(__file__).resolve().parents[2] / "tests" / "eval" / "gold"
RECENT = {"detik2025", "media2023"}


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
@pytest.mark.parametrize(("name", "corpora"), [("events_dev2", RECENT), ("events_dev3", RECENT), ("events_dev4", {"indosum"}),
                                                ("events_dev5", RECENT)])
def test_iteration_set_figures_hold_their_floors(
    name: str, corpora: set[str], hold_floors: Callable[[str, Mapping[str, float]], None]
) -> None:
    from warta.eval.events import evaluate

    report = evaluate(GOLD / f"{name}.jsonl")
    hold_floors(name, report.figures())
    assert set(report.by_corpus) == corpora
