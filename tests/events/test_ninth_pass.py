"""Ninth-pass coder rules (docs/event-coder.md "Ninth pass"): events the iteration sets showed told without a
named actor in their sentence — a crowd's demands by their noun in a story of protests, an anaphoric subject
after an enumerating opener ("Kelima, mereka mendesak …"), arrests told by their noun, a protest's place after
a street name — through the whole pipeline, on sentences written for these tests (no gold article's text)."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_crowds_demands_by_their_noun_go_to_its_own_state(of_type: OfType) -> None:
    body = ("Ratusan mahasiswa berunjuk rasa di depan Gedung Sate, Bandung, Senin. "
            "Mereka membawa tujuh tuntutan untuk pemerintah pusat.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_a_demand_noun_outside_a_protest_story_is_no_event(of_type: OfType) -> None:
    body = "Harga beras naik sepanjang bulan. Tuntutan pasar terhadap beras impor meningkat."
    assert of_type(body, "REQUEST") == []


def test_an_enumerating_opener_keeps_the_anaphoric_subject(of_type: OfType) -> None:
    body = ("Ribuan buruh berunjuk rasa di depan gedung DPR, Jakarta. "
            "Kelima, mereka mendesak pemerintah menaikkan upah minimum.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_an_arrest_told_by_its_noun_is_the_implied_police(of_type: OfType) -> None:
    body = ("Kepolisian Daerah Metro Jaya menyelidiki peredaran narkoba di Depok. "
            "Setelah penyelidikan selama sebulan, dilakukan penangkapan terhadap tiga orang di Cimanggis.")
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_an_arrest_noun_abroad_is_that_countrys_police(of_type: OfType) -> None:
    body = ("Polisi Kamboja menggerebek sebuah gedung judi daring di Provinsi Kandal, Kamboja. "
            "Dalam penangkapan di Kandal itu, sejumlah orang diperiksa.")
    assert [e[:3] for e in of_type(body, "COERCE")][-1] == ("COERCE", "KHM", "KHM")


def test_an_arrest_noun_with_no_arrest_meant_is_no_event(of_type: OfType) -> None:
    assert of_type("Penangkapan ikan berlebihan merusak terumbu karang di perairan Maluku.", "COERCE") == []


def test_a_protest_placed_after_a_street_name_is_of_that_country(of_type: OfType) -> None:
    body = "Arus lalu lintas di Jalan Ahmad Yani, Kota Makassar, tersendat akibat aksi demonstrasi, sore ini."
    assert ("PROTEST", "IDN", "IDN", "asserted") in of_type(body, "PROTEST")


def test_a_clash_in_a_protest_story_is_the_crowd_against_the_police(of_type: OfType) -> None:
    body = ("Ribuan anak muda berunjuk rasa di Lima, Peru, pada Rabu. "
            "Bentrokan terjadi setelah beberapa demonstran berupaya menerobos pagar pembatas.")
    assert ("ASSAULT", "PER", "PER", "asserted") in of_type(body, "ASSAULT")


def test_tear_gas_by_named_police_falls_on_the_crowd(coded: Coded) -> None:
    body = ("Ribuan anak muda berunjuk rasa di Lima, Peru, pada Rabu. "
            "Situasi itu direspons polisi antihuru-hara dengan melepaskan tembakan gas air mata.")
    events = coded(body)
    assert ("ASSAULT", "PER", "PER", "asserted") in events
    assert not [e for e in events if e[0] == "RETREAT"]  # "melepaskan tembakan" releases nobody


def test_emergency_rule_with_no_government_named_is_the_places(of_type: OfType) -> None:
    body = "Ribuan anak muda berunjuk rasa di Lima, Peru, pada Rabu. Status darurat itu berlaku di Lima."
    assert ("COERCE", "PER", "PER", "asserted") in of_type(body, "COERCE")


def test_a_clash_between_two_named_armies_keeps_both(of_type: OfType) -> None:
    body = "Ketegangan meningkat di perbatasan. Bentrokan antara tentara Thailand dan Kamboja menewaskan dua orang."
    assert [e[:3] for e in of_type(body, "ASSAULT")] == [("ASSAULT", "THA", "KHM")]


def test_a_shooting_by_a_named_soldier_is_no_crowd_control_of_the_scene(of_type: OfType) -> None:
    body = ("Warga Palestina berunjuk rasa di Nabi Saleh, Tepi Barat. "
            "Seorang remaja ditembak di kepala oleh peluru karet yang ditembakkan oleh seorang tentara Israel.")
    assert ("ASSAULT", "PSE", "PSE", "asserted") not in of_type(body, "ASSAULT")


def test_a_passive_charge_with_no_agent_is_the_authorities(of_type: OfType) -> None:
    body = ("Polisi menangkap tiga pelaku pemerasan di Medan. "
            "Terhadap pelaku dikenakan pasal 368 KUHP dengan ancaman hukuman sembilan tahun penjara.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_in_a_domestic_story_an_unresolved_addressee_is_at_home(of_type: OfType) -> None:
    body = ("Polisi Daerah Sumatera Utara menangkap Iskandar di Bandara Kualanamu, Medan. "
            "Iskandar menuntut proses hukum terhadap anggota kepolisian yang salah tangkap.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_in_an_international_story_an_unresolved_addressee_stays_unnamed(of_type: OfType) -> None:
    body = ("Perdana Menteri Israel Benjamin Netanyahu bertemu Presiden Amerika Serikat di Washington. "
            "Mesir dan Qatar menengahi perundingan dengan Hamas. "
            "Netanyahu mengecam rencana pemindahan kedutaan itu.")
    assert ("ACCUSE", "ISR", "ISR", "asserted") not in of_type(body, "ACCUSE")


def test_antara_x_dengan_y_names_one_pair(of_type: OfType) -> None:
    body = "Pertemuan antara Presiden Prabowo dengan Presiden Xi Jinping berlangsung di Beijing."
    assert [e[:3] for e in of_type(body, "CONSULT")] == [("CONSULT", "IDN", "CHN")]


def test_urgent_is_no_demand_and_a_photo_is_no_request(of_type: OfType) -> None:
    assert of_type("Menlu Filipina mengatakan prioritas mendesak Manila adalah membangun kembali Marawi.",
               "REQUEST") == []
    assert of_type("Presiden Prabowo menyapa warga Jakarta yang meminta foto bersama.", "REQUEST") == []
    assert of_type("Filipina mendesak Amerika Serikat mencabut sanksi.", "REQUEST") != []


def test_judges_of_an_international_tribunal_are_no_states_courts(of_type: OfType) -> None:
    body = ("Pengadilan Rakyat Permanen menggelar sidang soal Myanmar di Kuala Lumpur. Tujuh orang hakim pengadilan "
            "internasional yang berbasis di Roma itu dengan bulat menjatuhkan vonis tersebut pada Jumat.")
    assert of_type(body, "SANCTION") == []
    body = ("Polisi Myanmar menangkap dua wartawan Reuters. "
            "Majelis hakim menjatuhkan vonis tujuh tahun penjara kepada keduanya.")
    assert [e[:2] for e in of_type(body, "SANCTION")] == [("SANCTION", "MMR")]


def test_in_a_sports_story_two_countries_meeting_are_teams(of_type: OfType) -> None:
    body = ("Portugal akan berjumpa Chile di Kazan Arena, Kamis pukul 01.00 dini hari WIB. Laga semifinal Piala "
            "Konfederasi ini mempertemukan juara Eropa dan juara Amerika Selatan. Kedua tim memiliki pemain bintang. "
            "Gol Cristiano Ronaldo ditunggu. Pertandingan akan berlangsung di stadion berkapasitas 45 ribu.")
    assert of_type(body, "CONSULT") == []
    assert of_type("Presiden Portugal akan bertemu Presiden Chile di Lisbon pekan depan.", "CONSULT") != []


def test_suspended_cooperation_is_no_cooperation(coded: Coded) -> None:
    events = coded("Tentara Nasional Indonesia menangguhkan kerja sama dengan militer Australia.")
    assert [e[:3] for e in events] == [("SANCTION", "IDN", "AUS")]


def test_contacting_a_government_is_consulting_it(of_type: OfType) -> None:
    body = "Menteri Luar Negeri India mengatakan sudah mengontak pemerintah Bangladesh soal pengungsi Rohingya."
    assert [e[:3] for e in of_type(body, "CONSULT")] == [("CONSULT", "IND", "BGD")]


def test_attracting_debate_or_a_central_banks_intervention_is_no_event(coded: Coded) -> None:
    assert coded("Transformasi Kementerian BUMN menjadi badan pengelola juga mengundang perdebatan.") == []
    assert coded("Gubernur BI Perry Warjiyo mengatakan BI melakukan intervensi pada pasar offshore.") == []
    assert [e[:3] for e in coded("Menlu Rusia menyebut langkah AS itu sebagai intervensi asing.")] == \
        [("ACCUSE", "RUS", "USA")]


def test_an_appeal_to_the_public_in_a_domestic_story_stays_unaddressed(of_type: OfType) -> None:
    body = ("Presiden Jokowi menerima pengurus PWI di Istana Merdeka, Jakarta. "
            "Jokowi mengimbau seluruh masyarakat untuk menjaga pemilu tetap damai.")
    assert ("REQUEST", "IDN", None, "asserted") in of_type(body, "REQUEST")


def test_a_meeting_noun_followed_by_two_parties_is_their_meeting(of_type: OfType) -> None:
    assert [e[:3] for e in of_type("Pertemuan Korsel dan Korut akhirnya digelar di Panmunjom.", "CONSULT")] == \
        [("CONSULT", "KOR", "PRK")]
    assert [e[:3] for e in of_type("Pembicaraan AS dan China berlangsung di Jenewa.", "CONSULT")] == \
        [("CONSULT", "USA", "CHN")]


def test_accepting_an_invitation_is_agreeing_with_the_host(of_type: OfType) -> None:
    body = "Menlu Sugiono memenuhi undangan Menlu China Wang Yi ke Beijing."
    assert [e[:3] for e in of_type(body, "AGREE")] == [("AGREE", "IDN", "CHN")]
    assert of_type("Pemain itu menerima undangan makan malam dari temannya.", "AGREE") == []


def test_a_clash_with_a_crowd_in_its_sentence_needs_no_earlier_protest(of_type: OfType) -> None:
    body = ("Harga bahan bakar naik. "
            "Bentrokan terjadi setelah ratusan demonstran menerobos pagar Gedung Kongres di Lima, Peru.")
    assert [e[:3] for e in of_type(body, "ASSAULT")] == [("ASSAULT", "PER", "PER")]


def test_the_first_person_of_a_quote_inside_its_sentence_is_its_speaker(of_type: OfType) -> None:
    body = ("Ketua Partai NasDem Sumatera Utara Iskandar menjadi korban salah tangkap di Bandara Kualanamu.\n\n"
            "\"Saya minta polisi segera mengungkap siapa buronan tersebut untuk memulihkan nama baik saya,\" "
            "tutupnya.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_attending_counts_only_with_whom_it_meets(of_type: OfType) -> None:
    assert of_type("Presiden Jokowi menghadiri puncak HUT ke-59 Partai Golkar di Jakarta Barat.", "CONSULT") == []
    assert [e[:3] for e in of_type("Presiden Prabowo menghadiri KTT ASEAN di Kuala Lumpur.", "CONSULT")] == \
        [("CONSULT", "IDN", "ASEAN")]


def test_a_players_threat_in_a_sports_story_is_a_chance(coded: Coded, of_type: OfType) -> None:
    body = ("Timnas Indonesia menghadapi Malaysia dalam laga kualifikasi Piala Asia di stadion Gelora Bung Karno. "
            "Pelatih Indonesia memasang tiga pemain depan. Pemain Indonesia Greg memberikan ancaman lagi setelah "
            "mendapatkan umpan terobosan dari Bayu Gatra. Gol pertama lahir pada menit ke-30.")
    assert [e for e in coded(body) if e[0] in ("THREATEN", "CONSULT", "ASSAULT")] == []
    body = ("Laga final Piala Dunia digelar di stadion Lusail. Pemain Argentina mencetak gol pada menit ke-23. "
            "FIFA menjatuhkan sanksi kepada federasi sepak bola Indonesia.")
    assert [e[:2] for e in of_type(body, "SANCTION")] == [("SANCTION", "FIFA")]


def test_an_invitation_needs_an_invited_actor(of_type: OfType) -> None:
    assert of_type("Pernikahan Kahiyang di Solo mengundang 8000 tamu dari seluruh Indonesia.", "REQUEST") == []
    assert [e[:3] for e in of_type("Amerika Serikat mengundang Qatar dan Mesir ke Washington.", "REQUEST")] == \
        [("REQUEST", "USA", "QAT"), ("REQUEST", "USA", "EGY")]
