"""Sixteenth-pass rules (docs/event-coder.md "Sixteenth pass — sources from quotes, role nouns and pronouns"): events
whose trigger was found but whose source was not — a first person in a quotation a few words before its verb, a case
party named by its role, "ia" after a subject that follows a fronted phrase, a person described again by occupation —
through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_first_person_with_a_coordinated_verb_phrase_is_the_speaker(of_type: OfType) -> None:
    body = ("Ketua BEM Universitas Padjadjaran Dimas Pratama hadir di Bandung. \"Sejak awal kami di BEM sangat kecewa "
            "dan mengecam tindakan aparat di lapangan. Kami akan terus mengawal kasus ini,\" katanya.")
    assert [e[1] for e in of_type(body, "ACCUSE")] == ["IDN"]


def test_a_first_person_after_a_fronted_phrase_is_the_speaker(of_type: OfType) -> None:
    body = ("Ketua LBH Bandung Rina Marlina mendatangi Polda Jawa Barat. \"Atas kejadian itu kita berharap Polda Jawa "
            "Barat segera memproses laporan warga. Kami akan terus mengawal,\" ujarnya.")
    assert ("IDN", "IDN") in {e[1:3] for e in of_type(body, "REQUEST")}


def test_a_possessive_first_person_is_no_subject(of_type: OfType) -> None:
    # near miss: "klien kami" is the clients, not the speaker threatening anyone
    body = ("Ketua LBH Bandung Rina Marlina mendatangi Polda Jawa Barat. \"Data pribadi klien kami sudah tersebar dan "
            "mengancam keselamatannya. Kami akan terus mengawal,\" ujarnya.")
    assert not of_type(body, "THREATEN")


def test_defendants_named_by_role_request(of_type: OfType) -> None:
    body = ("Kejari Bandung mendakwa dua pejabat dinas. Karena itu, para terdakwa meminta keringanan kepada majelis "
            "hakim Pengadilan Negeri Bandung.")
    assert ("IDN", "IDN") in {e[1:3] for e in of_type(body, "REQUEST")}


def test_a_perpetrator_named_by_role_threatens(of_type: OfType) -> None:
    body = ("Polres Garut menangkap seorang pria di Garut. Awalnya, pelaku menghubungi korban lewat telepon. Jika uang "
            "itu tidak dikirim, pelaku mengancam akan menyebarkan foto korban.")
    assert [e[1] for e in of_type(body, "THREATEN")] == ["IDN"]


def test_a_role_noun_as_object_is_no_subject(of_type: OfType) -> None:
    # near miss: "pelaku" after a verb is its object; the victim who asks is no actor
    body = ("Polres Garut menangkap dua orang di Garut. Korban mengenali pelaku dan meminta polisi memeriksa rekaman "
            "kamera.")
    assert not of_type(body, "REQUEST")


def test_ia_after_a_subject_behind_a_fronted_phrase(of_type: OfType) -> None:
    body = ("Sementara soal utang proyek kereta cepat itu, Menteri BUMN Erick Thohir mengaku heran. Sebab, ia merasa "
            "tidak pernah meminta dana APBN.")
    assert [e[1] for e in of_type(body, "REJECT")] == ["IDN"]


def test_a_person_described_again_by_occupation(of_type: OfType) -> None:
    body = ("Raditya Dika hadir sebagai saksi di Pengadilan Negeri Jakarta Selatan. Dalam kesempatan yang sama, bintang "
            "film Cek Toko Sebelah itu membantah tudingan soal akun palsu.")
    assert [e[1] for e in of_type(body, "REJECT")] == ["IDN"]


def test_an_occupation_without_a_demonstrative_is_no_reference(of_type: OfType) -> None:
    # near miss: "seorang politikus" is someone new, not the person just named
    body = "Anggota DPR Budi Santoso diperiksa KPK di Jakarta. Seorang politikus muda meminta fee dari kontraktor."
    assert not of_type(body, "REQUEST")


def test_a_form_holding_its_first_person_subject_is_the_speakers(of_type: OfType) -> None:
    body = ("Gubernur Jawa Barat Dedi Mulyadi hadir di Bandung. \"Saya tantang Menteri Keuangan Purbaya untuk membuka "
            "data daerah mana yang menyimpan dana,\" ujar Dedi.")
    assert ("IDN", "IDN") in {e[1:3] for e in of_type(body, "REQUEST")}


def test_objecting_to_answer_is_a_verb_of_the_speaker(of_type: OfType) -> None:
    body = ("Ketua LSM Jaga Bangsa Roy Suryo diperiksa Polda Metro Jaya. \"Jadi, ketika ada pertanyaan lain, ya, saya "
            "keberatan untuk jawab. Itu hak saya,\" katanya.")
    assert [e[1] for e in of_type(body, "REJECT")] == ["IDN"]


def test_a_first_person_form_outside_a_quotation_has_no_speaker(of_type: OfType) -> None:
    # near miss: a slogan on a banner, with no quotation and so no speaker
    body = ("Spanduk bertuliskan saya tantang Menteri Keuangan Purbaya dipasang di depan kantor gubernur di Bandung "
            "pada Senin.")
    assert not of_type(body, "REQUEST")
