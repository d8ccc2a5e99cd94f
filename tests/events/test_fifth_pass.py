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


def test_endangering_is_no_threat(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Menurut Israel, gagasan negara Palestina dapat mengancam keamanan Israel.")
    assert not any(t == "THREATEN" for t, _, _, _ in got)


def test_sharing_an_opinion_is_no_agreement(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Trump sepakat dengan Netanyahu bahwa perdamaian hanya bisa dicapai lewat kekuatan.")
    assert not any(t == "AGREE" for t, _, _, _ in got)


def test_a_warning_of_what_is_is_no_threat(pipeline: Pipeline) -> None:
    assert not any(t == "THREATEN" for t, _, _, _ in coded(
        pipeline, "Menteri Luar Negeri Iran memperingatkan bahwa ribuan pengungsi masih hidup di tempat terbuka."))
    assert any(t == "THREATEN" for t, _, _, _ in coded(
        pipeline, "Menteri Luar Negeri Iran memperingatkan bahwa Teheran akan membalas setiap serangan Israel."))


def test_an_example_is_no_act(pipeline: Pipeline) -> None:
    got = coded(pipeline, "FIFA memberikan izin, asal tidak menjatuhkan pihak tertentu semisal mengutuk Israel.")
    assert not any(t == "ACCUSE" for t, _, _, _ in got)


def test_a_topic_is_no_target(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Dewan Keamanan PBB mengecam kebijakan itu soal Palestina.")
    assert not any(tgt == "PSE" for _, _, tgt, _ in got)


def test_an_object_clitic_takes_no_later_target(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Butuh 70 tahun sampai AS secara resmi mengakuinya dan PBB belum menyadarinya.")
    assert not any(t == "SUPPORT" and tgt == "UN" for t, _, tgt, _ in got)


def test_a_relative_clause_has_its_own_modality(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Yordania akan menginterogasi petugas keamanan Israel yang menewaskan dua warga Yordania.")
    assert ("ASSAULT", "ISR", "JOR", "asserted") in got


def test_citizens_travelling_are_no_diplomacy(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Kedutaan Besar Republik Indonesia mengimbau Warga Negara Indonesia yang berencana "
                          "melakukan kunjungan ke Palestina untuk menundanya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)


def test_a_person_from_a_country_acts_for_it(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Diplomat asal Ekuador mengecam Amerika Serikat.")
    assert ("ACCUSE", "ECU", "USA", "asserted") in got


def test_declared_unwillingness_to_change_is_an_asserted_reject(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Pemerintah Israel menyatakan tidak akan mencopot detektor logam, sehingga memicu "
                          "kemarahan warga Palestina.")
    assert any(t == "REJECT" and s == "ISR" and m == "asserted" for t, s, _, m in got)


def test_it_is_time_to_act_is_no_purpose_clause(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden Amerika Serikat Donald Trump menyatakan sekarang saatnya untuk secara resmi "
                          "mengakui Yerusalem sebagai ibu kota Israel.")
    assert ("SUPPORT", "USA", "ISR", "asserted") in got


def test_recognising_a_capital_targets_its_country(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden Amerika Serikat Donald Trump memberikan pengakuan kepada Yerusalem sebagai ibu kota.")
    assert ("SUPPORT", "USA", "ISR", "asserted") in got


def test_an_intensified_attack_is_an_act(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Militer Israel meningkatkan serangan udara ke Gaza.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_a_territory_inside_a_purpose_clause_is_no_target(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Pasukan Israel melancarkan serangan di desa terpencil untuk mencapai perbatasan Mesir.")
    assert not any(tgt == "EGY" for _, _, tgt, _ in got)


def test_an_offer_to_talk_is_an_asserted_agreement(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Menteri Luar Negeri Amerika Serikat Rex Tillerson mengatakan AS siap berunding dengan Korea Utara.")
    assert ("AGREE", "USA", "PRK", "asserted") in got
    assert not any(t == "CONSULT" for t, _, _, _ in got)


def test_an_open_door_to_dialogue_is_an_offer(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden Korea Selatan Moon Jae-in mengatakan pintu dialog dengan Korea Utara masih terbuka.")
    assert any(t == "AGREE" and s == "KOR" and tgt == "PRK" for t, s, tgt, _ in got)


def test_a_tour_names_its_destinations(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Menteri Luar Negeri AS Antony Blinken meninggalkan Doha, Selasa malam, di akhir tur "
                          "regional yang juga mencakup Israel dan Mesir.")
    assert ("CONSULT", "USA", "ISR", "asserted") in got
    assert ("CONSULT", "USA", "EGY", "asserted") in got
    assert not any(s == "QAT" for _, s, _, _ in got)


def test_a_prayer_is_no_request(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden Joko Widodo mengajak para jemaah mendoakan Palestina. "
                          "Presiden Joko Widodo juga meminta kepada Allah agar perang segera berakhir.")
    assert not any(t == "REQUEST" for t, _, _, _ in got)


def test_the_object_that_country_refers_back(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Hamas memberi Israel waktu 24 jam untuk merespons tuntutan para tahanan, dan "
                          "memperingatkan negara tersebut akan mendapatkan konsekuensi serius.")
    assert ("THREATEN", "PSE", "ISR", "asserted") in got


def test_an_act_told_again_without_target_is_not_a_second_event(pipeline: Pipeline) -> None:
    # the coordinated "dan tidak akan berunding" shares the subject Israel; told without target it is the same refusal
    got = coded(pipeline, "Israel menolak tuntutan Hamas dan tidak akan berunding dengan teroris.")
    assert [x for x in got if x[0] == "REJECT"] == [("REJECT", "ISR", "PSE", "asserted")]


def test_an_embassy_advising_its_nationals_is_no_event(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Kementerian Luar Negeri Indonesia mengimbau kepada seluruh Warga Negara Indonesia agar "
                          "menunda perjalanan ke Palestina.")
    assert not any(t == "REQUEST" for t, _, _, _ in got)


def test_leaders_speaking_by_phone(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Presiden AS Donald Trump dan Presiden Korea Selatan Moon Jae - in lewat panggilan telepon "
                          "sama-sama menyatakan akan terus bekerja sama.")
    assert any(t == "CONSULT" and {s, tgt} == {"USA", "KOR"} for t, s, tgt, _ in got)


def test_a_consequence_clause_has_its_own_modality(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Pemerintah Israel menyatakan tidak akan mencopot detektor logam sehingga memicu bentrokan "
                          "dengan warga Palestina.")
    assert any(t == "ASSAULT" and m == "asserted" for t, _, _, m in got)


def test_an_attack_without_target_hits_the_territory_named_last(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Ribuan warga kembali mengungsi di Gaza. "
                          "Perdana Menteri Israel Benjamin Netanyahu telah melanjutkan serangan militer baru.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_not_only_asserts_the_first_act(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Arab Saudi tidak hanya memutuskan hubungan diplomatik dengan Qatar, tetapi juga menutup perbatasan.")
    assert ("SANCTION", "SAU", "QAT", "asserted") in got


def test_a_set_with_named_members_acts_together(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Israel dan para pendukungnya, termasuk AS, kerap menuding PBB melakukan ketidakadilan.")
    assert ("ACCUSE", "ISR", "UN", "asserted") in got
    assert ("ACCUSE", "USA", "UN", "asserted") in got


def test_a_charge_said_of_an_actor_is_an_accusation(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Menteri Luar Negeri Turki Hakan Fidan mengatakan bahwa Israel telah melakukan genosida di Gaza.")
    assert ("ACCUSE", "TUR", "ISR", "asserted") in got


def test_a_relative_clause_after_an_oblique_keeps_its_subject(pipeline: Pipeline) -> None:
    got = coded(pipeline, "Kedutaan Besar Republik Indonesia di Amman mengimbau kepada seluruh Warga Negara Indonesia "
                          "yang berencana melakukan kunjungan ke Palestina untuk menundanya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
