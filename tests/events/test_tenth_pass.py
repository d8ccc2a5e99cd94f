"""Tenth-pass coder rules (docs/event-coder.md "Tenth pass — coder"), found by reading the coder's output on unseen
international IndoSum articles: the second verb of a threat's or a request's content is no act of its own, and
"nobody did it" negates the act — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
OfType = Callable[[str, str], list[tuple[str, str | None, str | None, str]]]


def test_a_second_threatened_act_is_part_of_the_threat(of_type: OfType) -> None:
    body = ("Korea Utara mengancam akan meluncurkan serangan nuklir ke Korea Selatan dan Amerika Serikat, "
            "dan menghancurkan ibu kota Seoul menjadi tumpukan debu.")
    assert ("THREATEN", "PRK", "USA", "asserted") in of_type(body, "THREATEN")
    assert of_type(body, "ASSAULT") == []


def test_a_second_act_asked_for_is_part_of_the_request(of_type: OfType) -> None:
    body = "Amerika Serikat meminta Israel menghentikan serangan dan menarik pasukannya dari Gaza."
    assert ("REQUEST", "USA", "ISR", "asserted") in of_type(body, "REQUEST")
    assert of_type(body, "RETREAT") == []


def test_coordinated_acts_outside_a_threat_are_each_events(of_type: OfType) -> None:
    # near miss: no threat or request before the coordination
    body = "Pasukan Israel mengepung kota Jenin dan menyerang warga Palestina di kamp pengungsi."
    assert ("ASSAULT", "ISR", "PSE", "asserted") in of_type(body, "ASSAULT")


def test_a_second_subject_starts_an_act_of_its_own(of_type: OfType) -> None:
    # near miss: "…, dan Jepang mengecam …" has its own subject after "dan"
    body = "Korea Utara mengancam akan menyerang Guam, sementara Jepang mengecam Korea Utara."
    assert ("ACCUSE", "JPN", "PRK", "asserted") in of_type(body, "ACCUSE")


def test_nobody_protesting_is_a_negated_protest(of_type: OfType) -> None:
    body = ("Warga Arab Saudi ramai membahas foto itu di media sosial. "
            "Padahal saat pengusaha Arab Saudi mencium Rihanna, tidak ada yang protes.")
    assert all(e[3] == "negated" for e in of_type(body, "PROTEST"))


def test_nobody_condemning_does_not_negate_the_attack_it_names(of_type: OfType) -> None:
    # near miss: "tak seorang pun yang mengecam serangan Israel": the attack is not what nobody did
    body = "Tak seorang pun yang mengecam serangan Israel ke Gaza pada Senin."
    assert ("ASSAULT", "ISR", "PSE", "asserted") in of_type(body, "ASSAULT")


def test_a_listed_destination_is_every_country_of_the_list(of_type: OfType) -> None:
    body = "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Singapura, Malaysia dan Brunei."
    got = {(e[1], e[2]) for e in of_type(body, "CONSULT")}
    assert {("IDN", "SGP"), ("IDN", "MYS"), ("IDN", "BRN")} <= got


def test_a_listed_attack_target_keeps_the_member_after_ke(of_type: OfType) -> None:
    # "ke" made Korea Selatan a place: it is still threatened, with the United States
    body = "Korea Utara mengancam akan meluncurkan serangan nuklir ke Korea Selatan dan Amerika Serikat."
    got = {(e[1], e[2]) for e in of_type(body, "THREATEN")}
    assert {("PRK", "KOR"), ("PRK", "USA")} <= got


def test_aid_to_two_countries_is_two_events(of_type: OfType) -> None:
    body = "Indonesia mengirimkan bantuan kemanusiaan ke Myanmar dan Bangladesh."
    got = {(e[1], e[2]) for e in of_type(body, "AID")}
    assert got == {("IDN", "MMR"), ("IDN", "BGD")}


def test_a_list_does_not_swallow_a_country_outside_it(of_type: OfType) -> None:
    # near miss: "dari Myanmar" after the list is where the refugees fled from, not a second recipient
    body = "Indonesia mengirimkan bantuan ke Bangladesh untuk pengungsi yang lari dari Myanmar."
    got = {(e[1], e[2]) for e in of_type(body, "AID")}
    assert ("IDN", "BGD") in got and ("IDN", "MMR") not in got


def test_a_multilateral_meeting_goes_from_its_host_to_each_participant(of_type: OfType) -> None:
    body = ("Menteri Pertahanan Indonesia mengatakan pada Juli akan ada pertemuan enam negara New Zealand, "
            "Australia, Indonesia, Malaysia, Brunei dan Filipina di Manado, yang juga akan berbicara masalah ini.")
    got = {(e[1], e[2]) for e in of_type(body, "CONSULT")}
    assert got and all(src == "IDN" for src, _ in got)
    assert ("NZL", "AUS") not in got


def test_two_partners_still_act_together(of_type: OfType) -> None:
    # near miss: two actors are a pair, not a host and a guest
    body = "Amerika Serikat dan Korea Selatan akan terus bekerja sama menghadapi ancaman Korea Utara."
    assert any(e[1] in ("USA", "KOR") and e[2] in ("USA", "KOR") for e in of_type(body, "COOPERATE"))


def test_a_stateless_armed_group_takes_the_country_it_fights_in(of_type: OfType) -> None:
    # the guide (section 5): armed groups take the country they operate in, ISIS too
    body = "Militan ISIS menyerang pasukan Irak di Mosul pada Senin."
    assert ("ASSAULT", "IRQ", "IRQ", "asserted") in of_type(body, "ASSAULT")


def test_a_backer_named_after_a_force_is_not_its_co_attacker(of_type: OfType) -> None:
    body = ("Koalisi Arab - Kurdi dukungan Amerika Serikat, Pasukan Demokratik Suriah (SDF), telah sepenuhnya "
            "merebut ibu kota ISIS, Raqa di Suriah.")
    got = of_type(body, "ASSAULT")
    assert ("ASSAULT", "SYR", "SYR", "asserted") in got
    assert not any(e[1] == "USA" for e in got)


def test_support_received_keeps_its_giver() -> None:
    # near miss: "mendapat dukungan AS" names the supporter, who stays an actor of the sentence
    from warta.events._arguments import _BACKER

    assert _BACKER.search("Koalisi Arab - Kurdi dukungan ") is not None
    assert _BACKER.search("Milisi bentukan ") is not None
    assert _BACKER.search("Pemerintah Suriah mendapat dukungan ") is None
    assert _BACKER.search("Israel menyerang Gaza berkat dukungan ") is None


def test_a_visit_noun_names_its_visitor_before_the_destination(of_type: OfType) -> None:
    body = "Kunjungan Presiden Joko Widodo ke Singapura berlangsung dua hari."
    assert ("CONSULT", "IDN", "SGP", "asserted") in of_type(body, "CONSULT")


def test_a_visit_noun_to_a_list_of_countries(of_type: OfType) -> None:
    body = ("Pyongyang menguji mesin roket baru, bertepatan dengan kunjungan Menteri Luar Negeri AS Rex Tillerson "
            "ke Korsel, China, dan Jepang.")
    got = {(e[1], e[2]) for e in of_type(body, "CONSULT")}
    assert {("USA", "KOR"), ("USA", "CHN"), ("USA", "JPN")} <= got


def test_support_noun_keeps_its_genitive_as_theme(of_type: OfType) -> None:
    # near miss: only a visit takes the genitive after it as its agent without a theme word
    body = "Dukungan Palestina terus mengalir dari berbagai negara."
    assert not any(e[1] == "PSE" for e in of_type(body, "SUPPORT"))


def test_a_states_protest_sent_to_another_is_criticism(of_type: OfType) -> None:
    body = "Pemerintah Indonesia langsung menyampaikan protes ke Australia atas insiden di konsulat."
    assert ("ACCUSE", "IDN", "AUS", "asserted") in of_type(body, "ACCUSE")
    assert of_type(body, "PROTEST") == []


def test_a_protest_note_is_criticism(of_type: OfType) -> None:
    body = "Kementerian Luar Negeri RI melayangkan nota protes kepada pemerintah Israel."
    assert ("ACCUSE", "IDN", "ISR", "asserted") in of_type(body, "ACCUSE")


def test_a_crowds_protest_stays_a_demonstration(of_type: OfType) -> None:
    # near miss: civilians protesting in the street are PROTEST, whoever they protest against
    body = "Ribuan warga Australia menggelar protes di depan Kedutaan Besar Israel di Canberra."
    assert of_type(body, "PROTEST") and of_type(body, "ACCUSE") == []


def test_bare_authorities_followed_by_a_country_are_that_countrys(of_type: OfType) -> None:
    body = "Kepolisian perbatasan Prancis menahan mantan perdana menteri Kosovo itu di bandar udara Basel."
    assert ("COERCE", "FRA", "XKX", "asserted") in of_type(body, "COERCE")


def test_police_at_a_foreign_place_are_its_police(of_type: OfType) -> None:
    body = "Dua warga Suriah ditangkap polisi di Belanda pada Selasa."
    assert ("COERCE", "NLD", "SYR", "asserted") in of_type(body, "COERCE")


def test_police_before_a_verb_keep_their_country(of_type: OfType) -> None:
    # near miss: the people arrested after the verb are not the police's country
    body = "Polisi Indonesia menangkap dua warga Malaysia di Jakarta."
    assert ("COERCE", "IDN", "MYS", "asserted") in of_type(body, "COERCE")


def test_readiness_to_strike_is_a_threat_and_its_condition_no_act(of_type: OfType) -> None:
    body = ('Militer Korut menyatakan siap menjadikan Seoul dan Washington "tumpukan debu melalui serangan '
            'pencegahan" jika AS dan Korsel menunjukkan tanda-tanda agresi terhadap wilayah Korut.')
    got = of_type(body, "THREATEN")
    assert ("THREATEN", "PRK", "KOR", "asserted") in got and ("THREATEN", "PRK", "USA", "asserted") in got
    assert of_type(body, "ASSAULT") == []  # the condition is the threat's content (the guide)


def test_a_promise_to_strike_back_is_a_threat(of_type: OfType) -> None:
    body = "Iran akan membalas jika Israel menyerang fasilitas nuklir Iran."
    assert ("THREATEN", "IRN", "ISR", "asserted") in of_type(body, "THREATEN")
    assert of_type(body, "ASSAULT") == []


def test_a_football_team_ready_to_attack_is_no_threat(of_type: OfType) -> None:
    # near miss: the sports-story guard keeps teams out of threats
    body = ("Timnas Indonesia siap menyerang sejak menit awal melawan Vietnam di stadion Gelora Bung Karno. "
            "Pelatih timnas menyiapkan skuad terbaik untuk laga kualifikasi Piala Dunia, kata pemain.")
    assert of_type(body, "THREATEN") == []


def test_state_media_at_a_capital_speak_for_the_state(of_type: OfType) -> None:
    body = ("Media pemerintah di Pyongyang memperingatkan serangan pertama itu telah siap diarahkan ke pasukan "
            "Korsel dan AS yang tengah menjalani latihan militer.")
    got = of_type(body, "THREATEN")
    assert ("THREATEN", "PRK", "KOR", "asserted") in got and ("THREATEN", "PRK", "USA", "asserted") in got


def test_people_gathered_at_a_capital_are_no_state(coded: Coded) -> None:
    # near miss: a capital after "di" stays a place unless state media are at it
    body = "Ribuan warga berkumpul di Pyongyang untuk merayakan ulang tahun pemimpin mereka."
    assert coded(body) == []


def test_an_accusation_denied_by_its_target_names_no_accuser(of_type: OfType) -> None:
    body = "Sementara itu, Moskow terus menampik tudingan keterlibatan dalam peretasan pemilu Amerika Serikat."
    assert not any(e[1] == "RUS" for e in of_type(body, "ACCUSE"))
    assert any(e[1] == "RUS" for e in of_type(body, "REJECT"))


def test_an_accusation_with_its_accuser_named_stays(of_type: OfType) -> None:
    # near miss: "tuduhan Hamas" names the accuser
    body = "Israel membantah tuduhan Hamas bahwa pasukannya menembaki warga sipil."
    assert ("ACCUSE", "PSE", "ISR", "asserted") in of_type(body, "ACCUSE")


def test_a_protest_lodged_with_a_government_on_a_matter(of_type: OfType) -> None:
    body = ("Menteri Luar Negeri Bangladesh mengatakan pihaknya sudah memasukkan protes soal ranjau darat ke "
            "pemerintah Myanmar.")
    assert ("ACCUSE", "BGD", "MMR", "asserted") in of_type(body, "ACCUSE")


def test_missiles_falling_in_a_states_waters_are_a_test_not_an_attack(of_type: OfType) -> None:
    body = ("Awal bulan ini, Korut bahkan menembakkan empat peluru kendali yang tiga di antaranya memasuki zona "
            "ekonomi eksklusif Jepang.")
    assert of_type(body, "ASSAULT") == []
    assert ("MOBILIZE", "PRK", None, "asserted") in of_type(body, "MOBILIZE")


def test_missiles_launched_at_a_state_are_an_air_attack(of_type: OfType) -> None:
    # near miss: a launch "ke Israel" is still an attack
    body = "Iran meluncurkan ratusan rudal balistik ke Israel pada Selasa malam."
    assert ("ASSAULT", "IRN", "ISR", "asserted") in of_type(body, "ASSAULT")


def test_shortly_after_negates_nothing(of_type: OfType) -> None:
    body = "Kepolisian Prancis menahan mantan perdana menteri Kosovo itu tak lama setelah ia tiba di bandar udara."
    assert ("COERCE", "FRA", "XKX", "asserted") in of_type(body, "COERCE")


def test_at_once_in_a_report_is_asserted_and_will_at_once_is_planned(of_type: OfType) -> None:
    done = "Polisi Jepang melaporkan kedua warga Korea Utara itu segera ditangkap di Tokyo."
    plan = "Polisi Jepang akan segera menangkap kedua warga Korea Utara itu di Tokyo."
    assert all(e[3] == "asserted" for e in of_type(done, "COERCE"))
    assert all(e[3] == "planned" for e in of_type(plan, "COERCE")) and of_type(plan, "COERCE")


def test_addressees_of_an_earlier_clause_are_not_the_pronouns_referent(coded: Coded) -> None:
    body = ("Sekjen PBB Antonio Guterres menyerukan dialog. Ia juga telah mengatakan kepada Rusia, Jepang, Amerika "
            "Serikat, China serta Korea Utara dan Korea Selatan bahwa dia bersedia membantu menengahi perundingan.")
    got = coded(body)
    assert not any(e[1] in ("RUS", "JPN", "USA", "CHN", "PRK", "KOR") for e in got)
    assert ("CONSULT", "UN", None, "asserted") in got


def test_leaving_an_accord_is_no_withdrawal_from_the_city_it_is_named_after(coded: Coded) -> None:
    body = "Presiden Donald Trump menarik diri dari kesepakatan iklim Paris."
    assert not any(e[2] == "FRA" for e in coded(body))


def test_leaving_a_body_reduces_relations_with_it(of_type: OfType) -> None:
    body = "Amerika Serikat menarik diri dari Dewan HAM PBB pada Selasa."
    assert ("SANCTION", "USA", "UN", "asserted") in of_type(body, "SANCTION")


def test_troops_pulled_out_of_a_territory_stay_a_retreat(of_type: OfType) -> None:
    # near miss: a withdrawal from a place is still RETREAT withdraw
    body = "Israel menarik pasukannya dari Jalur Gaza pada Senin."
    assert ("RETREAT", "ISR", "PSE", "asserted") in of_type(body, "RETREAT")


def test_volunteering_is_no_offer_to_anyone(of_type: OfType) -> None:
    body = ("Jutaan pasukan itu terdiri atas pekerja dan tentara yang telah menawarkan diri secara sukarela untuk "
            "bergabung dengan militer Korea Utara melawan Amerika Serikat.")
    assert of_type(body, "AGREE") == []


def test_an_offer_of_help_stays_an_offer(of_type: OfType) -> None:
    body = "Rusia menawarkan bantuan kepada Suriah."
    assert ("AGREE", "RUS", "SYR", "asserted") in of_type(body, "AGREE")


def test_a_culprits_act_is_no_protest(of_type: OfType) -> None:
    body = ("Polisi Jepang melaporkan kedua lelaki itu segera ditangkap di Tokyo tak lama setelah melakukan aksinya "
            "di depan kantor kelompok itu.")
    assert of_type(body, "PROTEST") == []


def test_a_visit_to_a_site_carries_over_no_foreign_counterpart(of_type: OfType) -> None:
    body = ("China mengklaim perairan Natuna sebagai wilayahnya dan mengecam Indonesia. Menanggapi pernyataan itu, "
            "Presiden Joko Widodo mengunjungi kawasan perairan di sekitar Kepulauan Natuna dengan kapal perang.")
    assert not any(e[2] == "CHN" for e in of_type(body, "CONSULT"))


def test_a_visit_to_a_state_after_it_was_named_keeps_it(of_type: OfType) -> None:
    # near miss: "mengunjungi negara itu" still refers back to the state
    body = "Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe. Jokowi juga mengunjungi Tokyo pekan lalu."
    assert any(e[2] == "JPN" for e in of_type(body, "CONSULT"))
