"""Fifteenth pass (ethics councils and election bodies): the parties of a complaint named by role alone (pengadu,
teradu, pelapor, terlapor) are people of the story's country, and an ethics council's finding is ACCUSE disapprove
(the guide §13), not a conviction."""

from __future__ import annotations

from collections.abc import Callable

Events = list[tuple[str, str | None, str | None, str]]


def test_complainant_alleges_against_the_accused(of_type: Callable[[str, str], Events]) -> None:
    body = ("Bawaslu Kota Bekasi menerima aduan dari warga. "
            "Pengadu mendalilkan teradu membagikan uang kepada pemilih di Bekasi.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_reported_party_denies_the_report(of_type: Callable[[str, str], Events]) -> None:
    body = ("Polres Bogor menerima laporan warga soal penipuan. "
            "Terlapor membantah tuduhan pelapor dalam pemeriksaan di Polres Bogor.")
    assert ("REJECT", "IDN", "IDN", "asserted") in of_type(body, "REJECT")


def test_ethics_finding_is_a_criticism(of_type: Callable[[str, str], Events]) -> None:
    body = ("DKPP menggelar sidang etik terhadap anggota KPU Kota Medan. "
            "Teradu terbukti melanggar kode etik penyelenggara pemilu, kata Ketua DKPP.")
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")
    assert of_type(body, "SANCTION") == []


def test_court_finding_stays_a_conviction(of_type: Callable[[str, str], Events]) -> None:
    # near miss: a defendant found guilty of a criminal article is a conviction, not an ethics finding
    body = ("Pengadilan Negeri Medan menggelar sidang pembunuhan. "
            "Terdakwa terbukti melanggar Pasal 340 KUHP, kata hakim di Medan.")
    assert ("SANCTION", "IDN", "IDN", "asserted") in of_type(body, "SANCTION")
    assert of_type(body, "ACCUSE") == []


def test_role_nouns_need_a_story_country(coded: Callable[[str], Events]) -> None:
    # near miss: with no country in the story the role nouns name nobody, so no event is coded
    assert coded("Pengadu mendalilkan teradu menerima uang dari sejumlah calon.") == []


def test_considered_request_was_made(of_type: Callable[[str, str], Events]) -> None:
    body = ("Dewan Etik menolak atau sekurang-kurangnya tidak mempertimbangkan permintaan pelapor untuk "
            "meninjau kembali putusan MK di Jakarta.")
    assert ("REQUEST", "IDN", "IDN", "asserted") in of_type(body, "REQUEST")


def test_considering_to_ask_is_no_asserted_request(of_type: Callable[[str, str], Events]) -> None:
    # near miss: the considering is of asking, which has not happened
    body = "Pemerintah Indonesia mempertimbangkan untuk meminta Malaysia memulangkan para pekerja itu."
    assert ("REQUEST", "IDN", "MYS", "asserted") not in of_type(body, "REQUEST")
