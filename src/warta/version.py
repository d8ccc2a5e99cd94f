"""Versions recorded with every stored document (a newer pipeline reprocesses)."""

__version__ = "0.1.0"
# Bump when any stage's output changes: `warta reprocess` redoes documents stored by older versions.
PIPELINE_VERSION = "2026.11.23-1"
