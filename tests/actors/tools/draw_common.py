"""What the actor iteration-set draws share (``draw_actors_dev2.py`` … ``dev4.py``): the gold ids to skip, the text
and 5-gram keys that find another report of a gold or an already drawn story, and the seeded pick from the best-scoring
candidates. Each draw script keeps its own corpora, filters, scores and quotas, so a re-draw gives the same articles."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold"

Candidate = tuple[float, str, str]
"""(score, article id, normalised text)."""


def gold_keys(gold: Path = GOLD) -> set[tuple[str, str]]:
    """(corpus, id) of every article in any gold file."""
    keys: set[tuple[str, str]] = set()
    for path in gold.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.add((rec["corpus"], str(rec["id"])))
    return keys


def norm(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())[:400]


def shingles(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(" ".join(words[i : i + 5]) for i in range(max(0, len(words) - 4)))


def near(a: frozenset[str], others: list[frozenset[str]]) -> bool:
    """Another report of the same story: a fifth of the word 5-grams shared."""
    return any(len(a & b) > 0.2 * min(len(a), len(b)) for b in others)


def ranked(pool: Iterable[Candidate], gold_texts: set[str]) -> list[Candidate]:
    """The candidates whose normalised text is no gold's, one per text (the first), best score first."""
    uniq: dict[str, Candidate] = {}
    for item in pool:
        if item[2] not in gold_texts:
            uniq.setdefault(item[2], item)
    return sorted(uniq.values(), key=lambda t: (-t[0], t[1]))


def pick(top: list[Candidate], quota: int, text_of: Callable[[str], str], gold_shingles: list[frozenset[str]],
         chosen_shingles: list[frozenset[str]]) -> list[str]:
    """Up to ``quota`` ids from ``top`` (already shuffled), in its order, none another report of a gold or an already
    chosen story; ``chosen_shingles`` grows with each one chosen."""
    chosen: list[str] = []
    for _score, rid, _ in top:
        if len(chosen) == quota:
            break
        sh = shingles(text_of(rid))
        if near(sh, gold_shingles) or near(sh, chosen_shingles):
            continue
        chosen.append(rid)
        chosen_shingles.append(sh)
    return chosen
