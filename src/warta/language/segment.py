"""Sentence splitting and tokenisation for Indonesian news, with character offsets.

General splitters break on "Dr." or "No." and glue a closing parenthesis to a digit in
"(21/8)"; Indonesian news also ends sentences inside quotations (“…,” kata Blinken.)
and writes thousands with dots ("40.774"). Paragraph boundaries are always sentence
boundaries: headings and one-line paragraphs never merge into the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.model import Sentence, Token

# A word: letters/digits joined by inner hyphens, dots, commas, slashes or apostrophes
# ("negara-negara", "40.774", "0,19", "21/8", "Qur'an"); anything else is one character.
_TOKEN = re.compile(r"\w+(?:[-.,/'’]\w+)*|\S", re.UNICODE)
# A candidate boundary: terminal punctuation, optional closers, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+|$)")
_OPENER = re.compile(r"[\"“‘'(\[]?[A-Z0-9À-Þ]")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]$")


@dataclass(frozen=True, slots=True)
class Segmenter:
    abbreviations: frozenset[str]

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Segmenter:
        data = load_yaml("language/abbreviations.yaml", lexicon_dir)
        return cls(frozenset(str(a).lower() for a in data["abbreviations"]))

    def tokens(self, text: str, offset: int = 0) -> tuple[Token, ...]:
        return tuple(Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text))

    def _is_boundary(self, text: str, end_punct: int, match: re.Match[str]) -> bool:
        punct = match.group()
        rest = text[match.end() :].lstrip()
        if not rest:
            return True
        if not _OPENER.match(rest):
            return False
        if punct.startswith("."):
            before = text[:end_punct]
            word = re.search(r"[\w.]+$", before)
            if word:
                w = word.group().lower()
                if w in self.abbreviations or w.rstrip(".") in self.abbreviations:
                    return False
                if _INITIAL.search(before):  # "J. Blinken": an initial, not a full stop
                    return False
        return True

    def sentences(self, text: str, paragraphs: tuple[tuple[int, int], ...], with_tokens: bool = True) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        spans = paragraphs or ((0, len(text)),)
        for pi, (ps, pe) in enumerate(spans):
            para = text[ps:pe]
            start = 0
            for m in _BOUNDARY.finditer(para):
                if not self._is_boundary(para, m.start(), m):
                    continue
                end = m.end()
                self._emit(out, text, ps + start, ps + end, pi, with_tokens)
                start = end
            self._emit(out, text, ps + start, pe, pi, with_tokens)
        return tuple(out)

    def _emit(self, out: list[Sentence], text: str, s: int, e: int, para: int, with_tokens: bool) -> None:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        s += lead
        e = s + len(chunk.strip())
        if e > s:
            sent = text[s:e]
            out.append(Sentence(s, e, sent, para, self.tokens(sent, s) if with_tokens else ()))
