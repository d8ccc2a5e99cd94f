"""Language identification per document and paragraph (lingua, restricted to id/ms/en).

Per sentence and short paragraph lingua calls about one Indonesian text in eight Malay, so a
"ms" verdict must be backed by Malay-only spellings/words (``langid.yaml``: bahawa, kerana,
kerajaan …) outnumbering Indonesian-only ones (bahwa, karena, pemerintah …); otherwise "id".
"""

from __future__ import annotations

import re
from pathlib import Path

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from warta.data import load_yaml

_CODES = {
    "id": Language.INDONESIAN,
    "ms": Language.MALAY,
    "en": Language.ENGLISH,
    "ar": Language.ARABIC,
    "nl": Language.DUTCH,
}
_WORD = re.compile(r"[a-z]+")


class LanguageIdentifier:
    def __init__(self, languages: tuple[str, ...], lexicon_dir: Path | None = None) -> None:
        langs = [_CODES[c] for c in languages if c in _CODES]
        self.detector: LanguageDetector = LanguageDetectorBuilder.from_languages(*langs).build()
        d = load_yaml("language/langid.yaml", lexicon_dir)
        weak = frozenset(d.get("weak", []))
        self.malay = frozenset(d["malay_only"]) - weak
        self.indonesian = frozenset(d["indonesian_only"]) - weak
        self.has_id = "id" in languages

    def identify(self, text: str) -> str:
        if len(text.strip()) < 3:
            return "und"
        lang = self.detector.detect_language_of(text)
        if lang is None:
            return "und"
        code = str(lang.iso_code_639_1.name.lower())
        if code == "ms" and self.has_id:
            words = _WORD.findall(text[:20000].lower())
            ms = sum(1 for w in words if w in self.malay)
            ind = sum(1 for w in words if w in self.indonesian)
            if ms <= ind:
                return "id"
        return code
