"""Thirteenth-pass rules (docs/event-coder.md "Thirteenth pass — the criminal process"), found on the fifth iteration
set and dev2/dev3 (domestic 2023-2025 news, the guide §12 and §16): searches, police reports, the investigation stage,
witnesses questioned, detention, indictments and arrests on a charge — through the whole pipeline, on sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]
FormCodes = Callable[[str, str, Expected], None]
FormSilent = Callable[[str, str, str, bool], None]

# a first sentence that makes the story Indonesian (offices named alone are then the home country's)
_HOME = "Kasus korupsi itu ditangani Kejaksaan Agung RI di Jakarta, Indonesia. "


def test_a_search_is_an_investigation(form_codes: FormCodes, of_type: OfType) -> None:
    body = "Penyidik Kejaksaan Agung menggeledah rumah dinas Bupati Sleman Budi Santoso di Yogyakarta."
    form_codes("menggeledah", body, ("ACCUSE", "IDN", "IDN"))
    assert not of_type(body, "COERCE")  # no longer a seizure (the guide §16)


def test_a_search_told_by_its_noun_with_the_office_alone(of_type: OfType) -> None:
    body = _HOME + "Penyidik telah melakukan penggeledahan di kantor dinas pendidikan kota itu pada Kamis."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_city_detention_ordered_by_the_public_prosecutor(form_codes: FormCodes) -> None:
    body = _HOME + "Penuntut umum menetapkan penahanan kota bagi tiga tersangka tersebut selama 20 hari ke depan."
    form_codes("menetapkan penahanan", body, ("COERCE", "IDN", "IDN"))


def test_an_indictment_being_prepared_is_a_planned_charge(of_type: OfType) -> None:
    body = _HOME + "Saat ini tim penuntut umum tengah menyusun surat dakwaan untuk segera melimpahkan perkara ke pengadilan."
    assert ("ACCUSE", "IDN", "IDN", "planned") in of_type(body, "ACCUSE")


def test_a_police_report_with_its_charge(form_codes: FormCodes) -> None:
    form_codes("melaporkan … atas dugaan",
               "Rina Wulandari melaporkan Andi Pratama atas dugaan pencemaran nama baik ke Polda Jawa Timur.",
               ("ACCUSE", "IDN", "IDN"))


def test_a_police_report_in_the_passive_without_the_complainant(form_codes: FormCodes) -> None:
    form_codes("dilaporkan karena diduga",
               _HOME + "Andi Pratama juga dilaporkan karena diduga menyebarkan data pribadi Rina Wulandari.",
               ("ACCUSE", "IDN", "IDN"))


def test_a_case_taken_to_the_law(form_codes: FormCodes) -> None:
    form_codes("membawa … ke ranah hukum",
               _HOME + "Merasa difitnah, Rina Wulandari membawa persoalan itu ke ranah hukum.", ("ACCUSE", "IDN", None))


def test_a_report_moved_to_the_investigation_stage(form_codes: FormCodes, of_type: OfType) -> None:
    form_codes("naik ke tahap penyidikan", _HOME + "Saat ini laporan tersebut sudah naik ke tahap penyidikan.",
               ("ACCUSE", "IDN", "IDN"))
    body = _HOME + "Penyidik telah menaikkan status dari penyelidikan ke penyidikan."
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")


def test_a_rise_that_is_no_case_stays_silent(coded: Coded) -> None:
    # near miss: "naik" is now a verb form, but only the investigation stage is a trigger
    assert not coded(_HOME + "Harga cabai di pasar tradisional naik ke level tertinggi tahun ini.")[1:]


def test_witnesses_questioned(form_codes: FormCodes) -> None:
    form_codes("memeriksa … saksi", _HOME + "Hingga kini penyidik telah memeriksa 30 orang saksi dalam perkara itu.",
               ("ACCUSE", "IDN", "IDN"))


def test_a_medical_examination_is_no_investigation(of_type: OfType) -> None:
    # near miss: examining without witnesses
    assert not of_type(_HOME + "Dokter memeriksa kondisi pasien di rumah sakit daerah.", "ACCUSE")


def test_an_arrest_on_a_charge_is_also_the_charge(coded: Coded) -> None:
    body = _HOME + "Ketiganya ditangkap atas dugaan tindak pidana pencucian uang di sebuah bank pemerintah."
    events = coded(body)
    assert ("COERCE", "IDN", "IDN", "asserted") in events
    assert ("ACCUSE", "IDN", "IDN", "asserted") in events


def test_an_arrest_without_a_charge_is_no_accusation(coded: Coded, of_type: OfType) -> None:
    # near miss: nothing says what they are suspected of
    body = _HOME + "Ketiganya ditangkap di sebuah rumah kontrakan di Depok."
    assert ("COERCE", "IDN", "IDN", "asserted") in coded(body)
    assert not of_type(body, "ACCUSE")


def test_unnamed_people_secured_are_arrested(of_type: OfType) -> None:
    body = _HOME + "Polres Bantul mengamankan tiga orang tersangka di sebuah rumah di Depok."
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_securing_a_place_is_no_arrest(of_type: OfType) -> None:
    # near miss: no people after "mengamankan"
    assert not of_type(_HOME + "Polres Bantul mengamankan lokasi kejadian sejak pagi.", "COERCE")


def test_the_reason_for_not_detaining_tells_a_negated_arrest(of_type: OfType) -> None:
    body = (_HOME + "KPK mengungkapkan alasan belum menahan mantan Ketua DPRD Jawa Timur Hasan Basri terkait kasus "
            "dugaan suap dana hibah.")
    assert ("COERCE", "IDN", "IDN", "negated") in of_type(body, "COERCE")


def test_officers_named_alone_are_the_home_police(coded: Coded) -> None:
    body = _HOME + "Alhasil, petugas pun menyelidiki informasi itu dan melakukan OTT di sebuah kafe."
    events = coded(body)
    assert ("ACCUSE", "IDN", "IDN", "asserted") in events
    assert ("COERCE", "IDN", "IDN", "asserted") in events


def test_officers_of_a_named_foreign_force_stay_theirs(of_type: OfType) -> None:
    # near miss: "petugas keamanan Israel" is Israel's, not the story's home police
    body = "Petugas keamanan Israel menangkap dua warga Palestina di Hebron, Tepi Barat."
    assert not [e for e in of_type(body, "COERCE") if e[1] == "IDN"]


def test_questioning_undergone_with_nothing_after_it(form_codes: FormCodes) -> None:
    form_codes("menjalani pemeriksaan", _HOME + "Seluruh tersangka telah menjalani pemeriksaan dan bersikap kooperatif.",
               ("ACCUSE", "IDN", "IDN"))


def test_a_medical_check_up_is_no_questioning(form_stays_silent: FormSilent) -> None:
    # near miss: a stop phrase
    form_stays_silent("menjalani pemeriksaan kesehatan",
                      _HOME + "Budi Santoso menjalani pemeriksaan kesehatan di rumah sakit daerah.", "ACCUSE", True)


def test_a_crime_alleged_in_the_passive(form_codes: FormCodes, of_type: OfType) -> None:
    body = _HOME + "Namun dalam perjalanannya, Andi Pratama diduga melakukan penipuan terhadap Rina Wulandari."
    form_codes("diduga melakukan penipuan", body, ("ACCUSE", "IDN", "IDN"))
    assert ("ACCUSE", "IDN", "IDN", "asserted") in of_type(body, "ACCUSE")  # an allegation made, not a hypothesis


def test_a_case_just_told_may_open_an_anaphoric_subject(of_type: OfType) -> None:
    body = ("Kabareskrim Polri Komjen Wahyu Widada menjelaskan kasus peredaran narkoba itu. "
            "Dari kasus tersebut, pihaknya mengamankan tiga orang tersangka.")
    assert ("COERCE", "IDN", "IDN", "asserted") in of_type(body, "COERCE")


def test_a_frame_that_names_no_case_opens_no_anaphor(of_type: OfType) -> None:
    # near miss: "Dari rumah tersebut" names no case or report, so "pihaknya" after it is not the police chief
    body = ("Kabareskrim Polri Komjen Wahyu Widada menjelaskan kasus peredaran narkoba itu. "
            "Dari rumah tersebut, pihaknya mengamankan tiga orang tersangka.")
    assert not of_type(body, "COERCE")
