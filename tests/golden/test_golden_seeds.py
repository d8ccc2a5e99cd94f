"""Golden files: each seed article → its full contract JSON.

A change in any stage shows up here as a diff. Regenerate deliberately with
``pytest tests/golden --update-golden`` and review the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.serialize import to_contract

GOLDEN = Path(__file__).parent / "seeds"


def _stable(rec: dict) -> dict:  # type: ignore[type-arg]
    rec = dict(rec)
    rec.pop("pipeline_version", None)
    return rec


def test_seed_golden(seed_docs: list, update_golden: bool) -> None:  # type: ignore[type-arg]
    for doc in seed_docs:
        path = GOLDEN / (doc.doc.removesuffix(".txt") + ".json")
        got = _stable(to_contract(doc))
        if update_golden or not path.exists():
            if not update_golden:
                pytest.fail(f"golden file {path.name} missing: run pytest --update-golden")
            path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            continue
        want = json.loads(path.read_text(encoding="utf-8"))
        for key in want:
            assert got.get(key) == want[key], f"{path.name}: field {key!r} differs from golden"
        assert set(got) == set(want), f"{path.name}: field set differs"
