"""Helpers for annotating the event gold set ``tests/eval/gold/events.jsonl``.

See ``docs/annotation-guide.md`` for the annotation rules. This module only deals with
the mechanics: finding a sentence's offsets in an article's *raw text* (as defined by
:mod:`warta.eval.corpora`) from a short, unique substring typed while annotating, and
turning a compact annotation spec into gold records that respect the corpus licences.

Licences: ``seeds`` and ``indosum`` may store text (sentence, trigger, actor surface
forms); ``detik2025`` and ``media2023`` may not: only offsets and labels are written for
them, and the substrings used to locate sentences are never written anywhere.

Command line (prints offsets and the sentence, stores nothing)::

    python tests/eval/gold/tools/annotate_helpers.py find seeds 003_a1cab1b0fb19b997.txt "Emir Qatar"
    python tests/eval/gold/tools/annotate_helpers.py show seeds 003_a1cab1b0fb19b997.txt 412 560
    python tests/eval/gold/tools/annotate_helpers.py sentences indosum 1475017231-trump-katakan-...
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from warta.eval.corpora import load_article

LICENSED = frozenset({"seeds", "indosum"})
UNLICENSED = frozenset({"detik2025", "media2023"})

# Tokens before a period that do not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "dr",
        "drs",
        "prof",
        "ir",
        "st",
        "no",
        "jl",
        "jln",
        "uu",
        "dll",
        "dsb",
        "dkk",
        "vs",
        "mr",
        "mrs",
        "ms",
        "kol",
        "jend",
        "letjen",
        "mayjen",
        "brigjen",
        "ust",
        "hj",
        "tn",
        "ny",
        "sdr",
        "bpk",
        "kh",
        "pt",
        "tbk",
        "nomor",
        "rp",
        "sept",
        "okt",
        "des",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "agu",
        "agt",
        "nov",
    }
)
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial ("M. Yamin")."""
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS


def _boundary_after(text: str, i: int) -> int | None:
    """If a sentence ends with the terminator at ``i``, the offset just after it (and closers)."""
    if text[i] == "." and _is_abbreviation(text, i):
        return None
    j = i + 1
    while j < len(text) and text[j] in ".!?":
        j += 1
    while j < len(text) and text[j] in _CLOSERS:
        j += 1
    if j >= len(text):
        return j
    if not text[j].isspace():
        return None
    k = j
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k] in "\r\n":
        return j
    while k < len(text) and text[k] in _OPENERS:
        k += 1
    if k < len(text) and (text[k].isupper() or text[k].isdigit()):
        return j
    return None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences: line breaks always split; '.', '!', '?' split before an
    upper-case letter or digit (skipping opening quotes), except after abbreviations and
    initials. Spans are whitespace-trimmed; blank stretches are dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        end: int | None = None
        if ch in "\r\n":
            end = i
        elif ch in ".!?":
            end = _boundary_after(text, i)
        if end is not None:
            _add_span(text, start, end, spans)
            start = end
            i = max(end, i + 1)
        else:
            i += 1
    _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def flex_pattern(literal: str) -> str:
    """A regex for ``literal`` where any run of whitespace matches any run of whitespace
    (raw texts contain no-break spaces and double spaces)."""
    return r"\s+".join(re.escape(part) for part in literal.split())


def locate(sentence: str, literal: str) -> str | None:
    """The exact text in ``sentence`` matching ``literal`` up to whitespace, or None."""
    m = re.search(flex_pattern(literal), sentence)
    return m.group(0) if m else None


def find_sentence(text: str, anchor: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of the sentence containing ``anchor``; the anchor must be unique unless
    ``occurrence`` (0-based) says which one. Raises ValueError otherwise."""
    hits = [m.start() for m in re.finditer(flex_pattern(anchor), text)]
    if not hits:
        raise ValueError(f"anchor not found: {anchor[:40]!r}")
    if occurrence is None:
        if len(hits) > 1:
            raise ValueError(f"anchor occurs {len(hits)} times: {anchor[:40]!r}")
        pos = hits[0]
    else:
        pos = hits[occurrence]
    found = re.compile(flex_pattern(anchor)).match(text, pos)
    assert found is not None
    for s, e in sentence_spans(text):
        if s <= pos < e:
            if found.end() > e:
                raise ValueError(f"anchor crosses a sentence boundary: {anchor[:40]!r}")
            return s, e
    raise ValueError(f"anchor not inside a sentence: {anchor[:40]!r}")


# --- compact annotation spec -> gold records --------------------------------------------

Actor = tuple[str | None, str | None] | str | None


@dataclass
class Ev:
    """One annotated event, as typed while annotating (see :func:`E`)."""

    anchor: str
    type: str
    mode: str | None
    cameo_root: str
    source: Actor
    target: Actor
    modality: str = "asserted"
    date: str | None = None
    place: str | None = None
    place_country: str | None = None
    reported_by: str | None = None
    trigger: str | None = None
    doubtful: bool = False
    note: str = ""
    cluster: str | None = None
    occurrence: int | None = None


def E(anchor: str, type_: str, mode: str | None, cameo: str, src: Actor, tgt: Actor, **kw: Any) -> Ev:
    """Shorthand: ``E("unique substring", "CONSULT", "phone", "04", ("Blinken", "USA"), "QAT", ...)``.

    An actor is ``(surface text, root)``, a bare root string (surface text unknown or not
    in the sentence), or ``None`` (no target / unknown perpetrator)."""
    return Ev(anchor, type_, mode, cameo, src, tgt, **kw)


@dataclass
class Art:
    corpus: str
    id: str
    published: str | None
    published_source: str | None
    published_note: str = ""
    title: str | None = None
    events: list[Ev] = field(default_factory=list)
    note: str = ""


def _actor(actor: Actor, licensed: bool) -> dict[str, Any] | None:
    if actor is None:
        return None
    text: str | None
    root: str | None
    if isinstance(actor, str):
        text, root = None, actor
    else:
        text, root = actor
    out: dict[str, Any] = {}
    if licensed:
        out["text"] = text
    out["root"] = root
    return out


def build_records(articles: Iterable[Art], raw_texts: dict[tuple[str, str], str]) -> Iterator[dict[str, Any]]:
    """Gold records, one per article; text fields only for licensed corpora.

    Every problem (anchor missing or ambiguous, trigger outside the sentence) is collected
    and reported together in one ValueError, after all articles were checked."""
    errors: list[str] = []
    records = list(_records(articles, raw_texts, errors))
    if errors:
        raise ValueError("\n".join(errors))
    yield from records


def _records(articles: Iterable[Art], raw_texts: dict[tuple[str, str], str], errors: list[str]) -> Iterator[dict[str, Any]]:
    for art in articles:
        licensed = art.corpus in LICENSED
        raw = raw_texts[(art.corpus, art.id)]
        rec: dict[str, Any] = {
            "corpus": art.corpus,
            "id": art.id,
            "published": art.published,
            "published_source": art.published_source,
        }
        if art.published_note:
            rec["published_note"] = art.published_note
        if licensed and art.title:
            rec["title"] = art.title
        if art.note:
            rec["note"] = art.note
        events = []
        for n, ev in enumerate(art.events):
            try:
                start, end = find_sentence(raw, ev.anchor, ev.occurrence)
            except ValueError as exc:
                errors.append(f"{art.corpus}:{art.id} event {n + 1}: {exc}")
                continue
            sentence = raw[start:end]
            trigger = None
            if ev.trigger is not None:
                trigger = locate(sentence, ev.trigger)
                if trigger is None:
                    errors.append(f"{art.corpus}:{art.id} event {n + 1}: trigger {ev.trigger!r} not found")
            item: dict[str, Any] = {"raw_start": start, "raw_end": end}
            if licensed:
                item["sentence"] = sentence
                item["trigger"] = trigger
            item.update(
                {
                    "type": ev.type,
                    "mode": ev.mode,
                    "cameo_root": ev.cameo_root,
                    "source": _actor(ev.source, licensed),
                    "target": _actor(ev.target, licensed),
                    "modality": ev.modality,
                    "date": ev.date,
                    "place": ev.place,
                    "place_country": ev.place_country,
                    "reported_by": ev.reported_by,
                    "doubtful": ev.doubtful,
                    "note": ev.note,
                    "cluster": ev.cluster or f"e{n + 1}",
                }
            )
            events.append(item)
        rec["events"] = events
        yield rec


def load_raw_texts(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    return {(c, i): load_article(c, i).raw.text for c, i in keys}


def write_jsonl(records: Iterable[dict[str, Any]], path: str) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as fh:  # noqa: PTH123 - plain helper script
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count


def _main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, corpus, art_id = argv[0], argv[1], argv[2]
    raw = load_article(corpus, art_id).raw.text
    if cmd == "find":
        s, e = find_sentence(raw, argv[3])
        print(s, e)
        print(raw[s:e])
    elif cmd == "show":
        s, e = int(argv[3]), int(argv[4])
        print(raw[s:e])
    elif cmd == "sentences":
        for s, e in sentence_spans(raw):
            print(f"[{s}:{e}] {raw[s:e]}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
