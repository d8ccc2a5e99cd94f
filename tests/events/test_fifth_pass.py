"""Fifth-pass rules (docs/event-coder.md): coordinated verb phrases, received acts, "dari pihak" agents,
territories referred back to, dual genitives — through the whole pipeline, on synthetic sentences."""

from __future__ import annotations

from warta.model import Document, RawArticle
from warta.pipeline import Pipeline


def coded(pipeline: Pipeline, body: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = pipeline.process(RawArticle(doc="t.txt", origin="t", text="Judul\n\n" + body,
                                      published_hint="2024-05-01"))
    assert isinstance(doc, Document)
    return [(e.type, e.source.root if e.source else None, e.target.root if e.target else None, e.modality)
            for e in doc.events]


def test_a_coordinated_verb_phrase_shares_the_clause_subject(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Hamas memberi Israel waktu 24 jam untuk merespons tuntutan para tahanan, dan "
                          "memperingatkan akan ada konsekuensi serius.")
    assert any(t == "THREATEN" and s == "PSE" for t, s, _, _ in got)
    assert not any(t == "THREATEN" and s == "ISR" for t, s, _, _ in got)


def test_an_oblique_phrase_is_not_the_subject(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Aksi ini diharapkan mengundang lebih banyak pendukung buat Palestina, hingga "
                          "mendesak Israel menghentikan agresinya.")
    assert not any(s == "PSE" for _, s, _, _ in got)


def test_a_received_act_is_done_by_its_giver(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Warga Palestina hidup dalam ketakutan karena tidak henti mendapat pengeboman dari Israel.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_a_passive_agent_after_dari_pihak(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Selimut dan obat-obatan tidak diizinkan masuk ke Gaza dari pihak Israel, "
                          "sehingga memperburuk situasi kemanusiaan.")
    assert ("COERCE", "ISR", "PSE", "asserted") in got


def test_a_territory_referred_back_to(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Ribuan siswa kembali bersekolah di Gaza pada Sabtu. "
                          "Meskipun blokade Israel terus mencegah masuknya bantuan ke wilayah tersebut.")
    assert ("COERCE", "ISR", "PSE", "asserted") in got


def test_an_act_noun_of_both_parties(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden Joko Widodo bertemu dengan Presiden Prancis Emmanuel Macron di Paris. "
                          "Diskusi keduanya juga meliputi masalah perdagangan.")
    assert sum(t == "CONSULT" for t, _, _, _ in got) == 2
