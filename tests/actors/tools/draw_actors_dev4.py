"""Draw the articles of the international actor iteration set ``tests/eval/gold/actors_dev4.jsonl`` (session 7).

Prints corpus and id. Only IndoSum (CC BY-SA) is drawn, the full corpus, and only ids whose slug (the part after the
first '-') starts with a letter n–z, so that the events set drawn at the same time (slugs a–m) stays disjoint.
Articles in any ``tests/eval/gold/*.jsonl`` (every corpus, the blind set included) are skipped by id and by
normalised text (first 400 letters), and another report of a gold or an already drawn story (a fifth of its word
5-grams shared) is skipped too. A candidate of 700–2,500 characters must be an international story about politics,
conflict or diplomacy: four or more foreign-country or diplomacy words and one or more cue words of foreign
officials. It is scored by cue words of stories with many people per 1,000 characters, plus the number of distinct
foreign countries named (to prefer people of many countries); twenty articles are drawn with a fixed seed from the
best-scoring third.

    .venv/bin/python tests/actors/tools/draw_actors_dev4.py
"""

from __future__ import annotations

import random
import re

from draw_common import Candidate, gold_keys, norm, pick, ranked, shingles

from warta.eval.corpora import iter_corpus

SEED = 74
QUOTA = 20
COUNTRIES = (r"Amerika Serikat|AS|Rusia|China|Tiongkok|Iran|Irak|Suriah|Israel|Palestina|Korea Utara|Korut|"
             r"Korea Selatan|Korsel|Jepang|Inggris|Prancis|Perancis|Jerman|Turki|Arab Saudi|Mesir|Afganistan|"
             r"Afghanistan|Pakistan|India|Myanmar|Filipina|Ukraina|Yaman|Libya|Venezuela|Qatar|Malaysia|Singapura|"
             r"Thailand|Vietnam|Australia|Kanada|Meksiko|Brasil|Yordania|Lebanon|Kuba|Italia|Spanyol|Belanda")
ABROAD = re.compile(rf"\b(Menlu|Dubes|Duta Besar|PBB|bilateral|Perdana Menteri|Kanselir|{COUNTRIES}|"
                    r"Gaza|Taliban|ISIS|NATO|Uni Eropa|Hamas)\b")
COUNTRY = re.compile(rf"\b({COUNTRIES})\b")
FOREIGN_CUE = re.compile(r"\b(Menlu|juru bicara|jubir|PBB|Sekjen|Perdana Menteri|Presiden (AS|Rusia|China|Prancis|"
                         r"Suriah|Turki|Iran|Filipina|Korea)|militan|pemberontak|diplomat|Dubes|Kanselir|"
                         r"pemimpin|Raja|Pangeran)\b")
CUES = re.compile(
    r"\b(kata|ujar|ucap|tutur|jelas|ungkap|menurut|mengatakan|menyatakan|Presiden|Menteri|Menlu|Dubes|"
    r"juru bicara|jubir|Perdana Menteri|PM|Sekjen|Kanselir|Raja|Pangeran|pemimpin|komandan|militan|"
    r"pejabat|diplomat|wartawan|jurnalis|warga|tersangka)\b")


def _slug_n_to_z(rid: str) -> bool:
    """The colleague's events draw takes slugs a–m; this one n–z."""
    slug = rid.split("-", 1)[1] if "-" in rid else ""
    return slug[:1].lower() >= "n" and slug[:1].lower() <= "z"


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
            if corpus != "indosum" or not _slug_n_to_z(art.id) or not 700 <= len(text) <= 2500:
                continue
            if len(ABROAD.findall(text)) < 4 or not FOREIGN_CUE.search(text):
                continue
            texts[art.id] = text
            score = 1000 * len(CUES.findall(text)) / len(text) + len(set(COUNTRY.findall(text)))
            pool.append((score, art.id, norm(text)))
    best = ranked(pool, gold_texts)
    top = best[: max(QUOTA, len(best) // 3)]
    rng = random.Random(SEED)
    rng.shuffle(top)
    chosen = pick(top, QUOTA, texts.__getitem__, gold_shingles, [])
    for rid in sorted(chosen):
        print("indosum", rid)


if __name__ == "__main__":
    main()
