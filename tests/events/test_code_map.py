"""The coder split into private modules (docs/event-coder.md, "Code map"): the public names still come from
``warta.events.coder``, and no helper module needs the coder at import time (it is only their type)."""

from __future__ import annotations

import subprocess
import sys

import warta.events.coder as coder_module

_HELPERS = ("_patterns", "_event", "_arguments", "_places", "_senses", "_discourse", "_home", "_implied",
            "_constructions", "_judgements")


def test_public_names_from_coder() -> None:
    from warta.events.coder import CARRY_TARGET, CodedEvent, EventCoder, mention_actor

    assert set(coder_module.__all__) == {"CARRY_TARGET", "CodedEvent", "EventCoder", "mention_actor"}
    assert callable(mention_actor) and "ACCUSE" in CARRY_TARGET
    assert CodedEvent.__dataclass_fields__["emit"].default is True
    # tests/eval/gold/tools/classify_misses.py traces the coder by patching this method
    assert callable(EventCoder._code_one)


def test_helpers_import_without_the_coder() -> None:
    modules = ", ".join(f"warta.events.{m}" for m in _HELPERS)
    code = f"import sys, {modules}; assert 'warta.events.coder' not in sys.modules, 'a helper imports the coder'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
