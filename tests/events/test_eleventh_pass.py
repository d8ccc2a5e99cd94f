"""Eleventh-pass coder rules (docs/event-coder.md "Eleventh pass — coder"): a sentence opening on its verb continues
the previous sentence's subject; a sentence inside a multi-sentence quotation is a clause of its own (its "saya" is
the speaker); a bare "Pemerintah" is the story's government — through the whole pipeline, on sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_sentence_opening_on_its_verb_continues_the_subject(of_type: OfType) -> None:
    body = ("Ketua MUI Anwar Abbas mengecam serangan Israel ke Gaza pada Senin. "
            "Juga menyuarakan agar Israel menghentikan kekejaman yang mereka lakukan.")
    assert ("REQUEST", "IDN", "ISR", "asserted") in of_type(body, "REQUEST")


def test_the_continued_subject_is_the_subject_not_the_last_actor(of_type: OfType) -> None:
    # near miss: the latest event of the previous sentence is Israel's attack; the subject is still the MUI chief's
    body = ("Ketua MUI Anwar Abbas mengecam serangan Israel ke Gaza pada Senin. "
            "Selain itu, juga mendesak Israel menghentikan blokade.")
    assert [e[1] for e in of_type(body, "REQUEST")] == ["IDN"]


def test_a_fronted_participle_has_its_subject_after_the_comma(coded: Coded, of_type: OfType) -> None:
    # near miss: "Berbicara di Bahrain …, Menteri Pertahanan AS …" is no zero subject
    body = ("Presiden Joko Widodo mengunjungi Singapura pada Senin. "
            "Berbicara di Bahrain dalam sebuah konferensi, Menteri Pertahanan AS Ashton Carter mengecam Iran.")
    assert ("ACCUSE", "USA", "IRN", "asserted") in of_type(body, "ACCUSE")
    assert not any(e[1] == "IDN" and e[2] == "BHR" for e in coded(body))


def test_no_subject_is_continued_across_paragraphs(of_type: OfType) -> None:
    body = ("Ketua MUI Anwar Abbas mengecam serangan Israel ke Gaza pada Senin.\n\n"
            "Juga menyuarakan agar Israel menghentikan kekejaman yang mereka lakukan.")
    assert not any(e[1] == "IDN" for e in of_type(body, "REQUEST"))


def test_saya_in_the_second_sentence_of_a_quote_is_its_speaker(of_type: OfType) -> None:
    body = ('Ketua DPP Partai NasDem Iskandar membantah keterangan polisi. "Itu bukan proses identifikasi, itu '
            'proses penangkapan. Saya minta juga kepada Kapolri Listyo Sigit Prabowo meralat," kata Iskandar.')
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_a_bare_government_protesting_to_a_state_is_a_diplomatic_protest(of_type: OfType) -> None:
    body = ("Seorang warga negara Indonesia ditangkap polisi Australia di Sydney pada Senin. "
            "Pemerintah langsung menyampaikan protes ke Australia.")
    assert ("ACCUSE", "IDN", "AUS", "asserted") in of_type(body, "ACCUSE")
    assert of_type(body, "PROTEST") == []


def test_an_aim_is_no_act(of_type: OfType) -> None:
    body = ("Korea Selatan dan Amerika Serikat menegaskan bahwa latihan militer gabungan tidak bertujuan menyerang "
            "Korea Utara. Uji coba itu disebut persiapan menyerang pangkalan militer Amerika Serikat di Jepang.")
    assert of_type(body, "ASSAULT") == []


def test_an_attack_beside_an_aim_is_still_an_attack(of_type: OfType) -> None:
    # near miss: the aim is the attack's own clause; the attack itself was carried out
    body = "Israel menyerang Gaza pada Senin, yang menurut militer bertujuan melemahkan Hamas."
    assert ("ASSAULT", "ISR", "PSE", "asserted") in of_type(body, "ASSAULT")


def test_a_meeting_noun_names_its_two_parties(of_type: OfType) -> None:
    body = "Pertemuan Presiden Prabowo Subianto dengan Presiden China Xi Jinping membahas perdagangan."
    assert {("IDN", "CHN"), ("CHN", "IDN")} & {(e[1], e[2]) for e in of_type(body, "CONSULT")}


def test_a_meeting_framed_by_dalam_still_names_its_parties(of_type: OfType) -> None:
    body = "Dalam pertemuan Prabowo dengan Xi Jinping pada Senin, kedua pemimpin membahas perdagangan."
    assert {("IDN", "CHN"), ("CHN", "IDN")} & {(e[1], e[2]) for e in of_type(body, "CONSULT")}


def test_a_topic_meeting_without_parties_stays_a_topic(of_type: OfType) -> None:
    # near miss: "membahas hasil pertemuan" with no "X dengan Y" after the noun: the meeting is a topic
    body = "Menteri Luar Negeri Sugiono membahas hasil pertemuan di Jenewa."
    assert not any(e[2] == "CHE" for e in of_type(body, "CONSULT"))


def test_a_visit_with_the_visitors_short_name_in_brackets(of_type: OfType) -> None:
    body = ("Kunjungan kenegaraan Presiden RI Joko Widodo (Jokowi) ke Singapura menghasilkan kesepakatan kerja sama "
            "di bidang pendidikan.")
    assert ("CONSULT", "IDN", "SGP", "asserted") in of_type(body, "CONSULT")


def test_a_dateline_place_is_no_actor(coded: Coded, of_type: OfType) -> None:
    body = "Ringkasan.\n\nJakarta, CNN Indonesia - - Presiden Filipina Rodrigo Duterte mengecam Amerika Serikat."
    assert not any(e[1] == "IDN" for e in coded(body))
    assert ("ACCUSE", "PHL", "USA", "asserted") in of_type(body, "ACCUSE")


def test_a_protest_at_a_states_embassy_is_aimed_at_that_state(of_type: OfType) -> None:
    body = "Ribuan warga menggelar aksi bela Palestina di depan Kedutaan Besar Amerika Serikat di Jakarta."
    assert ("PROTEST", "IDN", "USA", "asserted") in of_type(body, "PROTEST")


def test_a_protest_near_no_mission_names_no_foreign_target(of_type: OfType) -> None:
    # near miss: a rally in a square is aimed at nobody abroad
    body = "Ribuan warga menggelar aksi bela Palestina di Bundaran HI, Jakarta."
    assert all(e[2] in (None, "IDN") for e in of_type(body, "PROTEST"))


def test_the_critics_of_an_attack_are_not_its_victims(of_type: OfType) -> None:
    body = "Qatar dan Mesir mengecam serangan Israel yang menewaskan puluhan warga sipil."
    assert ("ACCUSE", "QAT", "ISR", "asserted") in of_type(body, "ACCUSE")
    assert not any(e[2] in ("QAT", "EGY") for e in of_type(body, "ASSAULT"))


def test_an_investigation_of_a_killing_still_names_its_victims(of_type: OfType) -> None:
    # near miss: Jordan looking into a killing of its citizens is on the victims' side
    body = "Yordania mengatakan akan menginterogasi petugas keamanan Israel yang menewaskan dua warganya."
    assert ("ASSAULT", "ISR", "JOR", "asserted") in of_type(body, "ASSAULT")


def test_one_body_sanctioning_another_of_its_country_is_a_domestic_sanction(of_type: OfType) -> None:
    body = "Bawaslu memberikan sanksi teguran kepada KPU."
    assert ("SANCTION", "IDN", "IDN", "asserted") in of_type(body, "SANCTION")


def test_a_town_named_with_its_kind_is_a_location_not_a_subject(of_type: OfType) -> None:
    body = "Serangan Israel di Kota Gaza pada Minggu menewaskan sedikitnya 40 warga Palestina."
    assert not any(e[1] == "PSE" for e in of_type(body, "ASSAULT"))
    assert ("ASSAULT", "ISR", "PSE", "asserted") in of_type(body, "ASSAULT")


def test_welcoming_that_step_supports_whoever_took_it(of_type: OfType) -> None:
    body = ("Menteri Luar Negeri Mesir Badr Abdelatty bertemu dengan Perdana Menteri Palestina Mohammad Mustafa di "
            "Kairo pada Senin. Pemerintah Indonesia menyambut baik langkah tersebut.")
    assert [e[1] for e in of_type(body, "SUPPORT")] == ["IDN"]
    assert of_type(body, "SUPPORT")[0][2] in ("EGY", "PSE")


def test_welcoming_a_thing_names_no_carried_target(of_type: OfType) -> None:
    # near miss: "menyambut baik kedatangan musim hujan" refers to no act of the story's actors
    body = ("Menteri Luar Negeri Mesir Badr Abdelatty bertemu dengan Perdana Menteri Palestina Mohammad Mustafa di "
            "Kairo pada Senin. Pemerintah Indonesia menyambut baik datangnya musim hujan.")
    assert not any(e[2] in ("EGY", "PSE") for e in of_type(body, "SUPPORT"))


def test_finishing_talks_is_the_talks(of_type: OfType) -> None:
    body = "Indonesia dan Uni Eropa menyelesaikan perundingan perjanjian dagang pada Senin."
    assert {("IDN", "EU"), ("EU", "IDN")} & {(e[1], e[2]) for e in of_type(body, "CONSULT")}


def test_agreeing_on_cooperation_is_no_cooperation_yet(of_type: OfType) -> None:
    # near miss: "menyepakati kerja sama" is the agreement, not cooperation carried out
    body = "Pemerintah Indonesia dan Lebanon menyepakati kerja sama di bidang olahraga."
    assert of_type(body, "COOPERATE") == []


def test_a_mutual_prisoner_swap_releases_on_both_sides(of_type: OfType) -> None:
    body = "Rusia dan Ukraina saling tukar tawanan perang pada Sabtu."
    got = {(e[1], e[2]) for e in of_type(body, "RETREAT")}
    assert ("RUS", "UKR") in got and ("UKR", "RUS") in got


def test_protesters_demanding_their_leaders_government_address_their_own_state(coded: Coded, of_type: OfType) -> None:
    body = ("Mesir terus berkomunikasi dengan Hamas dan Israel. Sementara itu, ribuan warga Israel berunjuk rasa di "
            "Tel Aviv menuntut pemerintah Netanyahu segera menyepakati pertukaran sandera.")
    assert ("REQUEST", "ISR", "ISR", "asserted") in of_type(body, "REQUEST")
    assert not any(e[2] == "EGY" for e in coded(body) if e[0] in ("REQUEST", "PROTEST"))


def test_both_of_them_after_a_meeting_frame_are_the_meetings_parties(of_type: OfType) -> None:
    body = ("Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Mesir Badr Abdelatty di Kairo. "
            "Dalam pertemuan itu, keduanya membahas upaya gencatan senjata di Gaza.")
    assert len({(e[1], e[2]) for e in of_type(body, "CONSULT")} & {("IDN", "EGY"), ("EGY", "IDN")}) >= 1
    assert len(of_type(body, "CONSULT")) >= 2  # the meeting and the talks in it


def test_thanks_conveyed_for_support_is_support(of_type: OfType) -> None:
    body = "Menlu Mesir Badr Abdelatty menyampaikan terima kasih kepada Indonesia atas bantuan kemanusiaan."
    assert ("SUPPORT", "EGY", "IDN", "asserted") in of_type(body, "SUPPORT")


def test_a_hearing_between_a_legislature_and_a_minister_is_a_domestic_meeting(of_type: OfType) -> None:
    body = "Komisi I DPR menggelar rapat kerja dengan Menteri Pertahanan Sjafrie Sjamsoeddin di Senayan."
    assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT")


def test_a_meeting_inside_one_body_names_no_partner(of_type: OfType) -> None:
    # near miss: a plenary or internal session is no meeting between actors
    assert of_type("Komisi I DPR menggelar rapat paripurna di Senayan.", "CONSULT") == []


def test_students_meeting_their_officials_is_a_domestic_meeting(of_type: OfType) -> None:
    body = "Mahasiswa melakukan audiensi dengan pimpinan DPRD Jawa Barat."
    assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT")
