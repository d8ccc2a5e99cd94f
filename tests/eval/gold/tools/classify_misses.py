"""Classify an event gold set's type-level misses, to see where the coder loses recall (a development tool).

Each missed gold event is NOTRIG (no trigger of its type in the sentence: vocabulary), DROPPED (a trigger of its
type was found and the coder coded nothing: actors or argument structure) or OTHER (an event of its type was
coded in the sentence but not matched: roots or a second event). Only for iteration sets whose errors may be read
(dev, dev2, dev3), never the check sets.

    python tests/eval/gold/tools/classify_misses.py tests/eval/gold/events_dev2.jsonl [more.jsonl] [--out FILE]
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path
from typing import Any

import warta.events.coder as coder_module
from warta.eval.events import PredEvent, _gold_events, _match, read_gold, run_gold, sentence_similarity


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, help="write one line per miss here")
    args = ap.parse_args()
    calls: list[tuple[str, str, str, str, list[str], bool]] = []
    original = coder_module.EventCoder._code_one

    def traced(self: Any, text: str, sent: Any, trig: Any, form: str, *rest: Any, **kw: Any) -> Any:
        out = original(self, text, sent, trig, form, *rest, **kw)
        actors = rest[2] if len(rest) > 2 else []
        calls.append((sent.text, trig.type, trig.id, form, [m.text for m in actors], out is not None and out.emit))
        return out

    coder_module.EventCoder._code_one = traced  # type: ignore[method-assign]  # a tracing tool, not library code
    kinds: collections.Counter[str] = collections.Counter()
    by_type: collections.Counter[tuple[str, str]] = collections.Counter()
    lines: list[str] = []
    for path in args.gold:
        for rec, raw, doc, _failure in run_gold(read_gold(path), None, None):
            golds = _gold_events(rec, raw.text)
            _pairs, missed, _fps = _match(golds, [PredEvent.of(e) for e in doc.events], "type")
            seen, calls[:] = calls[:], []
            for g in missed:
                here = [c for c in seen if sentence_similarity(g.sentence, c[0]) >= 0.6]
                same = [c for c in here if c[1] == g.type]
                kind = "NOTRIG" if not same else "OTHER" if any(c[5] for c in same) else "DROPPED"
                kinds[kind] += 1
                by_type[(kind, g.type)] += 1
                found = "; ".join(f"{c[2]}:{c[3]!r}{c[4]}{'+' if c[5] else '-'}" for c in here)
                lines.append(f"{kind:7} {g.type:9} {g.source}->{g.target} :: {g.sentence[:150]}  || {found[:200]}")
    print(dict(kinds))
    for (kind, ty), n in by_type.most_common():
        print(f"  {kind:7} {ty:9} {n}")
    if args.out:
        args.out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
