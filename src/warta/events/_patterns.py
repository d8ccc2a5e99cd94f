"""Compiled patterns and word lists of the event coder, grouped by the step that uses them (a pattern used
by one helper module lives there). Word lists that are lexicon data belong in data/lexicons/events."""

from __future__ import annotations

import re

from warta.events.lexicon import Trigger

# ==== Shared by the coder and its helper modules.

# a crowd's place: "di Jakarta", "di seluruh wilayah AS", "di depan Kedubes AS di Jakarta"
_IN_PLACE = re.compile(r"\b(?:di|ke)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)

_LAUNCH = re.compile(r"(?:meluncurkan|menembakkan)\b", re.IGNORECASE)

_OLEH = re.compile(r"\boleh\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)

_SPEECH_TAG = re.compile(r"[,\"”’]\s*(?:kata|ujar|ucap|tutur|ungkap|tegas|jelas|imbuh|tambah|jawab)(?:nya)?\b", re.IGNORECASE)

# a complement clause of a speech or cognition verb: "mengatakan bahwa", "menyebut bahwa", "menuding"
_COMPLEMENT = re.compile(
    r"\b(?:(?:me(?:ngatakan|nyatakan|nyebut|negaskan|ngklaim|nuduh|nuding|ngungkapkan|nilai|mperingatkan)|bahwa)\b"
    r"|\b(?:kata|ujar|ucap|tutur|ungkap|tegas|jelas)(?:nya)?\b)", re.IGNORECASE)

_TERRITORY = re.compile(r"\b(?:di|ke)\s+(?:[a-z]+\s+){0,3}?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")

_WORDS = re.compile(r"\w+")

# an unnamed, generic object ("menuduh negara produsen minyak", "mengecam beberapa pihak"): no carried target
_GENERIC_OBJECT = re.compile(r"\s+(?:(?:para|sejumlah|beberapa|semua|seluruh|banyak)\s+)?"
                             r"(?:negara|pihak|kelompok|orang|kalangan)(?:-\w+)?\s+(?![A-Z])")

# an appeal with no addressee before its content is made to the public (the guide: target null)
_PUBLIC_APPEAL = re.compile(r"\s+(?:agar|supaya|untuk|kepada\s+(?:semua|seluruh|masyarakat|warga|umat|publik))\b",
                            re.IGNORECASE)

_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "SPY"})

_STATE = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})

# unnamed people as an object: "menangkap dua orang", "mengamankan tiga orang tersangka", "menahan sejumlah pelaku"
_HUMAN_OBJECT = re.compile(r"\s+(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|kedua|ketiga|keempat|"
                           r"kelima|keenam|belasan|puluhan|"
                           r"ratusan|ribuan|sejumlah|beberapa|para|seorang)\s+)?(?:orang\s+)?(?:orang|tersangka|pelaku|"
                           r"warga|pria|wanita|perempuan|remaja|pemuda|mahasiswa|demonstran|pengunjuk\s+rasa|aktivis|"
                           r"terduga|buronan|pengedar|bandar|terdakwa|terpidana)\b", re.IGNORECASE)

# unnamed people as the subject of a passive: "satu orang lainnya ditangkap", "tiga tersangka diamankan"
_HUMAN_SUBJECT = re.compile(r"\b(?:ketiganya|keduanya|keempatnya|kelimanya|orang|anggota|tersangka|pelaku|"
                            r"pria|wanita|perempuan|remaja|pemuda|terduga|buronan|pengedar|"
                            r"bandar|terdakwa|terpidana)(?:\s+(?:lainnya|lain|itu|tersebut|ini|[A-Z][\w-]*))?\s+(?:(?:yang|juga|telah|sudah|"
                            r"langsung|akhirnya|kemudian|lalu|pun|tetap|belum|tidak|tak|kunjung)\s+){0,3}$", re.IGNORECASE)

# (seventeenth pass) unnamed people as the subject of a passive, set apart from the verb by an apposition, a relative
# clause or a partitive: "Para tersangka, yang berusia antara 23 hingga 26 tahun, itu ditangkap", "Pelaku berinisial
# IY (18), warga Kelurahan Cilacap, ditangkap", "86 orang di antaranya ditangkap", "empat di antaranya telah ditahan"
_HUMAN_SUBJECT_APART = re.compile(
    r"(?:\b(?:orang|tersangka|pelaku|terduga|buronan|pengedar|bandar|terdakwa|pria|wanita|perempuan|remaja|pemuda|"
    r"demonstran|pengunjuk\s+rasa|aktivis|mahasiswa|imigran|migran|pengungsi)\b[^,.;:!?\"“”]{0,30},\s+"
    r"[^,.;:!?\"“”]{1,80},(?:\s+(?:itu|tersebut|ini))?"
    r"|\b(?:orang|tersangka|pelaku|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebagian|"
    r"beberapa|separuh)\s+(?:di\s+antaranya|di\s+antara\s+mereka))"
    r"\s+(?:(?:juga|telah|sudah|langsung|akhirnya|kemudian|lalu|pun)\s+){0,2}$", re.IGNORECASE)

# crowds, students, workers and civilians: their demands with no addressee go to their own state
_CROWD_SECTORS = frozenset({"OPP", "EDU", "LAB", "CVL"})

# sanctions whose unnamed target stays within the story's country: "pemerintah mencabut empat IUP" (the companies),
# "NasDem menonaktifkan kadernya" (its legislators)
_HOME_SANCTIONS = frozenset({"cabut-izin", "nonaktifkan"})

# acts being prepared are still to come: "tim penuntut umum tengah menyiapkan surat dakwaan" (a planned charge, on the
# suspects implied: see _implied_people)
_PREPARED = frozenset({"siapkan-dakwaan"})

# a case moved to the investigation stage, witnesses questioned: by the authorities named ("oleh Tim Penyidik"), else
# those of the story's country, on the people reported (implied): "laporan di Polrestabes Palembang sudah naik ke tahap
# penyidikan", "penyidik telah memeriksa 45 orang saksi"
_STAGED = frozenset({"naik-sidik", "periksa-saksi"})

# a verb form (meN-, di-, ber-, ter-, saling …); anything else is a nominalisation or noun
_VERBAL = re.compile(r"^(?:me|di|ber|be|ter|saling|sepakat|setuju|tiba|akan|mundur|duduk|tak|tidak|minta|protes|turun|jadi|"
                     r"naik"
                     # (sixteenth pass) a form with its first-person subject ("saya tantang", "kami tantang") and a
                     # predicate of objecting ("saya keberatan untuk jawab", "enggan menjawab") are verbs too
                     r"|(?:saya|kami|kita|aku)\s|keberatan\b|enggan\b)")

# an arrest not (yet) made, told with no one named: "kenapa belum ditangkap", "namun tak kunjung ditahan"
_NOT_YET_ARRESTED = re.compile(r"\b(?:belum|(?:tak|tidak)\s+kunjung|(?:tak|tidak)\s+juga)\s+(?:juga\s+)?$", re.IGNORECASE)

# (not offenders in general: "Dia melihat banyak pelaku kriminal di sana yang … belum ditangkap kepolisian")
_CASE_PARTY = re.compile(r"(?<!banyak )(?<!sejumlah )(?<!beberapa )(?<!berbagai )"
                         r"\b(?:pelaku|tersangka|terduga|terlapor|buronan)(?:nya)?\b", re.IGNORECASE)

# a crowd named as a quotation's speaker ('"…!" kata para pengunjuk rasa', '"…," teriak ribuan demonstran')
_TAGGED_CROWD = re.compile(r"[,!?\"”’]\s*(?:kata|ujar|teriak|seru|pekik)\s+"
                           r"(?:para\s+|ribuan\s+|ratusan\s+|sejumlah\s+|massa\s+)?$", re.IGNORECASE)

# protest nouns whose genitive is the beneficiary, not the protester: "Aksi Bela Palestina"
_FOR_NOUNS = re.compile(r"\b(?:bela|solidaritas)\b", re.IGNORECASE)

# a denial with its content clause: "membantah bahwa …", "menepis klaim bahwa …" (fifteenth pass): who is named in
# what is denied is no target ("Yasonna membantah bahwa KPK akan kehilangan kewenangannya": the claimant is unnamed)
_DENIAL_THAT = re.compile(r"\s+(?:(?:keras|tegas|tuduhan|tudingan|klaim|laporan|kabar|anggapan|isu)\s+){0,2}bahwa\b",
                          re.IGNORECASE)

_DENIAL_FORMS = ("memban", "menep", "menyang", "diban", "ditep", "disang")

# an acquittal is no negated sanction nor a criticism, and a judgement negated right before its evaluative term
# clears the actor (fifteenth pass, ACCUSE and precision): "DKPP menilai Betty tidak terbukti melanggar kode etik",
# "menilai Betty tak melakukan tindakan pelanggaran", "terdakwa tidak terbukti melakukan pembunuhan berencana"
_CLEARED = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:(?:terbukti|pernah|melakukan|tindakan|ada|sama\s+sekali|"
                      r"secara\s+sah(?:\s+dan\s+meyakinkan)?)\s+){0,3}$", re.IGNORECASE)

# a counted, unnamed object: "menghubungi lima negara", "mengundang sejumlah negara"
_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+|"
                      r"beberapa|sejumlah)\s+negara\b", re.IGNORECASE)

_RELATIVE = re.compile(r"\byang\s+(?:[\w-]+\s+){1,2}(?:oleh\s+)?$", re.IGNORECASE)

# nominalisations whose following genitive is their agent ("serangan Israel", "kecaman Indonesia");
# for the others it is the beneficiary or theme ("dukungan Palestina", "bantuan Gaza")
_AGENTIVE_NOUNS = frozenset({"ASSAULT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE", "REJECT",
                             "MOBILIZE", "PROTEST"})

# nominalised acts whose following genitive is the patient: "pengusiran diplomat India", "penangkapan warga X"
_PATIENT_MODES = frozenset({"expel", "arrest", "release", "abduct"})

_ENVOY_TO = re.compile(r"\b(?:dubes|duta\s+besar|kedubes|kedutaan(?:\s+besar)?|utusan|perwakilan|konsul(?:at)?)\b"
                       r"(?:\s+[\w-]+){0,4}\s+untuk\s+(?:kerajaan\s+|republik\s+|negara\s+)?$", re.IGNORECASE)

_PARTNER_GAP = re.compile(r"\s+(?:dengan|bersama)\s+", re.IGNORECASE)

_HAS_VERB = re.compile(r"\b(?:me|ber|di)[a-z]{3,}\b", re.IGNORECASE)

# up to a few words before a sentence's subject ("Sementara itu, Presiden AS …", "Pemerintah Israel …")
_SUBJECT_LEAD = re.compile(r"^\W*(?:[\w-]+,?\s+){0,4}$")

_TERRITORIAL = frozenset({"ASSAULT", "COERCE"})


# ==== Modality: the cues before a trigger and the scopes that bound them (EventCoder.modality).

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")

# "nobody" before the act, its relative clause the act itself: "tidak ada yang protes", "tak seorang pun yang …"
_NOBODY = re.compile(r"\b(?:tidak|tak|tiada)\s+(?:ada\s+)?(?:lagi\s+)?(?:seorang\s+pun\s+|satu\s+pun\s+|pihak\s+)?"
                     r"yang\s+(?:(?:akan|bisa|dapat|berani|mau|ingin|secara\s+terbuka)\s+)?$", re.IGNORECASE)

# a relative or consequence clause has its own modality: "… tidak akan mencopot detektor logam sehingga memicu
# bentrokan" (the clash happened)
_OWN_SCOPE = re.compile(r"\b(?:yang|sehingga|hingga|akibatnya|karenanya)\b", re.IGNORECASE)


# ==== One sentence: its triggers and their alternatives (EventCoder.code, _trigger_at, _coded).

# an arrest's charge told after it ("ditangkap atas dugaan …", "diamankan karena diduga …"): the charge itself
_ARREST_CHARGE = re.compile(r"[^.;:\"“”]{0,70}?\b(?:atas\s+dugaan|karena\s+diduga|atas\s+tuduhan|dengan\s+tuduhan|"
                            r"terkait\s+dugaan)\b", re.IGNORECASE)

_ARREST_ALLEGE = Trigger("tangkap-atas-dugaan", "ACCUSE", "allege", "11", False, frozenset())

# future cooperation declared by a speech verb: "menyatakan akan terus bekerja sama" (a promise)
_PROMISED = re.compile(r"\b(?:menyatakan|mengatakan|menegaskan|berjanji|bersepakat)\s+(?:bahwa\s+)?"
                       r"(?:(?:mereka|keduanya|pihaknya|kami|kita|negaranya)\s+)?akan\s+(?:(?:terus|tetap|segera)\s+)?$",
                       re.IGNORECASE)

# (sixteenth pass) a subject after a fronted phrase and its comma: "Sementara menyangkut utang proyek Whoosh, Luhut
# sendiri mengaku heran …" (what a next "ia" refers to)
_FRAMED_SUBJECT_LEAD = re.compile(r"^\W*[^\W\d][^,.;:!?\"“”]{2,80},\s*$")

# a verb or noun that ends or suspends what follows it ("menangguhkan kerja sama", "pembekuan perjanjian")
_SUSPENDED = re.compile(r"\b(?:menangguhkan|penangguhan|menghentikan|penghentian|memutus(?:kan)?|pemutusan|membekukan|"
                        r"pembekuan|mengakhiri|membatalkan|pembatalan|keluar\s+dari|menarik\s+diri\s+dari)\s+"
                        r"(?:[\w-]+\s+){0,1}$")

# nouns for protesters: a protest event, unless they are the subject of another act in the clause
_PROTESTERS = frozenset({"demonstran", "pengunjuk rasa"})

# a prosecutor's demand for a sentence is a charge: "JPU menuntut lima terdakwa … dengan hukuman 3 bulan penjara"
_SENTENCE_DEMAND = re.compile(r"[^.;]{0,120}?\b(?:terdakwa|tersangka)\b[^.;]{0,120}?\b(?:hukuman|pidana|penjara)\b"
                              r"|[^.;]{0,80}?\bmenjatuhkan\s+(?:pidana|hukuman)\b"
                              # (sixteenth pass) "JPU … yang menuntut 2,5 tahun penjara": a sentence asked in court
                              r"|\s+(?:[\w-]+\s+){0,4}?(?:\d+(?:[,.]\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
                              r"sembilan|sepuluh)\s+(?:tahun|bulan)\s+(?:penjara|kurungan)\b", re.IGNORECASE)

_CHARGE = Trigger("tuntut-pidana", "ACCUSE", "allege", "11", False, frozenset())

# _coded, _ultimatums, _judged, _home_targets).

# a sentence opening with the trigger noun ("Pertemuan di Washington …", "Dalam pertemuan itu …")
_OPENING = re.compile(r"^\W*(?:(?:dalam|pada|selama)\s+)?$", re.IGNORECASE)

# fifteenth pass: a visit, meeting or talks as the subject of "menghasilkan/membuahkan" (its outcome) right before an
# agreement noun ("Kunjungan kenegaraan Presiden RI ke Singapura menghasilkan kesepakatan kerja sama …")
_TALKS_YIELD = re.compile(r"\b(?:kunjungan|lawatan|pertemuan|pembicaraan|perundingan|negosiasi|dialog|mediasi|ktt)\b"
                          r"[^.;:\"“”]{0,120}?\b(?:menghasilkan|membuahkan)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# ==== A coded event revised by its context: retyped, addressed, given a carried-over target; ultimatums and
# judgements (EventCoder._retyped, _addressed, _carried, _ultimatums, _judged).

# _administrative).

# leaving an accord or a body, not a place: "menarik diri dari kesepakatan iklim Paris"
_ACCORDS = r"(?:kesepakatan|perjanjian|pakta|traktat|program|organisasi|keanggotaan|kemitraan|konvensi|protokol|kerangka|" \
           r"kesepahaman|perundingan|aliansi|koalisi|TPP|NAFTA|UNESCO|Dewan\s+HAM)"

_WATERS_OF = re.compile(r"\b(?:zona\s+ekonomi\s+eksklusif|ZEE|perairan|lepas\s+pantai|laut)\s+(?:[\w-]+\s+){0,1}$",
                        re.IGNORECASE)

_FROM_ACCORD = re.compile(r"\s+(?:secara\s+resmi\s+)?dari\s+(?:[\w-]+\s+){0,2}?" + _ACCORDS + r"\b", re.IGNORECASE)

_IN_ACCORD_NAME = re.compile(r"\b" + _ACCORDS + r"\b(?:\s+(?!dengan\b|antara\b|bersama\b|dan\b)[\w-]+){0,3}\s+$",
                             re.IGNORECASE)

# negotiation triggers whose refusal ("tidak akan pernah berunding", "enggan bernegosiasi") is a REJECT
_TALKS = frozenset({"berunding"})

_REFUSAL = re.compile(r"\b(?:tidak|tak|tidak\s+mau|enggan|ogah)\s+(?:akan\s+)?(?:pernah\s+)?(?:mau\s+)?$",
                      re.IGNORECASE)

# willingness before a talks verb makes it an offer: "siap berunding", "bisa duduk dan berdialog"
_OFFER = re.compile(r"\b(?:siap|bersedia|bisa|dapat|mau|terbuka\s+untuk)\s+(?:(?:untuk|duduk|dan|kembali|segera)\s+){0,3}$",
                    re.IGNORECASE)

# force, weapons and harm: an "attack" with these is physical
_VIOLENCE = re.compile(r"\b(?:tewas|terluka|luka|korban|senjata|pisau|golok|tembak\w*|bom|rudal|roket|pukul\w*|bacok\w*|"
                       r"aniaya|dianiaya|fisik|brutal|bersenjata|pasukan|tentara|militer|polisi|massa|kerusuhan|bentrok\w*|"
                       r"ledakan|drone|udara|darat|desa|kota|pos|markas|kamp|rumah)\b", re.IGNORECASE)

# an ethics council's finding (fifteenth pass, ethics councils): "terbukti melanggar/melakukan pelanggaran" told of an
# ethics code ("kode etik", "etik berat", "pedoman perilaku", "KEPP", a council named in the sentence) or of the
# accused of a complaint ("Teradu terbukti …", "Hakim terlapor terbukti …"); a court's "terbukti melanggar Pasal …"
# of a defendant stays a conviction
_ETHICS_FINDING = Trigger("temuan-etik", "ACCUSE", "disapprove", "11", False, frozenset())

_FOUND_FORMS = ("terbukti melanggar", "terbukti melakukan pelanggaran")

_CONSIDERED = re.compile(r"\bmempertimbangkan\s+$", re.IGNORECASE)

# ---- fifteenth pass (precision): trigger forms in a sense that is no event, told by the words around them: the
# word lists are triggers.yaml `senses` (EventLexicon.wrong_sense); what stays here is grammar.
# "demonstran" names the people, not their act: "penindakan terhadap para demonstran", "demonstran melemparkan
# batu", "bendera dikibarkan massa demonstran"; the protest is told by its own word (unjuk rasa, turun ke jalan): the
# noun's event is kept as context for the story's next sentences only, unless it is a quotation's speaker ('"…!"
# teriak ribuan demonstran')
_PARTICIPANT_NOUNS = frozenset({"demonstran"})

# an object referring back to an act: "mengecam tindakan tersebut", "menolak keputusan itu"
_THAT_ACT = re.compile(r"\s+(?:tindakan|keputusan|langkah|kebijakan|usulan|usul|rencana|pernyataan|resolusi|sanksi|"
                       r"serangan|tuduhan|tudingan|ancaman|seruan|tawaran|pemungutan\s+suara|voting|putusan|pengumuman)"
                       r"(?:\s+[\w-]+)?\s+(?:tersebut|itu|ini)\b",
                       re.IGNORECASE)

# protest forms a state uses towards another state
_NOTE_FORMS = re.compile(r"(?:nota\s+)?protes|memprotes(?:\s+keras)?|aksi\s+protes", re.IGNORECASE)

_DELIVER = re.compile(r"\b(?:menyampaikan|melayangkan|mengirim(?:kan)?|mengajukan|melontarkan|menyatakan|memasukkan|"
                      r"menyerahkan)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

_TO_ADDRESSEE = re.compile(r"\s+(?:keras\s+|resmi\s+)?(?:(?:soal|atas|terkait|tentang|mengenai)\s+(?:[\w-]+\s+){1,4}?)?"
                           r"(?:ke|kepada|terhadap)\s+(?:pemerintah(?:an)?\s+)?", re.IGNORECASE)

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

# a sentence whose subject is the previous act: "Hal itu memicu kecaman dari …", "Langkah tersebut menuai …"
_ACT_ANAPHOR = re.compile(r"\W*(?:hal|langkah|keputusan|kebijakan|tindakan|pengumuman|rencana)\s+(?:itu|ini|tersebut)\b",
                          re.IGNORECASE)

# a visit to a site, not to a state ("mengunjungi kawasan perairan di sekitar Kepulauan Natuna"): no counterpart is
# carried over from earlier sentences
_SITE_VISITED = re.compile(r"\s+(?:kawasan|wilayah|daerah|lokasi|perairan|pulau|kepulauan|pangkalan|markas|kamp|"
                           r"desa|pabrik|proyek|pasar|sekolah|rumah\s+sakit|korban|posko)\b", re.IGNORECASE)

# an act done "at the request of" someone: "Kepolisian Prancis menangkap … atas permintaan Serbia"
_ON_REQUEST = re.compile(r"\batas\s+$", re.IGNORECASE)

# an addressee put first: "Kepada Kampus Udayana, kami meminta …"
_FRONTED_ADDRESSEE = re.compile(r"(?:^|[\"“]\s*|\.\s+)(?:[Kk]epada|[Bb]agi|[Uu]ntuk)\s+")

# an ultimatum: "memberi Israel waktu (selama) 24 jam untuk …", "memberikan tenggat tiga hari kepada X"
_ULTIMATUM = re.compile(r"\b(?P<verb>memberi(?:kan)?)\s+(?P<obj>(?:[\w-]+\s+){1,5}?)(?:waktu|tenggat(?:\s+waktu)?|batas\s+waktu)"
                        r"\s+(?:selama\s+)?(?:\d+|satu|dua|tiga|empat|lima|tujuh|sepuluh)\s+(?:jam|hari|minggu|pekan|bulan)\b",
                        re.IGNORECASE)

# acts that are only events towards a named counterpart (section 1 of the annotation guide: an act by one
# actor towards another); an unknown perpetrator leaves the source, not the target, empty
_DIRECTED = frozenset({"SUPPORT", "AID", "ASSAULT", "COERCE", "CONCEDE", "COOPERATE", "RETREAT", "SANCTION",
                       "AGREE"})

# (sixteenth pass) an act named back by its noun and a demonstrative ("bergabung dalam protes tersebut", "mengulangi
# ancaman itu"): the same act told again
_SAME_ACT = re.compile(r"\s+(?:[a-z]+\s+)?(?:tersebut|itu|ini)\b")

_VERB_PREFIX = re.compile(r"(?:me|di|ber|ter)[a-z]")

# a quoted one-word assent answering the chair: '"Setuju," jawab anggota dewan …'
_ASSENT = re.compile(r"\W*(?:setuju|sepakat)\s*[!.,]*\s*[\"”]\s*,?\s*(?:jawab|seru|sahut|kata|ujar)", re.IGNORECASE)


# ==== One trigger's arguments (EventCoder._code_one and its steps _reported_roles, _received_event, _noun_told,
# _verb_object, _targets, _without_source).

# agreements count between one country's state bodies only ("Kapolri … nota kesepahaman dengan Menteri Lingkungan
# Hidup"), not between private people or companies; cooperation between bodies of one country stays uncoded (a blind
# set's summary gained a false positive with it, and the iteration sets code it doubtful at most)
_BETWEEN_STATE_BODIES = frozenset({"AGREE"})

# acts of unrest whose unnamed side a story of protests implies (see EventCoder._unrest)
_UNREST_MODES = frozenset({"crowd-control", "sideAB", "martial-law", "curfew"})

# a nominal symmetric act with its partner: "pertemuan (pertama) dengan X", "penandatanganan MoU dengan X"
_DENGAN_NEAR = re.compile(r"^\s+(?:[\w()-]+\s+){0,4}?(?:dengan|bersama)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)

# a sentence-initial frame whose subject follows the comma: "Dalam pertemuan dengan X …, Y mengatakan"
_FRAME = re.compile(r"^\W*(?:dalam|pada|saat|selama|usai|seusai|setelah|sesudah)\s+(?:[\w-]+\s+){0,2}$",
                    re.IGNORECASE)

_REL_PASSIVE = re.compile(r"\byang\s+(?:(?:juga|telah|sudah|pernah|sedang|disebut|selama\s+ini|sebelumnya)\s+){0,2}$",
                          re.IGNORECASE)

# "tudingan bahwa Doha mendukung terorisme": the accused of a content clause after an accusation noun
_THAT = re.compile(r"^\s+bahwa\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# a new clause between an act's agent and a later actor: "serangan Hamas … meski ada resolusi PBB"
_LATER_CLAUSE = re.compile(r"\b(?:meski(?:pun)?|walau(?:pun)?|yang|setelah|sebelum|karena|sehingga|ketika|saat|namun)\b"
                           r"|[;:]", re.IGNORECASE)

# a visit noun naming its destinations: "tur regional yang juga mencakup Israel dan Mesir", "lawatan ke Qatar"
_VISIT_DEST = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:yang\s+)?(?:juga\s+)?(?:mencakup|meliputi|ke)\s+$", re.IGNORECASE)

# a call as the medium of its subject's talk: "X dan Y lewat panggilan telepon …"
_VIA = re.compile(r"\b(?:lewat|melalui|via)\s+$", re.IGNORECASE)

# the object "negara tersebut" refers back to the other country named before in the sentence
_OBJECT_BACK = re.compile(r"\s+(?:negara|pemerintah|pihak)\s+(?:tersebut|itu)\b", re.IGNORECASE)

# a guest named right after a hosting verb: "menjamu Presiden Prancis", "menerima delegasi Jepang"
# (thirteenth pass: "menerima pengurus PBNU", "perwakilan", "jajaran", "pimpinan" — a body's officers as the guest)
_ADJACENT = re.compile(r"\s+(?:(?:para|rombongan|delegasi|tim|pengurus|perwakilan|jajaran|pimpinan|sejumlah|beberapa|"
                       r"agar|supaya|kepada|\d+|satu|dua|tiga|"
                       r"empat|lima|enam|"
                       r"tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|orang|seorang)\s+){0,3}", re.IGNORECASE)

_NOT_PASSIVE = frozenset({"dialog", "diskusi", "diplomasi"})

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

# a verb complementing a decision noun names the act decided earlier: "keputusan AS mengakui …",
# "pengumuman keputusan Presiden AS Donald Trump mengakui …" (the act itself is coded where it happens)
_DECISION_OF = re.compile(r"\b(?:keputusan|pengumuman|langkah|kebijakan)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# the person arrested before a police speaker's object-focus verb ("Delapan orang total yang kita tangkap", "Pelaku
# sudah kami amankan"); not an object ("barang bukti yang kami amankan", "peluang yang harus kita tangkap")
_FOCUS_OBJECT = re.compile(r"\b(?:orang|tersangka|pelaku|pria|wanita|perempuan|remaja|pemuda|terduga|buronan|pengedar|"
                           r"bandar|terdakwa)(?:\s+[\w-]+)?\s+(?:(?:yang|sudah|telah|langsung|juga|pun|kemudian|lalu)\s+)"
                           r"{0,2}$", re.IGNORECASE)

_FIRST_PERSON_VERB = re.compile(r"(?:kita|kami)\s", re.IGNORECASE)

# an act noun's agent introduced by "dari": "kecaman dari seluruh negara di dunia termasuk Indonesia"
_FROM_AGENT = re.compile(r"^\s+(?:[\w-]+\s+){0,1}dari\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)

# a goal reached "through" another act: that act, not the goal noun, is the event
_MEANS = re.compile(r"\b(?:melalui|lewat|dengan\s+cara)\b", re.IGNORECASE)

# receiving an act: "Palestina … mendapat pengeboman dari Israel", "menuai kecaman dari X": X acts on the receiver
_RECEIPT = re.compile(r"\b(?:mendapat(?:kan)?|menerima|mengalami|menuai|dihujani|diganjar)\s+(?:[\w-]+\s+){0,1}$",
                      re.IGNORECASE)

_FROM_GIVER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?dari\s+(?:pihak\s+)?$", re.IGNORECASE)

# recognising a city as a capital: "pengakuan kepada Yerusalem sebagai ibu kota"
_AS_CAPITAL = re.compile(r"\s+(?:(?:kepada|atas|terhadap)\s+)?(?:kota\s+)?(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)"
                         r"\s+sebagai\s+ibu\s*kota\b")

# an agreement noun after "dari" is what one moves away from or out of, not an agreement reached
_AWAY_FROM = re.compile(r"\bdari\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# the two parties of the latest event as an act noun's genitive: "diskusi keduanya", "pertemuan kedua pemimpin"
_DUAL_GENITIVE = re.compile(r"\s+(?:keduanya|kedua\s+(?:negara|pemimpin|pihak|menteri|kepala\s+negara))\b",
                            re.IGNORECASE)

# a sentence that is one quotation and nothing else: «Jika tidak, Israel akan membayar mahal …».
_BARE_QUOTE = re.compile(r"\s*[\"“][^\"“”]+[\"”]\s*[.!?]?\s*")

# a judging verb right after a speaker, with the one judged next (fifteenth pass, reported triggers): "KPK menyebut
# Kusnadi menerima …", "KPK menduga Patrialis menerima uang suap …"
_SAYS_OF = re.compile(r"\s+(?:(?:juga|pun|telah|sudah)\s+)?(?:menyebut|menduga|menilai|mengungkap|mengungkapkan|menuding|"
                      r"menuduh)\s+(?:bahwa\s+)?(?:(?:para|saudara|mantan)\s+)?$", re.IGNORECASE)

# targets kept and the pairs (_near_after, _genitive, _noun_told, _passive_roles, _verb_object, _targets, _pairs,
# _without_source).

_DENGAN = re.compile(r"\b(?:dengan|bersama)\s+(?:[\w-]+,?\s+){0,4}$", re.IGNORECASE)

# "dengan menempatkan AS sebagai mediator": a manner clause, not a partner
_DENGAN_VERB = re.compile(r"\b(?:dengan|bersama)\s+(?:me|di)[a-z]{3,}\b", re.IGNORECASE)

# acts one named person or body does with another of its own country that are domestic events (the guide, section 1:
# acts between actors are coded; a state's dealings with its own citizens are not)
_BETWEEN_BODIES = frozenset({"SANCTION", "CONSULT", "SUPPORT", "AGREE"})

# "pemerintah Netanyahu", "pemerintahan Prabowo-Gibran", "rezim Assad": a leader's name standing for the government
_GOVERNMENT_OF = re.compile(r"\b(?:pemerintah(?:an)?|rezim|kabinet)\s+$", re.IGNORECASE)

_COOPERATIVE = frozenset({"AID", "SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT"})

_NON_STATE = frozenset({"REB", "OPP", "INS", "CVL", "REF"})

_LAW = frozenset({"JUD", "COP", "LEG"})

# acts a country's own people or armed groups aim at its state
_UPWARD = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "REQUEST", "COERCE", "ASSAULT"})

_CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

_PURPOSE_WORDS = re.compile(r";|,|\.\s|\b(?:untuk|guna|demi|agar|supaya)\b", re.IGNORECASE)

_PURPOSE_WORDS_AID = re.compile(r";|,|\.\s|\b(?:guna|demi|agar|supaya)\b", re.IGNORECASE)

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

_SEARCH_FRAME = re.compile(r"\b(?:dari|hasil|lokasi|perintah|izin|surat|saat|selama|usai|setelah|sebelum|pasca|"
                           r"sesudah|ketika)\s+(?:kegiatan\s+|proses\s+)?$", re.IGNORECASE)

# a legal remedy whose refusal is told in the passive: "banding …  ditolak", "gugatan mereka ditolak"
_LEGAL_REMEDY = re.compile(r"\b(?:banding|kasasi|gugatan(?:nya)?|permohonan(?:nya)?|praperadilan|eksepsi|nota\s+keberatan|"
                           r"pledoi|peninjauan\s+kembali)\b(?:\s+[\w()-]+){0,10}?\s+(?:telah\s+|sudah\s+|juga\s+|kembali\s+|"
                           r"pun\s+|namun\s+)?$", re.IGNORECASE)

# passive charges: "ditetapkan tersangka", "dijerat pasal", "dikenakan pasal 368 KUHP", "disangkakan", "didakwa",
# "diduga / disebut menerima"; and questioning undergone ("menjalani pemeriksaan di Polda", "diperiksa sebagai saksi")
# and reported to the police with the charge and no complainant named ("AL juga dilaporkan karena diduga menyebarkan
# data pribadi"; the unnamed complainant is taken for one of the home country: the roots are what is coded)
_CHARGED = ("dijerat", "dikenakan", "dikenai", "disangka", "didakwa", "diduga menerima", "disebut me", "memenuhi panggilan",
            "memenuhi undangan klarifikasi",
            "menjalani pemeriksaan", "diperiksa sebagai", "diperiksa penyidik", "dilaporkan atas", "dilaporkan terkait",
            "dilaporkan karena", "diduga melakukan")

# meetings a body holds (thirteenth pass): with the partner after "dengan/bersama" or the fellow bodies before the verb
_PARTNER_ONLY = frozenset({"gelar-rapat"})

# a fronted time clause opening the sentence on its verb ("Setelah mengamankan RR itu, Densus 88 melakukan …")
_FRONTED_AFTER = re.compile(r"\W*(?:sebelum|setelah|sesudah|usai|seusai)\s+(?:(?:sempat|berhasil)\s+)?$", re.IGNORECASE)

# a territory referred back to: "ke wilayah tersebut", "di daerah itu"
_TERRITORY_BACK = re.compile(r"\b(?:di|ke)\s+(?:wilayah|daerah|kawasan|tempat)\s+(?:tersebut|itu)\b", re.IGNORECASE)

# (sixteenth pass) the organised citizens an official's meeting is with, as citizens' audiences with their officials
# are (``intra``): protesters, students, workers; not residents at large (CVL)
_ORGANISED_CITIZENS = frozenset({"OPP", "EDU", "LAB"})
