"""Fifteenth pass (judge): criticism whose target the judged words do not name, in a story of one country."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str | None, str | None, str]]


def test_judged_act_with_no_actor_told_is_the_home_states(of_type: Callable[[str, str], Events]) -> None:
    # the story's first words: no act told before whose actor could be the judged one
    body = ("Koalisi Masyarakat Sipil menilai bahwa perintah ini bertentangan dengan konstitusi dan UU Polri. "
            "Koalisi mengirim surat kepada DPR di Jakarta, Senin.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_act_named_back_by_noun_and_demonstrative(of_type: Callable[[str, str], Events]) -> None:
    body = ("Pemerintah Indonesia menaikkan harga BBM di Jakarta pada Senin. "
            "Ketua BEM UI Budi Santoso menilai kenaikan tersebut tidak adil bagi rakyat kecil.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_not_on_the_side_of_the_people_is_evaluative(of_type: Callable[[str, str], Events]) -> None:
    body = ("Pemerintah Indonesia menaikkan harga BBM di Jakarta pada Senin. "
            "Ketua BEM UI Budi Santoso menilai kebijakan itu tidak berpihak kepada rakyat kecil.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_quoted_judgement_of_an_act_named_back(of_type: Callable[[str, str], Events]) -> None:
    body = ("Panglima TNI memerintahkan pengerahan pasukan ke kantor Kejaksaan di Jakarta. "
            '"Pengerahan tersebut jelas bertentangan dengan UU TNI," tegas Direktur Imparsial Ardi Manto.')
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_near_miss_a_judged_act_found_sound_codes_nothing(of_type: Callable[[str, str], Events]) -> None:
    # no negative evaluative term: approval, not criticism
    body = ("Pemerintah Indonesia menaikkan harga BBM di Jakarta pada Senin. "
            "Ketua BEM UI Budi Santoso menilai kenaikan tersebut wajar. "
            '"Pengerahan tersebut sudah sesuai dengan UU TNI," tegas Direktur Imparsial Ardi Manto.')
    assert of_type(body, "ACCUSE") == []


def test_near_miss_a_state_noun_in_a_quotation_is_no_act(of_type: Callable[[str, str], Events]) -> None:
    # a ke-an noun names a state, not an act: "kemiskinan itu salah" judges nobody
    body = ("Presiden Prabowo Subianto berpidato di Jakarta pada Senin. "
            '"Apabila kita mati dalam kemiskinan itu salah," kata Menteri Sosial Saifullah Yusuf.')
    assert of_type(body, "ACCUSE") == []


def test_near_miss_an_official_judging_an_act_nobody_names_stays_silent(of_type: Callable[[str, str], Events]) -> None:
    # a state official may judge anyone's act: with none told, no target is assumed
    body = ("Menteri Hukum Supratman Andi Agtas menilai bahwa perintah ini bertentangan dengan konstitusi. "
            "Ia berbicara di Jakarta, Senin.")
    assert of_type(body, "ACCUSE") == []
