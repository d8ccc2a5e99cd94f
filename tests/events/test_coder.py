"""Argument assignment, coordination, passives, nominals and modality on synthetic sentences."""

from __future__ import annotations

import re
from functools import cache

import pytest

from warta.events.coder import CodedEvent, EventCoder
from warta.events.lexicon import EventLexicon
from warta.model import Entity, Mention, Sentence

_ACTORS = {
    "Amerika Serikat": ("USA", None, "place"),
    "AS": ("USA", None, "place"),
    "Israel": ("ISR", None, "place"),
    "Hamas": ("PSE", "Hamas", "org"),
    "Qatar": ("QAT", None, "place"),
    "Mesir": ("EGY", None, "place"),
    "Turki": ("TUR", None, "place"),
    "Indonesia": ("IDN", None, "place"),
    "Iran": ("IRN", None, "place"),
    "Antony Blinken": ("USA", None, "person"),
    "Gaza": (None, None, "place"),
    "Netanyahu": ("ISR", None, "person"),
    "Korea Utara": ("PRK", None, "place"),
    "PBB": (None, "UN", "org"),
}


@cache
def coder() -> EventCoder:
    return EventCoder(EventLexicon.load())


def prep(text: str) -> tuple[list[Mention], dict[str, Entity]]:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    alts = "|".join(re.escape(a) for a in sorted(_ACTORS, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{alts})\b", text):
        country, org, kind = _ACTORS[m.group()]
        key = country if kind == "place" and country else m.group()
        mentions.append(Mention(m.group(), m.start(), m.end(), kind, key))  # type: ignore[arg-type]  # kind is a literal
        entities[key] = Entity(key, m.group(), kind, country, None, (m.group(),), org=org)  # type: ignore[arg-type]  # idem
    return mentions, entities


def code(text: str) -> list[CodedEvent]:
    mentions, entities = prep(text)
    return coder().code(text, Sentence(0, len(text), text, 0), mentions, entities)


def pairs(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(ce.trigger.type, s.root, t.root if t else None, ce.modality) for ce in code(text) for s, t in ce.pairs]


def test_active_source_target() -> None:
    assert pairs("Indonesia mengecam Israel atas serangan itu.") == [("ACCUSE", "IDN", "ISR", "asserted")]


def test_passive_with_oleh_swaps() -> None:
    assert pairs("Hamas diserang oleh Israel pada Senin.") == [("ASSAULT", "ISR", "PSE", "asserted")]


def test_passive_without_agent_is_not_an_event() -> None:
    assert pairs("Gaza diserang pada Senin malam.") == []


def test_coordination_expands_pairs() -> None:
    got = pairs("Amerika Serikat mengundang Qatar, Turki, dan Mesir.")
    assert got == [("REQUEST", "USA", "QAT", "asserted"), ("REQUEST", "USA", "TUR", "asserted"),
                   ("REQUEST", "USA", "EGY", "asserted")]


def test_apposition_is_one_actor() -> None:
    got = pairs("Menteri Luar Negeri Amerika Serikat, Antony Blinken, bertemu dengan Qatar.")
    assert got == [("CONSULT", "USA", "QAT", "asserted")]


def test_symmetric_saling_goes_both_ways() -> None:
    got = pairs("Israel dan Hamas saling menyalahkan.")
    assert sorted(got) == [("ACCUSE", "ISR", "PSE", "asserted"), ("ACCUSE", "PSE", "ISR", "asserted")]


def test_locative_country_is_not_target() -> None:
    assert pairs("Israel melancarkan serangan di Gaza.") == [("ASSAULT", "ISR", None, "asserted")]


def test_nominal_without_actor_is_not_an_event() -> None:
    assert pairs("Indonesia berharap gencatan senjata segera terwujud.") == []


def test_nominal_with_genitive_agent() -> None:
    assert pairs("Serangan Israel menewaskan puluhan warga.")[0][:2] == ("ASSAULT", "ISR")


def test_purpose_clause_is_not_an_event() -> None:
    got = pairs("AS menghubungi Qatar untuk membahas gencatan senjata.")
    assert got == [("CONSULT", "USA", "QAT", "asserted")]


def test_antara_pair() -> None:
    assert pairs("Pembicaraan antara Amerika Serikat dan Iran digelar di Oman.") == [
        ("CONSULT", "USA", "IRN", "asserted")]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Israel tidak akan menyerang Iran.", "negated"),
        ("Indonesia belum mengakui Israel.", "negated"),
        ("Antony Blinken akan mengunjungi Qatar pekan depan.", "planned"),
        ("Antony Blinken dijadwalkan bertemu dengan Qatar.", "planned"),
        ("Iran mungkin menyerang Israel.", "hypothetical"),
        ("Israel menyerang Hamas.", "asserted"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    got = pairs(text)
    assert got and got[0][3] == modality


def test_anaphoric_subject_takes_recent_actors() -> None:
    prev = "Indonesia mengecam Israel atas serangan itu."
    first = code(prev)
    history = ((first[0].source_mentions, first[0].target_mentions),)
    text = "Mereka juga menolak usulan tersebut."
    got = coder().code(text, Sentence(0, len(text), text, 0), [], prep(prev)[1], history)
    # the unnamed target is the source's counterpart in the previous event
    assert [(s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == [("IDN", "ISR")]
    bare = EventCoder(coder().lex, carry_types=frozenset())
    got = bare.code(text, Sentence(0, len(text), text, 0), [], prep(prev)[1], history)
    assert [(s.root, t) for ce in got for s, t in ce.pairs] == [("IDN", None)]


def test_target_carried_from_the_reverse_side_of_the_previous_event() -> None:
    prev = "PBB menjatuhkan sanksi terhadap Korea Utara."
    first = code(prev)
    assert first and first[0].targets
    history = ((first[0].source_mentions, first[0].target_mentions),)
    text = "Korea Utara mengecam tindakan tersebut."
    m, ents = prep(text)
    got = coder().code(text, Sentence(0, len(text), text, 0), m, {**prep(prev)[1], **ents}, history)
    assert [(ce.trigger.type, s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == [
        ("ACCUSE", "PRK", "UN")]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu mengatakan bahwa Hamas telah berbohong.",
        '"Hamas berbohong kepada dunia!" kata Netanyahu.',
    ],
)
def test_reported_accusation_speaker_is_source(text: str) -> None:
    assert [(ty, s, t) for ty, s, t, _ in pairs(text)] == [("ACCUSE", "ISR", "PSE")]


def test_reported_accusation_without_speaker_is_not_coded() -> None:
    assert pairs("Hamas berbohong.") == []


def test_un_body_is_rooted_at_un() -> None:
    lex_coder = EventCoder(EventLexicon.load(), {"UN Security Council": "UN"})
    text = "Dewan Keamanan mengecam Israel."
    m = [Mention("Dewan Keamanan", 0, 14, "org", "org:UNSC"), Mention("Israel", 24, 30, "place", "ISR")]
    ents = {"org:UNSC": Entity("org:UNSC", "UN Security Council", "org", None, None, (), org="UN Security Council"),
            "ISR": Entity("ISR", "Israel", "place", "ISR", None, ())}
    got = lex_coder.code(text, Sentence(0, len(text), text, 0), m, ents)
    assert [(s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == [("UN", "ISR")]


def test_coordinated_verb_shares_the_first_subject() -> None:
    got = pairs("Indonesia mendukung Hamas dan mengecam Israel.")
    assert ("ACCUSE", "IDN", "ISR", "asserted") in got
    assert not any(p[0] == "ACCUSE" and p[1] == "PSE" for p in got)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Tidak diumumkan apakah Antony Blinken telah bertemu dengan Qatar.", "hypothetical"),
        ("Indonesia akan terus mendukung Hamas.", "asserted"),
    ],
)
def test_nearest_modality_cue_wins(text: str, modality: str) -> None:
    got = pairs(text)
    assert got and got[0][3] == modality


def test_received_call_reverses_roles() -> None:
    got = pairs("Hubungan itu dibahas selama panggilan telepon yang diterima Qatar dari Antony Blinken.")
    assert ("CONSULT", "USA", "QAT", "asserted") in got


def test_mediator_role_noun_is_not_an_event() -> None:
    assert pairs("Amerika Serikat menjadi mediator.") == []


def test_nominal_meeting_with_partner() -> None:
    assert [(ty, s, t) for ty, s, t, _ in pairs("Dalam pertemuan dengan Netanyahu di New York, Antony Blinken mengatakan "
                                                  "perang harus berakhir.")] == [("CONSULT", "USA", "ISR")]
    assert [(ty, s, t) for ty, s, t, _ in pairs("Indonesia memperluas hubungan melalui penandatanganan MoU dengan "
                                                  "berbagai negara, antara lain Turki dan Mesir.")] == [
        ("AGREE", "IDN", "TUR"), ("AGREE", "IDN", "EGY")]


def test_meeting_noun_resumes_the_invitation() -> None:
    prev = "Amerika Serikat mengundang Qatar dan Mesir."
    first = code(prev)
    assert first and first[0].trigger.mode == "meet"
    for text, want in (("Pertemuan di Washington akan berfokus pada sandera.", [("USA", "QAT"), ("USA", "EGY")]),
                       ("Pertemuan strategis ini bertujuan untuk membahas sandera.", [])):
        m, ents = prep(text)
        got = coder().code(text, Sentence(0, len(text), text, 0), m, {**prep(prev)[1], **ents}, (), tuple(first))
        assert [(s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == want
        assert all(ce.trigger.type == "CONSULT" and ce.modality == "planned" for ce in got)


def test_accusation_noun_with_content_clause() -> None:
    got = pairs("Mesir dan Turki memutuskan hubungan dengan Qatar terkait tudingan bahwa Iran mendukung terorisme.")
    assert [(s, t) for ty, s, t, _ in got if ty == "ACCUSE"] == [("EGY", "IRN"), ("TUR", "IRN")]


def test_genitive_agent_target_stops_at_a_new_clause() -> None:
    got = pairs("Israel menyerang Gaza setelah serangan Hamas pada Oktober meski ada seruan Qatar.")
    assert ("ASSAULT", "PSE", "QAT") not in [(ty, s, t) for ty, s, t, _ in got]
    assert ("ASSAULT", "PSE", "ISR") in [(ty, s, t) for ty, s, t, _ in got]


def test_subject_of_an_eventless_sentence_is_the_next_anaphor() -> None:
    prev = "Presiden Mesir berbicara kepada wartawan di Kairo."
    m, ents = prep(prev)
    subj = coder().subject(prev, Sentence(0, len(prev), prev, 0), m, ents)
    assert [x.key for x in subj] == ["EGY"]
    assert coder().subject("Di Kairo, wartawan bertanya kepada Mesir.", Sentence(0, 40, "", 0), *prep(
        "Di Kairo, wartawan bertanya kepada Mesir.")) == ()


def test_attribution_phrase_is_not_the_subject() -> None:
    got = pairs("Menurut Hamas, Israel telah menyerang Mesir.")
    assert [(ty, s, t) for ty, s, t, _ in got] == [("ASSAULT", "ISR", "EGY")]


def test_comma_relative_clause_takes_its_antecedent() -> None:
    got = pairs("Israel memotong dana, menyusul seruan Amerika Serikat, yang mengecam Iran.")
    assert ("ACCUSE", "USA", "IRN") in [(ty, s, t) for ty, s, t, _ in got]


def test_expulsion_noun_genitive_is_the_patient() -> None:
    got = pairs("Mesir mengumumkan pengusiran diplomat Turki.")
    assert [(ty, s, t) for ty, s, t, _ in got] == [("SANCTION", "EGY", "TUR")]


def test_counted_object_takes_the_list_of_the_next_sentence() -> None:
    text = "Amerika Serikat telah menghubungi tiga negara. Negara-negara itu antara lain Qatar, Mesir, dan Turki."
    first = Sentence(0, 46, text[:46], 0)
    nxt = Sentence(47, len(text), text[47:], 1)
    m, ents = prep(text)
    got = coder().code(text, first, [x for x in m if x.end <= 46], ents)
    assert [t for ce in got for _, t in ce.pairs] == [None]
    got = [coder().listed_targets(text, ce, nxt, m, ents) for ce in got]
    assert [(s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == [
        ("USA", "QAT"), ("USA", "EGY"), ("USA", "TUR")]


def test_dengan_before_a_verb_is_not_a_partner() -> None:
    got = pairs("Amerika Serikat berjanji akan mendorong perdamaian Israel dan Hamas dengan menempatkan Qatar "
                "sebagai penengah.")
    assert [(ty, s, t) for ty, s, t, _ in got if ty == "AGREE"] == [("AGREE", "USA", "ISR"), ("AGREE", "USA", "PSE")]


def test_reaction_to_that_act_targets_its_actor() -> None:
    prev = "PBB menjatuhkan sanksi."
    first = code(prev)
    assert [(ce.trigger.type, [t.root for t in ce.targets]) for ce in first] == [("SANCTION", [])]
    history = ((first[0].source_mentions, first[0].target_mentions),)
    for text, want in (("Korea Utara mengecam tindakan tersebut.", [("PRK", "UN")]),
                       ("Korea Utara mengecam Mesir.", [("PRK", "EGY")]),
                       # a condemnation naming no target answers the latest other actor's act
                       ("Korea Utara mengecam keras.", [("PRK", "UN")])):
        m, ents = prep(text)
        ents = {**ents, "EGY": Entity("EGY", "Mesir", "place", "EGY", None, ("Mesir",))}
        got = coder().code(text, Sentence(0, len(text), text, 0), m, {**prep(prev)[1], **ents}, history)
        assert [(s.root, t.root if t else None) for ce in got for s, t in ce.pairs] == want


def test_official_of_an_international_organisation_is_rooted_at_it() -> None:
    from warta.events.coder import mention_actor
    ent = Entity("person:x", "Antonio Guterres", "person", "PRT", None, ("Guterres",), org="UN")
    m = Mention("Guterres", 0, 8, "person", "person:x")
    assert mention_actor(m, ent, {"UN": "UN"}).root == "UN"
    assert mention_actor(m, ent, {}).root == "PRT"


def test_host_country_of_an_envoy_is_not_the_subject() -> None:
    got = pairs("Duta Besar Indonesia untuk Mesir mengundang Qatar.")
    assert [(ty, s, t) for ty, s, t, _ in got] == [("REQUEST", "IDN", "QAT")]


def test_unknown_organisation_named_as_a_place_is_not_a_target() -> None:
    from warta.events._arguments import _is_actor
    text = "Israel menjatuhkan bom di Universitas Al Azhar di Gaza."
    i = text.index("Al Azhar")
    assert not _is_actor(Mention("Al Azhar", i, i + 8, "org", "ner:org:Al Azhar"), None, text)
    assert _is_actor(Mention("Al Azhar", 0, 8, "org", "ner:org:Al Azhar"), None, "Al Azhar mengecam Israel.")


def test_issuing_verbs_make_a_noun_predicate() -> None:
    got = pairs("Mesir mengeluarkan kecaman keras atas serangan Israel.")
    assert ("ACCUSE", "EGY", "ISR") in [(ty, s, t) for ty, s, t, _ in got]


def test_otherwise_does_not_negate_and_pay_dearly_is_said_of_the_target() -> None:
    got = pairs('"Jika tidak, Israel akan membayar mahal," kata Hamas.')
    assert [(ty, s, t, mod) for ty, s, t, mod in got] == [("THREATEN", "PSE", "ISR", "asserted")]


def test_nominal_act_as_topic_of_another_predicate_is_not_coded() -> None:
    # "mencerminkan pengakuan AS terhadap …": the recognition is what the invitation reflects
    assert pairs("Undangan itu mencerminkan pengakuan AS terhadap peran Qatar dan Mesir.") == []
    assert pairs("Status itu mesti diputuskan lewat perundingan antara Israel dan Hamas.") == []
    # an agentive noun stays an event in a topic frame ("terkait tudingan bahwa …")
    assert ("ACCUSE", "EGY", "QAT", "asserted") in pairs(
        "Mesir memutus hubungan dengan Qatar terkait dengan tudingan bahwa Qatar mendukung terorisme.")


def test_decision_complement_is_background() -> None:
    assert pairs("Indonesia menolak keputusan AS mengakui Yerusalem sebagai ibu kota Israel.") == [
        ("REJECT", "IDN", "USA", "asserted")]


def test_protest_noun_genitive_is_the_protester() -> None:
    assert ("PROTEST", "PSE", None, "asserted") in pairs("Demonstrasi mingguan Hamas berlangsung di desa itu.")
    assert all(p[1] != "PSE" for p in pairs("Aksi bela Hamas digelar di Jakarta."))


def test_passive_agreement_without_agent_takes_the_meeting_parties() -> None:
    got = pairs("Dalam kunjungan itu Indonesia bertemu dengan Mesir, telah disepakati pengembalian fosil.")
    assert ("AGREE", "IDN", "EGY", "asserted") in got


def test_content_of_threat_or_request_is_not_an_act() -> None:
    got = pairs("Israel mengancam akan memperluas invasi ke Gaza.")
    assert [p[0] for p in got] == ["THREATEN"]
    assert [p[0] for p in pairs("Mesir meminta Israel membebaskan para tahanan Hamas.")] == ["REQUEST"]


def test_support_told_as_a_plan_is_a_promise() -> None:
    assert pairs("Antony Blinken mengatakan kepada Netanyahu bahwa AS akan mendukung Israel.") == [
        ("AGREE", "USA", "ISR", "asserted")]


def test_others_of_an_eventless_sentence_feed_dual_anaphora() -> None:
    text = "Langkah ini diambil Indonesia untuk mengucilkan Israel di forum itu."
    mentions, entities = prep(text)
    subj = coder().subject(text, Sentence(0, len(text), text, 0), mentions, entities)
    assert [m.key for m in subj] == ["IDN"]
    assert [m.key for m in coder().others(text, subj, mentions, entities)] == ["ISR"]


def test_state_talks_with_nobody_named_are_not_coded() -> None:
    assert pairs("Turki mengirimkan utusan untuk ikut menyelesaikan sengketa.") == []
    # an organisation meeting on its own, and a counted object, are still events
    assert pairs("PBB akan bertemu di ruang tertutup pekan ini.") == [("CONSULT", "UN", None, "planned")]
    assert [p[0] for p in pairs("AS telah menghubungi lima negara pekan ini.")] == ["CONSULT"]


def test_directed_acts_without_target_are_context_only() -> None:
    got = code("Turki mendukung penuh upaya itu.")
    assert [(ce.trigger.type, ce.emit) for ce in got] == [("SUPPORT", False)]
    assert all(ce.emit for ce in code("Turki mendukung Qatar."))
    # a request needs no named addressee
    assert all(ce.emit for ce in code("Turki menyerukan gencatan senjata."))


def test_goal_reached_through_another_act_is_not_coded() -> None:
    got = pairs("Indonesia terus memperluas kerja sama melalui penandatanganan MoU dengan Mesir.")
    assert [p[0] for p in got] == ["AGREE"]


def test_habitual_claims_and_deeper_topics_are_not_coded() -> None:
    assert pairs("Sudah ratusan kali Hamas menyerang Israel dengan senjata.") == []
    assert pairs("Itu dilakukan melalui protokol amandemen perjanjian antara Indonesia dan Mesir.") == []
    assert pairs("Hamas menyerang Israel dengan senjata.") == [("ASSAULT", "PSE", "ISR", "asserted")]


def test_act_noun_agent_after_dari() -> None:
    got = pairs("Pasar melemah karena adanya peringatan dari Presiden AS soal tarif.")
    assert ("THREATEN", "USA", None, "asserted") in got
    # an expulsion's "dari" is not its agent
    assert all(p[1] != "ISR" for p in pairs("Pengusiran dari Israel itu terjadi kemarin."))
