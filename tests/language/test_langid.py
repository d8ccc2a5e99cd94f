"""Language identification per document and paragraph."""

from __future__ import annotations

from warta.language.langid import LanguageIdentifier


def test_id_ms_en() -> None:
    ident = LanguageIdentifier(("id", "ms", "en"))
    assert ident.identify("Pemerintah Indonesia mengirimkan bantuan kemanusiaan ke Gaza pada hari Senin.") == "id"
    assert ident.identify("The foreign minister said the ceasefire talks would resume next week in Cairo.") == "en"
    assert ident.identify("  ") == "und"
