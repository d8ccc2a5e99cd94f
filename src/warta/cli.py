"""The ``warta`` command: parse arguments, build settings, call the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from warta import __version__
from warta._output import render
from warta.errors import WartaError
from warta.settings import Settings

FORMATS = click.Choice(["table", "csv", "jsonl"])


def _settings(max_mb: float | None = None, **fields: Any) -> Settings:
    extra = {k: v for k, v in fields.items() if v is not None}
    if max_mb is not None:
        extra["max_bytes"] = int(max_mb * 1024 * 1024)
    return Settings(**extra)


def _fail(msg: str) -> None:
    click.echo(f"warta: error: {msg}", err=True)


def _mapping_options(f: Any) -> Any:
    for name, help_ in reversed(
        [
            ("--text-field", "JSONL/CSV field with the article text"),
            ("--title-field", "JSONL/CSV field with the headline"),
            ("--date-field", "JSONL/CSV field with the publication date"),
            ("--url-field", "JSONL/CSV field with the URL"),
            ("--id-field", "JSONL/CSV field with the record id"),
        ]
    ):
        f = click.option(name, default=None, help=help_)(f)
    f = click.option("--max-mb", type=float, default=None, help="refuse inputs larger than this (MB; default 50)")(f)
    return click.option("--no-ner", is_flag=True, help="skip the statistical NER model (lexicon only)")(f)


def _build(no_ner: bool, max_mb: float | None, **mapping: Any) -> Settings:
    return _settings(max_mb, use_ner=not no_ner, **mapping)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
def cli() -> None:
    """warta: Indonesian news → who did what to whom, when, where, according to whom."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl")
@_mapping_options
def extract(paths: tuple[str, ...], fmt: str, no_ner: bool, max_mb: float | None, **mapping: Any) -> None:
    """Print one contract document per input (files, directories, or - for stdin)."""
    from warta.ingest import iter_inputs
    from warta.pipeline import Failure, build_pipeline
    from warta.serialize import to_contract

    settings = _build(no_ner, max_mb, **mapping)
    pipeline = build_pipeline(settings)
    failed = 0
    docs: list[dict[str, Any]] = []
    for out in pipeline.process_many(iter_inputs(list(paths), settings)):
        if isinstance(out, Failure):
            failed += 1
            _fail(str(out))
            continue
        rec = to_contract(out)
        if fmt == "jsonl":
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            docs.append(rec)
    if fmt == "json":
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
    elif fmt == "table":
        cols = ["doc", "lang", "outlet", "published", "title", "events", "quotes", "counts", "dates"]
        rows = [[d["doc"], d["lang"], d["outlet"], d["published"], d["title"], len(d["events"]),
                 len(d["quotes"]), len(d["counts"]), len(d["dates"])] for d in docs]
        click.echo(render(cols, rows, "table"), nl=False)
    sys.exit(1 if failed else 0)


def _progress(enabled: bool) -> Any:
    state = {"n": 0}

    def tick(_: object) -> None:
        state["n"] += 1
        if enabled:
            click.echo(f"\r  processed {state['n']} documents", err=True, nl=False)

    return tick


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="warta.duckdb", show_default=True, help="DuckDB file")
@click.option("--workers", type=int, default=1, show_default=True, help="worker processes")
@click.option("--force", is_flag=True, help="reprocess even unchanged documents")
@_mapping_options
def ingest(paths: tuple[str, ...], db: str, workers: int, force: bool, no_ner: bool, max_mb: float | None,
           **mapping: Any) -> None:
    """Run the pipeline on inputs and store everything in DuckDB."""
    from warta.ingest import iter_inputs
    from warta.ingest_job import ingest as run_ingest
    from warta.pipeline import build_pipeline
    from warta.store import Store

    settings = _build(no_ner, max_mb, **mapping)
    pipeline = build_pipeline(settings)
    tty = sys.stderr.isatty()
    with Store(db) as store:
        result = run_ingest(store, pipeline, iter_inputs(list(paths), settings), command="ingest",
                            workers=workers, force=force, on_result=_progress(tty))
        if tty:
            click.echo("", err=True)
        for f in result.failures:
            _fail(str(f))
        _summary(store, result.stored, result.skipped, len(result.failures), db)
    sys.exit(1 if result.failures else 0)


def _summary(store: Any, stored: int, skipped: int, failed: int, db: str) -> None:
    from warta.store.queries import stats

    s = stats(store)
    click.echo(f"warta: {stored} stored, {skipped} unchanged, {failed} failed → {db}")
    click.echo(
        f"  store: {s['documents']} documents, {s['sentences']} sentences, {s['entities']} entities, "
        f"{s['events']} events, {s['quotes']} quotes, {s['counts']} counts, {s['dates']} dates, "
        f"{s['errors']} errors"
    )
    if s["events_by_type"]:
        click.echo("  events by type: " + ", ".join(f"{k} {v}" for k, v in s["events_by_type"].items()))


@cli.command()
@click.option("--db", default="warta.duckdb", show_default=True)
@click.option("--workers", type=int, default=1, show_default=True)
@click.option("--no-ner", is_flag=True)
def reprocess(db: str, workers: int, no_ner: bool) -> None:
    """Re-run the current pipeline on stored documents made by an older pipeline version."""
    from warta.ingest_job import ingest as run_ingest
    from warta.model import RawArticle
    from warta.pipeline import build_pipeline
    from warta.store import Store

    pipeline = build_pipeline(_settings(use_ner=not no_ner))
    with Store(db) as store:
        old = store.outdated(pipeline.version)
        cur = store.con.execute("SELECT doc, origin, raw, media_type, url, fetched, hints FROM documents "
                                "WHERE pipeline_version <> ?", [pipeline.version]).fetchall()
        records = []
        for doc, origin, raw, media_type, url, fetched, hints in cur:
            h = dict(json.loads(hints or "[]"))
            records.append(RawArticle(doc=doc, origin=origin, text=raw, media_type=media_type, url=url,
                                      fetched=fetched, title_hint=h.get("title"), outlet_hint=h.get("outlet"),
                                      published_hint=h.get("published"),
                                      authors_hint=tuple(a for a in h.get("authors", "").split("\x1f") if a)))
        result = run_ingest(store, pipeline, records, command="reprocess", workers=workers, force=True)
        for f in result.failures:
            _fail(str(f))
        click.echo(f"warta: {len(old)} outdated documents, {result.stored} reprocessed")
    sys.exit(1 if result.failures else 0)


def _event_filters(f: Any) -> Any:
    opts = [
        click.option("--actor", help="actor root (USA, QAT, Hamas) or person name"),
        click.option("--dyad", help="SOURCE-TARGET roots, e.g. USA-QAT"),
        click.option("--type", "type_", help="PLOVER type, e.g. CONSULT"),
        click.option("--quad", "quad_class", type=click.IntRange(1, 4), help="QuadClass 1-4"),
        click.option("--modality", type=click.Choice(["asserted", "planned", "hypothetical", "negated"])),
        click.option("--since", help="first date (YYYY-MM-DD)"),
        click.option("--until", help="last date (YYYY-MM-DD)"),
        click.option("--outlet", help="outlet name fragment"),
        click.option("--search", help="text in the sentence"),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


@cli.command()
@click.option("--db", default="warta.duckdb", show_default=True)
@_event_filters
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
@click.option("--all-columns", is_flag=True, help="every column, not the short view (table format)")
def events(db: str, actor: str | None, dyad: str | None, type_: str | None, quad_class: int | None,
           modality: str | None, since: str | None, until: str | None, outlet: str | None, search: str | None,
           fmt: str, limit: int, offset: int, all_columns: bool) -> None:
    """List stored events with their sentences."""
    from warta.store import Store
    from warta.store.queries import EventFilter
    from warta.store.queries import events as q_events

    f = EventFilter(actor=actor, dyad=dyad, type=type_, quad_class=quad_class, modality=modality,
                    since=since, until=until, outlet=outlet, search=search)
    with Store(db, read_only=True) as store:
        cols, rows = q_events(store, f, limit, offset)
    if fmt == "table" and not all_columns:
        keep = ["date", "type", "mode", "src_root", "tgt_root", "modality", "reported_by", "doc", "sentence"]
        idx = [cols.index(k) for k in keep]
        cols, rows = keep, [tuple(r[i] for i in idx) for r in rows]
    click.echo(render(cols, rows, fmt, max_width=80), nl=False)


@cli.command()
@click.option("--db", default="warta.duckdb", show_default=True)
@click.option("--outlet")
@click.option("--search")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--limit", type=int, default=100)
def docs(db: str, outlet: str | None, search: str | None, fmt: str, limit: int) -> None:
    """List stored documents."""
    from warta.store import Store
    from warta.store.queries import documents

    with Store(db, read_only=True) as store:
        cols, rows = documents(store, outlet, search, limit)
    click.echo(render(cols, rows, fmt), nl=False)


@cli.command()
@click.option("--db", default="warta.duckdb", show_default=True)
@click.option("--kind", type=click.Choice(["person", "org", "place"]))
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--limit", type=int, default=100)
def actors(db: str, kind: str | None, fmt: str, limit: int) -> None:
    """List actors (entities) across stored documents."""
    from warta.store import Store
    from warta.store.queries import actors as q_actors

    with Store(db, read_only=True) as store:
        cols, rows = q_actors(store, kind, limit)
    click.echo(render(cols, rows, fmt), nl=False)


@cli.command()
@click.option("--db", default="warta.duckdb", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def stats(db: str, fmt: str) -> None:
    """Counts of everything in the store."""
    from warta.store import Store
    from warta.store.queries import stats as q_stats

    with Store(db, read_only=True) as store:
        s = q_stats(store)
    if fmt == "json":
        click.echo(json.dumps(s, indent=2))
        return
    rows = [(k, v) for k, v in s.items() if isinstance(v, int)]
    click.echo(render(["table", "rows"], rows, "table"), nl=False)
    for key in ("events_by_type", "events_by_modality", "documents_by_outlet"):
        click.echo(f"{key}: " + ", ".join(f"{k} {v}" for k, v in s[key].items()))


@cli.command()
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", default="warta.duckdb", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt", "plover"]),
              default="parquet")
def export(outdir: Path, db: str, fmt: str) -> None:
    """Write all tables (or events as GDELT-style TSV / PLOVER JSON) to OUTDIR."""
    from warta.store import Store
    from warta.store.export import export as do_export

    with Store(db, read_only=True) as store:
        paths = do_export(store, fmt, outdir)
    for p in paths:
        click.echo(str(p))


@cli.group("eval")
def eval_group() -> None:
    """Measure accuracy on gold data from real articles."""


# Subcommands owned by other packages register here, each in its own module, so features
# stay in their packages: warta.eval.cmd_<name>.command, warta.api.cmd.command, warta.runners.cmd.commands.
_PLUGINS = (
    *((eval_group, f"warta.eval.cmd_{n}") for n in ("clean", "language", "ner", "actors", "events")),
    (cli, "warta.api.cmd"),
    (cli, "warta.runners.cmd"),
)


def _register() -> None:
    import importlib

    for group, module_name in _PLUGINS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # that feature is not part of this build
            raise
        for command in getattr(module, "commands", [getattr(module, "command", None)]):
            if command is not None:
                group.add_command(command)


_register()


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _fail("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except WartaError as exc:
        _fail(str(exc))
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
