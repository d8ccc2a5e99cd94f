"""The one lexicon loader: tab-separated tables are read with their provenance checked and header skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.data import load_tsv
from warta.errors import LexiconError


def test_tsv_rows_skip_comments_header_and_blank_lines(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("# source: test\n# licence: MIT\n# version: 1\nname\tcountry\n\nGaza\tPSE\n",
                                    encoding="utf-8")
    rows = list(load_tsv("t.tsv", tmp_path))
    assert [(line, fields) for _, line, fields in rows] == [("Gaza\tPSE", ["Gaza", "PSE"])]


def test_tsv_without_provenance_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.tsv").write_text("# source: test\nname\tcountry\nGaza\tPSE\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="provenance"):
        list(load_tsv("t.tsv", tmp_path))
