"""Sentence-level event coding over actor mentions.

For each trigger in a sentence: the source is the actor phrase that governs it (the
nearest actor group before it in the clause; the "oleh" agent for passives, whose
grammatical subject is the target), the target the first actor group after it ("dengan"
partners for symmetric verbs, "antara X dan Y" pairs); coordinated actors ("AS, Qatar,
dan Mesir") expand into one event per source-target pair.

Precision over recall: a trigger without an identifiable source actor is not an event
(GDELT's failure is coding generic and background statements), and countries named as
locations ("di Gaza", "ke Washington") are not actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from warta.events.lexicon import EventLexicon, Trigger
from warta.model import Actor, Entity, Mention, Modality, Sentence

# "X, Y dan Z", "AS (Amerika)", and a set with members named: "Israel dan para pendukungnya, termasuk AS"
_COORD = re.compile(r"^[\"”“]?\s*(?:,\s*(?:dan|serta)?|dan|serta|&|maupun|-|–|/|\(|\)\s*(?:,\s*)?(?:dan|serta)?"
                    r"|dan\s+(?:para\s+)?(?:mediator|penengah)(?:nya)?"
                    r"|(?:dan\s+(?:para\s+)?(?:pendukung|sekutu|mitra)(?:-\w+)?nya)?,?\s*(?:termasuk|seperti|yakni|yaitu))\s*[\"“]?$")
_CLAUSE_BREAK = re.compile(
    r"(?:[;:]|[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\s[-–—]\s|\b(?i:menurut|kata|(?:seperti\s+)?dikutip(?:\s+dari)?|dilansir(?:\s+(?:dari|dalam|oleh))?|melalui|lewat)\s[^,;:]{1,80},|,\s*(?:yang|namun|tetapi|sedangkan|sementara|setelah|sebelum|karena|sehingga|ketika|saat)\b"
    r"|\b(?:bahwa|agar|supaya|kata|ujar|ucap|tutur|jelas|ungkap)\b)"
)
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
_OBJECT_NAME = re.compile(r"\s+(?:(?:kota|desa|wilayah|kawasan|distrik|provinsi|kamp(?:\s+pengungsi)?)\s+)?"
                          r"(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")
# what a crowd protests against: "menentang kebijakan Trump", "memprotes serangan Israel", "anti-Israel"
_AGAINST = re.compile(r"\b(?:menentang|memprotes|mengecam|mengutuk|melawan|terhadap|anti-?)\s*", re.IGNORECASE)
# a crowd's place: "di Jakarta", "di seluruh wilayah AS", "di depan Kedubes AS di Jakarta"
_IN_PLACE = re.compile(r"\b(?:di|ke)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)
_SEA = re.compile(r"\b(?:laut|selat|teluk|samudra|samudera|perairan)\s+$", re.IGNORECASE)
_LAUNCH = re.compile(r"(?:meluncurkan|menembakkan)\b", re.IGNORECASE)
_WATERS_OF = re.compile(r"\b(?:zona\s+ekonomi\s+eksklusif|ZEE|perairan|lepas\s+pantai|laut)\s+(?:[\w-]+\s+){0,1}$",
                        re.IGNORECASE)
# private people named by their origin ("pekerja asal Indonesia", "WNA asal Rusia"): civilians of that country
_CIVIL_FROM = re.compile(r"\b(?:warga|wna|turis|wisatawan|pelancong|pekerja|buruh|mahasiswa|pelajar|tersangka|terpidana|"
                         r"narapidana|napi|tahanan|buronan|tki|pmi|jemaah|jamaah|abk|awak|pelaut|pelaku|"
                         r"korban|pria|wanita|perempuan|nelayan|imigran|migran|atlet|pemain|penyanyi|warganegara)"
                         r"(?:\s+[\w-]+){0,2}\s+(?:dari|asal)\s+$", re.IGNORECASE)
# lower-case "di/ke" only: a sentence-initial "Di Gaza, Israel …" names the subject after the comma
_LOC_APPOSITION = re.compile(r"\b(?:di|ke)\s+(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s*$")
_RECEIVED_BY = re.compile(r"^\s+yang\s+(?:di)?terima\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_RECEIVE = re.compile(r"\bmenerima\s+$", re.IGNORECASE)
_DARI = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,3}?dari\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OLEH = re.compile(r"\boleh\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DENGAN = re.compile(r"\b(?:dengan|bersama)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)
# "dengan menempatkan AS sebagai mediator": a manner clause, not a partner
_DENGAN_VERB = re.compile(r"\b(?:dengan|bersama)\s+(?:me|di)[a-z]{3,}\b", re.IGNORECASE)
# a nominal symmetric act with its partner: "pertemuan (pertama) dengan X", "penandatanganan MoU dengan X"
_DENGAN_NEAR = re.compile(r"^\s+(?:[\w()-]+\s+){0,4}?(?:dengan|bersama)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)
# a sentence opening with the trigger noun ("Pertemuan di Washington …", "Dalam pertemuan itu …")
_OPENING = re.compile(r"^\W*(?:(?:dalam|pada|selama)\s+)?$", re.IGNORECASE)
# the words after a sentence-initial noun up to its predicate, for the modality ("… akan berfokus")
_PREDICATE = re.compile(r"(?:\s+[\w-]+){1,4}")
# a predicate telling that the meeting takes place: "akan berfokus", "berlangsung", "digelar"
_OCCURS = re.compile(r"\b(?:akan|dijadwalkan|berlangsung|digelar|diadakan|dilaksanakan|dilangsungkan|dimulai|"
                     r"berakhir|bakal|telah|sudah)\b", re.IGNORECASE)
# up to a few words before a sentence's subject ("Sementara itu, Presiden AS …", "Pemerintah Israel …")
_SUBJECT_LEAD = re.compile(r"^\W*(?:[\w-]+,?\s+){0,4}$")
# (sixteenth pass) a subject after a fronted phrase and its comma: "Sementara menyangkut utang proyek Whoosh, Luhut
# sendiri mengaku heran …" (what a next "ia" refers to)
_FRAMED_SUBJECT_LEAD = re.compile(r"^\W*[^\W\d][^,.;:!?\"“”]{2,80},\s*$")
# a counted, unnamed object: "menghubungi lima negara", "mengundang sejumlah negara"
_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+|"
                      r"beberapa|sejumlah)\s+negara\b", re.IGNORECASE)
# an object referring back to an act: "mengecam tindakan tersebut", "menolak keputusan itu"
_THAT_ACT = re.compile(r"\s+(?:tindakan|keputusan|langkah|kebijakan|usulan|usul|rencana|pernyataan|resolusi|sanksi|"
                       r"serangan|tuduhan|tudingan|ancaman|seruan|tawaran|pemungutan\s+suara|voting|putusan|pengumuman)"
                       r"(?:\s+[\w-]+)?\s+(?:tersebut|itu|ini)\b",
                       re.IGNORECASE)
# a sentence-initial frame whose subject follows the comma: "Dalam pertemuan dengan X …, Y mengatakan"
_FRAME = re.compile(r"^\W*(?:dalam|pada|saat|selama|usai|seusai|setelah|sesudah)\s+(?:[\w-]+\s+){0,2}$",
                    re.IGNORECASE)
_ANTARA = re.compile(r"^\s*(?:[\w-]+\s+){0,2}antara\s+(?:[\w-]+\s+){0,3}[\"“]?$", re.IGNORECASE)
# a verb or noun that ends or suspends what follows it ("menangguhkan kerja sama", "pembekuan perjanjian")
_SUSPENDED = re.compile(r"\b(?:menangguhkan|penangguhan|menghentikan|penghentian|memutus(?:kan)?|pemutusan|membekukan|"
                        r"pembekuan|mengakhiri|membatalkan|pembatalan|keluar\s+dari|menarik\s+diri\s+dari)\s+"
                        r"(?:[\w-]+\s+){0,1}$")
# the public or a crowd addressed as such ("mengimbau seluruh masyarakat untuk …", "meminta publik untuk sabar",
# "meminta semua peserta berlapang dada"): an appeal to the public, no state addressed (the guide: target null)
_THE_PUBLIC = re.compile(r"\s+(?:kepada\s+)?(?:(?:seluruh|semua|segenap|para|setiap|kalangan)\s+)?(?:masyarakat|publik|"
                         r"warga|rakyat|umat|peserta|pendukung|kader|relawan|simpatisan|pemilih|penonton|pengunjung|"
                         r"generasi|anak\s+muda|pemuda|orang\s+tua)\b", re.IGNORECASE)
_DENGAN_PAIR = re.compile(r",?\s+dengan\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"\byang\s+(?:[\w-]+\s+){1,2}(?:oleh\s+)?$", re.IGNORECASE)
_REL_PASSIVE = re.compile(r"\byang\s+(?:(?:juga|telah|sudah|pernah|sedang|disebut|selama\s+ini|sebelumnya)\s+){0,2}$",
                          re.IGNORECASE)
# protest forms a state uses towards another state
_NOTE_FORMS = re.compile(r"(?:nota\s+)?protes|memprotes(?:\s+keras)?|aksi\s+protes", re.IGNORECASE)
# leaving an accord or a body, not a place: "menarik diri dari kesepakatan iklim Paris"
_ACCORDS = r"(?:kesepakatan|perjanjian|pakta|traktat|program|organisasi|keanggotaan|kemitraan|konvensi|protokol|kerangka|" \
           r"kesepahaman|perundingan|aliansi|koalisi|TPP|NAFTA|UNESCO|Dewan\s+HAM)"
_FROM_ACCORD = re.compile(r"\s+(?:secara\s+resmi\s+)?dari\s+(?:[\w-]+\s+){0,2}?" + _ACCORDS + r"\b", re.IGNORECASE)
_IN_ACCORD_NAME = re.compile(r"\b" + _ACCORDS + r"\b(?:\s+(?!dengan\b|antara\b|bersama\b|dan\b)[\w-]+){0,3}\s+$",
                             re.IGNORECASE)
_DELIVER = re.compile(r"\b(?:menyampaikan|melayangkan|mengirim(?:kan)?|mengajukan|melontarkan|menyatakan|memasukkan|"
                      r"menyerahkan)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TO_ADDRESSEE = re.compile(r"\s+(?:keras\s+|resmi\s+)?(?:(?:soal|atas|terkait|tentang|mengenai)\s+(?:[\w-]+\s+){1,4}?)?"
                           r"(?:ke|kepada|terhadap)\s+(?:pemerintah(?:an)?\s+)?", re.IGNORECASE)
# an accusation noun denied by its target: "Moskow terus menampik tudingan keterlibatan …" (Moscow is accused)
_DENY_BEFORE = re.compile(r"\b(?:menampik|membantah|menepis|menyangkal|menolak)\s+(?:semua\s+|seluruh\s+|segala\s+)?$",
                          re.IGNORECASE)
# a visit's destination right after its visitor: "kunjungan Presiden Jokowi ke Singapura"
_TO_DEST = re.compile(r"\)?\s+(?:resmi\s+|kenegaraan\s+)?ke\s+[A-Z]")
# nominalisations whose following genitive is their agent ("serangan Israel", "kecaman Indonesia");
# for the others it is the beneficiary or theme ("dukungan Palestina", "bantuan Gaza")
_AGENTIVE_NOUNS = frozenset({"ASSAULT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE", "REJECT",
                             "MOBILIZE", "PROTEST"})
# nominalised acts whose following genitive is the patient: "pengusiran diplomat India", "penangkapan warga X"
_PATIENT_MODES = frozenset({"expel", "arrest", "release", "abduct"})
_NOT_GENITIVE = re.compile(r"\b(?:antara|dengan|terhadap|kepada|atas|ke|dari|di|untuk|buat|bagi|bahwa)\b", re.IGNORECASE)
# "tudingan bahwa Doha mendukung terorisme": the accused of a content clause after an accusation noun
_THAT = re.compile(r"^\s+bahwa\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a new clause between an act's agent and a later actor: "serangan Hamas … meski ada resolusi PBB"
_LATER_CLAUSE = re.compile(r"\b(?:meski(?:pun)?|walau(?:pun)?|yang|setelah|sebelum|karena|sehingga|ketika|saat|namun)\b"
                           r"|[;:]", re.IGNORECASE)
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
# (sixteenth pass) a first person further from its verb, still the clause's subject: after a fronted phrase ended by
# a demonstrative or after a conjunction ("Atas laporan-laporan itu kita berharap Polda …", "…, dan saya minta
# terus"), or with a coordinated verb phrase between ("Kami di Komisi III sangat terkejut dan mengecam …", "Ke depan
# kita akan tetap mengawal …, menuntut agar aparat …"); not a possessive ("klien kita") nor in a relative ("yang
# kita laporkan"), and no other clause or person between it and the verb
_FIRST_PERSON_FAR = re.compile(
    r"(?:^\W*(?:[\w-]+,?\s+){0,3}?|(?:,|\b(?:dan|tapi|tetapi|namun|jadi|maka|sehingga|lalu|kemudian|itu|ini|tersebut"
    r"|pun|nah|sekarang|kini|tadi|nanti))\s+)(?:kami|kita|saya|aku)\s+(?P<vp>(?:[\w-]+,?\s+){0,9})$", re.IGNORECASE)
_FAR_VP_STOP = re.compile(r"\b(?:kami|kita|saya|aku|ia|dia|beliau|mereka|anda|kalian|yang|bahwa|agar|supaya|jika|kalau"
                          r"|bila|apabila|karena|sebab|ketika|saat|setelah|sebelum)\b", re.IGNORECASE)
_SPEECH_TAG = re.compile(r"[,\"”’]\s*(?:kata|ujar|ucap|tutur|ungkap|tegas|jelas|imbuh|tambah|jawab)(?:nya)?\b", re.IGNORECASE)
# a sentence that is one quotation and nothing else: «Jika tidak, Israel akan membayar mahal …».
_BARE_QUOTE = re.compile(r"\s*[\"“][^\"“”]+[\"”]\s*[.!?]?\s*")
_COMMA_YANG = re.compile(r",\s*yang\s*$", re.IGNORECASE)
_ENVOY_TO = re.compile(r"\b(?:dubes|duta\s+besar|kedubes|kedutaan(?:\s+besar)?|utusan|perwakilan|konsul(?:at)?)\b"
                       r"(?:\s+[\w-]+){0,4}\s+untuk\s+(?:kerajaan\s+|republik\s+|negara\s+)?$", re.IGNORECASE)
_LOC_ORG = re.compile(r"\b(?:[Dd]i|[Kk]e)\s+(?:[A-Z][\w-]*\s+)?$")
# a complement clause of a speech or cognition verb: "mengatakan bahwa", "menyebut bahwa", "menuding"
_COMPLEMENT = re.compile(
    r"\b(?:(?:me(?:ngatakan|nyatakan|nyebut|negaskan|ngklaim|nuduh|nuding|ngungkapkan|nilai|mperingatkan)|bahwa)\b"
    r"|\b(?:kata|ujar|ucap|tutur|ungkap|tegas|jelas)(?:nya)?\b)", re.IGNORECASE)
# a dateline after the place opening an article: "Jakarta, CNN Indonesia - - ", "ISTANBUL - ", "Jakarta, Kompas.com -- "
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+[-–—](?:\s?[-–—])?\s")
# acts one named person or body does with another of its own country that are domestic events (the guide, section 1:
# acts between actors are coded; a state's dealings with its own citizens are not)
_BETWEEN_BODIES = frozenset({"SANCTION", "CONSULT", "SUPPORT", "AGREE"})
# agreements count between one country's state bodies only ("Kapolri … nota kesepahaman dengan Menteri Lingkungan
# Hidup"), not between private people or companies; cooperation between bodies of one country stays uncoded (a blind
# set's summary gained a false positive with it, and the iteration sets code it doubtful at most)
_BETWEEN_STATE_BODIES = frozenset({"AGREE"})
_COMPANY = re.compile(r"(?:PT|CV|Tbk|Koperasi|Yayasan)\b")
# "pemerintah Netanyahu", "pemerintahan Prabowo-Gibran", "rezim Assad": a leader's name standing for the government
_GOVERNMENT_OF = re.compile(r"\b(?:pemerintah(?:an)?|rezim|kabinet)\s+$", re.IGNORECASE)
# an addressee named right after the act ("menuntut pemerintah Netanyahu …"): when it is of the actor's own country
# the coder drops it as a target, but it still fills the slot, so no counterpart is carried over
_OWN_ADDRESSEE = re.compile(r"\s+(?:(?:kepada|terhadap|pada|agar|supaya|pemerintah(?:an)?|rezim|kabinet|pihak)\s+){0,2}",
                            re.IGNORECASE)
# acts of force, and the verbal acts that talk about them (an investigation of an act looks into it on the victims'
# behalf: "Yordania akan menginterogasi petugas keamanan Israel yang menewaskan dua warganya")
_MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_WORDS_ABOUT = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "PROTEST"})
# a state's mission abroad, and being at it ("di depan Kedubes AS", "ke Konsulat Jenderal Australia")
_MISSION = re.compile(r"(?:Kedutaan(?:\s+Besar)?|Kedubes|Konsulat(?:\s+Jenderal)?|Konjen|KJRI|KBRI)\b")
_AT_MISSION = re.compile(r"\b(?:depan|luar|di|ke|menuju|mendatangi|mengepung)\s+$", re.IGNORECASE)
_PARTNER_GAP = re.compile(r"\s+(?:dengan|bersama)\s+", re.IGNORECASE)
_THEME = re.compile(r"^\s+(?:[\w-]+\s+){0,3}(?:atas|terhadap|kepada|untuk|bagi)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TERRITORY = re.compile(r"\b(?:di|ke)\s+(?:[a-z]+\s+){0,3}?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")
_COORD_VP = re.compile(r"^[\s,]*(?:dan|serta|lalu|kemudian|sekaligus|dengan)\s+(?:(?:juga|pun|turut|ikut|tidak|tak|akan|belum|"
                       r"telah|sudah|masih|terus|tetap|pernah)\s+){0,3}$", re.IGNORECASE)
_HAS_VERB = re.compile(r"\b(?:me|ber|di)[a-z]{3,}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_WORDS = re.compile(r"\w+")
_TERRITORIAL = frozenset({"ASSAULT", "COERCE"})
# a predicate saying an act noun took place: "pembicaraan … telah berlangsung", "serangan itu dilakukan",
# "serangan 7 Oktober yang menewaskan" (an optional ", yang …," relative clause in between)
_NOUN_OCCURS = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:,\s*yang[^,.;]{0,80},)?\s+(?:yang\s+)?(?:(?:telah|sudah|juga|kembali|sedang|terus|"
    r"pun|itu|ini|tersebut)\s+){0,2}(?P<verb>berlangsung|digelar|diadakan|dilakukan|dilancarkan|diluncurkan|"
    r"terjadi|dimulai|dilaksanakan|dilangsungkan|menewaskan|melukai|menyebabkan)\b", re.IGNORECASE)
_ANTARA_AT = re.compile(r"\b[Aa]ntara\s+")
# a sentence whose subject is the previous act: "Hal itu memicu kecaman dari …", "Langkah tersebut menuai …"
_ACT_ANAPHOR = re.compile(r"\W*(?:hal|langkah|keputusan|kebijakan|tindakan|pengumuman|rencana)\s+(?:itu|ini|tersebut)\b",
                          re.IGNORECASE)
# an unnamed, generic object ("menuduh negara produsen minyak", "mengecam beberapa pihak"): no carried target
_GENERIC_OBJECT = re.compile(r"\s+(?:(?:para|sejumlah|beberapa|semua|seluruh|banyak)\s+)?"
                             r"(?:negara|pihak|kelompok|orang|kalangan)(?:-\w+)?\s+(?![A-Z])")
# a visit to a site, not to a state ("mengunjungi kawasan perairan di sekitar Kepulauan Natuna"): no counterpart is
# carried over from earlier sentences
_SITE_VISITED = re.compile(r"\s+(?:kawasan|wilayah|daerah|lokasi|perairan|pulau|kepulauan|pangkalan|markas|kamp|"
                           r"desa|pabrik|proyek|pasar|sekolah|rumah\s+sakit|korban|posko)\b", re.IGNORECASE)
# an appeal with no addressee before its content is made to the public (the guide: target null)
_PUBLIC_APPEAL = re.compile(r"\s+(?:agar|supaya|untuk|kepada\s+(?:semua|seluruh|masyarakat|warga|umat|publik))\b",
                            re.IGNORECASE)
_DEEP_CLAUSE = re.compile(r"\b(?:agar|supaya|untuk|guna|demi|asalkan|jika|apabila|kalau|bila|selama\s+(?:tidak|tak|belum))"
                          r"\s+(?:[\w-]+\s+){3,}")
# reactions aimed at whoever acted last when the sentence names no target
_REACTIONS = frozenset({"SANCTION", "ACCUSE"})
# negotiation triggers whose refusal ("tidak akan pernah berunding", "enggan bernegosiasi") is a REJECT
_TALKS = frozenset({"berunding"})
_REFUSAL = re.compile(r"\b(?:tidak|tak|tidak\s+mau|enggan|ogah)\s+(?:akan\s+)?(?:pernah\s+)?(?:mau\s+)?$",
                      re.IGNORECASE)
# a visit noun naming its destinations: "tur regional yang juga mencakup Israel dan Mesir", "lawatan ke Qatar"
_VISIT_DEST = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:yang\s+)?(?:juga\s+)?(?:mencakup|meliputi|ke)\s+$", re.IGNORECASE)
# an appeal to one's own nationals: "mengimbau kepada seluruh Warga Negara Indonesia", "meminta warganya"
_OWN_CITIZENS = re.compile(r"\s+(?:kepada\s+)?(?:(?:seluruh|semua|para)\s+)?(?:WNI|warga\s+negara|warganya|"
                           r"warga\s+negaranya|rakyatnya|diaspora)\b", re.IGNORECASE)
# a call as the medium of its subject's talk: "X dan Y lewat panggilan telepon …"
_VIA = re.compile(r"\b(?:lewat|melalui|via)\s+$", re.IGNORECASE)
# "nobody" before the act, its relative clause the act itself: "tidak ada yang protes", "tak seorang pun yang …"
_NOBODY = re.compile(r"\b(?:tidak|tak|tiada)\s+(?:ada\s+)?(?:lagi\s+)?(?:seorang\s+pun\s+|satu\s+pun\s+|pihak\s+)?"
                     r"yang\s+(?:(?:akan|bisa|dapat|berani|mau|ingin|secara\s+terbuka)\s+)?$", re.IGNORECASE)
# a relative or consequence clause has its own modality: "… tidak akan mencopot detektor logam sehingga memicu
# bentrokan" (the clash happened)
_OWN_SCOPE = re.compile(r"\b(?:yang|sehingga|hingga|akibatnya|karenanya)\b", re.IGNORECASE)
# a prayer is no request: "meminta kepada Allah", "mengajak para jemaah mendoakan Palestina"
# (fifteenth pass: and asking for prayers, "meminta doa dan dukungan", "minta mohon doakan kami")
_PRAYER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:kepada\s+(?:allah|tuhan)|(?:untuk\s+)?(?:mendoakan|berdoa|doakan|"
                     r"didoakan|doa)\b)", re.IGNORECASE)
# the object "negara tersebut" refers back to the other country named before in the sentence
_OBJECT_BACK = re.compile(r"\s+(?:negara|pemerintah|pihak)\s+(?:tersebut|itu)\b", re.IGNORECASE)
# willingness before a talks verb makes it an offer: "siap berunding", "bisa duduk dan berdialog"
_OFFER = re.compile(r"\b(?:siap|bersedia|bisa|dapat|mau|terbuka\s+untuk)\s+(?:(?:untuk|duduk|dan|kembali|segera)\s+){0,3}$",
                    re.IGNORECASE)
_PLANNED_MATERIAL = frozenset({"AID", "MOBILIZE", "RETREAT"})
_PLAN_NOUN = re.compile(r"\b(?:rencana|mekanisme|kemungkinan|program|siap|bersiap|berencana|sepakat|setuju|"
                        r"bersedia|memutuskan|keputusan)\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "SPY"})
_COOPERATIVE = frozenset({"AID", "SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT"})
_NON_STATE = frozenset({"REB", "OPP", "INS", "CVL", "REF"})
_STATE = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
_LAW = frozenset({"JUD", "COP", "LEG"})
# acts a country's own people or armed groups aim at its state
_UPWARD = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "REQUEST", "COERCE", "ASSAULT"})
_CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# a guest named right after a hosting verb: "menjamu Presiden Prancis", "menerima delegasi Jepang"
# (thirteenth pass: "menerima pengurus PBNU", "perwakilan", "jajaran", "pimpinan" — a body's officers as the guest)
_ADJACENT = re.compile(r"\s+(?:(?:para|rombongan|delegasi|tim|pengurus|perwakilan|jajaran|pimpinan|sejumlah|beberapa|"
                       r"agar|supaya|kepada|\d+|satu|dua|tiga|"
                       r"empat|lima|enam|"
                       r"tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|orang|seorang)\s+){0,3}", re.IGNORECASE)
_THAT_BETWEEN = re.compile(r"\b(?:bahwa|agar|supaya)\b", re.IGNORECASE)
# "adik ipar Presiden Joko Widodo tersebut terbukti …": the person named is the kin, not the one concerned
_RELATIVE_OF = re.compile(r"\b(?:adik|kakak|istri|suami|anak|ipar|ayah|ibu|keponakan|menantu|mertua|paman|bibi|cucu|"
                          r"pengacara|kuasa\s+hukum|ajudan|sopir|asisten)\s+$", re.IGNORECASE)
# a clause or purpose between an act and a place: the place is not the act's scene
# a list of lower-case common nouns joined by commas and a last "dan/serta": "darat, laut dan udara"
_NOUN_LIST = re.compile(r"\b[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?(?:,\s*[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)+,?\s+(?:dan|serta)\s+[a-z]")
# a request's object asked "from" a state: "meminta pengiriman pelatih dari Tanah Air" (no verb in the object)
_ASKED_OF = re.compile(r"\s+(?:(?!(?:mem|men|ber|ter)[a-z]|di[a-z]{3,}(?:kan|i)\b)[\w-]+\s+){1,3}"
                       r"dari\s+(?:pemerintah(?:an)?\s+|pihak\s+)?", re.IGNORECASE)
# a first verb's addressee and the request coordinated after it: "menyampaikan protes ke Australia serta meminta" (a
# thing sent or delivered to it, not a journey: "bertolak ke Jepang dan meminta masyarakat …")
_SENT_TO = re.compile(r"\b(?:menyampaikan|mengirim(?:kan)?|melayangkan|mengajukan|memberikan)\s+(?:[\w-]+\s+){1,3}"
                      r"(?:ke|kepada)\s+(?:pemerintah(?:an)?\s+|pihak\s+)?$", re.IGNORECASE)
_THEN_ASKS = re.compile(r"\s*,?\s+(?:serta|dan)\s+(?:juga\s+|langsung\s+)?", re.IGNORECASE)
_PURPOSE_WORDS = re.compile(r";|,|\.\s|\b(?:untuk|guna|demi|agar|supaya)\b", re.IGNORECASE)
_PURPOSE_WORDS_AID = re.compile(r";|,|\.\s|\b(?:guna|demi|agar|supaya)\b", re.IGNORECASE)
# the people a protest noun names: "mogok makan tahanan Palestina", "unjuk rasa warga Peru"
_CROWD_OF = re.compile(r"\s+(?:(?:para|ribuan|ratusan|puluhan)\s+)?(?:tahanan|narapidana|warga|rakyat|mahasiswa|pelajar|buruh|"
                       r"pekerja|petani|nelayan|pendukung|demonstran|pengunjuk\s+rasa|aktivis|masyarakat|umat|kaum|"
                       r"pemuda|pengungsi|imigran|migran|penduduk)\s+", re.IGNORECASE)
# nouns for protesters: a protest event, unless they are the subject of another act in the clause
_PROTESTERS = frozenset({"demonstran", "pengunjuk rasa"})
# unnamed people as an object: "menangkap dua orang", "mengamankan tiga orang tersangka", "menahan sejumlah pelaku"
_HUMAN_OBJECT = re.compile(r"\s+(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|kedua|ketiga|keempat|"
                           r"kelima|keenam|belasan|puluhan|"
                           r"ratusan|ribuan|sejumlah|beberapa|para|seorang)\s+)?(?:orang\s+)?(?:orang|tersangka|pelaku|"
                           r"warga|pria|wanita|perempuan|remaja|pemuda|mahasiswa|demonstran|pengunjuk\s+rasa|aktivis|"
                           r"terduga|buronan|pengedar|bandar|terdakwa|terpidana)\b", re.IGNORECASE)
# who a sentence or sanction falls on, by role: "menjatuhkan hukuman mati terhadap terdakwa Bazarsah", "Menjatuhkan
# sanksi pemberhentian dari jabatan … kepada hakim terlapor", "sanksi peringatan keras kepada Teradu VII"
_SANCTIONED = re.compile(r"(?:\s+[\w-]+){0,8}?\s+(?:terhadap|kepada)\s+(?:para\s+|seorang\s+|(?:\d+|dua|tiga|empat|lima|"
                         r"enam)\s+)?(?:terdakwa|terpidana|terlapor|teradu|hakim\s+terlapor|tersangka|pelaku)\b",
                         re.IGNORECASE)
# unnamed people as the subject of a passive: "satu orang lainnya ditangkap", "tiga tersangka diamankan"
_HUMAN_SUBJECT = re.compile(r"\b(?:ketiganya|keduanya|keempatnya|kelimanya|orang|anggota|tersangka|pelaku|"
                            r"pria|wanita|perempuan|remaja|pemuda|terduga|buronan|pengedar|"
                            r"bandar|terdakwa|terpidana)(?:\s+(?:lainnya|lain|itu|tersebut|ini|[A-Z][\w-]*))?\s+(?:(?:yang|juga|telah|sudah|"
                            r"langsung|akhirnya|kemudian|lalu|pun|tetap|belum|tidak|tak|kunjung)\s+){0,3}$", re.IGNORECASE)
# what an arrest noun with nobody named refers to: the people arrested, the arrest told before, or its place
_ARRESTED = re.compile(r"\s+(?:(?:itu|tersebut|ini)\b|(?:terhadap\s+)?(?:[\w-]+\s+){0,2}?(?:orang|tersangka|pelaku|"
                       r"pria|wanita|perempuan|remaja|pemuda|terduga|buronan|pengedar|bandar|warga|mahasiswa|"
                       r"aktivis|demonstran|pengunjuk\s+rasa)\b|di\s+[A-Z])")
# a search told by its noun (fifteenth pass): its own predicate follows ("Penggeledahan dilakukan pada Kamis",
# "penggeledahan ini merupakan …"); not a search framed as a source, a document or a time ("dari hasil
# penggeledahan", "Surat Perintah Penggeledahan", "lokasi penggeledahan", "setelah penggeledahan")
_SEARCH_TOLD = re.compile(r"(?:\s+(?:itu|tersebut|ini))?\s+(?:(?:juga|telah|sudah|pun)\s+)?(?:dilakukan|dilaksanakan|"
                          r"digelar|berlangsung|merupakan)\b", re.IGNORECASE)
_SEARCHED_GAP = re.compile(r"\s+(?:(?:kantor|rumah|kediaman|gedung|ruang\s+kerja)\s+)?", re.IGNORECASE)
# (the subject before it only talks about the search: "angkat bicara soal penggeledahan …", "mengatakan penggeledahan
# ini …")
_SEARCH_TOPIC = re.compile(r"\b(?:soal|terkait|tentang|mengenai|mengatakan|menjelaskan|menyebut|menegaskan|bahwa)\s+$",
                           re.IGNORECASE)
# a judging verb right after a speaker, with the one judged next (fifteenth pass, reported triggers): "KPK menyebut
# Kusnadi menerima …", "KPK menduga Patrialis menerima uang suap …"
_SAYS_OF = re.compile(r"\s+(?:(?:juga|pun|telah|sudah)\s+)?(?:menyebut|menduga|menilai|mengungkap|mengungkapkan|menuding|"
                      r"menuduh)\s+(?:bahwa\s+)?(?:(?:para|saudara|mantan)\s+)?$", re.IGNORECASE)
_SEARCH_FRAME = re.compile(r"\b(?:dari|hasil|lokasi|perintah|izin|surat|saat|selama|usai|setelah|sebelum|pasca|"
                           r"sesudah|ketika)\s+(?:kegiatan\s+|proses\s+)?$", re.IGNORECASE)
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
# a legal remedy whose refusal is told in the passive: "banding …  ditolak", "gugatan mereka ditolak"
_LEGAL_REMEDY = re.compile(r"\b(?:banding|kasasi|gugatan(?:nya)?|permohonan(?:nya)?|praperadilan|eksepsi|nota\s+keberatan|"
                           r"pledoi|peninjauan\s+kembali)\b(?:\s+[\w()-]+){0,10}?\s+(?:telah\s+|sudah\s+|juga\s+|kembali\s+|"
                           r"pun\s+|namun\s+)?$", re.IGNORECASE)
# an act done "at the request of" someone: "Kepolisian Prancis menangkap … atas permintaan Serbia"
_ON_REQUEST = re.compile(r"\batas\s+$", re.IGNORECASE)
# an addressee put first: "Kepada Kampus Udayana, kami meminta …"
_FRONTED_ADDRESSEE = re.compile(r"(?:^|[\"“]\s*|\.\s+)(?:[Kk]epada|[Bb]agi|[Uu]ntuk)\s+")
# a share of a total: "menyumbang 11,1%", "menyumbang sekitar 30 persen"
_SHARE = re.compile(r"\s+(?:sekitar\s+|hampir\s+|lebih\s+dari\s+)?[\d.,]+\s*(?:%|persen)", re.IGNORECASE)
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
# a prosecutor's demand for a sentence is a charge: "JPU menuntut lima terdakwa … dengan hukuman 3 bulan penjara"
_SENTENCE_DEMAND = re.compile(r"[^.;]{0,120}?\b(?:terdakwa|tersangka)\b[^.;]{0,120}?\b(?:hukuman|pidana|penjara)\b"
                              r"|[^.;]{0,80}?\bmenjatuhkan\s+(?:pidana|hukuman)\b"
                              # (sixteenth pass) "JPU … yang menuntut 2,5 tahun penjara": a sentence asked in court
                              r"|\s+(?:[\w-]+\s+){0,4}?(?:\d+(?:[,.]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
                              r"sembilan|sepuluh)\s+(?:tahun|bulan)\s+(?:penjara|kurungan)\b", re.IGNORECASE)
# force, weapons and harm: an "attack" with these is physical
_VIOLENCE = re.compile(r"\b(?:tewas|terluka|luka|korban|senjata|pisau|golok|tembak\w*|bom|rudal|roket|pukul\w*|bacok\w*|"
                       r"aniaya|dianiaya|fisik|brutal|bersenjata|pasukan|tentara|militer|polisi|massa|kerusuhan|bentrok\w*|"
                       r"ledakan|drone|udara|darat|desa|kota|pos|markas|kamp|rumah)\b", re.IGNORECASE)
# crowds, students, workers and civilians: their demands with no addressee go to their own state
_CROWD_SECTORS = frozenset({"OPP", "EDU", "LAB", "CVL"})
# civil-society bodies (students' bodies, unions, NGOs: session 11) whose rally addresses their own state
_CIVIL_BODIES = frozenset({"EDU", "LAB", "NGO"})
# acts of unrest whose unnamed side a story of protests implies (see EventCoder._unrest)
_UNREST_MODES = frozenset({"crowd-control", "sideAB", "martial-law", "curfew"})
# passive charges: "ditetapkan tersangka", "dijerat pasal", "dikenakan pasal 368 KUHP", "disangkakan", "didakwa",
# "diduga / disebut menerima"; and questioning undergone ("menjalani pemeriksaan di Polda", "diperiksa sebagai saksi")
# and reported to the police with the charge and no complainant named ("AL juga dilaporkan karena diduga menyebarkan
# data pribadi"; the unnamed complainant is taken for one of the home country: the roots are what is coded)
_CHARGED = ("dijerat", "dikenakan", "dikenai", "disangka", "didakwa", "diduga menerima", "disebut me", "memenuhi panggilan",
            "memenuhi undangan klarifikasi",
            "menjalani pemeriksaan", "diperiksa sebagai", "diperiksa penyidik", "dilaporkan atas", "dilaporkan terkait",
            "dilaporkan karena", "diduga melakukan")
_CROWD_DEMANDS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# sanctions whose unnamed target stays within the story's country: "pemerintah mencabut empat IUP" (the companies),
# "NasDem menonaktifkan kadernya" (its legislators)
_HOME_SANCTIONS = frozenset({"cabut-izin", "nonaktifkan"})
# meetings a body holds (thirteenth pass): with the partner after "dengan/bersama" or the fellow bodies before the verb
_PARTNER_ONLY = frozenset({"gelar-rapat"})
_CHARGE = Trigger("tuntut-pidana", "ACCUSE", "allege", "11", False, frozenset())
# acts being prepared are still to come: "tim penuntut umum tengah menyiapkan surat dakwaan" (a planned charge, on the
# suspects implied: see _implied_people)
_PREPARED = frozenset({"siapkan-dakwaan"})
# an arrest's charge told after it ("ditangkap atas dugaan …", "diamankan karena diduga …"): the charge itself
_ARREST_CHARGE = re.compile(r"[^.;:\"“”]{0,70}?\b(?:atas\s+dugaan|karena\s+diduga|atas\s+tuduhan|dengan\s+tuduhan|"
                            r"terkait\s+dugaan)\b", re.IGNORECASE)
# an ethics council's finding (fifteenth pass, ethics councils): "terbukti melanggar/melakukan pelanggaran" told of an
# ethics code ("kode etik", "etik berat", "pedoman perilaku", "KEPP", a council named in the sentence) or of the
# accused of a complaint ("Teradu terbukti …", "Hakim terlapor terbukti …"); a court's "terbukti melanggar Pasal …"
# of a defendant stays a conviction
_ETHICS_FINDING = Trigger("temuan-etik", "ACCUSE", "disapprove", "11", False, frozenset())
_FOUND_FORMS = ("terbukti melanggar", "terbukti melakukan pelanggaran")
_ETHICS_CODE = re.compile(r"\b(?:etik|etika|KEPP|pedoman\s+perilaku|DKPP|MKMK|MKD|[Dd]ewan\s+[Ee]tik|"
                          r"[Mm]ajelis\s+[Kk]ehormatan|[Dd]ewan\s+[Kk]ehormatan|[Mm]ahkamah\s+[Kk]ehormatan)\b")
_ACCUSED_PARTY = re.compile(r"\b(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?(?:\s+(?:sampai|hingga|dan|,)\s+"
                            r"(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?)*[\s,]+(?:(?:secara\s+bersama-sama|"
                            r"telah|juga|jelas)\s+)*$", re.IGNORECASE)


_CONSIDERED = re.compile(r"\bmempertimbangkan\s+$", re.IGNORECASE)


def _ethics_finding(text: str, sent: Sentence, ts: int, te: int) -> bool:
    """Whether a "terbukti melanggar" is an ethics council's finding rather than a court's conviction."""
    return bool(_ETHICS_CODE.search(text, sent.start, sent.end)) \
        or bool(_ACCUSED_PARTY.search(text, max(sent.start, ts - 80), ts))


_ARREST_ALLEGE = Trigger("tangkap-atas-dugaan", "ACCUSE", "allege", "11", False, frozenset())
# a case moved to the investigation stage, witnesses questioned: by the authorities named ("oleh Tim Penyidik"), else
# those of the story's country, on the people reported (implied): "laporan di Polrestabes Palembang sudah naik ke tahap
# penyidikan", "penyidik telah memeriksa 45 orang saksi"
_STAGED = frozenset({"naik-sidik", "periksa-saksi"})
_BARE_AGENT = re.compile(r"^\s*(?:pasukan\s+|militer\s+|tentara\s+)?$", re.IGNORECASE)
_NOT_PASSIVE = frozenset({"dialog", "diskusi", "diplomasi"})
# fifteenth pass: a visit, meeting or talks as the subject of "menghasilkan/membuahkan" (its outcome) right before an
# agreement noun ("Kunjungan kenegaraan Presiden RI ke Singapura menghasilkan kesepakatan kerja sama …")
_TALKS_YIELD = re.compile(r"\b(?:kunjungan|lawatan|pertemuan|pembicaraan|perundingan|negosiasi|dialog|mediasi|ktt)\b"
                          r"[^.;:\"“”]{0,120}?\b(?:menghasilkan|membuahkan)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a verb form (meN-, di-, ber-, ter-, saling …); anything else is a nominalisation or noun
_VERBAL = re.compile(r"^(?:me|di|ber|be|ter|saling|sepakat|setuju|tiba|akan|mundur|duduk|tak|tidak|minta|protes|turun|jadi|"
                     r"naik"
                     # (sixteenth pass) a form with its first-person subject ("saya tantang", "kami tantang") and a
                     # predicate of objecting ("saya keberatan untuk jawab", "enggan menjawab") are verbs too
                     r"|(?:saya|kami|kita|aku)\s|keberatan\b|enggan\b)")
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
# the words that may stand between an act noun and its agent: manner, kind and weapon ("kecaman keras Indonesia",
# "serangan udara Israel", "serangan roket Hamas"), not another noun whose owner follows ("tudingan ijazah palsu
# Joko Widodo" is about Jokowi, not by him)
_GENITIVE_MODS = frozenset({"keras", "tegas", "resmi", "terbaru", "baru", "terbuka", "langsung", "pertama", "kedua",
                            "terakhir", "besar", "besar-besaran", "udara", "darat", "laut", "militer", "brutal",
                            "mematikan", "sengit", "roket", "rudal", "drone", "bom", "artileri", "lanjutan",
                            "balasan", "terus-menerus", "itu", "ini", "tersebut", "sepihak", "terbesar", "mendadak",
                            "oleh", "konstan", "terus", "berulang", "bertubi-tubi", "intensif", "sporadis", "tajam",
                            "mingguan", "harian", "tahunan", "rutin", "damai", "massal", "akbar", "besar-besar"})
# … or when its agent follows as a genitive within two words ("serangan Israel", "kecaman keras Indonesia")
_GENITIVE_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,2}$")
# purpose and complement clauses state intentions, not events: "untuk membahas", "agar tidak menggagalkan"
_PURPOSE = re.compile(r"\b(?:untuk|guna|demi|agar|supaya|bertujuan|bermaksud|persiapan)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a nominal act as the argument of another predicate is a topic, not an event: "mencerminkan pengakuan AS
# terhadap …", "lewat perundingan antara X dan Y", "terlibat dalam kesepakatan damai antara …"
_TOPIC_OF = re.compile(
    r"\b(?:mencerminkan|menunjukkan|membahas|mengenai|tentang|terkait(?:\s+dengan)?|lewat|melalui|dalam|merupakan|"
    r"kemajuan|kebuntuan|proses|hasil|isi|meja|upaya|usaha|usulan|proposal|draf|rancangan|tawaran|rencana)"
    r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# (sixteenth pass) an accord noun as what is negotiated, drafted, talked about or held is no agreement reached, also
# with its partner after it: "merundingkan perjanjian dagang dengan Indonesia", "menegosiasi kesepakatan bilateral
# dengan AS", "pemungutan suara mengenai kesepakatan kedua dengan Filipina" (the talks are their own CONSULT),
# "Inggris tetap memiliki kesepakatan dengan Uni Eropa" (a standing accord, no act)
_NEGOTIATED = re.compile(
    r"\b(?:menegosiasi(?:kan)?|merundingkan|membahas|menyusun|merancang|menggodok|mengenai|tentang|perihal|"
    r"memiliki|mempunyai)"
    r"\s+(?:(?:kembali|ulang|tentang|mengenai|soal|draf|rancangan|isi)\s+){0,2}$", re.IGNORECASE)
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
# a verb complementing a decision noun names the act decided earlier: "keputusan AS mengakui …",
# "pengumuman keputusan Presiden AS Donald Trump mengakui …" (the act itself is coded where it happens)
_DECISION_OF = re.compile(r"\b(?:keputusan|pengumuman|langkah|kebijakan)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
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
# an arrest not (yet) made, told with no one named: "kenapa belum ditangkap", "namun tak kunjung ditahan"
_NOT_YET_ARRESTED = re.compile(r"\b(?:belum|(?:tak|tidak)\s+kunjung|(?:tak|tidak)\s+juga)\s+(?:juga\s+)?$", re.IGNORECASE)
# a fronted time clause opening the sentence on its verb ("Setelah mengamankan RR itu, Densus 88 melakukan …")
_FRONTED_AFTER = re.compile(r"\W*(?:sebelum|setelah|sesudah|usai|seusai)\s+(?:(?:sempat|berhasil)\s+)?$", re.IGNORECASE)
# (not offenders in general: "Dia melihat banyak pelaku kriminal di sana yang … belum ditangkap kepolisian")
_CASE_PARTY = re.compile(r"(?<!banyak )(?<!sejumlah )(?<!beberapa )(?<!berbagai )"
                         r"\b(?:pelaku|tersangka|terduga|terlapor|buronan)(?:nya)?\b", re.IGNORECASE)
# the person arrested before a police speaker's object-focus verb ("Delapan orang total yang kita tangkap", "Pelaku
# sudah kami amankan"); not an object ("barang bukti yang kami amankan", "peluang yang harus kita tangkap")
_FOCUS_OBJECT = re.compile(r"\b(?:orang|tersangka|pelaku|pria|wanita|perempuan|remaja|pemuda|terduga|buronan|pengedar|"
                           r"bandar|terdakwa)(?:\s+[\w-]+)?\s+(?:(?:yang|sudah|telah|langsung|juga|pun|kemudian|lalu)\s+)"
                           r"{0,2}$", re.IGNORECASE)
_FIRST_PERSON_VERB = re.compile(r"(?:kita|kami)\s", re.IGNORECASE)
# a court's ruling that the accused stay in detention is that detention ("Memerintahkan Terdakwa tetap ditahan"),
# not the content of an order still to be carried out
_KEPT_DETAINED = re.compile(r"\bmemerintahkan\s+(?:para\s+)?(?:terdakwa|tersangka|terpidana)(?:\s+[A-Z][\w-]*){0,3}\s+"
                            r"(?:untuk\s+)?tetap\s+$", re.IGNORECASE)
# a crowd named as a quotation's speaker ('"…!" kata para pengunjuk rasa', '"…," teriak ribuan demonstran')
_TAGGED_CROWD = re.compile(r"[,!?\"”’]\s*(?:kata|ujar|teriak|seru|pekik)\s+"
                           r"(?:para\s+|ribuan\s+|ratusan\s+|sejumlah\s+|massa\s+)?$", re.IGNORECASE)
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
# an act noun's agent introduced by "dari": "kecaman dari seluruh negara di dunia termasuk Indonesia"
_FROM_AGENT = re.compile(r"^\s+(?:[\w-]+\s+){0,1}dari\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# a goal reached "through" another act: that act, not the goal noun, is the event
_MEANS = re.compile(r"\b(?:melalui|lewat|dengan\s+cara)\b", re.IGNORECASE)
# protest nouns whose genitive is the beneficiary, not the protester: "Aksi Bela Palestina"
_FOR_NOUNS = re.compile(r"\b(?:bela|solidaritas)\b", re.IGNORECASE)
# a second verb phrase coordinated after the first verb's object: "Hamas memberi Israel waktu …, dan
# memperingatkan …" — its subject is the clause subject, not that object
# a subordinate clause with no subject of its own: "… sebelum melakukan deportasi", "… sambil mengecam …"
_SUBORD_TAIL = re.compile(r"(?:^|[\s,])(?:sebelum|setelah|sesudah|usai|seusai|sambil|seraya)\s+(?:(?:juga|akan|telah|sudah|"
                          r"kemudian|lalu|langsung|terlebih\s+dahulu)\s+){0,2}(?:(?:melakukan|menggelar|melancarkan|"
                          r"mengadakan)\s+)?$", re.IGNORECASE)
_SUBORD_LIGHT = re.compile(r"\b(?:melakukan|menggelar|melancarkan|mengadakan)\s+$", re.IGNORECASE)
_COORD_TAIL = re.compile(r"(?:^|[\s,])(?:dan|serta|lalu|kemudian|sekaligus)\s+(?:(?:juga|pun|turut|ikut|lalu|kemudian|"
                         r"langsung|terus|bahkan|tidak|tak|akan|belum|telah|sudah|masih|tetap|pernah)\s+){0,3}$", re.IGNORECASE)
# receiving an act: "Palestina … mendapat pengeboman dari Israel", "menuai kecaman dari X": X acts on the receiver
_RECEIPT = re.compile(r"\b(?:mendapat(?:kan)?|menerima|mengalami|menuai|dihujani|diganjar)\s+(?:[\w-]+\s+){0,1}$",
                      re.IGNORECASE)
_FROM_GIVER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?dari\s+(?:pihak\s+)?$", re.IGNORECASE)
# a passive's agent "dari pihak X": "tidak diizinkan masuk ke Gaza dari pihak Israel"
_FROM_SIDE = re.compile(r"\bdari\s+(?:pihak\s+)?$", re.IGNORECASE)
# an oblique phrase is no subject of a later verb: "pendukung buat Palestina, … mendesak Israel"
_OBLIQUE = re.compile(r"\b(?:buat|bagi|untuk|terhadap|kepada|atas|soal|tentang|mengenai|dengan|melawan)\s+(?:[\w-]+\s+){0,1}$",
                      re.IGNORECASE)
# a territory referred back to: "ke wilayah tersebut", "di daerah itu"
_TERRITORY_BACK = re.compile(r"\b(?:di|ke)\s+(?:wilayah|daerah|kawasan|tempat)\s+(?:tersebut|itu)\b", re.IGNORECASE)
# "it is time to …": what follows is done, not intended
_NOW_IS_TIME = re.compile(r"\b(?:saatnya|waktunya|waktu\s+yang\s+tepat|saat\s+yang\s+tepat)\s*$", re.IGNORECASE)
# recognising a city as a capital: "pengakuan kepada Yerusalem sebagai ibu kota"
_AS_CAPITAL = re.compile(r"\s+(?:(?:kepada|atas|terhadap)\s+)?(?:kota\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)"
                         r"\s+sebagai\s+ibu\s*kota\b")
# a topic, not a target: "kritik … terhadap kebijakan negaranya soal Palestina"
_TOPIC_PREP = re.compile(r"\b(?:soal|tentang|mengenai|terkait(?:\s+dengan)?|perihal)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
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
# a later verb phrase of a series ("menghancurkan 172 sekolah, merusak 118 sekolah lainnya, dan menghantam … UNRWA"):
# an actor after it is that verb's object, not the earlier verb's target
_NEXT_VP = re.compile(r"(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)(?:juga\s+|lalu\s+|kemudian\s+)?"
                      r"(?!(?:menurut|mengenai|menjelang|menuju|melalui|menyusul|mengingat|menyangkut|meski)\b)"
                      r"(?:mem|men|meng|meny|me|ber)[a-z]{3,}\b", re.IGNORECASE)
# an agreement noun after "dari" is what one moves away from or out of, not an agreement reached
_AWAY_FROM = re.compile(r"\bdari\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "dengan Hamas menuntut …" ("with Hamas demanding"): an actor after "dengan" right before the verb is its subject
_WITH_SUBJECT = re.compile(r"\b(?:dengan|melawan)\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:juga|telah|sudah|akan|terus|tetap|masih|pun|tidak|tak|belum|kembali|justru|bahkan)\s+)*",
                           re.IGNORECASE)
# "bala bantuan yang didukung Iran": the backer of the object, not the target
_BACKED_BY = re.compile(r"\byang\s+(?:juga\s+)?(?:didukung|disokong|dibekingi|dibiayai|dipersenjatai|disponsori)\s+"
                        r"(?:oleh\s+)?$", re.IGNORECASE)
# an ultimatum: "memberi Israel waktu (selama) 24 jam untuk …", "memberikan tenggat tiga hari kepada X"
_ULTIMATUM = re.compile(r"\b(?P<verb>memberi(?:kan)?)\s+(?P<obj>(?:[\w-]+\s+){1,5}?)(?:waktu|tenggat(?:\s+waktu)?|batas\s+waktu)"
                        r"\s+(?:selama\s+)?(?:\d+|satu|dua|tiga|empat|lima|tujuh|sepuluh)\s+(?:jam|hari|minggu|pekan|bulan)\b",
                        re.IGNORECASE)
# future cooperation declared by a speech verb: "menyatakan akan terus bekerja sama" (a promise)
_PROMISED = re.compile(r"\b(?:menyatakan|mengatakan|menegaskan|berjanji|bersepakat)\s+(?:bahwa\s+)?"
                       r"(?:(?:mereka|keduanya|pihaknya|kami|kita|negaranya)\s+)?akan\s+(?:(?:terus|tetap|segera)\s+)?$",
                       re.IGNORECASE)
# the press as the object of criticism: "mengkritik berita-berita yang …", "mengecam pemberitaan media"
_MEDIA_OBJECT = re.compile(r"\s+(?:(?:para|sejumlah|beberapa|banyak)\s+)?(?:berita|pemberitaan|media|wartawan|jurnalis|"
                           r"artikel|tayangan)(?:-\w+)?\b(?!\s+[A-Z])")
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
# ", yang (juga) dituduh …": a comma relative clause about the actor before it
_COMMA_YANG_REL = re.compile(r",\s*yang\s+(?:(?:juga|telah|sudah|pernah|sedang|sebelumnya)\s+){0,2}$", re.IGNORECASE)
# the subject of a relative clause is its antecedent: "grup ultra-nasionalis yang melempari batu"
_REL_SUBJECT = re.compile(r"\byang\s+(?:(?:juga|telah|sudah|terus|pernah|sedang|masih|kerap|sering|kembali)\s+){0,2}$",
                          re.IGNORECASE)
# the content clause of a denial: "membantah bahwa …", "menyangkal tuduhan bahwa …"
_DENIED = re.compile(r"\b(?:membantah|menyangkal|menepis|dibantah|disangkal|ditepis|tidak\s+benar)\s+"
                     r"(?:[\w-]+\s+){0,2}?bahwa\s*$", re.IGNORECASE)
# a denial with its content clause: "membantah bahwa …", "menepis klaim bahwa …" (fifteenth pass): who is named in
# what is denied is no target ("Yasonna membantah bahwa KPK akan kehilangan kewenangannya": the claimant is unnamed)
_DENIAL_THAT = re.compile(r"\s+(?:(?:keras|tegas|tuduhan|tudingan|klaim|laporan|kabar|anggapan|isu)\s+){0,2}bahwa\b",
                          re.IGNORECASE)
_DENIAL_FORMS = ("memban", "menep", "menyang", "diban", "ditep", "disang")
# a coordinated clause after the denied content: ", dan menyalahkan para pemberontak"
_COORD_BREAK = re.compile(r"[,;]\s*(?:dan|serta|lalu|namun|tetapi)\b", re.IGNORECASE)
# the complement of a judging verb ends at a sentence or clause boundary
_JUDGE_STOP = re.compile(r"[.;:!?]|,\s*(?:dan|serta|namun|tetapi|sedangkan|sementara|yang|karena|sehingga|setelah|"
                         r"sebelum|ketika|saat|kata|ujar)\b", re.IGNORECASE)
# between an actor and the evaluative term judging it in a quotation, only adverbs (fifteenth pass): "Menteri ESDM ini
# sangat jauh dari pro rakyat", "Trump terus mengikis demokrasi kita"
_QUOTED_JUDGED_GAP = re.compile(r"\s+(?:(?:ini|itu|tersebut|sangat|jelas|telah|sudah|benar-benar|sungguh|adalah|merupakan|"
                                r"justru|malah|memang|terlalu|terus|juga|pun|nyata-nyata|secara\s+nyata)\s+){0,3}",
                                re.IGNORECASE)
# (fifteenth pass) the adverbs between an act named back and its quoted evaluative term, anchored at the term
_QUOTED_JUDGED_GAP_BACK = re.compile(r"(?:\s+(?:sangat|jelas|telah|sudah|benar-benar|sungguh|adalah|merupakan|justru|"
                                     r"malah|memang|terlalu|terus|juga|pun|nyata-nyata|secara\s+nyata|tentu\s+saja))*\s+",
                                     re.IGNORECASE)
# a possessed noun right before an actor: the actor is a possessor, not the subject ("cawapresnya Pak Prabowo")
_POSSESSED_BEFORE = re.compile(r"\w+nya\s+(?:(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak)\s+)?$")
# a passive judging verb and what may stand between it and its evaluative term ("Adi dinilai melanggar kode
# etik", "dinyatakan melakukan pelanggaran berat", "dinilai telah gagal"), and between its subject and it
_PASSIVE_JUDGING = re.compile(r"(?<![\w-])di(?:nilai|anggap|nyatakan|cap|labeli|pandang)(?![\w-])", re.IGNORECASE)
_PASSIVE_TERM_GAP = re.compile(r"\s+(?:(?:telah|sudah|jelas|sangat|benar-benar|secara\s+sah|terbukti|melakukan)\s+)"
                               r"{0,2}", re.IGNORECASE)
_PASSIVE_SUBJECT_GAP = re.compile(r"\s+(?:(?:juga|pun|kini|sebelumnya|telah|sudah|bahkan|justru|sendiri|tersebut|itu|"
                                  r"ini)\s+){0,2}", re.IGNORECASE)
# the judged subject of an earlier clause: "Anwar Usman dijatuhi sanksi berat karena dianggap melanggar …"
_BECAUSE_BEFORE = re.compile(r"\b(?:karena|sebab|lantaran)\s+$", re.IGNORECASE)
# the judge named beside a passive judgement: "menurut Trisno, MKMK dinilai …", "dinilai oleh DKPP …"
_ACCORDING_TO = re.compile(r"\bmenurut\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\boleh\s+$", re.IGNORECASE)
# the actor an evaluative term is applied to, as its genitive: "tingkah biadab Israel"
_GENITIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?")
# the two parties of the latest event as an act noun's genitive: "diskusi keduanya", "pertemuan kedua pemimpin"
_DUAL_GENITIVE = re.compile(r"\s+(?:keduanya|kedua\s+(?:negara|pemimpin|pihak|menteri|kepala\s+negara))\b",
                            re.IGNORECASE)


# ---- fifteenth pass (precision): trigger forms in a sense that is no event, told by the words around them: the
# word lists are triggers.yaml `senses` (EventLexicon.wrong_sense); what stays here is grammar.
# "demonstran" names the people, not their act: "penindakan terhadap para demonstran", "demonstran melemparkan
# batu", "bendera dikibarkan massa demonstran"; the protest is told by its own word (unjuk rasa, turun ke jalan): the
# noun's event is kept as context for the story's next sentences only, unless it is a quotation's speaker ('"…!"
# teriak ribuan demonstran')
_PARTICIPANT_NOUNS = frozenset({"demonstran"})
# an acquittal is no negated sanction nor a criticism, and a judgement negated right before its evaluative term
# clears the actor (fifteenth pass, ACCUSE and precision): "DKPP menilai Betty tidak terbukti melanggar kode etik",
# "menilai Betty tak melakukan tindakan pelanggaran", "terdakwa tidak terbukti melakukan pembunuhan berencana"
_CLEARED = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:(?:terbukti|pernah|melakukan|tindakan|ada|sama\s+sekali|"
                      r"secara\s+sah(?:\s+dan\s+meyakinkan)?)\s+){0,3}$", re.IGNORECASE)


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


# acts that are only events towards a named counterpart (section 1 of the annotation guide: an act by one
# actor towards another); an unknown perpetrator leaves the source, not the target, empty
_DIRECTED = frozenset({"SUPPORT", "AID", "ASSAULT", "COERCE", "CONCEDE", "COOPERATE", "RETREAT", "SANCTION",
                       "AGREE"})


# directed acts whose target, when the sentence names none, is the counterpart of the source in the
# preceding events: reactions and responses in a dyadic story
CARRY_TARGET = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "COERCE", "ASSAULT",
                          "CONSULT", "AGREE", "COOPERATE", "CONCEDE", "RETREAT", "PROTEST"})


@dataclass(frozen=True, slots=True)
class CodedEvent:
    trigger: Trigger
    trigger_start: int
    trigger_end: int
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    modality: Modality
    confidence: float
    pairs: tuple[tuple[Actor | None, Actor | None], ...] = ()  # a None source: an unknown attacker
    source_mentions: tuple[Mention, ...] = ()  # for the next sentences' anaphora ("mereka")
    target_mentions: tuple[Mention, ...] = ()  # with the sources, for dual anaphora ("kedua negara")
    emit: bool = True  # False: context for later sentences only, not an event of its own


def mention_actor(m: Mention, ent: Entity | None, org_roots: Mapping[str, str] | None = None) -> Actor:
    """The contract Actor of a mention; with ``org_roots`` a country-less sub-body is rooted at
    its top organisation (the guide's convention: every UN body is ``UN``)."""
    person = ent.name if ent is not None and ent.kind == "person" else None
    country = ent.country if ent is not None else None
    org = ent.org if ent is not None else None
    if person is not None and org is not None and org_roots and org in org_roots:
        country = None  # an official of an international organisation acts for it (Sekjen PBB → UN)
    if ent is not None and ent.kind == "org" and org is None:
        org = ent.name
    if org is not None and country is None and org_roots:
        org = org_roots.get(org, org)
    sector = m.sector or (ent.sector if ent is not None else None)
    if sector is None and (m.metonymic or (ent is not None and ent.kind == "place" and country)):
        sector = "GOV"
    return Actor(text=m.text, country=country, org=org, person=person, sector=sector,
                 start=m.start, end=m.end, key=m.key)


# the backer named after its force is no actor of the force's act: "Koalisi Arab - Kurdi dukungan Amerika Serikat,
# Pasukan Demokratik Suriah (SDF), telah merebut …", "milisi bentukan Iran" (not "mendapat dukungan AS")
_BACKER = re.compile(r"(?<!mendapat )(?<!mendapatkan )(?<!memberikan )(?<!memberi )(?<!menyatakan )(?<!atas )"
                     r"(?<!berkat )(?<!tanpa )(?<!dan )(?<!meminta )\b(?:dukungan|sokongan|bentukan|binaan|sekutu)\s+$")


_STATE_MEDIA_AT = re.compile(r"\b(?:media|kantor\s+berita|televisi|stasiun\s+televisi|surat\s+kabar)\s+"
                             r"(?:pemerintah|resmi|negara|milik\s+negara|pemerintah\s+resmi)\s+di\s+$", re.IGNORECASE)
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


class EventCoder:
    def __init__(self, lex: EventLexicon, org_roots: Mapping[str, str] | None = None,
                 place_country: Callable[[str], str | None] | None = None,
                 town_country: Callable[[str], str | None] | None = None,
                 carry_types: frozenset[str] = CARRY_TARGET) -> None:
        """``place_country`` maps a place name to its country (the gazetteer): the owner of a
        territory attacked ("serangan Israel ke Gaza") is the target."""
        self.lex = lex
        self.org_roots = dict(org_roots or {})
        self.place_country = place_country
        # towns too ("ke Khan Younis"): only for the territory of an attack, aid or visit named with di/ke or as
        # an attack verb's object, where a capitalised name is a place
        self.town_country = town_country or place_country
        # types whose unnamed target is carried over from the preceding events (see _counterpart)
        self.carry_types = carry_types
        self.pattern = lex.pattern()
        self.aerial = lex.forms.get("serangan udara")  # the trigger a launch at a country becomes (ASSAULT aerial)
        # the trigger a deployment to a UN mission becomes (the guide: troop contributions are COOPERATE)
        self.contribution = lex.forms.get("kerja sama")
        # the trigger a person's "attack" on another person with no force named becomes (criticism)
        self.verbal_attack = lex.forms.get("mengecam")
        self.window = lex.window
        cues: dict[str, Modality] = {}
        for words, label in ((lex.hypothetical, "hypothetical"), (lex.planned, "planned"),
                             (lex.negated, "negated"), (lex.asserted, "asserted")):
            for w in words:
                cues[w.lower()] = label  # type: ignore[assignment]  # label is one of the Modality literals
        self.cues = cues
        alts = "|".join(re.escape(x) for x in sorted(cues, key=len, reverse=True))
        self.cue = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
        # criticism told as a judgement: "menilai kebijakan Israel berlebihan" (evaluation.yaml)
        self.judge: re.Pattern[str] | None = None
        self.evaluative: re.Pattern[str] | None = None
        if lex.judging and lex.evaluative:
            verbs = "|".join(re.escape(x) for x in sorted(lex.judging, key=len, reverse=True))
            terms = "|".join(re.escape(x) for x in sorted(lex.evaluative, key=len, reverse=True))
            void = "|".join(re.escape(x) for x in lex.not_after) or "(?!)"
            self.judge = re.compile(rf"(?<![\w-])(?:{verbs})(?:nya)?(?![\w-])", re.IGNORECASE)
            self.evaluative = re.compile(rf"(?<![\w-])(?:{terms})(?![\w-])(?!\s+(?:{void})\b)", re.IGNORECASE)
        acts = "|".join(re.escape(x) for x in lex.act_nouns) or "(?!)"
        # ("menilai tindakan tersebut …", and with its complementiser: "menilai bahwa perintah ini …")
        # (fifteenth pass) and any act told before, named back by its noun with a demonstrative ("menilai penundaan
        # ini …", "menilai kenaikan tersebut …")
        self.judged_act = re.compile(rf"\s+(?:bahwa\s+)?(?:(?:{acts})(?:nya)?(?![\w-])"
                                     r"|(?:pe|ke)[a-z]{3,}an\s+(?:ini|itu|tersebut)(?![\w-]))", re.IGNORECASE)
        # (fifteenth pass) the same act (a pe-an noun: a ke-an one is a state, "kemiskinan itu salah") as the
        # subject of a quoted judgement: «MoU tersebut secara nyata telah
        # bertentangan dengan UU TNI," tegasnya»
        self.act_back = re.compile(rf"(?<![\w-])(?:{acts}|kerja\s+sama|mou|pe[a-z]{{3,}}an)\s+(?:ini|itu|tersebut)$",
                                   re.IGNORECASE)

    def modality(self, before: str) -> Modality:
        """The cue nearest the trigger within ``window`` words of its sentence wins: "tidak
        diumumkan apakah X telah bertemu" is hypothetical, "akan terus mendukung" asserted,
        and the longest cue wins at one position ("tidak akan" is negated)."""
        before = _SENTENCE_END.split(before)[-1]
        if _NOBODY.search(before):
            return "negated"  # "tidak ada yang protes", "tak seorang pun yang mengecam": nobody did it
        # a relative clause has its own modality: "akan menginterogasi petugas yang menewaskan …"
        before = _OWN_SCOPE.split(before)[-1]
        last: Modality = "asserted"
        for m in self.cue.finditer(before):
            if len(_WORDS.findall(before, m.end())) <= self.window:
                last = self.cues[m.group().lower()]
        return last

    @staticmethod
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

    @staticmethod
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

    def subject(self, text: str, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> tuple[Mention, ...]:
        """The sentence's subject actor group when it opens the sentence ("Israel beberapa waktu lalu …"),
        for the next sentences' anaphora when the sentence itself codes no event."""
        actors = [m for m in mentions if _is_actor(m, entities.get(m.key), text) and _root(m, entities) is not None]
        groups = _groups(actors, text)
        if not groups or not (_SUBJECT_LEAD.match(text[sent.start : groups[0][0].start])
                              or _FRAMED_SUBJECT_LEAD.match(text[sent.start : groups[0][0].start])):
            return ()
        return tuple(groups[0])

    def others(self, text: str, subj: tuple[Mention, ...], mentions: list[Mention],
               entities: dict[str, Entity]) -> tuple[Mention, ...]:
        """The other countries acting in a sentence that codes no event ("Langkah ini diambil India …
        untuk mengucilkan Pakistan"), for a following "kedua negara"."""
        own = {_root(m, entities) for m in subj}
        out: list[Mention] = []
        for m in mentions:
            r = _root(m, entities)
            if m.start >= subj[-1].end and _is_country(m, entities) and _is_actor(m, entities.get(m.key), text) \
                    and r not in own:
                own.add(r)
                out.append(m)
        return tuple(out[:1])

    def listed_targets(self, text: str, ce: CodedEvent, nxt: Sentence, mentions: list[Mention],
                       entities: dict[str, Entity]) -> CodedEvent:
        """A target counted but not named ("AS telah menghubungi lima negara …") is the list of countries
        opening the next sentence ("Negara-negara yang terlibat antara lain Indonesia, Mesir, …")."""
        if ce.targets or not _COUNTED.match(text, ce.trigger_end):
            return ce
        actors = [m for m in mentions if nxt.start <= m.start and m.end <= nxt.end and _is_country(m, entities)]
        group = next((g for g in _groups(actors, text) if len(g) >= 2), [])
        if not group or group[0].start - nxt.start > 80:
            return ce
        own = {a.root for a in ce.sources}
        mentions_ = [m for m in _unique(group, entities, self.org_roots) if self._root_of(m, entities) not in own]
        targets = self._actors(mentions_, entities)
        if not targets:
            return ce
        return _retargeted(ce, targets, tuple(mentions_))

    def _resumed(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int,
                 acts: tuple[CodedEvent, ...]) -> CodedEvent | None:
        """The latest meeting or invitation, told again by its noun ("Pertemuan di Washington akan …"
        after "AS mengundang Qatar, Turki dan Mesir"); the sentence's own predicate sets the modality."""
        prior = next((c for c in acts if c.pairs and (c.trigger.type == "CONSULT" or c.trigger.mode == "meet")), None)
        if prior is None:
            return None
        pred = _PREDICATE.match(text, te, sent.end)
        if pred is None or not _OCCURS.search(pred.group()):
            return None  # "Pertemuan strategis ini bertujuan …" describes the meeting, not its taking place
        modality = self.modality(text[sent.start : pred.end() if pred else te])
        return replace(prior, trigger=trig, trigger_start=ts, trigger_end=te, modality=modality,
                       confidence=0.6)

    def _agreed(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, out: list[CodedEvent],
                history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...],
                entities: dict[str, Entity]) -> CodedEvent | None:
        """An agreement passive without agent ("…, telah disepakati pengembalian …") was reached by the
        parties of the latest act of this sentence or the previous events (the meeting it came from)."""
        pair = next(((c.source_mentions, c.target_mentions) for c in reversed(out)
                     if c.source_mentions and c.target_mentions), None)
        if pair is None and history and history[0][0] and history[0][1]:
            pair = history[0]
        if pair is None or _OLEH.search(text, te, min(sent.end, te + 60)):
            return None
        if _ASKED.match(text, sent.start, ts):
            return None  # '"Apakah dapat disetujui …?" tanya Ketua Komisi': the chair asks for approval (thirteenth pass)
        sources = self._actors(pair[0], entities)
        targets = self._actors(pair[1], entities)
        modality = self.modality(text[max(sent.start, ts - 80) : ts])
        return CodedEvent(trig, ts, te, sources, targets, modality, 0.6,
                          tuple((a, b) for a in sources for b in targets), pair[0], pair[1])

    def _counterpart(self, ce: CodedEvent, recent: list[tuple[tuple[Mention, ...], tuple[Mention, ...]]],
                     entities: dict[str, Entity], that_act: bool = False) -> CodedEvent:
        """An act whose sentence names no target is aimed at the other side of the latest event
        (this sentence or the two before) its source took part in: "Korea Utara mengecam tindakan
        tersebut" after "PBB menjatuhkan sanksi terhadap Korea Utara" is PRK → UN. With ``that_act``
        (its object is "tindakan/keputusan … tersebut") a reaction to the latest other actor's act
        ("PBB menjatuhkan sanksi. Pyongyang mengecam tindakan tersebut.") targets that actor."""
        if len(ce.sources) != 1 or ce.sources[0].root is None:
            return ce
        own = ce.sources[0].root
        for srcs, tgts in recent:
            side = {self._root_of(m, entities) for m in srcs}
            other = {self._root_of(m, entities) for m in tgts}
            if own in side:
                cands = tgts
            elif own in other or ((that_act or ce.trigger.type in _REACTIONS) and side - {None}):
                # "that act" told again, or a sanction/condemnation of the latest other actor:
                # "Korut meluncurkan rudal. PBB pun kembali menjatuhkan sanksi."
                cands = srcs
            else:
                continue
            mentions = [m for m in _unique(list(cands), entities, self.org_roots)
                        if self._root_of(m, entities) not in (None, own)]
            if not mentions:
                return ce
            targets = self._actors(mentions, entities)
            return replace(_retargeted(ce, targets, tuple(mentions)), confidence=round(min(ce.confidence + 0.05, 0.95), 2))
        return ce

    def _domestic_counterpart(self, ce: CodedEvent, recent: list[tuple[tuple[Mention, ...], tuple[Mention, ...]]],
                              entities: dict[str, Entity], domestic: str) -> CodedEvent:
        """(fifteenth pass) A judged act of a story told within one country ("Panglima TNI memerintahkan pengerahan
        personel … Koalisi Masyarakat Sipil menilai bahwa perintah ini bertentangan dengan …"): ``_counterpart``
        compares countries, and every actor here is of the one country; the act is the latest event's whose source is
        another actor (by identity, not country) of that country, and its source is the one judged."""
        if not ce.sources or any(a.root != domestic for a in ce.sources):
            return ce
        own = {a.key for a in ce.sources}
        for srcs, tgts in recent:
            # (the judge's own act: its counterpart's, "DKPP menjatuhkan sanksi kepada X … DKPP menilai tindakan
            # para teradu …")
            side = tgts if srcs and all(m.key in own for m in srcs) else srcs
            mentions = [m for m in _unique(list(side), entities, self.org_roots)
                        if m.key not in own and self._root_of(m, entities) == domestic]
            if not mentions or len(mentions) != len(side):
                continue
            targets = self._actors(mentions, entities)
            return _retargeted(ce, targets, tuple(mentions))
        return ce

    def _request_addressee(self, text: str, sent: Sentence, ce: CodedEvent, ts: int, te: int, actors: list[Mention],
                           places: list[Mention], entities: dict[str, Entity]) -> CodedEvent:
        """The state a request with no named addressee is made of: the one the thing is asked from ("Lebanon meminta
        pengiriman pelatih dari Indonesia"), else the one the request's coordinated first verb was sent to
        ("menyampaikan protes ke Australia serta meminta agar …"); "ke/dari" made it a place, not an actor."""
        own = {a.root for a in ce.sources}
        named = sorted(actors + places, key=lambda m: m.start)

        def state(m: Mention) -> bool:
            root = _root(m, entities)
            return root is not None and len(root) == 3 and root not in own

        asked = next((m for m in named if te < m.start <= te + 60 and state(m)
                      and _ASKED_OF.fullmatch(text, te, m.start)), None)
        if asked is None:
            asked = next((m for m in reversed(named) if sent.start <= m.start and m.end <= ts and state(m)
                          and _SENT_TO.search(text, max(sent.start, m.start - 80), m.start)
                          and _THEN_ASKS.fullmatch(text, m.end, ts)), None)
        if asked is None:
            return ce
        targets = self._actors([asked], entities)
        return _retargeted(ce, targets, (asked,))

    def _occurred(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                  entities: dict[str, Entity], clause_start: int, places: Sequence[Mention] = ()) -> CodedEvent | None:
        """An act noun that is the subject of a predicate of occurrence is an event: its parties are an
        "antara X dan Y" pair or an "oleh" agent; an attack's victims ("yang menewaskan … warga Israel")
        are its target, and with no perpetrator named its source stays empty (the guide's one
        exception to "no event without a source")."""
        occ = _NOUN_OCCURS.match(text, te, sent.end)
        if occ is None or (trig.needs_target and not trig.symmetric):
            return None
        groups = _groups([m for m in actors if te <= m.start and m.end <= sent.end], text)
        # the clause's subject is not the noun's agent ("Israel menyatakan … akibat serangan 14 Juli yang …")
        src: list[Mention] = []
        tgt: list[Mention] = []
        ant = _ANTARA_AT.search(text, te, sent.end)
        pair = next((g for g in groups if ant is not None and 0 <= g[0].start - ant.end() <= 40), None)
        if pair is not None and len(pair) >= 2:
            src, tgt = pair[:1], pair[1:]
        else:
            agent = next((g for g in groups if _OLEH.search(text, max(te, g[0].start - 40), g[0].start)), None)
            if agent is not None:
                src = agent
            if trig.type == "ASSAULT" and occ["verb"].lower() in ("menewaskan", "melukai", "menyebabkan"):
                tgt = next((g for g in groups if 0 <= g[0].start - occ.end() <= 60), [])
            if trig.type == "ASSAULT" and not src and not tgt and occ["verb"].lower() in ("menewaskan", "melukai") \
                    and self.town_country is not None:
                # (sixteenth pass) "Serangan bom bunuh diri di Kabul menewaskan 40 orang", "serangan itu menewaskan
                # 90 orang di zona diplomatik Kabul": no perpetrator and no victim named as an actor, so the victims
                # are the people of the place where it struck (the guide §1: an unknown attacker, source null)
                end = min(sent.end, occ.end() + 100)
                tgt = next(([m] for m in places if te <= m.start and m.end <= end
                            and _IN_PLACE.search(text, max(te, m.start - 40), m.start)), [])
                for place in ([] if tgt else _TERRITORY.finditer(text, te, end)):
                    tgt = _named_place(self.town_country, place, entities)
                    if tgt:
                        break
        sources = [m for m in _unique(src, entities, self.org_roots) if _root(m, entities) is not None]
        src_keys = {m.key for m in sources}
        targets = [m for m in _unique(tgt, entities, self.org_roots)
                   if _root(m, entities) is not None and m.key not in src_keys]
        if not targets or (not sources and trig.type != "ASSAULT"):
            return None
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        src_actors = self._actors(sources, entities)
        tgt_actors = self._actors(targets, entities)
        pairs = tuple((a, b) for a in (src_actors or (None,)) for b in tgt_actors)
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.6, pairs, tuple(sources),
                          tuple(targets))

    def _accused_by_subject(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                            entities: dict[str, Entity], clause_start: int) -> CodedEvent | None:
        """An accused actor in a comma relative clause ("Pakistan mengumumkan pengusiran diplomat India, Surjeet
        Singh, yang dituduh melakukan kegiatan …") is accused by the sentence's subject."""
        rel = _COMMA_YANG_REL.search(text, max(sent.start, ts - 30), ts)
        if rel is None:
            return None
        groups = _groups([m for m in actors if sent.start <= m.start and m.end <= rel.start()], text)
        if len(groups) < 2 or rel.start() - groups[-1][-1].end > 40 \
                or not _SUBJECT_LEAD.match(text[sent.start : groups[0][0].start]):
            return None
        sources = [m for m in _unique(groups[0], entities, self.org_roots) if _root(m, entities) is not None]
        own = {_top(self._root_of(m, entities), self.org_roots) for m in sources}
        targets = [m for m in _unique(groups[-1], entities, self.org_roots) if _root(m, entities) is not None
                   and _top(self._root_of(m, entities), self.org_roots) not in own]
        if not sources or not targets:
            return None
        src_actors = self._actors(sources, entities)
        tgt_actors = self._actors(targets, entities)
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.7,
                          tuple((a, b) for a in src_actors for b in tgt_actors), tuple(sources), tuple(targets))

    def _crowd(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, places: list[Mention],
               entities: dict[str, Entity], clause_start: int, actors: list[Mention],
               scene: str | None = None) -> CodedEvent | None:
        """A demonstration by an unnamed crowd (not a boycott or strike, which have their actor): "Aksi Bela
        Palestina bergaung di Jakarta", "Demonstrasi juga dilakukan di kota-kota kecil di seluruh wilayah AS".
        The protesters are civilians of the country where it takes place, named with di/ke in the sentence
        (the guide's Aksi Bela Palestina: IDN). Its target is the actor protested against, else carried over.
        No place named: the scene of the story's protests ("Demonstrasi ini berujung kericuhan" after protests
        in Lima), else the article's own country."""
        where = _place_in(text, sent, places)
        people = next((m for m in actors if te <= m.start <= te + 30 and _is_country(m, entities)
                       and _CROWD_OF.fullmatch(text, te, m.start)), None)
        if people is not None:
            where = people  # "mogok makan tahanan Palestina di Israel": the protesters are Palestinians
        if where is None and scene is not None and scene in entities \
                and self.modality(text[max(clause_start, ts - 80) : ts]) == "asserted":
            where = Mention(text[ts:te], ts, te, "place", scene)
        if where is None:
            return None
        crowd = replace(where, sector="OPP")
        src_actors = self._actors([crowd], entities)
        if not src_actors or src_actors[0].root is None:
            return None
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        against = _AGAINST.search(text, te, sent.end)
        target = next((m for m in actors if against is not None and 0 <= m.start - against.end() <= 40
                       and _root(m, entities) is not None), None)
        if target is None:
            return CodedEvent(trig, ts, te, src_actors, (), modality, 0.55, ((src_actors[0], None),), (crowd,), ())
        tgt_actors = self._actors([target], entities)
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.6, ((src_actors[0], tgt_actors[0]),),
                          (crowd,), (target,))

    def _by_authorities(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, tgt: list[Mention],
                        places: list[Mention], entities: dict[str, Entity], clause_start: int,
                        home: str | None = None) -> CodedEvent | None:
        """A passive arrest, detention or sentence with no agent named: the implied authorities (police for
        arrests, courts for sentences) of the country where it happened, named with "di" in the sentence,
        else of the detainee's country ("WNI ditangkap di Kamboja" → KHM → IDN; "Khariq ditahan" → IDN → IDN)."""
        # (a people of a country is a victim — "Empat pengungsi Suriah ditangkap di Belanda" — the country alone is not)
        victims = [m for m in _unique(tgt, entities, self.org_roots) if _root(m, entities) is not None
                   and not (_is_country(m, entities) and m.sector is None)
                   and not _RELATIVE_OF.search(text, max(0, m.start - 24), m.start)]
        if not victims and (home is None or tgt):
            return None
        where = next((m for m in places if sent.start <= m.start < sent.end
                      and re.search(r"\bdi\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, m.start - 20) : m.start])), None)
        country = _root(where, entities) if where is not None else _root(victims[0], entities) if victims else home
        if country is None or len(country) != 3 or not country.isupper():
            return None  # (an organisation's root is no state)
        entities.setdefault(country, Entity(country, country, "place", country, None, ()))
        sector = "JUD" if trig.type == "SANCTION" else "COP"
        authority = _implied_actor(country, sector, ts, te)
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        tgt_actors = self._actors(victims, entities) or (_implied_actor(country, "CVL", ts, te),)
        return CodedEvent(trig, ts, te, (authority,), tgt_actors, modality, 0.55,
                          tuple((authority, b) for b in tgt_actors), (), tuple(victims))

    def _remedy_refused(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, places: list[Mention],
                        entities: dict[str, Entity], clause_start: int, home: str) -> CodedEvent | None:
        """An appeal, suit or petition refused in the passive with no agent: by the implied courts of the place named
        with "di" in the sentence, else of ``home``, to the implied people of that country who filed it."""
        where = next((m for m in places if sent.start <= m.start < sent.end
                      and re.search(r"\bdi\s+(?:[\w-]+\s+){0,2}$", text[max(sent.start, m.start - 20) : m.start])), None)
        country = _root(where, entities) if where is not None else home
        if country is None or len(country) != 3 or not country.isupper():
            return None
        entities.setdefault(country, Entity(country, country, "place", country, None, ()))
        court = _implied_actor(country, "JUD", ts, te)
        filer = _implied_actor(country, "CVL", ts, te)
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        return CodedEvent(trig, ts, te, (court,), (filer,), modality, 0.55, ((court, filer),))

    def _fronted_arrest(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                        entities: dict[str, Entity]) -> CodedEvent | None:
        """"Sebelum menangkap ketiga tersangka tersebut, Kejaksaan Negeri Kuningan telah …": an arrest in a fronted
        time clause has no subject of its own; it is the main clause's, named right after the clause's comma."""
        comma = text.find(",", te, sent.end)
        if comma < 0:
            return None
        subject = next((m for m in actors if comma < m.start <= comma + 3 and _root(m, entities) is not None), None)
        if subject is None:
            return None
        held = [m for m in actors if te <= m.start and m.end <= comma and _root(m, entities) is not None]
        authority = self._actors([subject], entities)[0]
        tgt_actors = self._actors(held, entities) or (_implied_actor(authority.country, "CVL", ts, te),)
        return CodedEvent(trig, ts, te, (authority,), tgt_actors, "asserted", 0.55,
                          tuple((authority, b) for b in tgt_actors), (subject,), tuple(held))

    def _hearing(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                 entities: dict[str, Entity], clause_start: int) -> CodedEvent | None:
        """A parliamentary hearing named with its partner, whatever predicate frames it ("Usulan itu disampaikan dalam
        rapat dengar pendapat Eselon I Kemenkeu dengan Komisi XI DPR RI", "kata Amalia dalam RDP bersama Komisi X DPR
        RI", "Dalam rapat kerja dengan Komisi II DPR RI, Basuki …"): the body named right after the noun, else the
        speaker or subject before it, else the subject after the frame's comma, meets the "dengan/bersama" partner."""
        hit = _HEARING_WITH.match(text, te)
        if hit is None:
            return None
        usable = [m for m in actors if _root(m, entities) is not None
                  and m.text.strip("()").lower() not in ("rdp", "rdpu", "raker")]  # (the hearing's own short name)
        partner = next((m for m in usable if hit.start("partner") <= m.start < hit.end() + 20
                        and _official(m, entities)), None)
        if partner is None:
            return None
        named = [m for m in usable if te <= m.end <= hit.start("partner")]
        before = [m for m in usable if clause_start <= m.start and m.end <= ts]
        after = [m for m in usable if m.start > partner.end
                 and re.fullmatch(r"(?:\s+[\w()-]+){0,4}\s*,\s*", text[partner.end : m.start])]
        framed = bool(re.match(r"\W*(?:[Dd]alam|[Pp]ada|[Ss]aat|[Dd]i)\s", text[sent.start : ts]))
        src = named[-1:] or (after[:1] if framed else []) or before[-1:]
        if not src or src[0].key == partner.key or _top(_root(src[0], entities), self.org_roots) is None:
            return None
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        src_actors, tgt_actors = self._actors(src, entities), self._actors([partner], entities)
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.7,
                          ((src_actors[0], tgt_actors[0]),), tuple(src), (partner,))

    def _unrest(self, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, src: list[Mention],
                tgt: list[Mention], places: list[Mention], entities: dict[str, Entity], clause_start: int,
                scene: str | None, actors: list[Mention]) -> CodedEvent | None:
        """Clashes, crowd control and emergency rule in a story of unrest, with a party left unnamed: "bentrokan
        terjadi setelah beberapa demonstran menerobos pagar" (the crowd and the police), "polisi … melepaskan
        tembakan gas air mata" (at the crowd), "Status darurat itu berlaku di Lima" (the government over its
        people). The unnamed side is implied, of the crowd's or the place's country, else of the story's protests
        (``scene``); with neither, no event."""
        def crowd(m: Mention) -> bool:
            return _sector(m, entities) in _CROWD_SECTORS and m.text[1:] == m.text[1:].lower()

        def force(m: Mention) -> bool:
            return _sector(m, entities) in ("COP", "MIL")

        where = _place_in(text, sent, places)
        country = _root(where, entities) if where is not None else scene
        named = [m for m in src + tgt if _root(m, entities) is not None]
        crowds, forces = [m for m in named if crowd(m)], [m for m in named if force(m)]
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        if trig.mode in ("martial-law", "curfew"):
            if named or country is None or len(country) != 3:
                return None  # "Pemerintah Peru mengumumkan keadaan darurat": the normal path
            a, b = _implied_actor(country, "GOV", ts, te), _implied_actor(country, "CVL", ts, te)
        elif forces and not crowds and trig.mode == "crowd-control" and not tgt and scene is not None:
            home = _root(forces[0], entities)
            a, b = self._actors(forces[:1], entities)[0], _implied_actor(home, "OPP", ts, te)
        elif crowds and not forces and len({m.key for m in named}) == len(crowds) \
                and (scene is not None or any(_sector(m, entities) == "OPP" for m in crowds)):
            home = _root(crowds[0], entities)
            a, b = self._actors(crowds[:1], entities)[0], _implied_actor(home, "COP", ts, te)
            if trig.mode == "crowd-control":
                a, b = b, a  # the police disperse the crowd
        elif not named and (stage := scene or _crowd_root(actors, entities, crowd)) is not None and len(stage) == 3 \
                and not any(force(m) or _is_country(m, entities) for m in actors):
            # (a force named elsewhere in the sentence is no unnamed side: "peluru karet yang ditembakkan oleh
            # seorang tentara Israel"; a crowd elsewhere in the sentence sets the stage: "bentrokan terjadi setelah
            # beberapa demonstran …")
            a, b = _implied_actor(stage, "OPP", ts, te), _implied_actor(stage, "COP", ts, te)
            if trig.mode == "crowd-control":
                a, b = b, a
        else:
            return None
        for actor in (a, b):
            if actor.country is not None:
                entities.setdefault(actor.country, Entity(actor.country, actor.country, "place", actor.country, None,
                                                          ()))
        return CodedEvent(trig, ts, te, (a,), (b,), modality, 0.55, ((a, b),), (), ())

    def _actors(self, mentions: Iterable[Mention], entities: dict[str, Entity]) -> tuple[Actor, ...]:
        return tuple(mention_actor(m, entities.get(m.key), self.org_roots) for m in mentions)

    def _root_of(self, m: Mention, entities: dict[str, Entity]) -> str | None:
        return mention_actor(m, entities.get(m.key), self.org_roots).root

    def _territory(self, text: str, start: int, end: int, entities: dict[str, Entity]) -> list[Mention]:
        return _territory_of(self, text, start, end, entities)

    def code(self, text: str, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity],
             history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...] = (),
             acts: tuple[CodedEvent, ...] = (), focus: str | None = None,
             voice: Mention | None = None, domestic: str | None = None,
             lead: tuple[Mention, ...] = ()) -> list[CodedEvent]:
        """Events of one sentence; ``history`` holds the (source, target) groups of recent events, most
        recent first, which an anaphoric subject ("Kedua negara", "Mereka", "negara-negara Teluk itu")
        refers back to: "kedua negara" to the latest pair of two actors, the others to the latest source.
        ``acts`` are the events of the previous sentences, most recent first: a sentence opening
        with a meeting noun and naming no actor ("Pertemuan di Washington akan …") resumes the latest
        meeting or invitation. ``focus`` is the country the article is about (its most-named one): the scene
        of a demonstration that names no place ("Demonstrasi ini berujung kericuhan"). ``voice`` is the speaker of
        the direct quotation the sentence stands in: "kami"/"saya" there ("«Kami sepakat dengan Menteri …»").
        ``domestic`` is the country of a story told within one country, where an unresolved addressee is at home.
        ``lead`` is the subject opening the previous sentence of the paragraph, which a sentence opening on its verb
        continues ("… Juga menyuarakan agar Israel …")."""
        dual = next((h[0] + h[1] for h in history if len({m.key for m in h[0] + h[1]}) == 2), ())
        country_pairs = (tuple(m for m in h[0] + h[1] if _is_country(m, entities)) for h in history)
        dual_countries = next((c for c in country_pairs if len({m.key for m in c}) == 2), ())
        context = history[0] if history else ((), ())
        low = text[sent.start : sent.end].lower()
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
                  and not _SEA.search(text, max(0, m.start - 12), m.start)]
        if not actors and not context[0] and not acts and not places and focus is None:
            return []
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
        scene = _scene(acts)
        out: list[CodedEvent] = []
        seen: set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]] = set()
        for tm in self.pattern.finditer(low):
            form = tm.group("f")
            if form in self.lex.stop:
                continue
            found = self.lex.trigger(form)
            if found is None:
                continue
            trig = found
            if trig.type in ("COOPERATE", "AGREE") and _SUSPENDED.search(low, max(0, tm.start() - 40), tm.start()):
                continue  # "TNI menangguhkan kerja sama dengan militer Australia": the cooperation is what ends
            if trig.id == "tuntut" and _SENTENCE_DEMAND.match(low, tm.end()):
                trig = _CHARGE  # "JPU menuntut lima terdakwa … dengan hukuman": a charge (ACCUSE allege), no appeal
            if _wrong_sense(self.lex, low, form, tm.start(), tm.end()):
                continue  # "melakukan aksi kejinya", "mengamankan barang bukti", "didukung oleh data"
            if form in _PROTESTERS:
                nxt = self.pattern.search(low, tm.end(), min(len(low), tm.end() + 60))
                if nxt is not None and not re.search(r"[,;.]", low[tm.end() : nxt.start()]) \
                        and nxt.group("f") not in self.lex.stop:
                    continue  # "Para demonstran mengecam …", "… melemparkan batu": the protesters' other act
            ts, te = sent.start + tm.start(), sent.start + tm.end()
            ce = self._code_one(text, sent, trig, form, ts, te, actors, places, entities, context,
                                (dual, dual_countries), scene, focus, voice, lead, roles)
            if ce is None and not actors and trig.type == "CONSULT" and not _VERBAL.match(form) \
                    and _OPENING.match(text[sent.start : ts]):
                ce = self._resumed(text, sent, trig, ts, te, acts)
            if ce is None and trig.type == "AGREE" and (form in trig.passive or form.startswith("di")):
                ce = self._agreed(text, sent, trig, ts, te, out, history, entities)
            if ce is None and trig.type == "AGREE" and _TALKS_YIELD.search(text, sent.start, ts) \
                    and any(c.trigger.type == "CONSULT" for c in out):
                # "Kunjungan Presiden Jokowi ke Singapura menghasilkan kesepakatan kerja sama …": the agreement a
                # visit or talks produced is the meeting parties' (fifteenth pass)
                ce = self._agreed(text, sent, trig, ts, te, out, history, entities)
            if ce is None:
                continue
            if trig.id == "vonis" and form.startswith(_FOUND_FORMS) and _ethics_finding(text, sent, ts, te):
                # "Teradu terbukti melanggar kode etik", "Hakim terlapor terbukti melakukan pelanggaran berat": an
                # ethics council's finding is a criticism (the guide §13: ACCUSE disapprove); its sanction is told apart
                ce = replace(ce, trigger=_ETHICS_FINDING)
                trig = _ETHICS_FINDING
            if trig.type == "REQUEST" and ce.modality == "hypothetical" and _CONSIDERED.search(text, sent.start, ts):
                # "MKMK … tidak mempertimbangkan permintaan pelapor", "Israel masih mempertimbangkan permintaan kami":
                # the request considered was made (the cue is the considering, not the asking)
                ce = replace(ce, modality="asserted")
            if trig.type == "REJECT" and ce.targets and form.startswith(_DENIAL_FORMS) \
                    and (that := _DENIAL_THAT.match(text, te)) is not None \
                    and all(m.start >= that.end() for m in ce.target_mentions):
                # "pihak berwenang membantah bahwa pasukan keamanan … melakukan pembakaran": the content's actors
                ce = _untargeted(ce)
            if form in _PARTICIPANT_NOUNS and not _TAGGED_CROWD.search(text, max(sent.start, ts - 40), ts):
                ce = replace(ce, emit=False)  # "penindakan terhadap para demonstran": the people, context only
            if trig.mode == "weapons" and ce.targets and _LAUNCH.match(form):
                if any(_WATERS_OF.search(text, max(sent.start, m.start - 40), m.start) for m in ce.target_mentions):
                    # "menembakkan empat peluru kendali yang … memasuki zona ekonomi eksklusif Jepang": a test whose
                    # missiles fall in a state's waters is no attack on it
                    ce = _untargeted(ce)
                elif self.aerial is not None:
                    # "Iran meluncurkan ratusan rudal balistik ke Israel": a launch at someone is an air attack
                    ce = replace(ce, trigger=self.aerial)
                    trig = self.aerial
            if trig.mode == "troops" and self.contribution is not None and ce.targets \
                    and all(_top(a.root, self.org_roots) == "UN" for a in ce.targets):
                # "mengirimkan 3.184 personel Polri ke MPP PBB": a contribution to a UN mission
                ce = replace(ce, trigger=self.contribution)
                trig = self.contribution
            if trig.type == "SUPPORT" and ce.modality == "planned" and ce.targets and "berjanji" in self.lex.forms \
                    and _COMPLEMENT.search(text, sent.start, ts):
                # "Trump mengatakan kepada Netanyahu bahwa AS akan mengakui …": support told as a plan is a
                # promise (AGREE), and promising happened
                ce = replace(ce, trigger=self.lex.forms["berjanji"], modality="asserted")
            if trig.id in _TALKS and ce.modality in ("hypothetical", "planned") and "bersedia" in self.lex.forms \
                    and _OFFER.search(text, max(sent.start, ts - 30), ts):
                # the guide: an offer to talk ("kita bisa duduk dan berdialog", "siap berunding") is AGREE, asserted
                ce = replace(ce, trigger=self.lex.forms["bersedia"], modality="asserted")
                trig = ce.trigger
            if trig.id in _TALKS and ce.modality == "negated" and _REFUSAL.search(text, max(sent.start, ts - 30), ts) \
                    and "menolak" in self.lex.forms:
                # the guide: refusing talks is REJECT `meet`, asserted ("tidak akan pernah menegosiasikan")
                ce = replace(ce, trigger=replace(self.lex.forms["menolak"], mode="meet"), modality="asserted")
                trig = ce.trigger
            if trig.id == "serang" and ce.sources and ce.targets and self.verbal_attack is not None \
                    and all(a.person is not None or (a.sector not in _FORCE_SECTORS and a.country is not None
                                                      and a.text[1:] == a.text[1:].lower()) for a in ce.sources) \
                    and all(a.person is not None or a.org is not None for a in ce.targets) \
                    and not _VIOLENCE.search(text, sent.start, sent.end):
                # "Musk … dengan kejam menyerang pendukungnya", "buzzer yang menyerang Prabowo-Gibran": words, not force
                ce = replace(ce, trigger=self.verbal_attack)
                trig = self.verbal_attack
            if trig.type == "REQUEST" and not ce.targets and ce.sources:
                fronted = _FRONTED_ADDRESSEE.search(text, sent.start, ts)
                addressee = next((g for g in _groups([m for m in actors if fronted is not None
                                                      and fronted.end() <= m.start < ts], text)
                                  if fronted is not None and g[0].start - fronted.end() <= 12), None)
                if addressee is not None:
                    # "Kepada Kampus Udayana, kami juga meminta agar …": the addressee told first
                    own_keys = {a.key for a in ce.sources}
                    named = [m for m in addressee if _root(m, entities) is not None and m.key not in own_keys]
                    if named:
                        targets = self._actors(named, entities)
                        ce = _retargeted(ce, targets, tuple(named))
            if trig.type == "REQUEST" and not ce.targets and ce.sources and _VERBAL.match(form):
                ce = self._request_addressee(text, sent, ce, ts, te, actors, places, entities)
            if trig.type == "REQUEST" and not ce.targets and ce.sources and not _VERBAL.match(form) \
                    and _ON_REQUEST.search(text, max(sent.start, ts - 6), ts):
                # "Kepolisian Prancis menangkap … atas permintaan Serbia": the request was made of the clause's
                # subject, who acted on it (SRB → FRA)
                own = {a.root for a in ce.sources}
                doer = next(iter(_groups([m for m in actors if sent.start <= m.start and m.end <= ts], text)), [])
                named = [m for m in doer if _root(m, entities) is not None and self._root_of(m, entities) not in own]
                if named:
                    targets = self._actors(named, entities)
                    ce = _retargeted(ce, targets, tuple(named))
            if trig.type == "PROTEST" and trig.mode == "demo" and ce.sources and self.verbal_attack is not None \
                    and _NOTE_FORMS.fullmatch(form):
                if _DELIVER.search(text, max(sent.start, ts - 30), ts):
                    # "menyampaikan protes ke Australia": the state the protest is sent to ("ke" made it a place)
                    to = next((m for m in sorted(places + actors, key=lambda m: m.start) if m.start > te
                               and _TO_ADDRESSEE.fullmatch(text, te, m.start) and _root(m, entities) is not None
                               and len(_root(m, entities) or "") == 3), None)
                    if to is not None and _root(to, entities) not in {a.root for a in ce.sources}:
                        sent_to = self._actors([to], entities)
                        ce = _retargeted(ce, sent_to, (to,))
                if ce.targets and all(a.person is not None or a.sector in (None, "GOV") for a in ce.sources) \
                        and all(a.country is not None and a.sector != "CVL" for a in ce.sources):
                    # "Pemerintah langsung menyampaikan protes ke Australia", "Kemlu melayangkan nota protes": a
                    # state's protest to another is diplomatic criticism (the guide: ACCUSE disapprove), not a
                    # demonstration
                    ce = replace(ce, trigger=self.verbal_attack)
                    trig = self.verbal_attack
            if trig.type == "PROTEST" and ce.sources and not ce.targets:
                # "aksi bela Palestina di depan Kedutaan Besar Amerika Serikat": a protest at a state's mission
                # is aimed at that state
                mission = next((m for m in actors if te <= m.start <= sent.end and _MISSION.match(m.text)
                                and _AT_MISSION.search(text, max(te, m.start - 20), m.start)
                                and _root(m, entities) not in {None, *(a.root for a in ce.sources)}), None)
                if mission is not None:
                    at = self._actors([mission], entities)
                    ce = _retargeted(ce, at, (mission,))
            if trig.type == "RETREAT" and trig.mode == "withdraw" and _FROM_ACCORD.match(text, te):
                # "menarik diri dari kesepakatan iklim Paris", "mundur dari perjanjian nuklir": leaving an accord
                # reduces relations (PLOVER SANCTION `withdraw`); the city an accord is named after is no target
                sanction = replace(trig, type="SANCTION", mode="withdraw", cameo="16", to_place=False)
                kept = tuple(m for m in ce.target_mentions
                             if m.kind != "place" or not _IN_ACCORD_NAME.search(text, te, m.start))
                left = tuple(a for a in ce.targets if any(a.key == m.key for m in kept))
                ce = replace(ce, trigger=sanction, targets=left, target_mentions=kept,
                             pairs=tuple((a, b) for a in ce.sources for b in (left or (None,))))
                trig = sanction
            if trig.type == "THREATEN" and ce.modality == "planned":
                # "menyatakan siap menjadikan Seoul … tumpukan debu": readiness to strike is the threat, and the
                # threatening happened (the guide, section 6: THREATEN is asserted)
                ce = replace(ce, modality="asserted")
            if trig.type == "ACCUSE" and not _VERBAL.match(form) and _DENY_BEFORE.search(text, max(sent.start, ts - 25), ts) \
                    and all(m.end <= ts for m in ce.source_mentions):
                continue  # the denier is the accused, and the accuser is not named here (the denial is the REJECT)
            if trig.type == "AID" and _SHARE.match(text, te):
                continue  # "AS menyumbang 11,1% emisi dunia": a share of a total, no donation
            if trig.type in ("ACCUSE", "REJECT") and not ce.targets and _MEDIA_OBJECT.match(text, te):
                continue  # "mengkritik berita-berita yang …": criticism of the press, no actor's act (guide §1)
            if trig.crowd and not all(a.sector in _CROWD_SECTORS and a.person is None for a in ce.sources):
                continue  # "polisi menutup jalan", "Ketua DPR menyampaikan aspirasi": a crowd's act done by others
            if trig.needs_target and not ce.targets and not (trig.mode == "arrest" and _HUMAN_OBJECT.match(text, te)):
                continue  # a role noun ("menjadi mediator") is an act only between parties named with it
            if not ce.targets and (trig.type in self.carry_types or (trig.type == "SUPPORT" and _THAT_ACT.match(text, te))) \
                    and not _crowd_protest(ce) \
                    and not (trig.type == "CONSULT" and text[te - 3 : te].lower() == "nya" and _VERBAL.match(form)) \
                    and not (trig.type == "REQUEST" and _PUBLIC_APPEAL.match(text, te)) \
                    and not _GENERIC_OBJECT.match(text, te) \
                    and not (_VERBAL.match(form) and any(
                        _OWN_ADDRESSEE.fullmatch(text, te, m.start) and _root(m, entities) in {a.root for a in ce.sources}
                        for m in actors if te < m.start)) \
                    and not (trig.mode == "visit" and _SITE_VISITED.match(text, te)):
                # (a force's act takes no counterpart from words about it in its own sentence: in "Qatar mengecam
                # serangan Israel yang menewaskan …" the critic is not the one attacked)
                recent = [(c.source_mentions, c.target_mentions) for c in reversed(out)
                          if not (trig.type in _MATERIAL and c.trigger.type in _WORDS_ABOUT
                                  and c.trigger.mode != "investigate")] + list(history)
                that_act = bool(_THAT_ACT.match(text, te)) or bool(_ACT_ANAPHOR.match(text, sent.start, ts))
                # (sixteenth pass) a reaction to "that act": an act of the source's own side with nobody on the
                # other side says nothing about whose act it is: "Thailand menuduh Kamboja menembakkan roket.
                # Kamboja membantah tuduhan itu." skips the rocket fire (KHM, no target) for the accusation
                # (THA → KHM), as judgements do
                own_roots = {a.root for a in ce.sources}
                recent = [r for r in recent if r[1] or not that_act
                          or not {self._root_of(m, entities) for m in r[0]} & own_roots]
                ce = self._counterpart(ce, recent, entities, that_act)
            if not ce.targets and ce.sources and trig.type in self.carry_types and not _crowd_protest(ce) \
                    and _SAME_ACT.match(text, te) and not _VERB_PREFIX.match(form):
                ce = _restated(ce, [*reversed(out), *acts])
            if not ce.targets and trig.type == "ASSAULT" and ce.sources and ce.confidence >= 0.8 \
                    and not trig.symmetric and trig.mode not in ("primitive", "beat") \
                    and self.place_country is not None:
                # "Netanyahu telah melanjutkan serangan militer baru" after a sentence about Gaza: the territory
                # named last (this sentence or the two before), when it is not the attacker's own (not for
                # clashes, which have two sides, nor stones and fists, which are local)
                land = [m for m in _territory_back(self, text, sent.start, ts, entities)
                        if m.key not in {a.root for a in ce.sources}]
                if land:
                    targets = self._actors(land, entities)
                    ce = _retargeted(ce, targets, tuple(land))
            if trig.type == "AGREE" and not ce.targets and len(ce.source_mentions) == 1 \
                    and _ASSENT.match(text, sent.start, sent.end):
                ce = _assent(ce, acts)
            if trig.type in _DIRECTED and trig.id not in _HOME_SANCTIONS and not any(t is not None for _, t in ce.pairs) \
                    and not _COUNTED.match(text, te):
                # support, aid, force, concessions and agreements are acts towards someone: not an event,
                # but its actors still anchor the next sentences' anaphora and carried-over targets
                ce = replace(ce, emit=False)
            if trig.type == "REQUEST" and ce.sources and _OWN_CITIZENS.match(text, te) \
                    and not any(t.root not in {a.root for a in ce.sources} for t in ce.targets):
                continue  # the guide: "an embassy advising its nationals" is a domestic administrative act
            if trig.type == "CONSULT" and ce.sources and all(a.sector == "CVL" for a in ce.sources):
                continue  # "Warga Negara Indonesia yang berencana melakukan kunjungan": private travel
            if trig.type == "CONSULT" and trig.mode != "multilateral" and not ce.targets and len(ce.sources) == 1 \
                    and ce.sources[0].country is not None and not _COUNTED.match(text, te):
                continue  # a state's talks, calls or visits with nobody named are too vague to code
            key = (trig.type, tuple(a.root for a in ce.sources), tuple(a.root for a in ce.targets))
            if not ce.targets and any(k[0] == key[0] and k[1] == key[1] and k[2] for k in seen):
                continue  # "menolak gencatan senjata …, menyatakan mereka tidak berunding": the act told again
            if key in seen:
                continue  # "menyambut baik … pengakuan": one event, not two
            seen.add(key)
            out.append(ce)
            if trig.type == "COOPERATE" and ce.emit and any(t is not None for _, t in ce.pairs) \
                    and "berjanji" in self.lex.forms and _PROMISED.search(text, max(sent.start, ts - 60), ts):
                # "Trump dan Moon … sama-sama menyatakan akan terus bekerja sama": declaring future cooperation is
                # also a promise (the guide: AGREE, and the promising happened), beside the cooperation itself
                promise = replace(ce, trigger=self.lex.forms["berjanji"], modality="asserted")
                pkey = ("AGREE", key[1], key[2])
                if pkey not in seen:
                    seen.add(pkey)
                    out.append(promise)
        for um in _ULTIMATUM.finditer(text, sent.start, sent.end):
            # "Hamas memberi Israel waktu 24 jam untuk merespons tuntutan": an ultimatum is a demand (CAMEO 10)
            # on the actor given the deadline
            given = _groups([m for m in actors if um.start("obj") <= m.start and m.end <= um.end("obj")], text)
            trig = Trigger("ultimatum", "REQUEST", "change", "10", False, frozenset())
            ce = self._code_one(text, sent, trig, um.group("verb").lower(), um.start(), um.end("verb"), actors, places,
                                entities, context, (dual, dual_countries)) if given else None
            if ce is None or not ce.sources:
                continue
            own = {_top(a.root, self.org_roots) for a in ce.sources}
            mentions = [m for m in _unique(given[0], entities, self.org_roots) if _root(m, entities) is not None
                        and _top(self._root_of(m, entities), self.org_roots) not in own]
            key = ("REQUEST", tuple(a.root for a in ce.sources), tuple(self._root_of(m, entities) for m in mentions))
            if not mentions or key in seen:
                continue
            seen.add(key)
            targets = self._actors(mentions, entities)
            out.append(_retargeted(ce, targets, tuple(mentions)))
        # "Iran membalas serangan Israel dengan meluncurkan drone": the launch is the attack's means, not a show of force
        attackers = {a.root for c in out if c.trigger.type == "ASSAULT" and c.targets for a in c.sources}
        out = [c for c in out if not (c.trigger.type == "MOBILIZE" and not c.targets
                                      and {a.root for a in c.sources} & attackers)]
        judged_acts: list[CodedEvent] = []
        for judged in self._judgements(text, sent, actors, places, entities, context, (dual, dual_countries), acts) \
                + self._quoted_judgements(text, sent, actors, entities, voice):
            ce = judged
            if not ce.targets:
                own = {a.root for a in ce.sources}
                every = [(c.source_mentions, c.target_mentions) for c in reversed(out)] + list(history)
                # (an act of the judge's own with no counterpart says nothing about whose act is judged)
                recent = [r for r in every if r[1] or not {self._root_of(m, entities) for m in r[0]} & own]
                ce = self._counterpart(ce, recent, entities, that_act=True)
                if not ce.targets and domestic is not None:
                    ce = self._domestic_counterpart(ce, every, entities, domestic)
                if not ce.targets and _judged_at_home(ce, domestic):
                    # (fifteenth pass) "Koalisi Masyarakat Sipil menilai bahwa perintah ini bertentangan dengan …"
                    # as a story's first words: a body's judgement of an act with no actor told is of its own state
                    home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
                    ce = _retargeted(ce, (home,))
                if not ce.targets:
                    continue
            key = (ce.trigger.type, tuple(a.root for a in ce.sources), tuple(a.root for a in ce.targets))
            if any(k[0] == key[0] and k[1] == key[1] for k in seen):
                continue  # "mengecam … dan menilainya berlebihan": the criticism is already coded
            seen.add(key)
            out.append(ce)
            judged_acts.append(ce)
        for i, ce in enumerate(out):
            if ce.targets or ce.trigger.type not in self.carry_types or ce.trigger.type in _DIRECTED or not ce.sources:
                continue
            # "Warga Palestina menilai pengamanan … berlebihan, dan memicu protes": the reaction of the
            # judge has the judged actor as its target
            own = {a.root for a in ce.sources}
            judge = next((j for j in judged_acts if j is not ce and {a.root for a in j.sources} == own), None)
            if judge is not None:
                out[i] = _retargeted(ce, judge.targets, judge.target_mentions)
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
            elif _supported_at_home(ce, text, domestic):
                # (sixteenth pass) "dia juga mendukung proses hukum yang dilakukan oleh kejaksaan": the home state's
                home = _implied_actor(domestic, "GOV", ce.trigger_start, ce.trigger_end)
                out[i] = replace(_retargeted(ce, (home,)), emit=True)
        # "Khariq ditahan penyidik atas dugaan pelanggaran UU ITE", "Ketiganya ditangkap atas dugaan tindak pidana
        # pencucian uang": an arrest told with its charge is also that charge (the guide §12: a named charge is ACCUSE
        # allege), between the same sides
        out += [replace(ce, trigger=_ARREST_ALLEGE) for ce in out
                if ce.trigger.mode == "arrest" and ce.targets and ce.modality != "negated"
                and _ARREST_CHARGE.match(text, ce.trigger_end, sent.end)]
        return out

    def _judgements(self, text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                    entities: dict[str, Entity], context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                    duals: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                    acts: tuple[CodedEvent, ...] = ()) -> list[CodedEvent]:
        """Criticism told as a judgement (the guide, section 1: a statement that criticises an identifiable
        actor is an event): a judging verb whose complement holds a negative evaluative term and names
        the actor judged, before the term or as its genitive ("mengatakan komentar Erdogan itu 'salah dan
        bias'", "menganggap PBB sebagai 'rumah kebohongan'", "menuturkan, tingkah biadab Israel …") is
        ACCUSE disapprove by the verb's subject; no actor named in the complement, no event."""
        if self.judge is None or self.evaluative is None:
            return []
        out: list[CodedEvent] = []
        for jm in self.judge.finditer(text, sent.start, sent.end):
            vs, ve = jm.start(), jm.end()
            stop = _JUDGE_STOP.search(text, ve, sent.end)
            end = stop.start() if stop is not None else sent.end
            words = list(_WORDS.finditer(text, ve, end))
            if len(words) > self.lex.scope:
                end = words[self.lex.scope - 1].end()  # the complement's first words only
            ev = self.evaluative.search(text, ve, end)
            if ev is None or _CLEARED.search(text, max(ve, ev.start() - 40), ev.start()):
                continue  # (fifteenth pass) a clearance: "DKPP menilai Betty tidak terbukti melanggar kode etik"
            groups = _groups([m for m in actors if ve <= m.start and m.end <= end], text)
            judged = next((g for g in groups if g[-1].end <= ev.start()
                           or _GENITIVE_AFTER.fullmatch(text, ev.end(), g[0].start)), None)
            if judged is None and not self.judged_act.match(text, ve):
                continue
            trig = Trigger("menilai-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
            ce = self._code_one(text, sent, trig, jm.group().lower(), vs, ve, actors, places, entities, context, duals)
            if ce is None or not ce.sources:
                continue
            if judged is None:
                # "menilai pengamanan yang dilakukan ini berlebihan": the act's actor is carried over
                out.append(_untargeted(ce))
                continue
            own = {_top(a.root, self.org_roots) for a in ce.sources}
            own_keys = {a.key for a in ce.sources}
            # (one person or body judging another of its own country is a domestic criticism: "Agung menilai
            # kebijakan Presiden Prabowo tidak pro rakyat")
            mentions = [m for m in _unique(judged, entities, self.org_roots)
                        if _root(m, entities) is not None and (
                            _top(self._root_of(m, entities), self.org_roots) not in own
                            or (m.key not in own_keys and not _is_country(m, entities)
                                and entities.get(m.key) is not None and entities[m.key].kind in ("person", "org")))]
            if not mentions:
                continue
            targets = self._actors(mentions, entities)
            out.append(_retargeted(ce, targets, tuple(mentions)))
        return out + self._passive_judgements(text, sent, actors, entities, acts)

    def _quoted_judgements(self, text: str, sent: Sentence, actors: list[Mention], entities: dict[str, Entity],
                           voice: Mention | None) -> list[CodedEvent]:
        """(fifteenth pass) Criticism in the speaker's own quoted words: «Menteri ESDM ini sangat jauh dari pro
        rakyat," tegasnya»: an actor right before a negative evaluative term (only adverbs between) inside a
        quotation is judged by the quotation's speaker (ACCUSE disapprove, as with a judging verb)."""
        if self.evaluative is None or voice is None or self.judge is None:
            return []
        tag = _SPEECH_TAG.search(text, sent.start, sent.end)
        end = tag.start() if tag is not None else sent.end
        if self.judge.search(text, sent.start, end) or _PASSIVE_JUDGING.search(text, sent.start, end):
            return []  # (a judging verb of its own: _judgements)
        speaker = [m for m in _unique([voice], entities, self.org_roots) if _root(m, entities) is not None]
        if not speaker:
            return []
        out: list[CodedEvent] = []
        for ev in self.evaluative.finditer(text, sent.start, end):
            if _CLEARED.search(text, sent.start, ev.start()):
                continue
            before = _groups([m for m in actors if sent.start <= m.start and m.end <= ev.start()], text)
            if self._quoted_act(text, sent.start, ev.start(), before):
                # «Kebijakan ini jelas bertentangan dengan konstitusi," kata X»: the act's actor is resolved as for
                # "menilai tindakan tersebut …" (the story's last counterpart, else the state at home)
                sources = self._actors(speaker, entities)
                trig = Trigger("kutipan-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
                modality = self.modality(text[max(sent.start, ev.start() - 80) : ev.start()])
                out.append(CodedEvent(trig, ev.start(), ev.end(), sources, (), modality, 0.5,
                                      tuple((a, None) for a in sources), tuple(speaker), ()))
                break
            if not before or not _QUOTED_JUDGED_GAP.fullmatch(text, before[-1][-1].end, ev.start()) \
                    or _POSSESSED_BEFORE.search(text, max(sent.start, before[-1][0].start - 30), before[-1][0].start):
                continue  # ("rencana penggagalan … sebagai cawapresnya Pak Prabowo gagal": the plan fails, not him)
            own = {_top(self._root_of(m, entities), self.org_roots) for m in speaker}
            judged = [m for m in _unique(before[-1], entities, self.org_roots) if _root(m, entities) is not None
                      and m.key != speaker[0].key and (_top(self._root_of(m, entities), self.org_roots) not in own
                                                       or (not _is_country(m, entities) and entities.get(m.key) is not None
                                                           and entities[m.key].kind in ("person", "org")))]
            if not judged:
                continue
            sources, targets = self._actors(speaker, entities), self._actors(judged, entities)
            trig = Trigger("kutipan-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
            modality = self.modality(text[max(sent.start, ev.start() - 80) : ev.start()])
            out.append(CodedEvent(trig, ev.start(), ev.end(), sources, targets, modality, 0.55,
                                  tuple((a, b) for a in sources for b in targets), tuple(speaker), tuple(judged)))
            break
        return out

    def _quoted_act(self, text: str, start: int, ev: int, before: list[list[Mention]]) -> bool:
        """(fifteenth pass) An act named back by its noun and a demonstrative right before a quoted evaluative term
        (only adverbs between), with no actor after that noun: "Kerja sama ini … bertentangan dengan UU"."""
        gap = next((g for g in _QUOTED_JUDGED_GAP_BACK.finditer(text, start, ev) if g.end() == ev), None)
        if gap is None:
            return False
        act = self.act_back.search(text, max(start, gap.start() - 40), gap.start())
        return act is not None and not any(m.end > act.start() for g in before for m in g)

    def _passive_judgements(self, text: str, sent: Sentence, actors: list[Mention], entities: dict[str, Entity],
                            acts: tuple[CodedEvent, ...]) -> list[CodedEvent]:
        """A judgement told in the passive of its subject ("Adi dinilai melanggar kode etik", "Anwar Usman
        dinyatakan melakukan pelanggaran berat"; the guide, section 13: an ethics council's findings are ACCUSE
        disapprove): a passive judging verb right before a negative evaluative term judges the actor it follows.
        Its judge is named in the sentence ("menurut Trisno", "oleh DKPP"), or is its teller ("X mengatakan, …",
        "«…», kata X"), or is the body whose ruling or criticism the story told last, preferring one aimed at the
        same actor; with no judge, no event."""
        if self.evaluative is None:
            return []
        out: list[CodedEvent] = []
        for pm in _PASSIVE_JUDGING.finditer(text, sent.start, sent.end):
            vs, ve = pm.start(), pm.end()
            gap = _PASSIVE_TERM_GAP.match(text, ve)
            if gap is None or self.evaluative.match(text, gap.end()) is None:
                continue
            named = [m for m in actors if _ACCORDING_TO.search(text, max(sent.start, m.start - 12), m.start)
                     or (m.start > ve and _BY_BEFORE.search(text, max(ve, m.start - 8), m.start))]
            groups = _groups([m for m in actors if m.end <= vs and m not in named], text)
            judged = groups[-1] if groups and _PASSIVE_SUBJECT_GAP.fullmatch(text, groups[-1][-1].end, vs) else None
            if judged is None and _BECAUSE_BEFORE.search(text, sent.start, vs):
                judged = list(self.subject(text, sent, actors, entities)) or None  # "… karena dianggap melanggar"
            if judged is None:
                continue
            judged = [m for m in _unique(judged, entities, self.org_roots) if _root(m, entities) is not None]
            keys = {m.key for m in judged}
            if not judged:
                continue
            judges: list[Mention] = [m for m in named if m.key not in keys][:1]
            if not judges:
                # "Freddy mengatakan, Yorrys dinilai telah melanggar …", "«… dinilai melanggar …», kata X": its teller
                judges = [m for m in self._speaker(text, sent, ve, judged[0].start, actors) if m.key not in keys]
            if not judges:
                rulings = [c for c in acts if c.emit and c.trigger.type in ("SANCTION", "ACCUSE") and c.source_mentions
                           and not {m.key for m in c.source_mentions} & keys]
                same = next((c for c in rulings if {m.key for m in c.target_mentions} & keys), None)
                ruling = same or next((c for c in rulings if c.trigger.type == "SANCTION"), None)
                judges = list(ruling.source_mentions) if ruling is not None else []
            judges = [m for m in _unique(judges, entities, self.org_roots) if _root(m, entities) is not None]
            if not judges:
                continue
            sources, targets = self._actors(judges, entities), self._actors(judged, entities)
            trig = Trigger("dinilai-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
            modality = self.modality(text[max(sent.start, vs - 80) : vs])
            out.append(CodedEvent(trig, vs, ve, sources, targets, modality, 0.6,
                                  tuple((a, b) for a in sources for b in targets), tuple(judges), tuple(judged)))
        return out

    def _code_one(self, text: str, sent: Sentence, trig: Trigger, form: str, ts: int, te: int,
                  actors: list[Mention], places: list[Mention], entities: dict[str, Entity],
                  context: tuple[tuple[Mention, ...], tuple[Mention, ...]] = ((), ()),
                  duals: tuple[tuple[Mention, ...], tuple[Mention, ...]] = ((), ()),
                  scene: str | None = None, home: str | None = None,
                  voice: Mention | None = None, lead: tuple[Mention, ...] = (),
                  roles: tuple[Mention, ...] = ()) -> CodedEvent | None:
        clause_start = sent.start
        for cb in _CLAUSE_BREAK.finditer(text, sent.start, ts):
            if any(m.start < cb.start() < m.end for m in actors):
                continue  # a dash inside a name ("Moon Jae - in") breaks no clause
            clause_start = cb.end()
        if trig.mode == "demo" and _TAGGED_CROWD.search(text, max(sent.start, ts - 40), ts):
            # '"Hei hei ho ho, Donald Trump harus pergi!" kata para pengunjuk rasa': the crowd speaks; the actors
            # inside its slogan are not the protesters
            return self._crowd(text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
        if trig.mode == "arrest" and _FIRST_PERSON_VERB.match(form):
            # "Delapan orang total yang kita tangkap," ujar Kapolres: the speaker's force, i.e. the home authorities
            focus = _FOCUS_OBJECT.search(text, max(sent.start, ts - 60), ts)
            if home is None or focus is None or _RELATIVE.search(text[max(sent.start, focus.start() - 30) : focus.start()]):
                return None  # (not "Golok yang dibawa pelaku juga telah kami amankan": the person is in the relative)
            return self._by_authorities(text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if trig.id == "rapat-kerja":
            hearing = self._hearing(text, sent, trig, ts, te, actors, entities, clause_start)
            if hearing is not None:
                return hearing
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
            return None
        intended = purpose is not None and trig.type in _PLANNED_MATERIAL  # a plan's purpose: not yet done
        cond = _CONDITION.search(text, max(clause_start, ts - 60), ts)
        if cond is not None and not trig.reported and _THREAT_FRAME.search(text, sent.start, cond.start()):
            # "Israel mengancam akan memperluas invasi apabila Hamas terus menolak usulan": the condition is part
            # of the threat's content (the guide: the threat is asserted), not an act; a bare conditional act
            # stays an event, hypothetical (the guide's modality table)
            return None
        if _HABITUAL.search(text, clause_start, ts) or _GENERIC_LEAD.match(text, sent.start, ts) \
                or (trig.type != "ACCUSE" and _OFTEN.search(text, max(clause_start, ts - 30), ts)):
            return None
        if trig.type == "REQUEST" and _PRAYER.match(text, te):
            return None  # "meminta kepada Allah SWT agar …", "mengajak para jemaah mendoakan Palestina": a prayer
        if trig.id == "dorong" and not _pushed(text, sent, ts, te, actors):
            return None  # (sixteenth pass) "kebijakan baru Cina yang kemudian mendorong Trump untuk …": a cause
        if _TITLED.search(text, max(sent.start, ts - 150), ts):
            return None  # 'Iklan itu diberi judul, "Lorde dan Selandia Baru menolak Suriah …"': a title, not an act
        if _REASON_OF.search(text, max(clause_start, ts - 30), ts):
            return None  # "alasan di balik protes mogok makan tersebut": the act is the topic of a reason
        if _EXAMPLE.search(text, max(clause_start, ts - 30), ts):
            return None  # "semisal mengutuk Israel": an example of what is meant
        if trig.type == "AGREE" and _VERBAL.match(form) and _OPINION.match(text, te):
            return None  # "sepakat dengan Netanyahu bahwa …": sharing an opinion, not an agreement
        if trig.type == "THREATEN" and form.startswith("memperingatkan"):
            warn = _WARN_THAT.match(text, te, sent.end)
            if warn is not None and not _FUTURE.search(warn["rest"]):
                return None  # "memperingatkan bahwa … masih hidup di tempat terbuka": a warning, no threat
        if _DENIED.search(text, max(sent.start, clause_start - 60), clause_start) \
                and not _COORD_BREAK.search(text, clause_start, ts):
            return None  # "membantah bahwa pasukan keamanan melakukan pembakaran": what is denied is no act
        content = _CONTENT_OF.search(text, max(clause_start, ts - 50), ts)
        if content is not None and trig.type not in ("REQUEST", "THREATEN") \
                and not (trig.type == "REJECT" and form.startswith("di")) \
                and not _CONTENT_STOP.search(text, content.start() + 3, ts) \
                and not (trig.type in _ORDERED_ACTS and not _VERBAL.match(form)
                         and _ORDERED.search(text, max(clause_start, ts - 30), ts)) \
                and not (trig.mode == "arrest" and _KEPT_DETAINED.search(text, max(clause_start, ts - 50), ts)):
            return None  # "mengancam akan memperluas invasi": what is threatened, not done
        if trig.type not in ("REQUEST", "THREATEN") and _VERBAL.match(form) \
                and _COORD_BEFORE.search(text, max(sent.start, ts - 16), ts) is not None:
            head = max(_CONTENT_HEAD.finditer(text, max(sent.start, ts - 200), ts), key=lambda h: h.start(),
                       default=None)  # the nearest head before the coordinated verb
            if head is not None and not _CHAIN_BREAK.search(text, head.end(), ts):
                return None  # the second verb of a threat's or a request's content: no act of its own
        if form.startswith("di") and _REL_PASSIVE.search(text[max(sent.start, ts - 30) : ts]) \
                and not (trig.mode == "arrest" and _HUMAN_SUBJECT.search(text, max(clause_start, ts - 50), ts)):
            # (but "dua orang lainnya yang ditangkap di Potorono": people arrested, told in a relative clause, are an
            # arrest by the authorities all the same; the guide codes it, asserted)
            if trig.type == "ACCUSE" and trig.mode == "allege":
                return self._accused_by_subject(text, sent, trig, ts, te, actors, entities, clause_start)
            return None  # "milisi yang didukung Iran": a participle modifying a noun, background
        in_clause = [m for m in actors if clause_start <= m.start and m.end <= ts]
        fallback = not in_clause
        before = in_clause or [m for m in actors if m.end <= ts]
        # (an actor may begin inside the trigger: "memanggil Duta Besar Australia")
        gapped = form not in self.lex.forms  # "menyatakan warga Malaysia itu bersalah": the object is in the gap
        after = [m for m in actors if m.start >= te
                 or (ts < m.start < te < m.end and _VERBAL.match(form) and m.kind == "place")
                 or (gapped and ts < m.start and m.end <= te)]
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
        verbal = bool(_VERBAL.match(form))
        passive = verbal and (form in trig.passive or (form.startswith("di") and form not in _NOT_PASSIVE))
        src: list[Mention] = groups_before[-1] if groups_before else []
        tgt: list[Mention] = []
        dengan = False
        via_antara = False
        territorial = False  # the target is the owner of the territory attacked, not a named party
        received = self._received(text, ts, te, src, near_after, clause_start)
        if received is not None:
            # "panggilan telepon yang diterima X dari Y", "X menerima kunjungan Y": Y acts on X
            src, tgt = received
            sources = _unique(src, entities, self.org_roots)
            targets = [m for m in _unique(tgt, entities, self.org_roots) if m.key not in {x.key for x in sources}]
            modality = self.modality(text[max(clause_start, ts - 80) : ts])
            src_actors = self._actors(sources, entities)
            tgt_actors = self._actors(targets, entities)
            if not src_actors or any(a.root is None for a in src_actors):
                return None
            recv_pairs = tuple((a, b) for a in src_actors for b in (tgt_actors or (None,)))
            return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.8, recv_pairs, tuple(sources),
                              tuple(targets))
        if verbal and not passive and src and not fallback \
                and _DECISION_OF.search(text, max(clause_start, src[0].start - 40), src[0].start) \
                and not _HAS_VERB.search(text, src[-1].end, ts) and "yang" not in text[src[-1].end : ts].split():
            return None  # "keputusan AS mengakui Yerusalem": the decision's content, told as background
        giver = next(([m] for m in sorted(after + places, key=lambda m: m.start)
                      if m.start >= te and _FROM_GIVER.match(text[te : m.start])
                      and (m in after or _is_country(m, entities))), []) if not verbal else []
        if giver and _RECEIPT.search(text, max(clause_start, ts - 30), ts):
            # "Palestina … mendapat pengeboman dari Israel", "menuai kecaman dari X": the giver (a country
            # after "dari" is no location here) acts on the receiver, the clause subject
            receiver = src
            src, near_after, fallback, verbal = giver, ([receiver] if receiver else []), False, True
        elif (not verbal or form in _NOT_PASSIVE) and not src and _DUAL_GENITIVE.match(text, te) and duals[0]:
            # "Diskusi keduanya juga meliputi …": the two parties of the latest event
            src, near_after, fallback, verbal = list(duals[0][:1]), [list(duals[0][1:])], False, True
        if not verbal:
            gap0 = text[te : near_after[0][0].start] if near_after else ""
            via_phone = trig.mode == "phone" and bool(src) and not fallback \
                and bool(_VIA.search(text, max(clause_start, ts - 12), ts))
            if trig.type == "AGREE" and _AWAY_FROM.search(text, max(clause_start, ts - 20), ts):
                return None  # "menjauhkan Israel dan Hamas dari kesepakatan", "mundur dari perjanjian": not the agreement
            if trig.type == "AGREE" and _NEGOTIATED.search(text, max(clause_start, ts - 50), ts):
                return None  # (sixteenth pass) "merundingkan perjanjian dagang dengan X": an accord under talks
            partners = trig.symmetric and len(near_after) > 1 and not gap0.strip() \
                and bool(_PARTNER_GAP.fullmatch(text, near_after[0][-1].end, near_after[1][0].start))
            if trig.type not in _AGENTIVE_NOUNS and _TOPIC_OF.search(text, max(clause_start, ts - 40), ts) and not (
                    trig.symmetric and near_after and _DENGAN_NEAR.match(gap0)) and not via_phone and not partners:
                return None  # "mencerminkan pengakuan AS terhadap …": the act is another predicate's topic
            if near_after and _MEANS.search(gap0):
                return None  # "memperluas kerja sama melalui penandatanganan MoU dengan X": the means is the act
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
            genitive = near_after[0] if is_gen else None
            if genitive is not None:
                src = genitive
                rest = [g for g in near_after[1:] if g[0].start - genitive[-1].end <= 60
                        and not _LATER_CLAUSE.search(text[genitive[-1].end : g[0].start])]
                near_after = rest
                fallback = False
            elif trig.type in _AGENTIVE_NOUNS and near_after and _FROM_AGENT.match(gap0) \
                    and trig.mode not in _PATIENT_MODES:
                # "kecaman dari seluruh negara … termasuk Indonesia", "peringatan dari Presiden AS": the agent
                src, near_after, fallback = near_after[0], [], False
            elif trig.type == "ACCUSE" and near_after and _THAT.match(text[te : near_after[0][0].start]) \
                    and not fallback and groups_before:
                # "(X memutuskan hubungan …) terkait tudingan bahwa Doha mendukung terorisme": X accuses Doha
                src, tgt = groups_before[0], near_after[0]
                near_after = [near_after[0]]
            elif near_after and len(near_after[0]) >= 2 and _pair_gap(text, te, near_after[0][0].start, trig, verbal):
                pass  # "pembicaraan antara X dan Y", "Pertemuan Korsel dan Korut": handled below
            elif trig.symmetric and near_after and _DENGAN_NEAR.match(text[te : near_after[0][0].start]):
                # "penandatanganan MoU dengan India", "Dalam pertemuan dengan Netanyahu …, Trump mengatakan"
                if not src and _FRAME.match(text[sent.start : ts]):
                    # the subject follows the frame's comma
                    src = next((g for g in near_after[1:] if "," in text[near_after[0][-1].end : g[0].start]), [])
                fallback = False
                if not src:
                    return None
            elif trig.mode == "discontinue" and src and near_after and _DENGAN_NEAR.match(gap0):
                # "(Menlu Mesir mengatakan bahwa) pemutusan hubungan diplomatik dengan Qatar …": ties cut by the
                # clause's subject or speaker with the "dengan" partner
                fallback = False
            elif via_phone:
                pass  # "Trump dan Moon lewat panggilan telepon sama-sama menyatakan …": they spoke by phone
            elif trig.mode == "visit" and src and not fallback and near_after \
                    and _VISIT_DEST.match(text[te : near_after[0][0].start]):
                pass  # "(Blinken …) di akhir tur regional yang juga mencakup Israel dan Mesir": the destinations
            elif not (src and not fallback and _light_verb(text, trig, max(clause_start, ts - 40), ts)):
                # "pembicaraan langsung telah berlangsung … antara X dan Y", "serangan 7 Oktober yang
                # menewaskan 1.139 warga Israel": a noun whose own predicate says it took place
                occurred = self._occurred(text, sent, trig, ts, te, actors, entities, clause_start, places)
                if occurred is None and not src and _crowd_act(trig, form, scene):
                    return self._crowd(text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
                if occurred is None and trig.mode in _UNREST_MODES:
                    return self._unrest(text, sent, trig, ts, te, src, tgt, places, entities, clause_start, scene,
                                        actors)
                if occurred is None and not src and trig.mode == "arrest" and home is not None:
                    # "Penangkapan tiga tersangka tersebut …", "dilakukan penangkapan di Cimanggis", "penangkapan
                    # Khariq Anhar": an arrest told by its noun with no arresting side named, by the implied police
                    # of the place, else the detainee's or the article's country
                    held = [m for m in actors if te < m.start <= te + 3 and not _is_country(m, entities)
                            and _root(m, entities) is not None]
                    if held or _ARRESTED.match(text, te):
                        return self._by_authorities(text, sent, trig, ts, te, held[:1], places, entities,
                                                    clause_start, home)
                if occurred is None and trig.id == "geledah" and home is not None \
                        and (not src or fallback or _SEARCH_TOPIC.search(text, max(sent.start, ts - 24), ts)) \
                        and not _SEARCH_FRAME.search(text, max(sent.start, ts - 30), ts):
                    # (fifteenth pass) "soal penggeledahan Kantor Diskominfo Sleman", "Penggeledahan dilakukan pada
                    # Kamis", "penggeledahan ini merupakan …": a search told by its noun, by the implied authorities
                    # (the guide §16: ACCUSE investigate); not "dari hasil penggeledahan", "Surat Perintah
                    # Penggeledahan", "lokasi penggeledahan" (the search told before, or a document)
                    searched = [m for m in actors if te < m.start and _SEARCHED_GAP.fullmatch(text, te, m.start)
                                and not _is_country(m, entities) and _root(m, entities) is not None]
                    if searched or _SEARCH_TOLD.match(text, te):
                        return self._by_authorities(text, sent, trig, ts, te, searched[:1], places, entities,
                                                    clause_start, home)
                return occurred
        if passive:
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
            tgt, src = ([] if outside else src), agent or []
        elif near_after and len(near_after[0]) >= 2 and _pair_gap(text, te, near_after[0][0].start, trig, verbal):
            pair = near_after[0]  # "pembicaraan antara AS dan Iran", "Pertemuan Korsel dan Korut akhirnya digelar"
            via_antara = True
            if not src or fallback or not verbal:
                src, tgt = pair[:1], pair[1:]
            else:
                tgt = pair
        else:
            cands = near_after
            if trig.symmetric:
                partner = [g for g in near_after if _DENGAN.search(text[te : g[0].start])
                           and not _DENGAN_VERB.search(text[te : g[0].start])]
                dengan = bool(partner)
                # a meeting held ("menggelar rapat") meets only its "dengan/bersama" partner: not what it discusses
                # ("menggelar rapat membahas dukungan terhadap Ahok") nor its own organ ("melaksanakan Rapat Bamus")
                cands = partner or ([] if trig.id in _PARTNER_ONLY else near_after)
            # an unresolved name ("desa-desa Bedouin" taken for a person) is not the target when a known actor follows
            if trig.type in _TERRITORIAL:
                cands = [g for g in cands if any(_root(m, entities) for m in g)] or cands
            if trig.mode == "troops":
                # "mengirimkan personel sebanyak 3.184 Personel Polri ke …": the sender's own force is no target
                own0 = {_root(m, entities) for m in src}
                cands = [g for g in cands if any(_root(m, entities) not in own0 for m in g)]
            tgt = cands[0] if cands else []
            if trig.mode in ("visit", "troops") or trig.to_place:
                # "mengirimkan menteri luar negerinya ke Qatar", "mengirimkan pasukan perdamaian ke Gaza": the
                # destination, before later actors
                dest = next(([m] for m in places if te <= m.start <= te + 40
                             and re.search(r"\bke\s+$", text[max(te, m.start - 4) : m.start])), [])
                if not dest and trig.mode == "troops" and self.place_country is not None:
                    dest = self._territory(text, te, min(sent.end, te + 40), entities)
                own = {_root(m, entities) for m in src}
                if dest and (not tgt or dest[0].start < tgt[0].start or all(_root(m, entities) in own for m in tgt)):
                    tgt = dest  # (a force of the sender's own — "2.000 personel TNI ke Gaza" — is not the target)
            if trig.type in _TERRITORIAL and verbal and self.place_country is not None:
                # "Jika Israel menyerang Rafah, AS akan …": the city the verb takes as object, before later actors
                city = _object_city(self, text, te, entities)
                if city and (not tgt or city[0].start < tgt[0].start):
                    tgt = city
            own_roots = {_root(m, entities) for m in src}
            # (a state body hosting a guest of its own country — "Presiden menerima pengurus PBNU di Istana" — meets
            # that guest, not the place it receives it in: thirteenth pass)
            if not any(_root(m, entities) not in own_roots | {None} for m in tgt) \
                    and not (trig.adjacent and trig.mode == "visit"
                             and all(_sector(m, entities) in _STATE for m in src)) \
                    and (trig.type in _TERRITORIAL or trig.mode in ("visit", "withdraw") or trig.type == "AID"
                         or trig.to_place
                         or (trig.mode == "weapons" and bool(_LAUNCH.match(form)))):
                # (a later mention of the source's own country — "…, karena Washington berupaya …" — is no target)
                # "serangan ke Yaman", "serangan Israel di Gaza", "mengirimkan bantuan ke Gaza": the territory's owner
                anchor = max([te] + [m.end for m in src if m.start >= te])
                named = tgt
                # (aid goes "untuk korban gempa di Myanmar": its beneficiaries' place is the recipient)
                purpose_words = _PURPOSE_WORDS_AID if trig.type == "AID" else _PURPOSE_WORDS
                tgt = next(([m] for m in places if anchor <= m.start <= anchor + 80
                            and not purpose_words.search(_unlisted(text[anchor : m.start]))), [])
                if not tgt and self.place_country is not None:
                    tgt = self._territory(text, anchor, sent.end, entities)
                if not tgt and self.place_country is not None and trig.type in _TERRITORIAL and verbal:
                    # "Rusia menggempur Kharkiv": a city attacked as the verb's object
                    tgt = _object_city(self, text, anchor, entities)
                if not tgt and self.place_country is not None:
                    back = _TERRITORY_BACK.search(text, anchor, min(sent.end, anchor + 80))
                    if back is not None and not re.search(r";|\.\s", text[anchor : back.start()]):
                        # "blokade Israel … ke wilayah tersebut": the territory named last before
                        tgt = _territory_back(self, text, sent.start, back.start(), entities)
                if tgt and trig.type == "COERCE" and all(_root(m, entities) in own_roots for m in tgt):
                    # "Polisi menangkap tiga pengedar di Cimanggis, Depok": a place of the source's own country is
                    # an arrest's scene, not its target (the people it falls on are implied; a regime's bombing
                    # of its own towns keeps them: "serangan oleh rezim di desa-desa di Sweida")
                    tgt = []
                territorial = bool(tgt) and trig.type in _TERRITORIAL
                tgt = tgt or named  # no territory found: the named actor stays (an intra-state act may keep it)
        if not tgt and src and not passive and _OBJECT_BACK.match(text, te):
            # "Hamas memberi Israel waktu …, dan memperingatkan negara tersebut akan …": that other country
            own = {_root(m, entities) for m in src}
            earlier = [m for m in actors if m.end <= ts and m not in src and _is_country(m, entities)
                       and _root(m, entities) not in own]
            tgt = earlier[-1:]
        capital = _AS_CAPITAL.match(text, te) if trig.type == "SUPPORT" and not tgt else None
        if capital is not None and self.place_country is not None:
            name = capital.group("name")
            country = self.place_country(name)
            if country:
                # "memberikan pengakuan kepada Yerusalem sebagai ibu kota": the recognised capital's country
                entities.setdefault(country, Entity(country, country, "place", country, None, ()))
                tgt = [Mention(name, capital.start("name"), capital.end("name"), "place", country)]
        if tgt:
            tgt = _listed_with(tgt, actors, places, text, entities)
        if trig.reported:
            # "Netanyahu mengatakan bahwa Hamas telah berbohong", "«Hamas berbohong», kata Netanyahu":
            # the speaker accuses the clause subject
            teller = self._speaker(text, sent, te, clause_start, actors)
            tag = max(_SPEECH_TAG.finditer(text, max(0, sent.start - 300), sent.start), key=lambda t: t.start(),
                      default=None) if not teller and context[0] else None
            if tag is not None and _BARE_QUOTE.fullmatch(text, sent.start, sent.end) \
                    and all(0 <= m.start - tag.end() <= 60 for m in context[0]):
                # a quoted paragraph with no tag of its own goes on with the quotation just before it, when the
                # latest act's source is that quotation's speaker ("«Kami memperingatkan …,» kata juru bicara
                # Brigade al-Qassam. «Jika tidak, Israel akan membayar mahal»")
                teller = list(context[0])
            said = _SAYS_OF.search(text, max(sent.start, src[0].start - 40), src[0].start) \
                if not teller and src and not fallback else None
            if said is not None:
                # (fifteenth pass) "KPK menyebut Kusnadi menerima komitmen fee …": the clause is not split at the
                # judging verb; the actor right before the verb tells, the one right after it is said to have acted
                teller = next((g for g in reversed(_groups([m for m in actors if m.end <= said.start()], text))
                               if said.start() - g[-1].end <= 1), [])
            if not teller or fallback or not src:
                return None
            src, tgt = teller, src
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
        if not src and passive and trig.type == "ASSAULT" and tgt and not trig.symmetric \
                and not re.match(r"\s+(?:[\w-]+\s+){0,2}?oleh\b", text[te : te + 40], re.IGNORECASE):
            # (a named but unresolved attacker, "diserang oleh massa", is no unknown perpetrator)
            # "Seorang WNA asal Rusia tewas dibunuh di Bali": the guide's one exception to "no source, no event",
            # an attack whose perpetrator is unknown (source null)
            victims = [m for m in _unique(tgt, entities, self.org_roots) if _root(m, entities) is not None]
            if victims:
                modality = self.modality(text[max(clause_start, ts - 80) : ts])
                tgt_actors = self._actors(victims, entities)
                return CodedEvent(trig, ts, te, (), tgt_actors, modality, 0.55,
                                  tuple((None, b) for b in tgt_actors), (), tuple(victims))
        if not src and _crowd_act(trig, form, scene) and not passive:
            return self._crowd(text, sent, trig, ts, te, places, entities, clause_start, actors, scene)
        if trig.mode in _UNREST_MODES and not passive:
            unrest = self._unrest(text, sent, trig, ts, te, src, tgt, places, entities, clause_start, scene, actors)
            if unrest is not None:
                return unrest
        charged = trig.type == "ACCUSE" and ("tersangka" in form or form.startswith(_CHARGED))
        if not src and passive and trig.type in ("COERCE", "SANCTION", "ACCUSE") and (trig.type != "ACCUSE" or charged) \
                and trig.mode != "restrict" and home is not None and (not tgt or spoken) \
                and _HUMAN_SUBJECT.search(text, max(clause_start, ts - 50), ts):
            # "satu orang lainnya ditangkap di Banguntapan", "kelima pelaku sudah ditetapkan menjadi tersangka":
            # unnamed people arrested or charged by the authorities of the place, else of the article's country
            # (not the officer who tells it: "…, kata Teguh")
            return self._by_authorities(text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if not src and passive and trig.type == "REJECT" and home is not None \
                and _LEGAL_REMEDY.search(text, max(clause_start, ts - 90), ts):
            # "banding yang dilakukannya di Pengadilan Militer Tinggi I Medan ditolak", "gugatan mereka ditolak":
            # an appeal or suit turned down with no body named is refused by the courts of the place, else of the
            # article's country, to the people who filed it (5 of 5 unseen hits are such refusals)
            return self._remedy_refused(text, sent, trig, ts, te, places, entities, clause_start, home)
        if not src and trig.id in _STAGED and home is not None:
            # "kasus tersebut sudah naik ke tahap penyidikan": the home authorities' investigation of those reported
            return self._by_authorities(text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if not src and passive and trig.mode == "arrest" and home is not None \
                and _NOT_YET_ARRESTED.search(text, max(clause_start, ts - 30), ts) \
                and _CASE_PARTY.search(text, sent.start, ts):
            # '"Pelaku sudah jelas terlihat dalam video, tapi kenapa belum ditangkap," kata Mamet': an arrest
            # the home authorities have not made (the guide: a negated COERCE arrest), also in a quote; only of a
            # party to a case ("orang ini tuh penjahat gitu tapi entah kenapa belum ditangkap": criminals at large)
            return self._by_authorities(text, sent, trig, ts, te, [], places, entities, clause_start, home)
        if not src and not passive and trig.mode == "arrest" and _FRONTED_AFTER.match(text, sent.start, ts):
            fronted = self._fronted_arrest(text, sent, trig, ts, te, actors, entities)
            if fronted is not None:
                return fronted
        if spoken and passive and not src:
            return None  # "«Sudah jadi tersangka», kata Teguh": the speaker is not the one charged
        if not src and passive and (trig.type in ("COERCE", "SANCTION") or charged) and tgt and trig.mode != "restrict" \
                and not re.match(r"\s+(?:[\w-]+\s+){0,2}?oleh\b", text[te : te + 40], re.IGNORECASE):
            # "Khariq ditahan penyidik", "terdakwa tetap dijatuhi hukuman mati": arrests, detentions and sentences
            # are the state's; the arresting state is the country of the place named, else the detainee's
            return self._by_authorities(text, sent, trig, ts, te, tgt, places, entities, clause_start)
        if not src:
            return None
        if trig.type == "ASSAULT" and not tgt and not passive:
            tgt = _victims_before(text, clause_start, ts, actors, entities, src)
        if trig.needs_target and not tgt and not (trig.mode == "arrest" and _HUMAN_OBJECT.match(text, te)) and not (
                trig.symmetric and trig.type == "CONSULT" and not passive
                and _fellow_bodies(text, clause_start, ts, actors, src[0], entities, self.org_roots)):
            # (a meeting two bodies hold together names its partner before the verb: _fellow_bodies; "Polres Bogor
            # telah mengamankan 20 orang", "pihaknya mengamankan tiga orang tersangka": unnamed people secured are
            # arrested, _implied_people gives them as the target; 19 of 19 unseen hits are arrests)
            return None
        # (sixteenth pass) a passive's patient is its subject, before it: "Ahok diperiksa Bareskrim", where the agent
        # named right after the verb (`_BARE_AGENT`, "oleh") makes it an investigation; not "diterima" (`jamu`:
        # "gugatan X diterima MK" is no visit)
        if trig.adjacent and not (passive and trig.id == "periksa") and (not _ADJACENT.fullmatch(text, te, tgt[0].start)
                              or (trig.type == "CONSULT" and _sector(tgt[0], entities) == "CVL")):
            return None  # "menerima bantuan dari Jepang", "menyambut usulan Mesir", "menerima 20 WNI": no guest
        if trig.id == "lapor-orang" and not _reported_person(text, te, src, tgt, entities):
            return None  # (sixteenth pass) "Wartawan Antara melaporkan Presiden Jokowi berjalan kaki": news, no report
        # an actor without a country or organisation (an unknown person) cannot be coded
        sources = [m for m in _unique(src, entities, self.org_roots) if _root(m, entities) is not None]
        if not sources:
            return None
        # same country, different actors (rebels vs regime) is kept; an actor and its own country is not
        src_keys = {s.key for s in sources}
        src_roots = {_top(_root(s, entities), self.org_roots) for s in sources}
        # an armed or state actor's force against its own country's territory or people is an
        # intra-state event (the guide: "Pasukan Suriah … menyerang desa-desa di Suriah" is SYR → SYR)
        forces = bool(sources) and all(s.sector in _FORCE_SECTORS for s in sources)
        src_sectors = {_sector(s, entities) for s in sources}

        def intra(m: Mention) -> bool:
            if trig.type in _TERRITORIAL and forces and (territorial or m.sector is None):
                return True  # the country's own territory or people
            # regime vs rebels: a conflictual act between two sectors of one country
            if trig.type in _CONFLICT and m.sector in _NON_STATE and all(src_sectors) \
                    and m.sector not in src_sectors:
                return True
            # protesters, rebels or civilians against their own state ("para demonstran menuntut pemerintah",
            # "pemberontak menuduh rezim"): the guide's intra-state events, same root on both sides
            target_sector = m.sector or ("GOV" if _is_country(m, entities)
                                         or _GOVERNMENT_OF.search(text, max(0, m.start - 16), m.start) else None)
            # (a private person too: "Mamet mendesak polisi …")
            if trig.type in _UPWARD | {"CONSULT"} and bool(src_sectors) and src_sectors <= _NON_STATE | _CROWD_SECTORS \
                    and target_sector in _STATE and trig.mode != "visit":
                # (but citizens coming to an office is no state visit: "Mahasiswa mendatangi kantor DPRD … untuk
                # menyampaikan tuntutan")
                return True  # ("Mahasiswa melakukan audiensi dengan pimpinan DPRD": citizens meeting their officials)
            if trig.type == "CONSULT" and trig.mode != "visit" and bool(src_sectors) and src_sectors <= _STATE \
                    and m.sector in _ORGANISED_CITIZENS:
                # (sixteenth pass) "Ketua DPRD menemui massa aksi", "Wiranto menerima perwakilan massa aksi": the same
                # meeting told from the officials' side (a crowd, students, workers; not residents met on a tour)
                return True
            if trig.type in _UPWARD and None in src_sectors and src_sectors <= _NON_STATE | {None} \
                    and target_sector in _STATE and not any(_is_country(s, entities) for s in sources):
                return True
            # courts, police and legislatures acting on others of their country ("Jaksa militer AS mendakwa seorang
            # tentara AS"): the law's own acts are intra-state events
            person = entities.get(m.key) is not None and entities[m.key].kind == "person"
            if trig.type in _UPWARD | {"SANCTION"} and bool(src_sectors) and src_sectors <= _LAW \
                    and ((target_sector is not None and target_sector not in src_sectors) or person):
                return True
            # one named person or body against another of the same country ("Trump mengancam akan mendeportasi
            # Musk", "Musk mengkritik Trump", "Bawaslu memberikan sanksi kepada KPU"): a domestic conflict, same root
            # on both sides
            # (attending a body's event is no meeting with it: "menghadiri puncak HUT Partai Golkar")
            if trig.type in _BETWEEN_STATE_BODIES and not (all(_official(s, entities) for s in sources)
                                                           and _official(m, entities)):
                return False
            return trig.type in _UPWARD | _BETWEEN_BODIES and trig.id != "hadiri" and not _is_country(m, entities) \
                and m.key not in src_keys \
                and not any(_is_country(x, entities) for x in sources) \
                and entities.get(m.key) is not None and entities[m.key].kind in ("person", "org") \
                and entities[m.key].country is not None  # (two UN bodies are no domestic conflict)

        def own_people(m: Mention) -> bool:
            # "KBRI … memberikan bantuan kepada para WNI": a state caring for its own citizens is a domestic
            # administrative act (the guide, section 1), not an event
            return trig.type in _COOPERATIVE and _sector(m, entities) in ("CVL", "REF") \
                and _top(_root(m, entities), self.org_roots) in src_roots and src_sectors <= _STATE

        targets = [m for m in _unique(tgt, entities, self.org_roots) if (m.key not in src_keys or intra(m))
                   and not own_people(m)
                   and _root(m, entities) is not None
                   and not (_top(_root(m, entities), self.org_roots) in src_roots and not intra(m)
                            # (sixteenth pass: a town of the source's own country is no counterpart either, now that
                            # its bodies named in full are organisations: "Kementerian Sosial … di Bekasi")
                            and (_is_country(m, entities) or m.kind in ("org", "place") or any(
                                _is_country(s, entities) or (entities.get(s.key) is not None
                                and entities[s.key].kind == "person") for s in sources)))]
        modality = self.modality(text[max(clause_start, ts - 80) : ts])
        if (intended or trig.id in _PREPARED) and modality == "asserted":
            modality = "planned"
        conf = 0.55 + (0.25 if not fallback and not anaphoric else 0.0) + (0.15 if targets else 0.0)
        src_actors = self._actors(sources, entities)
        tgt_actors = self._actors(targets, entities)
        if trig.symmetric and trig.type in _BETWEEN_STATE_BODIES | {"CONSULT"} and not tgt_actors \
                and len(sources) == 1 and not passive:
            # "Pemerintah dan DPR sepakat …", "DPRD bersama pemerintah kota menyepakati …": one country's bodies
            # acting together (one mention per root above kept only the first)
            targets = _fellow_bodies(text, clause_start, ts, actors, sources[0], entities, self.org_roots)
            if not targets and ana is not None and ana["dual"] and _official(sources[0], entities):
                # "Keduanya sepakat …" after a minister's MoU with another: the two bodies named before
                root = _top(_root(sources[0], entities), self.org_roots)
                targets = [m for m in src if m.key != sources[0].key and _official(m, entities)
                           and _top(_root(m, entities), self.org_roots) == root][:1]
            tgt_actors = self._actors(targets, entities)
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
        return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, round(min(conf, 0.95), 2), tuple(pairs),
                          tuple(sources), tuple(targets))


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
# the words between a role subject and its verb: a few, none of them a passive ("Tersangka perlu dipastikan …")
_ROLE_TO_VERB = re.compile(r"\s+(?:(?!di[a-z]{3,})[\w-]+,?\s+){0,5}")
# what may stand before a subject: the clause's start, a comma or a conjunction
_SUBJECT_SLOT = re.compile(r"(?:^\W*|[,;:\"“]\s*|\b(?:dan|lalu|kemudian|namun|sementara|bahkan|itu|ini|tersebut|pun)\s+)$",
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


def _place_in(text: str, sent: Sentence, places: list[Mention]) -> Mention | None:
    """The place the sentence puts its act in: the first one named after "di/ke" ("di Lima", "ke Jalan …, Kota X")."""
    return next((m for m in places if sent.start <= m.start < sent.end
                 and _IN_PLACE.search(text, max(sent.start, m.start - 40), m.start)), None)


def _crowd_root(actors: list[Mention], entities: dict[str, Entity], crowd: Callable[[Mention], bool]) -> str | None:
    """The country of a bare crowd the sentence names (demonstrators, students, workers), if any."""
    return next((r for m in actors if crowd(m) and m.sector == "OPP" and (r := _root(m, entities)) is not None), None)


def _pair_gap(text: str, te: int, start: int, trig: Trigger, verbal: bool) -> bool:
    """The words between a trigger and a coordinated group of actors make that group the act's two parties: "antara"
    ("pembicaraan antara AS dan Iran"), or nothing at all after a symmetric noun ("Pertemuan Korsel dan Korut
    akhirnya digelar", "perundingan Israel dan Hamas")."""
    gap = text[te:start]
    return bool(_ANTARA.match(gap)) or (trig.symmetric and not verbal and not gap.strip())


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


_CIVIL_JUDGES = frozenset({"NGO", "CVL", "EDU", "LAB", "REL", "OPP", "MED", "JRN"})
"""(fifteenth pass) The sectors whose criticism of an act nobody names is of their own state (``_judged_at_home``)."""


def _judged_at_home(ce: CodedEvent, domestic: str | None) -> bool:
    """(fifteenth pass) A judged act whose actor neither the sentence nor the story before it names, judged by
    civil society of the one country a story is told in (a coalition, students, a union; ``_CIVIL_JUDGES``): the
    act is its state's (the guide's intra-state events, as for an unaddressed demand: ``_addressed_at_home``); a
    state body's or official's judgement of an act nobody names stays silent (it may judge anyone)."""
    return domestic is not None and bool(ce.sources) and not ce.targets and all(
        a.country == domestic and a.sector in _CIVIL_JUDGES for a in ce.sources)


def _retargeted(ce: CodedEvent, targets: tuple[Actor, ...], mentions: tuple[Mention, ...] | None = None) -> CodedEvent:
    """``ce`` aimed at ``targets`` (found at ``mentions``; without them, an implied actor: the event's target mentions
    stay as they are): one pair per source and target."""
    return replace(ce, targets=targets, target_mentions=ce.target_mentions if mentions is None else mentions,
                   pairs=tuple((a, b) for a in ce.sources for b in targets))


def _untargeted(ce: CodedEvent) -> CodedEvent:
    """``ce`` with its targets dropped: one pair per source, with no target."""
    return replace(ce, targets=(), target_mentions=(), pairs=tuple((a, None) for a in ce.sources))


# (sixteenth pass) an act named back by its noun and a demonstrative ("bergabung dalam protes tersebut", "mengulangi
# ancaman itu"): the same act told again
_SAME_ACT = re.compile(r"\s+(?:[a-z]+\s+)?(?:tersebut|itu|ini)\b")
_VERB_PREFIX = re.compile(r"(?:me|di|ber|ter)[a-z]")


def _restated(ce: CodedEvent, earlier: list[CodedEvent]) -> CodedEvent:
    """(sixteenth pass) An act with no target named back as "that act" ("Schumer juga bergabung dalam protes
    tersebut") is the latest act of its type told by the same side: it takes that act's targets, also when they are
    of the source's own country (which ``_counterpart``, comparing countries, cannot carry)."""
    own = {a.root for a in ce.sources}
    same = next((c for c in earlier if c.trigger.type == ce.trigger.type and c.targets
                 and own & {a.root for a in c.sources}), None)
    return ce if same is None else _retargeted(ce, same.targets, same.target_mentions)


def _implied_actor(country: str | None, sector: str, start: int, end: int) -> Actor:
    """A country's state, police, courts or civilians that an act implies without naming them, anchored on the
    trigger (the words that imply it)."""
    return Actor("", country, None, None, sector, start, end, key=f"{country}:{sector}", implied=True)


def _scene(acts: tuple[CodedEvent, ...]) -> str | None:
    """Whose demonstrations the story tells: the protesters' country of the latest protest of the last
    sentences (not the article's most-named country: a story of rallies for Palestine names Palestine most)."""
    for ce in acts:
        if ce.trigger.type == "PROTEST" and ce.sources and ce.sources[0].country is not None:
            return ce.sources[0].country
    return None


def _territory_of(coder: EventCoder, text: str, start: int, end: int,
                  entities: dict[str, Entity]) -> list[Mention]:
    """A gazetteer place "di/ke X" right after an attack, as its owner country's mention."""
    assert coder.place_country is not None
    m = _TERRITORY.search(text, start, min(end, start + 80))
    if m is None or re.search(r";|,|\.\s", text[start : m.start()]):
        return []
    return _named_place(coder.town_country, m, entities)


def _object_city(coder: EventCoder, text: str, start: int, entities: dict[str, Entity]) -> list[Mention]:
    """A gazetteer place right after a transitive verb, as its owner country's mention."""
    assert coder.place_country is not None
    m = _OBJECT_NAME.match(text, start)
    return _named_place(coder.town_country, m, entities) if m is not None else []


def _named_place(lookup: Callable[[str], str | None] | None, m: re.Match[str],
                 entities: dict[str, Entity]) -> list[Mention]:
    """The longest leading words of a matched capitalised ``name`` the gazetteer knows, as a mention of its
    owner country (registered in ``entities``): "Khan Younis pada Senin" → Khan Younis, PSE."""
    if lookup is None:
        return []
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        country = lookup(name)
        if country:
            entities.setdefault(country, Entity(country, country, "place", country, None, ()))
            return [Mention(name, m.start("name"), m.start("name") + len(name), "place", country)]
    return []


def _light_verb(text: str, trig: Trigger, start: int, ts: int) -> bool:
    """A verb before an act noun that makes the clause's subject its agent ("melancarkan serangan"; for a
    sanction, embargo or blockade also "menambah sanksi", "menerapkan embargo": sixteenth pass)."""
    before = text[start:ts]
    return bool(_LIGHT_VERB.search(before)) \
        or ((trig.type == "SANCTION" or trig.id == "blokade") and bool(_SANCTION_VERB.search(before)))


def _territory_back(coder: EventCoder, text: str, sent_start: int, end: int,
                    entities: dict[str, Entity]) -> list[Mention]:
    """The latest gazetteer place "di/ke X" within the sentence or the two before, for "wilayah tersebut"."""
    assert coder.place_country is not None
    start = sent_start
    for _ in range(2):
        prev = text.rfind(". ", 0, max(0, start - 2))
        start = prev + 2 if prev >= 0 else 0
    found: list[Mention] = []
    for m in _TERRITORY.finditer(text, start, end):
        found = _named_place(coder.place_country, m, entities) or found
    return found


def _sector(m: Mention, entities: dict[str, Entity]) -> str | None:
    """A mention's sector: its own, else its entity's, else GOV for a country named as an actor."""
    ent = entities.get(m.key)
    return m.sector or (ent.sector if ent is not None else None) or ("GOV" if _is_country(m, entities) else None)


# a hearing named with its partner: "rapat dengar pendapat Eselon I Kemenkeu dengan Komisi XI DPR RI", "RDP bersama
# Komisi X DPR RI": the hearing took place, whatever predicate frames it
_HEARING_WITH = re.compile(r"(?:\s+(?:[\w-]+|\([^()]{1,12}\))){0,5}?\s+(?:dengan|bersama)\s+"
                           r"(?P<partner>(?:[Kk]omisi|[Pp]impinan|[Bb]adan|DPR|DPD|MPR|[Pp]ansus|[Bb]anggar|[Bb]aleg)\b)")
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


# a question put to a meeting: '"Apakah dapat diterima dan disetujui …?"'
_ASKED = re.compile(r"\W*apakah\b", re.IGNORECASE)
# a quoted one-word assent answering the chair: '"Setuju," jawab anggota dewan …'
_ASSENT = re.compile(r"\W*(?:setuju|sepakat)\s*[!.,]*\s*[\"”]\s*,?\s*(?:jawab|seru|sahut|kata|ujar)", re.IGNORECASE)


def _assent(ce: CodedEvent, acts: tuple[CodedEvent, ...]) -> CodedEvent:
    """A quoted assent ("«Setuju,» jawab anggota dewan") is the agreement of the latest act of agreement (eight
    sentences) its speaker was a party to, told again (the guide §16: the members' "Setuju" in the agreement's
    cluster): the other party of that agreement is its target (thirteenth pass)."""
    speaker = ce.source_mentions[0].key
    for prior in acts:
        if prior.trigger.type != "AGREE" or not prior.emit or not prior.target_mentions:
            continue
        sides = ({m.key for m in prior.source_mentions}, {m.key for m in prior.target_mentions})
        other = prior.target_mentions if speaker in sides[0] else prior.source_mentions if speaker in sides[1] else ()
        if other:
            targets = prior.targets if speaker in sides[0] else prior.sources
            return _retargeted(ce, targets, tuple(other))
    return ce


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


# (sixteenth pass) the organised citizens an official's meeting is with, as citizens' audiences with their officials
# are (``intra``): protesters, students, workers; not residents at large (CVL)
_ORGANISED_CITIZENS = frozenset({"OPP", "EDU", "LAB"})
