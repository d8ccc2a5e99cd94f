"""The actor lexicon: countries, organisations, people with dated offices, media, sectors.

Read from ``data/lexicons/actors/*.yaml`` (schema in that folder's README) into frozen
records. A person's office is resolved at a date: "Menlu AS" is Blinken in August 2024
and Rubio in March 2025.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from warta.data import load_yaml
from warta.errors import LexiconError

EntryKind = Literal["country", "org", "person", "media"]


@dataclass(frozen=True, slots=True)
class Tenure:
    office: str
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    kind: str
    country: str | None
    org: str | None
    sector: str | None
    role: str
    multi: bool = False  # held by several people at once (spokespersons, envoys): no overlap check
    also: tuple[str, ...] = ()  # further <ENTITY>.<kind> ids naming this office ("RUS.leader" → head of state)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    kind: EntryKind
    country: str | None
    org: str | None
    sector: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    short: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    tenures: tuple[Tenure, ...] = ()
    capital: tuple[str, float, float] | None = None
    ambiguous: tuple[tuple[str, str], ...] = ()
    # all-capitals English abbreviations ("DRC", "USA"): in an Indonesian text the country only beside another
    # of its names (session 10)
    english_abbreviations: tuple[str, ...] = ()


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(f"bad date {value!r} in actor lexicon") from exc


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or () if v is not None and str(v).strip())


_REDUPLICATED = re.compile(r"\b([A-Z]\w+)-\1\b")


def _spellings(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Aliases with their reduplicated words also written with a lower-case second half, as Indonesian
    outlets often do: "Perserikatan Bangsa-Bangsa" is also "Perserikatan Bangsa-bangsa"."""
    extra = [v for a in aliases if (v := _REDUPLICATED.sub(lambda m: f"{m[1]}-{m[1].lower()}", a)) != a]
    return tuple(dict.fromkeys((*aliases, *extra)))


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    entries: dict[str, ActorEntry]
    offices: dict[str, Office]
    titles: dict[str, str]  # title word → office kind
    sectors: dict[str, str]  # lower-case sector word → sector code
    office_titles: dict[str, str] = dataclasses.field(default_factory=dict)  # "Menkopolhukam" → office id
    office_alias: dict[str, str] = dataclasses.field(default_factory=dict)  # an ``also`` id → the office id
    # head words of names of things ("Bandara ...", "... Tower"): a name beside or containing one is no person
    leading_heads: frozenset[str] = frozenset()
    trailing_heads: frozenset[str] = frozenset()
    # given names that are also common words ("Tim", team): a name part before a surname found elsewhere
    given_words: frozenset[str] = frozenset()
    # Korean surnames: with a hyphenated given name after them ("Choi Yong-bae") a person's name
    korean_surnames: frozenset[str] = frozenset()
    # head words of titles the office lexicon lacks ("Deputi", "Komisioner"): they open a role phrase
    role_heads: frozenset[str] = frozenset()
    # common given names in international news ("Magnus", "Anatoli"): they open a person's name
    given_names: frozenset[str] = frozenset()
    # places inside a country that are no actors of their own ("Jawa Tengah", "Semarang") → the country
    regions: dict[str, str] = dataclasses.field(default_factory=dict)
    # family names that open a name of a known shape ("Liu Xiaobo", "Nguyen Phu Trong")
    chinese_surnames: frozenset[str] = frozenset()
    vietnamese_surnames: frozenset[str] = frozenset()
    # lower-case nouns of an apposition that describes a person ("Hermansyah, ahli telematika")
    person_nouns: frozenset[str] = frozenset()
    # lower-case nouns of things named after people ("kapal induk Ronald Reagan"): the name after one is no person
    thing_nouns: frozenset[str] = frozenset()
    # professions that after "sang" name the person the article is about ("sang aktor"), in pattern order
    sang_nouns: tuple[str, ...] = ()

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> ActorLexicon:
        entries: dict[str, ActorEntry] = {}

        def add(entry: ActorEntry) -> None:
            if entry.id in entries:
                raise LexiconError(f"actor id {entry.id!r} defined twice")
            entries[entry.id] = entry

        for e in load_yaml("actors/countries.yaml", lexicon_dir) or []:
            cap = e.get("capital") or None
            add(
                ActorEntry(
                    id=str(e["id"]),
                    name=str(e["name"]),
                    kind="country",
                    country=str(e["id"]),
                    org=None,
                    sector=None,
                    wikidata=e.get("wikidata"),
                    aliases=(*_strs(e.get("aliases")), str(e["name"])),
                    demonyms=_strs(e.get("demonyms")),
                    metonyms=_strs(e.get("metonyms")),
                    capital=(str(cap["name"]), float(cap["lat"]), float(cap["lon"]))
                    if cap and cap.get("lat") is not None
                    else None,
                    ambiguous=tuple((str(k), str(v)) for k, v in (e.get("ambiguous") or {}).items()),
                    english_abbreviations=_strs(e.get("english_abbreviations")),
                )
            )
        for e in load_yaml("actors/organisations.yaml", lexicon_dir) or []:
            add(
                ActorEntry(
                    id="org:" + str(e["id"]),
                    name=str(e["name"]),
                    kind="org",
                    country=e.get("country"),
                    org=str(e["name"]),
                    sector=e.get("sector"),
                    wikidata=e.get("wikidata"),
                    aliases=_spellings((*_strs(e.get("aliases")), str(e["name"]))),
                    metonyms=_strs(e.get("metonyms")),
                    ambiguous=tuple((str(k), str(v)) for k, v in (e.get("ambiguous") or {}).items()),
                )
            )
        office_data = load_yaml("actors/offices.yaml", lexicon_dir) or {}
        offices = {
            str(o["id"]): Office(
                id=str(o["id"]),
                kind=str(o["kind"]),
                country=o.get("country"),
                org=o.get("org"),
                sector=o.get("sector"),
                role=str(o.get("role") or o["id"]),
                multi=bool(o.get("multi")),
                also=_strs(o.get("also")),
            )
            for o in office_data.get("offices") or []
        }
        office_alias = {a: o.id for o in offices.values() for a in o.also if a not in offices}
        office_titles = {
            w: str(t["office"]) for t in office_data.get("office_titles") or [] for w in _strs(t.get("words"))
        }
        titles: dict[str, str] = {}
        for t in office_data.get("titles") or []:
            for w in _strs(t.get("words")):
                titles.setdefault(w, str(t["kind"]))
        for e in load_yaml("actors/people.yaml", lexicon_dir) or []:
            ambiguous = tuple((str(k), str(v)) for k, v in (e.get("ambiguous") or {}).items())
            tenures = tuple(
                Tenure(str(t["office"]), _date(t.get("start")), _date(t.get("end")))
                for t in e.get("tenures") or []
            )
            add(
                ActorEntry(
                    id="person:" + str(e["id"]),
                    name=str(e["name"]),
                    kind="person",
                    country=e.get("country"),
                    org=None,
                    sector=None,
                    wikidata=e.get("wikidata"),
                    aliases=(*_strs(e.get("aliases")), str(e["name"])),
                    short=_strs(e.get("short")),
                    tenures=tenures,
                    ambiguous=ambiguous,
                )
            )
        for e in load_yaml("actors/media.yaml", lexicon_dir) or []:
            mid = "media:" + str(e["id"])
            add(
                ActorEntry(
                    id=mid,
                    name=str(e["name"]),
                    kind="media",
                    country=e.get("country"),
                    org=str(e["name"]),
                    sector="MED",
                    wikidata=e.get("wikidata"),
                    aliases=(*_strs(e.get("aliases")), str(e["name"])),
                )
            )
        sectors = {
            str(s["word"]).lower(): str(s["sector"]) for s in load_yaml("actors/sectors.yaml", lexicon_dir) or []
        }
        heads = load_yaml("actors/name_heads.yaml", lexicon_dir) or {}
        names = load_yaml("actors/person_names.yaml", lexicon_dir) or {}
        regions = {str(place): str(country) for country, groups in (load_yaml("actors/regions.yaml", lexicon_dir) or {}
                                                                    ).items()
                   for places in (groups or {}).values() for place in _strs(places)}
        lex = cls(entries, offices, titles, sectors, office_titles, office_alias,
                  frozenset(_strs(heads.get("leading"))), frozenset(_strs(heads.get("trailing"))),
                  frozenset(_strs(heads.get("given"))), frozenset(_strs(names.get("korean_surnames"))),
                  frozenset(_strs(heads.get("role_heads"))), frozenset(_strs(names.get("given"))), regions,
                  frozenset(_strs(names.get("chinese_surnames"))), frozenset(_strs(names.get("vietnamese_surnames"))),
                  frozenset(_strs(heads.get("person_nouns"))), frozenset(_strs(heads.get("thing_nouns"))),
                  _strs(heads.get("sang_nouns")))
        for e in entries.values():
            for t in e.tenures:
                if t.start and t.end and t.end < t.start:
                    raise LexiconError(f"{e.id}: tenure of {t.office} ends before it starts")
        return lex

    def owners(self, form: str) -> frozenset[str]:
        """Every actor a surface form (alias, short form, demonym or metonym) can name."""
        return frozenset(
            e.id for e in self.entries.values() if form in e.aliases or form in e.short or form in e.demonyms
            or form in e.metonyms
        )

    def problems(self) -> list[str]:
        """Consistency problems: forms naming several actors without an ``ambiguous`` rule on each,
        tenures naming unknown offices, and overlapping holders of a single-holder office."""
        out: list[str] = []
        forms: dict[str, set[str]] = {}
        for e in self.entries.values():
            for f in {*e.aliases, *e.short, *e.demonyms, *e.metonyms}:
                forms.setdefault(f, set()).add(e.id)
        for f, ids in sorted(forms.items()):
            if len(ids) > 1:
                unmarked = sorted(i for i in ids if f not in dict(self.entries[i].ambiguous))
                if unmarked:
                    out.append(f"form {f!r} names {sorted(ids)} but has no ambiguous rule in {unmarked}")
        for word, office_id in sorted(self.office_titles.items()):
            if self.office(office_id) is None:
                out.append(f"office title {word!r} names unknown office {office_id!r}")
        by_office: dict[str, list[tuple[date, date, str]]] = {}
        for e in self.entries.values():
            for t in e.tenures:
                if t.office not in self.offices:
                    out.append(f"{e.id}: tenure names unknown office {t.office!r}")
                    continue
                by_office.setdefault(t.office, []).append((t.start or date.min, t.end or date.max, e.id))
        for office, spans in sorted(by_office.items()):
            if self.offices[office].multi:
                continue
            spans.sort()
            for (_s1, e1, p1), (s2, _e2, p2) in itertools.pairwise(spans):
                if s2 < e1 and p1 != p2:
                    out.append(f"office {office}: {p1} (to {e1}) overlaps {p2} (from {s2})")
        return out

    def names_a_thing(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` is (inside) the name of a place, building, body or company, not a person:
        it starts with a leading head word or ends with a trailing one ("Hotel JS Luwansa", "Oxford
        Institute"), or one is written right before it ("Bandara Soekarno") or right after it ("Trump Tower",
        "AHA Center"). Only the edges count: "Park Geun-hye" is a person. A word that heads names at either
        end closes the name before it when a capitalised word precedes it: after "Bucheon International Fantastic
        Festival" the name "Choi Yong-bae" is the festival director's."""
        words = text[start:end].split()
        if words and (words[0] in self.leading_heads or words[-1].rstrip(".,") in self.trailing_heads):
            return True
        head = text[max(0, start - 40) : start].rstrip(" ").rsplit(" ", 2)[-2:] if text[start - 1 : start] == " " else []
        before = head[-1] if head else ""
        after = text[end : end + 25].lstrip(" ").split(" ", 1)[0].rstrip(".,;:)") if text[end : end + 1] == " " else ""
        closes = before in self.trailing_heads and len(head) == 2 and head[0][:1].isupper()
        return (before in self.leading_heads and not closes) or after in self.trailing_heads

    def office(self, office_id: str) -> Office | None:
        """The office an id names, directly or through an ``also`` id ("RUS.leader" → RUS.head-of-state)."""
        return self.offices.get(office_id) or self.offices.get(self.office_alias.get(office_id, ""))

    def office_kind_held(self, person: ActorEntry, kind: str, on: date | None) -> Office | None:
        """The office of a title kind ("foreign-minister") a person held on a date (any date if None)."""
        for t in person.tenures:
            office = self.offices.get(t.office)
            if office is not None and office.kind == kind and (on is None or t.covers(on)):
                return office
        return None

    def office_of(self, entry: ActorEntry, kind: str) -> str:
        """The office id for a title kind held in a country or organisation ("USA.foreign-minister")."""
        return f"{entry.id.removeprefix('org:')}.{kind}"

    def office_at(self, person: ActorEntry, on: date | None) -> Office | None:
        """The office a person held on a date; without a date, the one they hold now (an open tenure):
        an undated article names Anies Baswedan without his 2014-2016 ministry."""
        candidates = [t for t in person.tenures if (t.end is None if on is None else t.covers(on))]
        if not candidates:
            return None
        best = max(candidates, key=lambda t: t.start or date.min)
        return self.offices.get(best.office)

    def holder(self, office_id: str, on: date | None) -> ActorEntry | None:
        """Who held an office on a date; without a date, the latest holder."""
        office_id = self.office_alias.get(office_id, office_id)
        best: tuple[date, ActorEntry] | None = None
        for e in self.entries.values():
            for t in e.tenures:
                if t.office != office_id:
                    continue
                if on is not None and t.covers(on):
                    return e
                if on is None:
                    key = t.start or date.min
                    if best is None or key > best[0]:
                        best = (key, e)
        return best[1] if best else None
