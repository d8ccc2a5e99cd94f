"""``warta eval clean``: score the cleaner on real HTML pages and on the cleaning dev gold."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("clean")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="shared data directory (default: $WARTA_SHARED_DATA or ../shared/data)")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
@click.option("--verbose", "-v", is_flag=True, help="list every miss")
def command(data_dir: Path | None, as_json: bool, verbose: bool) -> None:
    """Body F1 / title / date on HTML pages (beside trafilatura); boilerplate P/R on the gold."""
    from warta.eval.clean import evaluate, format_report

    result = evaluate(data_dir)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(result, verbose=verbose))
