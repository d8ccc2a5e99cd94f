"""Twelfth-pass coder rules (docs/event-coder.md "Twelfth pass"), found on the fifth iteration set (domestic
2023-2025 news): a quotation's speaker is who a following "ia/dia" is; connectives such as "Oleh karena itu" may
stand before an anaphoric subject — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def _of(coded: Coded, body: str, ty: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == ty]


def test_a_pronoun_after_a_quotation_is_its_speaker(coded: Coded) -> None:
    body = ("\"Para bandar kini memakai cara-cara baru,\" kata Wakil Ketua Komisi III DPR Ahmad Sahroni, Selasa. "
            "Ia meminta Polri meningkatkan pengawasan di pelabuhan.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in _of(coded, body, "REQUEST")


def test_a_connective_may_open_an_anaphoric_subject(coded: Coded) -> None:
    body = ("\"Para bandar kini memakai cara-cara baru,\" kata Wakil Ketua Komisi III DPR Ahmad Sahroni, Selasa. "
            "Oleh karena itu, ia meminta Polri meningkatkan pengawasan di pelabuhan.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in _of(coded, body, "REQUEST")


def test_a_pronoun_with_no_speaker_or_subject_before_codes_nothing(coded: Coded) -> None:
    # near miss: nothing before names who "ia" is
    body = "Cuaca di pelabuhan cerah sepanjang hari. Oleh karena itu, ia meminta Polri meningkatkan pengawasan."
    assert not _of(coded, body, "REQUEST")
