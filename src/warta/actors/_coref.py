"""Later mentions of people already found: full forms, name parts, nicknames, "sang <noun>", merged and
joined names, a headline's full name, bare local titles."""

from __future__ import annotations

import dataclasses
import re
from difflib import SequenceMatcher
from functools import cached_property

from warta.actors._base import _StageBase
from warta.actors._common import (
    _AFTER_PLACE_PREP,
    _CAP_WORD,
    _FUNCTION_WORDS,
    _HONORIFICS,
    _LOWER_WORD,
    _NAME_GOES_ON,
    _NEXT_WORD,
    _PREV_CAP,
    _RANK_WORDS,
    _defined_short,
    _Named,
    _sentence_initial,
    _unknown_key,
)
from warta.actors._initials import _Initials
from warta.actors.refer import misspelt_owner
from warta.actors.resolve import (
    NAME_STOPS,
    PLACE_HEADS,
    STOP,
    name_parts,
    not_a_name,
)
from warta.model import Mention

_NICKNAME = re.compile(r" \(([A-Z][a-z]+)\)")
# "X, ... yang dikenal juga sebagai Y", "X alias Y": another name of the person just named
_KNOWN_AS = re.compile(r"(?:,[^.,;\n]{0,50}? yang)? (?:(?:juga )?(?:dikenal|disebut)(?: juga)? (?:sebagai|dengan nama)|alias) "
                       r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})")
# "Eddy Baskoro Yudhoyono atau Ibas": one capitalised word after "atau" and no capitalised word after it (session 6)
_OR_NICKNAME = re.compile(r" atau ([A-Z][a-z]{2,})(?![\w-])(?! [A-Z])")


def _nickname_of(word: str, full: str) -> bool:
    """``word`` is shorter than the name ``full`` and shares three letters in a row with one of its words ("ibas" /
    "eddy baskoro yudhoyono", "jokowi" / "joko widodo"); "Ganjar" is no nickname of "Anies Baswedan"."""
    return len(word) < len(full) and any(word[i : i + 3] in part for part in full.split() if len(part) >= 3
                                         for i in range(len(word) - 2))


# "sang juru bicara": a role noun names only a person the text introduced with it ("juru bicara maskapai, Mohammad
# Taghi Tabatabai" ... "Sang juru bicara menyebut")
_SANG_ROLE = re.compile(r"\b[Ss]ang (?:juru bicara|jubir|pelatih|juru runding|negosiator|komandan|kuasa hukum)\b")
# short titles of local police, prosecution and regional officers that stand alone for the one the text introduced
# with them ("kata Kanit", "Menurut Kapolsek", "Pak Kapolres"; session 6)
_LOCAL_SHORT_TITLE = re.compile(r"(?<![\w-])(Kapolres|Kapolresta|Kapolrestabes|Kapolsek|Kapolsekta|Kapolda|Wakapolres|"
                                r"Wakapolda|Kasat|Kanit|Kasi|Kabid|Kasubdit|Kajati|Kajari|Bupati|Kadis)(?![\w-])(?! +[A-Z(])")
_SURNAME_WORD = r"[A-Z][a-z]{2,}(?:-[A-Za-z][a-z]+)?"  # "Shihab", "Butar-butar" (session 6)


class _LaterMentions(_Initials):
    """Later and partial mentions of people found, joined to them."""

    def _full_forms(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """The full name of a person found only by one word: "Gandelsman" (after "ujar") is the
        "Adar Gandelsman" written elsewhere; capitalised words before it that are free name words. A mention
        of that one word there ("Stephen [Hawking]") becomes the full name's. Returns all mentions."""
        out: list[Mention] = []
        replaced: set[tuple[int, int]] = set()
        lowered = set(_LOWER_WORD.findall(text))
        for key, info in list(named.items()):
            word = info.name
            if " " in word or len(word) < 4 or not_a_name(word):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                words: list[re.Match[str]] = []
                end = m.start()
                while len(words) < 3:
                    prev = _PREV_CAP.search(text, max(0, end - 30), end)
                    if prev is not None and not words and prev.group(1) in self.lexicon.given_words \
                            and not _sentence_initial(text, prev.start(1)):
                        words.insert(0, prev)  # "CEO Apple Tim Cook" beside "kata Cook": "Tim" is his name
                        break
                    if prev is not None and not words and not_a_name(prev.group(1)) \
                            and self._bound_first(text, prev.group(1), word, lowered):
                        words.insert(0, prev)  # "Timur Kapadze" twice, "Timur" nowhere else: his given name
                        break
                    if prev is None or not_a_name(prev.group(1)) or prev.group(1) in PLACE_HEADS \
                            or prev.group(1) in self.lexicon.leading_heads or prev.group(1) in self.lexicon.titles \
                            or prev.group(1) in self.lexicon.office_titles or prev.group(1) in _HONORIFICS \
                            or self._person_noun(prev.group(1)) \
                            or _defined_short(text, prev.group(1)):  # "Ketua Porturin Alwin": a body's short form;
                        # "Pengacara Yingluck": a noun that introduces a person (session 7)
                        if prev is not None and (prev.group(1) in PLACE_HEADS or prev.group(1) in
                                                 self.lexicon.leading_heads):
                            words = []  # "Bank Sinarmas Frenky": the words after a head name the thing
                        break  # "Piala Emmy", "Hotel Mulia": a thing's head word is no first name
                    words.insert(0, prev)
                    end = prev.start(1)
                    if _sentence_initial(text, end):
                        break
                if words and _sentence_initial(text, words[0].start(1)) and words[0].group(1).lower() in lowered:
                    words.pop(0)  # "Niat Gandelsman": a capitalised sentence start
                if not words:
                    continue
                span = (words[0].start(1), m.end())
                inside = [t for t in taken if t.start < span[1] and span[0] < t.end]
                if not self._free(span, out) or any(t.key != key or t.start < span[0] for t in inside):
                    continue
                if inside and _sentence_initial(text, span[0]) and not self._first_word_of(
                        text[span[0] : inside[0].start].strip(), text[inside[0].start : span[1]], text):
                    continue  # "Ketika Lorde": a capitalised sentence start before a name found alone
                replaced.update((t.start, t.end) for t in inside)
                info.name = text[span[0] : span[1]]
                out.append(Mention(info.name, span[0], span[1], "person", key, "coref"))
                break
        return [t for t in taken if (t.start, t.end) not in replaced] + out

    def _bound_first(self, text: str, first: str, surname: str, lowered: set[str]) -> bool:
        """``first``, a word that usually opens no name ("Timur", east), is a given name here: the text writes it
        at least twice, always right before ``surname``, never in lower case, and it is no title, rank, honorific,
        function word or head of a thing's name."""
        lex = self.lexicon
        if first.lower() in lowered or first in lex.titles or first in lex.office_titles or first in _HONORIFICS \
                or first in _RANK_WORDS or first.lower() in _FUNCTION_WORDS or first in lex.role_heads \
                or first in lex.leading_heads or first in lex.regions or not first.isalpha():
            return False
        spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text)]
        return len(spots) >= 2 and all(text.startswith(f"{first} {surname}", p) for p in spots) \
            and not all(_sentence_initial(text, p) for p in spots)

    @staticmethod
    def _misspelt_part(word: str, parts: dict[str, str], lowered: set[str]) -> str | None:
        """The person whose long name part ``word`` misspells ("Kravchova" beside "Vera Kravtsova"): one part of
        seven letters or more with the same first four and last two letters, at least 75 % alike."""
        if len(word) < 7 or word.lower() in lowered or not_a_name(word):
            return None
        close = {key for p, key in parts.items() if len(p) >= 7 and p != word and p[:4] == word[:4]
                 and p[-2:] == word[-2:] and SequenceMatcher(None, p, word).ratio() >= 0.75}
        return close.pop() if len(close) == 1 else None

    def _name_parts(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Lone first or last names of people found above ("Safadi" after "Ayman Safadi")."""
        parts: dict[str, str] = {}
        for key, info in named.items():
            for p in name_parts(info.name) or {info.name}:
                if p not in STOP and len(p) > 2:
                    parts.setdefault(p, key)
        lexicon_parts = self._lexicon_name_parts(taken, parts)
        parts.update(lexicon_parts)
        if not parts:
            return []
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        for m in _CAP_WORD.finditer(text):
            if m.group(0) in lexicon_parts and (_NAME_GOES_ON.match(text, m.end()) or m.group(0).lower() in lowered
                                                or _AFTER_PLACE_PREP.search(text, max(0, m.start() - 6), m.start())):
                continue  # "Sri Lanka" beside "Sri Mulyani", "di Moon": not the person's name part
            found = parts.get(m.group(0)) or self._misspelt_part(m.group(0), parts, lowered)
            if found is not None and self._free((m.start(), m.end()), [*taken, *out]):
                prev = out[-1] if out else None
                if prev is not None and prev.key == found and prev.end + 1 == m.start():
                    out[-1] = dataclasses.replace(prev, text=text[prev.start : m.end()], end=m.end())  # "Abdul Kharis"
                else:
                    out.append(Mention(m.group(0), m.start(), m.end(), "person", found, "coref"))
        return out

    def _lexicon_name_parts(self, taken: list[Mention], parts: dict[str, str]) -> dict[str, str]:
        """First and last names of lexicon people the text names in full ("Clinton" after "Hillary Clinton", "Najib"
        after "Perdana Menteri Malaysia Najib Razak", "Kim" after "Kim Jong - un"), as `_name_parts` finds them for
        people the lexicon lacks; a part two people of the text share names neither (session 7)."""
        owners: dict[str, set[str]] = {}
        for m in taken:
            entry = self.lexicon.entries.get(m.key)
            if m.kind != "person" or entry is None or entry.kind != "person":
                continue
            words = entry.name.replace("-", " ").split()
            if len(words) < 2 or len(set(m.text.replace(" - ", " ").replace("-", " ").split()) & set(words)) < 2:
                continue
            for p in {words[0], words[-1]}:
                if p not in STOP and len(p) > 2 and p[:1].isupper() and p.isalpha():
                    owners.setdefault(p, set()).add(m.key)
        return {p: next(iter(keys)) for p, keys in owners.items() if len(keys) == 1 and p not in parts}

    @staticmethod
    def _join_adjacent(text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """Two people the lexicon lacks written one after the other with only a space between ("Willy" found
        after "tutur", "Indra Yunani" by the model) are one person: "Willy Indra Yunani"."""
        ms = sorted(mentions, key=lambda m: (m.start, m.end))
        out: list[Mention] = []
        for m in ms:
            prev = out[-1] if out else None
            if prev is not None and m.kind == "person" and prev.kind == "person" and prev.key in named \
                    and m.key in named and prev.key != m.key and text[prev.end : m.start] == " " \
                    and len(text[prev.start : m.end].split()) <= 4:
                name = text[prev.start : m.end]
                key = _unknown_key(name)
                info = named.setdefault(key, _Named(name))
                for old in (named[prev.key], named[m.key]):
                    info.country = info.country or old.country
                    info.org = info.org or old.org
                    info.role = info.role or old.role
                    info.title_kind = info.title_kind or old.title_kind
                out[-1] = dataclasses.replace(prev, text=name, end=m.end, key=key)
                continue
            out.append(m)
        return out

    @cached_property
    def _sang_noun(self) -> re.Pattern[str]:
        """"sang <noun>" for the person the article is about: professions, a closed class of person nouns
        (`sang_nouns` in name_heads.yaml). Kinship nouns ("sang ayah") and roles relative to another person ("sang
        pelatih", "sang pemain") point at someone else."""
        return re.compile(r"\b[Ss]ang (?:" + "|".join(self.lexicon.sang_nouns) + r")\b")

    def _sang_nouns(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """"sang aktor", "sang penulis": the person the article is about so far, described by what they do:
        the person mentioned most often before it (the later one on a tie); among the people introduced by
        that noun ("sutradara Pritagita Arianegara" ... "sang sutradara") when there are any."""
        out: list[Mention] = []
        persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
        hits = [*self._sang_noun.finditer(text), *_SANG_ROLE.finditer(text)]
        for hit in sorted(hits, key=lambda h: h.start()):
            if not self._free((hit.start(), hit.end()), [*mentions, *out]) or _NEXT_WORD.match(text, hit.end()):
                continue
            apposed = next((m for m in persons if re.fullmatch(r", *", text[m.end : hit.start()])), None)
            if apposed is not None:  # "kata Mark Doss, sang pengacara": the person just named
                out.append(Mention(hit.group(0), hit.start(), hit.end(), "person", apposed.key, "coref"))
                continue
            counts: dict[str, tuple[int, int]] = {}
            noun = hit.group(0).split(maxsplit=1)[1].lower()
            described = {m.key for m in persons if m.end <= hit.start() and (
                re.search(rf"(?i:\b{noun})(?: [a-z]+){{0,3}},? +$", text[max(0, m.start - 50) : m.start])
                or f" {noun} " in f" {(named[m.key].role or '') if m.key in named else ''} ".lower())}
            if hit.re is _SANG_ROLE and not described:
                continue  # "kata sang juru bicara, yang namanya tidak disebutkan": nobody introduced as such
            for m in persons:
                if m.end <= hit.start() and (not described or m.key in described):
                    counts[m.key] = (counts.get(m.key, (0, 0))[0] + 1, m.start)
            if counts:
                key = max(counts, key=lambda k: counts[k])
                out.append(Mention(hit.group(0), hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _merge_single_names(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A one-word person ("Rycroft", "Antony") found apart from the full name is that person,
        when exactly one multi-word person of the document has that word in their name."""
        full: dict[str, str] = {}
        for m in mentions:
            if m.kind != "person":
                continue
            entry = self.lexicon.entries.get(m.key)
            name = entry.name if entry is not None else (named[m.key].name if m.key in named else "")
            if len(name.split()) >= 2:
                full[m.key] = name
        aliases: dict[str, str] = {}
        long = [k for k, i in named.items() if len(i.name.split()) >= 2]
        for a in long:  # spelling variants of one name ("Nanda Arsyinta" / "Nanda Asyinta"): the commoner wins
            for b in long:
                na, nb = named[a].name, named[b].name
                if a != b and na.split()[0] == nb.split()[0] and len(na.split()) == len(nb.split()) \
                        and SequenceMatcher(None, na, nb).ratio() >= 0.9 and text.count(nb) > text.count(na):
                    aliases[na] = b
        for m in mentions:
            nick = _NICKNAME.match(text, m.end) if m.kind == "person" else None
            if nick is not None:
                aliases[nick.group(1)] = m.key  # "Zulkifli Hasan (Zulhas)"
        out: list[Mention] = []
        for m in mentions:
            info_m = named.get(m.key)
            alias_key = aliases.get(m.text) or (aliases.get(info_m.name) if info_m is not None else None)
            if m.kind == "person" and alias_key is not None and m.key != alias_key:
                out.append(dataclasses.replace(m, key=alias_key, source="coref"))
                continue
            info = named.get(m.key)
            owners = (
                [k for k, n in full.items() if info.name in n.replace("-", " ").split()]
                if m.kind == "person" and info is not None and len(info.name.split()) == 1
                else []
            )
            if m.kind == "person" and info is not None and len(info.name.split()) == 1 and not owners:
                spelt = misspelt_owner(info.name, full, text)  # "kata Hammed" after "Zulfiqar Hameed" (session 7)
                owners = [spelt] if spelt is not None else []
            out.append(dataclasses.replace(m, key=owners[0], source="coref") if len(owners) == 1 else m)
        return self._merge_partial_names(out, named)

    def _known_as(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A name given as another name of a person just named is that person: "Hambali, pria kelahiran Indonesia
        yang dikenal juga sebagai Riduan Isamuddin", "Abu Bakar alias Abu Jibril", a nickname after "atau" ("Eddy
        Baskoro Yudhoyono atau Ibas"); so are its other occurrences."""
        persons = [m for m in mentions if m.kind == "person"]
        aka: dict[str, str] = {}
        for m in persons:
            cue = _KNOWN_AS.match(text, m.end)
            if cue is None:
                cue = _OR_NICKNAME.match(text, m.end)
                full = (self._person_name_of(m.key, named) or "").lower()
                if cue is None or " " not in full or not _nickname_of(cue.group(1).lower(), full) \
                        or self.lexicon.owners(cue.group(1)):
                    continue  # "Eddy Baskoro Yudhoyono atau Ibas", "Joko Widodo atau Jokowi": a nickname of the name
            name = cue.group(1)
            words = name.split()
            if all(self._name_word(w) for w in words) and not any(
                    p.start < cue.end(1) and cue.start(1) < p.end for p in mentions):
                aka[name] = m.key
        if not aka:
            return mentions
        out = list(mentions)
        things = {w.lower() for w in self.lexicon.leading_heads} | self.lexicon.thing_nouns
        for name, key in aka.items():
            spots = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            if any(set(text[max(0, h.start() - 30) : h.start()].lower().split()[-1:]) & things for h in spots):
                continue  # "Carol Danvers alias Captain Marvel" ... "film Captain Marvel": a work's title
            for hit in spots:
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(name, hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _headline_names(self, title: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person the body names by one word only ("kata Luthfi") takes the full name the headline gives
        ("Ahmad Luthfi Sebut Jateng ..."): one or two name words right before that word, none a STOP word,
        title or thing's head. A person of the document already under that full name absorbs the mentions."""
        if not title:
            return mentions
        rename: dict[str, str] = {}
        for key, info in named.items():
            word = info.name
            if " " in word or not word[:1].isupper() or not any(m.key == key for m in mentions):
                continue
            found = re.search(r"(?<![\w-])((?:[A-Z][\w'’-]+ ){1,2})" + re.escape(word) + r"(?![\w-])", title)
            if found is None:
                continue
            words = found.group(1).split()
            while words and not (self._name_word(words[0]) and words[0] not in self.lexicon.titles):
                words.pop(0)  # "Gubernur Ahmad Luthfi": the title is no name
            if words and all(self._name_word(w) and w not in self.lexicon.titles for w in words):
                rename[key] = " ".join([*words, word])
        if not rename:
            return mentions
        by_name = {info.name: k for k, info in named.items()}
        out: list[Mention] = []
        for m in mentions:
            full = rename.get(m.key)
            if full is None:
                out.append(m)
            elif (other := by_name.get(full)) is not None and other != m.key:
                out.append(dataclasses.replace(m, key=other, source="coref"))
            else:
                named[m.key].name = full
                out.append(m)
        return out

    def _surname_after(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person found only by one word whose surname the text writes after it once or twice ("Rizieq" ...
        "tersangka ... Rizieq Shihab setibanya", "ujar Muslim" ... "Muslim Jaya Butar-butar"): one or two
        capitalised words after it that the text never uses apart nor in lower case, no STOP word, title, region or
        head of a thing's name, and no capitalised word after them. The person is named in full, and the mention
        there covers the whole name."""
        lex = self.lexicon
        lowered = set(_LOWER_WORD.findall(text))
        out = list(mentions)
        for key, info in named.items():
            word = info.name
            if " " in word or len(word) < 4 or (not_a_name(word) and word not in NAME_STOPS) \
                    or not word[:1].isupper() or word.isupper():
                continue
            after = {m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(word)} ({_SURNAME_WORD}(?: {_SURNAME_WORD})?)"
                                                     r"(?![\w-])", text)}
            if len(after) != 1:
                continue
            surname = next(iter(after))
            if any(not_a_name(w) or w in PLACE_HEADS or w in lex.titles or w in lex.regions or w in lex.leading_heads
                   or w in lex.trailing_heads or w.lower() in lowered or w in _HONORIFICS or lex.owners(w)
                   for w in surname.split()):
                continue
            spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)]
            full = f"{word} {surname}"
            if len(spots) > 2 or len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) < 2 * len(spots):
                continue  # a person is named in full once or twice, then by one word; "Razer Phone" throughout
            if not all(text[max(0, p - len(word) - 1) : p] == f"{word} " for p in spots) or any(
                    re.match(r" [A-Z]", text[p + len(surname) : p + len(surname) + 2]) for p in spots):
                continue
            new: list[Mention] = []
            for p in spots:
                span = (p - len(word) - 1, p + len(surname))
                inside = [t for t in out if t.start < span[1] and span[0] < t.end]
                if any(t.key != key or t.start < span[0] or t.end > span[1] for t in inside):
                    continue
                out = [t for t in out if t not in inside]
                new.append(Mention(full, span[0], span[1], "person", key, "coref"))
            if new:
                info.name = full
                out.extend(new)
        return out

    @staticmethod
    def _bare_local_titles(text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A local officer's short title standing alone ("kata Kanit", "Menurut Kapolsek", "Pak Kapolres ini") is
        the one person the text introduced with a title opening with that word ("Kanit Reskrim Polsek Sako Iptu
        Apriansyah"); none or several such people: no mention. Not before a capitalised word (a name or a place
        follows: "Kapolres Bogor")."""
        out = list(mentions)
        for m in _LOCAL_SHORT_TITLE.finditer(text):
            word = m.group(1)
            keys = {p.key for p in mentions if p.kind == "person" and p.key in named
                    and (named[p.key].role or "").split()[:1] == [word] and p.start < m.start()}
            if len(keys) != 1 or not _StageBase._free(m.span(), out):
                continue
            out.append(Mention(word, m.start(), m.end(), "person", next(iter(keys)), "title"))
        return out

    @staticmethod
    def _merge_partial_names(mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """An unknown multi-word name that is part of a longer one in the document ("Akbar Djohan" after
        "Muhammad Akbar Djohan", "Abu Hasna" and "Adnan Abu Hasna") is that person, under the fuller name,
        when exactly one longer name contains it."""
        used = {m.key for m in mentions if m.kind == "person"}
        names = {k: i.name.split() for k, i in named.items() if k in used and len(i.name.split()) >= 2}

        def inside(short: list[str], long: list[str]) -> bool:
            return len(long) > len(short) and any(long[j : j + len(short)] == short for j in range(len(long)))

        fuller: dict[str, str] = {}
        for k, words in names.items():
            longer = [k2 for k2, w2 in names.items() if inside(words, w2)]
            best = [k2 for k2 in longer if not any(inside(names[k2], names[k3]) for k3 in longer)]
            if len(best) == 1:
                fuller[k] = best[0]
        if not fuller:
            return mentions
        return [dataclasses.replace(m, key=fuller[m.key], source="coref") if m.key in fuller else m for m in mentions]
