"""Source and target assignment: which mentions are actors, how they group, their roots, one per root,
retargeting an event, and the subjects found before a verb (fellow bodies, frames, victims)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from warta.events._event import CodedEvent
from warta.events._patterns import _ANTARA, _FAR_VP_STOP, _STATE
from warta.events.lexicon import Trigger
from warta.model import Actor, Entity, Mention

# "X, Y dan Z", "AS (Amerika)", and a set with members named: "Israel dan para pendukungnya, termasuk AS"
_COORD = re.compile(r"^[\"”“]?\s*(?:,\s*(?:dan|serta)?|dan|serta|&|maupun|-|–|/|\(|\)\s*(?:,\s*)?(?:dan|serta)?"
                    r"|dan\s+(?:para\s+)?(?:mediator|penengah)(?:nya)?"
                    r"|(?:dan\s+(?:para\s+)?(?:pendukung|sekutu|mitra)(?:-\w+)?nya)?,?\s*(?:termasuk|seperti|yakni|yaitu))\s*[\"“]?$")


# a place named as a location, not as an actor: "di Gaza", "ke Washington", "wilayah Palestina", "di Kota Gaza"
_LOCATIVE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|jalur|perbatasan|asal|meninggalkan|kbri|kjri|"
                       r"melalui|lewat|via|laut|selat|teluk|samudra|samudera|perairan|semenanjung|pulau|kepulauan)\s+"
                       r"(?:(?:kota|kabupaten|provinsi|desa|distrik|negara\s+bagian|kamp(?:\s+pengungsi)?)\s+)?$",
                       re.IGNORECASE)


_CURRENCY = re.compile(r"\b(?:dolar|dollar|euro|yen|yuan|renminbi|rupiah|ringgit|won|rupee|rubel|lira|pound|"
                       r"poundsterling|franc|riyal|dirham|mata\s+uang|obligasi|bursa(?:\s+saham)?|saham)\s+$", re.IGNORECASE)


_AT_BUILDING = re.compile(r"\b(?:di|ke|dari|menuju)\s+(?:depan\s+|dalam\s+|luar\s+|sekitar\s+|halaman\s+)*"
                          r"(?:gedung|kompleks|halaman|depan)\s+$", re.IGNORECASE)


_LEFT_PLACE = re.compile(r"\bmeninggalkan\s+$", re.IGNORECASE)


# "pejabat tinggi dari Qatar": "dari" after a person/office noun names the actor's country
_FROM_ACTOR = re.compile(
    r"\b(?:pejabat|delegasi|menteri|utusan|perwakilan|pasukan|tentara|militer|diplomat|pemimpin|presiden|"
    r"kelompok|pihak|warga|pemerintah|duta|penyanyi|aktivis|warganegara|wna|turis|wisatawan|pelancong|pekerja|buruh|"
    r"mahasiswa|pelajar|tersangka|terpidana|narapidana|napi|tahanan|buronan|tki|pmi|jemaah|jamaah|abk|awak|pelaut|"
    r"pelaku|korban|pria|wanita|perempuan|nelayan|imigran|pengungsi|migran|jurnalis|"
    r"wartawan|atlet|pemain|investor|pengusaha|perusahaan|mitra|mitranya|rekan|rekannya|sejawat|sejawatnya)"
    r"(?:\s+[\w-]+){0,2}\s+(?:dari|asal)\s+$",
    re.IGNORECASE,
)


# lower-case "di/ke" only: a sentence-initial "Di Gaza, Israel …" names the subject after the comma
_LOC_APPOSITION = re.compile(r"\b(?:di|ke)\s+(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s*$")


# (sixteenth pass) a first person further from its verb, still the clause's subject: after a fronted phrase ended by
# a demonstrative or after a conjunction ("Atas laporan-laporan itu kita berharap Polda …", "…, dan saya minta
# terus"), or with a coordinated verb phrase between ("Kami di Komisi III sangat terkejut dan mengecam …", "Ke depan
# kita akan tetap mengawal …, menuntut agar aparat …"); not a possessive ("klien kita") nor in a relative ("yang
# kita laporkan"), and no other clause or person between it and the verb
_FIRST_PERSON_FAR = re.compile(
    r"(?:^\W*(?:[\w-]+,?\s+){0,3}?|(?:,|\b(?:dan|tapi|tetapi|namun|jadi|maka|sehingga|lalu|kemudian|itu|ini|tersebut"
    r"|pun|nah|sekarang|kini|tadi|nanti))\s+)(?:kami|kita|saya|aku)\s+(?P<vp>(?:[\w-]+,?\s+){0,9})$", re.IGNORECASE)


_LOC_ORG = re.compile(r"\b(?:[Dd]i|[Kk]e)\s+(?:[A-Z][\w-]*\s+)?$")


_COMPANY = re.compile(r"(?:PT|CV|Tbk|Koperasi|Yayasan)\b")


# a clause or purpose between an act and a place: the place is not the act's scene
# a list of lower-case common nouns joined by commas and a last "dan/serta": "darat, laut dan udara"
_NOUN_LIST = re.compile(r"\b[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?:,\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)+,?\s+(?:dan|serta)\s+[a-z]")


# a bare word for authorities, which the actor stage gives the article's (or the latest) country
_BARE_AUTHORITY = frozenset({"polisi", "kepolisian", "aparat", "aparat keamanan", "pihak berwenang", "otoritas",
                             "petugas", "pasukan keamanan", "penjaga perbatasan", "jaksa", "kejaksaan", "pengadilan"})


_OF_PLACE = re.compile(r"\s+(?:(?!me|di|ber|ter)[a-z]+\s+)?(?:di\s+(?:[a-z]+\s+)?)?")


def _authority_of_place(m: Mention, mentions: list[Mention], text: str, entities: dict[str, Entity]) -> Mention:
    """Bare authorities followed by a country's place are that country's: "Kepolisian perbatasan Prancis",
    "ditangkap polisi di Belanda" (the actor stage gave them Indonesia or the country named before)."""
    if m.text.lower() not in _BARE_AUTHORITY or m.sector is None:
        return m
    after = next((p for p in mentions if m.end < p.start <= m.end + 40 and p.kind == "place" and p.sector is None),
                 None)
    if after is None or not _OF_PLACE.fullmatch(text, m.end, after.start):
        return m
    ent = entities.get(after.key)
    country = ent.country if ent is not None else None
    if country is None or country == m.key or country not in entities:
        return m
    return replace(m, key=country)


def _is_actor(m: Mention, ent: Entity | None, text: str) -> bool:
    """Organisations, people, metonyms, and countries not named as a location."""
    if m.kind == "org" and m.key.startswith("ner:") and _LOC_ORG.search(text, max(0, m.start - 40), m.start):
        return False  # "di Universitas Al Azhar": an unknown organisation named as a place
    if _CURRENCY.search(text, max(0, m.start - 24), m.start):
        return False  # "terhadap dolar Amerika Serikat": a currency, not the state
    if m.kind == "org" and _AT_BUILDING.search(text, max(0, m.start - 40), m.start):
        return False  # "massa aksi di depan gedung DPR": the building, not the body
    if m.metonymic and _LEFT_PLACE.search(text, max(0, m.start - 20), m.start):
        return False  # "Blinken meninggalkan Doha": the city left, not its government
    if m.kind != "place" or m.metonymic or m.text.lower().startswith("pihak "):
        return True  # "dari pihak Israel": a side is an actor, never a location
    if ent is None or ent.country is None or ent.key != ent.country:
        return False  # a city or region named as such
    before = text[max(0, m.start - 40) : m.start]
    if _LOC_APPOSITION.search(before) and m.text[:1].isupper():
        return False  # "di Amman, Jordania": the country of a named location (not "di Magelang, polisi …")
    return not _LOCATIVE.search(before) or bool(_FROM_ACTOR.search(before))


def _groups(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Adjacent mentions joined by commas/dan (or an apposition, "AS (Amerika)") form one group."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and _COORD.match(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _root(m: Mention, entities: dict[str, Entity]) -> str | None:
    """The mention's root; an organisation only the NER model found, with no country ("Los Pulpos", "Hakim
    Militer"), has none: its name is no canonical root, and events between such names mislead."""
    ent = entities.get(m.key)
    if ent is None or (ent.country is None and ent.key.startswith("ner:")):
        return None
    return ent.country or ent.org or (ent.name if ent.kind == "org" else None)


def _top(root: str | None, org_roots: Mapping[str, str]) -> str | None:
    return org_roots.get(root, root) if root is not None else None


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def _first_person_far(text: str, clause_start: int, ts: int) -> bool:
    """(sixteenth pass) Whether the clause before a trigger has a first person subject a few words before it (see
    _FIRST_PERSON_FAR): the verb phrase between holds no other clause, person or negation."""
    far = _FIRST_PERSON_FAR.search(text[clause_start:ts])
    return far is not None and not _FAR_VP_STOP.search(far["vp"])


def _unlisted(gap: str) -> str:
    """The gap with the commas of a list of common nouns taken out ("menutup akses darat, laut dan udara ke Doha",
    "mengirimkan bantuan makanan, obat-obatan dan selimut ke Gaza"): they separate the list's items, not clauses."""
    return _NOUN_LIST.sub(lambda m: m.group(0).replace(",", " "), gap)


def _listed_with(tgt: list[Mention], actors: list[Mention], places: list[Mention], text: str,
                 entities: dict[str, Entity]) -> list[Mention]:
    """A target written in a list of countries is every country of it ("kunjungan ke Singapura, Malaysia dan
    Brunei", "serangan nuklir ke Korea Selatan dan Amerika Serikat"), whether "ke" made a member a place or not:
    the guide splits a compound actor into one event per pair (the list used to lose all members but one)."""
    pool = sorted((m for m in actors + places if _is_country(m, entities)), key=lambda m: m.start)
    if not pool or not any(_is_country(m, entities) for m in tgt):
        return tgt
    out = list(tgt)
    for m in pool:  # members after the last
        if m.start >= out[-1].end and m not in out:
            if not _LIST_JOIN.fullmatch(text, out[-1].end, m.start):
                break
            out.append(m)
    for m in reversed(pool):  # members before the first
        if m.end <= out[0].start and m not in out:
            if not _LIST_JOIN.fullmatch(text, m.end, out[0].start):
                break
            out.insert(0, m)
    return out


def _pair_gap(text: str, te: int, start: int, trig: Trigger, verbal: bool) -> bool:
    """The words between a trigger and a coordinated group of actors make that group the act's two parties: "antara"
    ("pembicaraan antara AS dan Iran"), or nothing at all after a symmetric noun ("Pertemuan Korsel dan Korut
    akhirnya digelar", "perundingan Israel dan Hamas")."""
    gap = text[te:start]
    return bool(_ANTARA.match(gap)) or (trig.symmetric and not verbal and not gap.strip())


def _retargeted(ce: CodedEvent, targets: tuple[Actor, ...], mentions: tuple[Mention, ...] | None = None) -> CodedEvent:
    """``ce`` aimed at ``targets`` (found at ``mentions``; without them, an implied actor: the event's target mentions
    stay as they are): one pair per source and target."""
    return replace(ce, targets=targets, target_mentions=ce.target_mentions if mentions is None else mentions,
                   pairs=tuple((a, b) for a in ce.sources for b in targets))


def _untargeted(ce: CodedEvent) -> CodedEvent:
    """``ce`` with its targets dropped: one pair per source, with no target."""
    return replace(ce, targets=(), target_mentions=(), pairs=tuple((a, None) for a in ce.sources))


def _implied_actor(country: str | None, sector: str, start: int, end: int) -> Actor:
    """A country's state, police, courts or civilians that an act implies without naming them, anchored on the
    trigger (the words that imply it)."""
    return Actor("", country, None, None, sector, start, end, key=f"{country}:{sector}", implied=True)


def _sector(m: Mention, entities: dict[str, Entity]) -> str | None:
    """A mention's sector: its own, else its entity's, else GOV for a country named as an actor."""
    ent = entities.get(m.key)
    return m.sector or (ent.sector if ent is not None else None) or ("GOV" if _is_country(m, entities) else None)


# between coordinated bodies: "dan", "serta", "bersama (dengan)", "beserta", "hingga" (a list's last member)
_BODY_JOIN = re.compile(r"\s*(?:,\s*)?(?:dan|serta|bersama(?:\s+dengan)?|beserta|hingga)\s+", re.IGNORECASE)


# inside one body's name, between two mentions: "Badan Legislasi (Baleg) DPR RI"
_BODY_INNER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?")


# between the last body and the verb: at most two words that are no verb ("pemerintah kota menyepakati")
_BODY_TAIL = re.compile(r"(?:\s+(?!(?:me|ber|di|ter)[a-z])[a-z]+){0,2}\s+", re.IGNORECASE)


def _fellow_bodies(text: str, start: int, ts: int, actors: list[Mention], first: Mention,
                   entities: dict[str, Entity], org_roots: Mapping[str, str]) -> list[Mention]:
    """The other bodies of the source's country coordinated with it right before a joint act ("Pemerintah dan DPR
    sepakat", "Baleg DPR RI bersama pemerintah hingga DPD menyepakati"): state bodies or officials only, each
    body once (a name's inner mentions are one body)."""
    before = sorted((m for m in actors if start <= m.start and m.end <= ts), key=lambda m: m.start)
    if not before or not _BODY_TAIL.fullmatch(text, before[-1].end, ts):
        return []
    members = [before[-1]]
    for m in reversed(before[:-1]):
        if _BODY_JOIN.fullmatch(text, m.end, members[0].start):
            members.insert(0, m)
        elif _BODY_INNER.fullmatch(text, m.end, members[0].start):
            members[0] = m  # the body's head ("Badan Legislasi" of "… (Baleg) DPR RI")
        else:
            break
    root = _top(_root(first, entities), org_roots)
    if first.key not in {m.key for m in members} or len(members) < 2 \
            or any(not _official(m, entities) or _top(_root(m, entities), org_roots) != root for m in members):
        return []
    out: list[Mention] = []
    for m in members:
        if m.key != first.key and m.key not in {o.key for o in out}:
            out.append(m)
    return out


_FRAME_OPEN = re.compile(r"\W*(?:dalam|pada|saat|selama|usai|seusai|setelah|sesudah|di\s+sela(?:-sela)?)\s",
                         re.IGNORECASE)


_FRAME_ADVERBS = re.compile(r"\s*(?:(?:juga|telah|sudah|akan|terus|tetap|masih|pun|sempat|lantas|langsung|kemudian|lalu)"
                            r"\s+)*", re.IGNORECASE)


def _after_frame(text: str, start: int, ts: int, group: list[Mention]) -> list[list[Mention]]:
    """The subject after a sentence-initial frame's comma, when the frame's oblique actor and the subject were taken
    for one comma group ("Dalam rapat kerja dengan Komisi II DPR RI, Basuki meminta …"): the members after the
    group's last comma, right before the verb (thirteenth pass)."""
    if not _FRAME_OPEN.match(text, start, group[0].start) or not _FRAME_ADVERBS.fullmatch(text, group[-1].end, ts):
        return []
    cut = max((i for i in range(1, len(group)) if "," in text[group[i - 1].end : group[i].start]), default=0)
    return [group[cut:]] if cut else []


def _official(m: Mention, entities: dict[str, Entity]) -> bool:
    """A state body or an official named with their office ("Menteri Lingkungan Hidup Hanif …", "Badan Legislasi"),
    not a private person or a company: who one country's agreements and cooperation are between."""
    sector = _sector(m, entities)
    if sector is not None:
        return sector in _STATE
    ent = entities.get(m.key)
    if ent is None:
        return False
    return (ent.kind == "person" and m.source == "title") or (ent.kind == "org" and not _COMPANY.match(m.text))


# (fifteenth pass) an attack told through its victims: "Tiga warga Palestina tewas akibat tembakan pasukan
# Israel", "Dua tentara Israel terluka dalam serangan Hizbullah": the people killed or hurt right before the attack
# noun are its target (the attacker is the noun's genitive)
_HURT_BY = re.compile(
    r"(?:\s+(?:lainnya|itu|tersebut))?(?:\s+di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+(?:(?:dilaporkan|telah|sudah|juga|pun|kembali|ikut|turut)\s+)*"
    r"(?:tewas|terluka|terbunuh|gugur|luka-luka|meninggal(?:\s+dunia)?|cedera|menjadi\s+korban)"
    r"(?:\s+(?:dan|atau)\s+(?:terluka|luka-luka|cedera))?"
    r"\s+(?:dalam|akibat|karena|terkena|oleh|saat|ketika)\s+(?:(?:sebuah|rentetan|serangkaian)\s+)?")


def _victims_before(text: str, clause_start: int, ts: int, actors: list[Mention], entities: dict[str, Entity],
                    src: list[Mention]) -> list[Mention]:
    """The people killed or hurt by an attack named just before its noun ("… tewas akibat tembakan …")."""
    keys = {m.key for m in src}
    before = [m for m in actors if clause_start <= m.start and m.end <= ts and m.key not in keys]
    victim = before[-1] if before else None
    ent = entities.get(victim.key) if victim is not None else None
    if victim is None or ent is None or ent.country is None or not _HURT_BY.fullmatch(text, victim.end, ts):
        return []  # (a group of no country, "pemimpin senior Al Qaeda", would be taken for the article's country)
    return before[-1:]


def _is_country(m: Mention, entities: dict[str, Entity]) -> bool:
    ent = entities.get(m.key)
    return ent is not None and ent.country is not None and ent.key == ent.country


def _unique(group: list[Mention], entities: dict[str, Entity], org_roots: Mapping[str, str]) -> list[Mention]:
    """One mention per actor root ("Amerika Serikat (AS)", "Menlu AS, Antony Blinken")."""
    out: list[Mention] = []
    roots: set[str] = set()
    for m in group:
        r = _top(_root(m, entities), org_roots) or m.key
        if r in roots:
            continue
        roots.add(r)
        out.append(m)
    return out
