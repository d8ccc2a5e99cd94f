"""Draw the candidates of the fifth event iteration set, ``events_dev5.jsonl`` (docs/annotation-guide.md, section 16).

Session 8 left unseen *domestic* recall as the coder's largest gap: on the blind check set (2023-2025 detik/media)
CONSULT, REQUEST, AGREE and ACCUSE are mostly missed, and no iteration set had enough fresh domestic text left to
write rules on. This draw gives one: 2023-2025 articles (detik 2025 and media 2023, full corpora; offsets and labels
only, no text stored) of 800-4,000 characters that hold at least four distinct domestic politics/conflict words
(demands, meetings, agreements, accusations, protests, arrests, rulings), and that are in no gold file under
``tests/eval/gold`` -- by id, by whitespace-normalised text, or as a near-duplicate (a fifth of the candidate's word
5-grams shared with one gold article). It prints only corpus and id, in a seeded order; it runs no warta stage.

    python tests/eval/gold/tools/draw_events_dev5.py [--limit N]

The top candidates by score are shuffled with the seed and read in that order: the first ones whose main topic is
political or conflict news (domestic or international) were annotated, plus the first passed-over ones (precision).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from warta.eval.corpora import iter_corpus

sys.path.insert(0, str(Path(__file__).parent))
from draw_common import gold_keys, gold_texts, grams, near_duplicate, norm, pattern, words

SEED = 20261124 + 5
MIN_CHARS, MAX_CHARS = 800, 4000
OWN = "events_dev5.jsonl"
CORPORA = ("detik2025", "media2023")


DOMESTIC = words(
    "mendesak|meminta|menuntut|tuntutan|menyerukan|mengimbau|bertemu|pertemuan|audiensi|rapat|dialog|membahas|"
    "sepakat|kesepakatan|menyepakati|menyetujui|kerja sama|nota kesepahaman|menandatangani|menuduh|tuduhan|"
    "melaporkan|dilaporkan|mengkritik|kritik|mengecam|menolak|penolakan|membantah|demo|demonstrasi|unjuk rasa|"
    "aksi massa|ditangkap|menangkap|ditahan|tersangka|divonis|vonis|sanksi|dipecat|mendukung|dukungan|"
    "mengancam|ancaman|bentrok|bentrokan|dpr|kpk|polri|polda|tni|mahkamah|kejaksaan|menteri|presiden|gubernur|"
    "bupati|wali kota|partai"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=120, help="how many of the top-scored candidates to shuffle and print")
    args = ap.parse_args()
    keys = gold_keys(OWN)
    gold = gold_texts(keys)
    gold_norm = {norm(t) for t in gold}
    gold_grams = [grams(t) for t in gold]
    domestic = pattern(DOMESTIC)
    scored: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for corpus in CORPORA:
        for art in iter_corpus(corpus, full=True):
            text = art.raw.text
            flat = norm(text)
            if not MIN_CHARS <= len(text) <= MAX_CHARS or (corpus, art.id) in keys or flat in gold_norm or flat in seen:
                continue
            n = len(set(domestic.findall(text.lower())))
            if n < 4:
                continue
            seen.add(flat)
            scored.append((n, corpus, art.id))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    wanted = {(c, aid) for _n, c, aid in scored}
    texts = {(c, a.id): a.raw.text for c in CORPORA for a in iter_corpus(c, full=True) if (c, a.id) in wanted}
    top: list[tuple[str, str]] = []
    for _n, corpus, aid in scored:
        if len(top) >= args.limit:
            break
        if near_duplicate(grams(texts[(corpus, aid)]), gold_grams):
            continue
        top.append((corpus, aid))
    random.Random(SEED).shuffle(top)
    print(f"# {len(scored)} candidates; the top {len(top)} by score, in seeded reading order")
    for corpus, aid in top:
        print(f"{corpus}\t{aid}")


if __name__ == "__main__":
    main()
