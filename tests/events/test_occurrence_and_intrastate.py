"""Act nouns that take place, unknown attackers, intra-state conflict — through the whole pipeline."""

from __future__ import annotations

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline


def events(pipeline: Pipeline, body: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body,
                                      published_hint="2024-05-01"))
    assert isinstance(doc, Document)
    return [(e.type, e.source.root if e.source else None, e.target.root if e.target else None)
            for e in doc.events]


def test_talks_that_took_place_between_named_parties(pipeline: Pipeline) -> None:
    got = events(pipeline, "Pembicaraan langsung telah berlangsung di Doha antara Hamas dan Amerika Serikat.")
    assert ("CONSULT", "PSE", "USA") in got


def test_a_topic_noun_without_predicate_stays_silent(pipeline: Pipeline) -> None:
    assert events(pipeline, "Buku itu membahas sejarah panjang pembicaraan antara Hamas dan Israel.") == []


def test_unknown_attacker_has_no_source(pipeline: Pipeline) -> None:
    got = events(pipeline, "Sejak serangan 7 Oktober yang menewaskan 1.139 warga Israel, perang terus berlanjut.")
    assert ("ASSAULT", None, "ISR") in got
    assert all(src is None for t, src, _ in got if t == "ASSAULT")


def test_a_forces_attack_on_its_own_territory_is_intra_state(pipeline: Pipeline) -> None:
    got = events(pipeline, "Pasukan Suriah melancarkan serangan ke desa-desa di tenggara Suriah.")
    assert ("ASSAULT", "SYR", "SYR") in got


def test_a_state_and_its_own_name_is_not_an_event(pipeline: Pipeline) -> None:
    got = events(pipeline, "Pemerintah Indonesia mendukung Indonesia.")
    assert not any(src == tgt for _, src, tgt in got)


def test_refusing_talks_is_an_asserted_reject(pipeline: Pipeline) -> None:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", published_hint="2024-05-01",
                                      text="Judul\n\nKorea Utara menyatakan tidak akan pernah menegosiasikan program "
                                           "nuklirnya dengan Amerika Serikat."))
    assert isinstance(doc, Document)
    got = [(e.type, e.mode, e.modality, e.source and e.source.root) for e in doc.events]
    assert ("REJECT", "meet", "asserted", "PRK") in got
    assert not any(t == "CONSULT" for t, *_ in got)


def test_a_reaction_to_that_act_targets_its_actor(pipeline: Pipeline) -> None:
    got = events(pipeline, "Amerika Serikat menjatuhkan sanksi terhadap Iran. "
                           "Hal itu memicu kecaman keras Turki.")
    assert ("SANCTION", "USA", "IRN") in got
    assert ("ACCUSE", "TUR", "USA") in got


def test_a_plan_to_send_aid_is_a_planned_aid_event(pipeline: Pipeline) -> None:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", published_hint="2024-05-01",
                                      text="Judul\n\nIndonesia menyiapkan rencana untuk mengirimkan bantuan ke Palestina."))
    assert isinstance(doc, Document)
    assert [(e.type, e.source and e.source.root, e.target and e.target.root) for e in doc.events
            if e.type == "AID"] == [("AID", "IDN", "PSE")]


def test_a_sanction_without_target_reacts_to_the_latest_actor(pipeline: Pipeline) -> None:
    got = events(pipeline, "Korea Utara meluncurkan rudal balistik ke arah Laut Jepang. "
                           "PBB pun kembali menjatuhkan sanksi untuk sekian kalinya.")
    assert ("SANCTION", "UN", "PRK") in got


def test_a_public_appeal_has_no_carried_target(pipeline: Pipeline) -> None:
    got = events(pipeline, "Amerika Serikat menjatuhkan sanksi terhadap Iran. "
                           "Pemerintah Iran mengimbau agar warga tetap tenang menghadapi situasi ini.")
    assert ("REQUEST", "IRN", None) in got


def test_a_generic_object_is_not_replaced_by_the_context(pipeline: Pipeline) -> None:
    got = events(pipeline, "Amerika Serikat menjatuhkan sanksi terhadap Iran. "
                           "Presiden Iran menuduh negara produsen minyak sebagai biang keladi krisis.")
    assert ("ACCUSE", "IRN", None) in got
