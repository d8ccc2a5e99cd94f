"""The actor stage's base: the lexicon, matcher and NER model, and the lookups every pass shares (the actor a
hit names, free spans, the document's people the lexicon lacks)."""

from __future__ import annotations

import re
from functools import cached_property

from warta.actors._common import _HONORIFICS, _PREV_CAP, Hits, _Named, _sentence_initial, _unknown_key
from warta.actors.lexicon import ActorLexicon
from warta.actors.matcher import ActorMatcher, MatchRole
from warta.actors.resolve import (
    PLACE_HEADS,
    name_parts,
    not_a_name,
)
from warta.model import Mention
from warta.pipeline import BaseStage

# person nouns that are also given names ("Imam Nahrawi", "Putri Tanjung"): they may open a name
_NAME_NOUNS = frozenset({"Imam", "Putra", "Putri", "Haji", "Ustaz", "Kiai", "Habib", "Syekh"})


class _StageBase(BaseStage):
    """Resources and shared lookups; each layer below ActorStage may call the layers it inherits."""

    @cached_property
    def lexicon(self) -> ActorLexicon:
        return ActorLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def matcher(self) -> ActorMatcher:
        return ActorMatcher(self.lexicon)

    @cached_property
    def ner(self) -> object | None:
        if not self.settings.use_ner:
            return None
        try:
            from warta.actors.ner import NerModel, default_model_path
        except ImportError:
            return None
        path = self.settings.ner_model or default_model_path()
        return NerModel(path) if (path / "config.cfg").exists() else None

    def _first_name_before(self, text: str, hits: Hits, i: int) -> bool:
        """A capitalised word right before a surname that is no title, honorific or sentence start is
        another person's first name: "Takuma Ueda" is not the central banker Kazuo Ueda."""
        s = hits[i][0]
        prev = _PREV_CAP.search(text, max(0, s - 30), s)
        if prev is None:
            return False
        word = prev.group(1)
        if _sentence_initial(text, prev.start(1)) and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            return False  # "Namun Powell", "Kemudian Ueda": a common word opening the sentence
        if not_a_name(word) or word in self.lexicon.titles or word.lower() in self.lexicon.titles \
                or word in _HONORIFICS:
            return False
        return not (i > 0 and hits[i - 1][1] == prev.end(1))  # "AS Trump": a lexicon word before

    def _own_first_name(self, text: str, hits: Hits, i: int) -> bool:
        """A full name of the lexicon after another person's given name that the text also uses alone: "Ibu Negara
        Iriana Joko Widodo" ... "Ibu Iriana" is the president's wife, named after him, not the president."""
        if not self._first_name_before(text, hits, i):
            return False
        prev = _PREV_CAP.search(text, max(0, hits[i][0] - 30), hits[i][0])
        word = prev.group(1) if prev is not None else ""
        return any(m.start() != prev.start(1) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?! [A-Z])(?![\w-])", text)) \
            if prev is not None else False

    @cached_property
    def _region_re(self) -> re.Pattern[str] | None:
        names = sorted(self.lexicon.regions, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    @staticmethod
    def _hit_inside(hits: Hits, span: tuple[int, int]) -> bool:
        return any(h[0] < span[1] and span[0] < h[1] for h in hits)

    def _actor_ref(self, values: tuple[tuple[MatchRole, str], ...]) -> str | None:
        for wanted in ("alias", "demonym", "short", "metonym"):
            for role, ref in values:
                if role == wanted and ref in self.lexicon.entries:
                    return ref
        return None

    @staticmethod
    def _role(values: tuple[tuple[MatchRole, str], ...], ref: str) -> MatchRole | None:
        for role, r in values:
            if r == ref:
                return role
        return None

    def _ambiguous_short(self, form: str) -> bool:
        """A short form several lexicon actors share, or one its owner marks `ambiguous` with someone the lexicon
        lacks ("Cook": Lisa Cook of the Fed, Tim Cook of Apple; "Austin": the city)."""
        owners = self.lexicon.owners(form)
        return len(owners) != 1 or any(form in dict(self.lexicon.entries[o].ambiguous) for o in owners
                                       if o in self.lexicon.entries)

    @staticmethod
    def _free(span: tuple[int, int], taken: list[Mention]) -> bool:
        return not any(m.start < span[1] and span[0] < m.end for m in taken)

    def _person_key(self, surface: str, named: dict[str, _Named]) -> str | None:
        """An already known person this surface names in full or by first/last name."""
        key = _unknown_key(surface)
        if key in named:
            return key
        for k, info in named.items():
            if surface in name_parts(info.name) or (surface in info.name.split() and len(surface) > 3):
                return k
            if " " in surface and (f" {surface}" in info.name or f"{surface} " in info.name):
                return k  # "Abu Hasna" after "Adnan Abu Hasna"
        return None

    def _known_or_new(self, name: str, named: dict[str, _Named]) -> str:
        """The key of the known person ``name`` refers to, else of ``name`` registered as a new unknown person."""
        key = self._person_key(name, named)
        if key is None:
            key = _unknown_key(name)
            named[key] = _Named(name)
        return key

    def _name_word(self, word: str) -> bool:
        """A capitalised word that can be part of a person's name: no STOP word, derived noun, acronym or a
        thing's head word."""
        return word[:1].isupper() and not not_a_name(word) and word not in PLACE_HEADS and not (
            len(word) > 1 and word.isupper()) and word not in self.lexicon.leading_heads \
            and word not in self.lexicon.trailing_heads

    def _person_noun(self, word: str) -> bool:
        """A capitalised noun for a person that introduces a name and is no part of it ("Pengacara Yingluck"), unless
        it is also a given name ("Imam Nahrawi", session 7)."""
        return word.lower() in self.lexicon.person_nouns and word not in _NAME_NOUNS

    def _person_name_of(self, key: str, named: dict[str, _Named]) -> str | None:
        entry = self.lexicon.entries.get(key)
        if entry is not None:
            return entry.name if entry.kind == "person" else None
        return named[key].name if key in named else None
