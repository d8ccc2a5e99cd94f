"""``warta eval actors``: score people and actor resolution (full pipeline) on the actors dev gold."""

from __future__ import annotations

import json
from pathlib import Path

import click

_DEFAULT_GOLD = Path("tests/eval/gold/actors.jsonl")


@click.command("actors")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="shared data directory (default: $WARTA_SHARED_DATA or ../shared/data)")
@click.option("--gold", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=_DEFAULT_GOLD,
              show_default=True, help="gold file (one JSON article per line)")
@click.option("--ner-model", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="use this NER model directory instead of the packaged one")
@click.option("--no-ner", is_flag=True, help="lexicon and grammatical frames only")
@click.option("--show-errors", is_flag=True, help="list missed and wrong mentions")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
def command(data_dir: Path | None, gold: Path, ner_model: Path | None, no_ner: bool, show_errors: bool,
            as_json: bool) -> None:
    """Person recall/precision, actor country/organisation accuracy, role accuracy."""
    from warta.eval.actors import evaluate
    from warta.settings import Settings

    settings = Settings(use_ner=not no_ner, ner_model=ner_model)
    report = evaluate(gold, data_dir, show_errors=show_errors, settings=settings)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(f"articles {report.articles}  gold people {report.gold_people}  predicted people "
               f"{report.pred_people}  gold actor/place mentions {report.gold_actors}")
    click.echo(f"person  recall {report.person_recall:.3f}  precision {report.person_precision:.3f}")
    click.echo(f"actors  country/org accuracy {report.actor_accuracy:.3f} (on {report.actors_found} found)  "
               f"recall {report.actor_recall:.3f}")
    click.echo(f"roles   accuracy {report.role_accuracy:.3f} (on {report.roles})")
    if show_errors:
        for line in report.errors:
            click.echo(line)
