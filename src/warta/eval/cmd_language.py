"""``warta eval language``: sentences/tokens on UD Indonesian, quotes on PFSA-ID, dev gold."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("language")
@click.option("--task", type=click.Choice(["sentences", "quotes", "dates", "counts", "all"]), default="all",
              show_default=True)
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="shared data directory (default: $WARTA_SHARED_DATA or ../shared/data)")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
@click.option("--verbose", "-v", is_flag=True, help="list every miss on the dev gold")
def command(task: str, data_dir: Path | None, as_json: bool, verbose: bool) -> None:
    """Sentence/token F1 (beside spaCy), quote statement/speaker F1, date/count accuracy."""
    from warta.eval.language import evaluate, format_report

    result = evaluate(task, data_dir, verbose=verbose)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(result))
