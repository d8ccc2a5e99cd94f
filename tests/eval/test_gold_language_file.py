"""Checks for the hand-annotated dates/counts/quotes dev gold (tests/eval/gold/language.jsonl).

Schema and value formats are checked always; offsets against the raw article text only when
the shared corpora (../shared/data, or $WARTA_SHARED_DATA) are present. See docs/language-gold.md.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

_TOOLS = Path(__file__).resolve().parent / "gold" / "tools" / "language_tools.py"
_spec = importlib.util.spec_from_file_location("language_tools", _TOOLS)
assert _spec is not None and _spec.loader is not None
lt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lt)

RECORDS = lt.read_gold()


def test_at_least_30_articles() -> None:
    assert len(RECORDS) >= 30
    keys = [(r["corpus"], r["id"]) for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate (corpus, id)"


def test_required_articles_present() -> None:
    have = {(r["corpus"], r["id"]) for r in RECORDS}
    assert sum(1 for c, _ in have if c == "seeds") >= 5
    assert {"143", "264", "554", "575", "697", "737", "809"} <= {i for c, i in have if c == "detik2025"}
    assert {"6", "32", "50", "162", "198", "203", "341", "375"} <= {i for c, i in have if c == "media2023"}


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: f"{r['corpus']}:{r['id']}")
def test_schema_and_values(rec: dict) -> None:
    assert lt.check_schema(rec) == []


def test_every_type_is_annotated() -> None:
    total = lt.summary(RECORDS)
    assert total["dates"] >= 100 and total["counts"] >= 100 and total["quotes"] >= 100
    assert total["direct"] > 0 and total["indirect"] > 0


def test_unlicensed_corpora_store_no_text() -> None:
    for rec in RECORDS:
        if rec["corpus"] in lt.LICENSED:
            continue
        for lst in ("dates", "counts", "quotes"):
            assert all("text" not in it for it in rec[lst]), f"{rec['corpus']}:{rec['id']} stores text"


def _shared_data() -> Path | None:
    try:
        from warta.eval.corpora import shared_data_dir
    except ImportError:
        return None
    return shared_data_dir()


def test_offsets_against_raw_text() -> None:
    data = _shared_data()
    if data is None:
        pytest.skip("shared corpora not found (../shared/data or $WARTA_SHARED_DATA): offsets not checked")
    raws = lt.load_raw_texts([(r["corpus"], r["id"]) for r in RECORDS], data)
    missing = [(r["corpus"], r["id"]) for r in RECORDS if (r["corpus"], r["id"]) not in raws]
    assert not missing, f"articles not found in shared data: {missing}"
    errors: list[str] = []
    for rec in RECORDS:
        errors += lt.check_offsets(rec, raws[(rec["corpus"], rec["id"])])
    assert errors == []


def test_weekday_dates_match_their_value() -> None:
    """'Selasa (21/10/2025)'-style spans name the weekday of their value (typos are noted)."""
    data = _shared_data()
    if data is None:
        pytest.skip("shared corpora not found: weekday check needs the raw text")
    days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    raws = lt.load_raw_texts([(r["corpus"], r["id"]) for r in RECORDS], data)
    bad = []
    for rec in RECORDS:
        raw = raws[(rec["corpus"], rec["id"])]
        for it in rec["dates"]:
            span = raw[it["start"] : it["end"]]
            v = it["value"]
            if it["granularity"] != "day" or v is None or it.get("note") or it["time"]:
                continue
            name = next((d for d in days if span.startswith(d)), None)
            if name and days[date.fromisoformat(v).weekday()] != name:
                bad.append(f"{rec['corpus']}:{rec['id']} {span!r} -> {v}")
    assert bad == []
