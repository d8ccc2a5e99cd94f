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
import random
import sys
from pathlib import Path

from warta.eval.corpora import iter_corpus

sys.path.insert(0, str(Path(__file__).parent))
from draw_common import gold_keys, gold_texts, grams, near_duplicate, norm, pattern, words

SEED = 20261124 + 4
MIN_CHARS, MAX_CHARS = 600, 3000
OWN = "events_dev4.jsonl"


INTERNATIONAL = words(
    "israel|palestina|gaza|hamas|yerusalem|suriah|damaskus|irak|baghdad|mosul|iran|teheran|arab saudi|"
    "riyadh|qatar|yaman|houthi|lebanon|hizbullah|turki|ankara|mesir|libya|afghanistan|taliban|pakistan|"
    "india|kashmir|korea utara|korut|pyongyang|korea selatan|korsel|seoul|jepang|tokyo|china|tiongkok|"
    "beijing|laut china selatan|taiwan|myanmar|rohingya|rakhine|bangladesh|filipina|marawi|malaysia|"
    "singapura|thailand|vietnam|australia|rusia|moskow|ukraina|krimea|amerika serikat|washington|trump|"
    "obama|inggris|london|prancis|perancis|paris|jerman|berlin|uni eropa|belanda|pbb|dewan keamanan|"
    "asean|nato|oki|isis|al qaeda|kremlin|gedung putih"
)
CONFLICT = words(
    "serangan|menyerang|bom|ledakan|tewas|pasukan|militer|rudal|nuklir|sanksi|mengecam|mengutuk|kecaman|"
    "menuduh|tuduhan|membantah|menolak|mendesak|meminta|menyerukan|kunjungan|bertemu|pertemuan|"
    "perundingan|negosiasi|kesepakatan|perjanjian|gencatan senjata|bantuan|pengungsi|ditangkap|menangkap|"
    "ditahan|demonstrasi|unjuk rasa|protes|mengancam|ancaman|diplomat|duta besar|kedutaan|"
    "menteri luar negeri|menlu|konflik|perang|teroris|terorisme|blokade|embargo|bentrokan|tembak|"
    "kerja sama|dukungan|mendukung|latihan bersama|mengusir"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=80, help="how many of the top-scored candidates to shuffle and print")
    args = ap.parse_args()
    keys = gold_keys(OWN)
    gold = gold_texts(keys)
    gold_norm = {norm(t) for t in gold}
    gold_grams = [grams(t) for t in gold]
    intl, conf = pattern(INTERNATIONAL), pattern(CONFLICT)
    scored: list[tuple[int, str]] = []
    for art in iter_corpus("indosum", full=True):
        text = art.raw.text
        slug = art.id.split("-", 1)[1] if "-" in art.id else ""
        if not (slug[:1].isalpha() and "a" <= slug[:1].lower() <= "m"):
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS or ("indosum", art.id) in keys or norm(text) in gold_norm:
            continue
        low = text.lower()
        n_intl, n_conf = len(set(intl.findall(low))), len(set(conf.findall(low)))
        if n_intl < 1 or n_conf < 3:
            continue
        if near_duplicate(grams(text), gold_grams):
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
