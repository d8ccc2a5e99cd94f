"""Each reader on small files written here: text, HTML, WARC, JSONL/JSON/CSV, RSS/Atom, .gz, dirs."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import iter_inputs
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings

BODY = "Menteri Luar Negeri Retno Marsudi bertemu Menlu Qatar di Doha pada Senin (19/8) untuk membahas Gaza."
PAGE = (
    "<html><head><title>Retno Bertemu Menlu Qatar - Contoh.com</title>"
    '<meta property="article:published_time" content="2024-08-19T10:00:00+07:00"></head>'
    f"<body><article><h1>Retno Bertemu Menlu Qatar</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
)


def _read(paths: list[Path], **kw: object) -> list[RawArticle | Failure]:
    return list(iter_inputs([str(p) for p in paths], Settings(**kw)))  # type: ignore[arg-type]


def _ok(recs: list[RawArticle | Failure]) -> list[RawArticle]:
    return [r for r in recs if isinstance(r, RawArticle)]


def _bad(recs: list[RawArticle | Failure]) -> list[Failure]:
    return [r for r in recs if isinstance(r, Failure)]


def _warc(path: Path, records: list[tuple[str, str, bytes]], gz: bool = True) -> None:
    """Write a real WARC: (uri, content-type, payload) responses, plus a request record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, ctype, payload in records:
            req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-08-19T08:00:00Z"},
            )
            writer.write_record(rec)


def test_plain_text_utf8_and_legacy_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(("Pertemuan di café “Doha” berlangsung lancar. " * 5).encode("cp1252"))
    recs = _ok(_read([tmp_path / "a.txt", tmp_path / "b.txt"]))
    assert [r.media_type for r in recs] == ["text", "text"]
    assert recs[0].text == BODY
    assert "café “Doha”" in recs[1].text


def test_html_file_is_marked_html(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "noext").write_text(PAGE, encoding="utf-8")
    recs = _ok(_read([tmp_path / "page.html", tmp_path / "noext"]))
    assert [r.media_type for r in recs] == ["html", "html"]


def test_warc_keeps_html_responses_with_url_and_fetch_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        ("https://contoh.com/read/2024/08/19/retno", "text/html; charset=utf-8", PAGE.encode()),
        ("https://contoh.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50),
        ("https://contoh.com/api", "application/json", b'{"a": 1}'),
        ("https://contoh.com/read/2024/08/20/kedua", "text/html", PAGE.replace("Qatar", "Mesir").encode()),
    ])
    recs = _read([path])
    ok = _ok(recs)
    assert not _bad(recs)
    assert [r.url for r in ok] == [
        "https://contoh.com/read/2024/08/19/retno", "https://contoh.com/read/2024/08/20/kedua"]
    assert all(r.media_type == "html" and r.fetched == "2024-08-19T08:00:00Z" for r in ok)
    assert "Mesir" in ok[1].text


def test_uncompressed_warc_by_content_sniffing(tmp_path: Path) -> None:
    path = tmp_path / "crawl.dat"
    _warc(path, [("https://contoh.com/a", "text/html", PAGE.encode())], gz=False)
    ok = _ok(_read([path]))
    assert [r.url for r in ok] == ["https://contoh.com/a"]


def test_truncated_warc_reports_and_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _warc(path, [("https://contoh.com/a", "text/html", PAGE.encode()),
                 ("https://contoh.com/b", "text/html", (PAGE * 20).encode())], gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 3000])
    recs = _read([path])
    assert [r.url for r in _ok(recs)][:1] == ["https://contoh.com/a"]
    bad = _bad(recs)
    assert len(bad) == 1 and bad[0].where.startswith(str(path))
    assert "truncat" in bad[0].reason or "malformed" in bad[0].kind


def test_truncated_gzip_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://contoh.com/a", "text/html", PAGE.encode()),
                 ("https://contoh.com/b", "text/html", (PAGE * 50).encode())])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    recs = _read([path])
    assert [r.url for r in _ok(recs)] == ["https://contoh.com/a"]
    assert len(_bad(recs)) == 1


def test_jsonl_default_fields_and_overrides(tmp_path: Path) -> None:
    f = tmp_path / "export.jsonl"
    f.write_text(
        json.dumps({"judul": "Satu", "isi_berita": BODY, "tanggal": "2024-08-19", "tautan": "https://x.id/1"}) + "\n"
        + json.dumps({"headline": "Dua", "content": BODY, "date_publish": "2024-08-20 10:00:00",
                      "link": "https://x.id/2", "authors": ["A", "B"]}) + "\n",
        encoding="utf-8",
    )
    ok = _ok(_read([f]))
    assert [(r.title_hint, r.url, r.published_hint) for r in ok] == [
        ("Satu", "https://x.id/1", "2024-08-19"), ("Dua", "https://x.id/2", "2024-08-20")]
    assert ok[1].authors_hint == ("A", "B")
    g = tmp_path / "custom.jsonl"
    g.write_text(json.dumps({"naskah": BODY, "kepala": "Tiga", "alamat": "https://x.id/3"}) + "\n")
    ok2 = _ok(_read([g], text_field="naskah", title_field="kepala", url_field="alamat"))
    assert [(r.text, r.title_hint, r.url) for r in ok2] == [(BODY, "Tiga", "https://x.id/3")]
    assert "no text field" in _bad(_read([g]))[0].reason


def test_json_array_file(tmp_path: Path) -> None:
    f = tmp_path / "export.json"
    f.write_text(json.dumps([{"title": "A", "text": BODY}, {"title": "B"}, "x"]), encoding="utf-8")
    recs = _read([f])
    assert [r.title_hint for r in _ok(recs)] == ["A"]
    assert len(_bad(recs)) == 2


def test_csv_and_tsv_with_mapping(tmp_path: Path) -> None:
    f = tmp_path / "berita.csv"
    f.write_text(f'Title,Text,URL,Media\n"Judul A","{BODY}",https://www.kompas.com/a,Kompas\n', encoding="utf-8")
    t = tmp_path / "berita.tsv"
    t.write_text(f"judul\tisi\ttautan\nJudul B\t{BODY}\thttps://x.id/b\n", encoding="utf-8")
    ok = _ok(_read([f, t]))
    assert [(r.title_hint, r.url, r.outlet_hint) for r in ok] == [
        ("Judul A", "https://www.kompas.com/a", "Kompas"), ("Judul B", "https://x.id/b", None)]


def test_rss_and_atom(tmp_path: Path) -> None:
    rss = tmp_path / "feed.rss"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Contoh News</title>'
        f"<item><title>Satu</title><link>https://x.id/1</link><description>{BODY}</description>"
        "<pubDate>Mon, 19 Aug 2024 10:00:00 +0700</pubDate></item>"
        "<item><title>Kosong</title><link>https://x.id/2</link></item></channel></rss>",
        encoding="utf-8",
    )
    atom = tmp_path / "feed.xml"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
        '<entry><title>Dua</title><link href="https://x.id/3"/><updated>2024-08-20T10:00:00Z</updated>'
        f'<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    recs = _read([rss, atom])
    ok = _ok(recs)
    assert [(r.title_hint, r.url, r.published_hint, r.media_type) for r in ok] == [
        ("Satu", "https://x.id/1", "2024-08-19", "text"), ("Dua", "https://x.id/3", "2024-08-20", "html")]
    assert [b.kind for b in _bad(recs)] == ["empty"]


def test_gz_of_each_kind_and_directories(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (d / "sub" / "b.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    (d / "sub" / "c.html").write_text(PAGE)
    (d / "store.duckdb").write_bytes(b"\x00" * 100)  # not an input kind: skipped in a directory
    (d / ".hidden.txt").write_text(BODY)
    recs = _read([d])
    assert not _bad(recs)
    assert [Path(r.origin.split(":")[0]).name for r in _ok(recs)] == ["a.txt.gz", "b.jsonl.gz", "c.html"]


def test_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    tracemalloc.start()
    recs = _read([big, good])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(recs[0], Failure) and recs[0].kind == "oversized" and "200" in recs[0].reason
    assert isinstance(recs[1], RawArticle)
    assert peak < 20 * 1024 * 1024


def test_oversized_jsonl_line_is_skipped_in_chunks(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    with f.open("wb") as fh:
        fh.write((json.dumps({"text": BODY}) + "\n").encode())
        fh.write(b'{"text": "' + b"a" * 3_000_000 + b'"}\n')
        fh.write((json.dumps({"text": BODY + " lagi"}) + "\n").encode())
    tracemalloc.start()
    recs = _read([f], max_bytes=100_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [type(r).__name__ for r in recs] == ["RawArticle", "Failure", "RawArticle"]
    bad = _bad(recs)[0]
    assert bad.kind == "oversized" and bad.where.endswith(":2")
    assert peak < 3_000_000


def test_invalid_utf8_text_file_gets_a_clear_error_or_a_fallback(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(b"Berita \xc3\x28 rusak " + bytes(range(0x80, 0x100)) * 30)
    rec = _read([f])[0]
    if isinstance(rec, Failure):
        assert rec.kind in ("undecodable", "binary") and str(f) in rec.where
    else:
        assert rec.text.startswith("Berita")


def test_cli_max_mb_refuses_a_record_and_reads_the_rest(tmp_path: Path) -> None:
    import subprocess
    import sys

    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY * 20000}) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "warta.cli", "extract", "--no-ner", "--max-mb", "1", str(f)],
                       capture_output=True, text=True, timeout=300)
    assert f"{f}:2: too large" in r.stderr
    docs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert len(docs) == 1 and docs[0]["text"].startswith("Menteri Luar Negeri")


def test_stdin_jsonl_is_streamed_and_sniffed(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = json.dumps({"text": BODY, "url": "https://x.id/s"}) + "\n{rusak\n"
    r = subprocess.run([sys.executable, "-m", "warta.cli", "extract", "--no-ner", "-"], input=data,
                       capture_output=True, text=True, timeout=300)
    docs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert [d["url"] for d in docs] == ["https://x.id/s"]
    assert "<stdin>:2: malformed JSON" in r.stderr
