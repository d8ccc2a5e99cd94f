"""Acts of the 2023-2025 conflicts as Indonesian outlets write them: launches, exchanges, vetoes, lawsuits,
aid routed through a third country."""

from __future__ import annotations

from collections.abc import Callable

from warta.events.lexicon import EventLexicon

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]


def test_a_launch_at_a_country_is_an_air_attack(coded: Coded) -> None:
    assert coded("Iran meluncurkan ratusan rudal balistik ke Israel.") == [("ASSAULT", "IRN", "ISR", "asserted")]
    assert coded("Hamas menembakkan puluhan roket ke Tel Aviv.") == [("ASSAULT", "PSE", "ISR", "asserted")]


def test_a_launch_into_a_sea_is_a_show_of_force(coded: Coded) -> None:
    # "Laut Jepang" is a sea, not Japan
    assert coded("Korea Utara kembali meluncurkan rudal balistik ke Laut Jepang.") == [
        ("MOBILIZE", "PRK", None, "asserted")]


def test_prisoner_exchange_with_a_count_between(coded: Coded) -> None:
    assert ("RETREAT", "RUS", "UKR", "asserted") in coded("Rusia dan Ukraina bertukar ratusan tawanan perang.")


def test_veto_and_lawsuit(coded: Coded) -> None:
    assert ("REJECT", "USA", "UN", "asserted") in coded("Amerika Serikat memveto resolusi Dewan Keamanan PBB soal Gaza.")
    assert ("ACCUSE", "ZAF", "ISR", "asserted") in coded(
        "Afrika Selatan menggugat Israel ke Mahkamah Internasional atas tuduhan genosida.")


def test_aid_routed_through_a_third_country_goes_to_the_territory(coded: Coded) -> None:
    assert coded("Indonesia mengirimkan bantuan kemanusiaan ke Gaza melalui Mesir.") == [
        ("AID", "IDN", "PSE", "asserted")]


def test_gapped_forms_allow_at_most_three_words() -> None:
    lex = EventLexicon.load()
    hit = lex.pattern().search("kedua negara bertukar ratusan tawanan perang")
    assert hit is not None and hit.group("f") == "bertukar ratusan tawanan"
    found = lex.trigger("bertukar ratusan tawanan")
    assert found is not None and (found.type, found.mode) == ("RETREAT", "release")
    assert lex.trigger("bertukar satu dua tiga empat tawanan") is None


def test_a_city_attacked_as_object_is_its_country(coded: Coded) -> None:
    assert ("ASSAULT", "RUS", "UKR", "asserted") in coded("Rusia menggempur Kharkiv dengan puluhan drone pada Senin malam.")


def test_withdrawal_from_a_country(coded: Coded) -> None:
    assert ("RETREAT", "USA", "AFG", "asserted") in coded("Amerika Serikat menarik pasukannya dari Afghanistan.")


def test_a_junta_arresting_activists_is_intra_state(coded: Coded) -> None:
    assert ("COERCE", "MMR", "MMR", "asserted") in coded("Junta militer Myanmar menangkap puluhan aktivis prodemokrasi.")


def test_diplomatic_gestures(coded: Coded) -> None:
    assert ("SUPPORT", "IDN", "USA", "asserted") in coded(
        "Presiden Prabowo mengucapkan selamat kepada Presiden AS Donald Trump atas kemenangannya.")
    assert ("SUPPORT", "IDN", "PSE", "asserted") in coded(
        "Indonesia menyatakan dukungan penuh terhadap kemerdekaan Palestina.")
    # summoning an ambassador is a formal protest; its purpose ("untuk meminta") is no act of the envoy
    assert coded("Kementerian Luar Negeri RI memanggil Duta Besar Australia untuk meminta penjelasan.") == [
        ("ACCUSE", "IDN", "AUS", "asserted")]


def test_closing_a_crossing(coded: Coded) -> None:
    assert ("COERCE", "ISR", "PSE", "asserted") in coded(
        "Israel menutup perlintasan Rafah sehingga bantuan tidak bisa masuk ke Gaza.")


def test_accepting_a_proposal_is_agreement_not_its_content(coded: Coded) -> None:
    events = coded("Hamas menerima proposal gencatan senjata yang diajukan Mesir dan Qatar.")
    assert ("AGREE", "PSE", "EGY", "asserted") in events and ("AGREE", "PSE", "QAT", "asserted") in events
    assert not any(e[0] == "RETREAT" for e in events)  # the ceasefire is what the proposal says


def test_retaliation_and_its_means(coded: Coded) -> None:
    # "dengan meluncurkan drone" shares the subject and is the attack's means
    assert coded("Iran membalas serangan Israel dengan meluncurkan drone.") == [("ASSAULT", "IRN", "ISR", "asserted")]


def test_capturing_a_city(coded: Coded) -> None:
    assert ("ASSAULT", "RUS", "UKR", "asserted") in coded("Pasukan Rusia merebut kota Kharkiv.")


def test_city_object_before_a_later_clause_actor(coded: Coded) -> None:
    # the conditional clause's attack is on Rafah, not on the United States of the main clause
    events = coded("Jika Israel menyerang Rafah, AS akan menghentikan bantuan senjata kepada Israel.")
    assert ("ASSAULT", "ISR", "PSE", "hypothetical") in events
    assert ("SANCTION", "USA", "ISR", "planned") in events


def test_troops_sent_to_a_territory(coded: Coded) -> None:
    events = coded("Presiden Prabowo menegaskan Indonesia siap mengirimkan pasukan perdamaian ke Gaza jika diminta PBB.")
    assert ("MOBILIZE", "IDN", "PSE", "planned") in events
    assert not any(e[1] == e[2] == "UN" for e in events)  # two UN bodies act on no one


def test_attacks_on_conflict_zone_towns(coded: Coded) -> None:
    assert ("ASSAULT", "ISR", "PSE", "asserted") in coded("Israel melancarkan serangan udara ke Khan Younis pada Senin.")
    assert ("ASSAULT", "ISR", "PSE", "asserted") in coded("Pasukan Israel menyerbu kamp pengungsi Jenin.")
    assert ("ASSAULT", "SYR", "SYR", "asserted") in coded(
        "Pasukan Suriah meningkatkan pemboman di kota perbatasan Deraa.")


def test_the_two_leaders_are_the_last_meeting_pair(coded: Coded) -> None:
    body = ("Presiden Prabowo bertemu Presiden Afrika Selatan Cyril Ramaphosa di Pretoria. "
            "Kedua pemimpin sepakat memperkuat kerja sama perdagangan.")
    assert ("AGREE", "IDN", "ZAF", "asserted") in coded(body)


def test_bilateral_signing_and_counterparts(coded: Coded) -> None:
    assert ("AGREE", "AUS", "IDN", "asserted") in coded("Australia dan Indonesia meneken perjanjian kerja sama pertahanan.")
    assert ("CONSULT", "IDN", "EGY", "asserted") in coded(
        "Menteri Perdagangan Indonesia bertemu mitranya dari Mesir untuk membahas perdagangan.")
