"""Thirteenth-pass rules on stories of protest and deployment (docs/event-coder.md "Thirteenth pass — protests"):
a crowd named as a quotation's speaker protests; an order for a deployment, an arrest or a strike told by its noun
is that act by who ordered it — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_crowd_speaking_a_slogan_that_names_a_leader_protests(of_type: OfType) -> None:
    body = "\"Turunkan harga, Presiden Prabowo harus mendengar!\" teriak para demonstran di Surabaya, Senin."
    assert ("PROTEST", "IDN", "IDN", "asserted") in of_type(body, "PROTEST")


def test_a_leader_speaking_is_not_a_crowd(of_type: OfType) -> None:
    # near miss: the speaker is a named official, and nothing in the sentence is a protest
    body = "\"Harga harus turun,\" kata Presiden Prabowo di Surabaya, Senin."
    assert not of_type(body, "PROTEST")


def test_an_ordered_deployment_is_the_orderers_deployment(of_type: OfType) -> None:
    body = "Panglima TNI memerintahkan pengerahan personel ke Papua untuk mengamankan pemilu."
    assert ("MOBILIZE", "IDN") in {e[:2] for e in of_type(body, "MOBILIZE")}


def test_an_order_to_someone_to_act_stays_the_orders_content(of_type: OfType) -> None:
    # near miss: the order names who is to act; the attack is not done by saying so
    body = "Menteri Pertahanan Israel memerintahkan tentara untuk bersiap melakukan serangan ke Gaza."
    assert not [e for e in of_type(body, "ASSAULT") if e[3] == "asserted"]


def test_a_sanction_on_a_defendant_named_by_role_falls_on_the_countrys_people(of_type: OfType) -> None:
    for body in ("Majelis Hakim Pengadilan Negeri Medan menjatuhkan hukuman penjara sepuluh tahun terhadap terdakwa "
                 "dalam sidang di Medan.",
                 "\"Menjatuhkan sanksi peringatan keras kepada Teradu III,\" kata Ketua DKPP dalam sidang putusan."):
        assert ("SANCTION", "IDN", "IDN", "asserted") in of_type(body, "SANCTION"), body


def test_a_sanction_with_nobody_it_falls_on_stays_untargeted(of_type: OfType) -> None:
    # near miss: a sanction regime announced with no one named or described as sanctioned
    body = "Ketua DKPP mengatakan sanksi akan diumumkan dalam sidang pekan depan."
    assert not [e for e in of_type(body, "SANCTION") if e[2] is not None]
