"""Session 11 (docs/actors.md "Session 11"): a rally by a civil-society body (a students' executive body, a union,
an NGO) with no addressee is addressed to its own state, like a crowd's; an organisation of another kind (a party,
an armed movement) keeps its own adversary, so its rally stays without a target."""

from __future__ import annotations

from collections.abc import Callable

Events = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_students_body_rally_addresses_its_own_state(of_type: Events) -> None:
    body = "BEM Unpad menggelar demonstrasi di depan gedung DPRD Jawa Barat pada Senin."
    assert [(s, t) for _ty, s, t, _m in of_type(body, "PROTEST")] == [("IDN", "IDN")]


def test_a_unions_rally_addresses_its_own_state(of_type: Events) -> None:
    body = "Serikat Pekerja Sinar Jaya menggelar demonstrasi di depan pabrik pada Senin."
    assert [(s, t) for _ty, s, t, _m in of_type(body, "PROTEST")] == [("IDN", "IDN")]


def test_a_partys_rally_keeps_no_target(of_type: Events) -> None:
    # near miss: a party is an organisation with its own adversary, not a crowd of citizens
    body = "Partai Gerindra menggelar demonstrasi di depan gedung KPU pada Senin."
    assert [(s, t) for _ty, s, t, _m in of_type(body, "PROTEST")] == [("IDN", None)]
