"""The actor stage for the rule tests: lexicon and rules only (``stage``), or with the packaged NER model
(``ner_stage``, skipped where the model is absent)."""

from __future__ import annotations

import pytest

from warta.actors.stage import ActorStage
from warta.settings import Settings


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(Settings(use_ner=False))


@pytest.fixture(scope="module")
def ner_stage() -> ActorStage:
    st = ActorStage(Settings())
    if st.ner is None:
        pytest.skip("packaged NER model absent")
    return st
