"""Fifth-pass rules (docs/event-coder.md): coordinated verb phrases, received acts, "dari pihak" agents,
territories referred back to, dual genitives — through the whole pipeline, on synthetic sentences."""

from __future__ import annotations

from collections.abc import Callable

# the `coded` fixture of conftest.py (tests are not a package): (type, source root, target root, modality)
Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def test_a_coordinated_verb_phrase_shares_the_clause_subject(coded: Coded) -> None:
    got = coded("Hamas memberi Israel waktu 24 jam untuk merespons tuntutan para tahanan, dan "
                          "memperingatkan akan ada konsekuensi serius.")
    assert any(t == "THREATEN" and s == "PSE" for t, s, _, _ in got)
    assert not any(t == "THREATEN" and s == "ISR" for t, s, _, _ in got)


def test_an_oblique_phrase_is_not_the_subject(coded: Coded) -> None:
    got = coded("Aksi ini diharapkan mengundang lebih banyak pendukung buat Palestina, hingga "
                          "mendesak Israel menghentikan agresinya.")
    assert not any(s == "PSE" for _, s, _, _ in got)


def test_a_received_act_is_done_by_its_giver(coded: Coded) -> None:
    got = coded("Warga Palestina hidup dalam ketakutan karena tidak henti mendapat pengeboman dari Israel.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_a_passive_agent_after_dari_pihak(coded: Coded) -> None:
    got = coded("Selimut dan obat-obatan tidak diizinkan masuk ke Gaza dari pihak Israel, "
                          "sehingga memperburuk situasi kemanusiaan.")
    assert ("COERCE", "ISR", "PSE", "asserted") in got


def test_a_territory_referred_back_to(coded: Coded) -> None:
    got = coded("Ribuan siswa kembali bersekolah di Gaza pada Sabtu. "
                          "Meskipun blokade Israel terus mencegah masuknya bantuan ke wilayah tersebut.")
    assert ("COERCE", "ISR", "PSE", "asserted") in got


def test_an_act_noun_of_both_parties(coded: Coded) -> None:
    got = coded("Presiden Joko Widodo bertemu dengan Presiden Prancis Emmanuel Macron di Paris. "
                          "Diskusi keduanya juga meliputi masalah perdagangan.")
    assert sum(t == "CONSULT" for t, _, _, _ in got) == 2


def test_endangering_is_no_threat(coded: Coded) -> None:
    got = coded("Menurut Israel, gagasan negara Palestina dapat mengancam keamanan Israel.")
    assert not any(t == "THREATEN" for t, _, _, _ in got)


def test_sharing_an_opinion_is_no_agreement(coded: Coded) -> None:
    got = coded("Trump sepakat dengan Netanyahu bahwa perdamaian hanya bisa dicapai lewat kekuatan.")
    assert not any(t == "AGREE" for t, _, _, _ in got)


def test_a_warning_of_what_is_is_no_threat(coded: Coded) -> None:
    assert not any(t == "THREATEN" for t, _, _, _ in coded(
        "Menteri Luar Negeri Iran memperingatkan bahwa ribuan pengungsi masih hidup di tempat terbuka."))
    assert any(t == "THREATEN" for t, _, _, _ in coded(
        "Menteri Luar Negeri Iran memperingatkan bahwa Teheran akan membalas setiap serangan Israel."))


def test_an_example_is_no_act(coded: Coded) -> None:
    got = coded("FIFA memberikan izin, asal tidak menjatuhkan pihak tertentu semisal mengutuk Israel.")
    assert not any(t == "ACCUSE" for t, _, _, _ in got)


def test_a_topic_is_no_target(coded: Coded) -> None:
    got = coded("Dewan Keamanan PBB mengecam kebijakan itu soal Palestina.")
    assert not any(tgt == "PSE" for _, _, tgt, _ in got)


def test_an_object_clitic_takes_no_later_target(coded: Coded) -> None:
    got = coded("Butuh 70 tahun sampai AS secara resmi mengakuinya dan PBB belum menyadarinya.")
    assert not any(t == "SUPPORT" and tgt == "UN" for t, _, tgt, _ in got)


def test_a_relative_clause_has_its_own_modality(coded: Coded) -> None:
    got = coded("Yordania akan menginterogasi petugas keamanan Israel yang menewaskan dua warga Yordania.")
    assert ("ASSAULT", "ISR", "JOR", "asserted") in got


def test_citizens_travelling_are_no_diplomacy(coded: Coded) -> None:
    got = coded("Kedutaan Besar Republik Indonesia mengimbau Warga Negara Indonesia yang berencana "
                          "melakukan kunjungan ke Palestina untuk menundanya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)


def test_a_person_from_a_country_acts_for_it(coded: Coded) -> None:
    got = coded("Diplomat asal Ekuador mengecam Amerika Serikat.")
    assert ("ACCUSE", "ECU", "USA", "asserted") in got


def test_declared_unwillingness_to_change_is_an_asserted_reject(coded: Coded) -> None:
    got = coded("Pemerintah Israel menyatakan tidak akan mencopot detektor logam, sehingga memicu "
                          "kemarahan warga Palestina.")
    assert any(t == "REJECT" and s == "ISR" and m == "asserted" for t, s, _, m in got)


def test_it_is_time_to_act_is_no_purpose_clause(coded: Coded) -> None:
    got = coded("Presiden Amerika Serikat Donald Trump menyatakan sekarang saatnya untuk secara resmi "
                          "mengakui Yerusalem sebagai ibu kota Israel.")
    assert ("SUPPORT", "USA", "ISR", "asserted") in got


def test_recognising_a_capital_targets_its_country(coded: Coded) -> None:
    got = coded("Presiden Amerika Serikat Donald Trump memberikan pengakuan kepada Yerusalem sebagai ibu kota.")
    assert ("SUPPORT", "USA", "ISR", "asserted") in got


def test_an_intensified_attack_is_an_act(coded: Coded) -> None:
    got = coded("Militer Israel meningkatkan serangan udara ke Gaza.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_a_territory_inside_a_purpose_clause_is_no_target(coded: Coded) -> None:
    got = coded("Pasukan Israel melancarkan serangan di desa terpencil untuk mencapai perbatasan Mesir.")
    assert not any(tgt == "EGY" for _, _, tgt, _ in got)


def test_an_offer_to_talk_is_an_asserted_agreement(coded: Coded) -> None:
    got = coded("Menteri Luar Negeri Amerika Serikat Rex Tillerson mengatakan AS siap berunding dengan Korea Utara.")
    assert ("AGREE", "USA", "PRK", "asserted") in got
    assert not any(t == "CONSULT" for t, _, _, _ in got)


def test_an_open_door_to_dialogue_is_an_offer(coded: Coded) -> None:
    got = coded("Presiden Korea Selatan Moon Jae-in mengatakan pintu dialog dengan Korea Utara masih terbuka.")
    assert any(t == "AGREE" and s == "KOR" and tgt == "PRK" for t, s, tgt, _ in got)


def test_a_tour_names_its_destinations(coded: Coded) -> None:
    got = coded("Menteri Luar Negeri AS Antony Blinken meninggalkan Doha, Selasa malam, di akhir tur "
                          "regional yang juga mencakup Israel dan Mesir.")
    assert ("CONSULT", "USA", "ISR", "asserted") in got
    assert ("CONSULT", "USA", "EGY", "asserted") in got
    assert not any(s == "QAT" for _, s, _, _ in got)


def test_a_prayer_is_no_request(coded: Coded) -> None:
    got = coded("Presiden Joko Widodo mengajak para jemaah mendoakan Palestina. "
                          "Presiden Joko Widodo juga meminta kepada Allah agar perang segera berakhir.")
    assert not any(t == "REQUEST" for t, _, _, _ in got)


def test_the_object_that_country_refers_back(coded: Coded) -> None:
    got = coded("Hamas memberi Israel waktu 24 jam untuk merespons tuntutan para tahanan, dan "
                          "memperingatkan negara tersebut akan mendapatkan konsekuensi serius.")
    assert ("THREATEN", "PSE", "ISR", "asserted") in got


def test_an_act_told_again_without_target_is_not_a_second_event(coded: Coded) -> None:
    # the coordinated "dan tidak akan berunding" shares the subject Israel; told without target it is the same refusal
    got = coded("Israel menolak tuntutan Hamas dan tidak akan berunding dengan teroris.")
    assert [x for x in got if x[0] == "REJECT"] == [("REJECT", "ISR", "PSE", "asserted")]


def test_an_embassy_advising_its_nationals_is_no_event(coded: Coded) -> None:
    got = coded("Kementerian Luar Negeri Indonesia mengimbau kepada seluruh Warga Negara Indonesia agar "
                          "menunda perjalanan ke Palestina.")
    assert not any(t == "REQUEST" for t, _, _, _ in got)


def test_leaders_speaking_by_phone(coded: Coded) -> None:
    got = coded("Presiden AS Donald Trump dan Presiden Korea Selatan Moon Jae - in lewat panggilan telepon "
                          "sama-sama menyatakan akan terus bekerja sama.")
    assert any(t == "CONSULT" and {s, tgt} == {"USA", "KOR"} for t, s, tgt, _ in got)


def test_a_consequence_clause_has_its_own_modality(coded: Coded) -> None:
    got = coded("Pemerintah Israel menyatakan tidak akan mencopot detektor logam sehingga memicu bentrokan "
                          "dengan warga Palestina.")
    assert any(t == "ASSAULT" and m == "asserted" for t, _, _, m in got)


def test_an_attack_without_target_hits_the_territory_named_last(coded: Coded) -> None:
    got = coded("Ribuan warga kembali mengungsi di Gaza. "
                          "Perdana Menteri Israel Benjamin Netanyahu telah melanjutkan serangan militer baru.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in got


def test_not_only_asserts_the_first_act(coded: Coded) -> None:
    got = coded("Arab Saudi tidak hanya memutuskan hubungan diplomatik dengan Qatar, tetapi juga menutup perbatasan.")
    assert ("SANCTION", "SAU", "QAT", "asserted") in got


def test_a_set_with_named_members_acts_together(coded: Coded) -> None:
    got = coded("Israel dan para pendukungnya, termasuk AS, kerap menuding PBB melakukan ketidakadilan.")
    assert ("ACCUSE", "ISR", "UN", "asserted") in got
    assert ("ACCUSE", "USA", "UN", "asserted") in got


def test_a_charge_said_of_an_actor_is_an_accusation(coded: Coded) -> None:
    got = coded("Menteri Luar Negeri Turki Hakan Fidan mengatakan bahwa Israel telah melakukan genosida di Gaza.")
    assert ("ACCUSE", "TUR", "ISR", "asserted") in got


def test_a_relative_clause_after_an_oblique_keeps_its_subject(coded: Coded) -> None:
    got = coded("Kedutaan Besar Republik Indonesia di Amman mengimbau kepada seluruh Warga Negara Indonesia "
                          "yang berencana melakukan kunjungan ke Palestina untuk menundanya.")
    assert not any(t == "CONSULT" for t, _, _, _ in got)
