"""The JSON API over a store built from the five example articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api.app import MAX_PAGE, ApiConfig, create_app
from warta.pipeline import Pipeline

TOKEN = "test-token-0123456789"


def test_stats_match_store(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 5
    assert stats["events"] == sum(stats["events_by_type"].values()) > 0


def test_events_pagination_is_disjoint_and_total_is_stable(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] > 6
    assert len(first["items"]) == len(second["items"]) == 3
    key = lambda e: (e["doc_id"], e["start"], e["type"], e["tgt_start"], e["src_start"])  # noqa: E731 - tiny key
    assert not {key(e) for e in first["items"]} & {key(e) for e in second["items"]}


def test_event_offsets_point_into_the_sentence(client: TestClient) -> None:
    items = client.get("/api/events", params={"limit": MAX_PAGE}).json()["items"]
    for e in items:
        assert e["start"] <= e["trigger_start"] < e["trigger_end"] <= e["end"]
        assert e["sentence"][e["trigger_start"] - e["start"]:e["trigger_end"] - e["start"]] == e["trigger"]


@pytest.mark.parametrize("name", ["type", "quad_class", "modality"])
def test_filters_restrict_results(client: TestClient, name: str) -> None:
    everything = client.get("/api/events", params={"limit": MAX_PAGE}).json()["items"]
    value = everything[0][name]
    got = client.get("/api/events", params={name: value, "limit": MAX_PAGE}).json()
    assert got["items"] and all(e[name] == value for e in got["items"])
    assert got["total"] == sum(1 for e in everything if e[name] == value)


def test_dyad_and_actor_filters(client: TestClient) -> None:
    edges = client.get("/api/network").json()["edges"]
    top = edges[0]
    got = client.get("/api/events", params={"dyad": f"{top['source']}-{top['target']}", "limit": MAX_PAGE}).json()
    assert got["total"] == top["events"]
    assert all(e["src_root"] == top["source"] and e["tgt_root"] == top["target"] for e in got["items"])
    by_actor = client.get("/api/events", params={"actor": top["source"]}).json()
    assert by_actor["total"] >= top["events"]


def test_search_over_sentences_and_articles(client: TestClient) -> None:
    word = client.get("/api/events", params={"limit": 1}).json()["items"][0]["trigger"]
    events = client.get("/api/events", params={"q": word}).json()
    assert events["total"] >= 1 and all(word.lower() in e["sentence"].lower() for e in events["items"])
    sentences = client.get("/api/sentences", params={"q": word}).json()
    assert sentences["total"] >= 1 and all(word.lower() in s["text"].lower() for s in sentences["items"])
    docs = client.get("/api/documents", params={"q": word}).json()
    assert 1 <= docs["total"] <= 5


def test_injection_attempts_are_just_strings(client: TestClient) -> None:
    for bad in ["' OR 1=1 --", "%' OR '1'='1", "x'); DROP TABLE events; --"]:
        r = client.get("/api/events", params={"actor": bad})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/stats").json()["events"] > 0


def test_document_has_all_facts_and_removed_lines(client: TestClient) -> None:
    listing = client.get("/api/documents", params={"limit": 5}).json()
    assert listing["total"] == 5
    doc = client.get(f"/api/documents/{listing['items'][0]['doc_id']}").json()
    text = doc["text"]
    for table in ("sentences", "mentions", "events", "quotes", "dates", "counts", "entities", "lines"):
        assert table in doc
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert doc["removed_lines"] and all(ln["label"] != "body" for ln in doc["removed_lines"])
    by_name = client.get(f"/api/documents/{doc['doc']}").json()
    assert by_name["doc_id"] == doc["doc_id"]


def test_timeline_network_places_quotes_counts(client: TestClient) -> None:
    total = client.get("/api/stats").json()["events"]
    days = client.get("/api/timeline").json()["items"]
    assert 0 < sum(d["events"] for d in days) <= total
    weeks = client.get("/api/timeline", params={"interval": "week", "by": "quad_class"}).json()["items"]
    assert sum(w["events"] for w in weeks) == sum(d["events"] for d in days)
    assert {w["key"] for w in weeks} <= {"1", "2", "3", "4"}
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and -10 <= e["mean_goldstein"] <= 10 for e in net["edges"])
    places = client.get("/api/places").json()["items"]
    assert places and all(p["events"] >= 1 for p in places)
    quotes = client.get("/api/quotes", params={"limit": 2}).json()
    assert quotes["total"] >= len(quotes["items"]) > 0
    counts = client.get("/api/counts").json()
    assert all(isinstance(c["number"], int) for c in counts["items"])
    actors = client.get("/api/actors", params={"kind": "org"}).json()
    assert all(a["kind"] == "org" for a in actors["items"])


@pytest.mark.parametrize(("path", "params"), [
    ("/api/events", {"limit": MAX_PAGE + 1}),
    ("/api/events", {"limit": 0}),
    ("/api/events", {"offset": -1}),
    ("/api/events", {"quad_class": 9}),
    ("/api/events", {"since": "yesterday"}),
    ("/api/events", {"dyad": "USA"}),
    ("/api/events", {"type": "A;B"}),
    ("/api/events", {"q": "a\x00b"}),
    ("/api/timeline", {"interval": "hour"}),
    ("/api/actors", {"kind": "robot"}),
    ("/api/sentences", {}),
])
def test_bad_parameters_are_json_4xx(client: TestClient, path: str, params: dict[str, object]) -> None:
    r = client.get(path, params=params)
    assert 400 <= r.status_code < 500, r.text
    assert r.headers["content-type"].startswith("application/json")


def test_unknown_document_is_404(client: TestClient) -> None:
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_read_only_server_refuses_ingest(client: TestClient) -> None:
    r = client.post("/api/ingest", data={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert client.get("/api/config").json()["write"] is False


def test_openapi_and_dashboard_are_served(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/documents/{doc_id}", "/api/timeline", "/api/network", "/api/places"} <= set(paths)
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/world.json").json()["countries"]


@pytest.fixture
def writer(example_db: Path, tmp_path: Path, pipeline: Pipeline) -> TestClient:
    db = tmp_path / "w.duckdb"
    shutil.copy(example_db, db)
    return TestClient(create_app(ApiConfig(str(db), write_token=TOKEN, writes_per_minute=3,
                                           max_upload_bytes=20_000), pipeline=pipeline))


ARTICLE = ("Menlu RI Bertemu Menlu Qatar di Doha\n\nJAKARTA - Menteri Luar Negeri Indonesia bertemu Menteri "
           "Luar Negeri Qatar di Doha pada Senin (3/3/2025) untuk membahas gencatan senjata di Gaza.\n")


def test_ingest_needs_the_token_and_stores_the_article(writer: TestClient) -> None:
    with writer:
        assert writer.post("/api/ingest", data={"text": ARTICLE}).status_code == 401
        assert writer.post("/api/ingest", data={"text": ARTICLE},
                           headers={"Authorization": "Bearer wrong"}).status_code == 401
        before = writer.get("/api/stats").json()["documents"]
        r = writer.post("/api/ingest", data={"text": ARTICLE, "name": "menlu.txt"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["stored"] == 1 and body["documents"][0]["doc"] == "menlu.txt"
        assert writer.get("/api/stats").json()["documents"] == before + 1
        doc = writer.get(f"/api/documents/{body['documents'][0]['doc_id']}").json()
        assert "Doha" in doc["text"]
        # the full-text index is rebuilt by the write, so search sees the new article at once
        stats = writer.get("/api/stats").json()
        assert stats["search"]["mode"] in {"fts", "ilike"}
        hits = writer.get("/api/sentences", params={"q": "Qatar Doha gencatan"}).json()["items"]
        assert any(h["doc"] == "menlu.txt" for h in hits)
        files = {"files": ("../../etc/evil.txt", ARTICLE.replace("Senin", "Selasa").encode(), "text/plain")}
        up = writer.post("/api/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
        assert up.status_code == 200 and up.json()["documents"][0]["doc"] == "evil.txt"


def test_ingest_limits_size_and_rate(writer: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with writer:
        big = writer.post("/api/ingest", files={"files": ("big.txt", b"a" * 200_000, "text/plain")}, headers=auth)
        assert big.status_code == 413
        codes = [writer.post("/api/ingest", data={"text": ""}, headers=auth).status_code for _ in range(4)]
        assert codes[:3] == [400, 400, 400] and codes[3] == 429


def test_until_is_an_inclusive_prefix(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    day = first["date"] or str(first["published"])
    same_day = client.get("/api/events", params={"since": day[:10], "until": day[:10]}).json()
    assert same_day["total"] >= 1
    to_month = client.get("/api/events", params={"until": day[:7]}).json()
    assert to_month["total"] >= same_day["total"]
