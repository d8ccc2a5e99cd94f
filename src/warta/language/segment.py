"""Sentence splitting and tokenisation for Indonesian news, with character offsets.

General splitters break on "Dr." or "No." and glue a closing parenthesis to a digit in
"(21/8)"; Indonesian news also ends sentences inside quotations (“…,” kata Blinken.)
and writes thousands with dots ("40.774"). Paragraph boundaries are always sentence
boundaries: headings and one-line paragraphs never merge into the next sentence.
Tokens follow UD Indonesian: clitics and reduplication stay in one token ("negaranya",
"negara-negara"), "Rp" is split from its amount, ranges ("30-35", "Januari-Oktober") and
word/word slashes are three tokens, abbreviations and initials keep their period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.model import Sentence, Token

# A word: letters/digits joined by inner hyphens, dots, commas, slashes or apostrophes
# ("negara-negara", "40.774", "0,19", "21/8", "Qur'an"); anything else is one character.
# Every repetition consumes a joiner and a \w run, so matching is linear.
_TOKEN = re.compile(r"(?:Rp|US\$)(?=\d)|\w+(?:[-.,/'’]\w+)*|\S", re.UNICODE)
# Inner joins that UD splits: digit ranges, Capitalised-Capitalised ranges, word/word.
_SPLIT = re.compile(r"(?<=\d)-(?=\d)|(?<=[a-z])-(?=[A-Z])|(?<=[a-zA-Z]{2})/(?=[a-zA-Z]{2})")
# A candidate boundary: terminal punctuation, optional closers, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")
_OPENER = re.compile(r"[\"“‘'(\[`]*[A-Z0-9À-Þ]")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]$")
_LOWER_THEN_LETTER = re.compile(r"(?:^|\s)[a-z]{2,}\s[A-Z]$")
_LAST_WORD = re.compile(r"[\w.]{1,40}$")
# A closed quotation: opened after a space/start/colon, closed before a space/punctuation/end,
# at most 800 characters (a stray or inch-mark '"' must not swallow a whole paragraph).
_QUOTE = re.compile(r"(?:(?<=[\s(:])|^)(?:“[^“”\n]{1,800}”|\"[^\"\n]{1,800}\")(?=[\s,.;:!?)]|$)")


def _quoted(para: str) -> list[tuple[int, int]]:
    """Closed quotations of a paragraph (open, close offsets), in order."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(para)]


@dataclass(frozen=True, slots=True)
class Segmenter:
    abbreviations: frozenset[str]  # never a sentence end ("Dr.", "No.", "Jl.")
    final_abbreviations: frozenset[str] = frozenset()  # an end when a capital follows ("dll.")

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Segmenter:
        data = load_yaml("language/abbreviations.yaml", lexicon_dir)
        return cls(
            frozenset(str(a).lower().rstrip(".") for a in data["never_final"]),
            frozenset(str(a).lower().rstrip(".") for a in data["may_be_final"]),
        )

    def tokens(self, text: str, offset: int = 0) -> tuple[Token, ...]:
        out: list[Token] = []
        for m in _TOKEN.finditer(text):
            s, w = m.start(), m.group()
            if m.end() < len(text) and text[m.end()] == "." and len(w) < 12 and self._keeps_period(text, m.end(), w):
                w += "."
            if out and out[-1].end - offset > s:
                continue  # the period already joined the previous token
            pieces = _SPLIT.split(w) if len(w) > 2 else [w]
            if len(pieces) == 1:
                out.append(Token(s + offset, s + len(w) + offset, w))
                continue
            pos = s
            for sep_m in _SPLIT.finditer(w):
                a = s + sep_m.start()
                if a > pos:
                    out.append(Token(pos + offset, a + offset, text[pos:a]))
                out.append(Token(a + offset, a + 1 + offset, text[a : a + 1]))
                pos = a + 1
            out.append(Token(pos + offset, s + len(w) + offset, text[pos : s + len(w)]))
        return tuple(out)

    def _keeps_period(self, text: str, dot: int, word: str) -> bool:
        """An abbreviation or initial keeps its period unless the period ends the text."""
        rest = text[dot + 1 : dot + 3]
        if not rest.strip():
            return False
        low = word.lower()
        return low in self.abbreviations or low in self.final_abbreviations or (len(word) == 1 and word.isupper())

    def _is_boundary(self, text: str, end_punct: int, match: re.Match[str]) -> bool:
        punct = match.group()
        rest = text[match.end() : match.end() + 8].lstrip()
        if not rest:
            return True
        if not _OPENER.match(rest):
            return False
        if punct.startswith(".") and punct.rstrip(".") == "":
            before = text[max(0, end_punct - 41) : end_punct]
            word = _LAST_WORD.search(before)
            if word:
                w = word.group().lower().lstrip(".")
                if w in self.abbreviations or w.rsplit(".", 1)[-1] in self.abbreviations:
                    return False
                if w in self.final_abbreviations:
                    return rest[:1] != "("  # "Pte. Ltd. (SPA)" continues
                if _INITIAL.search(before) and not _LOWER_THEN_LETTER.search(before):
                    return False  # "J. Blinken": an initial; but "kuartal I." ends a sentence
        return True

    def sentences(self, text: str, paragraphs: tuple[tuple[int, int], ...], with_tokens: bool = True) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        spans = paragraphs or ((0, len(text)),)
        for pi, (ps, pe) in enumerate(spans):
            para = text[ps:pe]
            inside = _quoted(para)
            start = 0
            qi = 0
            for m in _BOUNDARY.finditer(para):
                while qi < len(inside) and inside[qi][1] <= m.start():
                    qi += 1
                if qi < len(inside) and inside[qi][0] < m.start() and m.end() < inside[qi][1]:
                    continue  # inside a closed quotation: its sentences stay one unit
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
