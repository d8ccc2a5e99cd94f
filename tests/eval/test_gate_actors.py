"""CI gate: people and actor figures on the actors dev gold must not drop below their floors.

Floors live in tests/eval/floors/actors.json (measured minus a small margin); raising a floor
is its own commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import read_gold, shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "actors.jsonl"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_actor_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.actors import evaluate

    report = evaluate(GOLD)
    assert report.articles >= 30
    hold_floors("actors", report.figures())


@pytest.mark.parametrize("name", ["actors.jsonl", "actors_blind.jsonl"])
def test_gold_file_is_well_formed(name: str) -> None:
    """Offsets, types and fields; no article text stored for corpora that may not be redistributed."""
    seen: set[tuple[str, str]] = set()
    for rec in read_gold(GOLD.parent / name):
        key = (str(rec["corpus"]), str(rec["id"]))
        assert key not in seen
        seen.add(key)
        last = -1
        assert rec["mentions"]
        for m in rec["mentions"]:
            assert 0 <= m["start"] < m["end"]
            assert m["start"] >= last, f"{key}: mentions out of order or overlapping"
            last = m["end"]
            assert m["type"] in ("person", "actor", "place")
            if m["type"] == "person":
                assert m["name"]
            else:
                assert m["country"] or m["org"]
            if key[0] in ("detik2025", "media2023"):
                assert "text" not in m, f"{key}: licence allows offsets and labels only"
            else:
                assert len(m["text"]) == m["end"] - m["start"]
    assert len(seen) >= 30
