"""Cleaning evaluation: HTML extraction and pre-scraped-text line labelling.

Two parts, both read from ``../shared/data`` at run time (nothing copied):

(a) **HTML pages** with extraction ground truth: the 26 article pages of
    ``id-news-html-anpandu`` (``ground_truth.json``, ``kind == "singlepage"``; the 10 front
    pages have no article) and the 3 Media Indonesia pages of ``id-news-html-fundus``. Scored:
    body token F1 (bag of lower-cased word tokens, micro-averaged over pages and also given
    per page), title exact match (whitespace-normalised) and publication date exact match.
    anpandu dates are epoch times the scraper converted to UTC from the page's WIB (UTC+7)
    time, so the expected date is the WIB calendar date. trafilatura's own ``extract()``
    (default settings) and its metadata run on the same pages in the same run as a baseline.

(b) **Dev gold** ``tests/eval/gold/clean.jsonl`` (see docs/cleaning-gold.md): every labelled
    line is matched to the cleaner's line with the same span. Scored: boilerplate-line
    precision/recall, caption precision/recall, body retention (each gold body line, less its
    noise spans, must be in ``Document.text``; its dateline prefix may or may not be), noise
    removal (no gold noise span left in the text) and metadata accuracy (outlet, published,
    dateline city, title where the raw text holds it).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from warta.clean.stage import CleanStage, repair_mojibake
from warta.eval.corpora import load_article, read_gold, require_data_dir
from warta.model import Document, RawArticle
from warta.settings import Settings

GOLD = Path(__file__).resolve().parents[3] / "tests" / "eval" / "gold" / "clean.jsonl"
_WIB = timezone(timedelta(hours=7))
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def token_prf(pred: str, gold: str) -> tuple[int, int, int]:
    """(overlap, predicted, gold) token counts, for micro-averaged F1."""
    p, g = tokens(pred), tokens(gold)
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def _f1(tp: int, npred: int, ngold: int) -> float:
    if not npred or not ngold:
        return 0.0
    prec, rec = tp / npred, tp / ngold
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True, slots=True)
class HtmlPage:
    name: str
    html: str
    url: str | None
    body: str
    title: str
    date: str


def html_pages(data_dir: Path | None = None) -> list[HtmlPage]:
    base = require_data_dir(data_dir)
    pages: list[HtmlPage] = []
    anpandu = base / "id-news-html-anpandu"
    for item in json.loads((anpandu / "ground_truth.json").read_text(encoding="utf-8")):
        if item.get("kind") != "singlepage":
            continue
        exp = item["expected"]
        stamp = datetime.fromtimestamp(int(exp["date"]) / 1000, UTC).astimezone(_WIB)
        html = (anpandu / item["html_path"]).read_bytes().decode("utf-8", errors="replace")
        pages.append(
            HtmlPage(item["html_path"], html, exp.get("url"), exp["content"], exp["title"], stamp.date().isoformat())
        )
    fundus = base / "id-news-html-fundus"
    for folder in sorted(p for p in fundus.iterdir() if p.is_dir()):
        exp = json.loads((folder / "MediaIndonesia.json").read_text(encoding="utf-8"))["V1"]
        meta = json.loads((folder / "meta.info.json").read_text(encoding="utf-8"))
        url = meta.get("url") if isinstance(meta, dict) else None
        parts = list(exp["body"].get("summary") or [])
        for sec in exp["body"]["sections"]:
            parts += list(sec.get("headline") or []) + list(sec.get("paragraphs") or [])
        html_file = next(folder.glob("*.html"))
        pages.append(
            HtmlPage(
                f"fundus/{folder.name}",
                html_file.read_text(encoding="utf-8", errors="replace"),
                url if isinstance(url, str) else None,
                "\n".join(parts),
                exp["title"],
                str(exp["publishing_date"])[:10],
            )
        )
    return pages


@dataclass
class SystemScore:
    tp: int = 0
    npred: int = 0
    ngold: int = 0
    titles: int = 0
    dates: int = 0
    pages: int = 0
    page_f1: list[tuple[str, float]] = field(default_factory=list)

    def add(self, name: str, body: str, title: str | None, date: str | None, page: HtmlPage) -> None:
        tp, npred, ngold = token_prf(body, page.body)
        self.tp, self.npred, self.ngold = self.tp + tp, self.npred + npred, self.ngold + ngold
        self.page_f1.append((name, _f1(tp, npred, ngold)))
        self.titles += _norm(title) == _norm(page.title)
        self.dates += (date or "")[:10] == page.date
        self.pages += 1

    def summary(self) -> dict[str, Any]:
        n = max(self.pages, 1)
        return {
            "pages": self.pages,
            "body_f1": round(_f1(self.tp, self.npred, self.ngold), 4),
            "body_f1_page_mean": round(sum(f for _, f in self.page_f1) / n, 4),
            "title_exact": round(self.titles / n, 4),
            "date_exact": round(self.dates / n, 4),
        }


def evaluate_html(data_dir: Path | None = None, settings: Settings | None = None) -> dict[str, Any]:
    import trafilatura

    stage = CleanStage(settings or Settings(use_ner=False))
    ours, theirs = SystemScore(), SystemScore()
    misses: list[dict[str, Any]] = []
    for page in html_pages(data_dir):
        raw = RawArticle(doc=page.name, origin=page.name, text=page.html, media_type="html", url=page.url)
        try:
            doc = stage(Document.from_raw(raw))
            ours.add(page.name, doc.text, doc.title, doc.published, page)
            got_title, got_date = doc.title, doc.published
        except Exception as exc:  # a page we fail on scores zero, and is listed
            ours.add(page.name, "", None, None, page)
            got_title, got_date = f"ERROR {exc}", None
        meta = trafilatura.extract_metadata(page.html, default_url=page.url)
        text = trafilatura.extract(page.html, url=page.url) or ""
        theirs.add(page.name, text, meta.title if meta else None, meta.date if meta else None, page)
        f_ours = ours.page_f1[-1][1]
        if f_ours < 0.9 or _norm(got_title) != _norm(page.title) or (got_date or "")[:10] != page.date:
            misses.append(
                {"page": page.name, "f1": round(f_ours, 3), "title": got_title, "gold_title": page.title,
                 "date": got_date, "gold_date": page.date}
            )
    return {"warta": ours.summary(), "trafilatura": theirs.summary(), "misses": misses}


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return read_gold(path)


def _strip_spans(raw: str, start: int, end: int, spans: Iterable[list[int]]) -> str:
    text = raw[start:end]
    for s, e in sorted(spans, reverse=True):
        text = text[: s - start] + text[e - start :]
    return _norm(text)


@dataclass
class LineCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {"precision": round(p, 4), "recall": round(r, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def evaluate_gold(
    data_dir: Path | None = None, settings: Settings | None = None, gold_path: Path = GOLD
) -> dict[str, Any]:
    stage = CleanStage(settings or Settings(use_ner=False))
    boiler, caption, heading = LineCounts(), LineCounts(), LineCounts()
    body_total = body_kept = noise_total = noise_gone = 0
    meta: dict[str, list[int]] = {k: [0, 0] for k in ("outlet", "published", "dateline", "title")}
    errors: list[dict[str, Any]] = []
    for rec in load_gold(gold_path):
        art = load_article(rec["corpus"], rec["id"], data_dir)
        raw = art.raw.text
        doc = stage(Document.from_raw(art.raw))
        predicted = {(ln.start, ln.end): ln for ln in doc.lines}
        text = _norm(doc.text)
        where = f"{rec['corpus']}:{rec['id']}"
        for gl in rec["lines"]:
            span = (gl["start"], gl["end"])
            pl = predicted.get(span)
            plabel = pl.label if pl else "missing"
            gold_b, pred_b = gl["label"] == "boilerplate", plabel == "boilerplate"
            boiler.tp += gold_b and pred_b
            boiler.fp += pred_b and not gold_b
            boiler.fn += gold_b and not pred_b
            gold_c, pred_c = gl["label"] == "caption", plabel == "caption"
            caption.tp += gold_c and pred_c
            caption.fp += pred_c and not gold_c
            caption.fn += gold_c and not pred_c
            gold_h, pred_h = gl["label"] == "heading", plabel == "heading"
            heading.tp += gold_h and pred_h
            heading.fp += pred_h and not gold_h
            heading.fn += gold_h and not pred_h
            if gold_b != pred_b or gold_c != pred_c:
                errors.append({"doc": where, "span": span, "gold": gl["label"], "pred": plabel,
                               "rule": pl.rule if pl else None})
            if gl["label"] != "body":
                continue
            body_total += 1
            noise = gl.get("noise") or []
            want = _strip_spans(raw, gl["start"], gl["end"], noise)
            dateline = [gl["dateline"]] if gl.get("dateline") else []
            want_no_dl = _strip_spans(raw, gl["start"], gl["end"], noise + dateline)
            # the cleaner repairs mojibake and inline scraping damage (a glued outlet name gets its space back), so
            # compare against the repaired line as well
            kept = any(w and (w in text or repair_mojibake(w) in text
                              or _norm(stage.rules.strip_noise(repair_mojibake(w))) in text)
                       for w in (want, want_no_dl))
            body_kept += bool(kept)
            if not kept:
                errors.append({"doc": where, "span": span, "gold": "body", "pred": plabel,
                               "rule": pl.rule if pl else None, "problem": "body text not kept"})
            for s, e in noise:
                noise_total += 1
                line_out = _norm(raw[gl["start"] : gl["end"]])
                gone = line_out not in text
                noise_gone += gone
                if not gone:
                    errors.append({"doc": where, "span": [s, e], "problem": "noise left in text"})
        gm = rec["meta"]
        # The gold names outlets by their byline spelling ("Holopis.com"); compare canonical names.
        gold_outlet = stage.outlets.by_name(gm["outlet"]) or gm["outlet"] if gm.get("outlet") else None
        checks = {
            "outlet": (gold_outlet, doc.outlet, gm.get("outlet") is not None),
            "published": (gm.get("published"), doc.published, gm.get("published") is not None),
            "dateline": (gm.get("dateline"), (doc.dateline or "").upper() or None, True),
            "title": (gm.get("title"), doc.title, gm.get("title") is not None),
        }
        for key, (want_v, got_v, scored) in checks.items():
            if not scored:
                continue
            meta[key][1] += 1
            ok = (_norm(str(want_v)).casefold() == _norm(str(got_v)).casefold()) if want_v else got_v is None
            meta[key][0] += ok
            if not ok:
                errors.append({"doc": where, "meta": key, "gold": want_v if key != "title" or rec["corpus"] in
                               ("seeds", "indosum") else "(unlicensed)", "pred": got_v})
    return {
        "articles": len(load_gold(gold_path)),
        "boilerplate": boiler.prf(),
        "caption": caption.prf(),
        "heading": heading.prf(),
        "body_retention": round(body_kept / max(body_total, 1), 4),
        "body_lines": body_total,
        "noise_removed": round(noise_gone / max(noise_total, 1), 4),
        "noise_spans": noise_total,
        "meta": {k: {"accuracy": round(c / n, 4) if n else None, "n": n} for k, (c, n) in meta.items()},
        "errors": errors,
    }


def evaluate(data_dir: Path | None = None, settings: Settings | None = None) -> dict[str, Any]:
    return {"html": evaluate_html(data_dir, settings), "gold": evaluate_gold(data_dir, settings)}


def format_report(result: dict[str, Any], verbose: bool = False) -> str:
    out: list[str] = []
    h = result["html"]
    out.append(f"HTML pages ({h['warta']['pages']}: anpandu 26 + fundus 3)")
    out.append(f"  {'system':<12} {'body F1':>8} {'F1/page':>8} {'title':>7} {'date':>7}")
    for name in ("warta", "trafilatura"):
        s = h[name]
        out.append(
            f"  {name:<12} {s['body_f1']:>8.4f} {s['body_f1_page_mean']:>8.4f} "
            f"{s['title_exact']:>7.2%} {s['date_exact']:>7.2%}"
        )
    g = result["gold"]
    b, c = g["boilerplate"], g["caption"]
    out.append(f"Pre-scraped text, dev gold ({g['articles']} articles)")
    out.append(f"  boilerplate lines  P {b['precision']:.4f}  R {b['recall']:.4f}  (tp {b['tp']} fp {b['fp']} fn {b['fn']})")
    out.append(f"  captions           P {c['precision']:.4f}  R {c['recall']:.4f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    hd = g["heading"]
    out.append(f"  headings           P {hd['precision']:.4f}  R {hd['recall']:.4f}  (tp {hd['tp']} fp {hd['fp']} fn {hd['fn']})")
    out.append(f"  body lines kept    {g['body_retention']:.4f} of {g['body_lines']}")
    out.append(f"  noise spans gone   {g['noise_removed']:.4f} of {g['noise_spans']}")
    for key, m in g["meta"].items():
        acc = "n/a" if m["accuracy"] is None else f"{m['accuracy']:.4f}"
        out.append(f"  {key:<18} {acc} (n={m['n']})")
    if verbose:
        out.append("HTML misses:")
        out += [f"  {json.dumps(m, ensure_ascii=False)}" for m in h["misses"]]
        out.append("Gold errors:")
        out += [f"  {json.dumps(e, ensure_ascii=False)}" for e in g["errors"]]
    return "\n".join(out)
