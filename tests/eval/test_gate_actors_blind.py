"""CI gate for the blind actors gold: figures on unseen articles must not drop below their floors.

``tests/eval/gold/actors_blind.jsonl`` was annotated without looking at the system's output
(docs/actors.md), so it checks the actor stage on articles nobody tuned it on; its floors
(tests/eval/floors/actors_blind.json) are measured minus a small margin. Raising a floor is
its own commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from warta.eval.corpora import read_gold, shared_data_dir

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "actors_blind.jsonl"
OTHER_GOLD = ("actors.jsonl", "events.jsonl", "language.jsonl", "clean.jsonl")


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_blind_actor_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.actors import evaluate

    report = evaluate(GOLD)
    assert report.articles >= 30
    hold_floors("actors_blind", report.figures())


def test_blind_gold_is_disjoint_from_the_other_gold_sets() -> None:
    """No article shared with the other gold sets: the point of a blind set is that it is unseen.
    (Its offsets, types and licence rules are checked with the dev gold's in test_gate_actors.py.)"""
    blind = {(str(r["corpus"]), str(r["id"])) for r in read_gold(GOLD)}
    others = {(str(r["corpus"]), str(r["id"])) for name in OTHER_GOLD for r in read_gold(GOLD.parent / name)}
    assert len(blind) >= 30
    assert not blind & others, f"blind articles also in other gold sets: {sorted(blind & others)}"


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_blind_gold_texts_match_the_corpus(surfaces_match_corpus: Callable[[Path], None]) -> None:
    surfaces_match_corpus(GOLD)
