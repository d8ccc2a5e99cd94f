"""CI gate: language-layer figures (UD sentences/tokens, PFSA-ID quotes, dev gold) hold their floors.

Floors live in tests/eval/floors/language.json (measured minus a small margin); raising a floor is
its own commit. Runs in about ten seconds (no spaCy comparison here; the CLI reports it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]


def figures(sentences: dict[str, Any], pfsa: dict[str, Any], gold: dict[str, Any],
            langid: dict[str, Any], anchor: dict[str, Any]) -> dict[str, float]:
    test, dev = pfsa["pfsa-id-test_test-data.txt"], pfsa["pfsa-id_dev-40.txt"]
    return {
        "paragraph_id_rate": langid["paragraph_id_rate"],
        "csui_test_boundary_f1": sentences["csui-test"]["boundary"]["f1"],
        "csui_train_boundary_f1": sentences["csui-train"]["boundary"]["f1"],
        "gsd_dev_boundary_f1": sentences["gsd-dev"]["boundary"]["f1"],
        "gsd_test_boundary_f1": sentences["gsd-test"]["boundary"]["f1"],
        "csui_test_token_f1": sentences["csui-test"]["token"]["f1"],
        "gsd_test_token_f1": sentences["gsd-test"]["token"]["f1"],
        "pfsa_test_statement_f1": test["statement"]["f1"],
        "pfsa_dev40_statement_f1": dev["statement"]["f1"],
        "pfsa_test_speaker_f1": test["speaker"]["f1"],
        "pfsa_dev40_speaker_f1": dev["speaker"]["f1"],
        "pfsa_test_all_quotes_speaker_f1": test["all_quotes"]["speaker"]["f1"],
        "pfsa_dev40_all_quotes_speaker_f1": dev["all_quotes"]["speaker"]["f1"],
        "pfsa_test_speaker_mention_exact_f1": test["speaker_mention_exact"]["f1"],
        "pfsa_dev40_speaker_mention_exact_f1": dev["speaker_mention_exact"]["f1"],
        "gold_date_value_accuracy": gold["dates"]["value_accuracy"],
        "gold_date_recall": gold["dates"]["recall"],
        "gold_date_f1": gold["dates"]["f1"],
        "gold_count_precision": gold["counts"]["precision"],
        "gold_count_recall": gold["counts"]["recall"],
        "gold_count_number_accuracy": gold["counts"]["number_accuracy"],
        "gold_quote_f1": gold["quotes"]["f1"],
        # undated articles: the inferred story day lies within a week before publication
        "anchor_within_week_share": (anchor["same_or_previous_day"] + anchor["2_to_7_days_before"])
        / max(1, anchor["anchored"]),
    }


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read UD/PFSA/gold")
def test_language_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.language import eval_anchor, eval_gold, eval_langid, eval_pfsa, eval_sentences

    hold_floors("language", figures(eval_sentences(spacy_compare=False), eval_pfsa(), eval_gold(), eval_langid(),
                                    eval_anchor()))
