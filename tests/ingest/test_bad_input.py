"""Bad input: one clear line naming the file/record and reason; the batch goes on."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

from warta.ingest import iter_inputs
from warta.model import RawArticle
from warta.pipeline import Failure
from warta.settings import Settings

GOOD = "Menteri Luar Negeri Qatar bertemu dengan utusan Mesir di Doha pada Senin (19/8)."


def _records(paths: list[Path], **kw: int) -> list[RawArticle | Failure]:
    return list(iter_inputs([str(p) for p in paths], Settings(**kw)))  # type: ignore[arg-type]


def test_each_kind_of_bad_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("Bagaimana kabar caf\xe9 ini?".encode("latin-1"))
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa" * 3 + b"\x00\x01\x02" * 200)
    (tmp_path / "big.txt").write_text("x" * 3000)
    (tmp_path / "good.txt").write_text(GOOD)
    recs = {Path(r.where if isinstance(r, Failure) else r.origin).name: r for r in
            _records(sorted(tmp_path.iterdir()), max_bytes=2000)}
    assert isinstance(recs["empty.txt"], Failure) and recs["empty.txt"].kind == "empty"
    assert isinstance(recs["blank.txt"], Failure) and recs["blank.txt"].kind == "empty"
    assert isinstance(recs["image.txt"], Failure) and recs["image.txt"].kind == "binary"
    assert isinstance(recs["bad.txt"], Failure) and recs["bad.txt"].kind in ("binary", "undecodable")
    assert isinstance(recs["big.txt"], Failure) and recs["big.txt"].kind == "oversized"
    assert isinstance(recs["latin.txt"], RawArticle) and "café" in recs["latin.txt"].text
    assert isinstance(recs["good.txt"], RawArticle)


def test_malformed_jsonl_line_does_not_stop_the_file(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_bytes(
        b'{"judul": "A", "isi_berita": "' + GOOD.encode() + b'", "tautan": "https://x.id/a"}\n'
        b'{"judul": "B", "isi_berita": \n'
        b'\xff\xfe not utf8\n'
        b'["not", "an", "object"]\n'
        b'{"judul": "C"}\n'
        b'{"title": "D", "text": "' + GOOD.encode() + b'", "url": "https://x.id/d"}\n'
    )
    recs = _records([f])
    ok = [r for r in recs if isinstance(r, RawArticle)]
    bad = [r for r in recs if isinstance(r, Failure)]
    assert [r.doc for r in ok] == ["https://x.id/a", "https://x.id/d"]
    assert [b.where.rsplit(":", 1)[1] for b in bad] == ["2", "3", "4", "5"]
    assert "malformed JSON" in bad[0].reason and "UTF-8" in bad[1].reason and "no text field" in bad[3].reason


def test_gzip_and_missing_paths(tmp_path: Path) -> None:
    gz = tmp_path / "a.txt.gz"
    gz.write_bytes(gzip.compress(GOOD.encode()))
    trunc = tmp_path / "b.txt.gz"
    trunc.write_bytes(gzip.compress(GOOD.encode() * 50)[:40])
    recs = _records([gz, trunc, tmp_path / "nope.txt"])
    assert isinstance(recs[0], RawArticle) and recs[0].text == GOOD
    assert isinstance(recs[1], Failure)
    assert isinstance(recs[2], Failure) and recs[2].kind == "missing"


def test_cli_reports_one_line_per_bad_file_and_exit_status(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(GOOD)
    r = subprocess.run([sys.executable, "-m", "warta.cli", "ingest", str(tmp_path), "--db",
                        str(tmp_path / "w.duckdb")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    err = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert err == [f"warta: error: {tmp_path / 'empty.txt'}: empty input"]
    assert "1 stored" in r.stdout and "1 failed" in r.stdout
    r2 = subprocess.run([sys.executable, "-m", "warta.cli", "stats", "--db", str(tmp_path / "w.duckdb"),
                         "--format", "json"], capture_output=True, text=True, timeout=120)
    assert '"errors": 1' in r2.stdout
