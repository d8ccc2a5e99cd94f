"""Intra-state events: a country's people, protesters and armed groups against its own state, and the
state's force against crowds (the guide, section 5: same root on both sides is expected)."""

from __future__ import annotations

from collections.abc import Callable

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def test_protesters_demand_of_their_own_president(coded: Coded) -> None:
    events = coded("Ribuan demonstran Peru menuntut Presiden Peru Dina Boluarte mundur.")
    assert ("REQUEST", "PER", "PER", "asserted") in events


def test_rebels_accuse_their_own_government(coded: Coded) -> None:
    events = coded("Pemberontak Suriah menuduh pemerintah Suriah melakukan serangan kimia.")
    assert ("ACCUSE", "SYR", "SYR", "asserted") in events


def test_tear_gas_on_protesters_is_crowd_control(coded: Coded) -> None:
    events = coded("Polisi Peru menembakkan gas air mata ke arah demonstran Peru.")
    assert events == [("ASSAULT", "PER", "PER", "asserted")]


def test_a_government_supporting_its_own_country_is_no_event(coded: Coded) -> None:
    # only acts aimed *up* at the state by non-state actors, or conflict between sectors, are intra-state
    assert coded("Pemerintah Peru mendukung rakyat Peru.") == []


def test_body_named_by_its_building_is_a_place(coded: Coded) -> None:
    # "di depan gedung DPR" names where the crowd stands, not a target: without a crowd there is no target
    assert coded("Polisi Indonesia membubarkan paksa acara di depan gedung DPR.") == []
    assert coded("Polisi Indonesia membubarkan paksa massa di depan gedung DPR.") == [("ASSAULT", "IDN", "IDN", "asserted")]


def test_what_an_actor_often_does_is_a_habit(coded: Coded) -> None:
    assert coded("Presiden Prancis Emmanuel Macron kerap mengundang Presiden Jerman ke Paris.") == []
    # criticism voiced again is still an accusation
    assert ("ACCUSE", "ISR", "UN", "asserted") in coded("Israel kerap menuding PBB melakukan ketidakadilan.")


def test_a_foreigner_named_by_origin_is_their_country(coded: Coded) -> None:
    # "WNA asal Rusia": the country after "asal" is the person's, not a location
    events = coded("Polisi Indonesia menangkap seorang WNA asal Rusia di Bali karena melakukan penipuan.")
    assert ("COERCE", "IDN", "RUS", "asserted") in events


def test_detention_deportation_and_sentences_of_foreign_workers(coded: Coded) -> None:
    assert ("COERCE", "KHM", "IDN", "asserted") in coded("Polisi Kamboja menahan empat pekerja asal Indonesia.")
    assert ("COERCE", "KHM", "IDN", "planned") in coded(
        "Otoritas Kamboja akan mendeportasi para pekerja asal Indonesia.")
    assert ("SANCTION", "SAU", "IDN", "asserted") in coded(
        "Pengadilan Arab Saudi menjatuhkan hukuman mati kepada pekerja asal Indonesia.")


def test_a_worker_named_by_origin_is_a_civilian(pipeline: Pipeline) -> None:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", published_hint="2024-05-01",
                                      text="Judul\n\nPolisi Kamboja menahan empat pekerja asal Indonesia."))
    assert isinstance(doc, Document)
    targets = [e.target for e in doc.events if e.target is not None]
    assert targets and all(t.root == "IDN" and t.sector == "CVL" for t in targets)


def test_a_mission_abroad_is_its_own_country(coded: Coded) -> None:
    # "KBRI Phnom Penh": Indonesia's embassy in Phnom Penh; its care for its own citizens is no event
    assert ("CONSULT", "IDN", "KHM", "asserted") in coded(
        "KBRI Phnom Penh berkoordinasi dengan otoritas Kamboja soal para WNI.")
    assert coded("KBRI Phnom Penh memberikan bantuan makanan kepada para WNI.") == []


def test_bare_police_and_crowds_are_the_story_country(coded: Coded) -> None:
    body = ("Peru dilanda demonstrasi. Pemerintah Peru mengumumkan keadaan darurat di Lima, Peru. "
            "Polisi menembakkan gas air mata ke arah ribuan demonstran.")
    assert ("ASSAULT", "PER", "PER", "asserted") in coded(body)


def test_quarrels_between_people_of_one_country(coded: Coded) -> None:
    assert ("THREATEN", "USA", "USA", "asserted") in coded(
        "Presiden AS Donald Trump mengancam akan mendeportasi Elon Musk.")
    assert ("ACCUSE", "USA", "USA", "asserted") in coded(
        "Elon Musk berselisih dengan Presiden AS Donald Trump mengenai rencana pengeluaran.")
    # a leader's act on his own country names no counterpart
    assert all(e[2] is None for e in coded("Presiden AS Donald Trump mengecam Amerika Serikat."))


def test_a_currency_is_not_its_country(coded: Coded) -> None:
    events = coded("Gubernur Bank Indonesia Perry Warjiyo mendorong agar rupiah menguat terhadap dolar Amerika Serikat.")
    assert not any(e[2] == "USA" for e in events)


def test_aid_names_its_receiver(coded: Coded) -> None:
    # aid's receiver is not carried over from a meeting in the sentence before
    body = ("KBRI Phnom Penh berkoordinasi dengan otoritas Kamboja. KBRI juga memberikan bantuan berupa makanan "
            "siap saji dan obat-obatan.")
    assert not any(e[0] == "AID" for e in coded(body))


def test_an_unnamed_crowd_protests_where_it_gathers(coded: Coded) -> None:
    # the guide's "Aksi Bela Palestina … di Jakarta": the protesters are of the country of the place
    assert ("PROTEST", "IDN", "ISR", "asserted") in coded(
        "Ribuan warga berunjuk rasa di Jakarta memprotes serangan Israel ke Gaza.")
    # with nobody named as the addressee, a crowd protests to its own state (an intra-state event)
    assert ("PROTEST", "USA", "USA", "asserted") in coded("Demonstrasi juga dilakukan di kota-kota kecil di seluruh wilayah AS.")
    # no place, no crowd to root
    assert not any(e[0] == "PROTEST" for e in coded("Alasan di balik protes itu belum jelas."))


def test_a_noun_between_an_act_and_a_name_is_no_genitive(coded: Coded) -> None:
    # "tudingan ijazah palsu Joko Widodo": the accusation is about Jokowi's diploma, not made by him
    assert coded("Bambang Tri mengajukan PK terkait tudingan ijazah palsu Joko Widodo.") == []
    # manner words still link the agent: "kecaman keras Israel"
    assert ("ACCUSE", "ISR", "IDN", "asserted") in coded("Indonesia menolak kecaman keras Israel.")


def test_an_attack_by_an_unknown_perpetrator_has_no_source(coded: Coded) -> None:
    # the guide's one exception to "no source, no event"
    assert coded("Seorang WNA asal Rusia tewas dibunuh di Bali.") == [("ASSAULT", None, "RUS", "asserted")]
    assert ("ASSAULT", "ISR", "PSE", "asserted") in coded("Warga Palestina ditembak mati oleh tentara Israel.")
    # a crowd as the attacker ("oleh massa") is the story country's protesters, not an unknown perpetrator
    assert coded("Arriola menyebut polisi Peru itu diserang oleh massa.") == [("ASSAULT", "PER", "PER", "asserted")]


def test_the_law_acting_on_others_of_its_country(coded: Coded) -> None:
    assert ("COERCE", "IDN", "IDN", "asserted") in coded("Polisi Indonesia menangkap dua anggota TNI.")


def test_indonesian_students_workers_and_police_units(coded: Coded) -> None:
    assert ("PROTEST", "IDN", "IDN", "asserted") in coded("Ribuan buruh berunjuk rasa menolak kenaikan pajak.")
    assert ("COERCE", "IDN", "IDN", "asserted") in coded("Polda Metro Jaya menangkap ratusan demonstran.")
    # a student named in private life acts in no political event
    assert coded("Seorang mahasiswa Unud meninggal dunia setelah dirundung temannya.") == []
