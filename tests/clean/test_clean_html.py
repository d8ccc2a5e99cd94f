"""The HTML path on a small made-up page: main text, site-free title, date, teaser boxes dropped."""

from __future__ import annotations

from warta.clean.html import clean_title, prune_teasers
from warta.clean.stage import CleanStage
from warta.model import Document, RawArticle
from warta.settings import Settings

PARA = [
    "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Vietnam di Hanoi untuk membahas "
    "kerja sama maritim dan penanganan kapal ikan ilegal di Laut Natuna Utara.",
    "Kedua menteri sepakat membentuk kelompok kerja bersama yang akan bertemu setiap tiga bulan dan "
    "melaporkan kemajuan kepada para kepala negara pada pertemuan puncak ASEAN berikutnya.",
    "Pertemuan itu juga membahas rencana latihan bersama penjaga pantai kedua negara tahun depan, "
    "termasuk pertukaran petugas dan pelatihan penegakan hukum di laut.",
]
TEASER = "Presiden meresmikan bendungan baru di Jawa Tengah yang akan mengairi ribuan hektare sawah petani."
PAGE = f"""<html><head>
<title>RI-Vietnam Sepakat Perkuat Kerja Sama Maritim - Kompas.com Internasional</title>
<meta property="og:title" content="RI-Vietnam Sepakat Perkuat Kerja Sama Maritim - Kompas.com">
<meta property="article:published_time" content="2024-03-05T14:20:00+07:00">
<meta name="description" content="Indonesia dan Vietnam sepakat memperkuat kerja sama maritim.">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<article><h1>RI-Vietnam Sepakat Perkuat Kerja Sama Maritim</h1>
<p>{PARA[0]}</p><p>{PARA[1]}</p><p>{PARA[2]}</p></article>
<ul class="list-berita"><li><h3><a href="/read/2024/03/05/bendungan">Bendungan Baru Diresmikan</a></h3>
<p>{TEASER}</p></li></ul>
<div class="related-news"><p>{TEASER}</p></div>
<footer>© 2024 Kompas.com</footer></body></html>"""


def test_html_page_text_title_date_outlet() -> None:
    raw = RawArticle(doc="p", origin="p", text=PAGE, media_type="html",
                     url="https://internasional.kompas.com/read/2024/03/05/14200001/ri-vietnam")
    doc = CleanStage(Settings(use_ner=False))(Document.from_raw(raw))
    assert doc.title == "RI-Vietnam Sepakat Perkuat Kerja Sama Maritim"
    assert doc.published == "2024-03-05"
    assert doc.outlet is not None and "kompas" in doc.outlet.casefold()
    for p in PARA:
        assert p in doc.text
    assert "bendungan" not in doc.text.casefold() and "Beranda" not in doc.text


def test_prune_teasers_removes_linked_list_items_and_related_boxes() -> None:
    out = prune_teasers(PAGE)
    assert TEASER not in out and PARA[0] in out


def test_clean_title_variants() -> None:
    def site(seg: str) -> bool:
        return seg.casefold().startswith(("kompas", "republika", "tempo"))

    assert clean_title("Judul Berita Hari Ini | Republika Online", [], site) == "Judul Berita Hari Ini"
    assert clean_title("Contoh.com: Musik - Lagu Baru Dirilis Hari Ini", ["Lagu Baru Dirilis Hari Ini"],
                       site) == "Lagu Baru Dirilis Hari Ini"
    assert clean_title("Perang Rusia - Ukraina Memasuki Tahun Ketiga", [], site) == (
        "Perang Rusia - Ukraina Memasuki Tahun Ketiga")
    assert clean_title(None, ["Satu", "Judul Dari H1 Saja"], site) == "Judul Dari H1 Saja"
