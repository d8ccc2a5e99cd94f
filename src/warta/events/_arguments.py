"""Source and target assignment: which mentions of a sentence are actors, how they group, their roots (one per
root); the trigger's subject (in its clause, a quote's speaker, a teller, an anaphor, a receiver), its object and partners
near it (a genitive, a passive's agent), the (source, target) pairs, and retargeting an event."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from warta.events._event import CodedEvent
from warta.events._patterns import (
    _AGENTIVE_NOUNS,
    _COMPLEMENT,
    _ENVOY_TO,
    _FOR_NOUNS,
    _HAS_VERB,
    _HUMAN_SUBJECT,
    _OLEH,
    _PARTNER_GAP,
    _PATIENT_MODES,
    _RELATIVE,
    _SPEECH_TAG,
    _STATE,
    _TERRITORIAL,
    _VERBAL,
    _WORDS,
)
from warta.events.lexicon import Trigger
from warta.model import Actor, Entity, Mention, Sentence

# event (EventCoder.code).


# _implicit_subject, _reported_roles, _received, _speaker).


_ANTARA = re.compile(r"^\s*(?:[\w-]+\s+){0,2}antara\s+(?:[\w-]+\s+){0,3}[\"“]?$", re.IGNORECASE)

_FAR_VP_STOP = re.compile(r"\b(?:kami|kita|saya|aku|ia|dia|beliau|mereka|anda|kalian|yang|bahwa|agar|supaya|jika|kalau"
                          r"|bila|apabila|karena|sebab|ketika|saat|setelah|sebelum)\b", re.IGNORECASE)

# … or when its agent follows as a genitive within two words ("serangan Israel", "kecaman keras Indonesia")
_GENITIVE_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,2}$")

# event (EventCoder.code).

_SEA = re.compile(r"\b(?:laut|selat|teluk|samudra|samudera|perairan)\s+$", re.IGNORECASE)

# private people named by their origin ("pekerja asal Indonesia", "WNA asal Rusia"): civilians of that country
_CIVIL_FROM = re.compile(r"\b(?:warga|wna|turis|wisatawan|pelancong|pekerja|buruh|mahasiswa|pelajar|tersangka|terpidana|"
                         r"narapidana|napi|tahanan|buronan|tki|pmi|jemaah|jamaah|abk|awak|pelaut|pelaku|"
                         r"korban|pria|wanita|perempuan|nelayan|imigran|migran|atlet|pemain|penyanyi|warganegara)"
                         r"(?:\s+[\w-]+){0,2}\s+(?:dari|asal)\s+$", re.IGNORECASE)

# a dateline after the place opening an article: "Jakarta, CNN Indonesia - - ", "ISTANBUL - ", "Jakarta, Kompas.com -- "
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+[-–—](?:\s?[-–—])?\s")

# the backer named after its force is no actor of the force's act: "Koalisi Arab - Kurdi dukungan Amerika Serikat,
# Pasukan Demokratik Suriah (SDF), telah merebut …", "milisi bentukan Iran" (not "mendapat dukungan AS")
_BACKER = re.compile(r"(?<!mendapat )(?<!mendapatkan )(?<!memberikan )(?<!memberi )(?<!menyatakan )(?<!atas )"
                     r"(?<!berkat )(?<!tanpa )(?<!dan )(?<!meminta )\b(?:dukungan|sokongan|bentukan|binaan|sekutu)\s+$")

_STATE_MEDIA_AT = re.compile(r"\b(?:media|kantor\s+berita|televisi|stasiun\s+televisi|surat\s+kabar)\s+"
                             r"(?:pemerintah|resmi|negara|milik\s+negara|pemerintah\s+resmi)\s+di\s+$", re.IGNORECASE)

# _implicit_subject, _reported_roles, _received, _speaker).

# a clause whose subject refers back to the actors of a recent event
# a sentence that opens on its verb continues the previous sentence's subject (Indonesian drops a subject
# the reader already has): "Juga menyuarakan agar Israel menghentikan …", "Selain itu, juga mendesak …"
_ZERO_SUBJECT = re.compile(
    r"\W*(?:(?:selain\s+itu|sementara\s+itu|setelah\s+itu|tak\s+hanya\s+itu|tidak\s+hanya\s+itu|namun|kemudian|lalu"
    r"|selanjutnya|bahkan|di\s+samping\s+itu),?\s+)?(?:(?:juga|pun|turut|sekaligus|pula|telah|sudah|kembali|terus|"
    r"lantas|langsung|bahkan|kemudian|lalu|sempat|tetap|masih)\s+)*",
    re.IGNORECASE,
)

_LATER_SUBJECT = re.compile(r",\s+(?:[A-Z]|(?:para|sang|pihak)\b)")

_ANAPHOR = re.compile(
    r"^\W*(?:(?:sementara\s+itu|selain\s+itu|namun|kemudian|lalu|setelah\s+itu|selanjutnya|berikutnya|terakhir"
    r"|(?:oleh\s+)?karena\s+itu|untuk\s+itu|sebab|(?:namun|meski(?:pun)?|walau(?:pun)?)\s+demikian|di\s+samping\s+itu|dengan\s+demikian|di\s+sisi\s+lain|bahkan|lebih\s+lanjut|tak\s+hanya\s+itu|sebelumnya"
    # the case or report just told ("Dari kasus tersebut, pihaknya mengamankan …", "Atas laporan tersebut, pihaknya
    # berharap Polda …")
    r"|(?:dari|atas|dalam|terkait|untuk)\s+(?:kasus|perkara|laporan(?:-laporan)?|peristiwa|kejadian)\s+(?:itu|tersebut|ini)"
    r"|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh"
    r"|(?:dalam|pada|saat|usai|seusai|setelah|selama)\s+(?:pertemuan|pembicaraan|perundingan|kunjungan|percakapan|"
    r"kesempatan|acara)\s+(?:itu|tersebut|ini)"
    r"|(?:dalam|pada|di)\s+kesempatan\s+yang\s+sama),?\s+)?"  # (sixteenth pass) "Dalam kesempatan yang sama, …"
    r"(?:(?P<dual>kedua\s+(?:negara|pemimpin(?:\s+negara)?|kepala\s+negara|presiden|menteri(?:\s+luar\s+negeri)?|menlu|pihak|delegasi)(?:\s+itu|\s+tersebut)?|keduanya)|mereka|negara-negara\s+(?:[\w-]+\s+){0,2}(?:itu|tersebut)"
    r"|ia|dia|beliau|pihaknya|negara\s+(?:itu|tersebut)"
    # (fifteenth pass) a person described again rather than named: "Pria yang juga menjabat Menteri Perdagangan
    # itu menuturkan …", "Pria kelahiran 1962 itu menilai …" (the latest person named; 28 unseen hits, all so)
    r"|(?:pria|wanita|perempuan)\s+(?:yang|kelahiran|asal|berusia)\s+[^.,\"“”]{0,60}?\s+(?:itu|ini|tersebut)"
    # (sixteenth pass) a person described again by occupation: "bintang film Comic 8 itu membantah …", "Politikus
    # PDIP itu meminta fee …" (38 unseen hits, all the person just named)
    r"|(?:sang\s+)?(?:aktor|aktris|artis|penyanyi|bintang\s+film|pemeran|komedian|politikus|politisi|pengusaha"
    r"|purnawirawan|presenter|selebgram|musisi|pesepak\s?bola)(?:\s+[^\s.,;:\"“”]+){0,4}?\s+(?:itu|tersebut))\b",
    re.IGNORECASE,
)

# a first-person subject: "Kami sepakat …", "Saya meminta …", "kita akan menuntut …"
_FIRST_PERSON = re.compile(r"\W*(?:[\w-]+,?\s+){0,2}?(?:kami|kita|saya|aku)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

# (sixteenth pass) a trigger form that holds its own first-person subject: "saya tantang", "kami tantang"
_OWN_SUBJECT_FORM = re.compile(r"(?:saya|kami|kita|aku)\s", re.IGNORECASE)

_COMMA_YANG = re.compile(r",\s*yang\s*$", re.IGNORECASE)

_COORD_VP = re.compile(r"^[\s,]*(?:dan|serta|lalu|kemudian|sekaligus|dengan)\s+(?:(?:juga|pun|turut|ikut|tidak|tak|akan|belum|"
                       r"telah|sudah|masih|terus|tetap|pernah)\s+){0,3}$", re.IGNORECASE)

# a second verb phrase coordinated after the first verb's object: "Hamas memberi Israel waktu …, dan
# memperingatkan …" — its subject is the clause subject, not that object
# a subordinate clause with no subject of its own: "… sebelum melakukan deportasi", "… sambil mengecam …"
_SUBORD_TAIL = re.compile(r"(?:^|[\s,])(?:sebelum|setelah|sesudah|usai|seusai|sambil|seraya)\s+(?:(?:juga|akan|telah|sudah|"
                          r"kemudian|lalu|langsung|terlebih\s+dahulu)\s+){0,2}(?:(?:melakukan|menggelar|melancarkan|"
                          r"mengadakan)\s+)?$", re.IGNORECASE)

_SUBORD_LIGHT = re.compile(r"\b(?:melakukan|menggelar|melancarkan|mengadakan)\s+$", re.IGNORECASE)

_COORD_TAIL = re.compile(r"(?:^|[\s,])(?:dan|serta|lalu|kemudian|sekaligus)\s+(?:(?:juga|pun|turut|ikut|lalu|kemudian|"
                         r"langsung|terus|bahkan|tidak|tak|akan|belum|telah|sudah|masih|tetap|pernah)\s+){0,3}$", re.IGNORECASE)

# an oblique phrase is no subject of a later verb: "pendukung buat Palestina, … mendesak Israel"
_OBLIQUE = re.compile(r"\b(?:buat|bagi|untuk|terhadap|kepada|atas|soal|tentang|mengenai|dengan|melawan)\s+(?:[\w-]+\s+){0,1}$",
                      re.IGNORECASE)

# "dengan Hamas menuntut …" ("with Hamas demanding"): an actor after "dengan" right before the verb is its subject
_WITH_SUBJECT = re.compile(r"\b(?:dengan|melawan)\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)

_ADVERBS_ONLY = re.compile(r"\s*(?:(?:juga|telah|sudah|akan|terus|tetap|masih|pun|tidak|tak|belum|kembali|justru|bahkan)\s+)*",
                           re.IGNORECASE)

# the subject of a relative clause is its antecedent: "grup ultra-nasionalis yang melempari batu"
_REL_SUBJECT = re.compile(r"\byang\s+(?:(?:juga|telah|sudah|terus|pernah|sedang|masih|kerap|sering|kembali)\s+){0,2}$",
                          re.IGNORECASE)

# the words between a role subject and its verb: a few, none of them a passive ("Tersangka perlu dipastikan …")
_ROLE_TO_VERB = re.compile(r"\s+(?:(?!di[a-z]{3,})[\w-]+,?\s+){0,5}")

_RECEIVED_BY = re.compile(r"^\s+yang\s+(?:di)?terima\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

_RECEIVE = re.compile(r"\bmenerima\s+$", re.IGNORECASE)

_DARI = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,3}?dari\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

_DENGAN_PAIR = re.compile(r",?\s+dengan\s+", re.IGNORECASE)

# a visit's destination right after its visitor: "kunjungan Presiden Jokowi ke Singapura"
_TO_DEST = re.compile(r"\)?\s+(?:resmi\s+|kenegaraan\s+)?ke\s+[A-Z]")

_NOT_GENITIVE = re.compile(r"\b(?:antara|dengan|terhadap|kepada|atas|ke|dari|di|untuk|buat|bagi|bahwa)\b", re.IGNORECASE)

_THEME = re.compile(r"^\s+(?:[\w-]+\s+){0,3}(?:atas|terhadap|kepada|untuk|bagi)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

_DEEP_CLAUSE = re.compile(r"\b(?:agar|supaya|untuk|guna|demi|asalkan|jika|apabila|kalau|bila|selama\s+(?:tidak|tak|belum))"
                          r"\s+(?:[\w-]+\s+){3,}")

_THAT_BETWEEN = re.compile(r"\b(?:bahwa|agar|supaya)\b", re.IGNORECASE)
# a speech tag set inside the clause it reports ("Lalu, kata Idas, terduga pelaku diamankan"): its speaker is
# no argument of the clause's verb
_TAG_BEFORE = re.compile(r"(?:^|[,(])\s*(?:kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|lanjut)(?:nya)?"
                         r"\s+(?:[\w.'-]+\s+){0,4}$", re.IGNORECASE)

_BARE_AGENT = re.compile(r"^\s*(?:pasukan\s+|militer\s+|tentara\s+)?$", re.IGNORECASE)

# the words that may stand between an act noun and its agent: manner, kind and weapon ("kecaman keras Indonesia",
# "serangan udara Israel", "serangan roket Hamas"), not another noun whose owner follows ("tudingan ijazah palsu
# Joko Widodo" is about Jokowi, not by him)
_GENITIVE_MODS = frozenset({"keras", "tegas", "resmi", "terbaru", "baru", "terbuka", "langsung", "pertama", "kedua",
                            "terakhir", "besar", "besar-besaran", "udara", "darat", "laut", "militer", "brutal",
                            "mematikan", "sengit", "roket", "rudal", "drone", "bom", "artileri", "lanjutan",
                            "balasan", "terus-menerus", "itu", "ini", "tersebut", "sepihak", "terbesar", "mendadak",
                            "oleh", "konstan", "terus", "berulang", "bertubi-tubi", "intensif", "sporadis", "tajam",
                            "mingguan", "harian", "tahunan", "rutin", "damai", "massal", "akbar", "besar-besar"})

# a passive's agent "dari pihak X": "tidak diizinkan masuk ke Gaza dari pihak Israel"
_FROM_SIDE = re.compile(r"\bdari\s+(?:pihak\s+)?$", re.IGNORECASE)

# a topic, not a target: "kritik … terhadap kebijakan negaranya soal Palestina"
_TOPIC_PREP = re.compile(r"\b(?:soal|tentang|mengenai|terkait(?:\s+dengan)?|perihal)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# a later verb phrase of a series ("menghancurkan 172 sekolah, merusak 118 sekolah lainnya, dan menghantam … UNRWA"):
# an actor after it is that verb's object, not the earlier verb's target
_NEXT_VP = re.compile(r"(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?:juga\s+|lalu\s+|kemudian\s+)?"
                      r"(?!(?:menurut|mengenai|menjelang|menuju|melalui|menyusul|mengingat|menyangkut|meski)\b)"
                      r"(?:mem|men|meng|meny|me|ber)[a-z]{3,}\b", re.IGNORECASE)

# "bala bantuan yang didukung Iran": the backer of the object, not the target
_BACKED_BY = re.compile(r"\byang\s+(?:juga\s+)?(?:didukung|disokong|dibekingi|dibiayai|dipersenjatai|disponsori)\s+"
                        r"(?:oleh\s+)?$", re.IGNORECASE)


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


# (seventeenth pass) a country named as the origin of goods is no territory an act is aimed at: "menggerebek gudang
# benih wortel impor dari China", "barang bukti ponsel buatan Korea" (with `_CURRENCY`: "menyita uang dalam pecahan
# rupiah dan dolar Amerika Serikat" is no seizure from the United States)
_GOODS_FROM = re.compile(r"\b(?:impor(?:an)?(?:\s+(?:dari|asal))?|buatan|produksi|produk\s+asal|made\s+in)\s+$",
                         re.IGNORECASE)


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


def _sentence_actors(text: str, sent: Sentence, mentions: list[Mention],
                     entities: dict[str, Entity]) -> tuple[list[Mention], list[Mention]]:
    """The sentence's actor mentions (not locations, currencies, backers or datelines; a state's media speak for
    it) and its places (not seas named after a country, a currency's country or goods' origin)."""
    actors = [replace(m, sector="CVL") if m.kind == "place" and m.sector is None
              and _CIVIL_FROM.search(text, max(0, m.start - 40), m.start) else m
              for m in mentions if _is_actor(m, entities.get(m.key), text)
              and not _BACKER.search(text, max(0, m.start - 40), m.start)]
    actors = [_authority_of_place(m, mentions, text, entities) for m in actors
              if not (m.kind == "place" and _DATELINE_AFTER.match(text, m.end)
                      and not text[sent.start : m.start].strip(" \"“"))]  # "Jakarta, CNN Indonesia - - …": no actor
    # "Media pemerintah di Pyongyang memperingatkan …": a state's own media speak for it
    actors = sorted(actors + [replace(m, sector="GOV") for m in mentions if m not in actors and m.kind == "place"
                              and _is_country(m, entities)
                              and _STATE_MEDIA_AT.search(text, max(0, m.start - 40), m.start)],
                    key=lambda m: m.start)
    # (a sea named after a country is no territory of it: "ke Laut Jepang", "di Laut China Selatan")
    places = [m for m in mentions if m not in actors and m.kind == "place" and _root(m, entities) is not None
              and not _SEA.search(text, max(0, m.start - 12), m.start)
              and not _CURRENCY.search(text, max(0, m.start - 24), m.start)
              and not _GOODS_FROM.search(text, max(0, m.start - 24), m.start)]
    return actors, places


def _received(text: str, ts: int, te: int, before: list[Mention], after: list[list[Mention]],
              clause_start: int) -> tuple[list[Mention], list[Mention]] | None:
    """Receiving a call or visit reverses the roles: the caller/visitor is the source."""
    if after and _RECEIVED_BY.match(text[te : after[0][0].start]):
        giver = next((g for g in after[1:] if _DARI.match(text[after[0][-1].end : g[0].start])), None)
        if giver is not None:
            return giver, after[0]
    if before and _RECEIVE.search(text[max(clause_start, ts - 30) : ts]) and after:
        gap = text[te : after[0][0].start]
        if _DARI.match(gap) or _GENITIVE_GAP.match(gap or " "):
            return after[0], before
    return None


def _speaker(text: str, sent: Sentence, te: int, clause_start: int, actors: list[Mention]) -> list[Mention]:
    """Who says the clause: the actor after a speech tag that follows it («…», kata X), else
    the subject of the sentence's matrix clause before a complement (X mengatakan bahwa …)."""
    tag = _SPEECH_TAG.search(text, te, sent.end)
    if tag is not None:
        after = _groups([m for m in actors if m.start >= tag.end()], text)
        if after and after[0][0].start - tag.end() <= 60:
            return after[0]
    if clause_start > sent.start and _COMPLEMENT.search(text, sent.start, clause_start):
        before = _groups([m for m in actors if m.end <= clause_start], text)
        if before:
            return before[0]
    return []


def _subject_groups(text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, clause_start: int,
                    actors: list[Mention]) -> tuple[list[list[Mention]], bool, bool] | None:
    """The actor groups that may be the trigger's subject, before it in its clause (not inside a relative clause,
    an envoy's host, a coordinated verb's object or an oblique phrase), else a quote's speaker or the sentence
    subject: (groups, fallback: not found in the clause, spoken: a quote's speaker); None: the subject is a
    relative clause's antecedent that is no actor."""
    in_clause = [m for m in actors if clause_start <= m.start and m.end <= ts]
    fallback = not in_clause
    before = in_clause or [m for m in actors if m.end <= ts]
    # actors inside a relative clause ("milisi yang didukung Iran") do not govern the main verb
    groups_before = [g for g in _groups(before, text) if not _RELATIVE.search(text[max(0, g[0].start - 30) : g[0].start])] \
        or _groups(before, text)
    # "Dubes RI untuk Kerajaan Belanda, X mengundang": the host country modifies the envoy
    groups_before = [g for g in groups_before if not _ENVOY_TO.search(text[max(0, g[0].start - 50) : g[0].start])] \
        or groups_before
    if not fallback and groups_before and _COORD_VP.match(text[groups_before[-1][-1].end : ts]) \
            and _HAS_VERB.search(text[clause_start : groups_before[-1][0].start]):
        # "Kita mendukung Palestina dan mengutuk …": that group is the first verb's object;
        # the coordinated verb shares the first verb's subject
        groups_before = groups_before[:-1]
        if not groups_before:
            fallback = True
    if not fallback and len(groups_before) >= 2 and _COORD_TAIL.search(text[max(clause_start, ts - 24) : ts]) \
            and not _HAS_VERB.search(text, clause_start, groups_before[0][0].start) \
            and _HAS_VERB.search(text, groups_before[0][-1].end, groups_before[-1][0].start):
        # "Hamas memberi Israel waktu …, dan memperingatkan …": the later groups are the first verb's
        # objects; the coordinated verb phrase shares the clause subject
        groups_before = groups_before[:1]
    elif not fallback and len(groups_before) >= 2 and _SUBORD_TAIL.search(text[max(clause_start, ts - 30) : ts]) \
            and (_VERBAL.match(form) or _SUBORD_LIGHT.search(text, max(clause_start, ts - 30), ts)) \
            and not _HAS_VERB.search(text, clause_start, groups_before[0][0].start) \
            and _HAS_VERB.search(text, groups_before[0][-1].end, groups_before[-1][0].start):
        # "Otoritas Kamboja akan memindahkan para WNI ke Phnom Penh sebelum melakukan deportasi": a clause
        # with no subject of its own after "sebelum/setelah/sambil" shares the main clause's subject; the
        # later groups are the first verb's objects
        groups_before = groups_before[:1]
    if not fallback and groups_before:
        # "pendukung buat Palestina … mendesak Israel": an oblique phrase is not the subject
        # (but "kepada seluruh WNI yang berencana melakukan kunjungan": the relative clause's own subject)
        direct = [g for g in groups_before if not _OBLIQUE.search(text[max(0, g[0].start - 30) : g[0].start])
                  or re.match(r"\s*yang\b", text[g[-1].end : g[-1].end + 8], re.IGNORECASE)
                  or (_WITH_SUBJECT.search(text[max(0, g[0].start - 30) : g[0].start])
                      and _ADVERBS_ONLY.fullmatch(text, g[-1].end, ts) is not None)]
        if not direct:
            # "Dalam rapat kerja dengan Komisi II DPR RI, Basuki sempat meminta …": the frame's comma ends the
            # oblique phrase, and the name after it (joined to it as one comma group) is the subject
            direct = _after_frame(text, clause_start, ts, groups_before[-1])
        if not direct:
            fallback = True
        groups_before = direct
    elif fallback and groups_before and _ANAPHOR.match(text[clause_start:ts]):
        # "Ia mengatakan kepada Rusia, Jepang … bahwa dia bersedia …": the addressees of the earlier clause are
        # not the pronoun's referent (anaphora gives it below)
        groups_before = [g for g in groups_before
                         if not _OBLIQUE.search(text[max(0, g[0].start - 30) : g[0].start])]
    if fallback and _COMMA_YANG.search(text, max(sent.start, clause_start - 12), clause_start):
        # "resolusi Dewan Keamanan PBB, Desember lalu, yang mengecam …": the antecedent is the subject
        antecedent = [g for g in _groups([m for m in actors if m.end <= clause_start], text)
                      if clause_start - g[-1].end <= 40]
        if antecedent:
            groups_before, fallback = antecedent[-1:], False
    if fallback and _REL_SUBJECT.search(text, max(clause_start, ts - 40), ts) \
            and not (trig.mode == "arrest" and form.startswith("di")
                     and _HUMAN_SUBJECT.search(text, max(clause_start, ts - 50), ts)):
        return None  # "laporan grup ultra-nasionalis yang melempari batu": the relative's antecedent is no actor
    spoken = False  # the subject is a quote's speaker, not a clause subject
    if fallback:
        # a quote's speaker: "«Kita mendukung Palestina», kata Ketua PAN X" / "…, ujar Menlu X"
        tag = _SPEECH_TAG.search(text, te, sent.end)
        speaker = [g for g in _groups([m for m in actors if tag is not None and m.start >= tag.end()], text)
                   if tag is not None and g[0].start - tag.end() <= 60][:1]
        if speaker:
            groups_before = speaker
            spoken = True
        elif groups_before:
            groups_before = groups_before[:1]  # "X mengatakan bahwa mereka …": the sentence subject
    return groups_before, fallback, spoken


def _implicit_subject(text: str, sent: Sentence, form: str, ts: int, te: int, clause_start: int, src: list[Mention],
                      passive: bool, context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                      duals: tuple[tuple[Mention, ...], tuple[Mention, ...]], lead: tuple[Mention, ...],
                      voice: Mention | None,
                      roles: tuple[Mention, ...]) -> tuple[list[Mention], bool, re.Match[str] | None]:
    """A subject not named in the clause: the previous sentence's subject a verb-initial sentence continues, the
    referent of an anaphor ("mereka", "kedua negara"), the quote's speaker for "kami/saya", a case party named by
    role: (source, anaphoric, the anaphor's match)."""
    anaphoric = False
    ana = _ANAPHOR.match(text[clause_start:ts]) if not src and not passive and context[0] else None
    if ana is None and not src and not passive and lead and _VERBAL.match(form) and not form.startswith("di") \
            and clause_start == sent.start and _ZERO_SUBJECT.fullmatch(text, sent.start, ts) \
            and not _LATER_SUBJECT.search(text, te, sent.end):
        # "Juga menyuarakan agar Israel …": the previous sentence's subject (as "Ia juga menyuarakan …"); not a
        # fronted participle whose subject follows ("Berbicara di Bahrain …, Menteri Pertahanan AS …")
        src = list(lead)
        anaphoric = True
    if ana is not None:
        # "kedua negara" = the previous event's source and target; "mereka"/"dia" = its source
        dual = duals[1] if ana["dual"] and "negara" in ana["dual"].lower() else duals[0]
        src = list(dual) if ana["dual"] else list(context[0])
        anaphoric = True
    if not src and not passive and voice is not None and (_FIRST_PERSON.match(text, clause_start, ts)
                                                          or _first_person_far(text, clause_start, ts)
                                                          or _OWN_SUBJECT_FORM.match(form)):
        # "«Kami juga mengucapkan selamat kepada Pemerintah Republik Indonesia …»": the quote's speaker
        src = [voice]
        anaphoric = True
    if not src and not passive:
        # (sixteenth pass) "Karena itu, para terdakwa mencari investor dan meminta bantuan kepada …", "pelaku
        # mengancam akan …": a case party named by role, the subject a few words before the verb
        role = next((m for m in reversed(roles) if clause_start <= m.start and m.end <= ts
                     and _ROLE_TO_VERB.fullmatch(text, m.end, ts) and not _FAR_VP_STOP.search(text, m.end, ts)), None)
        if role is not None:
            src = [role]
            anaphoric = True
    return src, anaphoric, ana


def _near_after(text: str, form: str, te: int, after: list[Mention]) -> list[list[Mention]]:
    """The actor groups after the trigger that may be its object or partner: in its own clause, near it, not
    inside a purpose, topic or next verb phrase; an "antara X dengan Y" pair joined; none when a clitic "-nya"
    is the object."""
    groups_after = _groups(after, text)
    # a ", yang …" relative clause describes the object; actors inside it are not the target
    # deep inside a purpose or content clause ("mengimbau agar aksi massal digelar untuk menentang
    # pengumuman Presiden AS") an actor is that clause's, not the trigger's; its subject right after
    # the conjunction ("mendesak agar Israel menghentikan") still is the addressee
    verbal0 = bool(_VERBAL.match(form))
    near_after = [g for g in groups_after if not re.search(r";|\.\s|,\s*yang\b", text[te : g[0].start])
                  and g[0].start - te <= 120 and not _DEEP_CLAUSE.search(text, te, g[0].start)
                  and not _TOPIC_PREP.search(text, max(te, g[0].start - 40), g[0].start)
                  and not (verbal0 and _NEXT_VP.search(text, te, g[0].start))
                  and not _BACKED_BY.search(text, max(te, g[0].start - 40), g[0].start)]
    if len(near_after) > 1 and _ANTARA.match(text[te : near_after[0][0].start]) \
            and _DENGAN_PAIR.fullmatch(text, near_after[0][-1].end, near_after[1][0].start):
        # "pertemuan antara Presiden Prabowo dengan Presiden Xi", "MoU antara BUMN Rusia, Rostec, dengan BUMN
        # Indonesia": the news' "antara X dengan Y" names one pair, as "antara X dan Y" does
        near_after = [near_after[0] + near_after[1], *near_after[2:]]
    if _VERBAL.match(form) and " " not in form and text[te - 3 : te].lower() == "nya" and not form.endswith("nya") \
            and not (form.startswith("di") and any(_OLEH.search(text[te : g[0].start]) for g in near_after)):
        # "AS secara resmi mengakuinya …": the clitic is the object (but "Dengan ditolaknya usulan itu oleh
        # Banggar": a passive's -nya nominalises it, and its agent follows after "oleh")
        near_after = []
    return near_after


def _genitive(text: str, trig: Trigger, form: str, near_after: list[list[Mention]],
              gap0: str) -> list[Mention] | None:
    """The agent of an act noun named right after it as its genitive ("pengakuan AS atas Yerusalem", "kunjungan
    Menlu AS ke Korsel"), if any: not a patient ("pengusiran diplomat India") nor the cause defended ("Aksi Bela
    Palestina")."""
    is_gen = bool(near_after) and bool(_GENITIVE_GAP.match(gap0 or " ")) and not _NOT_GENITIVE.search(gap0) \
        and all(w.lower() in _GENITIVE_MODS for w in _WORDS.findall(gap0)) \
        and trig.mode not in _PATIENT_MODES  # "pengusiran diplomat India": India is expelled, not expelling
    if is_gen and trig.type == "PROTEST" and _FOR_NOUNS.search(form):
        is_gen = False  # "Aksi Bela Palestina": Palestine is defended, not protesting
    if is_gen and trig.type not in _AGENTIVE_NOUNS:
        # "pengakuan AS atas Yerusalem", "dukungan Turki terhadap Qatar": agent, then the theme;
        # "kunjungan Menlu AS Rex Tillerson ke Korsel, China, dan Jepang": the visitor, then where to
        between = text[near_after[0][-1].end : near_after[1][0].start] if len(near_after) > 1 else ""
        is_gen = (len(near_after) > 1 and bool(_THEME.match(between))) \
            or (trig.mode == "visit" and bool(_TO_DEST.match(text, near_after[0][-1].end))) \
            or (trig.symmetric and len(near_after) > 1 and bool(_PARTNER_GAP.fullmatch(between)))
        # ("pertemuan Prabowo dengan Presiden Xi", "perundingan Israel dengan Hamas": one party, then the other)
    return near_after[0] if is_gen else None


def _passive_roles(text: str, trig: Trigger, ts: int, te: int, src: list[Mention], near_after: list[list[Mention]],
                   places: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A passive's (source, target): its agent after it ("oleh X", "digempur Israel", "dari pihak X") acts on its
    subject before it."""
    agent = next((g for g in near_after if _OLEH.search(text[te : g[0].start])), None)
    if agent is None and near_after and _BARE_AGENT.match(text[te : near_after[0][0].start]):
        agent = near_after[0]  # "terus digempur Israel": the agent may follow without "oleh"
    if agent is None:
        # "tidak diizinkan masuk ke Gaza dari pihak Israel": an agent "dari pihak X"
        agent = next((g for g in near_after if _FROM_SIDE.search(text[max(te, g[0].start - 12) : g[0].start])
                      and (g[0].text.lower().startswith("pihak ") or text[:g[0].start].rstrip().endswith("pihak"))),
                     None)
        if agent is not None and not src and trig.type in _TERRITORIAL:
            # no actor subject ("kebutuhan pokok … tidak diizinkan masuk ke Gaza"): the territory's owner
            src = next(([m] for m in places if te <= m.start < agent[0].start
                        and re.search(r"\b(?:ke|di)\s+$", text[max(te, m.start - 4) : m.start])), [])
    # (a patient before "bahwa" is another clause's subject: "X menilai bahwa pelanggaran itu seharusnya
    # dijatuhi sanksi" does not sanction X)
    outside = bool(src) and bool(_THAT_BETWEEN.search(text, src[-1].end, ts))
    src = [m for m in src if not (_TAG_BEFORE.search(text[max(0, m.start - 48) : m.start])
                                  and text[m.end : ts].lstrip().startswith(","))]
    return agent or [], ([] if outside else src)


def _pairs(sent: Sentence, trig: Trigger, form: str, src_actors: tuple[Actor, ...], tgt_actors: tuple[Actor, ...],
           places: list[Mention], entities: dict[str, Entity], voice: Mention | None, via_antara: bool,
           dengan: bool) -> list[tuple[Actor, Actor | None]]:
    """The (source, target) pairs: each side on the other ("saling"), a multilateral meeting's host to each
    participant, coordinated actors acting together, else every source with every target."""
    pairs: list[tuple[Actor, Actor | None]]
    if form.startswith("saling") and not tgt_actors and len(src_actors) >= 2:
        # "Israel dan Hamas saling menyalahkan": each side acts on the other
        pairs = [(a, b) for a in src_actors for b in src_actors if a.key != b.key]
    elif trig.symmetric and len({a.root for a in src_actors}) >= 3 and not via_antara \
            and (not tgt_actors or not dengan):
        # "pertemuan 6 negara New Zealand, Australia, Indonesia, …": a multilateral meeting is one event from
        # its host to each other participant (the guide), not every pair of them; the host is the member
        # where it meets, else the quote's speaker's, else Indonesia as the reporting side, else the first
        where = {_root(m, entities) for m in places if sent.start <= m.start < sent.end}
        host = next((a for a in src_actors if a.root in where), None) \
            or next((a for a in src_actors if voice is not None and a.root == _root(voice, entities)), None) \
            or next((a for a in src_actors if a.root == "IDN"), None) or src_actors[0]
        pairs = [(host, b) for b in src_actors if b.root != host.root]
    elif trig.symmetric and len(src_actors) >= 2 and not via_antara and (not tgt_actors or not dengan):
        # "Trump dan Moon … akan terus bekerja sama": the coordinated actors act together
        pairs = [(a, b) for i, a in enumerate(src_actors) for b in src_actors[i + 1 :] if a.root != b.root]
    else:
        pairs = [(a, b) for a in src_actors for b in (tgt_actors or (None,))]
    return pairs
