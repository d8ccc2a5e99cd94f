"""Shared by the evaluation gates: the floor check every `test_gate_*.py` applies."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

FLOORS_DIR = Path(__file__).resolve().parent / "floors"

HoldFloors = Callable[[str, Mapping[str, float]], None]


def _hold_floors(name: str, figures: Mapping[str, float]) -> None:
    """Fail when a figure in ``floors/<name>.json`` is missing or below its floor ("_" keys are notes)."""
    floors = json.loads((FLOORS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    wanted = {k: float(v) for k, v in floors.items() if not k.startswith("_")}
    missing = sorted(k for k in wanted if k not in figures)
    assert not missing, f"floors without a figure: {missing}"
    low = {k: (round(figures[k], 4), v) for k, v in wanted.items() if figures[k] < v}
    assert not low, f"below floor (measured, floor): {low}"


@pytest.fixture(scope="session")
def hold_floors() -> HoldFloors:
    return _hold_floors
