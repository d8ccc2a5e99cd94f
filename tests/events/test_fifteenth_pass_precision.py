"""Fifteenth-pass rules (docs/event-coder.md "Fifteenth pass — precision"): trigger forms used in a sense that is no
event, told by the words around them (a protest light verb qualified as a crime, "mengamankan" a thing, "didukung"
by data, a degree adverb before "mendesak", an acquittal, a warning that is the sanction itself, the protesters named
as people) — through the whole pipeline, on sentences written for these tests, each with the event sense that must
still be coded."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]


def test_protest_light_verb_with_a_crime_qualifier_stays_silent(of_type: OfType) -> None:
    body = ("Polisi Resor Badung menangkap seorang pria di Kuta. "
            "Pria itu melakukan aksi kejinya saat korban sedang tidur di rumah kontrakan.")
    assert not of_type(body, "PROTEST")


def test_protest_light_verb_at_a_place_is_a_protest(of_type: OfType) -> None:
    body = "Ratusan buruh menggelar aksi di depan Gedung DPR untuk menolak kenaikan iuran pemerintah."
    assert ("PROTEST", "IDN", "IDN", "asserted") in of_type(body, "PROTEST")


def test_securing_evidence_is_no_arrest(of_type: OfType) -> None:
    body = "Polisi Resor Bogor sudah mengamankan barang bukti berupa dua sepeda motor milik tersangka."
    assert not of_type(body, "COERCE")


def test_securing_people_is_an_arrest(of_type: OfType) -> None:
    body = "Polisi Resor Bogor mengamankan tiga orang pelaku pencurian di Cibinong."
    assert [e for e in of_type(body, "COERCE") if e[1:3] == ("IDN", "IDN")]


def test_backed_by_a_policy_is_no_support(of_type: OfType) -> None:
    body = "Penguatan rupiah pekan ini didukung oleh konsistensi kebijakan moneter Bank Indonesia."
    assert not of_type(body, "SUPPORT")


def test_backed_by_an_actor_is_support(form_codes: Callable[[str, str, Expected], None]) -> None:
    body = "Usulan gencatan senjata Mesir didukung oleh Qatar dan Turki."
    form_codes("didukung", body, ("SUPPORT", "QAT", None))


def test_most_pressing_need_is_no_request(form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    body = "Menteri Sosial mengatakan air bersih adalah kebutuhan paling mendesak bagi warga Gaza saat ini."
    form_stays_silent("paling mendesak", body, "REQUEST", True)


def test_urging_is_a_request(of_type: OfType) -> None:
    body = "Menteri Luar Negeri Indonesia mendesak Israel menghentikan serangan ke Rafah."
    assert ("REQUEST", "IDN", "ISR", "asserted") in of_type(body, "REQUEST")


def test_acquittal_is_neither_sanction_nor_criticism(coded: Coded) -> None:
    body = "DKPP menilai anggota KPU Idham Holik tidak terbukti melanggar kode etik penyelenggara pemilu."
    assert not [e for e in coded(body) if e[0] in ("SANCTION", "ACCUSE")]


def test_finding_of_a_breach_stays_coded(coded: Coded) -> None:
    body = "DKPP menilai anggota KPU Idham Holik terbukti melanggar kode etik penyelenggara pemilu."
    assert [e for e in coded(body) if e[0] in ("SANCTION", "ACCUSE")]


def test_warning_sanction_is_no_threat(of_type: OfType) -> None:
    body = "DKPP menjatuhkan sanksi peringatan keras terhadap Ketua KPU Hasyim Asyari."
    assert not of_type(body, "THREATEN")


def test_warning_to_a_state_is_a_threat(of_type: OfType) -> None:
    body = "Korea Utara memberikan peringatan keras kepada Amerika Serikat soal latihan militer."
    assert ("THREATEN", "PRK", "USA", "asserted") in of_type(body, "THREATEN")


def test_protesters_named_as_people_are_no_protest(of_type: OfType) -> None:
    body = "Menurut Komnas HAM, aparat harus menjamin keselamatan para demonstran di Jakarta."
    assert not of_type(body, "PROTEST")


def test_protesters_taking_to_the_street_are_a_protest(of_type: OfType) -> None:
    body = "Ribuan demonstran turun ke jalan di Jakarta menentang kebijakan pemerintah."
    assert of_type(body, "PROTEST")


def test_asking_for_prayers_is_no_request(of_type: OfType) -> None:
    body = "Gubernur Jawa Barat meminta doa dan dukungan seluruh warga agar pembangunan berjalan lancar."
    assert not of_type(body, "REQUEST")


def test_asking_a_body_to_act_is_a_request(of_type: OfType) -> None:
    body = "Gubernur Jawa Barat Dedi Mulyadi meminta Menteri Keuangan segera mencairkan dana bantuan banjir."
    assert [e for e in of_type(body, "REQUEST") if e[1] == "IDN"]


def test_holding_back_rates_is_no_detention(of_type: OfType) -> None:
    body = "Bank Indonesia kembali menahan suku bunga acuan di level 5,75 persen pada rapat bulan ini."
    assert not of_type(body, "COERCE")


def test_holding_a_suspect_is_a_detention(of_type: OfType) -> None:
    body = "Kejaksaan Negeri Medan menahan Kepala Dinas Pekerjaan Umum atas dugaan korupsi proyek jalan."
    assert [e for e in of_type(body, "COERCE") if e[1:3] == ("IDN", "IDN")]


def test_panel_discussion_is_no_consultation(form_stays_silent: Callable[[str, str, str, bool], None]) -> None:
    body = ('"Putusan itu harus dihormati," kata anggota DPR Achmad Baidowi dalam diskusi daring bertema hukum tata '
            "negara di Jakarta.")
    form_stays_silent("diskusi daring", body, "CONSULT", True)


def test_admitting_a_fact_is_no_recognition(of_type: OfType) -> None:
    body = "Ketua KPU Afifuddin mengakui tak ada diskusi dengan pihak Istana maupun DPR soal keputusan itu."
    assert not of_type(body, "SUPPORT")


def test_recognising_a_capital_is_support(of_type: OfType) -> None:
    body = "Presiden Amerika Serikat secara resmi mengakui Yerusalem sebagai ibu kota Israel."
    assert [e for e in of_type(body, "SUPPORT") if e[1:3] == ("USA", "ISR")]


def test_hazard_that_threatens_is_no_threat(of_type: OfType) -> None:
    body = "Menteri Kesehatan Budi mengatakan bahaya narkoba sedang mengancam pelajar di Jakarta."
    assert not of_type(body, "THREATEN")


def test_state_that_threatens_is_a_threat(of_type: OfType) -> None:
    body = "Korea Utara mengancam Amerika Serikat dengan serangan nuklir."
    assert ("THREATEN", "PRK", "USA", "asserted") in of_type(body, "THREATEN")
