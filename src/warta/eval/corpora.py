"""Readers for the real corpora in ``../shared/data`` used by evaluation and benchmarks.

Most of these corpora may not be redistributed (see ``../shared/data/README.md``), so
gold files refer to an article by ``(corpus, id)`` and to its text by offsets into the
*raw text* defined here; this module is the single definition of that raw text.

Raw text per corpus:

- ``seeds``: the file's content, exactly as scraped (``examples/`` holds the same files).
- ``indosum``: paragraphs → sentences → tokens, detokenised by :func:`detokenize`,
  sentences joined with a space and paragraphs with a blank line.
- ``detik2025``: the ``isi_berita`` field; ``media2023``: the ``Text`` field.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from warta.errors import ConfigError
from warta.model import Document, RawArticle
from warta.pipeline import Failure
from warta.settings import Settings

CORPORA = ("seeds", "indosum", "detik2025", "media2023")
_JAKARTA = timezone(timedelta(hours=7))

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}”’])")
_NO_SPACE_AFTER = re.compile(r"([(\[{“‘]) ")


def shared_data_dir() -> Path | None:
    """``$WARTA_SHARED_DATA`` or ``../shared/data`` beside the checkout, if present."""
    env = os.environ.get("WARTA_SHARED_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents[:6]]
    candidates += [Path.cwd().parent / "shared" / "data"]
    for c in candidates:
        if c.is_dir():
            return c
    return None


def require_data_dir(data_dir: Path | None = None) -> Path:
    found = data_dir or shared_data_dir()
    if found is None or not found.is_dir():
        raise ConfigError(
            "shared data not found: pass --data-dir or set WARTA_SHARED_DATA "
            "(expected ../shared/data beside the checkout)"
        )
    return found


def detokenize(tokens: list[str]) -> str:
    """Join IndoSum tokens into readable text: no space before , . ) or after (."""
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    # straight double quotes: attach opening quotes to the next word, closing to the previous
    out: list[str] = []
    opened = False
    for part in re.split(r'( ?" ?)', text):
        if part.strip() == '"':
            out.append(' "' if not opened else '" ')
            opened = not opened
        else:
            out.append(part)
    return re.sub(r"  +", " ", "".join(out)).strip()


def indosum_text(record: dict[str, object]) -> str:
    paragraphs = record["paragraphs"]
    assert isinstance(paragraphs, list)
    return "\n\n".join(" ".join(detokenize(sent) for sent in para) for para in paragraphs)


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    corpus: str
    id: str
    raw: RawArticle


def _seeds(data_dir: Path) -> Iterator[CorpusArticle]:
    seeds = data_dir.parent / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield CorpusArticle("seeds", path.name, RawArticle(doc=path.name, origin=str(path), text=text))


def _indosum(data_dir: Path, full: bool) -> Iterator[CorpusArticle]:
    base = data_dir / "indosum"
    files = sorted(base.glob("dev.0*.jsonl")) if full else [base / "diplomacy-subset.jsonl"]
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                rid = str(rec["id"])
                if rid in seen:
                    continue
                seen.add(rid)
                stamp = rid.split("-", 1)[0]
                published = (
                    datetime.fromtimestamp(int(stamp), UTC).astimezone(_JAKARTA).date().isoformat()
                    if stamp.isdigit()
                    else None
                )
                raw = RawArticle(
                    doc=f"indosum:{rid}",
                    origin=f"{path}#{rid}",
                    text=indosum_text(rec),
                    published_hint=published,
                    outlet_hint=str(rec.get("source") or "") or None,
                    url=str(rec.get("source_url") or "") or None,
                )
                yield CorpusArticle("indosum", rid, raw)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)
    else:
        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)


def _detik(data_dir: Path, full: bool) -> Iterator[CorpusArticle]:
    base = data_dir / "detik-entity-aspect-summ-2025"
    path = base / ("data_berita.csv" if full else "diplomacy-subset.jsonl")
    for row in _rows(path):
        rid = str(row["id"])
        published = None
        with contextlib.suppress(ValueError, KeyError, IndexError):
            published = datetime.strptime(row["tanggal"].split()[0], "%m/%d/%Y").date().isoformat()
        raw = RawArticle(
            doc=f"detik2025:{rid}",
            origin=f"{path}#{rid}",
            text=row["isi_berita"],
            title_hint=row.get("judul") or None,
            published_hint=published,
            url=row.get("tautan") or None,
        )
        yield CorpusArticle("detik2025", rid, raw)


def _media(data_dir: Path, full: bool) -> Iterator[CorpusArticle]:
    base = data_dir / "media-news-2023"
    if full:
        for i, row in enumerate(_rows(base / "media_news.csv")):
            yield _media_article(base / "media_news.csv", str(i), row)
    else:
        index = list(_rows_tsv(base / "diplomacy-subset.index.tsv"))
        for row_index, row in zip(index, _rows(base / "diplomacy-subset.jsonl"), strict=False):
            yield _media_article(base / "diplomacy-subset.jsonl", row_index["row"], row)


def _rows_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def _media_article(path: Path, rid: str, row: dict[str, str]) -> CorpusArticle:
    raw = RawArticle(
        doc=f"media2023:{rid}",
        origin=f"{path}#{rid}",
        text=row["Text"],
        title_hint=" ".join((row.get("Title") or "").split()) or None,
        outlet_hint=row.get("Media") or None,
        url=row.get("URL") or None,
    )
    return CorpusArticle("media2023", rid, raw)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """A gold file: one JSON object (an annotated article) per non-blank line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def iter_corpus(corpus: str, data_dir: Path | None = None, *, full: bool = False) -> Iterator[CorpusArticle]:
    """Articles of one corpus: its diplomacy subset, or every article with ``full``.

    For ``media2023`` the id is the row number of the full CSV (as the subset index gives it).
    """
    base = require_data_dir(data_dir)
    if corpus == "seeds":
        yield from _seeds(base)
    elif corpus == "indosum":
        yield from _indosum(base, full)
    elif corpus == "detik2025":
        yield from _detik(base, full)
    elif corpus == "media2023":
        yield from _media(base, full)
    else:
        raise ConfigError(f"unknown corpus {corpus!r}: expected one of {', '.join(CORPORA)}")


def load_article(corpus: str, article_id: str, data_dir: Path | None = None) -> CorpusArticle:
    """One article by id, searching the diplomacy subset first, then the full corpus."""
    for full in (False, True):
        for art in iter_corpus(corpus, data_dir, full=full):
            if art.id == article_id:
                return art
    raise ConfigError(f"article {corpus}:{article_id} not found in shared data")


def run_gold(records: Iterable[dict[str, Any]], data_dir: Path | None = None, settings: Settings | None = None,
             ) -> Iterator[tuple[dict[str, Any], RawArticle, Document, Failure | None]]:
    """Each gold record's article run through the full pipeline: (record, raw, document, failure).

    A publication date the annotator established (``published`` in the record) is the
    article's when the corpus gives none, so relative dates resolve as the gold does. A
    pipeline failure yields the unprocessed document, which scores as finding nothing.
    """
    import dataclasses

    from warta.pipeline import build_pipeline

    pipe = build_pipeline(settings)
    for rec in records:
        raw = load_article(rec["corpus"], str(rec["id"]), data_dir).raw
        if raw.published_hint is None and rec.get("published"):
            raw = dataclasses.replace(raw, published_hint=rec["published"])
        out = pipe.process(raw)
        if isinstance(out, Failure):
            yield rec, raw, Document.from_raw(raw), out
        else:
            yield rec, raw, out, None
