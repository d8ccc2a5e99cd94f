"""People found by the shape of their names: Korean, Chinese and Vietnamese names, and runs opening with a
common given name."""

from __future__ import annotations

import re

from warta.actors._common import (
    _AFTER_PLACE_PREP,
    _CAP_WORD,
    _ENGLISH_FUNCTION,
    _LOWER_WORD,
    _NAME_LINKS,
    _PINYIN,
    _PLACE_RUN,
    _PREV_CAP,
    _Named,
)
from warta.actors._ner import _NerPeople
from warta.actors.resolve import (
    name_after,
    name_stop_inside,
)
from warta.model import Mention

# "Choi Yong - bae", "Kim Jong-un": a (Korean) surname, a given name in two parts joined by a hyphen (detokenised or not)
_KOREAN_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{1,4}) ([A-Z][a-z]{1,6})(?:(?: - |-)([a-z]{2,6})|"
                          r" ([A-Z][a-z]{1,4})(?! [A-Z]))(?![\w-])")  # session 7: also spaced, "Kim Jong Nam"
# a capitalised family name and one to three capitalised name words after it ("Liu Xiaobo", "Nguyen Phu Trong")
_EAST_ASIAN = re.compile(r"(?<![\w-])([A-Z][a-z]{1,6}) ((?:[A-Z][a-z]{1,9} ?){1,3})(?<! )(?![\w-])")


class _ShapedNames(_NerPeople):
    """People whose names' shape says they are people."""

    def _shaped_names(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names whose shape alone makes them a person's: a Korean surname and a hyphenated given name
        ("Choi Yong - bae", "Choe Myong-nam"), wherever they stand ("Direktur Bucheon International Fantastic
        Festival Choi Yong - bae", where the model and the title frame see one long body)."""
        out: list[Mention] = []
        for m in _KOREAN_NAME.finditer(text):
            if m.group(1) not in self.lexicon.korean_surnames:
                continue
            span = (m.start(), m.end())
            if m.group(4) is not None and (m.group(2) in _ENGLISH_FUNCTION or m.group(4) in _ENGLISH_FUNCTION
                                           or _PREV_CAP.search(text, max(0, span[0] - 30), span[0])):
                continue  # "What Do You Mean": a spaced name is no part of a longer capitalised run
            if not self._free(span, [*taken, *out]) or self.lexicon.names_a_thing(text, *span):
                continue  # "Lapangan Kim Il - sung": a square named after a person
            name = f"{m.group(1)} {m.group(2)}-{(m.group(3) or m.group(4)).lower()}"
            key = self._person_key(text[span[0] : span[1]], named) or self._known_or_new(name, named)
            out.append(Mention(text[span[0] : span[1]], span[0], span[1], "person", key, "ner"))
        out.extend(self._given_name_people(text, [*taken, *out], named))
        out.extend(self._east_asian_names(text, [*taken, *out], named))
        return out

    def _given_name_people(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A capitalised run of two to four name words opening with a common given name (`given` in
        `person_names.yaml`) that nothing else marked: "pecatur nomor satu dunia, Magnus Carlsen", "melawan
        Anatoli Karpov", "Sementara Haider Sameer Abdulkhaleq Alshawi ke AS". Not when a word of it is used in
        lower case, names a place or body found elsewhere, or a thing's noun stands before it ("kapal induk
        Ronald Reagan")."""
        lex = self.lexicon
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        thing_words = {w for m in taken if m.kind != "person" for w in m.text.split()}
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        things = {w.lower() for w in lex.leading_heads} | lex.thing_nouns
        for m in _CAP_WORD.finditer(text):
            if m.group(0) not in lex.given_names:
                continue
            span = name_after(text, m.start(), max_tokens=4)
            if span is None or span[0] != m.start():
                continue
            name = text[span[0] : span[1]]
            words = [re.sub(r"^(?:al|el|ad|as|ash|an|ar)-(?=[A-Z])", "", w)  # "Jalal al-Labbad" (session 6b)
                     for w in name.replace(" - ", "-").split() if w.lower() not in _NAME_LINKS]
            raw_before = text[max(0, span[0] - 30) : span[0]].split()[-2:]
            # a thing's noun right before the name, or a common noun two words before ("kapal induk Ronald Reagan");
            # a capitalised head earlier in a body's name is no thing's ("Dewan Kota Vancouver Ellen Woodsworth")
            before = [w.lower() for k, w in enumerate(raw_before) if k == len(raw_before) - 1 or w.islower()]
            if len(words) < 2 or not all(self._name_word(w) or name_stop_inside(words, k) for k, w in enumerate(words)) \
                    or name in runs \
                    or any(w.lower() in lowered or w in thing_words for w in words[1:]) or set(before) & things \
                    or not self._free(span, [*taken, *out]) or self._names_a_thing(text, *span) \
                    or _AFTER_PLACE_PREP.search(text, max(0, span[0] - 6), span[0]):
                continue
            out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out

    def _east_asian_names(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Names whose shape makes them a person's: a Chinese surname and a given name of one to three pinyin
        syllables ("Liu Xiaobo", "Mao Zedong", "Hua Chunying"), or a Vietnamese family name and two or three short
        name words ("Nguyen Phu Trong"), that nothing else marked, with no capitalised word after them (a firm's or
        place's name goes on), no word used in lower case, and no place preposition or thing's head before them."""
        lex = self.lexicon
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        things = {w.lower() for w in lex.leading_heads} | lex.thing_nouns
        for w in _CAP_WORD.finditer(text):
            m = _EAST_ASIAN.match(text, w.start())  # at every capitalised word: "Menlu Wang Yi"
            if m is None:
                continue
            family, rest = m.group(1), m.group(2).split()
            chinese = family in lex.chinese_surnames and len(rest) == 1 and _PINYIN.fullmatch(rest[0].lower()) \
                and len(rest[0]) >= 3
            vietnamese = family in lex.vietnamese_surnames and len(rest) in (2, 3) and all(len(w) <= 5 for w in rest)
            span = (m.start(), m.end())
            if not (chinese or vietnamese) or any(w.lower() in lowered or not self._name_word(w) for w in rest) \
                    or re.match(r" [A-Z]", text[span[1] : span[1] + 2]) or not self._free(span, [*taken, *out]) \
                    or self._names_a_thing(text, *span) or _AFTER_PLACE_PREP.search(text, max(0, span[0] - 6), span[0]) \
                    or set(text[max(0, span[0] - 30) : span[0]].lower().split()[-2:]) & things \
                    or any(x in _ENGLISH_FUNCTION or x in lex.regions for x in rest):
                continue  # "film Han Solo", "merek Chang Chong": a thing named like a person
            name = text[span[0] : span[1]]
            out.append(Mention(name, span[0], span[1], "person", self._known_or_new(name, named), "ner"))
        return out
