"""NER evaluation on the real held-out NERP test split, with a pinned floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import ConfigError
from warta.eval.corpora import shared_data_dir
from warta.eval.ner import evaluate_ner, format_ner_report

# Measured NERP test micro F1 (PER+LOC, strict) of the packaged model, minus 0.02.
NERP_F1_FLOOR = 0.801  # measured 0.821 (2026-11-23, retrain with static word vectors) - 0.02

DATA = shared_data_dir()
needs_data = pytest.mark.skipif(
    DATA is None or not (DATA / "indonlu-ner" / "nerp").is_dir(),
    reason="../shared/data (IndoNLU NERP) is absent: set WARTA_SHARED_DATA to run NER evaluation",
)


@needs_data
def test_nerp_test_floor() -> None:
    result = evaluate_ner(DATA, datasets=["nerp"])
    nerp = result["datasets"]["nerp"]
    assert nerp["split"] == "test"  # the IndoNLP/indonlu test file carries gold labels
    assert nerp["types"] == ["PER", "LOC"]
    assert nerp["sentences"] == 840
    assert nerp["micro"]["f1"] >= NERP_F1_FLOOR, format_ner_report(result)
    report = format_ner_report(result)
    assert "nerp" in report and "micro" in report


def test_absent_data_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        evaluate_ner(tmp_path / "no-such-dir")


def test_absent_data_set_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        evaluate_ner(tmp_path, datasets=["nerp"])
