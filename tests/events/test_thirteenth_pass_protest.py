"""Thirteenth-pass rules on stories of protest and deployment (docs/event-coder.md "Thirteenth pass — protests"):
a crowd named as a quotation's speaker protests; an order for a deployment, an arrest or a strike told by its noun
is that act by who ordered it — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def _of(coded: Coded, body: str, ty: str) -> list[tuple[str, str | None, str | None, str]]:
    return [e for e in coded(body) if e[0] == ty]


def test_a_crowd_speaking_a_slogan_that_names_a_leader_protests(coded: Coded) -> None:
    body = "\"Turunkan harga, Presiden Prabowo harus mendengar!\" teriak para demonstran di Surabaya, Senin."
    assert ("PROTEST", "IDN", "IDN", "asserted") in _of(coded, body, "PROTEST")


def test_a_leader_speaking_is_not_a_crowd(coded: Coded) -> None:
    # near miss: the speaker is a named official, and nothing in the sentence is a protest
    body = "\"Harga harus turun,\" kata Presiden Prabowo di Surabaya, Senin."
    assert not _of(coded, body, "PROTEST")


def test_an_ordered_deployment_is_the_orderers_deployment(coded: Coded) -> None:
    body = "Panglima TNI memerintahkan pengerahan personel ke Papua untuk mengamankan pemilu."
    assert ("MOBILIZE", "IDN") in {e[:2] for e in _of(coded, body, "MOBILIZE")}


def test_an_order_to_someone_to_act_stays_the_orders_content(coded: Coded) -> None:
    # near miss: the order names who is to act; the attack is not done by saying so
    body = "Menteri Pertahanan Israel memerintahkan tentara untuk bersiap melakukan serangan ke Gaza."
    assert not [e for e in _of(coded, body, "ASSAULT") if e[3] == "asserted"]
