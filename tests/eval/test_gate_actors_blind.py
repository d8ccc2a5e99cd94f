"""CI gate for the blind actors gold: figures on unseen articles must not drop below their floors.

``tests/eval/gold/actors_blind.jsonl`` was annotated without looking at the system's output
(docs/actors.md), so it checks the actor stage on articles nobody tuned it on; its floors
(tests/eval/floors/actors_blind.json) are measured minus a small margin. Raising a floor is
its own commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "actors_blind.jsonl"
FLOORS = ROOT / "tests" / "eval" / "floors" / "actors_blind.json"
OTHER_GOLD = ("actors.jsonl", "events.jsonl", "language.jsonl", "clean.jsonl")


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_blind_actor_figures_hold_their_floors() -> None:
    from warta.eval.actors import evaluate

    report = evaluate(GOLD)
    assert report.articles >= 30
    figures = report.figures()
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    low = {k: (figures[k], v) for k, v in floors.items() if not k.startswith("_") and figures[k] < v}
    assert not low, f"below floor (measured, floor): {low}"


def test_blind_gold_is_well_formed_and_disjoint() -> None:
    """Offsets, types, labels; no text for corpora that may not be redistributed; no article
    shared with the other gold sets (the point of a blind set is that it is unseen)."""
    seen: set[tuple[str, str]] = set()
    for rec in _records(GOLD):
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
    gold_dir = GOLD.parent
    others = {(str(r["corpus"]), str(r["id"])) for name in OTHER_GOLD for r in _records(gold_dir / name)}
    assert not seen & others, f"blind articles also in other gold sets: {sorted(seen & others)}"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_blind_gold_texts_match_the_corpus() -> None:
    """Stored surfaces agree with the raw text the offsets index (catches a corpus reader change)."""
    from warta.eval.corpora import load_article

    for rec in _records(GOLD):
        if rec["corpus"] != "indosum":
            continue
        raw = load_article(rec["corpus"], rec["id"]).raw.text
        for m in rec["mentions"]:
            assert raw[m["start"] : m["end"]] == m["text"], (rec["id"], m)
