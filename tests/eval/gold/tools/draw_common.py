"""What the gold-set draw scripts (``draw_events_dev4.py``, ``draw_events_dev5.py``) share: word lists as patterns,
the gold files' articles to stay away from, and the near-duplicate test against them. No warta stage runs here."""

from __future__ import annotations

import json
import re
from pathlib import Path

from warta.eval.corpora import iter_corpus

GOLD_DIR = Path(__file__).resolve().parents[1]
NEAR_DUP_SHARE = 0.2  # a fifth of a candidate's word 5-grams shared with one gold article makes it a near-duplicate


def words(joined: str) -> tuple[str, ...]:
    """A '|'-joined word list (kept readable in a few lines)."""
    return tuple(joined.split("|"))


def pattern(vocabulary: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(vocabulary, key=len, reverse=True)) + r")\b")


def norm(text: str) -> str:
    return " ".join(text.split())


def grams(text: str) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i : i + 5]) for i in range(len(tokens) - 4)}


def gold_keys(own: str) -> set[tuple[str, str]]:
    """(corpus, id) of every article in a gold file but ``own``, the set being drawn (excluding it would change the
    draw once it is committed)."""
    keys: set[tuple[str, str]] = set()
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        if path.name == own:
            continue
        with path.open(encoding="utf-8") as fh:
            keys |= {(str(r["corpus"]), str(r["id"])) for r in map(json.loads, fh) if "corpus" in r}
    return keys


def gold_texts(keys: set[tuple[str, str]]) -> list[str]:
    texts: list[str] = []
    for corpus in sorted({c for c, _ in keys}):
        wanted = {i for c, i in keys if c == corpus}
        for art in iter_corpus(corpus, full=corpus != "seeds"):
            if art.id in wanted:
                texts.append(art.raw.text)
    return texts


def near_duplicate(candidate: set[tuple[str, ...]], gold_grams: list[set[tuple[str, ...]]]) -> bool:
    return bool(candidate) and any(len(candidate & g) >= NEAR_DUP_SHARE * len(candidate) for g in gold_grams)
