"""Outlet, dateline, publication date and authors from bylines, datelines and URLs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from warta.data import lexicon_path, load_yaml
from warta.language.dates import DateFinder

_DASH = r"(?:-{1,2}|–|—)"
# "Retconomynow.com19 Desember 2025 – ", "HOLOPIS.COM, JAKARTA – ", "ISTANBUL - ", "Jakarta, CNN Indonesia -- "
_PREFIX = re.compile(rf"^(?P<prefix>[^\n]{{2,90}}?)\s*{_DASH}\s+(?=\S)")
_DOMAIN = re.compile(r"(?i)\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|org|news))(?![a-z])")
_GLUED_DATE = re.compile(r"(?i)\.(?:com|id)(?P<d>\d{1,2}\s+[a-z]+\s+\d{4})")
_CITY = re.compile(r"^[A-Z][A-Za-z.'’]+(?:\s[A-Z][A-Za-z.'’]+){0,2}$")
_NO_DASH_BYLINE = re.compile(r"^(?P<outlet>[A-Za-z0-9]+\.com),\s+(?P<city>[A-Z][a-z]+)\s+(?=[A-Z])")
# "Yangon (ANTARA News) - ", "Mataram, NTB (ANTARA News) - ", "ISTANBUL (Antara/PRNewswire) -"
_PAREN_BYLINE = re.compile(
    rf"^(?P<city>[A-Z][A-Za-z.'’]+(?:[ ,]{{1,2}}[A-Z][A-Za-z.'’]+){{0,3}})\s*\((?P<outlet>[^()]{{2,40}})\)\s*{_DASH}\s*"
)
_URL_DATE = re.compile(r"/(?P<y>20\d{2})[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?:[/\d]|$)")
_CREDIT = re.compile(
    r"^(?P<role>Editor|Redaktur|Penulis|Reporter|Pewarta|Penyunting|Wartawan|Kontributor)\s*:\s*(?P<names>.+)$"
)


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: frozenset[str]  # case-folded
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutletIndex:
    outlets: tuple[Outlet, ...]
    menus: tuple[tuple[str, frozenset[str]], ...] = ()  # (outlet, distinctive menu sections)

    def by_menu(self, line: str) -> str | None:
        """The outlet whose navigation menu this scraped menu line is (3+ distinctive sections)."""
        words = {w.casefold() for w in line.split()}
        for name, sections in self.menus:
            if len(sections & words) >= 3:
                return self.by_name(name) or name
        return None

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> OutletIndex:
        """``actors/media.yaml`` (the project's outlet lexicon) first, then the cleaner's fallback.

        Lookups take the first match, so media.yaml decides every outlet it knows; the
        fallback only fills gaps (and keeps the cleaner working where media.yaml is absent).
        """
        entries: list[dict[str, Any]] = []
        if lexicon_path("actors/media.yaml", lexicon_dir).is_file():
            media = load_yaml("actors/media.yaml", lexicon_dir) or []
            entries += media.get("outlets", []) if isinstance(media, dict) else media
        entries += load_yaml("clean/outlets.yaml", lexicon_dir) or []
        outlets = tuple(
            Outlet(
                name=str(e["name"]),
                aliases=frozenset(str(a).casefold() for a in [e["name"], *(e.get("aliases") or [])]),
                domains=tuple(str(d).lower() for d in e.get("domains") or ()),
            )
            for e in entries
            if isinstance(e, dict) and e.get("name")
        )
        menus = tuple(
            (str(e["name"]), frozenset(str(m).casefold() for m in e["menu_sections"]))
            for e in entries
            if isinstance(e, dict) and e.get("menu_sections")
        )
        return cls(outlets, menus)

    def by_domain(self, host: str) -> str | None:
        host = host.lower().removeprefix("www.")
        for o in self.outlets:
            for d in o.domains:
                if host == d or host.endswith("." + d):
                    return o.name
        return None

    def is_site(self, segment: str) -> bool:
        """A title segment naming an outlet: "Republika Online", "Tempo Gaya", "Okezone Lifestyle"."""
        words = segment.split()
        if not words or len(words) > 3:
            return False
        return bool(self.by_name(segment) or self.by_name(words[0]))

    def by_name(self, text: str) -> str | None:
        key = text.strip().casefold()
        for o in self.outlets:
            if key in o.aliases:
                return o.name
        return self.by_domain(key) if "." in key else None


@dataclass(frozen=True, slots=True)
class Byline:
    """What the opening of the first body line says about the article."""

    strip: int  # characters of the line that are byline, not body
    outlet: str | None
    dateline: str | None
    published: str | None


def parse_byline(line: str, outlets: OutletIndex, dates: DateFinder) -> Byline:
    m = _PAREN_BYLINE.match(line)
    if m:
        named = outlets.by_name(m["outlet"]) or outlets.by_name(m["outlet"].split("/")[0].split()[0])
        if named:
            place = m["city"].split(",")[0].strip()
            return Byline(m.end(), named, place.title() if place.isupper() else place, None)
    m = _NO_DASH_BYLINE.match(line)
    if m and outlets.by_name(m["outlet"]):
        return Byline(m.end(), outlets.by_name(m["outlet"]), m["city"], None)
    m = _PREFIX.match(line)
    if not m:
        return Byline(0, None, None, None)
    prefix = m["prefix"].strip()
    outlet: str | None = None
    city: str | None = None
    published: str | None = None
    glued = _GLUED_DATE.search(prefix)
    if glued:
        found = dates.find(glued["d"], None)
        published = found[0].value if found and found[0].granularity == "day" else None
        prefix = prefix[: glued.start() + 4]
    for piece in (p.strip() for p in prefix.split(",")):
        part = piece
        if not part:
            continue
        if outlets.by_name(part):  # the whole part first: "CNN Indonesia", not "CNN"
            outlet = outlet or outlets.by_name(part)
            continue
        for token in piece.split():
            if _DOMAIN.fullmatch(token) or outlets.by_name(token):
                outlet = outlet or outlets.by_name(token) or token
                part = part.replace(token, "").strip()
        if not part:
            continue
        if outlets.by_name(part):
            outlet = outlet or outlets.by_name(part)
        elif _CITY.match(part) and (part.isupper() or len(part.split()) <= 2):
            city = part
        else:
            return Byline(0, None, None, None)
    if outlet is None and city is None:
        return Byline(0, None, None, None)
    return Byline(m.end(), outlet, city.title() if city and city.isupper() else city, published)


def outlet_from_url(url: str | None, outlets: OutletIndex) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return outlets.by_domain(host) if host else None


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(urlparse(url).path)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def credited_names(line: str) -> list[str]:
    """Names from a credit line ("Redaktur : Marcellus Widiarto")."""
    m = _CREDIT.match(line.strip())
    if not m:
        return []
    names = re.split(r",|\s+dan\s+|&|/", m["names"])
    return [n.strip(" .") for n in names if n.strip(" .") and len(n.strip()) > 2]
