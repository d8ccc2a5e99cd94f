"""Indonesian state institutions named by a head and what follows it (session 9).

"Kejaksaan Negeri (Kejari) Sidoarjo", "Dinas Komunikasi dan Informatika (Diskominfo) Sleman", "Pemerintah Kota
Palembang", "Komisi III DPR", "Badan Anggaran (Banggar) DPR RI": the lexicon cannot list every regional office, and
the NER model cuts them into a place and a stray word, so the event coder had no actor for the prosecutors that
detain or the council that agrees. The heads are data (``actors/institutions.yaml``); this module only reads a
head, its number or portfolio, a bracketed short form, a place and an owning body into one span, and names the
span canonically so that "Kejari Sidoarjo" written later is the same actor.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from warta.data import load_yaml
from warta.errors import LexiconError

After = Literal["place", "portfolio", "number", "unit", "campus", "none"]
_AFTERS = frozenset({"place", "portfolio", "number", "unit", "campus", "none"})

_CAP = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")  # one capitalised word after a space
_PORTFOLIO_WORD = re.compile(r" ([A-Z][\w-]*|dan|serta|&)(?![\w-])")
_SHORT = re.compile(r" \(([A-Z][A-Za-z0-9-]{1,14})\)")
_NUMBER = re.compile(r" (?:[IVX]{1,4}|\d{1,2}|[A-E])(?![\w-])")
_UNIT = re.compile(r"(?: (?:[IVX]{1,4}|\d{2,4}))?(?:/[A-Z][a-z]+(?: [A-Z][a-z]+)?)?")
_CLASS = re.compile(r" Kelas (?:I{1,3}[AB]?)(?![\w-])")  # "Lapas Kelas IIA Cipinang"
_COMMA_PREFIX = re.compile(r",? ")
_NEXT_CAPITAL = re.compile(r" [A-Z]")
_CAMPUS_HEADS = frozenset({"Universitas", "Institut", "Sekolah", "Indonesia"})  # stop words a campus may hold
# a students' body's campus (session 11): "BEM UI", "BEM KM UGM", "BEM Unnes", "BEM Universitas Gadjah Mada",
# "BEM Fakultas Hukum UI": an optional "KM", then a university head and up to three capitalised words, or one
# acronym or capitalised word ("UI", "SI", "Unnes"), then for a faculty the university's acronym
_CAMPUS = re.compile(
    r"(?: KM)?(?: (?:(?:Universitas|Institut|Politeknik|Sekolah Tinggi|Fakultas)(?: [A-Z][\w-]*){1,3}"
    r"|UIN(?: [A-Z][\w-]*){1,2}|[A-Z][A-Za-z]{1,9})(?: [A-Z]{2,6})?)(?![\w-])")


def _title_case(text: str, pos: int) -> bool:
    """The line around ``pos`` capitalises most of its words: a headline, whose capitals say nothing of names."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = text[start : end if end >= 0 else len(text)].split()
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


@dataclass(frozen=True, slots=True)
class Head:
    forms: tuple[str, ...]  # the canonical full form first
    sector: str
    after: After
    alone: bool
    generic: bool
    back: tuple[str, ...] = ()  # short forms that only name the body back after its full name ("Koalisi")


@dataclass(frozen=True, slots=True)
class Found:
    """One institution span: where, its canonical name, sector, the head it opens with and its short form."""

    start: int
    end: int
    name: str
    sector: str
    head: Head
    indonesian: bool  # the place is an Indonesian region, or the head is Indonesia's own
    short: str | None = None
    base: str = ""  # the canonical name without the place: what a bracketed short form stands for
    back: bool = False  # a back form ("Koalisi"): the latest body of its head, never a new one
    head_end: int = 0  # where the head form itself ends ("Koalisi Masyarakat Sipil|")


@dataclass(frozen=True, slots=True)
class Institutions:
    heads: tuple[Head, ...]
    owners: Mapping[str, str]
    prefixes: tuple[str, ...]
    stops: frozenset[str]
    not_bodies: tuple[str, ...] = ()
    kept_prefixes: frozenset[str] = frozenset()  # prefixes that stay in the name ("Metro")
    # heads that name Indonesia's national body by themselves ("Kejaksaan", "Kepolisian"; session 10)
    bare_bodies: frozenset[str] = frozenset()
    # a province's short form to its full name, for canonical names ("Pemprov Jabar" = "Pemerintah Provinsi Jawa
    # Barat"; sixteenth pass)
    region_full: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> Institutions:
        data = load_yaml("actors/institutions.yaml", lexicon_dir) or {}
        heads: list[Head] = []
        for h in data.get("heads") or []:
            after = str(h.get("after", "none"))
            if after not in _AFTERS or not h.get("forms"):
                raise LexiconError(f"institutions.yaml: bad head {h!r}")
            heads.append(Head(tuple(str(f) for f in h["forms"]), str(h["sector"]), after,  # type: ignore[arg-type]  # checked against _AFTERS above
                              bool(h.get("alone", True)), bool(h.get("generic", False)),
                              tuple(str(b) for b in h.get("back") or [])))
        owners = {str(k): str(v) for k, v in (data.get("owners") or {}).items()}
        return cls(tuple(heads), owners, tuple(str(p) for p in data.get("place_prefixes") or []),
                   frozenset(str(s) for s in data.get("stops") or []),
                   tuple(str(n) for n in data.get("not_bodies") or []),
                   frozenset(str(k) for k in data.get("kept_prefixes") or []),
                   frozenset(str(b) for b in data.get("bare_bodies") or []),
                   {str(k): str(v) for k, v in (data.get("region_full") or {}).items()})

    def pattern(self) -> re.Pattern[str]:
        """Every head form, longest first, as whole words."""
        forms = sorted({f for h in self.heads for f in (*h.forms, *h.back)}, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")

    def campus_bodies(self) -> dict[str, str]:
        """The short forms of the students' bodies (heads followed by their campus) with their full names:
        {"BEM": "Badan Eksekutif Mahasiswa", …}, for people whose span the model glued to the campus."""
        return {f: h.forms[0] for h in self.heads if h.after == "campus" for f in h.forms[1:] if f.isupper()}

    def by_form(self) -> dict[str, Head]:
        out: dict[str, Head] = {}
        for h in self.heads:
            for f in (*h.forms, *h.back):
                out.setdefault(f, h)
        return out


@dataclass(frozen=True, slots=True)
class Reader:
    """Reads institution spans out of a text with the lexicon's Indonesian regions as places."""

    inst: Institutions
    heads: re.Pattern[str]
    form_head: Mapping[str, Head]
    regions: re.Pattern[str] | None  # Indonesian regions, longest first, anchored at a position
    owners: re.Pattern[str] | None
    stop_words: frozenset[str]  # words that never open or extend a place (days, ranks, titles)

    @classmethod
    def build(cls, inst: Institutions, regions: list[str], stop_words: frozenset[str]) -> Reader:
        names = sorted(regions, key=len, reverse=True)
        region_re = re.compile(r"(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        owner_names = sorted(inst.owners, key=len, reverse=True)
        owner_re = re.compile(r" (?:" + "|".join(map(re.escape, owner_names)) + r")(?![\w-])") if owner_names else None
        return cls(inst, inst.pattern(), inst.by_form(), region_re, owner_re, stop_words | inst.stops)

    def find(self, text: str) -> list[Found]:
        """Every institution span, left to right, not overlapping; defined short forms written later included."""
        found: list[Found] = []
        pos = 0
        while (m := self.heads.search(text, pos)) is not None:
            f = self._read(text, m.start(), m.end(), m.group(0))
            if f is None:
                pos = m.end()
                continue
            found.append(f)
            pos = f.end
        return self._short_forms(text, found)

    def _place(self, text: str, pos: int, free: bool) -> tuple[int, str, bool] | None:
        """A place at ``pos`` (after a space or ", " before a prefix): its end, its name without the prefix, and
        whether it is an Indonesian region. ``free``: one or two capitalised words the lexicon lacks count too."""
        gap = _COMMA_PREFIX.match(text, pos)
        if gap is None:
            return None
        at = gap.end()
        prefixed = False
        kept = written = ""
        for p in self.inst.prefixes:
            if text.startswith(p + " ", at):
                at += len(p) + 1
                prefixed = True
                written = p + " "
                kept = written if p in self.inst.kept_prefixes else ""  # "Polda Metro Jaya"
                break
        if "," in gap.group(0) and not prefixed:
            return None  # "..., Sleman" is a list or an apposition; ", Kabupaten Dompu" is the office's place
        if self.regions is not None and (r := self.regions.match(text, at)) is not None:
            return r.end(), kept + self.inst.region_full.get(r.group(0), r.group(0)), True
        if not (free or prefixed) or _title_case(text, at):
            return None  # ("KPU Bicara Soal ...": a headline's capitals name no place)
        end, words = at - 1, list[str]()
        while len(words) < 2 and (w := _CAP.match(text, end)) is not None and w.group(1) not in self.stop_words \
                and not self.heads.match(text, w.start(1)):
            words.append(w.group(1))
            end = w.end()
        # (a place the lexicon lacks keeps its prefix: "Dinas Imigrasi Provinsi Kandal" may be no region of Indonesia)
        return (end, written + " ".join(words), False) if words else None

    def _read(self, text: str, start: int, end: int, form: str) -> Found | None:
        head = self.form_head[form]
        name = head.forms[0]
        pos = end
        if form in head.back:
            # "Koalisi juga menilai": the coalition named before; "Koalisi Indonesia Maju" is another one
            return None if _NEXT_CAPITAL.match(text, end) else Found(start, end, name, head.sector, head,
                                                                     not head.generic, None, name, True)
        what = ""
        if head.after == "number":
            n = _NUMBER.match(text, pos)
            if n is not None:
                what, pos = n.group(0).strip(), n.end()
        elif head.after == "unit":
            u = _UNIT.match(text, pos)
            if u is not None and u.end() > pos:
                what, pos = u.group(0).strip(), u.end()
        elif head.after == "portfolio":
            words: list[tuple[str, int]] = []
            at = pos
            while len(words) < 8 and (w := _PORTFOLIO_WORD.match(text, at)) is not None:
                word = w.group(1)
                if word in self.inst.stops or word in self.inst.prefixes or word in self.inst.owners or (
                        self.regions is not None and self.regions.match(text, w.start(1))):
                    break
                if words and words[-1][0] in ("dan", "serta", "&") and self.heads.match(text, w.start(1)):
                    break  # "Kementerian Kebudayaan dan Kementerian Pariwisata": two bodies (sixteenth pass)
                words.append((word, w.end()))
                at = w.end()
            while words and words[-1][0] in ("dan", "serta", "&"):
                words.pop()
            if words:
                what = " ".join(w for w, _e in words)
                pos = words[-1][1]
        elif head.after == "campus":
            c = _CAMPUS.match(text, pos)
            if c is not None and not any(w in self.stop_words and w not in _CAMPUS_HEADS for w in c.group(0).split()):
                what, pos = c.group(0).strip(), c.end()
        if head.after in ("number", "portfolio", "campus") and not what and not head.alone:
            return None
        base = " ".join(x for x in (name, what) if x)
        if head.generic and any(base.startswith(n) for n in self.inst.not_bodies):
            return None  # "Badan Eksekutif Mahasiswa": a students' union
        short = None
        s = _SHORT.match(text, pos)
        if s is not None and s.group(1) not in head.forms:
            short, pos = s.group(1), s.end()
        elif s is not None:
            pos = s.end()  # "Kejaksaan Negeri (Kejari) Sidoarjo"
        if head.after == "place":
            c = _CLASS.match(text, pos)
            if c is not None:
                pos = c.end()
        place = self._place(text, pos, head.after == "place")
        indonesian = not head.generic
        where = ""
        if place is not None:
            pos, where, region = place
            indonesian = indonesian or region
        sector = head.sector
        owner = ""
        o = self.owners.match(text, pos) if self.owners is not None and head.after != "place" else None
        if o is not None:
            owner = o.group(0).strip()
            sector = self.inst.owners[owner] if head.generic or head.after == "number" else sector
            pos = o.end()
            indonesian = True
            if not where and (after_owner := self._place(text, pos, owner == "DPRD")) is not None:
                pos, where, _r = after_owner  # "Komisi A DPRD DKI Jakarta"
        elif head.after in ("none", "number") and not head.generic:
            inner = self.heads.match(text, pos + 1) if text.startswith(" ", pos) else None
            if inner is not None and (sub := self._read(text, inner.start(), inner.end(), inner.group(0))) is not None \
                    and not sub.head.generic and sub.head.after == "place":
                # "Satreskrim Polres Bogor", "Ditreskrimsus Polda Jatim": the unit of a command
                owner, where, pos = sub.name, "", sub.end
        if not what and not where and not owner and not head.alone:
            return None
        owner_name = owner.removesuffix(" RI")
        full = " ".join(x for x in (base, owner_name, where) if x)
        return Found(start, pos, full, sector, head, indonesian, short, " ".join(x for x in (base, owner_name) if x),
                     head_end=end)

    def _short_forms(self, text: str, found: list[Found]) -> list[Found]:
        """A short form defined in brackets ("Dinas Komunikasi dan Informatika (Diskominfo) Sleman") names the
        same body where it stands alone later ("Diskominfo Sleman", "Kepala Diskominfo")."""
        # (only generic heads' short forms: "Otorita Ibu Kota Nusantara (IKN)" does not make every "IKN" the authority)
        defined = {f.short: f for f in found if f.short is not None and f.short not in self.form_head and f.head.generic}
        if not defined:
            return found
        short_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(defined, key=len, reverse=True)))
                              + r")(?![\w-])")
        extra: list[Found] = []
        for m in short_re.finditer(text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            d = defined[m.group(0)]
            place = self._place(text, m.end(), False)
            if place is not None:
                end, where, region = place
                extra.append(Found(m.start(), end, f"{d.base} {where}", d.sector, d.head, d.indonesian or region,
                                   None, d.base))
            else:
                extra.append(Found(m.start(), m.end(), d.name, d.sector, d.head, d.indonesian, None, d.base))
        return sorted([*found, *extra], key=lambda f: f.start)
