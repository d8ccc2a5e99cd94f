"""Helpers for the hand-annotated dates/counts/quotes dev gold (``tests/eval/gold/language.jsonl``).

Two jobs:

* **Authoring** -- :class:`Annotator` turns hand-written annotations that name their span by
  surface text (``D("Rabu (21/8)", "2024-08-21", "day")``) into offset records. Anchors are
  searched *forward* from the previous item of the same list, so repeated phrases resolve to
  the right occurrence without counting; ``skip=`` moves the cursor past a context string
  first. Surface text is written to the record only for corpora whose licence allows it
  (:data:`LICENSED`); for the others the record keeps offsets and labels only.
  The authoring scripts themselves quote unlicensed article text and therefore live outside
  the repository; the committed artefact is the JSONL file.
* **Checking** -- :func:`check_record` validates one gold record (schema, value formats,
  offsets inside the raw text, no overlaps within a list, stored text equals the raw slice).
  The pytest checker ``tests/eval/test_gold_language_file.py`` uses it.

Raw text is the text defined by :mod:`warta.eval.corpora` (offsets are Python ``str`` indices).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

GOLD_PATH = Path(__file__).resolve().parents[1] / "language.jsonl"

LICENSED = frozenset({"seeds", "indosum"})
CORPORA = frozenset({"seeds", "indosum", "detik2025", "media2023"})
GRANULARITIES = frozenset({"day", "month", "year", "relative-vague"})
WHATS = frozenset(
    {
        "killed",
        "injured",
        "detained",
        "hostages",
        "prisoners",
        "displaced",
        "aid-trucks",
        "troops",
        "money",
        "percent",
        "people",
        "other",
    }
)
UNITS = frozenset({"IDR", "USD", "%"})
KINDS = frozenset({"direct", "indirect"})

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}$")
YEAR_RE = re.compile(r"^\d{4}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

DATE_KEYS = {"start", "end", "value", "granularity", "time"}
COUNT_KEYS = {"start", "end", "number", "what", "who", "unit", "approx"}
QUOTE_KEYS = {"start", "end", "kind", "speaker", "speaker_role", "verb"}
OPTIONAL_KEYS = {"text", "note"}
RECORD_KEYS = {"corpus", "id", "published", "dates", "counts", "quotes"}


# --------------------------------------------------------------------------- raw text


def load_raw_texts(
    keys: Iterable[tuple[str, str]], data_dir: Path | None = None
) -> dict[tuple[str, str], str]:
    """Raw text of each ``(corpus, id)``, reading each corpus (subset, then full) once."""
    from warta.eval.corpora import iter_corpus

    wanted = set(keys)
    found: dict[tuple[str, str], str] = {}
    for corpus in sorted({c for c, _ in wanted}):
        for full in (False, True):
            if all((c, i) in found for c, i in wanted if c == corpus):
                break
            if corpus == "seeds" and full:
                break
            for art in iter_corpus(corpus, data_dir, full=full):
                key = (corpus, art.id)
                if key in wanted and key not in found:
                    found[key] = art.raw.text
    return found


# --------------------------------------------------------------------------- authoring


class AnnotationError(ValueError):
    pass


class Annotator:
    """Builds one article's gold record from surface anchors (see module docstring)."""

    def __init__(self, corpus: str, article_id: str, raw: str, published: str | None) -> None:
        self.corpus = corpus
        self.id = article_id
        self.raw = raw
        self.published = published
        self.keep_text = corpus in LICENSED
        self.dates: list[dict[str, Any]] = []
        self.counts: list[dict[str, Any]] = []
        self.quotes: list[dict[str, Any]] = []
        self._cursor = {"dates": 0, "counts": 0, "quotes": 0}

    # -- span search
    def _find(self, lst: str, needle: str, skip: str | None) -> tuple[int, int]:
        pos = self._cursor[lst]
        if skip is not None:
            k = self.raw.find(skip, pos)
            if k < 0:
                raise AnnotationError(f"{self.corpus}:{self.id} {lst}: skip anchor {skip!r} not found")
            pos = k + len(skip)
        k = self.raw.find(needle, pos)
        if k < 0:
            raise AnnotationError(f"{self.corpus}:{self.id} {lst}: {needle!r} not found after {pos}")
        return k, k + len(needle)

    def _item(
        self, lst: str, start: int, end: int, fields: dict[str, Any], note: str | None
    ) -> dict[str, Any]:
        item: dict[str, Any] = {"start": start, "end": end, **fields}
        if self.keep_text:
            item["text"] = self.raw[start:end]
        if note:
            item["note"] = note
        getattr(self, lst).append(item)
        self._cursor[lst] = end
        return item

    def D(
        self,
        surface: str,
        value: str | None,
        granularity: str,
        time: str | None = None,
        *,
        skip: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        s, e = self._find("dates", surface, skip)
        return self._item("dates", s, e, {"value": value, "granularity": granularity, "time": time}, note)

    def C(
        self,
        surface: str,
        number: float,
        what: str,
        who: str | None = None,
        unit: str | None = None,
        *,
        approx: bool = False,
        skip: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        s, e = self._find("counts", surface, skip)
        fields = {"number": number, "what": what, "who": who, "unit": unit, "approx": approx}
        return self._item("counts", s, e, fields, note)

    def Q(
        self,
        begin: str,
        finish: str | None,
        kind: str,
        speaker: str | None,
        role: str | None = None,
        verb: str | None = None,
        *,
        skip: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        """Quote span from the start of ``begin`` to the end of ``finish`` (same anchor if None)."""
        s, e = self._find("quotes", begin, skip)
        if finish is not None:
            k = self.raw.find(finish, s)
            if k < 0:
                raise AnnotationError(f"{self.corpus}:{self.id} quotes: end anchor {finish!r} not found")
            e = k + len(finish)
        fields = {"kind": kind, "speaker": speaker, "speaker_role": role, "verb": verb}
        return self._item("quotes", s, e, fields, note)

    def record(self) -> dict[str, Any]:
        rec = {
            "corpus": self.corpus,
            "id": self.id,
            "published": self.published,
            "dates": sorted(self.dates, key=lambda x: x["start"]),
            "counts": sorted(self.counts, key=lambda x: x["start"]),
            "quotes": sorted(self.quotes, key=lambda x: x["start"]),
        }
        errors = check_record(rec, self.raw)
        if errors:
            raise AnnotationError("\n".join(errors))
        return rec


# --------------------------------------------------------------------------- checking


def _valid_iso(value: str) -> bool:
    try:
        if DATE_RE.match(value):
            date.fromisoformat(value)
            return True
        if MONTH_RE.match(value):
            return 1 <= int(value[5:]) <= 12
        return bool(YEAR_RE.match(value))
    except ValueError:
        return False


def check_schema(rec: dict[str, Any]) -> list[str]:
    """Schema and value-format errors of one record (needs no raw text)."""
    errs: list[str] = []
    where = f"{rec.get('corpus')}:{rec.get('id')}"
    if set(rec) != RECORD_KEYS:
        errs.append(f"{where}: keys {sorted(rec)} != {sorted(RECORD_KEYS)}")
        return errs
    if rec["corpus"] not in CORPORA or not isinstance(rec["id"], str) or not rec["id"]:
        errs.append(f"{where}: bad corpus/id")
    pub = rec["published"]
    if pub is not None and not (isinstance(pub, str) and _valid_iso(pub)):
        errs.append(f"{where}: bad published {pub!r}")
    licensed = rec["corpus"] in LICENSED
    for lst, keys in (("dates", DATE_KEYS), ("counts", COUNT_KEYS), ("quotes", QUOTE_KEYS)):
        items = rec[lst]
        if not isinstance(items, list):
            errs.append(f"{where}: {lst} is not a list")
            continue
        for n, it in enumerate(items):
            tag = f"{where} {lst}[{n}]"
            extra = set(it) - keys - OPTIONAL_KEYS
            missing = keys - set(it)
            if extra or missing:
                errs.append(f"{tag}: extra {sorted(extra)} missing {sorted(missing)}")
                continue
            if "text" in it and not licensed:
                errs.append(f"{tag}: surface text stored for unlicensed corpus")
            if licensed and "text" not in it:
                errs.append(f"{tag}: licensed corpus item without text")
            s, e = it["start"], it["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                errs.append(f"{tag}: bad offsets {s!r}..{e!r}")
            if lst == "dates":
                errs += _check_date(tag, it)
            elif lst == "counts":
                errs += _check_count(tag, it)
            else:
                errs += _check_quote(tag, it)
    return errs


def _check_date(tag: str, it: dict[str, Any]) -> list[str]:
    errs = []
    g, v, t = it["granularity"], it["value"], it["time"]
    if g not in GRANULARITIES:
        errs.append(f"{tag}: bad granularity {g!r}")
    if v is not None and not (isinstance(v, str) and _valid_iso(v)):
        errs.append(f"{tag}: bad value {v!r}")
    if isinstance(v, str) and g in {"day", "month", "year"}:
        want = {"day": DATE_RE, "month": MONTH_RE, "year": YEAR_RE}[g]
        if not want.match(v):
            errs.append(f"{tag}: value {v!r} does not match granularity {g}")
    if t is not None and not (isinstance(t, str) and TIME_RE.match(t)):
        errs.append(f"{tag}: bad time {t!r}")
    return errs


def _check_count(tag: str, it: dict[str, Any]) -> list[str]:
    errs = []
    n = it["number"]
    if isinstance(n, bool) or not isinstance(n, int | float) or n < 0:
        errs.append(f"{tag}: bad number {n!r}")
    elif isinstance(n, float) and n.is_integer():
        errs.append(f"{tag}: integral number stored as float {n!r}")
    if it["what"] not in WHATS:
        errs.append(f"{tag}: bad what {it['what']!r}")
    if it["unit"] is not None and it["unit"] not in UNITS:
        errs.append(f"{tag}: bad unit {it['unit']!r}")
    if it["unit"] in {"IDR", "USD"} and it["what"] != "money":
        errs.append(f"{tag}: currency unit on a non-money count")
    if it["what"] == "money" and it["unit"] is None and not it.get("note"):
        errs.append(f"{tag}: money without IDR/USD unit needs a note naming the currency")
    if (it["what"] == "percent") != (it["unit"] == "%"):
        errs.append(f"{tag}: percent needs unit % and vice versa")
    if it["who"] is not None and not (isinstance(it["who"], str) and it["who"]):
        errs.append(f"{tag}: bad who")
    if not isinstance(it["approx"], bool):
        errs.append(f"{tag}: approx must be boolean")
    return errs


def _check_quote(tag: str, it: dict[str, Any]) -> list[str]:
    errs = []
    if it["kind"] not in KINDS:
        errs.append(f"{tag}: bad kind {it['kind']!r}")
    for k in ("speaker", "speaker_role", "verb"):
        if it[k] is not None and not (isinstance(it[k], str) and it[k].strip()):
            errs.append(f"{tag}: bad {k}")
    return errs


def check_offsets(rec: dict[str, Any], raw: str) -> list[str]:
    """Offsets inside ``raw``, sorted and non-overlapping per list, stored text equals the slice."""
    errs: list[str] = []
    where = f"{rec['corpus']}:{rec['id']}"
    for lst in ("dates", "counts", "quotes"):
        prev_end = -1
        for n, it in enumerate(rec[lst]):
            tag = f"{where} {lst}[{n}]"
            s, e = it["start"], it["end"]
            if e > len(raw):
                errs.append(f"{tag}: end {e} beyond raw length {len(raw)}")
                continue
            if s < prev_end:
                errs.append(f"{tag}: overlaps or is out of order with the previous item")
            prev_end = e
            span = raw[s:e]
            if span != span.strip():
                errs.append(f"{tag}: span has surrounding whitespace {span!r}")
            if "text" in it and it["text"] != span:
                errs.append(f"{tag}: text {it['text']!r} != raw slice {span!r}")
            if lst == "quotes" and (span[:1] in "\"“”'" or span[-1:] in '"“”'):
                errs.append(f"{tag}: quote span includes quotation marks")
    return errs


def check_record(rec: dict[str, Any], raw: str | None) -> list[str]:
    errs = check_schema(rec)
    if not errs and raw is not None:
        errs += check_offsets(rec, raw)
    return errs


def read_gold(path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_gold(records: list[dict[str, Any]], path: Path = GOLD_PATH) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def summary(records: list[dict[str, Any]]) -> dict[str, int]:
    """Item totals for the docs table."""
    out = {"articles": len(records), "dates": 0, "counts": 0, "quotes": 0, "direct": 0, "indirect": 0}
    for rec in records:
        out["dates"] += len(rec["dates"])
        out["counts"] += len(rec["counts"])
        out["quotes"] += len(rec["quotes"])
        for q in rec["quotes"]:
            out[q["kind"]] += 1
    return out
