"""Where the time goes: throughput, per-stage cost, memory, scaling, engines, and baselines.

Run (never as a unit test; it reads the real corpora in ../shared/data)::

    .venv/bin/python -m benchmarks.run                      # full run, ~3,000 articles
    .venv/bin/python -m benchmarks.run --articles 500 --only e2e,html   # quick look

Each section runs in its own process (so peak RSS is that section's alone) and prints one
JSON line; ``--json FILE`` also writes them all. Sections:

- ``e2e``: the local engine, 1 worker, over the real articles (+ repeats up to 4×1k), Parquet
  written: documents/s, time per stage, peak RSS, and the elapsed time at 1k/2k/4k documents.
- ``workers``: the local engine with 2 worker processes on the same articles.
- ``spark``: Spark ``local[2]`` against the local engine with 1 worker on the same articles,
  ``--repeat`` paired runs back to back (both warm; JVM start-up timed separately); medians.
- ``html``: trafilatura ``extract()`` vs warta's ``extract_html`` on the 39 real pages,
  and the whole pipeline on them.
- ``segment``: spaCy ``blank("id")`` + sentencizer vs warta's Segmenter on the same texts.
- ``profile``: cProfile of the pipeline on a slice: the hottest functions, with share of time.
- ``memory``: RSS after importing the stages and after each stage first runs (loading its
  lexicons/models), in pipeline order; the runner's duckdb import; growth per document.

``--ner-model DIR`` pins the NER model (compare runs while the packaged one is retrained).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SECTIONS = ("e2e", "workers", "spark", "html", "segment", "profile", "memory")
CHECKPOINTS = (1000, 2000, 4000)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Current resident set size (Linux ``/proc``; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _settings(args: argparse.Namespace) -> Any:
    """Default settings, with ``--ner-model`` pinned (the packaged model may be retrained mid-session)."""
    from warta.settings import Settings

    return Settings(ner_model=args.ner_model) if args.ner_model else Settings()


def real_articles(n: int) -> list[Any]:
    """``n`` real text articles: IndoSum (full), then detik 2025 and media 2023 in proportion."""
    from warta.eval.corpora import iter_corpus

    quota = {"indosum": n * 2 // 3, "detik2025": n * 2 // 9, "media2023": n - n * 2 // 3 - n * 2 // 9}
    out = []
    for corpus, k in quota.items():
        got = [a.raw for a in itertools.islice(iter_corpus(corpus, full=True), k)]
        out += got
    if len(out) < n:  # a corpus ran short: top up from IndoSum
        out += [a.raw for a in itertools.islice(iter_corpus("indosum", full=True), len(out), n)]
    return out[:n]


def write_jsonl(raws: list[Any], path: Path, repeat_to: int = 0) -> int:
    """The articles as a JSONL feed (repeated, with new ids, up to ``repeat_to``).

    The articles are interleaved by corpus so every 1k slice has the same mix and the
    1k/2k/4k checkpoints measure scaling, not a change of corpus.
    """
    raws = _interleave(raws)
    total = max(len(raws), repeat_to)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(total):
            raw = raws[i % len(raws)]
            rid = raw.doc if i < len(raws) else f"{raw.doc}#r{i // len(raws)}"
            fh.write(json.dumps({"id": rid, "text": raw.text, "title": raw.title_hint, "url": raw.url,
                                 "source": raw.outlet_hint, "published": raw.published_hint},
                                ensure_ascii=False) + "\n")
    return total


def _interleave(raws: list[Any]) -> list[Any]:
    groups: dict[str, list[Any]] = {}
    for r in raws:
        groups.setdefault(r.doc.split(":", 1)[0], []).append(r)
    n = len(raws)
    keyed = [(i / len(g), r) for g in groups.values() for i, r in enumerate(g)]
    return [r for _, r in sorted(keyed, key=lambda kr: kr[0])][:n]


def html_pages() -> list[Path]:
    from warta.eval.corpora import require_data_dir

    base = require_data_dir()
    pages = sorted((base / "id-news-html-anpandu" / "html").rglob("*.html"))
    pages += sorted((base / "id-news-html-fundus").rglob("*.html"))
    return pages


class Timed:
    """A stage wrapper that adds its wall time to a shared dict (benchmark only)."""

    def __init__(self, stage: Any, clock: dict[str, float]) -> None:
        self.stage, self.clock = stage, clock
        self.name, self.reads, self.writes = stage.name, stage.reads, stage.writes

    def __call__(self, doc: Any) -> Any:
        t = time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.clock[self.name] = self.clock.get(self.name, 0.0) + time.perf_counter() - t


def _warm(pipeline: Any, raws: list[Any], n: int = 20) -> float:
    """Load lexicons/models (lazily loaded, some only when a place or date needs them)."""
    t = time.perf_counter()
    for raw in raws[:n]:
        pipeline.process(raw)
    return time.perf_counter() - t


def section_e2e(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from warta.ingest import iter_inputs
    from warta.pipeline import Pipeline, build_pipeline
    from warta.runners.parquet import PartWriter, collect, new_run_id

    raws = real_articles(args.articles)
    feed = work / "articles.jsonl"
    total = write_jsonl(raws, feed, repeat_to=max(CHECKPOINTS) if args.scaling else 0)
    n_real, raws = len(raws), raws[:20]  # the run reads the feed: keep no second copy in memory
    base = build_pipeline(_settings(args))
    warm = _warm(base, raws)
    clock: dict[str, float] = {}
    pipeline = Pipeline([Timed(s, clock) for s in base.stages], base.settings)
    marks: dict[int, float] = {}
    cpu_marks: dict[int, float] = {}
    n = 0

    def counted(records: Any) -> Any:
        nonlocal n
        for rec in records:
            yield rec
            n += 1
            if n in CHECKPOINTS or n == n_real:
                marks[n] = time.perf_counter() - t0
                cpu_marks[n] = time.process_time() - cpu0

    writer = PartWriter(work / "out-e2e")
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    failures = collect(counted(pipeline.process_many(iter_inputs([str(feed)], base.settings))), writer,
                       base.version, new_run_id())
    writer.close()
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    real = marks.get(n_real, elapsed)
    stages = {k: round(v, 2) for k, v in clock.items()}
    per_stage_total = sum(clock.values())
    return {
        "section": "e2e", "documents": total, "real_articles": n_real, "failures": failures,
        "warmup_s": round(warm, 2), "elapsed_s": round(elapsed, 2),
        "docs_per_s_per_core_real": round(n_real / real, 1),
        "docs_per_cpu_s": round(total / cpu, 1),  # contention-free: the box is shared
        "stage_s": stages,
        "stage_share": {k: round(v / per_stage_total, 3) for k, v in clock.items()},
        "outside_stages_share": round(1 - per_stage_total / elapsed, 3),
        "checkpoints_s": {str(k): round(v, 2) for k, v in sorted(marks.items())},
        "checkpoints_cpu_s": {str(k): round(v, 2) for k, v in sorted(cpu_marks.items())},
        "ratio_4k_over_1k": round(marks[4000] / marks[1000], 2) if 4000 in marks and 1000 in marks else None,
        "cpu_ratio_4k_over_1k": (round(cpu_marks[4000] / cpu_marks[1000], 2)
                                 if 4000 in cpu_marks and 1000 in cpu_marks else None),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def section_workers(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from warta.pipeline import build_pipeline
    from warta.runners.parquet import run_local_to_parquet

    raws = real_articles(args.articles)
    feed = work / "articles.jsonl"
    write_jsonl(raws, feed)
    out: dict[str, Any] = {"section": "workers", "documents": len(raws)}
    for workers in args.workers:
        t = time.perf_counter()
        run_local_to_parquet([str(feed)], work / f"out-w{workers}", build_pipeline(_settings(args)), workers)
        dt = time.perf_counter() - t
        out[f"w{workers}_s"] = round(dt, 2)
        out[f"w{workers}_docs_per_s"] = round(len(raws) / dt, 1)
    out["peak_rss_mb_driver"] = round(peak_rss_mb(), 1)
    out["peak_rss_mb_children"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return out


def section_spark(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Spark ``local[2]`` against the local engine with one worker, as paired runs.

    Both sides are warm (Spark: JVM up, a warm-up run has loaded the pipeline in both Python
    workers; local: a warm-up has loaded the same pipeline in this process), read the same
    JSONL feed and write the same Parquet tables. Each repeat runs the two back to back,
    alternating which goes first, with the load average beside it; the ratio is computed per
    pair and the median reported, so a load change on a shared machine hits both sides.
    """
    import statistics

    from warta.pipeline import build_pipeline
    from warta.runners.parquet import run_local_to_parquet
    from warta.runners.spark import spark_session

    raws = real_articles(args.articles)
    feed = work / "articles.jsonl"
    write_jsonl(raws, feed)
    warm_feed = work / "warm.jsonl"
    write_jsonl(raws[: args.spark_warmup], warm_feed)
    t = time.perf_counter()
    spark = spark_session("local[2]", app="warta-bench")
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.parallelize([0, 1], 2).count()  # executors and Python workers up
    jvm = time.perf_counter() - t
    pairs: list[dict[str, Any]] = []
    try:
        t = time.perf_counter()  # a small first run: both Python workers load lexicons and model
        _spark_run(spark, warm_feed, work / "out-warm", args)
        warmup = time.perf_counter() - t
        local_pipeline = build_pipeline(_settings(args))
        t = time.perf_counter()
        _warm(local_pipeline, raws)
        local_warmup = time.perf_counter() - t
        del raws
        for r in range(args.repeat):
            pair: dict[str, Any] = {"load_before": [round(x, 2) for x in os.getloadavg()]}
            for side in (("local", "spark") if r % 2 == 0 else ("spark", "local")):
                t, cpu = time.perf_counter(), time.process_time()
                if side == "local":
                    info = run_local_to_parquet([str(feed)], work / f"out-local-{r}", local_pipeline, 1)
                    pair["local_cpu_s"] = round(time.process_time() - cpu, 2)
                else:
                    info = _spark_run(spark, feed, work / f"out-spark-{r}", args)
                pair[f"{side}_s"] = round(time.perf_counter() - t, 2)
                pair[f"{side}_documents"] = info.rows["documents"]
            pair["load_after"] = [round(x, 2) for x in os.getloadavg()]
            pair["speedup"] = round(pair["local_s"] / pair["spark_s"], 3)
            pairs.append(pair)
    finally:
        spark.stop()
    med = statistics.median
    return {"section": "spark", "master": "local[2]", "documents": pairs[0]["spark_documents"],
            "partitions": args.partitions or "default", "jvm_startup_s": round(jvm, 2),
            f"spark_warmup_run_{args.spark_warmup}_docs_s": round(warmup, 2),
            "local_warmup_s": round(local_warmup, 2), "pairs": pairs,
            "median_local_s": med(p["local_s"] for p in pairs), "median_spark_s": med(p["spark_s"] for p in pairs),
            "median_spark_docs_per_s": round(pairs[0]["spark_documents"] / med(p["spark_s"] for p in pairs), 1),
            "median_speedup_spark_over_1_worker": med(p["speedup"] for p in pairs)}


def _spark_run(spark: Any, feed: Path, out: Path, args: argparse.Namespace) -> Any:
    from warta.pipeline import build_pipeline
    from warta.runners.spark import run_spark

    return run_spark(spark, [str(feed)], str(out), build_pipeline(_settings(args)), partitions=args.partitions)


def section_html(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import trafilatura

    from warta.clean.html import extract_html
    from warta.ingest import iter_inputs
    from warta.pipeline import build_pipeline

    pages = html_pages()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    fns: dict[str, Any] = {"trafilatura_extract": trafilatura.extract, "warta_extract_html": extract_html}
    for fn in fns.values():  # warm both
        fn(texts[0])
    timings = {}
    for name, fn in fns.items():
        t = time.perf_counter()
        for _ in range(args.repeat_html):
            for h in texts:
                fn(h)
        timings[name] = (time.perf_counter() - t) / args.repeat_html
    pipeline = build_pipeline(_settings(args))
    records = list(iter_inputs([str(p) for p in pages], pipeline.settings))
    _warm(pipeline, [r for r in records if hasattr(r, "text")], n=3)
    t = time.perf_counter()
    results = list(pipeline.process_many(records))
    dt = time.perf_counter() - t
    return {"section": "html", "pages": len(pages), "mb": round(sum(map(len, texts)) / 1e6, 2),
            **{f"{k}_pages_per_s": round(len(pages) / v, 1) for k, v in timings.items()},
            "pipeline_pages_per_s": round(len(pages) / dt, 1),
            "pipeline_failures": [str(r)[-160:] for r in results if not hasattr(r, "events")]}


def section_segment(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import spacy

    from warta.language.segment import Segmenter

    raws = real_articles(min(args.articles, 1000))
    texts = [r.text for r in raws]
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    seg = Segmenter.load()
    t = time.perf_counter()
    n_spacy = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=64))
    t_spacy = time.perf_counter() - t
    t = time.perf_counter()
    n_warta = sum(len(seg.sentences(tx, ())) for tx in texts)
    t_warta = time.perf_counter() - t
    t = time.perf_counter()
    n_warta_nt = sum(len(seg.sentences(tx, (), with_tokens=False)) for tx in texts)
    t_warta_nt = time.perf_counter() - t
    chars = sum(map(len, texts))
    return {"section": "segment", "texts": len(texts), "mchars": round(chars / 1e6, 2),
            "spacy_blank_sentencizer": {"docs_per_s": round(len(texts) / t_spacy, 1), "sentences": n_spacy},
            "warta_segmenter_with_tokens": {"docs_per_s": round(len(texts) / t_warta, 1), "sentences": n_warta},
            "warta_segmenter_no_tokens": {"docs_per_s": round(len(texts) / t_warta_nt, 1),
                                          "sentences": n_warta_nt}}


def section_profile(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from warta.pipeline import build_pipeline

    raws = real_articles(min(args.articles, args.profile_articles))
    pipeline = build_pipeline(_settings(args))
    _warm(pipeline, raws)
    prof = cProfile.Profile()
    prof.enable()
    for r in raws:
        pipeline.process(r)
    prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]  # pstats internals
    rows = []
    for (file, line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append((tt, ct, f"{_short(file)}:{line}:{func}"))
    rows.sort(reverse=True)
    cum = sorted(((ct, f"{_short(f)}:{ln}:{fn}") for (f, ln, fn), (_a, _b, _t, ct, _c) in stats.stats.items()  # type: ignore[attr-defined]
                  if "/warta/" in f), reverse=True)
    return {"section": "profile", "documents": len(raws), "total_s": round(total, 2),
            "top_self": [{"where": w, "self_share": round(tt / total, 3), "cum_share": round(ct / total, 3)}
                         for tt, ct, w in rows[: args.top]],
            "top_warta_cumulative": [{"where": w, "cum_share": round(ct / total, 3)} for ct, w in cum[: args.top]]}


def section_memory(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Where the resident memory goes: RSS after importing the stage modules, then after each
    stage has run (and so loaded its lexicons/models) on 20 articles, in pipeline order; then
    the store/Parquet imports the runner adds, and 1,000 more documents (growth per document)."""
    import gc

    from warta.eval.corpora import iter_corpus

    steps: list[tuple[str, float]] = [("python, benchmark, corpus reader", rss_mb())]
    raws = [a.raw for a in itertools.islice(iter_corpus("indosum", full=True), min(args.articles, 1000))]
    steps.append(("articles in memory", rss_mb()))
    from warta.model import Document
    from warta.pipeline import build_pipeline

    pipeline = build_pipeline(_settings(args))
    steps.append(("stage modules imported, pipeline built", rss_mb()))
    docs = [Document.from_raw(r) for r in raws[:20]]
    for stage in pipeline.stages:
        docs = [stage(d) for d in docs]
        gc.collect()
        steps.append((f"after {stage.name} (its resources loaded)", rss_mb()))
    warm = rss_mb()
    for label, mod in (("+ import duckdb (store rows, schema, Parquet writer)", "duckdb"),):
        __import__(mod)
        steps.append((label, rss_mb()))
    before = rss_mb()
    for r in raws[20:]:
        pipeline.process(r)
    gc.collect()
    grown = rss_mb() - before
    out: dict[str, Any] = {"section": "memory", "steps_mb": {}, "delta_mb": {}}
    prev = 0.0
    for label, mb in steps:
        out["steps_mb"][label] = round(mb, 1)
        out["delta_mb"][label] = round(mb - prev, 1)
        prev = mb
    out["pipeline_warm_mb"] = round(warm, 1)
    out[f"growth_over_{len(raws) - 20}_docs_mb"] = round(grown, 1)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return out


def _short(file: str) -> str:
    for marker in ("/src/warta/", "/site-packages/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"date": datetime.now(UTC).isoformat(timespec="seconds"), "cpu": cpu, "cores": os.cpu_count(),
            "python": platform.python_version(), "load_avg_at_start": os.getloadavg()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000, help="real articles (default 3000)")
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    ap.add_argument("--no-scaling", dest="scaling", action="store_false", help="e2e: skip the 4k repeat")
    ap.add_argument("--workers", type=lambda s: [int(x) for x in s.split(",")], default=[2])
    ap.add_argument("--repeat-html", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3, help="spark: paired Spark/local runs (median reported)")
    ap.add_argument("--partitions", type=int, default=None, help="spark: tasks (default: the runner's)")
    ap.add_argument("--spark-warmup", type=int, default=40, help="spark: articles in the warm-up run")
    ap.add_argument("--profile-articles", type=int, default=300)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", type=Path, default=None, help="also write all results here")
    ap.add_argument("--ner-model", type=Path, default=None,
                    help="NER model directory (default: the packaged one); pin a copy to compare runs")
    ap.add_argument("--section", help=argparse.SUPPRESS)  # internal: run one section in this process
    ap.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.section:
        fn = globals()[f"section_{args.section}"]
        print(json.dumps(fn(args, args.workdir), ensure_ascii=False), flush=True)
        return 0
    results: list[dict[str, Any]] = [{"section": "machine", **machine(), "command": " ".join(sys.argv)}]
    print(json.dumps(results[0]), flush=True)
    passthrough = [a for a in (argv if argv is not None else sys.argv[1:]) if not a.startswith("--json")]
    if args.json:
        passthrough = [a for a in passthrough if a != str(args.json)]
    for name in args.only.split(","):
        with tempfile.TemporaryDirectory(prefix=f"warta-bench-{name}-") as tmp:
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "benchmarks.run", *passthrough, "--section", name,
                                   "--workdir", tmp], capture_output=True, text=True, check=False)
            lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
            res = json.loads(lines[-1]) if proc.returncode == 0 and lines else {
                "section": name, "error": proc.stderr.strip()[-800:]}
            res["section_wall_s"] = round(time.perf_counter() - t, 1)
        results.append(res)
        print(json.dumps(res, ensure_ascii=False), flush=True)
    if args.json:
        args.json.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
