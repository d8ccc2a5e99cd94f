"""Helper tooling for the cleaning gold set (``tests/eval/gold/clean.jsonl``).

Usage (from the repository root, with the shared data present)::

    python tests/eval/gold/tools/clean_tools.py dump CORPUS ID      # numbered lines with offsets
    python tests/eval/gold/tools/clean_tools.py check               # verify the gold file
    python tests/eval/gold/tools/clean_tools.py stats               # counts per corpus/outlet/label
    python tests/eval/gold/tools/clean_tools.py scan CORPUS         # noise markers per article (full corpus)

A gold line is one non-empty line of the article's *raw text* as defined by
:mod:`warta.eval.corpora`: ``raw.splitlines(keepends=True)``, each line's span in ``raw``
taken without its line terminator and with surrounding whitespace trimmed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warta.eval.corpora import iter_corpus, load_article

LABELS = ("title", "body", "heading", "caption", "boilerplate")
LICENSED = frozenset({"seeds", "indosum"})  # corpora whose text may be stored in the repo
UNLICENSED = frozenset({"detik2025", "media2023"})
CORPORA = LICENSED | UNLICENSED
META_KEYS = ("title", "title_span", "outlet", "published", "published_source", "dateline", "authors")
GOLD_PATH = Path(__file__).resolve().parents[1] / "clean.jsonl"

NOISE_MARKERS = (
    "SCROLL TO CONTINUE WITH CONTENT",
    "ADVERTISEMENT",
    "Baca juga",
    "Simak video",
    "Simak Video",
    "Halaman",
    "Foto:",
    "Lihat juga",
)
EDITOR_CODE = re.compile(r"\([a-z]{2,4}/[a-z]{2,4}\)")


def line_spans(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty line of ``raw``, whitespace-trimmed, in order."""
    pos = 0
    for line in raw.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            yield start, start + len(stripped)
        pos += len(line)


def load_raw(corpus: str, article_id: str) -> str:
    return load_article(corpus, article_id).raw.text


def load_gold(path: Path = GOLD_PATH) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_record(rec: dict, raw: str | None) -> list[str]:
    """Problems with one gold record; with ``raw``, the offsets are checked too."""
    errs: list[str] = []
    key = f"{rec.get('corpus')}:{rec.get('id')}"
    if rec.get("corpus") not in CORPORA:
        errs.append(f"{key}: unknown corpus")
    meta = rec.get("meta")
    if not isinstance(meta, dict) or set(meta) != set(META_KEYS):
        errs.append(f"{key}: bad meta keys")
    lines = rec.get("lines") or []
    prev_end = -1
    for i, ln in enumerate(lines):
        if ln.get("label") not in LABELS:
            errs.append(f"{key} line {i}: bad label {ln.get('label')!r}")
        if not (isinstance(ln.get("start"), int) and isinstance(ln.get("end"), int)):
            errs.append(f"{key} line {i}: offsets not ints")
            continue
        if ln["start"] < prev_end or ln["end"] <= ln["start"]:
            errs.append(f"{key} line {i}: offsets out of order")
        prev_end = ln["end"]
        for ns, ne in ln.get("noise", []):
            if not (ln["start"] <= ns < ne <= ln["end"]):
                errs.append(f"{key} line {i}: noise span outside line")
        if rec.get("corpus") in UNLICENSED and "text" in ln:
            errs.append(f"{key} line {i}: text stored for unlicensed corpus")
    if raw is not None:
        spans = list(line_spans(raw))
        got = [(ln.get("start"), ln.get("end")) for ln in lines]
        if got != spans:
            errs.append(f"{key}: line spans differ from raw ({len(got)} vs {len(spans)} lines)")
        for i, ln in enumerate(lines):
            if "text" in ln and raw[ln["start"] : ln["end"]] != ln["text"]:
                errs.append(f"{key} line {i}: stored text differs from raw")
    return errs


# ----------------------------------------------------------------------------- commands


def cmd_dump(corpus: str, article_id: str) -> None:
    art = load_article(corpus, article_id)
    raw = art.raw.text
    print(
        f"# {corpus}:{article_id} title_hint={art.raw.title_hint!r} outlet={art.raw.outlet_hint!r} "
        f"published={art.raw.published_hint!r} url={art.raw.url!r}"
    )
    for i, (s, e) in enumerate(line_spans(raw)):
        print(f"{i:3d} [{s},{e}] {raw[s:e]}")


def cmd_scan(corpus: str) -> None:
    for art in iter_corpus(corpus, full=True):
        raw = art.raw.text
        hits = [m for m in NOISE_MARKERS if m in raw]
        codes = len(EDITOR_CODE.findall(raw))
        n = sum(1 for _ in line_spans(raw))
        if hits or codes:
            print(f"{art.id}\t{len(raw)}\t{n}\t{codes}\t{','.join(hits)}\t{(art.raw.title_hint or '')[:60]}")


def cmd_check() -> int:
    gold = load_gold()
    errs: list[str] = []
    for rec in gold:
        try:
            raw = load_raw(rec["corpus"], rec["id"])
        except Exception as exc:  # report and continue
            errs.append(f"{rec.get('corpus')}:{rec.get('id')}: cannot load ({exc})")
            continue
        errs += check_record(rec, raw)
    for e in errs:
        print(e)
    print(f"{len(gold)} articles, {len(errs)} problems")
    return 1 if errs else 0


def cmd_stats() -> None:
    gold = load_gold()
    per = Counter((r["corpus"], r["meta"].get("outlet")) for r in gold)
    labels: Counter[tuple[str, str]] = Counter()
    for r in gold:
        for ln in r["lines"]:
            labels[(r["corpus"], ln["label"])] += 1
    print("| corpus | outlet | articles |\n|---|---|---|")
    for (c, o), n in sorted(per.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print(f"| {c} | {o} | {n} |")
    corp = sorted({c for c, _ in labels})
    print("\n| corpus | " + " | ".join(LABELS) + " | noise spans |")
    print("|---" * (len(LABELS) + 2) + "|")
    for c in corp:
        noise = sum(len(ln.get("noise", [])) for r in gold if r["corpus"] == c for ln in r["lines"])
        print(f"| {c} | " + " | ".join(str(labels[(c, lab)]) for lab in LABELS) + f" | {noise} |")
    tot = Counter(ln["label"] for r in gold for ln in r["lines"])
    noise = sum(len(ln.get("noise", [])) for r in gold for ln in r["lines"])
    print("| **all** | " + " | ".join(str(tot[lab]) for lab in LABELS) + f" | {noise} |")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, *args = argv
    if cmd == "dump":
        cmd_dump(*args)
    elif cmd == "scan":
        cmd_scan(*args)
    elif cmd == "check":
        return cmd_check()
    elif cmd == "stats":
        cmd_stats()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
