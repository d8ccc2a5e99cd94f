"""Checks for the event gold sets ``tests/eval/gold/events.jsonl`` (dev), ``events_check.jsonl``
(the blind check set; see ``docs/annotation-guide.md``, section 11) and ``events_dev2.jsonl`` (the
second, iteration dev set of 2023-2025 articles; section 12) ``events_dev3.jsonl`` (a third
iteration set; section 13), ``events_check2.jsonl`` (the second blind check set, mostly IndoSum
international conflict and diplomacy; section 14) and ``events_dev4.jsonl`` (a fourth iteration set, IndoSum
international conflict and diplomacy; section 15) and ``events_dev5.jsonl`` (a fifth iteration set, 2023-2025
domestic politics and conflict; section 16).

The check sets' items are checked here only by program: this module prints nothing of them.

Schema, PLOVER type/mode, CAMEO-root and licence checks run everywhere; the offset checks
need the real corpora in ``../shared/data`` and are skipped, with the reason, where they
are absent.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from warta.eval.corpora import load_article, shared_data_dir

GOLD_DIR = Path(__file__).parent / "gold"
GOLD = GOLD_DIR / "events.jsonl"
CHECK = GOLD_DIR / "events_check.jsonl"
DEV2 = GOLD_DIR / "events_dev2.jsonl"
DEV3 = GOLD_DIR / "events_dev3.jsonl"
CHECK2 = GOLD_DIR / "events_check2.jsonl"
DEV4 = GOLD_DIR / "events_dev4.jsonl"
DEV5 = GOLD_DIR / "events_dev5.jsonl"
LICENSED = {"seeds", "indosum"}  # text may be stored (given to the project; CC BY-SA 4.0)
UNLICENSED = {"detik2025", "media2023"}  # no licence: offsets and labels only
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")

# PLOVER types and their modes (openeventdata/PLOVER manual, 2024).
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
        "sideAB",
    },
}

# CAMEO roots allowed per PLOVER type (the guide's convention, from the CAMEO->PLOVER map).
CAMEO_ROOTS: dict[str, set[str]] = {
    "AGREE": {"03"},
    "CONSULT": {"04"},
    "SUPPORT": {"05"},
    "COOPERATE": {"06"},
    "AID": {"07"},
    "CONCEDE": {"08"},
    "RETREAT": {"08"},
    "REQUEST": {"02", "10"},  # 02 appeal (meminta, mendesak, menyerukan), 10 demand (menuntut, ultimatum)
    "ACCUSE": {"09", "11"},  # 09 only for mode investigate
    "REJECT": {"12"},
    "THREATEN": {"13"},
    "PROTEST": {"14"},
    "MOBILIZE": {"15"},
    "SANCTION": {"16"},
    "COERCE": {"17"},
    "ASSAULT": {"18", "19", "20"},
}
MODALITIES = {"asserted", "planned", "hypothetical", "negated"}
# Actor roots that are not ISO 3166-1 alpha-3 codes: organisations without a country.
ORG_ROOTS = {
    "UN",
    "EU",
    "OIC",
    "ICC",
    "NATO",
    "ASEAN",
    "AU",
    "GCC",
    "FIFA",
    "Amnesty International",
    "UNESCO",
    "G20",
    "IMF",
    "ICRC",
}
RECORD_KEYS = {"corpus", "id", "published", "published_source", "published_note", "title", "note", "events"}
EVENT_KEYS = {
    "raw_start",
    "raw_end",
    "sentence",
    "trigger",
    "type",
    "mode",
    "cameo_root",
    "source",
    "target",
    "modality",
    "date",
    "place",
    "place_country",
    "reported_by",
    "doubtful",
    "note",
    "cluster",
}
TEXT_KEYS = {"sentence", "trigger"}


def _records(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


DEV_RECORDS = _records(GOLD)
CHECK_RECORDS = _records(CHECK)
DEV2_RECORDS = _records(DEV2)
DEV3_RECORDS = _records(DEV3)
CHECK2_RECORDS = _records(CHECK2)
DEV4_RECORDS = _records(DEV4)
DEV5_RECORDS = _records(DEV5)
_FILE_OF = (
    {id(r): GOLD.stem for r in DEV_RECORDS}
    | {id(r): CHECK.stem for r in CHECK_RECORDS}
    | {id(r): DEV2.stem for r in DEV2_RECORDS}
    | {id(r): DEV3.stem for r in DEV3_RECORDS}
    | {id(r): CHECK2.stem for r in CHECK2_RECORDS}
    | {id(r): DEV4.stem for r in DEV4_RECORDS}
    | {id(r): DEV5.stem for r in DEV5_RECORDS}
)
# record- and event-level checks apply to every file
RECORDS = DEV_RECORDS + CHECK_RECORDS + DEV2_RECORDS + DEV3_RECORDS + CHECK2_RECORDS + DEV4_RECORDS + DEV5_RECORDS
# Sets of recent real articles that must not repeat an article of any other gold file.
RECENT_SETS = {
    CHECK.stem: (CHECK, CHECK_RECORDS),
    DEV2.stem: (DEV2, DEV2_RECORDS),
    DEV3.stem: (DEV3, DEV3_RECORDS),
    CHECK2.stem: (CHECK2, CHECK2_RECORDS),
    DEV4.stem: (DEV4, DEV4_RECORDS),
    DEV5.stem: (DEV5, DEV5_RECORDS),
}
EVENTS = [(rec, ev) for rec in RECORDS for ev in rec["events"]]


def _key(rec: dict) -> str:
    return f"{_FILE_OF[id(rec)]}:{rec['corpus']}:{rec['id']}"


def _ev_ids(pairs: list[tuple[dict, dict]]) -> list[str]:
    return [f"{_key(r)}#{i}" for i, (r, _) in enumerate(pairs)]


@cache
def _raw(corpus: str, art_id: str) -> str:
    return load_article(corpus, art_id).raw.text


needs_data = pytest.mark.skipif(
    shared_data_dir() is None,
    reason="shared corpora (../shared/data or $WARTA_SHARED_DATA) absent: offsets cannot be checked",
)


# --- file level ----------------------------------------------------------------------


def test_at_least_40_articles_all_corpora() -> None:
    assert len(DEV_RECORDS) >= 40
    assert {r["corpus"] for r in DEV_RECORDS} == LICENSED | UNLICENSED


def test_articles_unique() -> None:
    keys = [_key(r) for r in RECORDS]
    assert len(keys) == len(set(keys))


def test_has_events_of_many_types() -> None:
    dev_events = [ev for r in DEV_RECORDS for ev in r["events"]]
    assert len(dev_events) >= 200
    assert len({ev["type"] for ev in dev_events}) >= 14


def test_check_set_is_recent_real_articles() -> None:
    """The check set: at least 24 articles of the 2023-2025 corpora, with events of several types."""
    assert len(CHECK_RECORDS) >= 24
    assert {r["corpus"] for r in CHECK_RECORDS} == UNLICENSED
    check_events = [ev for r in CHECK_RECORDS for ev in r["events"]]
    assert len(check_events) >= 100
    assert len({ev["type"] for ev in check_events}) >= 10


def test_dev2_set_is_recent_real_articles() -> None:
    """The iteration set: at least 25 articles of the 2023-2025 corpora, 120+ firm events, several types."""
    assert len(DEV2_RECORDS) >= 25
    assert {r["corpus"] for r in DEV2_RECORDS} == UNLICENSED
    dev2_events = [ev for r in DEV2_RECORDS for ev in r["events"]]
    assert sum(not ev["doubtful"] for ev in dev2_events) >= 120
    assert len({ev["type"] for ev in dev2_events}) >= 10


def test_dev3_set_is_recent_real_articles() -> None:
    """The third iteration set: 22+ articles of the 2023-2025 corpora, 150+ firm events, some with none."""
    assert len(DEV3_RECORDS) >= 22
    assert {r["corpus"] for r in DEV3_RECORDS} == UNLICENSED
    dev3_events = [ev for r in DEV3_RECORDS for ev in r["events"]]
    assert sum(not ev["doubtful"] for ev in dev3_events) >= 150
    assert len({ev["type"] for ev in dev3_events}) >= 10
    assert sum(not r["events"] for r in DEV3_RECORDS) >= 3  # off-topic articles measure precision


def test_check2_set_is_mostly_international_indosum() -> None:
    """The second check set: 25 articles, at least 14 of them IndoSum, the rest 2023-2025; some with no event."""
    assert len(CHECK2_RECORDS) >= 25
    corpora = [r["corpus"] for r in CHECK2_RECORDS]
    assert corpora.count("indosum") >= 14
    assert set(corpora) <= {"indosum"} | UNLICENSED
    check2_events = [ev for r in CHECK2_RECORDS for ev in r["events"]]
    assert sum(not ev["doubtful"] for ev in check2_events) >= 150
    assert len({ev["type"] for ev in check2_events}) >= 12
    assert sum(not r["events"] for r in CHECK2_RECORDS) >= 2  # off-topic articles measure precision


def test_dev4_set_is_international_indosum() -> None:
    """The fourth iteration set: 24 IndoSum articles (slugs a-m), 100+ firm events, many types, one with none."""
    assert len(DEV4_RECORDS) >= 24
    assert {r["corpus"] for r in DEV4_RECORDS} == {"indosum"}
    assert all("a" <= r["id"].split("-", 1)[1][:1].lower() <= "m" for r in DEV4_RECORDS)  # disjoint from n-z draws
    dev4_events = [ev for r in DEV4_RECORDS for ev in r["events"]]
    assert sum(not ev["doubtful"] for ev in dev4_events) >= 100
    assert len({ev["type"] for ev in dev4_events}) >= 12
    assert sum(not r["events"] for r in DEV4_RECORDS) >= 1  # off-topic articles measure precision
    international = [ev for ev in dev4_events if ev["source"] and ev["target"] and ev["source"]["root"] != ev["target"]["root"]]
    assert len(international) >= len(dev4_events) // 2


def test_dev5_set_is_recent_domestic_articles() -> None:
    """The fifth iteration set: 24 articles of the 2023-2025 corpora, 150+ firm events, mostly between one country's
    own bodies (the domestic recall the check set showed weak)."""
    assert len(DEV5_RECORDS) >= 24
    assert {r["corpus"] for r in DEV5_RECORDS} <= UNLICENSED
    dev5_events = [ev for r in DEV5_RECORDS for ev in r["events"]]
    assert sum(not ev["doubtful"] for ev in dev5_events) >= 150
    assert len({ev["type"] for ev in dev5_events}) >= 10
    domestic = [ev for ev in dev5_events if ev["source"] and ev["source"]["root"] == "IDN"
                and (ev["target"] is None or ev["target"]["root"] == "IDN")]
    assert len(domestic) >= len(dev5_events) * 3 // 4


def _other_gold_keys(own: Path) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in GOLD_DIR.glob("*.jsonl"):
        if path != own:
            keys |= {(r["corpus"], str(r["id"])) for r in _records(path)}
    return keys


@pytest.mark.parametrize("name", sorted(RECENT_SETS))
def test_recent_set_ids_in_no_other_gold_file(name: str) -> None:
    path, records = RECENT_SETS[name]
    other = _other_gold_keys(path)
    clash = [f"{r['corpus']}:{r['id']}" for r in records if (r["corpus"], str(r["id"])) in other]
    assert not clash, clash


def _text_key(corpus: str, art_id: str) -> str:
    return " ".join(_raw(corpus, art_id).split())


@needs_data
@pytest.mark.parametrize("name", sorted(RECENT_SETS))
def test_recent_set_texts_in_no_other_gold_file(name: str) -> None:
    """Same article under another id (duplicate records; media2023 subset vs full-CSV row numbers) counts too."""
    path, records = RECENT_SETS[name]
    # IndoSum texts are compared too where the set holds IndoSum articles (only then: reading them is slower).
    corpora = UNLICENSED | ({"indosum"} & {r["corpus"] for r in records})
    other = {_text_key(c, i) for c, i in _other_gold_keys(path) if c in corpora}
    texts = [_text_key(r["corpus"], str(r["id"])) for r in records]
    assert len(texts) == len(set(texts)), f"an article appears twice in {name}"
    clash = [f"{r['corpus']}:{r['id']}" for r, t in zip(records, texts, strict=True) if t in other]
    assert not clash, clash


@pytest.mark.parametrize("rec", RECORDS, ids=_key)
def test_record_schema(rec: dict) -> None:
    assert set(rec) <= RECORD_KEYS, set(rec) - RECORD_KEYS
    assert {"corpus", "id", "published", "published_source", "events"} <= set(rec)
    assert rec["corpus"] in LICENSED | UNLICENSED
    assert isinstance(rec["id"], str) and rec["id"]
    assert rec["published"] is None or ISO_DATE.match(rec["published"])
    assert rec["published_source"] in {None, "record", "text", "inferred"}
    assert (rec["published"] is None) == (rec["published_source"] is None)
    undocumented = rec["published_source"] in {"inferred", "text"} or rec["published"] is None
    if undocumented and rec["corpus"] != "indosum":
        assert rec.get("published_note"), "say how the publication date was (or was not) found"
    if rec["corpus"] in UNLICENSED:
        assert "title" not in rec, "no text from unlicensed corpora"
    assert isinstance(rec["events"], list)


# --- event level ---------------------------------------------------------------------


@pytest.mark.parametrize(("rec", "ev"), EVENTS, ids=_ev_ids(EVENTS))
def test_event_schema(rec: dict, ev: dict) -> None:
    licensed = rec["corpus"] in LICENSED
    expected = EVENT_KEYS if licensed else EVENT_KEYS - TEXT_KEYS
    assert set(ev) == expected, set(ev) ^ expected
    s, e = ev["raw_start"], ev["raw_end"]
    assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e
    assert ev["modality"] in MODALITIES
    assert ev["date"] is None or ISO_DATE.match(ev["date"])
    assert isinstance(ev["doubtful"], bool)
    assert isinstance(ev["note"], str)
    if ev["doubtful"]:
        assert ev["note"].strip(), "a doubtful event needs a note"
    assert isinstance(ev["cluster"], str) and ev["cluster"]
    assert ev["reported_by"] is None or (isinstance(ev["reported_by"], str) and ev["reported_by"].strip())
    assert (ev["place"] is None) == (ev["place_country"] is None)
    assert ev["place_country"] is None or ISO3.match(ev["place_country"])
    if licensed:
        assert isinstance(ev["sentence"], str) and len(ev["sentence"]) == e - s
        assert ev["trigger"] is None or ev["trigger"] in ev["sentence"]


@pytest.mark.parametrize(("rec", "ev"), EVENTS, ids=_ev_ids(EVENTS))
def test_type_mode_cameo(rec: dict, ev: dict) -> None:
    assert ev["type"] in MODES
    assert ev["mode"] is None or ev["mode"] in MODES[ev["type"]], (ev["type"], ev["mode"])
    assert ev["cameo_root"] in CAMEO_ROOTS[ev["type"]], (ev["type"], ev["cameo_root"])
    if ev["type"] == "ACCUSE":
        assert (ev["cameo_root"] == "09") == (ev["mode"] == "investigate")


def _check_actor(actor: object, licensed: bool) -> None:
    assert isinstance(actor, dict)
    expected = {"text", "root"} if licensed else {"root"}
    assert set(actor) == expected, set(actor)
    root = actor["root"]
    assert isinstance(root, str) and (ISO3.match(root) or root in ORG_ROOTS), root
    if licensed:
        assert actor["text"] is None or (isinstance(actor["text"], str) and actor["text"].strip())


@pytest.mark.parametrize(("rec", "ev"), EVENTS, ids=_ev_ids(EVENTS))
def test_actors(rec: dict, ev: dict) -> None:
    licensed = rec["corpus"] in LICENSED
    if ev["source"] is None:
        assert ev["type"] == "ASSAULT" and ev["note"], "only an unknown perpetrator may be null, with a note"
    else:
        _check_actor(ev["source"], licensed)
    if ev["target"] is not None:
        _check_actor(ev["target"], licensed)


@pytest.mark.parametrize("rec", RECORDS, ids=_key)
def test_clusters_consistent(rec: dict) -> None:
    """Mentions of one real-world event share type and actor roots."""
    groups: dict[str, set[tuple]] = defaultdict(set)
    for ev in rec["events"]:
        src = ev["source"]["root"] if ev["source"] else None
        tgt = ev["target"]["root"] if ev["target"] else None
        groups[ev["cluster"]].add((ev["type"], src, tgt))
    for cluster, variants in groups.items():
        assert len(variants) == 1, (cluster, variants)


@pytest.mark.parametrize("rec", [r for r in RECORDS if r["published"]], ids=_key)
def test_asserted_dates_not_after_publication(rec: dict) -> None:
    for ev in rec["events"]:
        if ev["date"] and ev["modality"] == "asserted":
            assert ev["date"] <= rec["published"], (ev["date"], rec["published"])


# --- against the raw text -------------------------------------------------------------


@needs_data
@pytest.mark.parametrize("rec", RECORDS, ids=_key)
def test_offsets_match_raw_text(rec: dict) -> None:
    raw = _raw(rec["corpus"], rec["id"])
    for ev in rec["events"]:
        s, e = ev["raw_start"], ev["raw_end"]
        assert e <= len(raw)
        piece = raw[s:e]
        assert piece.strip() == piece and piece, "a sentence span is trimmed and not empty"
        assert "\n" not in piece, "a sentence does not cross a line break"
        if rec["corpus"] in LICENSED:
            assert ev["sentence"] == piece


@needs_data
@pytest.mark.parametrize("rec", [r for r in RECORDS if r["corpus"] in UNLICENSED], ids=_key)
def test_unlicensed_labels_hold_no_text(rec: dict) -> None:
    """Notes and labels of unlicensed articles quote no 20-character stretch of the article."""
    raw = _raw(rec["corpus"], rec["id"])
    strings = [rec.get("note", ""), rec.get("published_note", "")]
    for ev in rec["events"]:
        strings += [ev["note"], ev["place"] or "", ev["reported_by"] or ""]
    for text in strings:
        for i in range(max(0, len(text) - 19)):
            assert text[i : i + 20] not in raw, text[i : i + 20]
