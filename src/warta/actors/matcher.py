"""Gazetteer matching of actor surface forms (pyahocorasick), word-boundary aware."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from warta.actors.lexicon import ActorLexicon

MatchRole = Literal["alias", "short", "demonym", "metonym", "title", "sector"]


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    role: MatchRole
    ref: str  # entry id, office kind (titles) or sector code (sectors)


def _boundary(text: str, s: int, e: int) -> bool:
    """Whole words only; after a hyphen only between capitalised names ("AS-Hamas", not "anti-Israel")."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before == "-" and s > 1 and text[s - 2].isalnum():
        k = s - 2
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        return text[k].isupper() and text[s].isupper()
    return True


_SPLIT_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def join_split_hyphens(text: str) -> tuple[str, list[int]]:
    """``text`` with " - " between word characters written "-", and each character's offset in ``text``.

    IndoSum's detokenisation splits hyphenated names ("Kim Jong - un", "al - Khatib"); a dash
    after a capitalised word in prose ("Senin - Selasa") is joined too, which only matters where a
    lexicon form contains a hyphen there.
    """
    where: list[int] = []
    parts: list[str] = []
    last = 0
    for m in _SPLIT_HYPHEN.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        if not (text[k].isupper() or text[k : m.start()] in ("al", "el", "ad", "ud", "ash", "as")):
            continue  # "anti - Israel" stays apart: only names ("Kim Jong - un", "al - Khatib") are joined
        parts.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        parts.append("-")
        where.append(m.start() + 1)
        last = m.end()
    parts.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(parts), where


class ActorMatcher:
    """Two automata: case-sensitive names, and lower-cased sector and title words."""

    def __init__(self, lex: ActorLexicon) -> None:
        exact: dict[str, list[tuple[MatchRole, str]]] = {}
        folded: dict[str, list[tuple[MatchRole, str]]] = {}

        def put(table: dict[str, list[tuple[MatchRole, str]]], form: str, role: MatchRole, ref: str) -> None:
            if len(form) < 2:
                return
            bucket = table.setdefault(form, [])
            if (role, ref) not in bucket:
                bucket.append((role, ref))

        for e in lex.entries.values():
            for a in e.aliases:
                put(exact, a, "alias", e.id)
            for a in e.short:
                put(exact, a, "short", e.id)
            for a in e.demonyms:
                put(exact, a, "demonym", e.id)
            for a in e.metonyms:
                put(exact, a, "metonym", e.id)
        for word, kind in lex.titles.items():
            put(exact, word, "title", kind)
            put(folded, word.lower(), "title", kind)
        for word, office_id in lex.office_titles.items():
            put(exact, word, "title", "=" + office_id)  # a title naming one office by itself ("Kapolri")
        for word, sector in lex.sectors.items():
            put(folded, word.lower(), "sector", sector)
        self.exact = self._build(exact)
        self.folded = self._build(folded)

    @staticmethod
    def _build(table: dict[str, list[tuple[MatchRole, str]]]) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        for form, values in table.items():
            auto.add_word(form, (len(form), tuple(values)))
        auto.make_automaton()
        return auto

    def hits(self, text: str) -> list[tuple[int, int, tuple[tuple[MatchRole, str], ...]]]:
        """Longest non-overlapping matches (leftmost-longest), names before folded words.

        Matching runs on the text with detokenised hyphens joined ("Kim Jong - un" → "Kim Jong-un");
        offsets are mapped back to ``text``."""
        joined, where = join_split_hyphens(text)
        raw: list[tuple[int, int, int, tuple[tuple[MatchRole, str], ...]]] = []
        for auto, hay, prio in ((self.exact, joined, 0), (self.folded, joined.lower(), 1)):
            if len(auto) == 0:
                continue
            for end_idx, (length, values) in auto.iter(hay):
                s, e = end_idx - length + 1, end_idx + 1
                if _boundary(joined, s, e):
                    raw.append((where[s], where[e - 1] + 1, prio, values))
        raw.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2]))
        out: list[tuple[int, int, tuple[tuple[MatchRole, str], ...]]] = []
        last_end = -1
        for s, e, _, values in raw:
            if s >= last_end:
                out.append((s, e, values))
                last_end = e
            elif out and e - s > out[-1][1] - out[-1][0] and s == out[-1][0]:
                out[-1] = (s, e, values)
                last_end = e
        return out
