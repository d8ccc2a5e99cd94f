"""Direct and indirect quotations with speakers."""

from __future__ import annotations

import pytest

from warta.language.quotes import QuoteFinder, QuoteLexicon, RawQuote
from warta.language.segment import Segmenter


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder(QuoteLexicon.load())


def run(finder: QuoteFinder, text: str) -> tuple[list[RawQuote], list[str | None]]:
    paras = tuple((i, i + len(p)) for i, p in _paras(text))
    sents = Segmenter.load().sentences(text, paras, with_tokens=False)
    quotes = finder.find(text, sents)
    return quotes, finder.resolve(text, quotes)


def _paras(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for p in text.split("\n"):
        out.append((pos, p))
        pos += len(p) + 1
    return out


def test_after_verb_with_name(finder: QuoteFinder) -> None:
    text = "“Kami ingin gencatan senjata segera,” kata Antony Blinken di Doha."
    (q,), names = run(finder, text)
    assert text[q.start : q.end] == "Kami ingin gencatan senjata segera"
    assert (q.kind, q.verb, q.speaker_text, names) == ("direct", "kata", "Antony Blinken", ["Antony Blinken"])


def test_nya_and_pronoun_resolve_to_the_person(finder: QuoteFinder) -> None:
    text = ("Menteri Luar Negeri Retno Marsudi mengatakan, Indonesia mendukung Palestina.\n"
            "“Kami tidak akan berhenti membantu,” tegasnya.\n"
            "“Bantuan terus dikirim ke Gaza,” kata dia.")
    quotes, names = run(finder, text)
    assert [q.kind for q in quotes] == ["indirect", "direct", "direct"]
    assert quotes[1].verb == "tegasnya" and quotes[1].pronoun
    assert all(n and "Retno Marsudi" in n for n in names)


def test_role_reference_resolves_back(finder: QuoteFinder) -> None:
    text = ("Antony Blinken tiba di Kairo.\n“Kesepakatan sudah dekat dan kami optimistis,” ujar Menlu AS itu.")
    quotes, names = run(finder, text)
    assert quotes[0].pronoun and names[0] == "Antony Blinken"


def test_interrupted_quote_and_paragraph_continuation(finder: QuoteFinder) -> None:
    text = ("“Suasana ruangan sangat tidak puas,” lanjut Budi Santoso. “Meski banyak yang hadir, tidak ada hasil.”\n"
            "“Kami akan datang lagi minggu depan untuk menagih janji itu,” ujarnya.")
    quotes, names = run(finder, text)
    assert len(quotes) == 3 and all(q.kind == "direct" for q in quotes)
    assert names == ["Budi Santoso"] * 3


def test_indirect_with_bahwa_and_menurut(finder: QuoteFinder) -> None:
    text = ("Juru bicara Hamas mengatakan kepada AFP bahwa perundingan masih berjalan di Kairo.\n"
            "Menurut Zita Anjani, jumlah tersebut belum termasuk korban luka.")
    quotes, _ = run(finder, text)
    assert [(q.kind, text[q.start : q.end]) for q in quotes] == [
        ("indirect", "perundingan masih berjalan di Kairo"),
        ("indirect", "jumlah tersebut belum termasuk korban luka"),
    ]
    assert quotes[1].speaker_text == "Zita Anjani"


def test_scare_quotes_and_headlines_are_not_quotes(finder: QuoteFinder) -> None:
    text = "Ia menyebut \"Israel\" sebagai pihak.\n\"Ketua MPR Soal Rupiah Nyaris Rp 17 Ribu Per USD\""
    quotes, _ = run(finder, text)
    assert [q for q in quotes if q.kind == "direct"] == []


def test_quote_spread_over_paragraphs(finder: QuoteFinder) -> None:
    text = ("“Kami akan terus membantu rakyat Palestina sampai perang ini benar-benar selesai.\n"
            "“Bantuan kedua dikirim pekan depan lewat Mesir,” kata Retno Marsudi.")
    quotes, names = run(finder, text)
    assert [text[q.start : q.end] for q in quotes] == [
        "Kami akan terus membantu rakyat Palestina sampai perang ini benar-benar selesai.",
        "Bantuan kedua dikirim pekan depan lewat Mesir",
    ]
    assert names == ["Retno Marsudi", "Retno Marsudi"]


def test_role_run_keeps_the_name_the_article_uses_alone(finder: QuoteFinder) -> None:
    text = ("“Jalur mudik sudah siap dilalui,” kata Kepala Dinas Perhubungan Kota Medan Hendra Siregar.\n"
            "“Petugas berjaga 24 jam,” kata Hendra.")
    quotes, _ = run(finder, text)
    assert quotes[0].speaker_text == "Hendra Siregar"
    assert text[quotes[0].speaker_start : quotes[0].speaker_end] == "Hendra Siregar"


def test_role_run_without_a_later_mention_keeps_the_name_after_the_office(finder: QuoteFinder) -> None:
    text = "“Jalur mudik sudah siap dilalui,” kata Kepala Dinas Perhubungan Kota Medan Hendra Siregar."
    (q,), _ = run(finder, text)
    assert q.speaker_text == "Hendra Siregar"
    assert text[q.speaker_start : q.speaker_end] == "Hendra Siregar"


@pytest.mark.parametrize(("run_text", "name"), [
    ("Menteri Perdagangan Agus Suparmanto", "Agus Suparmanto"),
    ("Direktur Utama KAI Didiek Hartantyo", "Didiek Hartantyo"),
    ("Kepala Satuan Reserse Kriminal Polres Metro Bekasi Ajun Komisaris Besar Hery Purnomo",
     "Ajun Komisaris Besar Hery Purnomo"),
    ("Menteri Koordinator Bidang Keamanan Mahfud MD", "Mahfud MD"),
    ("Presiden Jokowi", "Presiden Jokowi"),  # a role and a one-word name stay together
    ("Wali Kota Risma", "Wali Kota Risma"),
])
def test_role_stripped_from_speaker(finder: QuoteFinder, run_text: str, name: str) -> None:
    text = f"“Harga bahan pokok akan kami jaga tetap stabil,” kata {run_text}."
    (q,), _ = run(finder, text)
    assert q.speaker_text == name


def test_ordinary_people_by_relation_or_occupation(finder: QuoteFinder) -> None:
    text = ("Budi Hartono, ayah korban, masih menunggu kabar.\n“Kami hanya ingin anak kami pulang,” kata Budi.\n"
            "Sopir angkot, Joko Susilo, mengaku rugi.\n“Penumpang sepi sejak pagi,” ujar Joko.\n"
            "“Pencarian terus kami lakukan,” kata Kepala Basarnas Marsekal Madya Henri Alfiandi.")
    quotes, names = run(finder, text)
    ordinary = finder.ordinary_people(text)
    assert [finder.public_figure(n, ordinary) for q, n in zip(quotes, names, strict=True) if q.kind == "direct"] \
        == [False, False, True]


def test_a_cue_before_a_relative_is_not_an_introduction(finder: QuoteFinder) -> None:
    text = "Sebelum meninggal, kata Dedi Supriadi, ayah tersebut sempat berobat ke dokter."
    assert "Dedi" not in finder.ordinary_people(text)


def test_places_are_not_public_figures(finder: QuoteFinder) -> None:
    assert not finder.public_figure("Jawa Barat", frozenset())
    assert not finder.public_figure("Gunung Ungaran", frozenset())
    assert finder.public_figure("Kota Palembang Saim Marhadan", frozenset())


def test_rank_stays_with_the_name(finder: QuoteFinder) -> None:
    text = ("“Pelaku sudah kami tangkap,” kata Kepala Bidang Humas Polda Riau Komisaris Besar Sunarto Wibowo.\n"
            "“Barang bukti diamankan,” ujar Sunarto.")
    quotes, _ = run(finder, text)
    assert quotes[0].speaker_text == "Komisaris Besar Sunarto Wibowo"


def test_comma_chain_after_role_names_the_person(finder: QuoteFinder) -> None:
    text = "“Warga belum sadar bahaya ini,” kata Camat Cibeber, Kabupaten Cianjur, Dedi Kurniawan, Sabtu (4/5/2024)."
    (q,), _ = run(finder, text)
    assert q.speaker_text == "Dedi Kurniawan"


def test_nya_resolves_to_a_person_not_an_organisation(finder: QuoteFinder) -> None:
    text = ("Kepala Dinas Kesehatan Kalbar Hadi Pranoto, yang juga juru bicara satgas Kalbar, mengatakan, kasus turun.\n"
            "Pemprov Kalbar menambah ruang isolasi.\n"
            "“Kami terus memantau jumlah pasien setiap hari,” katanya.")
    _, names = run(finder, text)
    assert names[-1] is not None and "Hadi Pranoto" in names[-1]


def test_public_figure_excludes_people_introduced_with_age(finder: QuoteFinder) -> None:
    text = ("Sari (42), pedagang sayur, mengeluh sepi pembeli.\n“Sejak pagi baru dua orang yang beli,” kata Sari.\n"
            "“Harga cabai naik lagi minggu ini,” kata Menteri Perdagangan Budi Santoso.")
    quotes, names = run(finder, text)
    ordinary = finder.ordinary_people(text)
    assert [finder.public_figure(n, ordinary) for q, n in zip(quotes, names, strict=True) if q.kind == "direct"] \
        == [False, True]
    assert not finder.public_figure("seorang warga", ordinary)


def test_nya_resolves_to_the_subject_of_a_telling_verb(finder: QuoteFinder) -> None:
    text = ("Menteri Perdagangan Budi Santoso meninjau pasar.\n"
            "Rohani Simanjuntak, bibi korban, melanjutkan, keluarga meminta keadilan.\n"
            "“Kami hanya ingin kejelasan,” katanya.")
    _, names = run(finder, text)
    assert names[-1] == "Rohani Simanjuntak"
    assert not finder.public_figure(names[-1], finder.ordinary_people(text))


def test_a_verb_of_doing_does_not_name_the_speaker(finder: QuoteFinder) -> None:
    text = ("Presiden AS Donald Trump mendorong gencatan senjata, kata laporan itu.\n"
            "“Kami ingin perang ini berakhir,” kata Trump.\n"
            "Sebaliknya, Netanyahu telah melanjutkan serangan militer baru.\n"
            "“Itu upaya yang sia-sia,” ujarnya.")
    _, names = run(finder, text)
    assert names[-1] == "Trump"


def test_speaker_name_stops_at_a_paragraph_or_sentence_end(finder: QuoteFinder) -> None:
    text = "“Harga naik sejak pekan lalu,” kata Ariston. Selain itu, pasokan berkurang.\n"
    (q, *_), _ = run(finder, text)
    assert q.speaker_text == "Ariston"


def test_role_run_after_a_phrase_keeps_its_name(finder: QuoteFinder) -> None:
    text = ("Senada dengan Demokrat, Juru Bicara Partai Keadilan Sejahtera Muhammad Khalid mengatakan, "
            "PKS menargetkan pemilih muda.")
    (q,), _ = run(finder, text)
    assert q.speaker_text is not None and "Muhammad Khalid" in q.speaker_text


def test_circumstance_without_commas_and_english_role_connectors(finder: QuoteFinder) -> None:
    text = ("Ketua Organda DKI Jakarta Shafruhan Sinungan dalam waktu yang berbeda mengatakan bahwa aturan itu "
            "belum jelas bagi pengemudi.\n“Belum ada uji cobanya,” katanya.")
    _, names = run(finder, text)
    assert names[-1] is not None and "Shafruhan Sinungan" in names[-1]
    text = ("Menurut Head of Research at PT Infovesta Utama Wawan Hendrayana, investor perlu berhati-hati.\n"
            "“Pahami legalitasnya dulu,” ujarnya.")
    _, names = run(finder, text)
    assert names[-1] is not None and "Wawan Hendrayana" in names[-1]


def test_ordinary_person_introduced_after_a_cue(finder: QuoteFinder) -> None:
    text = "“Lagian aneh ngobrol pakai masker,” kata Eep Saepudin, seorang pengemudi ojek daring."
    assert {"Eep", "Saepudin"} <= finder.ordinary_people(text)


def test_role_words_are_not_ordinary_names(finder: QuoteFinder) -> None:
    text = ("Warga Kota Bekasi (45) mengeluh.\n“Kami siapkan 105 kamar,” kata Kepala Unit Pelaksana Teknis Asrama "
            "Haji Kota Bekasi Dede Syaeful Uyun.")
    ordinary = finder.ordinary_people(text)
    assert "Bekasi" not in ordinary
    assert finder.public_figure("Kepala Unit Pelaksana Teknis Asrama Haji Kota Bekasi Dede Syaeful Uyun", ordinary)


def test_nya_skips_a_firm_the_article_names(finder: QuoteFinder) -> None:
    text = ("Direktur Utama PT Pertamina Nicke Widyawati mengatakan, kebakaran sudah padam.\n"
            "Warga di sekitar kilang PT Pertamina sudah pulang. Pertamina menambahkan, suplai aman.\n"
            "“Kami terus memantau kondisi kilang,” katanya.")
    _, names = run(finder, text)
    assert names[-1] is not None and "Nicke Widyawati" in names[-1]


def test_name_connector_is_a_whole_word(finder: QuoteFinder) -> None:
    text = "“Kami tidak akan diam,” kata Wali Kota Surabaya Tri Rismaharini dengan suara bergetar."
    (q,), _ = run(finder, text)
    assert q.speaker_text == "Tri Rismaharini"



def test_a_bare_role_is_no_subject_to_resolve_to(finder: QuoteFinder) -> None:
    assert finder._bare_office("Kepala Negara") and finder._bare_office("Mensos")
    assert not finder._bare_office("Kepala Negara Joko Widodo")


def test_a_missing_kompas_mark_does_not_swap_quotes_and_narrative(finder: QuoteFinder) -> None:
    # Kompas-style ” opens and closes; the first quotation lost its opening mark, so plain
    # pairing takes the narrative between the two quotations ("ujar Windhu . …") as a quote
    text = ("Kasus naik karena kebijakan yang longgar , ” ujar Windhu . Untuk itu , razia tetap gencar , "
            "tidak hanya warga , tapi juga pengelola . ” Beri penghargaan bagi perusahaan yang patuh , "
            "dan cabut izin yang melanggar , ” kata Windhu .")
    quotes, names = run(finder, text)
    inner = [text[q.start : q.end] for q in quotes if q.kind == "direct"]
    assert not any("ujar Windhu" in s for s in inner)
    assert any(s.startswith("Beri penghargaan") for s in inner)
    assert names[-1] == "Windhu"


def test_a_capitalised_run_after_a_group_noun_is_no_speaker(finder: QuoteFinder) -> None:
    text = ("Menteri Agama Fachrul Razi mengatakan, masjid tetap dibatasi. Sebagian umat Muslim menilai "
            "pemerintah tidak adil. “Kami minta aturan yang sama untuk semua tempat,” ujarnya.")
    _, names = run(finder, text)
    assert names[-1] != "Muslim"


def test_a_country_is_not_a_person(finder: QuoteFinder) -> None:
    assert finder.place_like("Inggris") and finder.place_like("Amerika Serikat")
    assert not finder.person_like("Inggris")
    assert finder.person_like("Yoanita Simanjuntak")


def test_a_description_with_itu_refers_back(finder: QuoteFinder) -> None:
    text = ("Presiden Joko Widodo meminta TNI dan Polri membantu daerah. Mantan Gubernur DKI Jakarta itu pun "
            "kembali menyampaikan rendahnya disiplin masyarakat. “Urusan masker ini harus dikerjakan "
            "dengan masif,” tuturnya.")
    _, names = run(finder, text)
    assert names[-1] == "Presiden Joko Widodo" or names[-1] == "Joko Widodo"


def test_menurut_a_description_refers_back(finder: QuoteFinder) -> None:
    text = ("“Semua sudah elektronik,” kata Mensos Risma di sela kunjungannya. Menurut Wali Kota Surabaya dua "
            "periode ini, sistem itu bisa diadopsi di Kemensos. “Sekarang masih menulis pakai pulpen lagi,” ujarnya.")
    _, names = run(finder, text)
    assert names[-1] == "Mensos Risma" or names[-1] == "Risma"


def test_a_request_with_agar_names_the_next_speaker(finder: QuoteFinder) -> None:
    text = ("Juru Bicara Kepresidenan Fadjroel Rachman mengatakan, tidak ada open house. Ketua MPR Bambang "
            "Soesatyo berpesan agar umat merayakan Lebaran di rumah. “Bersatu kita melawan Covid-19 dengan "
            "komunikasi jarak jauh,” kata politisi senior Partai Golkar ini.")
    _, names = run(finder, text)
    assert names[-1] is not None and "Bambang Soesatyo" in names[-1]


def test_an_unnamed_source_is_not_the_country_or_body_it_belongs_to(finder: QuoteFinder) -> None:
    text = ("Seorang pejabat senior Palestina mengonfirmasi pada Minggu bahwa Hamas terlibat dalam diskusi "
            "dengan pemerintah AS. Secara paralel, media Israel melaporkan bahwa tekanan terhadap Hamas meningkat.")
    quotes, names = run(finder, text)
    assert [q.speaker_text for q in quotes] == ["pejabat senior Palestina", "media Israel"]
    assert names == [None, None]


def test_a_named_person_after_a_body_is_still_named(finder: QuoteFinder) -> None:
    text = "Juru bicara Hamas Abu Obeida mengatakan bahwa kelompoknya siap berunding dengan mediator."
    (_,), names = run(finder, text)
    assert names[0] is not None and names[0].endswith("Abu Obeida")


def test_a_reference_back_to_an_unnamed_source_stays_unnamed(finder: QuoteFinder) -> None:
    text = ("Presiden AS Donald Trump mengatakan bahwa gencatan senjata harus menyeluruh. Seorang tokoh "
            "senior Hamas mengatakan kepada Al Mayadeen bahwa pembicaraan hanya berpusat pada usulan Israel. "
            "Pejabat tersebut mengklarifikasi bahwa Hamas telah menolak usulan tersebut.")
    _, names = run(finder, text)
    assert names[0] == "Presiden AS Donald Trump" or names[0] == "Donald Trump"
    assert names[1:] == [None, None]


def test_a_report_names_its_outlet(finder: QuoteFinder) -> None:
    text = "Menurut laporan Axios, pertemuan itu akan digelar di Kairo pekan depan bersama para mediator."
    (_,), names = run(finder, text)
    assert names == ["Axios"]


def test_seraya_continues_the_speaker(finder: QuoteFinder) -> None:
    text = ("“Bantuan tidak diizinkan masuk ke Gaza,” ujar Adnan Abu Hasna, seraya menambahkan bahwa 95 persen "
            "penduduk Gaza kini bergantung pada bantuan.")
    _, names = run(finder, text)
    assert names[-1] == "Adnan Abu Hasna"
