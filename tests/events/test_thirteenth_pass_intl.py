"""Thirteenth-pass rules (docs/event-coder.md "Thirteenth pass — international conflict and diplomacy"), found on
the dev and fourth iteration sets: a fronted "Melalui/Lewat …," phrase is no subject; a quoted paragraph with no tag
of its own goes on with the quotation just before it; aid given beside another kind of help — through the whole
pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]
Expected = tuple[str, str | None, str | None]


def test_a_fronted_means_phrase_is_no_subject(of_type: OfType) -> None:
    body = "Lewat duta besarnya untuk PBB, Jepang mengecam Korea Utara atas peluncuran rudal itu."
    got = of_type(body, "ACCUSE")
    assert ("ACCUSE", "JPN", "PRK", "asserted") in got
    assert not [e for e in got if e[1] == "UN"]


def test_a_means_phrase_after_the_subject_keeps_it(of_type: OfType) -> None:
    # near miss: the subject stands before the means phrase, and stays the source
    body = "Jepang, melalui duta besarnya untuk PBB, mengecam Korea Utara atas peluncuran rudal itu."
    got = of_type(body, "ACCUSE")
    assert ("ACCUSE", "JPN", "PRK", "asserted") in got
    assert not [e for e in got if e[1] == "UN"]


def test_a_bare_quoted_paragraph_goes_on_with_the_tagged_quote_before_it(of_type: OfType) -> None:
    body = ("\"Kami memperingatkan agar Israel membebaskan para tahanan itu,\" kata juru bicara Hamas, Senin.\n\n"
            "\"Jika tidak, Israel akan membayar mahal atas penundaan itu.\"")
    assert ("THREATEN", "PSE", "ISR", "asserted") in of_type(body, "THREATEN")


def test_a_bare_quote_with_no_tagged_quote_before_it_has_no_speaker(of_type: OfType) -> None:
    # near miss: no quotation with its speaker comes before, so nobody is known to threaten
    body = "Hamas menggelar rapat di Gaza pada Senin.\n\n\"Jika tidak, Israel akan membayar mahal atas penundaan itu.\""
    assert not of_type(body, "THREATEN")


def test_a_bare_quote_is_not_said_by_an_actor_inside_the_quotation_before(of_type: OfType) -> None:
    # near miss: the latest act's source (Israel, inside the quotation) is not the quotation's speaker
    body = ("\"Israel menyerang Gaza lagi,\" kata Menteri Luar Negeri Indonesia Retno Marsudi.\n\n"
            "\"Hamas telah berbohong kepada dunia.\"")
    assert not [e for e in of_type(body, "ACCUSE") if e[1] == "ISR"]

def test_aid_given_beside_another_kind_of_help(form_codes: Callable[[str, str, Expected], None]) -> None:
    form_codes("memberikan … dan bantuan",
               "Jepang memberikan pelatihan dan bantuan kepada angkatan laut Filipina.", ("AID", "JPN", "PHL"))


def test_access_for_aid_is_no_aid(of_type: OfType) -> None:
    # near miss: what is given is access, for aid sent by others ("dan" joins no help to the aid)
    body = "Pemerintah Myanmar memberikan akses bagi bantuan kemanusiaan dari Malaysia."
    assert not [e for e in of_type(body, "AID") if e[1] == "MMR"]


def test_a_list_of_common_nouns_does_not_cut_off_the_territory(of_type: OfType) -> None:
    body = "Mesir menutup akses darat, laut dan udara ke Qatar sejak Senin."
    assert ("COERCE", "EGY", "QAT", "asserted") in of_type(body, "COERCE")
    body = "Turki mengirimkan bantuan makanan, obat-obatan, dan selimut ke Suriah."
    assert ("AID", "TUR", "SYR", "asserted") in of_type(body, "AID")


def test_a_clause_comma_still_cuts_off_the_territory(of_type: OfType) -> None:
    # near miss: the comma closes the clause ("…, kata pejabat itu, …"): the later place is no target
    body = "Mesir menutup akses ke perbatasan, kata pejabat itu kepada wartawan di Qatar."
    assert not [e for e in of_type(body, "COERCE") if e[2] == "QAT"]


def test_a_request_is_made_of_the_state_the_thing_is_asked_from(of_type: OfType) -> None:
    body = "Pemerintah Filipina meminta pengiriman tenaga medis dari Jepang setelah gempa itu."
    assert ("REQUEST", "PHL", "JPN", "asserted") in of_type(body, "REQUEST")


def test_a_request_after_a_protest_sent_to_a_state_is_made_of_it(of_type: OfType) -> None:
    body = "Kementerian Luar Negeri menyampaikan protes ke Malaysia serta meminta agar kapal itu segera dilepaskan."
    assert ("REQUEST", "IDN", "MYS", "asserted") in of_type(body, "REQUEST")


def test_a_request_to_someone_named_keeps_that_addressee(of_type: OfType) -> None:
    # near miss: the addressee is named right after the verb; a later "dari" state is the thing's origin
    body = "Kementerian Luar Negeri meminta Malaysia memulangkan nelayan dari Indonesia itu."
    got = of_type(body, "REQUEST")
    assert ("REQUEST", "IDN", "MYS", "asserted") in got
    assert not [e for e in got if e[2] == "IDN"]


def test_a_subordinate_clause_without_a_subject_shares_the_main_subject(of_type: OfType) -> None:
    body = "Menteri Luar Negeri Retno Marsudi menemui Duta Besar Myanmar sebelum mengecam junta Myanmar."
    assert ("ACCUSE", "IDN", "MMR", "asserted") in of_type(body, "ACCUSE")
    body = ("Polisi Kamboja menangkap 97 WNI di Kandal. Otoritas Kamboja memindahkan para WNI ke penahanan imigrasi "
            "di Phnom Penh sebelum melakukan deportasi.")
    got = of_type(body, "COERCE")
    assert ("COERCE", "KHM", "IDN", "asserted") in got
    assert not [e for e in got if e[1] == "IDN"]  # the deportation is Cambodia's, not the deportees'


def test_a_subordinate_clause_with_its_own_subject_keeps_it(of_type: OfType) -> None:
    # near miss: "setelah Hamas menyerang": the attack is Hamas's, not the main clause subject's
    body = "Israel membebaskan sandera Palestina setelah Hamas menyerang pos militer di perbatasan."
    got = of_type(body, "ASSAULT")
    assert ("ASSAULT", "PSE", "ISR", "asserted") in got
    assert not [e for e in got if e[1] == "ISR"]
