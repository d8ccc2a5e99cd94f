"""Seventeenth-pass rules (docs/event-coder.md "Seventeenth pass — ACCUSE recall III"), found on the iteration sets
(domestic 2023-2025 news, the guide §16): an allegation a prosecutor or an investigator makes of a case party named by
role alone, a judgement whose negative term follows a "bahwa" — through the whole pipeline, on sentences written for
these tests, each with a near miss that must stay silent."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_prosecutor_says_defendants_enriched_themselves(of_type: OfType) -> None:
    body = "Dalam sidang di Pengadilan Tipikor Bandung, jaksa KPK menilai para terdakwa telah memperkaya diri sendiri."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_investigator_says_suspect_took_bribes(of_type: OfType) -> None:
    body = "Penyidik Polda Jawa Timur menyebut tersangka menerima suap dari rekanan proyek jalan."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_defendants_defended_stays_silent(of_type: OfType) -> None:
    # the role is the object of a verb that tells nothing of it, and the act is in a relative clause
    body = ("Dalam sidang di Pengadilan Tipikor Bandung, jaksa KPK membela para terdakwa yang telah memperkaya diri "
            "sendiri.")
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_judgement_after_bahwa_reaches_its_term(of_type: OfType) -> None:
    # the evaluative term is the thirteenth word after the verb, the twelfth after "bahwa"
    body = ("Koalisi Masyarakat Sipil menilai bahwa kerangka kerja sama bilateral antara TNI dan Kejaksaan tidak "
            "memiliki dasar hukum yang kuat.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE"), of_type(body, "ACCUSE")


def test_judgement_after_bahwa_without_a_negative_term_stays_silent(of_type: OfType) -> None:
    body = ("Koalisi Masyarakat Sipil menilai bahwa kerangka kerja sama bilateral antara TNI dan Kejaksaan Agung sudah "
            "memiliki dasar hukum yang kuat.")
    assert not of_type(body, "ACCUSE"), of_type(body, "ACCUSE")
