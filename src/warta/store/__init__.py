"""The DuckDB event store: schema and migrations, idempotent writes, queries, exports."""

from warta.store.db import Store

__all__ = ["Store"]
