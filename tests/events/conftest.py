"""Events coded through the whole pipeline on a synthetic article, for the rule tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.events.lexicon import EventLexicon
from warta.model import Document, RawArticle
from warta.pipeline import Pipeline

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


@pytest.fixture(scope="session")
def coded(pipeline: Pipeline) -> Coded:
    """(type, source root, target root, modality) of each event the pipeline codes in ``body``,
    an article under a one-word title published 2024-05-01."""
    def run(body: str) -> list[tuple[str, str | None, str | None, str]]:
        doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body,
                                          published_hint="2024-05-01"))
        assert isinstance(doc, Document)
        return [(e.type, e.source.root if e.source else None, e.target.root if e.target else None, e.modality)
                for e in doc.events]

    return run


@pytest.fixture(scope="session")
def of_type(coded: Coded) -> Callable[[str, str], list[tuple[str, str | None, str | None, str]]]:
    """The events of one type (type, source root, target root, modality) the pipeline codes in ``body``."""
    def run(body: str, ty: str) -> list[tuple[str, str | None, str | None, str]]:
        return [e for e in coded(body) if e[0] == ty]

    return run


@pytest.fixture(scope="session")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


@pytest.fixture(scope="session")
def form_codes(coded: Coded, lexicon: EventLexicon) -> Callable[[str, str, Expected], None]:
    """For the vocabulary passes' tests: ``form`` is in the trigger lexicon and ``body`` codes ``expected`` (type,
    source root, target root; symmetric types either way round; a target of None checks type and source only)."""
    def check(form: str, body: str, expected: Expected) -> None:
        assert form in lexicon.forms or form in lexicon.gapped, form
        got = {(t, s, o) for t, s, o, _ in coded(body)}
        if expected[2] is None:
            assert expected[:2] in {g[:2] for g in got}, (expected, got)
            return
        alternatives = {expected, (expected[0], expected[2], expected[1])} if expected[0] in _SYMMETRIC else {expected}
        assert alternatives & got, (expected, got)

    return check


@pytest.fixture(scope="session")
def form_stays_silent(coded: Coded, lexicon: EventLexicon) -> Callable[[str, str, str, bool], None]:
    """For the vocabulary passes' tests: ``form`` is a lexicon form (or, with ``stop_ok``, a stop phrase) and
    ``body`` codes no event of type ``kind``."""
    def check(form: str, body: str, kind: str, stop_ok: bool) -> None:
        assert form in lexicon.forms or form in lexicon.gapped or (stop_ok and form in lexicon.stop), form
        assert not any(t == kind for t, _, _, _ in coded(body)), coded(body)

    return check
