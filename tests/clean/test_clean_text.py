"""The text cleaner on made-up pre-scraped pages: each kind of clutter, captions, lists, metadata."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import BoilerplateRules, classify_lines
from warta.clean.stage import CleanStage
from warta.errors import EmptyInput
from warta.model import Document, RawArticle
from warta.pipeline import Failure, Pipeline
from warta.settings import Settings

P1 = ("Pemerintah Malaysia mengumumkan rencana pengiriman bantuan kemanusiaan tambahan ke Myanmar "
      "setelah gempa besar melanda wilayah Mandalay pekan lalu.")
P2 = ("Perdana Menteri Malaysia mengatakan bahwa bantuan itu akan dikirim melalui jalur udara dan "
      "laut dalam dua tahap, dengan koordinasi bersama ASEAN.")
P3 = ("Sementara itu, Kementerian Luar Negeri Thailand menyatakan kesiapan membuka koridor darat "
      "bagi relawan dari negara-negara tetangga.")

PAGE = f"""Beranda Nasional Internasional Ekonomi Olahraga Teknologi Hiburan Otomotif Gaya Hidup Video Foto Indeks
Asia Tenggara
Malaysia Kirim Bantuan Tambahan untuk Korban Gempa Myanmar
Pemerintah Malaysia mengumumkan rencana pengiriman bantuan kemanusiaan tambahan ke Myanmar
Read Time:3 Minute, 10 Second
A  A  A  Pengaturan Font
Foto : REUTERS/ANN WANG
Relawan menurunkan paket bantuan dari truk di Mandalay, Sabtu (5/4).
KUALA LUMPUR, WARTAKITA.COM - {P1}
Baca juga: Gempa Susulan Guncang Mandalay
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
{P2}
Rincian Bantuan
Bantuan tahap pertama mencakup barang-barang berikut:
Tenda darurat
Obat-obatan
Air bersih
{P3} (abc/xyz)
Simak Video "Detik-detik Gempa Mandalay"
Berita Terkait
Halaman
1 2 3
Editor: Siti Rahmawati
Penulis : Budi Santoso
Like
0 %
Bagikan
Ikuti kami di
© 2025 Wartakita.com. All Rights Reserved.
"""


@pytest.fixture(scope="module")
def stage() -> CleanStage:
    return CleanStage(Settings(use_ner=False))


@pytest.fixture(scope="module")
def cleaned(stage: CleanStage) -> Document:
    return stage(Document.from_raw(RawArticle(doc="t", origin="t", text=PAGE)))


def test_body_kept_and_clutter_gone(cleaned: Document) -> None:
    paras = cleaned.text.split("\n\n")
    assert paras[0] == P1  # dateline and outlet byline moved to metadata
    assert P2 in paras and P3 in paras  # trailing editor code stripped
    for item in ("Tenda darurat", "Obat-obatan", "Air bersih"):
        assert item in paras  # list items are body, not headings
    for junk in ("Read Time", "Pengaturan Font", "Baca juga", "ADVERTISEMENT", "SCROLL", "Simak Video",
                 "Berita Terkait", "Editor", "Penulis", "©", "Ikuti kami", "(abc/xyz)", "Beranda", "Halaman"):
        assert junk not in cleaned.text, junk


def test_labels_and_rules(cleaned: Document) -> None:
    by_text = {ln.text: ln for ln in cleaned.lines}
    assert by_text["Malaysia Kirim Bantuan Tambahan untuk Korban Gempa Myanmar"].label == "title"
    assert by_text["Asia Tenggara"].label == "boilerplate"  # category kicker above the title
    assert by_text["Rincian Bantuan"].label == "heading"
    teaser = "Pemerintah Malaysia mengumumkan rencana pengiriman bantuan kemanusiaan tambahan ke Myanmar"
    assert by_text[teaser].rule == "teaser-repeat"
    assert by_text[PAGE.splitlines()[0]].rule == "menu"
    assert by_text["1 2 3"].label == "boilerplate"


def test_captions_kept_apart(cleaned: Document) -> None:
    assert cleaned.captions == ("Foto : REUTERS/ANN WANG",
                                "Relawan menurunkan paket bantuan dari truk di Mandalay, Sabtu (5/4).")
    assert "Relawan menurunkan" not in cleaned.text


def test_metadata_from_text(cleaned: Document) -> None:
    assert cleaned.title == "Malaysia Kirim Bantuan Tambahan untuk Korban Gempa Myanmar"
    assert cleaned.dateline == "Kuala Lumpur"
    assert cleaned.authors == ("Siti Rahmawati", "Budi Santoso")


@pytest.mark.parametrize(
    ("opening", "outlet", "city", "published"),
    [
        ("Liputan6.com, Jakarta - ", "Liputan6", "Jakarta", None),
        ("Liputan6.com, Jakarta ", "Liputan6", "Jakarta", None),
        ("JAKARTA, KOMPAS.com - ", "Kompas", "Jakarta", None),
        ("KOMPAS.com – ", "Kompas", None, None),
        ("Surabaya (ANTARA) - ", "Antara", "Surabaya", None),
        ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta", None),
        ("Holopis.com HOLOPIS.COM, MEDAN – ", "Holopis.com", "Medan", None),
        ("Retconomynow.com3 Maret 2025 – ", "Retconomynow.com", None, "2025-03-03"),
        ("BANDUNG - ", None, "Bandung", None),
    ],
)
def test_bylines(stage: CleanStage, opening: str, outlet: str | None, city: str | None,
                 published: str | None) -> None:
    doc = stage(Document.from_raw(RawArticle(doc="b", origin="b", text=opening + P1 + "\n\n" + P2)))
    assert doc.text.startswith(P1[:40])
    canonical = stage.outlets.by_name(outlet) if outlet else None  # names come from media.yaml
    assert canonical is not None or outlet is None
    assert (doc.outlet, doc.dateline, doc.published) == (canonical, city, published)


def test_outlet_and_date_from_url_and_record(stage: CleanStage) -> None:
    raw = RawArticle(doc="u", origin="u", text=P1 + "\n\n" + P2,
                     url="https://nasional.kompas.com/read/2023/11/07/10000001/judul")
    doc = stage(Document.from_raw(raw))
    assert (doc.outlet, doc.published) == ("Kompas", "2023-11-07")
    raw2 = RawArticle(doc="r", origin="r", text=P1, outlet_hint="detikcom", published_hint="2025-08-01")
    doc2 = stage(Document.from_raw(raw2))
    assert (doc2.outlet, doc2.published) == (stage.outlets.by_name("detik.com"), "2025-08-01")


def test_weekday_without_year_is_not_a_publication_date(stage: CleanStage) -> None:
    doc = stage(Document.from_raw(RawArticle(doc="w", origin="w", text="JAKARTA - Senin (19/8), " + P1)))
    assert doc.published is None


def test_rules_are_data(tmp_path: object) -> None:
    rules = BoilerplateRules.load()
    assert rules.rule_for("SCROLL TO RESUME CONTENT") == "scroll"
    assert rules.rule_for("[Gambas:Video 20detik]") == "embed"
    assert rules.rule_for("Artikel ini telah tayang di Contoh.com") == "credit-article"
    assert rules.rule_for("- Kamis, 05/11/2015 09:25 WIB") == "timestamp"
    assert rules.rule_for(P1) is None
    assert rules.caption_rule("Warga mengungsi dari desa. Foto: dok. BNPB") == "credit-end"


def test_promo_glued_to_a_paragraph_keeps_the_paragraph(stage: CleanStage) -> None:
    line = P2 + " Ikuti diskusinya dalam program Sore Ini."
    lines = classify_lines(P1 + "\n" + line + "\n" + P3, stage.rules)
    assert [ln.label for ln in lines] == ["body", "body", "body"]
    doc = stage(Document.from_raw(RawArticle(doc="p", origin="p", text=P1 + "\n" + line + "\n" + P3)))
    assert "Ikuti diskusinya" not in doc.text and P2 in doc.text


def test_a_widget_flattened_into_a_paragraph_is_cut_out(stage: CleanStage) -> None:
    # scraped detik text: "... massa aksi. SCROLL TO CONTINUE WITH CONTENT Agung, salah satu mahasiswa ..."
    first, second = "Spanduk itu dibawa massa aksi.", "Agung, salah satu mahasiswa, menuturkan banyak hal."
    glued = f"{first} ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT {second}"
    doc = stage(Document.from_raw(RawArticle(doc="w", origin="w", text=P1 + "\n" + glued + "\n" + P3)))
    assert f"{first} {second}" in doc.text and "SCROLL" not in doc.text
    # a line of nothing but the widget leaves no paragraph behind
    alone = stage(Document.from_raw(RawArticle(doc="w", origin="w",
                                               text=P1 + "\nADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT\n" + P3)))
    assert "SCROLL" not in alone.text and alone.text.count("\n\n") == 1


def test_page_of_only_clutter_is_an_input_error(stage: CleanStage) -> None:
    with pytest.raises(EmptyInput):
        stage(Document.from_raw(RawArticle(doc="e", origin="e", text="ADVERTISEMENT\nBaca juga: X\n0 %\n")))


def test_html_page_with_no_body_is_a_clear_per_record_failure() -> None:
    pipe = Pipeline([CleanStage(Settings(use_ner=False))], Settings(use_ner=False))
    raw = RawArticle(doc="empty.html", origin="empty.html", media_type="html",
                     text="<html><head><title>Kosong</title></head><body><nav>Beranda</nav></body></html>")
    out = pipe.process(raw)
    assert isinstance(out, Failure) and out.kind == "empty" and out.where == "empty.html"
    ok = pipe.process(RawArticle(doc="ok", origin="ok", text=P1))
    assert isinstance(ok, Document) and ok.text == P1


def test_mojibake_is_repaired_in_body_and_title() -> None:
    from warta.clean.stage import CleanStage
    from warta.model import Document, RawArticle
    from warta.settings import Settings

    raw = RawArticle(
        doc="m.txt",
        origin="m.txt",
        text="Sekjen PBB AntÃ³nio Guterres menyerukan gencatan senjata segera di Gaza pada Senin.\n",
        title_hint="Guterres: â€œCukup sudahâ€\x9d",
    )
    doc = CleanStage(Settings())(Document.from_raw(raw))
    assert "António Guterres" in doc.text
    assert "Ã" not in doc.text


def test_a_detik_outlet_name_glued_to_the_word_before_is_spaced(stage: CleanStage) -> None:
    # scraped detik text loses the space before its linked outlet name: "Dirangkumdetikcom", "kepadadetikSulsel"
    line = ("Dirangkumdetikcom, Jumat (17/10/2025), rentetan demonstrasi telah berlangsung sejak September. "
            "Hal itu disampaikan Kapolres kepadadetikSulsel, Senin.")
    doc = stage(Document.from_raw(RawArticle(doc="g", origin="g", text=P1 + "\n" + line + "\n" + P3)))
    assert "Dirangkum detikcom, Jumat" in doc.text and "kepada detikSulsel, Senin" in doc.text
    # near miss: the outlet's own name, a URL and the plain word "detik" are left as they are
    plain = "Situs detikcom dan detik.com melaporkan dalam hitungan detik bahwa 20detik menayangkan videonya."
    doc = stage(Document.from_raw(RawArticle(doc="g", origin="g", text=P1 + "\n" + plain + "\n" + P3)))
    assert plain in doc.text
