"""Draw the articles of the actor iteration set ``tests/eval/gold/actors_dev2.jsonl`` (session 6).

Prints corpus and id only (detik2025 and media2023 text may not be redistributed). Articles in any
``tests/eval/gold/*.jsonl`` are skipped by id and by normalised text (first 400 letters), so the
draw is unseen by every gold set; another report of a gold or an already drawn story (a fifth of
its word 5-grams shared) is skipped too. Each candidate of 700–2,500 characters is scored by cue words of
stories with many people (speech verbs, titles, police, courts, protests, diplomacy) per 1,000
characters; ten IndoSum, ten detik2025 and five media2023 articles are drawn with a fixed seed from
the best-scoring fifth of each corpus, half of each (rounded down; a shortfall
comes from the other pool) from international stories (three
or more diplomacy or foreign-country words) and the rest from domestic ones.

    .venv/bin/python tests/actors/tools/draw_actors_dev2.py
"""

from __future__ import annotations

import random
import re

from draw_common import Candidate, gold_keys, norm, pick, ranked, shingles

from warta.eval.corpora import iter_corpus

SEED = 6
QUOTA = {"indosum": 10, "detik2025": 10, "media2023": 5}
# half of each corpus's quota (rounded down) comes from international stories
ABROAD = re.compile(r"\b(Menlu|Dubes|Duta Besar|PBB|bilateral|Perdana Menteri|Presiden (AS|Rusia|China|Prancis|"
                    r"Korea|Filipina|Iran|Turki)|Amerika Serikat|Malaysia|Singapura|Australia|Israel|Palestina)\b")
CUES = re.compile(
    r"\b(kata|ujar|ucap|tutur|jelas|ungkap|menurut|Presiden|Menteri|Menlu|Dubes|Kapolres|Kapolda|Kapolri|"
    r"Kapolsek|Gubernur|Bupati|Wali Kota|hakim|jaksa|terdakwa|tersangka|pelaku|korban|mahasiswa|demo|"
    r"demonstran|unjuk rasa|aksi|polisi|Ketua|warga|pengacara|kuasa hukum|Kasat|AKP|AKBP|Kombes|Brigjen)\b")
TOPIC = re.compile(r"\b(polisi|pengadilan|sidang|demo|unjuk rasa|DPR|partai|Presiden|Menteri|diplomat|"
                   r"Dubes|KPK|kejaksaan|pilkada|pemilu|ditangkap|tersangka)\b", re.IGNORECASE)


def main() -> None:
    seen_ids = gold_keys()
    gold_texts: set[str] = set()
    gold_shingles: list[frozenset[str]] = []
    texts: dict[tuple[str, str], str] = {}
    pools: dict[tuple[str, bool], list[Candidate]] = {(c, a): [] for c in QUOTA for a in (False, True)}
    for corpus in ("seeds", *QUOTA):
        for full in (False, True):
            if corpus == "seeds" and full:
                continue
            for art in iter_corpus(corpus, full=full):
                text = art.raw.text
                if (art.corpus, art.id) in seen_ids:
                    gold_texts.add(norm(text))
                    gold_shingles.append(shingles(text))
                    continue
                if corpus == "seeds" or not 700 <= len(text) <= 2500 or not TOPIC.search(text):
                    continue
                score = 1000 * len(CUES.findall(text)) / len(text)
                texts[corpus, art.id] = text
                abroad = len(ABROAD.findall(text)) >= 3
                pools[corpus, abroad].append((score, art.id, norm(text)))
    rng = random.Random(SEED)
    chosen_shingles: list[frozenset[str]] = []
    for corpus, total in QUOTA.items():
        short = 0
        for abroad in (True, False):
            quota = total // 2 if abroad else total - total // 2 + short
            best = ranked(pools[corpus, abroad], gold_texts)
            top = best[: max(quota, len(best) // 5)]
            rng.shuffle(top)
            chosen = pick(top, quota, lambda rid, c=corpus: texts[c, rid], gold_shingles, chosen_shingles)
            short = quota - len(chosen)
            for rid in sorted(chosen):
                print(corpus, rid)

if __name__ == "__main__":
    main()
