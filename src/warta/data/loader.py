"""The one loader for packaged lexicon files.

Lexicons are data, not code: each file starts with ``# source:``, ``# licence:`` and
``# version:`` comment lines, and is read here and nowhere else. A user may point
``Settings.lexicon_dir`` at a copy of the directory to override any file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from warta.errors import LexiconError

PACKAGE_DATA = Path(__file__).resolve().parent
LEXICONS = PACKAGE_DATA / "lexicons"
REQUIRED_HEADERS = ("source", "licence", "version")


def lexicon_path(relative: str, lexicon_dir: Path | None = None) -> Path:
    """Path of a lexicon file, preferring the override directory where it has the file."""
    if lexicon_dir is not None and (lexicon_dir / relative).is_file():
        return lexicon_dir / relative
    return LEXICONS / relative


def provenance(path: Path) -> dict[str, str]:
    """The ``# key: value`` header lines at the top of a lexicon file."""
    headers: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].partition(":")
            if sep:
                headers.setdefault(key.strip().lower(), value.strip())
    return headers


def _checked(relative: str, lexicon_dir: Path | None) -> Path:
    """The lexicon's path, once it is known to exist and to carry its provenance header."""
    path = lexicon_path(relative, lexicon_dir)
    if not path.is_file():
        raise LexiconError(f"lexicon {relative} not found at {path}")
    missing = [h for h in REQUIRED_HEADERS if h not in provenance(path)]
    if missing:
        raise LexiconError(f"lexicon {path} lacks provenance header(s): {', '.join(missing)}")
    return path


def load_tsv(relative: str, lexicon_dir: Path | None = None) -> Iterator[tuple[Path, str, list[str]]]:
    """The data rows of a tab-separated lexicon, checking its provenance header: (path, line, fields) for each
    line after the comments and the column-header line, blank lines left out."""
    path = _checked(relative, lexicon_dir)
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            if not header_seen:
                header_seen = True  # the column names
                continue
            yield path, line, line.split("\t")


def load_yaml(relative: str, lexicon_dir: Path | None = None) -> Any:
    """Parse one YAML lexicon, checking its provenance header."""
    path = _checked(relative, lexicon_dir)
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon {path} is not valid YAML: {exc}") from exc
