"""Real output validates against the contract schema (packaged copy and shared original)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from warta.serialize import contract_schema, to_contract

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_seeds_validate_against_packaged_schema(seed_docs: list) -> None:  # type: ignore[type-arg]
    schema = contract_schema()
    for doc in seed_docs:
        rec = to_contract(doc)
        jsonschema.validate(rec, schema)
        assert rec["text"].strip(), doc.doc


def test_packaged_schema_matches_shared_contract() -> None:
    shared = SHARED / "contract" / "document.schema.json"
    if not shared.exists():
        pytest.skip("../shared/contract not present beside the checkout")
    assert json.loads(shared.read_text()) == contract_schema()


def test_seeds_validate_against_shared_schema(seed_docs: list) -> None:  # type: ignore[type-arg]
    shared = SHARED / "contract" / "document.schema.json"
    if not shared.exists():
        pytest.skip("../shared/contract not present beside the checkout")
    schema = json.loads(shared.read_text())
    for doc in seed_docs:
        jsonschema.validate(to_contract(doc), schema)


def test_offsets_point_into_text(seed_docs: list) -> None:  # type: ignore[type-arg]
    for doc in seed_docs:
        for ev in doc.events:
            assert doc.text[ev.start : ev.end] == ev.sentence
            assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
            for actor in (ev.source, ev.target):
                if actor is not None:
                    assert doc.text[actor.start : actor.end] == actor.text
        for q in doc.quotes:
            assert doc.text[q.start : q.end] == q.text
        for c in doc.counts:
            assert c.text in doc.text[c.start : c.end]
        for d in doc.dates:
            assert doc.text[d.start : d.end] == d.text
        for m in doc.mentions:
            assert doc.text[m.start : m.end] == m.text
