"""The NER model's spans merged with the mentions found so far: trimmed, split, relabelled, dropped when they
name a thing or a place."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property
from typing import TYPE_CHECKING

from warta.actors.resolve import (
    DOCUMENT_NAME,
    PLACE_HEADS,
    name_stop_inside,
    not_a_name,
)
from warta.data import load_tsv
from warta.model import EntityKind, Mention

if TYPE_CHECKING:
    from warta.actors.ner import NerSpan
from warta.actors._common import (
    _ENGLISH_FUNCTION,
    _LOCAL_TITLE,
    _LOWER_WORD,
    _ONE_LETTER_BEFORE,
    _PINYIN,
    _PLACE_RUN,
    _PREV_CAP,
    _ROYAL_TITLES,
    _Named,
    _sentence_initial,
    _unknown_key,
)
from warta.actors._titles import _Titles

_AFTER_PREP = re.compile(r"\b(?:di|ke|dari|kota)\s+([A-Z][a-z]+)\b")
# STOP words (never a person's name) that open names of places and bodies: "New York", "New Jersey", "Times Square"
_PLACE_OPENERS = frozenset({"New", "Times"})


def _trim_ner(text: str, start: int, end: int, kind: EntityKind) -> tuple[int, str]:
    """An NER span without lower-case words at its edges; person names must be capitalised words."""
    words = text[start:end].split(" ")
    while words and (not words[0][:1].isupper() or not_a_name(words[0].strip(",."))
                     or (kind == "person" and len(words) > 2 and len(words[0]) > 1 and words[0].isupper())) and not (
        kind != "person" and words[0] in PLACE_HEADS  # "Partai Pekerja Kurdistan": the head word is the name's
    ) and not (
        kind != "person" and words[0] in _PLACE_OPENERS and len(words) > 1 and words[1][:1].isupper()
    ):  # a person span opening with an acronym ("KPK Firli Bahuri") starts after it
        start += len(words[0]) + 1
        words.pop(0)
    while words and ((not words[-1][:1].isupper() and not (
            len(words) >= 3 and words[-2] == "-" and words[-1].isalpha() and words[-3][:1].isupper()))
                     or (kind == "person" and len(words) > 1 and words[-1].strip(",.") in _PIOUS_SUFFIX)):
        words.pop()  # a lower-case edge word goes, a detokenised hyphen's half stays ("Choi Yong - bae"); so does
        # a blessing after a prophet's name ("Muhammad SAW", session 7)
    surface = " ".join(words).strip(" ,.")
    if kind == "person" and any(w in PLACE_HEADS for w in text[start:end].split()):
        return start, ""  # "Masjidil Aqsa", "Universitas Al Azhar": a place or a body, not a person
    if kind == "person" and surface:
        parts = surface.replace(" - ", "-").split()  # "Hana Mansour al - Khatib": a detokenised hyphen
        if any(not (w[:1].isupper() or w.lower() in ("bin", "binti", "al", "el", "van", "de")) for w in parts):
            return start, ""
        if any(not_a_name(w) and not name_stop_inside(parts, k) for k, w in enumerate(parts)) \
                or (len(parts) == 1 and surface.isupper()):
            return start, ""
        if any(len(p) >= 6 and p.islower() for w in parts for p in w.split("-")[1:]):
            return start, ""  # "Perundang-undangan", "Teman-teman": a reduplicated common noun ("Jong-un" stays)
    return start, surface


# blessings written after a prophet's or a companion's name: "Nabi Muhammad SAW", "Ali RA" (no part of the name)
_PIOUS_SUFFIX = frozenset({"SAW", "SWT", "RA"})
# "Nabi Muhammad", "Rasulullah": a prophet is named by one word, which is a person even when written once
_PROPHET_BEFORE = re.compile(r"(?<![\w-])(?:Nabi|Rasul) $")
# the same offices right before a span ("Bupati [Sleman Harda Kiswaya]"), and a name of two capitalised words or more
_LOCAL_TITLE_BEFORE = re.compile(_LOCAL_TITLE.pattern.removeprefix("^") + r"\s+$")
_NAME_REST = re.compile(r"(?: [A-Z][a-z]+){2,4}")
# heads of the names of Indonesian police commands and local offices: the word after one is a place (session 6)
_UNIT_BEFORE = re.compile(r"(?<![\w-])(?:Polres|Polresta|Polrestabes|Polsek|Polsekta|Polda|Mapolres|Mapolsek|Mapolda|"
                          r"Kodim|Korem|Kodam|Pemkab|Pemkot|Pemprov|Kabupaten|Kecamatan|Kelurahan|Kejari|Kejati|"
                          r"Lapas|Rutan|Dinas|Disdik) $")


class _NerPeople(_Titles):
    """The model's people, organisations and places, checked against what the rules found."""

    def _ner_mentions(self, text: str, taken: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        model = self.ner
        if model is None:
            return []
        spans = model.spans(text)  # type: ignore[attr-defined]  # NerModel is imported lazily
        out: list[Mention] = []
        lowered = set(_LOWER_WORD.findall(text))
        person_words = {
            w
            for m in taken
            if m.kind == "person" and m.key in self.lexicon.entries
            for w in self.lexicon.entries[m.key].name.replace("-", " ").split()
            if len(w) > 2 and not not_a_name(w)
        }
        places = {m.group(1) for m in _AFTER_PREP.finditer(text)}  # "di Hebron": not a person
        places |= {m.group(1) for m in _PLACE_RUN.finditer(text)}  # "di kota Khan Sheikhoun"
        spans = self._local_holders(text, spans)
        spans = [*self._split_pairs(text, spans), *self._person_tails(text, spans, taken)]
        for sp in sorted(spans, key=lambda x: x.label != "PER"):  # people first: they relabel the rest
            if not self._free((sp.start, sp.end), [*taken, *out]) and not (
                sp.label == "PER" and self._name_over_country(text, sp.start, sp.end, [*taken, *out])
            ):
                continue
            kind: EntityKind = {"PER": "person", "ORG": "org"}.get(sp.label, "place")  # type: ignore[assignment]
            start, surface = _trim_ner(text, sp.start, sp.end, kind)
            if kind == "person" and " " in surface and _sentence_initial(text, start):
                first, rest = surface.split(" ", 1)
                if first.lower() in lowered or self._person_noun(first) or (
                        self._person_key(rest, named) is not None and not self._first_word_of(first, rest, text)):
                    start, surface = start + len(first) + 1, rest  # "Niat Idan": a capitalised sentence start
            family = _PREV_CAP.search(text, max(0, start - 12), start) if kind == "person" and " " not in surface else None
            if family is not None and family.group(1) in self.lexicon.chinese_surnames \
                    and _PINYIN.fullmatch(surface.lower()):
                start, surface = family.start(1), f"{family.group(1)} {surface}"  # "Li [Bingbing]": the family name
            if kind == "person" and " " in surface:
                cut = self._without_lead(text, (start, start + len(surface)))[0]  # "CEO OnlinePajak Charles Guinot"
                start, surface = cut, surface[cut - start :]
            if not surface or (kind == "person" and surface in places):
                continue
            if kind == "person" and " " in surface and (text[max(0, start - 3) : start] == "di "
                                                        or re.search(r" [A-Z]$", surface)):
                continue  # "analis di Phillip Nova": a firm after "di"; "Pundi X": a brand's letter
            if kind == "person" and _UNIT_BEFORE.search(text, max(0, start - 14), start):
                continue  # "Polres Sekadau", "Pemkab Bogor": the place of a command or an office, no person
            if kind == "person" and " " not in surface and self._defined_abbreviation(text, surface, [*taken, *out]):
                continue  # "bakal calon wakil presiden (Bacawapres)": the short form of a phrase, no name
            if kind == "person" and (surface in self.lexicon.titles or surface in self.lexicon.office_titles):
                continue  # "Menag", "Kapolri": a title the model calls a person
            if kind == "person" and self._names_a_thing(text, start, start + len(surface)):
                continue  # "Oxford Institute", "Hotel JS Luwansa", "Trump Tower": a thing's name
            if kind == "org" and DOCUMENT_NAME.match(surface):
                continue  # an agreement or a law, not an organisation
            if kind == "person" and " " not in surface and len(re.findall(rf"\b{re.escape(surface)}\b", text)) == 1 \
                    and self._person_key(surface, named) is None and surface not in person_words \
                    and not self._titled_one_word(text, start) \
                    and not _ONE_LETTER_BEFORE.search(text, max(0, start - 14), start) \
                    and not text.startswith(" alias ", start + len(surface)) \
                    and not _PROPHET_BEFORE.search(text, max(0, start - 6), start):
                continue  # a lone capitalised word the model calls a person once ("Hatta", "Usmani"): too weak,
                # unless a title phrase introduces it ("dihadiri Rektor UMM Fauzan")
            if kind == "person" and any(w in _ENGLISH_FUNCTION for w in surface.split()[1:]):
                continue  # "Lipstick Under My Burkha", "The Summer Is Gone": a title of a work, no name
            if kind == "person" and re.fullmatch(r"[A-Z][A-Z0-9]+", surface):
                kind = "org"  # "UNN", "KBRI": an acronym names a body or an outlet, not a person
            if kind != "person" and (self._person_key(surface, named) is not None or surface in person_words):
                kind = "person"  # "Nanda" or "Moon" tagged LOC after "Nanda Arsyinta", "Moon Jae-in" were found
            elif kind != "person" and " " in surface and any(
                len(i.name.split()) >= 2 and i.name.split()[0] == surface.split()[0] for i in named.values()
            ):
                kind = "person"  # "Nanda Arsyinta" tagged ORG, another spelling of "Nanda Asyinta"
            if kind == "person":
                key = self._person_key(surface, named)
                if key is None:
                    key = _unknown_key(surface)
                    named[key] = _Named(surface)
            else:
                key = f"ner:{kind}:{surface}"
            out.append(Mention(surface, start, start + len(surface), kind, key, "ner"))
        return out

    @staticmethod
    def _first_word_of(first: str, rest: str, text: str) -> bool:
        """``first`` is a given name of ``rest``: the text writes "first rest" more than once, or the one time
        opens the text ("Stephen Hawking, fisikawan legendaris ..."; a lead names its subject in full)."""
        full = f"{first} {rest}"
        return text.count(full) > 1 or text.lstrip(" -\"“").startswith(full)

    def _local_holders(self, text: str, spans: list[NerSpan]) -> list[NerSpan]:
        """A place span the model runs on from a region into a name after a local title ("Bupati [Sleman Harda
        Kiswaya]") is the region and its office holder: two spans, a place and a person (session 10)."""
        out: list[NerSpan] = []
        for sp in spans:
            region = self._region_re.match(text, sp.start) if self._region_re is not None else None
            rest = text[region.end() : sp.end] if region is not None and sp.label != "PER" else ""
            if region is not None and _NAME_REST.fullmatch(rest) \
                    and _LOCAL_TITLE_BEFORE.search(text, max(0, sp.start - 30), sp.start):
                out.append(dataclasses.replace(sp, end=region.end()))
                out.append(dataclasses.replace(sp, start=region.end() + 1, label="PER"))
            else:
                out.append(sp)
        return out

    @staticmethod
    def _split_pairs(text: str, spans: list[NerSpan]) -> list[NerSpan]:
        """Person spans over a pair joined by a dash ("Agus Harimurti Yudhoyono - Sylviana Murni", a ticket of
        candidates) are two people when both sides have two words or more ("Kim Jong - un" stays one)."""
        out: list[NerSpan] = []
        for sp in spans:
            dash = re.search(r" ?- ?(?=[A-Z])", text[sp.start : sp.end]) if sp.label == "PER" else None
            left = text[sp.start : sp.start + dash.start()] if dash is not None else ""
            right = text[sp.start + dash.end() : sp.end] if dash is not None else ""
            if dash is not None and len(left.split()) >= 2 and len(right.split()) >= 2:
                out.append(dataclasses.replace(sp, end=sp.start + dash.start()))
                out.append(dataclasses.replace(sp, start=sp.start + dash.end()))
            else:
                out.append(sp)
        return out

    @staticmethod
    def _defined_abbreviation(text: str, word: str, persons: list[Mention]) -> bool:
        """``word`` is given in parentheses after a phrase that is no person's name ("Keputusan Menteri
        Perhubungan (Kepmenhub)", "bakal calon wakil presiden (Bacawapres)"): it abbreviates that phrase.
        After a person ("Joko Widodo (Jokowi)") it is the person's short name."""
        for m in re.finditer(rf"\w \({re.escape(word)}\)", text):
            if not any(p.kind == "person" and p.start <= m.start() < p.end for p in persons):
                return True
        return False

    def _person_tails(self, text: str, spans: list[NerSpan], taken: list[Mention]) -> list[NerSpan]:
        """People the model folds into the organisation named before them: "Direktur Utama Bank Sinarmas Frenky
        Tirtowijoyo", "Dirjen ... Kementerian Keuangan Robert Pakpahan" (an ORG span over body and head). The last
        two or three name words are a person when the body's own name ends right before them (a lexicon
        organisation) or the first of them is a person the model finds elsewhere ("kata Frenky")."""
        first_names = {text[sp.start : sp.end].split(maxsplit=1)[0].strip(".,") for sp in spans if sp.label == "PER"}
        ends = {m.end for m in taken if m.kind != "person"}
        out: list[NerSpan] = []
        for sp in spans:
            if sp.label != "ORG":
                continue
            words = list(re.finditer(r"\S+", text[sp.start : sp.end]))
            for k in range(max(1, len(words) - 3), len(words) - 1):
                tail = [w.group(0) for w in words[k:]]
                start = sp.start + words[k].start()
                if not all(self._name_word(w) for w in tail) or self._hit_inside(
                        [(m.start, m.end, ()) for m in taken], (start, sp.end)):
                    continue
                if start - 1 in ends or tail[0] in first_names or tail[-1] in first_names:
                    out.append(dataclasses.replace(sp, start=start, label="PER"))
                    break
        return out

    def _name_over_country(self, text: str, start: int, end: int, taken: list[Mention]) -> bool:
        """A person span ending in a word the lexicon reads as a country ("Willy Indra Yunani": Yunani is
        Greece): a name when two free name words come before the country and nothing else overlaps."""
        inside = [m for m in taken if m.start < end and start < m.end]
        if len(inside) != 1 or inside[0].end != end or inside[0].kind == "person" \
                or self.lexicon.entries.get(inside[0].key, None) is None \
                or self.lexicon.entries[inside[0].key].kind != "country":
            return False
        before = text[start : inside[0].start].split()
        return len(before) >= 2 and all(self._name_word(w) for w in before)

    def _titled_one_word(self, text: str, start: int) -> bool:
        """A title phrase right before a one-word name, no comma between ("dihadiri Rektor UMM Fauzan"); not a
        royal title, which often opens a place's name ("Ratu Boko", "Raja Ampat")."""
        role = self._title_before(text, start) if text[start - 2 : start - 1].isalnum() else None
        return role is not None and role.split()[0] not in _ROYAL_TITLES

    def _names_a_thing(self, text: str, start: int, end: int) -> bool:
        """`ActorLexicon.names_a_thing`, except for a given name and one surname that is also a thing's trailing
        head with no capitalised word before them ("Nathan Hall", "Garrett Camp"; "Royal Albert Hall" stays)."""
        words = text[start:end].split()
        prev = _PREV_CAP.search(text, max(0, start - 30), start)
        if len(words) == 2 and words[0] in self.lexicon.given_names and words[1] in self.lexicon.trailing_heads \
                and (prev is None or _sentence_initial(text, prev.start(1))):
            return False
        return self.lexicon.names_a_thing(text, start, end)

    @cached_property
    def _town_names(self) -> frozenset[str]:
        """Names of cities and towns of two words or more from the link gazetteer (GeoNames, "Albu Kamal", "Khan
        Sheikhoun"): read as data here, so the actor stage needs no link code."""
        return frozenset(name for _, _, (name, *_rest) in load_tsv("link/cities.tsv", self.settings.lexicon_dir)
                         if " " in name and name[:1].isupper())

    def _no_places(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person the lexicon lacks whose name the text also writes as a place ("di Khan Sheikhoun", "kota
        Golestan") is that place, wherever its mentions came from; so is one whose name of two words or more is a
        town's of the gazetteer ("merebut Albu Kamal") when no title or role introduced it."""
        runs = {m.group(1) for m in _PLACE_RUN.finditer(text)}
        towns = self._town_names
        return [m for m in mentions if not (m.kind == "person" and m.key in named and (
            named[m.key].name in runs or (named[m.key].name in towns and named[m.key].role is None)))]
