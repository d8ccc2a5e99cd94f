"""``warta eval ner``: strict span P/R/F1 of the packaged NER model on four held-out test sets."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("ner")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="shared data directory (default: $WARTA_SHARED_DATA or ../shared/data)")
@click.option("--model", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="a spaCy NER model directory instead of the packaged one")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
def command(data_dir: Path | None, model: Path | None, as_json: bool) -> None:
    """NERP, NERGrit, idner-news-2k and IndoLEM NER-UGM test splits, per type and micro."""
    from warta.actors.ner import NerModel
    from warta.eval.corpora import require_data_dir
    from warta.eval.ner import evaluate_ner, format_ner_report

    result = evaluate_ner(require_data_dir(data_dir), NerModel(model) if model else None)
    click.echo(json.dumps(result, indent=1, default=str) if as_json else format_ner_report(result))
