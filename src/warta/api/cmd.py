"""``warta serve``: the API and dashboard on uvicorn."""

from __future__ import annotations

import click


@click.command()
@click.option("--db", default="warta.duckdb", show_default=True, help="DuckDB store to serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="interface to bind (loopback by default)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--write-token", envvar="WARTA_WRITE_TOKEN", default=None,
              help="enable POST /api/ingest for requests bearing this token (env WARTA_WRITE_TOKEN)")
@click.option("--max-upload-mb", default=5.0, show_default=True, type=click.FloatRange(0.01, 100))
@click.option("--no-ner", is_flag=True, help="ingest without the statistical NER model")
def serve(db: str, host: str, port: int, write_token: str | None, max_upload_mb: float, no_ner: bool) -> None:
    """Serve the REST API and dashboard (read-only unless --write-token is given)."""
    import uvicorn

    from warta.api.app import ApiConfig, create_app
    from warta.errors import WartaError

    if write_token is not None and len(write_token) < 16:
        raise click.BadParameter("use a write token of at least 16 characters", param_hint="--write-token")
    try:
        app = create_app(ApiConfig(db=db, write_token=write_token, max_upload_bytes=int(max_upload_mb * 1024 * 1024),
                                   use_ner=not no_ner))
    except WartaError as exc:
        raise click.ClickException(str(exc)) from exc
    mode = "read-write (ingest enabled)" if write_token else "read-only"
    click.echo(f"warta: serving {db} {mode} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


commands = [serve]
