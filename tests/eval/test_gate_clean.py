"""CI gate: cleaning figures (HTML pages and the cleaning dev gold) must hold their floors.

Floors live in tests/eval/floors/clean.json (measured minus a small margin); raising a floor is
its own commit. Body retention is pinned at 1.0: the cleaner may never drop a body line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from warta.eval.corpora import shared_data_dir

ROOT = Path(__file__).resolve().parents[2]


def figures(result: dict[str, Any]) -> dict[str, float]:
    html, gold = result["html"], result["gold"]
    return {
        "html_body_f1": html["warta"]["body_f1"],
        "html_body_f1_margin_over_trafilatura": html["warta"]["body_f1"] - html["trafilatura"]["body_f1"],
        "html_title_exact": html["warta"]["title_exact"],
        "html_date_exact": html["warta"]["date_exact"],
        "boilerplate_precision": gold["boilerplate"]["precision"],
        "boilerplate_recall": gold["boilerplate"]["recall"],
        "caption_precision": gold["caption"]["precision"],
        "caption_recall": gold["caption"]["recall"],
        "heading_precision": gold["heading"]["precision"],
        "heading_recall": gold["heading"]["recall"],
        "body_retention": gold["body_retention"],
        "noise_removed": gold["noise_removed"],
        "outlet_accuracy": gold["meta"]["outlet"]["accuracy"],
        "published_accuracy": gold["meta"]["published"]["accuracy"],
        "dateline_accuracy": gold["meta"]["dateline"]["accuracy"],
        "title_accuracy": gold["meta"]["title"]["accuracy"],
    }


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_clean_figures_hold_their_floors(hold_floors: Callable[[str, Mapping[str, float]], None]) -> None:
    from warta.eval.clean import evaluate

    hold_floors("clean", figures(evaluate()))


@pytest.mark.skipif(shared_data_dir() is None, reason="shared corpora (../shared/data) absent: cannot read gold articles")
def test_eval_clean_command_prints_a_report() -> None:
    from click.testing import CliRunner

    from warta.eval.cmd_clean import command

    result = CliRunner().invoke(command, [])
    assert result.exit_code == 0, result.output
    assert "trafilatura" in result.output and "boilerplate lines" in result.output
