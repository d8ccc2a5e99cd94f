"""Countries of the story: the focus, lead and story country (who owns a bare "pemerintah" or "polisi"),
a body's foreign country, and the countries of people the text ties to none."""

from __future__ import annotations

import re

from warta.actors._base import _StageBase
from warta.actors._common import _LOCAL_TITLE, _MISSIONS_ABROAD, Hits, _Named
from warta.actors.lexicon import ActorEntry
from warta.actors.matcher import MatchRole
from warta.model import Mention

_FOCUS_MIN = 3
# a court named without its country ("pengadilan tersebut memutuskan"): the focus country's judiciary
_LEAD_END = re.compile(r"[.!?](?:\s|$)|\n")
# ", Hakim Distrik di Hawaii," after a name: a capitalised title phrase (its head word checked against
# `role_heads`), with lower-case links, up to a comma or a full stop
# ", direktur eksekutif Sekretariat APEC." after a name: lower-case title words and the body's name (the first word
# checked against `role_heads`, so ", sebagaimana dikutip Reuters" is none)
# "(,) selaku Ketua merangkap anggota KPU" after a name: "selaku" (in the capacity of) always introduces the role
_MISSION_ABROAD = re.compile(r"\b(?:KBRI|KJRI|Kedutaan|Kedubes|Konsulat|Perwakilan|Embassy|Consulate)\b", re.IGNORECASE)


class _Countries(_StageBase):
    """Which country a story, a bare body or an untied person is of."""

    def _pick_owner(self, values: tuple[tuple[MatchRole, str], ...], focus: str | None, home: str | None) -> str | None:
        """The actor a matched form names; a form two organisations share ("Partai Demokrat": Indonesia's and
        the United States') names the one of the document's focus country, else of the outlet's home country."""
        ref = self._actor_ref(values)
        owners = [r for role, r in values if role == "alias" and r in self.lexicon.entries
                  and self.lexicon.entries[r].kind == "org"]
        if ref is None or len(owners) < 2:
            return ref
        for country in (focus, home):
            pick = next((r for r in owners if country is not None and self.lexicon.entries[r].country == country), None)
            if pick is not None:
                return pick
        return ref

    def _foreign_body(self, text: str, hits: Hits, i: int, entry: ActorEntry) -> str | None:
        """The country whose body an institution name is when that country follows it: the lexicon's
        "Mahkamah Agung" and "Kemlu" are Indonesia's, "Mahkamah Agung AS" and "Kemlu Jepang" the United
        States' and Japan's. International bodies (no country) and the body's own country are left alone."""
        _s, e, _ = hits[i]
        if entry.kind != "org" or entry.country is None or i + 1 >= len(hits):
            return None
        ns, _ne, values = hits[i + 1]
        ref = self._actor_ref(values)
        nxt = self.lexicon.entries.get(ref) if ref else None
        if nxt is None or nxt.kind != "country" or nxt.id == entry.country or text[e:ns] != " ":
            return None
        if entry.id in _MISSIONS_ABROAD:
            return None  # "KBRI Phnom Penh": Indonesia's embassy in that city, not Cambodia's
        return nxt.id

    def _names_country(self, hits: Hits, country: str) -> bool:
        return any(self._actor_ref(values) == country for _s, _e, values in hits)

    def _country_counts(self, hits: Hits) -> list[tuple[str, int]]:
        """Countries named in the document with how often, most often first."""
        counts: dict[str, int] = {}
        for _s, _e, values in hits:
            ref = self._actor_ref(values)
            if ref is not None and self.lexicon.entries[ref].kind == "country":
                counts[ref] = counts.get(ref, 0) + 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

    @staticmethod
    def _focus_country(ranked: list[tuple[str, int]]) -> str | None:
        """The country the document is about: the one named most often, when clearly so
        (at least three times and at least twice as often as any other)."""
        if not ranked or ranked[0][1] < _FOCUS_MIN or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]):
            return None
        return ranked[0][0]

    def _lead_country(self, text: str, hits: Hits, ranked: list[tuple[str, int]]) -> str | None:
        """The country named most often (at least three times, more than any other) when the lead
        sentence names it too: the story's subject by news convention, short of a clear focus."""
        if not ranked or ranked[0][1] < _FOCUS_MIN or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        first = _LEAD_END.search(text)
        end = first.end() if first else len(text)
        top = ranked[0][0]
        return top if any(s < end and self._actor_ref(v) == top for s, _e, v in hits) else None

    def _place_country(self, phrase: str) -> str | None:
        """The country a phrase places itself in: a region of the lexicon ("Gubernur Jawa Tengah") or a country
        named in it ("Gubernur Guam" names no region; "Menpora RI" names Indonesia)."""
        region = self._region_re.search(phrase) if self._region_re is not None else None
        if region is not None:
            return self.lexicon.regions[region.group(0)]
        for _s, _e, values in self.matcher.hits(phrase):
            ref = self._actor_ref(values)
            if ref is not None and (entry := self.lexicon.entries[ref]).kind == "country":
                return entry.id
        return None

    def _story_country(self, text: str, hits: Hits, ranked: list[tuple[str, int]]) -> str | None:
        """The country the story happens in: the focus rule (three mentions, twice any other) over the countries
        named plus the places inside a country ("Semarang", "Jawa Tengah" count for Indonesia) and its own bodies
        ("KPU", "DKPP"), so an article on Central Java's exports to America, or on an ethics ruling against election
        officials that names no country but a polling station abroad, is Indonesian."""
        counts = dict(ranked)
        for _s, _e, values in hits:
            # a country's own bodies ("KPU", "DKPP", "Polda Metro Jaya") place the story in it too
            ref = self._actor_ref(values)
            entry = self.lexicon.entries.get(ref) if ref is not None else None
            if entry is not None and entry.kind == "org" and entry.country is not None \
                    and not _MISSION_ABROAD.search(entry.name):  # (an embassy works abroad: "KBRI Riyadh")
                counts[entry.country] = counts.get(entry.country, 0) + 1
        if self._region_re is not None:
            covered = [(s, e) for s, e, _v in hits]
            for m in self._region_re.finditer(text):
                if not any(s <= m.start() < e for s, e in covered):
                    country = self.lexicon.regions[m.group(0)]
                    counts[country] = counts.get(country, 0) + 1
        return self._focus_country(sorted(counts.items(), key=lambda kv: -kv[1]))

    def _titled_locals(self, named: dict[str, _Named], story: str | None, home: str | None) -> None:
        """A person the lexicon lacks whose title is a local office (governor, regent, regional police chief) is of
        the country the title places itself in ("Gubernur Jawa Tengah"), else the story's, else the outlet's: the
        guide roots every actor at its country, and such offices name no other."""
        for info in named.values():
            if info.country is None and info.role and _LOCAL_TITLE.match(info.role):
                info.country = self._place_country(info.role) or story or home

    def _story_people(self, mentions: list[Mention], named: dict[str, _Named], domestic: str | None,
                      alone: str | None) -> None:
        """Countries of people the lexicon lacks and the text ties to no country or body (guide: every actor is
        rooted at its country): a role that places itself gives its country ("Kepala Dinas Pendidikan Mataram",
        "Menpora RI"); an official with any role in a story about the outlet's own country (``domestic``: an
        Indonesian article on Central Java's exports to America) is of that country; and in an Indonesian outlet's
        article that names no other country (``alone``) everyone is Indonesian; so is a person named by initials in a
        domestic story. People in a foreign story keep no
        country without a cue: singers, activists and visitors in an article on Palestine or Israel are often of
        neither (the event coder would root their acts wrongly)."""
        surfaces: dict[str, list[str]] = {}
        for m in mentions:
            if m.kind == "person" and m.key not in self.lexicon.entries:
                surfaces.setdefault(m.key, []).append(m.text)
        for key, forms in surfaces.items():
            info = named.setdefault(key, _Named(max(dict.fromkeys(forms), key=len)))
            if info.country is None and info.org is None:
                info.country = (self._place_country(info.role) if info.role else None) or (
                    domestic if info.role or re.fullmatch(r"[A-Z]{1,4}", info.name) else None) or alone
                # (a suspect or victim named by initials, "pelaku berinisial SR", in a domestic story: Indonesian
                # press ethics name the country's own suspects and victims so)
