"""Twelfth-pass coder rules (docs/event-coder.md "Twelfth pass"), found on the fifth iteration set (domestic
2023-2025 news): a quotation's speaker is who a following "ia/dia" is; connectives such as "Oleh karena itu" may
stand before an anaphoric subject — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_pronoun_after_a_quotation_is_its_speaker(of_type: OfType) -> None:
    body = ("\"Para bandar kini memakai cara-cara baru,\" kata Wakil Ketua Komisi III DPR Ahmad Sahroni, Selasa. "
            "Ia meminta Polri meningkatkan pengawasan di pelabuhan.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_a_connective_may_open_an_anaphoric_subject(of_type: OfType) -> None:
    body = ("\"Para bandar kini memakai cara-cara baru,\" kata Wakil Ketua Komisi III DPR Ahmad Sahroni, Selasa. "
            "Oleh karena itu, ia meminta Polri meningkatkan pengawasan di pelabuhan.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_a_pronoun_with_no_speaker_or_subject_before_codes_nothing(of_type: OfType) -> None:
    # near miss: nothing before names who "ia" is
    body = "Cuaca di pelabuhan cerah sepanjang hari. Oleh karena itu, ia meminta Polri meningkatkan pengawasan."
    assert not of_type(body, "REQUEST")


def test_two_bodies_of_one_country_agreeing_together(of_type: OfType) -> None:
    for body in ("Pemerintah dan DPR sepakat merevisi UU Pemilu.",
                 "Hasil pembahasan Pansus IV, DPRD bersama pemerintah kota menyepakati Raperda tentang Perusahaan Daerah.",
                 "Badan Legislasi (Baleg) DPR RI bersama pemerintah hingga DPD menyepakati RUU tentang Polri."):
        assert ("AGREE", "IDN", "IDN", "asserted") in of_type(body, "AGREE"), body


def test_one_body_agreeing_alone_has_no_partner(of_type: OfType) -> None:
    # near miss: one body only, and a company beside a body is no state partner
    assert not [e for e in of_type("DPR sepakat merevisi UU Pemilu.", "AGREE") if e[2] == "IDN"]
    assert not [e for e in of_type("PT Maju Jaya dan pemerintah kota menyepakati harga tanah.", "AGREE")
                if e[2] == "IDN"]


def test_an_agreement_signed_with_a_minister_of_the_same_country(of_type: OfType) -> None:
    body = ("Kapolri Jenderal Listyo Sigit Prabowo menandatangani nota kesepahaman dengan Menteri Lingkungan Hidup "
            "Hanif Faisol Nurofiq di Mabes Polri, Jakarta.")
    assert ("AGREE", "IDN", "IDN", "asserted") in of_type(body, "AGREE")


def test_private_people_working_together_is_no_cooperation(of_type: OfType) -> None:
    # near miss: suspects colluding are no state bodies cooperating
    body = "Menurut penyidik, ketiga tersangka tersebut bekerja sama dengan Rudi Hartono untuk menyamarkan uang suap."
    assert not of_type(body, "COOPERATE")


def test_a_hearing_named_with_its_partner_is_a_meeting(of_type: OfType) -> None:
    for body in ("Usulan itu disampaikan dalam rapat dengar pendapat Eselon I Kemenkeu dengan Komisi XI DPR RI.",
                 "\"Tidak ada alasan lain,\" kata Kepala BPS Amalia dalam Rapat Dengar Pendapat (RDP) bersama Komisi X "
                 "DPR RI di Senayan.",
                 "Dalam rapat kerja dengan Komisi II DPR RI, Kepala Otorita IKN Basuki Hadimuljono meminta dukungan."):
        assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT"), body


def test_a_hearing_with_no_partner_named_is_no_meeting(of_type: OfType) -> None:
    # near miss: a body's own hearing schedule names no second party
    body = "Komisi XI DPR RI menjadwalkan rapat dengar pendapat pekan depan untuk membahas anggaran."
    assert not of_type(body, "CONSULT")


def test_both_bodies_of_an_agreement_agree_again_as_keduanya(coded: Coded) -> None:
    body = ("Kapolri Jenderal Listyo Sigit Prabowo menandatangani nota kesepahaman dengan Menteri Lingkungan Hidup "
            "Hanif Faisol Nurofiq di Jakarta. Keduanya sepakat untuk mencegah kerusakan lingkungan hidup.")
    agreed = [e for e in coded(body) if e[0] == "AGREE"]
    assert agreed.count(("AGREE", "IDN", "IDN", "asserted")) == 2, agreed


def test_a_gapped_form_may_hold_a_bracketed_short_name(of_type: OfType) -> None:
    body = "Di sisi lain, Mendagri Tito Karnavian mengingatkan pemerintah daerah (Pemda) agar mengawasi bangunan gedung."
    assert [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_not_denying_is_admitting_not_a_negated_rejection(form_stays_silent: Callable[[str, str, str, bool], None],
                                                           of_type: OfType) -> None:
    form_stays_silent("tidak menampik", "Gubernur Jawa Barat tidak menampik kemungkinan adanya daerah yang menyimpan "
                      "dana dalam bentuk deposito.", "REJECT", True)
    # near miss: a plain denial is still one
    assert of_type("Gubernur Jawa Barat Dedi Mulyadi membantah tuduhan Menteri Keuangan Purbaya soal dana deposito.",
               "REJECT")
