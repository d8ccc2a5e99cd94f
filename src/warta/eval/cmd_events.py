"""``warta eval events``: score the event coder (full pipeline) on the events dev gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

_DEFAULT_GOLD = Path("tests/eval/gold/events.jsonl")


@click.command("events")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="shared data directory (default: $WARTA_SHARED_DATA or ../shared/data)")
@click.option("--gold", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=_DEFAULT_GOLD,
              show_default=True, help="gold file (one JSON article per line)")
@click.option("--show-errors", is_flag=True, help="list misses, false positives and modality errors")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
def command(data_dir: Path | None, gold: Path, show_errors: bool, as_json: bool) -> None:
    """Precision/recall/F1 at type and type+source+target level; modality/date/place accuracy."""
    from warta.eval.events import evaluate

    report = evaluate(gold, data_dir, show_errors=show_errors)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(f"articles {report.articles}  gold events {report.gold_events} "
                   f"(+{report.doubtful} doubtful)  predicted {report.predicted}")
        for lv, t in report.levels.items():
            click.echo(f"{lv:<5} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  "
                       f"(tp {t.tp} fp {t.fp} fn {t.fn})")
        click.echo(f"on {report.modality.total} type-matched events: modality {report.modality.value:.3f}  "
                   f"date {report.date.value:.3f}  place {report.place.value:.3f}  "
                   f"reported_by {report.reported_by.value:.3f}")
        click.echo("by corpus: " + "  ".join(
            f"{c} {r.articles} art. full F1 {r.levels['full'].f1:.3f} (P {r.levels['full'].precision:.3f})"
            for c, r in sorted(report.by_corpus.items())))
        click.echo("per type (type-level F1 / full F1, tp fp fn at full):")
        for ty, d in sorted(report.per_type.items()):
            f = d["full"]
            click.echo(f"  {ty:<10} {d['type'].f1:.2f} / {f.f1:.2f}  ({f.tp} {f.fp} {f.fn})")
    if show_errors:
        for line in report.errors:
            click.echo(line)
