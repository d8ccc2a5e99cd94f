"""Organisations and bodies: Indonesian institutions (institutions.yaml), a country's own bodies named without
the country, students' bodies and their members, and the countries of local bodies."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from warta.actors._acronyms import _Acronyms
from warta.actors._common import _Named, _unknown_key
from warta.actors.institutions import Institutions, Reader
from warta.actors.resolve import (
    STOP,
)
from warta.model import Mention

# bodies the lexicon lacks whose name says they are a country's own institutions: "Direktorat Jenderal Pajak",
# "Otoritas Provinsi Kandal", "Polda Sumut", "PT Sritex" (the guide roots every actor at its country)
_LOCAL_BODY = re.compile(
    r"\b(?:Kementerian|Kemen\w+|Badan|Dinas|Direktorat|Ditjen|Komisi|Lembaga|Pemerintah|Pemkot|Pemkab|Pemprov|"
    r"Pemda|Polda|Polres|Polsek|Polrestabes|Kepolisian|Kejaksaan|Kejati|Kejari|Pengadilan|DPRD|Partai|PT|"
    r"Universitas|Institut|Yayasan|Otoritas|Kantor|Satgas|Asosiasi|Himpunan|Ikatan|Perhimpunan|Persatuan|"
    r"Majelis|Dewan|Provinsi|Kabupaten|Kota|Kodam|Korem|Kodim|Lapas|Rutan|Imigrasi)\b")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")
_CAMPUS_WORD = re.compile(r"([A-Z][A-Za-z]{1,9}) (?=[A-Z])")


def _campus_people(text: str, mentions: list[Mention], named: dict[str, _Named], org_country: dict[str, str],
                   bodies: dict[str, str], before: re.Pattern[str] | None) -> list[Mention]:
    """Split a person span that opens with the campus of a students' body written just before it ("Ketua BEM
    [Unnes Ahmad Fauzi]") into the body ("BEM Unnes", as the institution reader names it) and the person, who
    keeps two or more name words (session 11). ``bodies``: the bodies' short forms with their full names, from
    institutions.yaml (the heads followed by their campus); ``before``: one of them right before a name."""
    out: list[Mention] = []
    for m in mentions:
        body = before.search(text, max(0, m.start - 8), m.start) if before is not None and m.kind == "person" \
            and m.source != "lexicon" and m.key in named else None
        campus = _CAMPUS_WORD.match(m.text) if body is not None else None
        if body is None or campus is None or len(m.text.split()) < 3:
            out.append(m)
            continue
        head = bodies[body.group(1)]
        cut = m.start + campus.end()
        org_key = f"ner:org:{head}{text[body.end(1) : cut - 1]}"  # "Badan Eksekutif Mahasiswa KM Unissula"
        org_country.setdefault(org_key, "IDN")
        out.append(Mention(text[body.start(1) : cut - 1], body.start(1), cut - 1, "org", org_key, "lexicon",
                           sector="EDU"))
        name = text[cut : m.end]
        key = _unknown_key(name)
        named.setdefault(key, dataclasses.replace(named[m.key], name=name))
        out.append(dataclasses.replace(m, text=name, start=cut, key=key))
    return out


def _body_members(text: str, mentions: list[Mention], named: dict[str, _Named],
                  org_country: dict[str, str]) -> None:
    """A person named right after a body that the institution reader found, within the role phrase that
    introduces them ("Ketua BEM Unnes, Kuat Nursiam", "Kepala Departemen Kajian BEM UI Dialo Hujanbiru"), is a
    member of that body: its name as org, its sector, its country where the person has none (session 11)."""
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        info = named.get(m.key) if m.kind == "person" else None
        if info is None or info.org is not None or m.sector is not None or prev.kind != "org" \
                or not prev.key.startswith("ner:org:") or prev.key not in org_country or prev.sector is None \
                or text[prev.end : m.start] not in (" ", ", ") or info.role is None \
                or not info.role.endswith(prev.text):
            continue
        info.org = prev.key.split(":", 2)[2]
        info.country = info.country or org_country[prev.key]
        mentions[k] = dataclasses.replace(m, sector=prev.sector)


def _local_bodies(mentions: list[Mention], org_country: dict[str, str], focus: str | None, home: str | None) -> None:
    """Give organisations the lexicon lacks a country when their name is a local institution's (of the story's
    country, else the outlet's), and Indonesian acronyms (DJP, BPKP, OJK) Indonesia in an Indonesian article
    about Indonesia. International bodies the lexicon lacks ("Human Rights Watch") keep no country."""
    for m in mentions:
        if m.kind != "org" or not m.key.startswith("ner:org:") or m.key in org_country:
            continue
        name = m.key.split(":", 2)[2]
        owner = focus or home
        if _LOCAL_BODY.search(name) and owner is not None:
            org_country[m.key] = owner
        elif home is not None and focus in (None, home) and _ACRONYM.fullmatch(name) and name.upper() == name:
            org_country[m.key] = home


class _Bodies(_Acronyms):
    """Organisation mentions for bodies the lexicon names in part or not at all."""

    @cached_property
    def _org_forms(self) -> dict[str, tuple[str, ...]]:
        """Each alias of the lexicon's organisations with a country, to the organisations it names."""
        out: dict[str, list[str]] = {}
        for e in self.lexicon.entries.values():
            if e.kind == "org" and e.country is not None:
                for form in e.aliases:
                    out.setdefault(form, []).append(e.id)
        return {form: tuple(ids) for form, ids in out.items()}

    def _own_body(self, name: str, start: int, end: int, country: str, sector: str | None,
                  org_country: dict[str, str] | None) -> Mention:
        """A body named in full without its country ("Kementerian Lingkungan Hidup" in an Indonesian text): an
        organisation of that country, not the country itself, so that its meeting, agreement or request with
        another body of the country keeps both sides (the guide's intra-state events; the root is the country's
        either way). The lexicon's entry where it names the body with the country ("Kementerian Luar Negeri RI" is
        "Kemlu"), else an organisation named by its words, as the institution reader names one."""
        entry = self.lexicon.entries.get(country)
        for suffix in entry.aliases if entry is not None and entry.kind == "country" else ():
            known = {k for k in self._org_forms.get(f"{name} {suffix}", ()) if self.lexicon.entries[k].country == country}
            if len(known) == 1:
                return Mention(name, start, end, "org", known.pop(), "lexicon")
        if org_country is None:
            return Mention(name, start, end, "place", country, "lexicon", sector=sector)
        key = f"ner:org:{name}"
        org_country.setdefault(key, country)
        return Mention(name, start, end, "org", key, "lexicon", sector=sector)

    @cached_property
    def institutions(self) -> Institutions:
        """institutions.yaml, read once for the reader and the bare national bodies."""
        return Institutions.load(self.settings.lexicon_dir)

    @cached_property
    def _campus_bodies(self) -> tuple[dict[str, str], re.Pattern[str] | None]:
        """The students' bodies by short form (institutions.yaml) and the pattern of one written right before a name
        the model or a name frame glued to its campus ("Ketua BEM [Unnes Ahmad Fauzi]"), built once."""
        bodies = self.institutions.campus_bodies()
        alts = "|".join(map(re.escape, sorted(bodies, key=len, reverse=True)))
        return bodies, re.compile(rf"\b({alts})(?: KM)? $") if bodies else None

    @cached_property
    def institution_reader(self) -> Reader:
        regions = [place for place, country in self.lexicon.regions.items() if country == "IDN"]
        return Reader.build(self.institutions, regions, STOP)

    def _institutions(self, text: str, mentions: list[Mention], org_country: dict[str, str], focus: str | None,
                      home: str | None) -> list[Mention]:
        """One organisation mention over an Indonesian institution's head, short form, place and owning body
        ("Kejaksaan Negeri (Kejari) Sidoarjo", "Komisi III DPR"), replacing the lexicon's pieces inside it; a
        lexicon body inside keeps its entity ("Polda Metro Jaya"; an organ is its owner's: "Komisi III DPR" is the
        DPR, as the gold marks it), a head alone ("Kejari") is the latest body of that head. Indonesian-language
        texts only: the heads are Indonesian words."""
        if home is None:
            return mentions
        out = list(mentions)
        last: dict[str, str] = {}  # canonical head form -> key of its latest body
        for f in self.institution_reader.find(text):
            # (a name frame's "person" made of the head's own words is none: "Koalisi [Masyarakat Sipil] menilai",
            # nor one that a sector word ending the head introduced: "Serikat Pekerja [Sinar Jaya]"; session 11)
            out = [m for m in out if not (m.kind == "person" and m.source != "lexicon" and f.start < m.start and (
                m.end <= f.head_end or (m.sector is not None and m.start == f.head_end + 1 and m.end <= f.end)))]
            # (nor one that opens with the head itself, a state body's short form: "[Pemprov Jatim] meminta …";
            # sixteenth pass)
            out = [m for m in out if not (m.kind == "person" and m.source != "lexicon" and m.start == f.start
                                          and m.end <= f.end and not f.head.generic and not f.back)]
            inside = [m for m in out if m.start < f.end and f.start < m.end]
            if any(m.kind == "person" or m.start < f.start or m.end > f.end or (m.start, m.end) == (f.start, f.end)
                   or (m.key in self.lexicon.entries and self.lexicon.entries[m.key].kind == "country"
                       and m.key != "IDN") for m in inside):
                continue  # a person's title, a longer lexicon name, a foreign body ("... Rusia")
            known = sorted((m for m in inside if m.kind == "org" and m.key in self.lexicon.entries),
                           key=lambda m: m.start != f.start)
            if known and self.lexicon.entries[known[0].key].country != "IDN":
                continue  # "Badan Investigasi Federal (FBI)", "Badan Bantuan dan Pekerjaan PBB": the lexicon's
            head = f.head.forms[0]
            if known:
                key = known[0].key  # "Polda Metro Jaya"; an organ of a known body is that body's: "Komisi 1 DPR RI"
            elif f.name == head and head in last:
                key = last[head]  # "Kejari" after "Kejaksaan Negeri (Kejari) Sidoarjo"
            elif f.back:
                continue  # "Koalisi" with no coalition named before it (session 11)
            else:
                key = f"ner:org:{f.name}"
                country = "IDN" if f.indonesian else (focus or home)
                org_country[key] = country
            last[head] = key
            out = [m for m in out if m not in inside]
            out.append(Mention(text[f.start:f.end], f.start, f.end, "org", key, "lexicon", sector=f.sector))
        return out
