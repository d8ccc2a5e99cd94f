"""Domestic defaults: the parties a sentence implies (crowds at the scene, the focus country's law bodies, case parties
and roles in a story told within one country), and the implied state, people or crowd an act with no named
counterpart is aimed at."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from warta.events._arguments import _implied_actor, _is_country, _retargeted, _root
from warta.events._event import CodedEvent
from warta.events._patterns import (
    _CASE_PARTY,
    _CROWD_SECTORS,
    _DENIAL_FORMS,
    _DENIAL_THAT,
    _FOR_NOUNS,
    _GENERIC_OBJECT,
    _HOME_SANCTIONS,
    _HUMAN_OBJECT,
    _HUMAN_SUBJECT,
    _NOT_YET_ARRESTED,
    _PREPARED,
    _PUBLIC_APPEAL,
    _SAYS_OF,
    _STAGED,
    _STATE,
    _VERBAL,
)
from warta.events.lexicon import Trigger
from warta.model import Actor, Entity, Mention, Sentence

# the public or a crowd addressed as such ("mengimbau seluruh masyarakat untuk …", "meminta publik untuk sabar",
# "meminta semua peserta berlapang dada"): an appeal to the public, no state addressed (the guide: target null)
_THE_PUBLIC = re.compile(r"\s+(?:kepada\s+)?(?:(?:seluruh|semua|segenap|para|setiap|kalangan)\s+)?(?:masyarakat|publik|"
                         r"warga|rakyat|umat|peserta|pendukung|kader|relawan|simpatisan|pemilih|penonton|pengunjung|"
                         r"generasi|anak\s+muda|pemuda|orang\s+tua)\b", re.IGNORECASE)


# who a sentence or sanction falls on, by role: "menjatuhkan hukuman mati terhadap terdakwa Bazarsah", "Menjatuhkan
# sanksi pemberhentian dari jabatan … kepada hakim terlapor", "sanksi peringatan keras kepada Teradu VII"
_SANCTIONED = re.compile(r"(?:\s+[\w-]+){0,8}?\s+(?:terhadap|kepada)\s+(?:para\s+|seorang\s+|(?:\d+|dua|tiga|empat|lima|"
                         r"enam)\s+)?(?:terdakwa|terpidana|terlapor|teradu|hakim\s+terlapor|tersangka|pelaku)\b",
                         re.IGNORECASE)


# offices of the law named alone (a mention is built for them: see _bare_law)
# (the prosecutor also as "Jaksa Penuntut Umum" and "(tim) penuntut umum": "penuntut umum menetapkan penahanan kota")
_LAW_NOUN = re.compile(r"\b(?:[Mm]ajelis\s+hakim|[Hh]akim|[Jj]aksa(?:\s+[Pp]enuntut\s+[Uu]mum)?|[Pp]enuntut\s+[Uu]mum|JPU|"
                       r"[Pp]enyidik|[Pp]enyelidik|"
                       r"[Aa]parat(?:\s+penegak\s+hukum)?|[Pp]engadilan|[Kk]ejaksaan|[Kk]epolisian|"
                       # officers as the subject of a verb ("petugas pun menyelidiki informasi itu dan melakukan OTT"),
                       # not "petugas keamanan Israel", "petugas KPU", "petugas kesehatan"
                       r"[Pp]etugas(?:\s+kepolisian)?(?=\s+(?:pun|kemudian|lalu|langsung|juga|telah|sudah|akhirnya|"
                       r"segera|berhasil|me[a-z]+)\b))\b(?![\w-])")


_POLICE_NOUNS = frozenset({"penyidik", "penyelidik", "aparat", "aparat penegak hukum", "kepolisian", "petugas",
                           "petugas kepolisian"})


# the state's own institutions, officials and laws as the object of a demand, criticism, refusal or threat
_DOMESTIC_OBJECT = re.compile(r"\s+(?:(?:[\w-]+|para|keras|tegas)\s+){0,3}?(?:pejabat|pemerintah(?:an)?|kongres|parlemen|"
                              r"legislatif|ruu|rancangan\s+undang-undang|undang-undang|uu|kebijakan|aparat|polisi|pihak\s+terkait|"
                              r"pihak\s+berwenang|instansi|personel|kampus|universitas|rektor|peserta\s+aksi|massa|demonstran|"
                              r"pengunjuk\s+rasa|"
                              r"kepolisian|penegak\s+hukum|kabinet|pengadilan|hakim|jaksa|sidang|senat|istana|dewan)\b",
                              re.IGNORECASE)


# a demand that someone be freed is made to the state that holds them: "minta Khariq dibebaskan"
_RELEASE_DEMAND = re.compile(r"\s+(?:agar\s+|supaya\s+)?(?:[\w-]+\s+){0,3}?(?:segera\s+)?dibebaskan\b", re.IGNORECASE)


# a demand whose content only the authorities can carry out (a passive sanction, prosecution, release or dismissal):
# "meminta agar penanggung jawabnya ditindak", "tuntutannya agar rekannya yang ditangkap … dibebaskan", "meminta agar
# sanksi tegas kepada personel …" is no appeal to the public (the guide: target null) but made of the state (12 of 14
# unseen hits addressed at the authorities)
_AUTHORITY_DEMAND = re.compile(r"\s+(?:agar|supaya)\b[^.;:\"“”]{0,160}?\b(?:ditindak|dibebaskan|diproses|diusut|diperiksa|"
                               r"ditangkap|dipecat|dicopot|diberhentikan|dihukum|diadili|dievaluasi|ditahan|disanksi|"
                               r"sanksi|dicabut|dibatalkan|diselidiki|ditinjau)\b", re.IGNORECASE)


# civil-society bodies (students' bodies, unions, NGOs: session 11) whose rally addresses their own state
_CIVIL_BODIES = frozenset({"EDU", "LAB", "NGO"})


_CROWD_DEMANDS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def _scene_state(ce: CodedEvent, text: str, sent: Sentence, places: list[Mention],
                 entities: dict[str, Entity]) -> str | None:
    """The state a protest with no addressee is addressed to: the country where it takes place ("di Israel",
    named in the sentence), else the protesters' own."""
    own = ce.sources[0].country
    where = next((p for p in places if sent.start <= p.start < sent.end
                  and re.search(r"\bdi\s+(?:[\w-]+\s+){0,3}$", text[max(sent.start, p.start - 30) : p.start])), None)
    country = _root(where, entities) if where is not None else None
    return country if country is not None and len(country) == 3 and country.isupper() else own


_INTERNATIONAL_LAW = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:internasional|international|pidana\s+internasional|"
                                r"rakyat|PBB|dunia|HAM\s+PBB)\b", re.IGNORECASE)


def _bare_law(text: str, sent: Sentence, actors: list[Mention], focus: str) -> list[Mention]:
    """Judges, prosecutors and investigators named by their office alone ("Majelis hakim menjatuhkan …", "JPU
    menuntut …", "penyidik menahan …") are the courts and police of the article's country."""
    out: list[Mention] = []
    for bm in _LAW_NOUN.finditer(text, sent.start, sent.end):
        if any(m.start <= bm.start() < m.end or bm.start() <= m.start < bm.end() for m in actors):
            continue  # part of a named body ("Pengadilan Militer I-04 Palembang") the actor stage found
        if re.match(r"\s+[A-Z]", text[bm.end() : bm.end() + 2]):
            continue  # "Pengadilan Negeri Semarang", "Jaksa Agung X": a named one, left to the actor stage
        if _INTERNATIONAL_LAW.match(text, bm.end()):
            continue  # "hakim pengadilan internasional yang berbasis di Roma": no state's courts
        sector = "COP" if bm.group().lower() in _POLICE_NOUNS else "JUD"
        out.append(Mention(bm.group(), bm.start(), bm.end(), "place", focus, sector=sector))
    return out


# the parties of a complaint or report named by their role alone (fifteenth pass, ethics councils): "Pengadu
# mendalilkan teradu menerima uang", "Teradu terbukti melanggar kode etik", "permintaan pelapor", "Teradu VII";
# not the report itself ("pelaporan"), "pelapor" as a generic subject of a rule ("setiap pelapor", "bagi pelapor"),
# nor a provocateur ("pengadu domba")
_CASE_ROLE = re.compile(r"(?<!setiap )(?<!bagi )(?<!Setiap )(?<!Bagi )"
                        r"\b(?:[Pp]ara\s+)?(?:[Tt]eradu|[Pp]engadu|[Tt]erlapor|[Pp]elapor)(?:nya)?"
                        r"(?:\s+(?:[IVX]{1,4}|\d{1,2})\b)?(?![\w-])(?!\s+domba)")


# (sixteenth pass) a party to a case or a private side named by its role alone, as a clause's subject: "para terdakwa
# meminta bantuan kepada …", "pelaku mengancam akan …", "kuasa hukumnya menolak …", "Pihak keluarga meminta polisi …"
_ROLE_SUBJECT = re.compile(r"\b(?:[Pp]ara\s+|[Tt]im\s+)?(?:[Tt]erdakwa|[Tt]ersangka|[Pp]elaku|[Kk]uasa\s+hukum|[Pp]engacara"
                           r"|[Pp]ihak\s+keluarga|[Kk]eluarga\s+korban)(?:nya)?(?![\w-])(?!\s+(?:[A-Z]|yang\b|dan\b|,))")


# what may stand before a subject: the clause's start, a comma or a conjunction
_SUBJECT_SLOT = re.compile(r"(?:^\W*|[,;:\"“]\s*|\b(?:dan|lalu|kemudian|namun|sementara|bahkan|itu|ini|tersebut|pun)\s+|"
                           # (seventeenth pass) the subject of a reported clause: "jaksa menilai para terdakwa telah
                           # memperkaya diri sendiri", "penyidik menyebut tersangka menerima …"
                           r"\b(?:bahwa|menilai|menyebut|menyebutkan|menyatakan|mengatakan|menduga|mengungkapkan)\s+)$",
                           re.IGNORECASE)


def _role_subjects(text: str, sent: Sentence, actors: list[Mention], country: str) -> list[Mention]:
    """(sixteenth pass) The parties of a case or a family named by role alone at a clause's start, in a story told
    within one country, are people of that country (as _case_parties' complainants): the actor stage resolves no
    role noun, and the guide codes private violence, extortion and a defendant's requests IDN → IDN. Not a role
    with its holder's name after it ("kuasa hukum Marissya Icha": the named person is the mention)."""
    out: list[Mention] = []
    for rm in _ROLE_SUBJECT.finditer(text, sent.start, sent.end):
        if any(m.start < rm.end() and rm.start() < m.end for m in actors) \
                or not _SUBJECT_SLOT.search(text[sent.start : rm.start()]):
            continue
        role = re.sub(r"^(?:para|tim)\s+|nya$", "", re.sub(r"\s+", " ", rm.group().lower())).strip()
        out.append(Mention(rm.group(), rm.start(), rm.end(), "person", f"role:{country}:{role}", sector="CVL"))
    return out


# (seventeenth pass) between a case party named by role and the act a speaker says it did: adverbs only
_ROLE_ACT_GAP = re.compile(r"\s+(?:(?:telah|sudah|juga|pun|diduga|turut|ikut|secara\s+bersama-sama)\s+){0,3}",
                           re.IGNORECASE)


def _said_role(text: str, ts: int, roles: tuple[Mention, ...]) -> Mention | None:
    """(seventeenth pass) A case party named by role alone right after a judging verb and right before a reported act
    ("jaksa menilai para terdakwa telah memperkaya diri sendiri", "penyidik menyebut tersangka menerima suap"): the
    clause subject the speaker accuses (the actor stage resolves no role noun)."""
    for m in roles:
        if m.end <= ts and _ROLE_ACT_GAP.fullmatch(text, m.end, ts) \
                and _SAYS_OF.search(text, max(0, m.start - 40), m.start):
            return m
    return None


def _case_parties(text: str, sent: Sentence, actors: list[Mention], country: str) -> list[Mention]:
    """The complainant and the accused of an ethics complaint or a police report named by role alone ("pengadu",
    "teradu", "pelapor", "terlapor") are people of the story's country, in a story told within one country (the
    actor stage resolves no role noun; the guide §12-13: complaints and findings are IDN → IDN)."""
    out: list[Mention] = []
    for rm in _CASE_ROLE.finditer(text, sent.start, sent.end):
        if any(m.start <= rm.start() < m.end or rm.start() <= m.start < rm.end() for m in actors):
            continue  # part of a mention already found ("Hakim terlapor": the judge)
        role = re.sub(r"^para\s+|nya$", "", rm.group().lower().replace("nya ", " ")).strip()
        out.append(Mention(rm.group(), rm.start(), rm.end(), "person", f"role:{country}:{role}", sector="CVL"))
    return out


def _crowds_at_scene(text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                     entities: dict[str, Entity]) -> list[Mention]:
    """A bare crowd ("ribuan demonstran", "ratusan mahasiswa") is of the country where the sentence puts it
    ("di Nairobi", "di Dhaka"), not the article's home country the actor stage gives a crowd by default."""
    crowds = [m for m in actors if m.sector in _CROWD_SECTORS and m.kind == "place" and m.text[1:] == m.text[1:].lower()]
    if not crowds:
        return actors
    where = next((p for p in places if re.search(r"\bdi\s+(?:[\w-]+,?\s+){0,3}$", text[max(sent.start, p.start - 30) : p.start])
                  and _root(p, entities) is not None and len(str(_root(p, entities))) == 3), None)
    if where is None:
        return actors
    country = str(_root(where, entities))
    entities.setdefault(country, Entity(country, country, "place", country, None, ()))
    return [replace(m, key=country) if m in crowds and m.key != country else m for m in actors]


def _crowd_protest(ce: CodedEvent) -> bool:
    """A demonstration by an unnamed crowd: its addressee is its own state (or the scene's), not an actor carried
    over from the story ("protes … di Houston" after a sentence on protests "dari Peru hingga Madagaskar")."""
    return ce.trigger.type == "PROTEST" and bool(ce.sources) and all(a.sector == "OPP" for a in ce.sources)


def _implied_people(ce: CodedEvent, text: str) -> Actor | None:
    """The people a state's emergency rule or arrest of unnamed persons falls on: its own civilians ("Pemerintah Peru
    mengumumkan keadaan darurat", "polisi menangkap dua orang")."""
    trig = ce.trigger
    if ce.targets or not ce.sources or trig.type not in ("COERCE", "ACCUSE", "SANCTION") \
            or len({a.country for a in ce.sources}) != 1:
        return None
    root = ce.sources[0].country
    # a sentence or an ethics sanction passed on a defendant or a reported official named by role only
    sanctioned = trig.type == "SANCTION" and bool(_SANCTIONED.match(text, ce.trigger_end))
    # charges and sentences: the speaker's office may be told as a person
    law = trig.mode in ("allege", "convict") or sanctioned
    if root is None or not all(a.sector in _STATE or (a.sector is None and (a.person is None or law)) for a in ce.sources):
        return None
    first = text.find(" ", ce.trigger_start, ce.trigger_end)  # a gapped form's object: "menuntut lima terdakwa dengan hukuman"
    human = bool(_HUMAN_OBJECT.match(text, ce.trigger_end)) or (first > 0 and bool(_HUMAN_OBJECT.match(text, first))) \
        or (text[ce.trigger_start : ce.trigger_start + 3].lower() in ("ter", "dit", "dia", "dib", "dij", "dik", "dis")
            and bool(_HUMAN_SUBJECT.search(text, max(0, ce.trigger_start - 50), ce.trigger_start))) \
        or (trig.mode == "arrest" and ce.modality == "negated"  # "pelaku terekam jelas … namun tak kunjung ditangkap"
            and bool(_NOT_YET_ARRESTED.search(text, max(0, ce.trigger_start - 30), ce.trigger_start))
            and bool(_CASE_PARTY.search(text, max(0, ce.trigger_start - 120), ce.trigger_start)))
    police = trig.mode == "arrest" and ce.modality == "asserted" and all(a.sector in ("COP", "JUD") for a in ce.sources)
    staged = (trig.id in _STAGED or trig.id in _PREPARED) and all(a.sector in _STATE for a in ce.sources)
    if trig.mode in ("curfew", "martial-law") or (trig.mode in ("arrest", "allege", "convict") and human) or police \
            or sanctioned or staged:
        return _implied_actor(root, "CVL", ce.trigger_start, ce.trigger_end)
    return None


def _crowd_root(actors: list[Mention], entities: dict[str, Entity], crowd: Callable[[Mention], bool]) -> str | None:
    """The country of a bare crowd the sentence names (demonstrators, students, workers), if any."""
    return next((r for m in actors if crowd(m) and m.sector == "OPP" and (r := _root(m, entities)) is not None), None)


def _crowd_act(trig: Trigger, form: str, scene: str | None) -> bool:
    """A demonstration, or a demand told by its noun in a story of demonstrations ("Mereka membawa delapan
    tuntutan", "Tuntutan itu juga disampaikan saat aksi"): the unnamed crowd's act."""
    return trig.mode == "demo" or (trig.type == "REQUEST" and scene is not None and not _VERBAL.match(form))


def _addresses_own_state(ce: CodedEvent, text: str) -> bool:
    """A protest (not a boycott, not a rally for another people: "Aksi Bela Palestina"), or a crowd's demand,
    criticism or refusal, with no addressee named: it is addressed to the crowd's own state."""
    if ce.targets or not ce.emit or not ce.sources or ce.sources[0].country is None \
            or len({a.country for a in ce.sources}) != 1:
        return False
    trig = ce.trigger
    if trig.type == "PROTEST":
        # (an organisation's rally — "Demonstrasi mingguan Hamas" — has its own adversary, not its own state; a
        # students' body, union or NGO — "BEM UI menggelar demonstrasi" — is a crowd of citizens: session 11)
        return trig.mode != "boycott" and not _FOR_NOUNS.search(text, ce.trigger_start, ce.trigger_end + 12) \
            and all(a.org is None or a.sector in _CIVIL_BODIES for a in ce.sources)
    if trig.type in _CROWD_DEMANDS and (_DOMESTIC_OBJECT.match(text, ce.trigger_end)
                                        or (trig.type == "REQUEST" and _RELEASE_DEMAND.match(text, ce.trigger_end))) \
            and all(a.country is not None for a in ce.sources):
        return True  # "Trump meminta para pejabat tinggi penegak hukum …", "menolak hadir di sidang Kongres"
    return trig.type in _CROWD_DEMANDS and all(a.sector in _CROWD_SECTORS and a.text[1:] == a.text[1:].lower()
                                               for a in ce.sources) \
        and not _PUBLIC_APPEAL.match(text, ce.trigger_end) and not _GENERIC_OBJECT.match(text, ce.trigger_end)


def _addressed_at_home(ce: CodedEvent, text: str, domestic: str | None) -> bool:
    """A demand, accusation, refusal or threat (or a permit revoked or members suspended: _HOME_SANCTIONS) with no
    target, in a story told within one country (``domestic``),
    by people or bodies of it (not the country named as actor), and not an appeal to the public or to unnamed
    others (see _PUBLIC_APPEAL)."""
    if ce.targets or not ce.emit or not ce.sources or domestic is None \
            or (ce.trigger.type not in _CROWD_DEMANDS and ce.trigger.id not in _HOME_SANCTIONS):
        return False
    if any(a.country != domestic or (a.person is None and a.org is None and a.sector is None) for a in ce.sources):
        return False
    if ce.trigger.type == "REJECT" and text[ce.trigger_start : ce.trigger_end].lower().startswith(_DENIAL_FORMS) \
            and _DENIAL_THAT.match(text, ce.trigger_end):
        return False  # (a claim denied with its content, "membantah bahwa …": its claimant is unnamed; the guide: null)
    # (a purpose after a charge is no appeal to the public: "menyiapkan surat dakwaan untuk segera melimpahkan …")
    appeal = ce.trigger.type == "REQUEST" or ce.trigger.id not in _PREPARED
    public = appeal and _PUBLIC_APPEAL.match(text, ce.trigger_end) is not None \
        and not (ce.trigger.type == "REQUEST" and _AUTHORITY_DEMAND.match(text, ce.trigger_end))
    return not public and not _GENERIC_OBJECT.match(text, ce.trigger_end) \
        and not _THE_PUBLIC.match(text, ce.trigger_end)


_STREET_SIDES = frozenset({"COP", "OPP"})
"""(seventeenth pass) Police and crowds: the sides of street violence in a story of one country (``_struck_at_home``)."""
_STREET_MODES = frozenset({"primitive", "beat", "firearms"})


def _struck_at_home(ce: CodedEvent, domestic: str | None) -> bool:
    """(seventeenth pass) Stones thrown, blows or shots by the police or a crowd of the one country a story is told
    in, with no target the sentence names: an attack on that country's people (the guide's intra-state events)."""
    return domestic is not None and ce.trigger.type == "ASSAULT" and not ce.targets and bool(ce.sources) \
        and ce.trigger.mode in _STREET_MODES and ce.modality != "negated" \
        and all(a.country == domestic and a.sector in _STREET_SIDES for a in ce.sources)


_CIVIL_JUDGES = frozenset({"NGO", "CVL", "EDU", "LAB", "REL", "OPP", "MED", "JRN"})
"""(fifteenth pass) The sectors whose criticism of an act nobody names is of their own state (``_judged_at_home``)."""


def _judged_at_home(ce: CodedEvent, domestic: str | None) -> bool:
    """(fifteenth pass) A judged act whose actor neither the sentence nor the story before it names, judged by
    civil society of the one country a story is told in (a coalition, students, a union; ``_CIVIL_JUDGES``): the
    act is its state's (the guide's intra-state events, as for an unaddressed demand: ``_addressed_at_home``); a
    state body's or official's judgement of an act nobody names stays silent (it may judge anyone)."""
    return domestic is not None and bool(ce.sources) and not ce.targets and all(
        a.country == domestic and a.sector in _CIVIL_JUDGES for a in ce.sources)


# what the state does, supported with nobody named as its doer: "mendukung proses hukum yang dilakukan oleh
# kejaksaan", "mendukung upaya-upaya yang dilakukan untuk menekan polusi"; not an owner's act ("mengapresiasi kinerja
# kader", "upaya kolaboratif Danone": a possessor follows) nor the act just told ("memuji langkah tersebut": its doer
# is the one told before, whom _counterpart looks for)
_STATE_ACT_OBJECT = re.compile(r"\s+(?:(?:penuh|sepenuhnya|sepenuh\s+hati)\s+)?(?:proses\s+hukum|penegakan\s+hukum|"
                               r"langkah(?:-langkah)?|kebijakan|keputusan|upaya(?:-upaya)?|pengusutan|penyidikan|"
                               r"penyelidikan|pemberantasan|putusan|kinerja)(?=\s*[,.;]|\s+(?:yang|dan|serta|dalam|"
                               r"untuk|terhadap|atas|di|hingga|sampai|secara)\b)", re.IGNORECASE)


def _supported_at_home(ce: CodedEvent, text: str, domestic: str | None) -> bool:
    """(sixteenth pass) Support for a legal process, policy or step whose doer the sentence does not resolve, in a
    story told within one country, by its people or bodies: the support is for that country's state (as an
    unaddressed demand is addressed to it: ``_addressed_at_home``; the guide's intra-state events)."""
    return ce.trigger.type == "SUPPORT" and not ce.targets and bool(ce.sources) and domestic is not None \
        and all(a.country == domestic and (a.person is not None or a.org is not None or a.sector is not None)
                for a in ce.sources) \
        and _STATE_ACT_OBJECT.match(text, ce.trigger_end) is not None


# (seventeenth pass) a promise told by its verb ("Polisi berjanji akan menangkap pelaku", "Rifaid memastikan akan
# …"): the forms whose untargeted act in a story of one country is a promise to that country (``_promised_at_home``)
_PROMISE_FORMS = ("berjanji", "menjanjikan", "memastikan akan", "menjamin akan")


def _promised_at_home(ce: CodedEvent, text: str, domestic: str | None) -> bool:
    """(seventeenth pass) A promise with nobody named as its addressee, in a story told within one country, by its
    people or bodies: a promise to that country (the guide §16: a city's or police's promise is AGREE IDN → IDN, as an
    unaddressed demand is addressed to the home state: ``_addressed_at_home``); only by state bodies and officials (a
    businessman "berjanji untuk meluncurkan partai politik baru" makes no promise to the state), not one negated."""
    return ce.trigger.type == "AGREE" and not ce.targets and bool(ce.sources) and domestic is not None \
        and ce.modality != "negated" \
        and text[ce.trigger_start : ce.trigger_end].lower().startswith(_PROMISE_FORMS) \
        and all(a.country == domestic and a.sector in _STATE for a in ce.sources)


def _implied_parties(text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                     entities: dict[str, Entity], focus: str | None,
                     domestic: str | None) -> tuple[list[Mention], tuple[Mention, ...]]:
    """Actors the sentence implies: crowds at the scene, the focus country's bare law bodies, and in a story told
    within one country the case parties (as actors) and the roles (as subjects only): (actors, roles)."""
    actors = _crowds_at_scene(text, sent, actors, places, entities)
    if focus is not None and focus in entities:
        actors = sorted(actors + _bare_law(text, sent, actors, focus), key=lambda m: m.start)
    roles: tuple[Mention, ...] = ()  # (sixteenth pass) case parties named by role, as subjects only
    if domestic is not None:
        parties = _case_parties(text, sent, actors, domestic)
        roles = tuple(_role_subjects(text, sent, [*actors, *parties], domestic))
        for m in (*parties, *roles):
            entities.setdefault(m.key, Entity(m.key, m.key.rsplit(":", 1)[1], "person", domestic, None, ()))
        actors = sorted(actors + parties, key=lambda m: m.start)
    return actors, roles


def _home_targets(out: list[CodedEvent], text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                  entities: dict[str, Entity], domestic: str | None) -> None:
    """Untargeted acts aimed at the implied people, the crowd's own state, or the state at home."""
    for i, ce in enumerate(out):
        people = _implied_people(ce, text)
        if people is not None:
            out[i] = replace(_retargeted(ce, (people,)), emit=True)
            continue
        if _addresses_own_state(ce, text):
            # "Ribuan warga Peru berunjuk rasa", "massa meminta pemerintah …": a crowd's protest or demand
            # with nobody named is addressed to its own state (the guide's intra-state events)
            # (a crowd of foreigners protests to the state where it stands: "mogok makan tahanan Palestina di
            # Israel" is PSE → ISR)
            root = ce.sources[0].country if ce.trigger.type != "PROTEST" else _scene_state(ce, text, sent, places,
                                                                                         entities)
            state = _implied_actor(root, "GOV", ce.trigger_start, ce.trigger_end)
            out[i] = _retargeted(ce, (state,))
        elif _addressed_at_home(ce, text, domestic) and not any(
                _is_country(m, entities) and m.sector is None and 0 <= m.start - ce.trigger_end <= 40
                for m in actors):
            # (a leader's act on his own country named as such names no counterpart: "Trump mengecam Amerika
            # Serikat"; a people or sector noun — "agar pelaku pemukulan terhadap mahasiswa itu ditindak" — is
            # not the country named)
            # "Iskandar meminta sanksi tegas …", "Adi membantah menerima uang": in a story of one country, a
            # demand, accusation, denial or threat by its people or bodies whose addressee the actor stage
            # could not resolve stays within that country (the guide's intra-state events; `implied`)
            home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
            out[i] = _retargeted(ce, (home,))
        elif _promised_at_home(ce, text, domestic):
            # (seventeenth pass) "polisi berjanji akan menindaklanjuti perkara ini": a promise to the home state's
            home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
            out[i] = replace(_retargeted(ce, (home,)), emit=True)
        elif _supported_at_home(ce, text, domestic):
            # (sixteenth pass) "dia juga mendukung proses hukum yang dilakukan oleh kejaksaan": the home state's
            home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
            out[i] = replace(_retargeted(ce, (home,)), emit=True)
        elif _struck_at_home(ce, domestic) and domestic is not None:
            # (seventeenth pass) "Para demonstran lainnya juga melemparkan batu", "seorang polisi … menembakkan
            # peluru yang menewaskan Ruiz": street violence between the police and crowds of one country's story
            # falls on that country's people when the victim is unnamed or has no country
            people = _implied_actor(domestic, "CVL", ce.trigger_start, ce.trigger_end)
            out[i] = replace(_retargeted(ce, (people,)), emit=True)
