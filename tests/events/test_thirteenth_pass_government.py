"""Thirteenth-pass rules on one country's bodies talking to each other (docs/event-coder.md "Thirteenth pass —
parliament and government"): meetings two bodies hold together, more connectives before an anaphoric subject, and
a nominalised passive ("ditolaknya … oleh X") keeping its agent — through the whole pipeline, on sentences written
for these tests, each with a near miss."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]


def test_a_meeting_two_bodies_hold_together(
        form_codes: Callable[[str, str, Expected], None]) -> None:
    form_codes("menggelar rapat",
               "Pemerintah Kabupaten Bantul bersama DPRD Kabupaten Bantul menggelar rapat paripurna di gedung dewan.",
               ("CONSULT", "IDN", "IDN"))
    form_codes("menggelar rapat", "Polda Jawa Tengah menggelar rapat koordinasi dengan TNI jelang Lebaran.",
               ("CONSULT", "IDN", "IDN"))
    form_codes("mengadakan rapat", "Komisi II DPR mengadakan rapat dengan Kemendagri pekan ini.",
               ("CONSULT", "IDN", "IDN"))


def test_a_body_meeting_on_its_own_codes_nothing(
        form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    # near miss: one body's own meeting names no partner
    form_stays_silent("menggelar rapat", "KPU menggelar rapat internal untuk menyusun jadwal tahapan.", "CONSULT",
                      False)
    form_stays_silent("mengadakan rapat", "Partai Golkar akan mengadakan rapat pleno di kantor DPP.", "CONSULT",
                      False)


def test_a_causal_or_concessive_connective_may_open_an_anaphoric_subject(of_type: OfType) -> None:
    body = ("Menteri Keuangan Sri Mulyani menyatakan menghormati pembahasan anggaran. "
            "Meski demikian, dia menolak usulan Komisi XI DPR.")
    assert ("REJECT", "IDN", "IDN", "asserted") in of_type(body, "REJECT")
    body = ("Gubernur Jawa Tengah Ahmad Luthfi menyatakan heran dengan kabar itu. "
            "Sebab, ia merasa tidak pernah meminta dana APBN untuk proyek tersebut.")
    assert [e for e in of_type(body, "REJECT") if e[1] == "IDN"]


def test_a_pronoun_after_a_connective_with_nobody_before_codes_nothing(of_type: OfType) -> None:
    # near miss: the connective does not invent a referent
    body = "Hujan turun sepanjang hari di Semarang. Sebab, ia merasa tidak pernah meminta dana APBN."
    assert not of_type(body, "REJECT")


def test_a_nominalised_passive_keeps_its_agent(of_type: OfType) -> None:
    body = ("Kepala Badan Gizi Nasional mengajukan tambahan anggaran. Dengan ditolaknya usulan tambahan anggaran itu "
            "oleh Badan Anggaran (Banggar) DPR RI, pagu lembaga itu tetap.")
    assert [e for e in of_type(body, "REJECT") if e[1] == "IDN"]


def test_a_passive_with_its_clitic_agent_codes_no_named_agent(of_type: OfType) -> None:
    # near miss: "dibantahnya" — the clitic is the agent ("by him"), no actor after the verb is
    body = "Tuduhan dari Komisi III DPR itu dibantahnya dalam jumpa pers."
    assert not [e for e in of_type(body, "REJECT") if e[1] == "IDN" and e[2] == "IDN"]


def test_council_members_named_alone_are_the_council_named_before(of_type: OfType) -> None:
    body = ("Wali Kota Bandung Muhammad Farhan hadir dalam sidang DPRD Kota Bandung, Senin. "
            "Ia mengapresiasi dedikasi anggota dewan dalam menyusun laporan itu.")
    assert ("SUPPORT", "IDN", "IDN", "asserted") in of_type(body, "SUPPORT")


def test_council_members_with_no_council_named_are_no_actor(of_type: OfType) -> None:
    # near miss: no legislature named before, so "anggota dewan" is nobody the coder can root
    body = "Wali Kota Bandung Muhammad Farhan mengapresiasi dedikasi anggota dewan dalam menyusun laporan itu."
    assert not of_type(body, "SUPPORT")


def test_a_held_meeting_needs_its_partner_not_its_topic(of_type: OfType) -> None:
    # near miss: what the meeting discusses is not whom it meets
    body = "Partai Golkar akan menggelar rapat membahas dukungan terhadap Ahok pekan depan."
    assert not of_type(body, "CONSULT")


def test_the_subject_after_a_frames_comma(of_type: OfType) -> None:
    body = ("Kepala Badan Gizi Nasional Dadan Hindayana hadir di Senayan. Dalam rapat kerja dengan Komisi IX DPR RI, "
            "Dadan sempat meminta dukungan legislatif untuk tambahan anggaran.")
    assert [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_a_comma_group_without_a_frame_stays_one_object(of_type: OfType) -> None:
    # near miss: no frame preposition opens the sentence, so the comma group is not split into a subject
    body = "Rapat kerja dengan Komisi IX DPR RI, Dadan sempat meminta dukungan legislatif."
    assert not [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_a_head_of_state_receiving_a_domestic_association(of_type: OfType) -> None:
    body = "Presiden Prabowo Subianto menerima pengurus PBNU di Istana Merdeka, Jakarta, Senin."
    assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT")
    body = "Presiden Joko Widodo menerima pengurus Persatuan Wartawan Indonesia (PWI) di Istana Merdeka."
    assert ("CONSULT", "IDN", "IDN", "asserted") in of_type(body, "CONSULT")


def test_a_club_hosting_a_club_is_no_meeting(of_type: OfType) -> None:
    # near miss: a football fixture's host is no state body receiving a guest
    body = "Barito Putera bersiap menyambut Persib Bandung di Stadion 17 Mei Banjarmasin, Minggu."
    assert not of_type(body, "CONSULT")


def test_the_members_assent_is_the_agreement_told_again(of_type: OfType) -> None:
    body = ("Komisi VIII DPR RI bersama pemerintah menyepakati RUU Haji dibawa ke rapat paripurna. "
            "\"Apakah dapat disetujui?\" tanya pimpinan rapat. \"Setuju,\" jawab anggota dewan.")
    agreements = of_type(body, "AGREE")
    assert agreements == [("AGREE", "IDN", "IDN", "asserted")] * 2, agreements  # (the chair's question is none)


def test_an_assent_with_no_agreement_before_codes_nothing(of_type: OfType) -> None:
    # near miss: no agreement of the speaker's body came before, so the assent has no counterpart
    body = ("Komisi VIII DPR RI menggelar rapat internal di Senayan. "
            "\"Apakah dapat disetujui?\" tanya pimpinan rapat. \"Setuju,\" jawab anggota dewan.")
    assert not of_type(body, "AGREE")
