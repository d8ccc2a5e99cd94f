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


def _surfaces_match_corpus(gold: Path) -> None:
    """Stored mention surfaces of an actor gold file agree with the raw text their offsets index (IndoSum only, the
    one corpus whose text a gold file may keep; catches a corpus reader change)."""
    from warta.eval.corpora import load_article, read_gold

    for rec in read_gold(gold):
        if rec["corpus"] != "indosum":
            continue
        raw = load_article(rec["corpus"], rec["id"]).raw.text
        for m in rec["mentions"]:
            assert raw[m["start"] : m["end"]] == m["text"], (rec["id"], m)


@pytest.fixture(scope="session")
def surfaces_match_corpus() -> Callable[[Path], None]:
    return _surfaces_match_corpus
