"""Draw the candidates of the fourth event iteration set, ``events_dev4.jsonl`` (docs/annotation-guide.md, section 15).

Prints only corpus and id, in a seeded order, for an annotator to read one by one; it runs no warta stage. The
candidates are IndoSum articles (full corpus, CC BY-SA 4.0) of 600-3,000 characters that hold at least one
international word and three distinct conflict/diplomacy words, scored as for the second check set (section 14:
distinct international words + distinct conflict/diplomacy words), and that are in no gold file under
``tests/eval/gold`` -- by id, by whitespace-normalised text, or as a near-duplicate (a fifth of the candidate's word
5-grams shared with one gold article). To stay disjoint from an actor set drawn at the same time, only ids whose
slug (the part after the first '-') starts with a letter a-m are taken.

    python tests/eval/gold/tools/draw_events_dev4.py [--limit N]

The top candidates by score are shuffled with the seed and read in that order: the first 22 whose main topic is
international conflict or diplomacy were annotated, plus 2 off-topic ones (precision).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from warta.eval.corpora import iter_corpus

SEED = 20261124 + 4
GOLD_DIR = Path(__file__).resolve().parents[1]
MIN_CHARS, MAX_CHARS = 600, 3000
NEAR_DUP_SHARE = 0.2
OWN = "events_dev4.jsonl"


def _words(joined: str) -> tuple[str, ...]:
    """A '|'-joined word list (about 80 words kept readable in a few lines)."""
    return tuple(joined.split("|"))


INTERNATIONAL = _words(
    "israel|palestina|gaza|hamas|yerusalem|suriah|damaskus|irak|baghdad|mosul|iran|teheran|arab saudi|"
    "riyadh|qatar|yaman|houthi|lebanon|hizbullah|turki|ankara|mesir|libya|afghanistan|taliban|pakistan|"
    "india|kashmir|korea utara|korut|pyongyang|korea selatan|korsel|seoul|jepang|tokyo|china|tiongkok|"
    "beijing|laut china selatan|taiwan|myanmar|rohingya|rakhine|bangladesh|filipina|marawi|malaysia|"
    "singapura|thailand|vietnam|australia|rusia|moskow|ukraina|krimea|amerika serikat|washington|trump|"
    "obama|inggris|london|prancis|perancis|paris|jerman|berlin|uni eropa|belanda|pbb|dewan keamanan|"
    "asean|nato|oki|isis|al qaeda|kremlin|gedung putih"
)
CONFLICT = _words(
    "serangan|menyerang|bom|ledakan|tewas|pasukan|militer|rudal|nuklir|sanksi|mengecam|mengutuk|kecaman|"
    "menuduh|tuduhan|membantah|menolak|mendesak|meminta|menyerukan|kunjungan|bertemu|pertemuan|"
    "perundingan|negosiasi|kesepakatan|perjanjian|gencatan senjata|bantuan|pengungsi|ditangkap|menangkap|"
    "ditahan|demonstrasi|unjuk rasa|protes|mengancam|ancaman|diplomat|duta besar|kedutaan|"
    "menteri luar negeri|menlu|konflik|perang|teroris|terorisme|blokade|embargo|bentrokan|tembak|"
    "kerja sama|dukungan|mendukung|latihan bersama|mengusir"
)


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def _gold_keys() -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        if path.name == OWN:
            continue  # the set drawn here: excluding it would change the draw once it is committed
        with path.open(encoding="utf-8") as fh:
            keys |= {(str(r["corpus"]), str(r["id"])) for r in map(json.loads, fh) if "corpus" in r}
    return keys


def _gold_texts(keys: set[tuple[str, str]]) -> list[str]:
    texts: list[str] = []
    for corpus in sorted({c for c, _ in keys}):
        wanted = {i for c, i in keys if c == corpus}
        full = corpus != "seeds"
        for art in iter_corpus(corpus, full=full):
            if art.id in wanted:
                texts.append(art.raw.text)
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=80, help="how many of the top-scored candidates to shuffle and print")
    args = ap.parse_args()
    keys = _gold_keys()
    gold = _gold_texts(keys)
    gold_norm = {_norm(t) for t in gold}
    gold_grams = [_grams(t) for t in gold]
    intl, conf = _pattern(INTERNATIONAL), _pattern(CONFLICT)
    scored: list[tuple[int, str]] = []
    for art in iter_corpus("indosum", full=True):
        text = art.raw.text
        slug = art.id.split("-", 1)[1] if "-" in art.id else ""
        if not (slug[:1].isalpha() and "a" <= slug[:1].lower() <= "m"):
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS or ("indosum", art.id) in keys or _norm(text) in gold_norm:
            continue
        low = text.lower()
        n_intl, n_conf = len(set(intl.findall(low))), len(set(conf.findall(low)))
        if n_intl < 1 or n_conf < 3:
            continue
        grams = _grams(text)
        if grams and any(len(grams & g) >= NEAR_DUP_SHARE * len(grams) for g in gold_grams):
            continue
        scored.append((n_intl + n_conf, art.id))
    scored.sort(key=lambda s: (-s[0], s[1]))
    top = [aid for _score, aid in scored[: args.limit]]
    random.Random(SEED).shuffle(top)
    print(f"# {len(scored)} candidates; the top {len(top)} by score, in seeded reading order")
    for aid in top:
        print(f"indosum\t{aid}")


if __name__ == "__main__":
    main()
