"""Draw the articles of the international actor iteration set ``tests/eval/gold/actors_dev3.jsonl`` (session 6b).

Prints corpus and id. Only IndoSum (CC BY-SA) is drawn, the full corpus. Articles in any
``tests/eval/gold/*.jsonl`` (every corpus, the blind set included) are skipped by id and by
normalised text (first 400 letters), and another report of a gold or an already drawn story (a
fifth of its word 5-grams shared) is skipped too. A candidate of 700–2,500 characters must be an
international story about politics, conflict or diplomacy: four or more foreign-country or
diplomacy words and one or more cue words of foreign officials (Menlu, juru bicara, PBB, militan
...). It is scored by cue words of stories with many people per 1,000 characters; fifteen
articles are drawn with a fixed seed from the best-scoring third.

    .venv/bin/python tests/actors/tools/draw_actors_dev3.py
"""

from __future__ import annotations

import random
import re

from draw_common import Candidate, gold_keys, norm, pick, ranked, shingles

from warta.eval.corpora import iter_corpus

SEED = 63
QUOTA = 15
ABROAD = re.compile(
    r"\b(Menlu|Dubes|Duta Besar|PBB|bilateral|Perdana Menteri|Kanselir|Amerika Serikat|AS|Rusia|China|Tiongkok|"
    r"Iran|Irak|Suriah|Israel|Palestina|Gaza|Korea Utara|Korut|Korea Selatan|Korsel|Jepang|Inggris|Prancis|"
    r"Jerman|Turki|Arab Saudi|Mesir|Afganistan|Afghanistan|Pakistan|India|Myanmar|Filipina|Ukraina|Yaman|"
    r"Libya|Venezuela|Qatar|Taliban|ISIS|NATO|Uni Eropa|Hamas)\b")
FOREIGN_CUE = re.compile(r"\b(Menlu|juru bicara|jubir|PBB|Sekjen|Perdana Menteri|Presiden (AS|Rusia|China|Prancis|"
                         r"Suriah|Turki|Iran|Filipina|Korea)|militan|pemberontak|diplomat|Dubes|Kanselir|"
                         r"pemimpin|Raja|Pangeran)\b")
CUES = re.compile(
    r"\b(kata|ujar|ucap|tutur|jelas|ungkap|menurut|mengatakan|menyatakan|Presiden|Menteri|Menlu|Dubes|"
    r"juru bicara|jubir|Perdana Menteri|PM|Sekjen|Kanselir|Raja|Pangeran|pemimpin|komandan|militan|"
    r"pejabat|diplomat|wartawan|jurnalis|warga|tersangka)\b")


def main() -> None:
    seen_ids = gold_keys()
    gold_texts: set[str] = set()
    gold_shingles: list[frozenset[str]] = []
    texts: dict[str, str] = {}
    pool: list[Candidate] = []
    for corpus, full in (("seeds", False), ("detik2025", True), ("media2023", True), ("indosum", True)):
        for art in iter_corpus(corpus, full=full):
            text = art.raw.text
            if (art.corpus, art.id) in seen_ids:
                gold_texts.add(norm(text))
                gold_shingles.append(shingles(text))
                continue
            if corpus != "indosum" or not 700 <= len(text) <= 2500:
                continue
            if len(ABROAD.findall(text)) < 4 or not FOREIGN_CUE.search(text):
                continue
            texts[art.id] = text
            pool.append((1000 * len(CUES.findall(text)) / len(text), art.id, norm(text)))
    best = ranked(pool, gold_texts)
    top = best[: max(QUOTA, len(best) // 3)]
    rng = random.Random(SEED)
    rng.shuffle(top)
    chosen = pick(top, QUOTA, texts.__getitem__, gold_shingles, [])
    for rid in sorted(chosen):
        print("indosum", rid)


if __name__ == "__main__":
    main()
