"""Whether a trigger is an act here: where its clause begins, the contexts that say it is none (a purpose, a condition of
a threat, a habit, a prayer, a title, an example, a threat's or request's content, a denied act), trigger forms in a
non-event sense, and coded events dropped as none (a denied accusation, a share, an administrative act)."""

from __future__ import annotations

import re

from warta.events._arguments import _sector
from warta.events._event import CodedEvent
from warta.events._patterns import _CLEARED, _COUNTED, _CROWD_SECTORS, _ENVOY_TO, _HUMAN_OBJECT, _VERBAL
from warta.events.lexicon import EventLexicon, Trigger
from warta.model import Entity, Mention, Sentence

# an accusation noun denied by its target: "Moskow terus menampik tudingan keterlibatan …" (Moscow is accused)
_DENY_BEFORE = re.compile(r"\b(?:menampik|membantah|menepis|menyangkal|menolak)\s+(?:semua\s+|seluruh\s+|segala\s+)?$",
                          re.IGNORECASE)

# an appeal to one's own nationals: "mengimbau kepada seluruh Warga Negara Indonesia", "meminta warganya"
_OWN_CITIZENS = re.compile(r"\s+(?:kepada\s+)?(?:(?:seluruh|semua|para)\s+)?(?:WNI|warga\s+negara|warganya|"
                           r"warga\s+negaranya|rakyatnya|diaspora)\b", re.IGNORECASE)

# a share of a total: "menyumbang 11,1%", "menyumbang sekitar 30 persen"
_SHARE = re.compile(r"\s+(?:sekitar\s+|hampir\s+|lebih\s+dari\s+)?[\d.,]+\s*(?:%|persen)", re.IGNORECASE)

# the press as the object of criticism: "mengkritik berita-berita yang …", "mengecam pemberitaan media"
_MEDIA_OBJECT = re.compile(r"\s+(?:(?:para|sejumlah|beberapa|banyak)\s+)?(?:berita|pemberitaan|media|wartawan|jurnalis|"
                           r"artikel|tayangan)(?:-\w+)?\b(?!\s+[A-Z])")

_CLAUSE_BREAK = re.compile(
    r"(?:[;:]|[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\s[-–—]\s|\b(?i:menurut|kata|(?:seperti\s+)?dikutip(?:\s+dari)?|dilansir(?:\s+(?:dari|dalam|oleh))?|melalui|lewat)\s[^,;:]{1,80},|,\s*(?:yang|namun|tetapi|sedangkan|sementara|setelah|sebelum|karena|sehingga|ketika|saat)\b"
    r"|\b(?:bahwa|agar|supaya|kata|ujar|ucap|tutur|jelas|ungkap)\b)"
)

# a prayer is no request: "meminta kepada Allah", "mengajak para jemaah mendoakan Palestina"
# (fifteenth pass: and asking for prayers, "meminta doa dan dukungan", "minta mohon doakan kami")
_PRAYER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:kepada\s+(?:allah|tuhan)|(?:untuk\s+)?(?:mendoakan|berdoa|doakan|"
                     r"didoakan|doa)\b)", re.IGNORECASE)

_PLANNED_MATERIAL = frozenset({"AID", "MOBILIZE", "RETREAT"})

_PLAN_NOUN = re.compile(r"\b(?:rencana|mekanisme|kemungkinan|program|siap|bersiap|berencana|sepakat|setuju|"
                        r"bersedia|memutuskan|keputusan)\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)

# purpose and complement clauses state intentions, not events: "untuk membahas", "agar tidak menggagalkan"
_PURPOSE = re.compile(r"\b(?:untuk|guna|demi|agar|supaya|bertujuan|bermaksud|persiapan)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

# generic habitual claims are not events (the guide: "Sudah ratusan kali Hamas menyerang Israel")
_HABITUAL = re.compile(r"\b(?:puluhan|ratusan|ribuan)\s+kali\b|\b(?:telah|sudah|sejak)\s+lama\b|\bbertahun-tahun\b",
                       re.IGNORECASE)

# "Macron kerap mengundang pendahulunya": what an actor often does is a habit, not an event (the guide, section 1);
# but "kerap menuding PBB" is criticism voiced again, an accusation the gold codes
_OFTEN = re.compile(r"\b(?:kerap(?:\s+kali)?|sering(?:\s+kali)?|acap(?:\s+kali)?|biasanya|lazimnya|selalu)\s+"
                    r"(?:[\w-]+\s+)?$", re.IGNORECASE)

# a sentence about any such act or time is generic: "Setiap langkah yang diambil AS, yang mengakui …, akan memicu …"
_GENERIC_LEAD = re.compile(r"\W*(?:setiap|tiap|segala)\s+(?:hari|minggu|pekan|bulan|tahun|kali|langkah|upaya|tindakan|"
                           r"keputusan|kebijakan|serangan)\b", re.IGNORECASE)

# the content of a threat, promise, vow or request is not an act of its own: "mengancam akan memperluas
# invasi", "bersumpah memulangkan", "meminta Myanmar memulangkan", "ancaman pemotongan bantuan"
_CONTENT_OF = re.compile(
    r"\b(?:mengancam|ancaman|berjanji|bersumpah|janji|meminta|mendesak|menyerukan|mengimbau|menuntut|mengajak|"
    r"memohon|memerintahkan|tuduhan|tudingan|dakwaan|dituduh|didakwa"
    # (sixteenth pass) a request told in the passive: what the one asked is asked to do is not done ("KPK didesak
    # segera menahan tersangka", "Polri diminta mengusut tuntas kasus itu", "diminta menemui Bupati")
    r"|diminta|didesak|diimbau|diperintahkan|diinstruksikan)(?:\s+(?:[\w-]+)){0,4}\s+$", re.IGNORECASE)

# an order for a deployment, an arrest or a strike told by its noun right after the verb is that act, by who ordered
# it ("Panglima TNI memerintahkan pengerahan personel", "memerintahkan penangkapan para pelaku"); an order to someone
# to act ("memerintahkan pasukan untuk menyerang") stays the content of the order
_ORDERED = re.compile(r"\b(?:memerintahkan|menginstruksikan)\s+$", re.IGNORECASE)

_ORDERED_ACTS = frozenset({"MOBILIZE", "COERCE", "ASSAULT"})

# a court's ruling that the accused stay in detention is that detention ("Memerintahkan Terdakwa tetap ditahan"),
# not the content of an order still to be carried out
_KEPT_DETAINED = re.compile(r"\bmemerintahkan\s+(?:para\s+)?(?:terdakwa|tersangka|terpidana)(?:\s+[A-Z][\w-]*){0,3}\s+"
                            r"(?:untuk\s+)?tetap\s+$", re.IGNORECASE)

# ("menyusul", "pasca", "usai", "seusai", "sesudah": an act after them is what the content followed, sixteenth pass:
# "Ancaman Korut ini dilontarkan menyusul latihan militer bersama antara AS dan Korsel")
_CONTENT_STOP = re.compile(r"[,;:]|\b(?:dan|serta|lalu|kemudian|namun|tetapi|yang|karena|setelah|sebelum|menyusul|pasca|"
                           r"usai|seusai|sesudah)\b", re.IGNORECASE)

# a verb coordinated with that content, with no subject of its own, is content too: "mengancam akan meluncurkan
# serangan nuklir ke Korea Selatan dan AS, dan menghancurkan Seoul", "meminta Israel menghentikan serangan dan
# menarik pasukannya" (the threat or the request is the event)
_CONTENT_HEAD = re.compile(r"\b(?:mengancam|berjanji|bersumpah|meminta|mendesak|menyerukan|menuntut|"
                           r"memerintahkan)\s+(?:akan\s+|agar\s+|supaya\s+)?", re.IGNORECASE)

_COORD_BEFORE = re.compile(r"(?:,\s*)?\b(?:dan|serta)\s+(?:juga\s+|akan\s+)?$", re.IGNORECASE)

_CHAIN_BREAK = re.compile(r"[;:\"“”]|\b(?:yang|namun|tetapi|tapi|sementara|karena|setelah|sebelum|ketika|saat|sedangkan|"
                          r"sehingga|kemudian|lalu|bahwa)\b", re.IGNORECASE)

# "it is time to …": what follows is done, not intended
_NOW_IS_TIME = re.compile(r"\b(?:saatnya|waktunya|waktu\s+yang\s+tepat|saat\s+yang\s+tepat)\s*$", re.IGNORECASE)

# an example of what is meant, not an act: "semisal mengutuk Israel"
_EXAMPLE = re.compile(r"\b(?:semisal|misalnya|contohnya|umpamanya)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# agreeing with someone's opinion: "sepakat dengan Netanyahu bahwa …"
_OPINION = re.compile(r"(?:\s+dengan\s+(?:[\w-]+,?\s+){1,5})?\s*bahwa\b", re.IGNORECASE)

# a warning of what is, not a threat of what will be done: "memperingatkan bahwa ratusan ribu pengungsi masih …"
_WARN_THAT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?bahwa\b(?P<rest>[^.;]*)", re.IGNORECASE)

_FUTURE = re.compile(r"\b(?:akan|bakal|jika|kalau|bila|apabila)\b", re.IGNORECASE)

# a verb phrase coordinated inside a purpose clause is a purpose too: "keputusan AS untuk memindahkan kedutaan
# besarnya ke Yerusalem dan secara sepihak mengakui …"
_PURPOSE_COORD = re.compile(r"\b(?:untuk|guna|demi|agar|supaya)\s+(?:me|ber|di)[a-z]{3,}\s+(?:[\w-]+\s+){0,7}dan\s+"
                            r"(?:(?:secara\s+[\w-]+|juga|pun|turut|akan|segera|kemudian)\s+){0,3}$", re.IGNORECASE)

# an act noun as what a reason or cause explains: "alasan di balik protes …", "penyebab serangan itu"
# (not the reason for leaving an act undone, which tells that it is undone: "KPK mengungkapkan alasan belum menahan
# Kusnadi" is a negated arrest)
_REASON_OF = re.compile(r"\b(?:alasan|penyebab|pemicu|motif|latar\s+belakang)\s+(?:(?:di\s*balik|dari|atas)\s+)?"
                        r"(?:(?!(?:belum|tidak|tak)\b)[\w-]+\s+){0,1}$", re.IGNORECASE)

# a quoted title, slogan or inscription: 'diberi judul, "…"', 'bertuliskan "…"'
_TITLED = re.compile(r"\b(?:berjudul|diberi\s+judul|bertajuk|bertuliskan|berbunyi|bertema)\s*,?\s*[\"“'‘][^\"”'’]*$",
                     re.IGNORECASE)

# a trigger inside a conditional clause ("apabila Hamas terus menolak usulan"); "jika terpilih maka AS akan
# mengakui" and "jika tidak, …" end the condition before the trigger
_CONDITION = re.compile(r"\b(?:jika|apabila|bila|kalau|seandainya|andaikan|asalkan)\s+"
                        r"(?!(?:[\w-]+\s+){0,5}?maka\b)(?:[\w-]+\s+){0,5}$", re.IGNORECASE)

# a threat, warning, promise or ultimatum whose content a conditional clause belongs to
_THREAT_FRAME = re.compile(r"\b(?:mengancam|ancaman|memperingatkan|peringatan|berjanji|janji|bersumpah|ultimatum|"
                           r"siap\s+(?:menyerang|menghancurkan|membalas|berperang|menjadikan)|(?:akan|bakal)\s+membalas|"
                           r"tumpukan\s+debu)\b", re.IGNORECASE)

# the content clause of a denial: "membantah bahwa …", "menyangkal tuduhan bahwa …"
_DENIED = re.compile(r"\b(?:membantah|menyangkal|menepis|dibantah|disangkal|ditepis|tidak\s+benar)\s+"
                     r"(?:[\w-]+\s+){0,2}?bahwa\s*$", re.IGNORECASE)

# a coordinated clause after the denied content: ", dan menyalahkan para pemberontak"
_COORD_BREAK = re.compile(r"[,;]\s*(?:dan|serta|lalu|namun|tetapi)\b", re.IGNORECASE)


_ETHICS_CODE = re.compile(r"\b(?:etik|etika|KEPP|pedoman\s+perilaku|DKPP|MKMK|MKD|[Dd]ewan\s+[Ee]tik|"
                          r"[Mm]ajelis\s+[Kk]ehormatan|[Dd]ewan\s+[Kk]ehormatan|[Mm]ahkamah\s+[Kk]ehormatan)\b")


_ACCUSED_PARTY = re.compile(r"\b(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?(?:\s+(?:sampai|hingga|dan|,)\s+"
                            r"(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?)*[\s,]+(?:(?:secara\s+bersama-sama|"
                            r"telah|juga|jelas)\s+)*$", re.IGNORECASE)


def _ethics_finding(text: str, sent: Sentence, ts: int, te: int) -> bool:
    """Whether a "terbukti melanggar" is an ethics council's finding rather than a court's conviction."""
    return bool(_ETHICS_CODE.search(text, sent.start, sent.end)) \
        or bool(_ACCUSED_PARTY.search(text, max(sent.start, ts - 80), ts))


# a nominal trigger counts when a light verb makes it predicate ("melancarkan serangan") …
_LIGHT_VERB = re.compile(
    r"\b(?:melakukan|mengadakan|menggelar|melancarkan|memberikan|memberi|menjatuhkan|meluncurkan|melanjutkan|"
    r"mengirimkan|mengirim|menyampaikan|mengumumkan|memulai|menerima|melayangkan|mengajukan|membuat|terus|"
    r"mengeluarkan|melontarkan|menyuarakan|meningkatkan|memperluas|menggencarkan|mengintensifkan|menyatakan|"
    r"menegaskan|menunjukkan|terlibat|terlibat\s+dalam|menyelesaikan|merampungkan|menuntaskan|"
    # who orders an act is its source ("Panglima TNI memerintahkan pengerahan personel", "memerintahkan serangan")
    r"memerintahkan|menginstruksikan)"
    r"\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)


# (sixteenth pass) verbs that impose, tighten or extend a sanction, embargo or blockade told by its noun: the
# clause's subject imposes it ("DK PBB menambah sanksi bagi Korea Utara", "Kejaksaan Agung mengenakan sanksi kepada
# …", "menerapkan embargo minyak terhadap Korea Utara"); only for these nouns ("menambah bantuan sosial" is not)
_SANCTION_VERB = re.compile(r"\b(?:mengenakan|menerapkan|memperketat|memperberat|menambah|memperpanjang)"
                            r"\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)


# (seventeenth pass) verbs of taking part in a protest told by its noun: the clause's subject protests too ("Beth
# mengaku mengikuti demo di New York", "pekerja kereta api ikut bergabung dalam demonstrasi", "ikut aksi bela
# Palestina", "tujuh juta orang menghadiri protes"); only for PROTEST nouns ("mengikuti rapat" is no protest)
_JOINED_VERB = re.compile(r"\b(?:mengikuti|ikut|ikut\s+serta\s+dalam|ikut\s+dalam|turut\s+dalam|turut\s+serta\s+dalam|"
                          r"bergabung\s+dalam|bergabung\s+dengan|ikut\s+bergabung\s+dalam|ikut\s+bergabung\s+dengan|"
                          r"menghadiri|hadir\s+dalam|hadir\s+di)"
                          r"\s+$", re.IGNORECASE)
# … not in a relative clause that describes someone by it ("Ruiz, seorang rapper yang ikut unjuk rasa, tewas
# ditembak": background, and the clause's subject is another's)
_JOINED_WHO = re.compile(r"\byang\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# (sixteenth pass) what follows the one reported when "melaporkan" tells news about them: a predicate
_REPORTED_NEWS = re.compile(r"\s*,?\s*(?:telah|akan|sudah|sedang|tengah|masih|baru|tidak|tak|belum|bahwa|"
                            r"(?:me|ber|ter)[a-z]{3,})\b")


def _reported_person(text: str, te: int, src: list[Mention], tgt: list[Mention], entities: dict[str, Entity]) -> bool:
    """A named person reported to the authorities ("Ridwan Kamil melaporkan Lisa Mariana setelah …"), not a person
    or a country the news is about ("AFP melaporkan Korea Utara menembakkan …": a predicate follows; a news outlet
    tells it), nor the one told ("melaporkan kepada Jokowi atas terpilihnya …": the name right after the verb)."""
    if text[te : tgt[0].start].strip() or any(_sector(m, entities) in ("MED", "JRN") for m in src):
        return False
    ent = entities.get(tgt[0].key)
    if ent is None or ent.kind != "person":
        return False
    return _REPORTED_NEWS.match(text, max(m.end for m in tgt)) is None


def _wrong_sense(lex: EventLexicon, low: str, form: str, start: int, end: int) -> bool:
    """A trigger form used in its non-event sense, told by the words around it (fifteenth pass)."""
    if form.startswith(("terbukti", "dinyatakan bersalah")):
        return bool(_CLEARED.search(low, max(0, start - 40), start))
    return lex.wrong_sense(low, form, start, end)


def _light_verb(text: str, trig: Trigger, start: int, ts: int) -> bool:
    """A verb before an act noun that makes the clause's subject its agent ("melancarkan serangan"; for a
    sanction, embargo or blockade also "menambah sanksi", "menerapkan embargo": sixteenth pass; for a protest
    "mengikuti demo", "bergabung dalam aksi": seventeenth pass)."""
    before = text[start:ts]
    return bool(_LIGHT_VERB.search(before)) \
        or ((trig.type == "SANCTION" or trig.id == "blokade") and bool(_SANCTION_VERB.search(before))) \
        or (trig.type == "PROTEST" and bool(_JOINED_VERB.search(before)) and not _JOINED_WHO.search(before))


# ---- sixteenth pass: requests, refusals, meetings, support
# the purpose an urged actor is pushed to: "mendorong Polresta Denpasar dan pihak terkait untuk mengkaji …"
_PUSHED_TO = re.compile(r"[^.;:!?\"“”]{0,80}?\b(?:untuk|agar|supaya)\b", re.IGNORECASE)


# the words that may stand between the urging subject and "mendorong" ("Gus Ipul juga mendorong …")
_PUSH_GAP = re.compile(r"\s*(?:(?:juga|pun|terus|akan|telah|sudah|kembali|sebelumnya|sempat|langsung|turut|pula|"
                       r"kemudian|lantas|justru|bahkan|tetap)\s+){0,3}", re.IGNORECASE)


_PUSH_PRONOUN = re.compile(r"\b(?:ia|dia|beliau|pihaknya|kami|kita|saya)\s+(?:(?:juga|pun|terus|akan|telah|sudah|"
                           r"kembali|sebelumnya|sempat|langsung|turut|pula|tetap)\s+){0,3}$", re.IGNORECASE)


def _pushed(text: str, sent: Sentence, ts: int, te: int, actors: list[Mention]) -> bool:
    """(sixteenth pass) "X mendorong Y untuk/agar …" is an appeal only when X, an actor or a pronoun, stands right
    before the verb: a cause or a trend that pushes someone ("kebijakan baru Cina yang kemudian mendorong Trump untuk
    …", "Pola ini mendorong partai politik untuk …") is no act of the actor named in it."""
    if _PUSHED_TO.match(text, te, sent.end) is None:
        return False
    last = max((m for m in actors if sent.start <= m.start and m.end <= ts), key=lambda m: m.end, default=None)
    if last is not None and _PUSH_GAP.fullmatch(text, last.end, ts):
        return True
    return _PUSH_PRONOUN.search(text, sent.start, ts) is not None


def _clause_start(text: str, sent: Sentence, ts: int, actors: list[Mention]) -> int:
    """Where the trigger's clause begins (after the last clause break before it): its subject is sought there."""
    clause_start = sent.start
    for cb in _CLAUSE_BREAK.finditer(text, sent.start, ts):
        if any(m.start < cb.start() < m.end for m in actors):
            continue  # a dash inside a name ("Moon Jae - in") breaks no clause
        clause_start = cb.end()
    return clause_start


def _purpose(text: str, sent: Sentence, trig: Trigger, ts: int) -> tuple[bool, bool]:
    """A trigger in a purpose clause is no act of its own ("untuk membahas …"): (vetoed, intended), where
    ``intended`` is the planned material act of a plan or mechanism, coded planned."""
    purpose = _PURPOSE.search(text, max(sent.start, ts - 60), ts) \
        or _PURPOSE_COORD.search(text, max(sent.start, ts - 100), ts)
    if purpose is not None and _NOW_IS_TIME.search(text, max(sent.start, purpose.start() - 30), purpose.start()):
        purpose = None  # "sekarang saatnya untuk secara resmi mengakui …": the act itself, now
    envoy = purpose is not None and bool(_ENVOY_TO.search(text, max(sent.start, purpose.start() - 50),
                                                          purpose.start() + len("untuk "))) \
        and bool(text[purpose.start() + len("untuk ") : ts].strip())  # "Dubes X untuk meminta": a purpose
    if purpose is not None and not envoy \
            and not (trig.type in _PLANNED_MATERIAL and _PLAN_NOUN.search(text, max(sent.start, purpose.start() - 40),
                                                                             purpose.start())):
        # "untuk membahas …" (but not "Duta Besar X untuk Mesir mengundang …"); a plan or mechanism
        # for material help or deployment is that act, planned ("mekanisme … untuk mengirimkan bantuan")
        return True, False
    return False, purpose is not None and trig.type in _PLANNED_MATERIAL  # a plan's purpose: not yet done


def _no_act(text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int, clause_start: int,
            actors: list[Mention]) -> bool:
    """The trigger's context says it is no act here: a condition of a threat, a habit or generic statement, a
    prayer, a cause, a title, a reason's topic, an example, a shared opinion, a warning, a denied act, the content
    of a threat or request, or a coordinated verb inside that content."""
    cond = _CONDITION.search(text, max(clause_start, ts - 60), ts)
    if cond is not None and not trig.reported and _THREAT_FRAME.search(text, sent.start, cond.start()):
        # "Israel mengancam akan memperluas invasi apabila Hamas terus menolak usulan": the condition is part
        # of the threat's content (the guide: the threat is asserted), not an act; a bare conditional act
        # stays an event, hypothetical (the guide's modality table)
        return True
    if _HABITUAL.search(text, clause_start, ts) or _GENERIC_LEAD.match(text, sent.start, ts) \
            or (trig.type != "ACCUSE" and _OFTEN.search(text, max(clause_start, ts - 30), ts)):
        return True
    if trig.type == "REQUEST" and _PRAYER.match(text, te):
        return True  # "meminta kepada Allah SWT agar …", "mengajak para jemaah mendoakan Palestina": a prayer
    if trig.id == "dorong" and not _pushed(text, sent, ts, te, actors):
        return True  # (sixteenth pass) "kebijakan baru Cina yang kemudian mendorong Trump untuk …": a cause
    if _TITLED.search(text, max(sent.start, ts - 150), ts):
        return True  # 'Iklan itu diberi judul, "Lorde dan Selandia Baru menolak Suriah …"': a title, not an act
    if _REASON_OF.search(text, max(clause_start, ts - 30), ts):
        return True  # "alasan di balik protes mogok makan tersebut": the act is the topic of a reason
    if _EXAMPLE.search(text, max(clause_start, ts - 30), ts):
        return True  # "semisal mengutuk Israel": an example of what is meant
    if trig.type == "AGREE" and _VERBAL.match(form) and _OPINION.match(text, te):
        return True  # "sepakat dengan Netanyahu bahwa …": sharing an opinion, not an agreement
    if trig.type == "THREATEN" and form.startswith("memperingatkan"):
        warn = _WARN_THAT.match(text, te, sent.end)
        if warn is not None and not _FUTURE.search(warn["rest"]):
            return True  # "memperingatkan bahwa … masih hidup di tempat terbuka": a warning, no threat
    if _DENIED.search(text, max(sent.start, clause_start - 60), clause_start) \
            and not _COORD_BREAK.search(text, clause_start, ts):
        return True  # "membantah bahwa pasukan keamanan melakukan pembakaran": what is denied is no act
    content = _CONTENT_OF.search(text, max(clause_start, ts - 50), ts)
    if content is not None and trig.type not in ("REQUEST", "THREATEN") \
            and not (trig.type == "REJECT" and form.startswith("di")) \
            and not _CONTENT_STOP.search(text, content.start() + 3, ts) \
            and not (trig.type in _ORDERED_ACTS and not _VERBAL.match(form)
                     and _ORDERED.search(text, max(clause_start, ts - 30), ts)) \
            and not (trig.mode == "arrest" and _KEPT_DETAINED.search(text, max(clause_start, ts - 50), ts)):
        return True  # "mengancam akan memperluas invasi": what is threatened, not done
    if trig.type not in ("REQUEST", "THREATEN") and _VERBAL.match(form) \
            and _COORD_BEFORE.search(text, max(sent.start, ts - 16), ts) is not None:
        head = max(_CONTENT_HEAD.finditer(text, max(sent.start, ts - 200), ts), key=lambda h: h.start(),
                   default=None)  # the nearest head before the coordinated verb
        if head is not None and not _CHAIN_BREAK.search(text, head.end(), ts):
            return True  # the second verb of a threat's or a request's content: no act of its own
    return False


def _dropped(text: str, sent: Sentence, ce: CodedEvent, trig: Trigger, form: str, ts: int, te: int) -> bool:
    """No event after all: an accusation denied, a share of a total, criticism of the press, a crowd's act done
    by others, a role noun with no party."""
    if trig.type == "ACCUSE" and not _VERBAL.match(form) and _DENY_BEFORE.search(text, max(sent.start, ts - 25), ts) \
            and all(m.end <= ts for m in ce.source_mentions):
        return True  # the denier is the accused, and the accuser is not named here (the denial is the REJECT)
    if trig.type == "AID" and _SHARE.match(text, te):
        return True  # "AS menyumbang 11,1% emisi dunia": a share of a total, no donation
    if trig.type in ("ACCUSE", "REJECT") and not ce.targets and _MEDIA_OBJECT.match(text, te):
        return True  # "mengkritik berita-berita yang …": criticism of the press, no actor's act (guide §1)
    if trig.crowd and not all(a.sector in _CROWD_SECTORS and a.person is None for a in ce.sources):
        return True  # "polisi menutup jalan", "Ketua DPR menyampaikan aspirasi": a crowd's act done by others
    # a role noun ("menjadi mediator") is an act only between parties named with it
    return trig.needs_target and not ce.targets and not (trig.mode == "arrest" and _HUMAN_OBJECT.match(text, te))


def _administrative(text: str, ce: CodedEvent, trig: Trigger, te: int) -> bool:
    """A domestic administrative act or private travel, or talks with nobody named: not coded."""
    if trig.type == "REQUEST" and ce.sources and _OWN_CITIZENS.match(text, te) \
            and not any(t.root not in {a.root for a in ce.sources} for t in ce.targets):
        return True  # the guide: "an embassy advising its nationals" is a domestic administrative act
    if trig.type == "CONSULT" and ce.sources and all(a.sector == "CVL" for a in ce.sources):
        return True  # "Warga Negara Indonesia yang berencana melakukan kunjungan": private travel
    # a state's talks, calls or visits with nobody named are too vague to code
    return trig.type == "CONSULT" and trig.mode != "multilateral" and not ce.targets and len(ce.sources) == 1 \
        and ce.sources[0].country is not None and not _COUNTED.match(text, te)
