"""Ninth-pass vocabulary (docs/event-coder.md, "Ninth pass — vocabulary"): event expressions the trigger lexicon
lacked on unseen 2023-2025 news — removal from office, readings of rulings, investigation, reports to the police
and oversight bodies, passive appeals, declaring war, intimidation, a crowd's protest acts, searches, jailing,
mob beatings, shooting at — one synthetic news sentence per form (written for these tests, no corpus text), and a
negative sentence for each form that is restricted (the person named after the verb, an acquittal, a crowd only,
a case after "mendalami")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.events.lexicon import EventLexicon

# the `coded` fixture of tests/events/conftest.py: (type, source root, target root, modality)
Coded = Callable[[str], list[tuple[str, str | None, str | None, str]]]
# the `form_codes` and `form_stays_silent` fixtures of tests/events/conftest.py
FormCodes = Callable[[str, str, tuple[str, str | None, str | None]], None]
FormSilent = Callable[[str, str, str, bool], None]

# (form in triggers.yaml, sentence, expected (type, source root, target root)); a target of None means that the
# sentence names none: which addressee the coder then implies (none, or the story's own state) is not the form's
# business, so only type and source are checked
POSITIVE = [
    # removal from office (SANCTION): the person named after the verb, or the passive's subject
    ("memberhentikan", "Dewan Kehormatan Penyelenggara Pemilu memberhentikan Ketua KPU Hasyim Asy'ari dari jabatannya.",
     ("SANCTION", "IDN", "IDN")),
    ("memberhentikan sementara", "Dewan Kehormatan Penyelenggara Pemilu memberhentikan sementara Ketua KPU Hasyim Asy'ari.",
     ("SANCTION", "IDN", "IDN")),
    ("mencopot", "Majelis Kehormatan Mahkamah Konstitusi mencopot Ketua MK Anwar Usman dari jabatannya.",
     ("SANCTION", "IDN", "IDN")),
    ("memecat", "Majelis Kehormatan Mahkamah Konstitusi memecat Ketua MK Anwar Usman dari jabatannya.",
     ("SANCTION", "IDN", "IDN")),
    ("memakzulkan", "Majelis Kehormatan Mahkamah Konstitusi memakzulkan Ketua MK Anwar Usman.", ("SANCTION", "IDN", "IDN")),
    ("dimakzulkan", "Presiden Yoon Suk Yeol dimakzulkan oleh Mahkamah Konstitusi Korea Selatan.", ("SANCTION", "KOR", "KOR")),
    ("diberhentikan dari jabatan", "Bupati Pati Sudewo diberhentikan dari jabatan bupati oleh DPRD Pati.",
     ("SANCTION", "IDN", "IDN")),
    ("diberhentikan dari jabatannya",
     "Atas pelanggaran itu, Hakim Konstitusi Anwar Usman diberhentikan dari jabatannya sebagai ketua.",
     ("SANCTION", "IDN", "IDN")),
    ("diberhentikan dengan tidak hormat",
     "Brigadir Polisi Bripka Rudi diberhentikan dengan tidak hormat oleh Polda Metro Jaya.", ("SANCTION", "IDN", "IDN")),
    ("diberhentikan tidak dengan hormat",
     "Brigadir Polisi Bripka Rudi diberhentikan tidak dengan hormat oleh Polda Metro Jaya.", ("SANCTION", "IDN", "IDN")),
    ("diberhentikan secara tidak hormat",
     "Brigadir Polisi Bripka Rudi diberhentikan secara tidak hormat oleh Polda Metro Jaya.", ("SANCTION", "IDN", "IDN")),
    ("dicopot dari jabatan", "Ketua KPU Hasyim Asy'ari dicopot dari jabatan oleh Dewan Kehormatan Penyelenggara Pemilu.",
     ("SANCTION", "IDN", "IDN")),
    ("dicopot dari jabatannya",
     "Ketua KPU Hasyim Asy'ari dicopot dari jabatannya oleh Dewan Kehormatan Penyelenggara Pemilu.",
     ("SANCTION", "IDN", "IDN")),
    ("dipecat dari jabatan", "Ketua KPU Hasyim Asy'ari dipecat dari jabatan oleh Dewan Kehormatan Penyelenggara Pemilu.",
     ("SANCTION", "IDN", "IDN")),
    ("dipecat dari jabatannya",
     "Ketua KPU Hasyim Asy'ari dipecat dari jabatannya oleh Dewan Kehormatan Penyelenggara Pemilu.",
     ("SANCTION", "IDN", "IDN")),
    ("dipecat sebagai", "Ketua KPU Hasyim Asy'ari dipecat sebagai ketua oleh Dewan Kehormatan Penyelenggara Pemilu.",
     ("SANCTION", "IDN", "IDN")),
    # a ruling told by its reading or upholding (SANCTION)
    ("membacakan putusan",
     "Majelis hakim Pengadilan Negeri Jakarta Selatan membacakan putusan terhadap terdakwa Ferdy Sambo.",
     ("SANCTION", "IDN", "IDN")),
    ("membacakan vonis", "Majelis hakim Pengadilan Negeri Jakarta Selatan membacakan vonis terhadap terdakwa Ferdy Sambo.",
     ("SANCTION", "IDN", "IDN")),
    ("menjatuhkan putusan",
     "Majelis hakim Pengadilan Negeri Jakarta Selatan menjatuhkan putusan terhadap terdakwa Ferdy Sambo.",
     ("SANCTION", "IDN", "IDN")),
    ("menguatkan putusan",
     "Majelis hakim Pengadilan Negeri Jakarta Selatan menguatkan putusan terhadap terdakwa Ferdy Sambo.",
     ("SANCTION", "IDN", "IDN")),
    # investigation (ACCUSE investigate)
    ("mengusut", "Polda Metro Jaya mengusut kasus penganiayaan terhadap jurnalis Tempo.", ("ACCUSE", "IDN", "IDN")),
    ("diusut", "Kasus korupsi pengadaan satelit itu diusut oleh Kejaksaan Agung.", ("ACCUSE", "IDN", None)),
    ("menyidik", "Komisi Pemberantasan Korupsi menyidik Gubernur Jambi Zumi Zola.", ("ACCUSE", "IDN", "IDN")),
    ("mendalami kasus", "Kejaksaan Agung tengah mendalami kasus dugaan korupsi impor gula.", ("ACCUSE", "IDN", None)),
    ("mendalami perkara", "Kejaksaan Agung tengah mendalami perkara dugaan korupsi impor gula.", ("ACCUSE", "IDN", None)),
    ("mendalami dugaan", "Komisi Pemberantasan Korupsi mendalami dugaan aliran dana ke sejumlah pejabat.",
     ("ACCUSE", "IDN", None)),
    ("mendalami keterlibatan",
     "Komisi Pemberantasan Korupsi mendalami keterlibatan Bupati Sidoarjo Ahmad Muhdlor dalam kasus itu.",
     ("ACCUSE", "IDN", "IDN")),
    ("mendalami peran", "Komisi Pemberantasan Korupsi mendalami peran Bupati Sidoarjo Ahmad Muhdlor dalam kasus itu.",
     ("ACCUSE", "IDN", "IDN")),
    ("mendalami motif", "Polda Metro Jaya kini mendalami motif pelaku penembakan.", ("ACCUSE", "IDN", None)),
    ("memburu … pelaku", "Polda Metro Jaya masih memburu dua pelaku lainnya.", ("ACCUSE", "IDN", None)),
    ("memburu … buronan", "Kejaksaan Agung memburu seorang buronan kasus korupsi.", ("ACCUSE", "IDN", None)),
    ("memburu … tersangka", "Polda Metro Jaya memburu tiga tersangka perampokan.", ("ACCUSE", "IDN", None)),
    ("memburu buron", "Polda Metro Jaya memburu buron kasus narkoba.", ("ACCUSE", "IDN", None)),
    # allegations and reports (ACCUSE allege)
    ("mendalilkan", "Tim Hukum Ganjar-Mahfud mendalilkan Komisi Pemilihan Umum melanggar prosedur.",
     ("ACCUSE", "IDN", "IDN")),
    ("mempolisikan", "Relawan Jokowi mempolisikan Roy Suryo atas tudingan ijazah palsu.", ("ACCUSE", "IDN", "IDN")),
    ("dipolisikan", "Roy Suryo dipolisikan oleh Relawan Jokowi atas tudingan ijazah palsu.", ("ACCUSE", "IDN", "IDN")),
    ("melaporkan … ke kpk", "Relawan Jokowi melaporkan Roy Suryo ke KPK atas tudingan ijazah palsu.",
     ("ACCUSE", "IDN", "IDN")),
    ("melaporkan … ke dkpp", "Relawan Jokowi melaporkan Roy Suryo ke DKPP atas tudingan ijazah palsu.",
     ("ACCUSE", "IDN", "IDN")),
    ("dilaporkan ke kpk", "Roy Suryo dilaporkan ke KPK oleh Relawan Jokowi.", ("ACCUSE", "IDN", "IDN")),
    # a passive appeal with its agent (REQUEST), declaring war and intimidation (THREATEN)
    ("diimbau", "Masyarakat diimbau oleh Polda Metro Jaya untuk menghindari kawasan Monas.", ("REQUEST", "IDN", None)),
    ("menyatakan perang", "Presiden Prabowo Subianto menyatakan perang terhadap narkoba.", ("THREATEN", "IDN", None)),
    ("mendeklarasikan perang", "Presiden Filipina Rodrigo Duterte mendeklarasikan perang terhadap narkoba.",
     ("THREATEN", "PHL", None)),
    ("bersumpah … menyatakan perang", "Presiden Peru Jose Jeri bersumpah untuk menyatakan perang terhadap kejahatan.",
     ("THREATEN", "PER", None)),
    ("mengintimidasi", "Polisi Israel mengintimidasi jurnalis Palestina di Yerusalem.", ("THREATEN", "ISR", "PSE")),
    # a crowd's protest acts, addressed to its own state when nobody is named (PROTEST)
    ("menyuarakan aspirasi", "Ratusan mahasiswa menyuarakan aspirasi di depan Gedung DPRD Jawa Barat.",
     ("PROTEST", "IDN", "IDN")),
    ("menyampaikan aspirasi", "Ribuan buruh menyampaikan aspirasi di depan Istana Merdeka di Jakarta.",
     ("PROTEST", "IDN", "IDN")),
    ("meneriakkan", "Massa aksi meneriakkan tuntutan pembebasan rekan mereka di depan Polda Metro Jaya.",
     ("PROTEST", "IDN", "IDN")),
    ("membentangkan spanduk", "Massa aksi membentangkan spanduk di depan Gedung DPR di Jakarta.", ("PROTEST", "IDN", "IDN")),
    ("menutup … jalan", "Massa mahasiswa menutup sebagian badan jalan di depan kampus di Makassar.",
     ("PROTEST", "IDN", "IDN")),
    ("memblokade jalan", "Ratusan warga memblokade jalan menuju lokasi tambang di Morowali.", ("PROTEST", "IDN", "IDN")),
    ("mendemo", "Ribuan mahasiswa mendemo DPR di Jakarta.", ("PROTEST", "IDN", "IDN")),
    ("menagih janji", "Massa buruh menagih janji Presiden Prabowo Subianto soal upah.", ("REQUEST", "IDN", "IDN")),
    ("melakukan audiensi", "Menteri Luar Negeri Sugiono melakukan audiensi dengan Raja Yordania Abdullah II.",
     ("CONSULT", "IDN", "JOR")),
    # searches (ACCUSE investigate since the thirteenth pass), jailing (COERCE), mob beatings, machete attacks,
    # shooting at (ASSAULT)
    ("menggeledah", "Komisi Pemberantasan Korupsi menggeledah rumah dinas Gubernur Bengkulu Rohidin Mersyah.",
     ("ACCUSE", "IDN", "IDN")),
    ("digeledah", "Rumah Gubernur Bengkulu Rohidin Mersyah digeledah oleh Komisi Pemberantasan Korupsi.",
     ("ACCUSE", "IDN", "IDN")),
    ("menjebloskan", "Kejaksaan Agung menjebloskan mantan Menteri Perdagangan Thomas Lembong ke Rutan Salemba.",
     ("COERCE", "IDN", "IDN")),
    ("dijebloskan", "Thomas Lembong dijebloskan ke Rutan Salemba oleh Kejaksaan Agung.", ("COERCE", "IDN", "IDN")),
    ("mengeroyok", "Sekelompok tentara Myanmar mengeroyok warga Rohingya di Rakhine.", ("ASSAULT", "MMR", "MMR")),
    ("dikeroyok", "Seorang anggota TNI dikeroyok sekelompok orang di Jakarta Utara.", ("ASSAULT", None, "IDN")),
    ("membacok", "Tentara Myanmar membacok warga Rohingya di Rakhine.", ("ASSAULT", "MMR", "MMR")),
    ("dibacok", "Seorang anggota Polri dibacok orang tak dikenal di Bogor.", ("ASSAULT", None, "IDN")),
    ("menembaki", "Pasukan Israel menembaki warga Palestina yang mengantre bantuan di Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("ditembaki", "Warga Palestina yang mengantre bantuan ditembaki oleh pasukan Israel di Gaza.",
     ("ASSAULT", "ISR", "PSE")),
    ("ditusuk", "Seorang warga Israel ditusuk oleh pria Palestina di Yerusalem.", ("ASSAULT", "PSE", "ISR")),
    ("disegel", "Rumah Gubernur Bengkulu Rohidin Mersyah disegel oleh Komisi Pemberantasan Korupsi.",
     ("COERCE", "IDN", "IDN")),
    ("mencekal", "Komisi Pemberantasan Korupsi mencekal Gubernur Jambi Zumi Zola.", ("COERCE", "IDN", "IDN")),
    ("dicekal", "Gubernur Jambi Zumi Zola dicekal oleh Komisi Pemberantasan Korupsi.", ("COERCE", "IDN", "IDN")),
    # a courtesy call (CONSULT), ultimatums (REQUEST 10), strikes and banners (PROTEST)
    ("bersilaturahmi", "Presiden Prabowo Subianto bersilaturahmi dengan Perdana Menteri Malaysia Anwar Ibrahim.",
     ("CONSULT", "IDN", "MYS")),
    ("mengultimatum", "Presiden Donald Trump mengultimatum Hamas untuk membebaskan semua sandera.",
     ("REQUEST", "USA", "PSE")),
    ("diultimatum", "Hamas diultimatum oleh Presiden Donald Trump untuk membebaskan semua sandera.",
     ("REQUEST", "USA", "PSE")),
    ("mogok kerja", "Ribuan buruh menggelar mogok kerja di Bekasi.", ("PROTEST", "IDN", "IDN")),
    ("membawa spanduk", "Massa aksi membawa spanduk di depan Gedung DPR di Jakarta.", ("PROTEST", "IDN", "IDN")),
    ("membawa poster", "Massa aksi membawa poster di depan Gedung DPR di Jakarta.", ("PROTEST", "IDN", "IDN")),
    # an ethics hearing (ACCUSE investigate) and a ban on a named actor (COERCE restrict)
    ("sidang pemeriksaan",
     "Dewan Kehormatan Penyelenggara Pemilu menggelar sidang pemeriksaan terhadap Ketua KPU Hasyim Asy'ari.",
     ("ACCUSE", "IDN", "IDN")),
    ("melarang", "Kepolisian Israel melarang jurnalis Palestina memasuki Kompleks Masjid Al-Aqsa.", ("COERCE", "ISR", "PSE")),
    # diplomacy: recalled ambassadors (SANCTION), chats and exchanges of views (CONSULT), relations established or
    # restored (COOPERATE), ratification (AGREE), grants (AID); tear gas fired (ASSAULT crowd-control)
    ("menarik … duta besarnya", "Israel menarik duta besarnya dari Turki.", ("SANCTION", "ISR", "TUR")),
    ("menarik duta besar", "Kolombia menarik duta besar dari Israel.", ("SANCTION", "COL", "ISR")),
    ("berbincang", "Presiden Prabowo Subianto berbincang dengan Presiden China Xi Jinping di Beijing.",
     ("CONSULT", "IDN", "CHN")),
    ("bertukar pikiran", "Menlu Sugiono bertukar pikiran dengan Menlu Jepang Takeshi Iwaya di Tokyo.",
     ("CONSULT", "IDN", "JPN")),
    ("memulihkan hubungan diplomatik", "Arab Saudi dan Iran memulihkan hubungan diplomatik.", ("COOPERATE", "SAU", "IRN")),
    ("normalisasi hubungan", "Israel dan Uni Emirat Arab sepakat melakukan normalisasi hubungan.",
     ("COOPERATE", "ISR", "ARE")),
    ("meratifikasi", "Indonesia meratifikasi perjanjian ekstradisi dengan Singapura.", ("AGREE", "IDN", "SGP")),
    ("menghibahkan", "Jepang menghibahkan kapal patroli kepada Indonesia.", ("AID", "JPN", "IDN")),
    ("menyerahkan bantuan", "Pemerintah Indonesia menyerahkan bantuan kemanusiaan kepada Palestina.", ("AID", "IDN", "PSE")),
    ("melepaskan gas air mata", "Polisi Kenya melepaskan gas air mata ke arah demonstran di Nairobi.",
     ("ASSAULT", "KEN", "KEN")),
]

# (form, sentence, type that must not be coded): the restrictions of the restricted forms
NEGATIVE = [
    # `adjacent`: no person removed right after the verb
    ("memberhentikan", "Polisi memberhentikan sebuah mobil di Jalan Sudirman, Jakarta.", "SANCTION"),
    ("mencopot", "Petugas Israel mencopot detektor logam di Kompleks Masjid Al-Aqsa.", "SANCTION"),
    # an acquittal is no sanction (stop phrase)
    ("membacakan putusan", "Majelis hakim Pengadilan Negeri Jakarta Selatan membacakan putusan bebas untuk terdakwa "
     "Ronald Tannur.", "SANCTION"),
    # "mendalami" only with a case, a charge, a role or a motive after it
    ("mendalami kasus", "Presiden Prabowo Subianto mendalami ilmu agama di pesantren.", "ACCUSE"),
    # `crowd`: the police closing a road, a legislator passing on aspirations
    ("menutup … jalan", "Polda Metro Jaya menutup jalan menuju Monas pada malam tahun baru di Jakarta.", "PROTEST"),
    ("menyampaikan aspirasi", "Ketua DPR Puan Maharani menyampaikan aspirasi masyarakat kepada Presiden Prabowo Subianto.",
     "PROTEST"),
    # only the passive stabbing and seal: the active forms are football's ("menusuk dari sisi kanan")
    ("ditusuk", "Pemain Persib menusuk dari sisi kanan pertahanan Persija Jakarta.", "ASSAULT"),
    ("disegel", "Belgia menyegel tiket ke Piala Dunia di Rusia.", "COERCE"),
    # `adjacent`: no actor banned right after the verb (the ministry named later is not the one banned)
    ("melarang", "Pemerintah Arab Saudi melarang jemaah haji membawa kamera ke Masjidil Haram, kata Kementerian "
     "Agama Indonesia.", "COERCE"),
    # football's idioms are stop phrases: a shot at goal, a goal scored, pressure on the referee
    ("menembaki", "Persib Bandung terus menembaki gawang Persija Jakarta sepanjang babak kedua.", "ASSAULT"),
    ("menjebloskan", "Mohamed Salah menjebloskan bola ke gawang Manchester United pada menit ke-20.", "COERCE"),
    ("mengintimidasi", "Pemain Persib Bandung mengintimidasi wasit usai laga melawan Persija Jakarta.", "THREATEN"),
    # tear gas only: "melepaskan tembakan" stays a stop phrase (a shot at goal in sports news)
    ("melepaskan gas air mata", "Mohamed Salah melepaskan tembakan kaki kiri yang tidak bisa dihadang kiper Burnley.",
     "ASSAULT"),
]


@pytest.mark.parametrize(("form", "body", "expected"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_new_form_codes_its_event(form_codes: FormCodes, form: str, body: str,
                                  expected: tuple[str, str | None, str | None]) -> None:
    form_codes(form, body, expected)


@pytest.mark.parametrize(("form", "body", "kind"), NEGATIVE, ids=[f"{n[0]}-neg" for n in NEGATIVE])
def test_restricted_form_does_not_fire_outside_its_use(form_stays_silent: FormSilent, form: str, body: str,
                                                       kind: str) -> None:
    form_stays_silent(form, body, kind, False)


def test_crowd_forms_carry_the_crowd_flag(lexicon: EventLexicon) -> None:
    for form in ("menyuarakan aspirasi", "menyampaikan aspirasi", "meneriakkan", "membentangkan spanduk"):
        assert lexicon.forms[form].crowd, form
    assert lexicon.gapped["menutup … jalan"].crowd
    assert not lexicon.forms["unjuk rasa"].crowd  # a named organisation's rally is still a protest


def test_a_hunger_strike_is_not_read_as_a_strike(lexicon: EventLexicon) -> None:
    # "aksi mogok makan" must stay a hunger strike, not "aksi mogok" (a strike) followed by "makan"
    found = lexicon.pattern().search("aksi mogok makan tahanan palestina di israel")
    assert found is not None
    trig = lexicon.trigger(found.group("f"))
    assert trig is not None
    assert (trig.type, trig.mode) == ("PROTEST", "hunger")


def test_relations_not_established_are_negated(coded: Coded) -> None:
    got = coded("Indonesia dan Israel tidak menjalin hubungan diplomatik.")
    assert {(t, m) for t, _, _, m in got} == {("COOPERATE", "negated")}, got
