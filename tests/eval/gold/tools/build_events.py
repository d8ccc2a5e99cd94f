"""Build ``events.jsonl`` from annotation spec modules (see ``annotate_helpers``).

Usage::

    python tests/eval/gold/tools/build_events.py OUT.jsonl SPEC.py [SPEC.py ...]

Each spec module defines ``ARTICLES``: a list of :class:`annotate_helpers.Art`. Spec
modules for unlicensed corpora contain locating substrings and must stay outside the
repository; only the built records (offsets and labels) are committed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from annotate_helpers import Art, build_records, load_raw_texts, write_jsonl


def _load(path: str) -> list[Art]:
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(Path(path).parent))
    spec.loader.exec_module(mod)
    return list(mod.ARTICLES)


def main(argv: list[str]) -> int:
    out, specs = argv[0], argv[1:]
    articles = [a for p in specs for a in _load(p)]
    raw = load_raw_texts((a.corpus, a.id) for a in articles)
    n = write_jsonl(build_records(articles, raw), out)
    print(f"wrote {n} articles, {sum(len(a.events) for a in articles)} events to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
