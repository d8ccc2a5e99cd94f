"""Surface heuristics for actor resolution: personal names the lexicon lacks, and name parts.

Indonesian news names people in a few fixed frames: after a title ("Menlu Yordania Ayman
Safadi"), after a reporting verb ("kata Safadi", "menurut Ayman Safadi") and before one
("Ayman Safadi mengatakan"). These frames are where a capitalised word sequence is a person
with little doubt, so they back up the statistical NER (and stand in for it when no model is
installed). Word lists here are closed grammatical classes, not actor data.
"""

from __future__ import annotations

import re

_CONNECT = frozenset({"bin", "binti", "ibn", "al", "el", "van", "der", "de", "da", "von", "bt", "abu"})
# words written with a capital that never start a person's name in news prose
STOP = frozenset(
    """Senin Selasa Rabu Kamis Jumat Sabtu Minggu Ahad Januari Februari Maret April Mei Juni Juli Agustus
    September Oktober November Desember Dalam Sementara Namun Menurut Ia Dia Mereka Kami Kita Saya Hal Saat
    Pada Di Ke Dari Yang Itu Ini Tetapi Tapi Dan Atau Jika Kalau Setelah Sebelum Sejak Selain Bahkan Juga
    Kemudian Lalu Para Sang Tim Timnas Pihak Kementerian Kedutaan Pemerintah Presiden Menteri Perdana Wakil Juru Kepala
    Ketua Direktur Sekretaris Duta Utusan Raja Ratu Pangeran Syekh Sheikh Jenderal Letjen Mayjen Kolonel
    Pasukan Militer Tentara Kota Provinsi Jalur Tepi Gedung Istana Dewan Majelis Komite Badan Partai Gerakan
    Bank Universitas Rumah Sakit Kantor Agensi Kantor Berita Reuters AFP AP Antara Xinhua Menlu Menhan Dubes
    Sekjen Jubir PM Kapolri Panglima Komandan Uni Liga Organisasi Perserikatan Bangsa Serikat Amerika Israel
    Palestina Hamas Gaza Mesir Qatar Iran Indonesia RI AS PBB Palang Merah The A An Dr Prof Ir Hj Haji Mr Mrs
    Ms Abad Perang Operasi Konferensi Forum KTT Sidang Resolusi Perjanjian Kesepakatan Hari Tahun Bulan Pekan
    Islam Kristen Muslim Yahudi Arab Barat Timur Utara Selatan Tengah Raya Baru Lama Tuhan Allah Nabi Luar Negeri
    Pendidikan Kehakiman Pertahanan Keuangan Kesehatan Perdagangan Agama Sosial Energi Ekonomi Hukum Keamanan
    Intelijen Perhubungan Pertanian Industri Informasi Komunikasi Kebudayaan Pariwisata Lingkungan Hidup Urusan
    Nasional Umum Negara Senior Tinggi Agung Staf Angkatan Darat Laut Udara Bidang Politik Pertama Kedua Mantan
    Brigade Brigades Front Komisi Lembaga Institut Yayasan Pusat Kepolisian Kelompok Fraksi Faksi Sayap Minister
    Counsellor Fungsi Bung Pak Bu Ibu Bapak Habib Ustaz Ust Kiai Gus Mbak Mas Miss Mister Tuan Nyonya Warga
    New Times Post News Journal Initiative Kerja Sama Misi Kontingen Operasi Perdamaian Kemanusiaan Perlawanan
    Pejuang Rakyat Bangsa Koalisi Perubahan Calon Ketiga Keempat Kelima Masjid Masjidil Universe Tenggara Daya
    Pondok Kamar Dagang Gak Ketum Dirjen Kemenko Kecamatan Pajak Sulawesi Jawa Sumatera Kalimantan Papua Kata Ujar
    Tutur Ungkap Ketika Karena Meski Walau Sebab Bila Apabila Agar Supaya Sehingga Usai Seusai Selama Hingga Sampai
    Tak Tidak Bukan Belum Sudah Telah Akan Masih Pun Lebih Sangat Semua Setiap Tiap Banyak Beberapa Sebagian Kini
    Sekarang Nanti Bagi Untuk Dengan Oleh Tentang Terhadap Antara Atas Seperti Bagaimana Mengapa Kenapa Apa Siapa
    Kapan Begitu Demikian Adapun Sedangkan Padahal Lantaran Bersama Tanpa Melalui Sebagai Adalah Yakni Yaitu Jaksa
    Penuntut Gubernur Bupati Walikota Senator Anggota Umrah""".split()  # noqa: SIM905 - a word list reads better as prose
)
# portfolio words of ministries ("Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
# "Menteri Investasi dan Hilirisasi") and military/police ranks ("Laksamana Madya", "Brigjen"): never part of a
# person's name
STOP = STOP | frozenset(
    """Infrastruktur Investasi Hilirisasi Pangan Transmigrasi Koperasi UMKM Olahraga Pemuda BUMN Agraria HAM
    Imigrasi Riset Teknologi Sains Digital Informatika Sumber Mineral Kabinet Aparatur Reformasi Birokrasi Anak
    Keluarga Kreatif Gizi Bencana Kawasan Pekerjaan Maritim Kelautan Perikanan Kehutanan ESDM PUPR
    Laksamana Laksma Laksdya Marsekal Marsma Marsdya Brigjen Irjen Komjen Kombes AKBP AKP Kapten Letnan Sersan
    Brigadir Madya Muda Pratama Jenderal Serda Serka Sertu Serma Pratu Prada Praka Kopda Koptu Kopka Bripka Briptu
    Bripda Aipda Aiptu Deputi Pahlawan Seksi Pilihan Ideologi Pancasila Piala""".split()  # noqa: SIM905 - a word list reads better as prose
)
# Indonesian police ranks and the short titles of police, prosecution and regional commands ("Kapolsek Koja Kompol
# Supriyanto", "Kanit Reskrim Polsek Sako Iptu Apriansyah", "Komisaris Besar Argo Yuwono"), words of events and
# committees ("Ketua Panitia Penyelenggara Lomba Pidato"), and sentence-opening connectives that take a name after
# them ("Dibanding Rizieq, Firza Husein ..."): never part of a person's name (session 6)
STOP = STOP | frozenset(
    """Kompol Iptu Ipda Bharada Bharatu Bharaka Abrip Abripda Abriptu Komisaris Inspektur Ajun Kapolsek Kapolsekta
    Kapolres Kapolresta Kapolrestabes Kapolda Wakapolri Wakapolda Wakapolres Wakapolresta Kasat Kasatreskrim
    Kasatlantas Kasatnarkoba Kanit Kasi Kasie Kabid Kasubdit Kasubbid Kabag Kasubag Kasubbag Kadiv Karo Kapus
    Kapuspen Kapuspenkum Dirreskrimum Dirreskrimsus Dirresnarkoba Danramil Dandim Danrem Danyon Kajati Kajari
    Kasipidum Kasipidsus Kasipenkum Kapendam Kadispen Panitia Penyelenggara Lomba Presidium Dibanding Dibandingkan
    Terkait Menanggapi Mengenai Berdasarkan Sebelumnya Selanjutnya Diketahui Dilansir Mengutip Sedangkan Besar Polisi
    Pol Polres Polsek Polda Polresta Polrestabes Satreskrim Satlantas Satnarkoba Reskrim""".split()  # noqa: SIM905 - a word list reads better as prose
)
# credits of a quoted outlet opening a sentence ("Melansir Mirror, ...", "Diberitakan Reuters") and a monitor's head
# word ("Observatorium Suriah untuk HAM") and a royal title ("Permaisuri"): never part of a person's name (session 6b)
STOP = STOP | frozenset("""Melansir Dikutip Diberitakan Dikabarkan Dilaporkan Mengutip Observatorium Permaisuri""".split())  # noqa: SIM905 - a word list reads better as prose
# religions and their communities ("umat Budha", "warga Hindu"), which the model tags as people (session 7)
STOP = STOP | frozenset({"Budha", "Buddha", "Buddhis", "Hindu", "Katolik", "Protestan", "Konghucu", "Syiah", "Sunni"})
# STOP words that are also common Indonesian given names: inside a run of name words, between a name word and
# another, they are the person's ("Rizki Agung Prakoso"); alone or after a head ("Jaksa Agung", "Mahkamah Agung",
# "umat Muslim") they are not
NAME_STOPS = frozenset({"Agung", "Muslim", "Pratama"})
# ... and those that often end a name ("Dimas Pratama"; "Pratama" is otherwise a rank word)
_NAME_STOP_ENDS = frozenset({"Pratama"})
# head words of names of places and bodies: a span containing one is not a person's name
PLACE_HEADS = frozenset(
    """Masjid Masjidil Universitas Kota Gedung Jalan Bandara Rumah Istana Kampung Desa Provinsi Kabupaten Pulau
    Gunung Sungai Hotel Stadion Bank Partai Gerakan Komite Dewan Badan Kementerian Kedutaan Pesantren""".split()  # noqa: SIM905 - a word list reads better as prose
)
# instruments and documents the NER model tags as organisations: "Memorandum of Understanding (MoU)",
# "Letter of Intent", "Undang-Undang Cipta Kerja", "Resolusi 2334" name no actor
DOCUMENT_NAME = re.compile(
    r"(?:Memorandum|Letter|Nota|Undang|Peraturan|Perpres|Keppres|Resolusi|Perjanjian|Protokol|Konvensi|Deklarasi|"
    r"Piagam|Traktat|Kesepakatan|Rancangan|RUU|UU|MoU|LoI|Surat)\b"
)
REPORT_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|menyebut|menyebutkan|"
    r"menambahkan|mengumumkan|menuturkan|memperingatkan|meminta|mendesak|menolak|menuduh|mengecam|"
    r"bertemu|menerima|melakukan|menjawab|menilai|berharap|bilang)\b"
)
_TITLE_LINK = re.compile(r"\s*(?:\(\s*[A-Z][A-Za-z.]{0,12}\s*\)\s*)?(?:,\s*)?")


# Indonesian derived nouns: pe(r/m/n/ng)-...-an, ke-...-an ("Perumahan", "Pembangunan", "Kecamatan"),
# and Latinate -asi nouns ("Integrasi", "Transportasi", "Koordinasi"); "Kemenhub", "Kemenkeu": ministries
_DERIVED_NOUN = re.compile(r"(?:Pe|Ke)[a-z]{3,}an|[A-Z][a-z]{3,}asi|Kemen[a-z]+")


def not_a_name(word: str) -> bool:
    """A capitalised word that is not part of a person's name: a STOP word or a derived noun."""
    return word in STOP or _DERIVED_NOUN.fullmatch(word) is not None


# Bengali and Arabic given names in -ul ("Ariful", "Nurul", "Saiful", "Aminul") that "Islam" may follow as a surname
_UL_GIVEN = re.compile(r"[A-Z][a-z]{2,}ul")


def name_stop_inside(words: list[str], k: int) -> bool:
    """``words[k]`` is a given name that is also a STOP word (`NAME_STOPS`) standing between two name words."""
    if k == len(words) - 1 and k > 0 and words[k] in _NAME_STOP_ENDS:
        return not not_a_name(words[k - 1]) and words[k - 1][:1].isupper()
    if k == len(words) - 1 and k > 0 and words[k] == "Islam":  # "Ariful Islam", "Nurul Islam" (session 7); not
        return _UL_GIVEN.fullmatch(words[k - 1]) is not None  # "Negara Islam", "Dunia Islam"
    return 0 < k < len(words) - 1 and words[k] in NAME_STOPS and not not_a_name(words[k - 1]) \
        and words[k - 1][:1].isupper() and words[k + 1][:1].isupper() and not not_a_name(words[k + 1])


def _wordchar(c: str) -> bool:
    return c.isalpha() or c in "'’-" or (ord(c) > 127 and c.isalnum())


def name_after(text: str, pos: int, *, max_tokens: int = 5, skip_leading: bool = False) -> tuple[int, int] | None:
    """The capitalised name starting at ``pos`` (after spaces): its span, or None.

    Stops at punctuation, a lower-case word that is not a name connector ("bin", "al"),
    or after ``max_tokens`` words; a trailing connector is not part of the name.
    """
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    start = i
    tokens: list[tuple[int, int, str]] = []
    while i < len(text) and len(tokens) < max_tokens:
        word_end = i
        while word_end < len(text) and _wordchar(text[word_end]):
            word_end += 1
        word = text[i:word_end].rstrip("'’-")
        word_end = i + len(word)
        while (word and not not_a_name(word) and text.startswith(" - ", word_end)
               and word_end + 3 < len(text) and text[word_end + 3].isalnum()
               and (len(tokens) < 2 or text[word_end + 3].islower() or word.lower() in _CONNECT)):
            # a dash after two name words before a capital is a pair ("Agus Harimurti Yudhoyono - Sylviana Murni")
            k = word_end + 3  # "Kim Jong - un", "al - Khatib": a hyphen split by detokenisation
            while k < len(text) and _wordchar(text[k]):
                k += 1
            piece = text[word_end + 3 : k].rstrip("'’-")
            if len(piece) >= 6 and piece.islower():
                return None  # "Perundang - undangan": a reduplicated common noun, no name ("Jong - un" is)
            word = word + "-" + piece
            word_end = k - (len(text[word_end + 3 : k]) - len(text[word_end + 3 : k].rstrip("'’-")))
        if word and word[0].isupper():
            tokens.append((i, word_end, word))
        elif word.lower() in _CONNECT or (word[:3].lower() in ("al-", "el-") and len(word) > 3):
            tokens.append((i, word_end, word.lower()))
        else:
            break
        i = word_end
        if i + 1 < len(text) and text[i] == " " and _wordchar(text[i + 1]):
            i += 1
        else:
            break
    while tokens and tokens[-1][2] in _CONNECT:
        tokens.pop()
    while skip_leading and len(tokens) > 2 and not_a_name(tokens[0][2]):  # "Koalisi Perubahan Anies Baswedan" → "Anies Baswedan"
        tokens.pop(0)
        start = tokens[0][0]
    if not tokens or not_a_name(tokens[0][2]) or tokens[0][2] in _CONNECT:
        return None
    # cut at a stop word inside ("Ayman Safadi Senin" → "Ayman Safadi"); "Rizki Agung Prakoso" keeps its "Agung"
    for k, (_s, _e, w) in enumerate(tokens):
        if k and not_a_name(w) and not name_stop_inside([t[2] for t in tokens], k):
            tokens = tokens[:k]
            break
    if any(w in PLACE_HEADS for _s, _e, w in tokens):
        return None  # "Jalan Anggrek Neli", "Masjid Al Aqsa": a place or a body
    if len(tokens) > 1 and len(tokens[-1][2]) == 1 and tokens[-1][2].isupper():
        return None  # "Pundi X", "Generasi Z": a brand or a name with a letter, no person's
    if any(len(w) > 1 and w.isupper() for _s, _e, w in tokens):
        return None  # "KBRI", "PAN": an acronym belongs to an organisation, not a person's name
    return start, tokens[-1][1]


def name_before(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised name of two to four words ending at ``end`` ("Ayman Safadi mengatakan")."""
    i = end
    while i > 0 and text[i - 1] == " ":
        i -= 1
    stop = i
    words: list[int] = []
    j = i
    while j > 0 and len(words) < 4:
        k = j
        while k > 0 and _wordchar(text[k - 1]):
            k -= 1
        word = text[k:j]
        if word == "-" and k > 1 and text[k - 1] == " " and _wordchar(text[k - 2]):
            j = k - 1  # "Kim Jong - un": a hyphen split by detokenisation
            continue
        if not word or not (word[0].isupper() or word.lower() in _CONNECT or text[max(0, k - 3) : k] == " - "):
            break
        words.append(k)
        if k > 0 and text[k - 1] == " ":
            j = k - 1
        else:
            break
    while words:
        span = name_after(text, words[-1])
        if span is not None and span[1] == stop and len(text[span[0] : span[1]].split()) >= 2:
            return span
        words.pop()
    return None


def title_link(text: str, pos: int) -> int:
    """Offset after an apposition link: an optional "(AS)" and an optional comma."""
    m = _TITLE_LINK.match(text, pos)
    return m.end() if m else pos


def name_parts(name: str) -> frozenset[str]:
    """The first and last word of a multi-word name, usable alone after it ("Ayman Safadi" → Safadi)."""
    words = [w for w in name.split() if w.lower() not in _CONNECT]
    if len(words) < 2:
        return frozenset()
    return frozenset({words[0], words[-1]})
