"""Structural checks on the actor lexicon data files (plain PyYAML, no warta loader).

Covers: parsing, provenance headers, required keys and types, unique ids within and across files,
valid ISO3 codes, office references, non-overlapping tenures of single-holder offices, and the rule
that a surface form names exactly one entry unless every entry using it documents the clash in its
``ambiguous`` mapping.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LEX = ROOT / "src" / "warta" / "data" / "lexicons" / "actors"
FILES = ["countries.yaml", "organisations.yaml", "media.yaml", "offices.yaml", "people.yaml", "sectors.yaml"]
EXTRA_ISO3 = {"PSE", "XKX", "TWN", "ESH"}
SECTORS = {
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
    "IGO",
    "NGO",
}
ORG_TYPES = {"igo", "igo-organ", "armed-group", "party", "agency", "military", "government-body", "ngo", "court", "company",
             "people"}  # "people": a nationality as a group of civilians (WNI)
QID = re.compile(r"^Q[1-9][0-9]*$")
VERSION = "2026-11-23"


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> Any:
    return yaml.load((LEX / name).read_text(encoding="utf-8"), Loader=_LOADER)  # safe: (C)SafeLoader


_CACHE: dict[str, Any] = {}


def _cached(name: str) -> Any:
    if name not in _CACHE:
        _CACHE[name] = _load(name)
    return _CACHE[name]


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return {name: _cached(name) for name in FILES}


def _valid_iso3(code: str) -> bool:
    return code in EXTRA_ISO3 or pycountry.countries.get(alpha_3=code) is not None


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v for v in value)


def _date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


# ---------------------------------------------------------------------------------------------- generic


@pytest.mark.parametrize("name", FILES)
def test_file_parses(name: str) -> None:
    assert _cached(name), f"{name} is empty"


@pytest.mark.parametrize("name", FILES)
def test_provenance_header(name: str) -> None:
    lines = (LEX / name).read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    text = "\n".join(header)
    for key in ("source", "licence", "version", "notes"):
        assert re.search(rf"^# {key}: \S", text, re.M), f"{name}: header lacks '# {key}:'"
    assert f"# version: {VERSION}" in text


def test_ids_unique_within_and_across_files(data: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    groups = {
        "countries.yaml": data["countries.yaml"],
        "organisations.yaml": data["organisations.yaml"],
        "media.yaml": data["media.yaml"],
        "people.yaml": data["people.yaml"],
        "offices.yaml": data["offices.yaml"]["offices"],
    }
    for name, entries in groups.items():
        for entry in entries:
            eid = entry["id"]
            assert isinstance(eid, str) and eid, f"{name}: bad id {eid!r}"
            assert eid not in seen, f"id {eid!r} in {name} already used in {seen[eid]}"
            seen[eid] = name


# ---------------------------------------------------------------------------------------------- countries


def test_countries_schema(data: dict[str, Any]) -> None:
    countries = data["countries.yaml"]
    for c in countries:
        cid = c["id"]
        assert _valid_iso3(cid), cid
        for key in ("name", "name_en"):
            assert isinstance(c[key], str) and c[key], (cid, key)
        for key in ("aliases", "demonyms", "metonyms"):
            assert _str_list(c[key]), (cid, key)
        assert c["name"] in c["aliases"], f"{cid}: canonical name not among aliases"
        if c.get("wikidata") is not None:
            assert QID.match(c["wikidata"]), cid
        cap = c.get("capital")
        if cap is not None:
            assert isinstance(cap["name"], str) and cap["name"], cid
            for k, lim in (("lat", 90), ("lon", 180)):
                v = cap.get(k)
                assert v is None or (isinstance(v, int | float) and -lim <= v <= lim), (cid, k, v)
        amb = c.get("ambiguous", {})
        assert isinstance(amb, dict) and all(isinstance(v, str) and v for v in amb.values()), cid


def test_countries_cover_iso_3166_and_extras(data: dict[str, Any]) -> None:
    ids = {c["id"] for c in data["countries.yaml"]}
    missing = {c.alpha_3 for c in pycountry.countries} - ids
    assert not missing, f"missing ISO 3166-1 entries: {sorted(missing)}"
    assert ids >= EXTRA_ISO3


def test_key_country_forms(data: dict[str, Any]) -> None:
    by_id = {c["id"]: c for c in data["countries.yaml"]}
    expect = {
        "USA": ["Amerika Serikat", "AS"],
        "IDN": ["RI"],
        "ARE": ["UEA"],
        "CHN": ["RRT", "Tiongkok", "China", "Cina"],
        "PRK": ["Korut", "Korea Utara"],
        "KOR": ["Korsel"],
        "GBR": ["Inggris", "Britania Raya", "UK"],
        "TUR": ["Turki", "Turkiye"],
        "LBN": ["Lebanon", "Libanon"],
        "PSE": ["Palestina", "Negara Palestina"],
        "ISR": ["rezim Israel", "Zionis"],
        "SAU": ["Arab Saudi", "Saudi"],
    }
    for cid, forms in expect.items():
        for form in forms:
            assert form in by_id[cid]["aliases"], (cid, form)
    assert "Gedung Putih" in by_id["USA"]["metonyms"]
    assert "Kremlin" in by_id["RUS"]["metonyms"]
    assert "Yerusalem" not in by_id["ISR"]["metonyms"]


# ---------------------------------------------------------------------------------------------- organisations


def test_organisations_schema(data: dict[str, Any]) -> None:
    orgs = data["organisations.yaml"]
    ids = {o["id"] for o in orgs}
    for o in orgs:
        oid = o["id"]
        assert isinstance(o["name"], str) and o["name"], oid
        assert o["country"] is None or _valid_iso3(o["country"]), oid
        assert o["sector"] in SECTORS, (oid, o["sector"])
        assert o["org_type"] in ORG_TYPES, (oid, o["org_type"])
        assert o["parent"] is None or o["parent"] in ids, (oid, o["parent"])
        assert o["parent"] != oid
        assert _str_list(o["aliases"]) and o["aliases"], oid
        assert _str_list(o.get("metonyms", [])), oid
        if o.get("wikidata") is not None:
            assert QID.match(o["wikidata"]), oid


def test_required_organisations_present(data: dict[str, Any]) -> None:
    ids = {o["id"] for o in data["organisations.yaml"]}
    for oid in (
        "UN",
        "UNSC",
        "UNGA",
        "UNRWA",
        "UNICEF",
        "WHO",
        "OCHA",
        "UNHCR",
        "WFP",
        "UNHRC",
        "OIC",
        "ARAB_LEAGUE",
        "ASEAN",
        "EU",
        "NATO",
        "AU",
        "G20",
        "G7",
        "BRICS",
        "ICJ",
        "ICC",
        "ICRC",
        "PRCS",
        "HAMAS",
        "QASSAM",
        "PIJ",
        "FATAH",
        "PA",
        "PLO",
        "HEZBOLLAH",
        "HOUTHI",
        "ISIS",
        "TALIBAN",
        "AL_QAEDA",
        "IDF",
        "KATAIB_HEZBOLLAH",
        "CIA",
        "MOSSAD",
        "SHIN_BET",
        "BIN",
        "FBI",
        "US_DOD",
        "US_STATE_DEPT",
        "KEMLU",
        "TNI",
        "POLRI",
        "DPR",
        "MUI",
        "KNESSET",
        "ISR_CABINET",
    ):
        assert oid in ids, oid


def test_parent_chain_has_no_cycles(data: dict[str, Any]) -> None:
    parent = {o["id"]: o["parent"] for o in data["organisations.yaml"]}
    for start, first in parent.items():
        seen = {start}
        cur = first
        while cur is not None:
            assert cur not in seen, f"cycle through {start}"
            seen.add(cur)
            cur = parent[cur]


# ---------------------------------------------------------------------------------------------- media


def test_media_schema(data: dict[str, Any]) -> None:
    media = data["media.yaml"]
    forms: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, str] = {}
    for m in media:
        mid = m["id"]
        assert isinstance(m["name"], str) and m["name"], mid
        assert m["country"] is None or _valid_iso3(m["country"]), mid
        assert _str_list(m["aliases"]) and m["aliases"], mid
        assert _str_list(m["domains"]), mid
        assert isinstance(m["outlet"], bool), mid
        assert _str_list(m.get("url_prefixes", [])), mid
        if m["outlet"]:
            assert m["domains"] or m.get("url_prefixes"), f"{mid}: outlets need a domain or a url prefix"
        for d in m["domains"]:
            assert d == d.lower() and "/" not in d and " " not in d, (mid, d)
            assert d not in domains, f"domain {d} used by {domains[d]} and {mid}"
            domains[d] = mid
        for a in m["aliases"]:
            forms[a].add(mid)
    by_id = {m["id"]: m for m in media}
    for form, owners in forms.items():
        if len(owners) > 1:
            for mid in owners:
                assert form in by_id[mid].get("ambiguous", {}), f"media alias {form!r} shared by {sorted(owners)}"


def test_required_media_present(data: dict[str, Any]) -> None:
    names = {m["name"] for m in data["media.yaml"]}
    for name in (
        "Reuters",
        "AFP",
        "AP",
        "Axios",
        "Antara",
        "Al Jazeera",
        "CNN",
        "BBC",
        "Times of Israel",
        "Haaretz",
        "Anadolu",
        "Xinhua",
        "Detik",
        "Kompas",
        "Liputan6",
        "Holopis",
        "Retconomynow",
        "Koran Jakarta",
    ):
        assert name in names, name


# ---------------------------------------------------------------------------------------------- offices and people


def test_offices_schema(data: dict[str, Any]) -> None:
    offices = data["offices.yaml"]
    kinds = set()
    word_kind: dict[str, str] = {}
    for t in offices["titles"]:
        assert isinstance(t["kind"], str) and t["kind"] not in kinds, t
        kinds.add(t["kind"])
        assert _str_list(t["words"]) and t["words"], t["kind"]
        for w in t["words"]:
            assert w not in word_kind, f"title word {w!r} in both {word_kind[w]} and {t['kind']}"
            word_kind[w] = t["kind"]
    org_ids = {o["id"] for o in data["organisations.yaml"]}
    all_ids: dict[str, str] = {}
    for o in offices["offices"]:
        for ref in [o["id"], *o.get("also", [])]:
            assert ref not in all_ids, f"office id {ref!r} of {o['id']} already names {all_ids[ref]}"
            all_ids[ref] = o["id"]
    entity_ids = {c["id"] for c in data["countries.yaml"]} | org_ids
    for ref in all_ids:
        entity, _, kind = ref.partition(".")
        assert entity in entity_ids, f"office id {ref!r} does not start with a country or organisation id"
        assert kind, ref
    for ot in offices.get("office_titles", []):
        assert ot["office"] in all_ids, ot
        assert _str_list(ot["words"]) and ot["words"], ot
        for w in ot["words"]:
            assert w not in word_kind, f"office title {w!r} is also a generic title word ({word_kind[w]})"
    for o in offices["offices"]:
        oid = o["id"]
        assert o["kind"] in kinds, (oid, o["kind"])
        assert o["country"] is None or _valid_iso3(o["country"]), oid
        assert o["org"] is None or o["org"] in org_ids, (oid, o["org"])
        assert o["country"] is not None or o["org"] is not None, oid
        assert o["sector"] in SECTORS, oid
        assert isinstance(o["role"], str) and o["role"], oid
        assert isinstance(o["role_en"], str) and o["role_en"], oid
        assert isinstance(o.get("multi", False), bool), oid


def test_people_schema(data: dict[str, Any]) -> None:
    office_ids = {o["id"] for o in data["offices.yaml"]["offices"]}
    for p in data["people.yaml"]:
        pid = p["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid), pid
        assert isinstance(p["name"], str) and p["name"], pid
        assert p["country"] is None or _valid_iso3(p["country"]), pid
        assert _str_list(p["aliases"]) and p["aliases"], pid
        assert _str_list(p["short"]), pid
        assert _str_list(p["honorifics"]), pid
        if p.get("wikidata") is not None:
            assert QID.match(p["wikidata"]), pid
        assert isinstance(p["tenures"], list), pid
        for t in p["tenures"]:
            assert t["office"] in office_ids, (pid, t["office"])
            start, end = _date(t["start"]), _date(t["end"])
            assert start is not None, pid
            assert end is None or end >= start, (pid, t)
            assert start <= dt.date(2026, 11, 23), (pid, t)


def test_tenures_of_one_office_do_not_overlap(data: dict[str, Any]) -> None:
    multi = {o["id"] for o in data["offices.yaml"]["offices"] if o.get("multi")}
    by_office: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    far = dt.date(9999, 12, 31)
    for p in data["people.yaml"]:
        for t in p["tenures"]:
            if t["office"] in multi:
                continue
            by_office[t["office"]].append((_date(t["start"]), _date(t["end"]) or far, p["id"]))  # type: ignore[arg-type]
    problems = []
    for office, spans in by_office.items():
        spans.sort()
        for (s1, e1, p1), (s2, e2, p2) in itertools.pairwise(spans):
            if s2 < e1:
                problems.append(f"{office}: {p1} ({s1}..{e1}) overlaps {p2} ({s2}..{e2})")
    assert not problems, "\n".join(problems)


def test_people_required(data: dict[str, Any]) -> None:
    ids = {p["id"] for p in data["people.yaml"]}
    for pid in (
        "donald-trump",
        "joe-biden",
        "barack-obama",
        "antony-blinken",
        "marco-rubio",
        "joko-widodo",
        "prabowo-subianto",
        "retno-marsudi",
        "sugiono",
        "benjamin-netanyahu",
        "ismail-haniyeh",
        "yahya-sinwar",
        "mohammed-bin-abdulrahman-al-thani",
        "tamim-bin-hamad-al-thani",
        "abdel-fattah-el-sisi",
        "recep-tayyip-erdogan",
        "hakan-fidan",
        "steve-witkoff",
        "william-burns",
        "antonio-guterres",
        "mahmoud-abbas",
        "ali-khamenei",
        "vladimir-putin",
        "xi-jinping",
        "volodymyr-zelensky",
        "mohammed-bin-salman",
        "anwar-ibrahim",
        "anthony-albanese",
    ):
        assert pid in ids, pid


def test_known_tenure_dates(data: dict[str, Any]) -> None:
    people = {p["id"]: p for p in data["people.yaml"]}

    def spans(pid: str, office: str) -> list[tuple[str, str | None]]:
        return [
            (str(_date(t["start"])), None if t["end"] is None else str(_date(t["end"])))
            for t in people[pid]["tenures"]
            if t["office"] == office
        ]

    assert spans("donald-trump", "USA.head-of-state") == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    assert spans("antony-blinken", "USA.foreign-minister") == [("2021-01-26", "2025-01-20")]
    assert spans("marco-rubio", "USA.foreign-minister") == [("2025-01-21", None)]
    assert spans("joko-widodo", "IDN.head-of-state") == [("2014-10-20", "2024-10-20")]
    assert spans("retno-marsudi", "IDN.foreign-minister") == [("2014-10-27", "2024-10-20")]
    assert spans("ismail-haniyeh", "HAMAS.leader") == [("2017-05-06", "2024-07-31")]
    assert spans("mohammed-bin-abdulrahman-al-thani", "QAT.head-of-government") == [("2023-03-07", None)]
    assert spans("william-burns", "CIA.head") == [("2021-03-19", "2025-01-20")]


# ---------------------------------------------------------------------------------------------- surface forms


def _actor_forms(data: dict[str, Any]) -> tuple[dict[str, set[str]], dict[str, dict[str, Any]]]:
    owners: dict[str, set[str]] = defaultdict(set)
    entries: dict[str, dict[str, Any]] = {}
    for c in data["countries.yaml"]:
        entries[c["id"]] = c
        for f in c["aliases"] + c["demonyms"] + c["metonyms"]:
            owners[f].add(c["id"])
    for o in data["organisations.yaml"]:
        entries[o["id"]] = o
        for f in o["aliases"] + o.get("metonyms", []):
            owners[f].add(o["id"])
    for p in data["people.yaml"]:
        entries[p["id"]] = p
        for f in p["aliases"] + p["short"]:
            owners[f].add(p["id"])
    return owners, entries


def test_every_actor_form_maps_to_one_entry(data: dict[str, Any]) -> None:
    owners, entries = _actor_forms(data)
    problems = []
    for form, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        undocumented = [i for i in sorted(ids) if form not in (entries[i].get("ambiguous") or {})]
        if undocumented:
            problems.append(f"{form!r} used by {sorted(ids)}; no ambiguity rule in {undocumented}")
    assert not problems, "\n".join(problems)


def test_ambiguity_rules_refer_to_own_forms(data: dict[str, Any]) -> None:
    _, entries = _actor_forms(data)
    for eid, e in entries.items():
        own = set(e.get("aliases", [])) | set(e.get("demonyms", [])) | set(e.get("metonyms", [])) | set(e.get("short", []))
        for form, rule in (e.get("ambiguous") or {}).items():
            assert form in own, f"{eid}: ambiguity rule for {form!r}, which it does not use"
            assert isinstance(rule, str) and rule.strip(), (eid, form)


def test_media_forms_do_not_shadow_actors(data: dict[str, Any]) -> None:
    owners, _ = _actor_forms(data)
    for m in data["media.yaml"]:
        for a in m["aliases"]:
            if a in owners:
                assert a in (m.get("ambiguous") or {}), f"media alias {a!r} of {m['id']} is also an actor form"


# ---------------------------------------------------------------------------------------------- sectors


def test_sectors_schema(data: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for row in data["sectors.yaml"]:
        word, sector = row["word"], row["sector"]
        assert isinstance(word, str) and word == word.lower() and word.strip() == word, word
        assert sector in SECTORS, (word, sector)
        assert word not in seen, f"sector word {word!r} listed twice"
        seen[word] = sector
    expected = {
        "pemerintah": "GOV",
        "militer": "MIL",
        "polisi": "COP",
        "warga": "CVL",
        "pengungsi": "REF",
        "oposisi": "OPP",
        "milisi": "REB",
        "perusahaan": "BUS",
        "wartawan": "JRN",
        "dokter": "MED",
        "hakim": "JUD",
        "mahasiswa": "EDU",
        "ulama": "REL",
        "buruh": "LAB",
    }
    for word, sector in expected.items():
        assert seen.get(word) == sector, (word, seen.get(word))
