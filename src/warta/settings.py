"""Settings built once (by the CLI or the caller) and passed down to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = 50 * 1024 * 1024
    """Inputs larger than this are refused as oversized (a 200 MB 'article' is an error)."""
    languages: tuple[str, ...] = ("id", "ms", "en")
    """Languages the language identifier chooses between."""
    lexicon_dir: Path | None = None
    """Override directory for lexicons; defaults to the packaged ``warta/data/lexicons``."""
    ner_model: Path | None = None
    """Override path of the spaCy NER model; defaults to the packaged one."""
    use_ner: bool = True
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())
