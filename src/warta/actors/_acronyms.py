"""Acronyms and short forms: hits the text redefines or an Indonesian text would not use, keys by a defined
acronym, and the UN's organs named without "PBB"."""

from __future__ import annotations

import dataclasses
import re

from warta.actors._common import _ACRONYM_AFTER, Hits
from warta.actors._countries import _Countries
from warta.actors.matcher import MatchRole
from warta.model import Mention

# a name and the short form the text defines for it: "Ogan Komering Ilir (OKI)", "Rukun Tetangga (RT)"
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*)\s+\(([A-Z]{2,6})\)")


def _acronym_keys(text: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown organisation followed by its acronym ("Partai Pekerja Kurdistan (PKK)") is keyed,
    and so named, by the acronym: the short name is the one the rest of the text uses."""
    renamed: dict[str, str] = {}
    for m in mentions:
        acr = _ACRONYM_AFTER.match(text, m.end) if m.kind == "org" and m.key.startswith("ner:org:") else None
        if acr is not None and " " in m.text:
            renamed[m.key] = f"ner:org:{acr.group(1)}"
    return [dataclasses.replace(m, key=renamed[m.key]) if m.key in renamed else m for m in mentions]


class _Acronyms(_Countries):
    """Hits and mentions adjusted for the text's own acronyms and short forms."""

    def _organ_short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A UN organ named without "PBB" ("tujuh anggota Dewan Keamanan", "Majelis Umum") in a
        document that names an organ with it or the UN itself: the short form of its "<X> PBB" alias.
        An unknown NER organisation with that exact surface is replaced."""
        lex = self.lexicon
        keys = {m.key for m in mentions}
        forms: dict[str, str] = {}
        for e in lex.entries.values():
            if e.kind == "org":
                for alias in e.aliases:
                    if alias.endswith(" PBB") and alias.count(" ") >= 2:
                        forms.setdefault(alias.removesuffix(" PBB"), e.id)
        if not forms or not any(k in keys for k in ("org:UN", *forms.values())):
            return mentions
        kept = [m for m in mentions if not (m.key.startswith("ner:org:") and m.text in forms)]
        out = list(kept)
        for form, ref in forms.items():
            for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?! [A-Z]|[\w-])", text):
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(form, hit.start(), hit.end(), "org", ref, "lexicon"))
        return out

    def _without_redefined(self, text: str, hits: Hits) -> Hits:
        """(sixteenth pass) Hits without a lexicon acronym the text defines as another name's short form: "Bupati Ogan
        Komering Ilir (OKI) … Kejari OKI" is the regency, not the OIC (unseen detik 2025, media 2023, IndoSum: 16 of 22
        "OKI" are the regency, in articles that define it so; 3 the OIC), where the lexicon knows nothing of the name;
        "Amerika Serikat (AS)" names the lexicon's own entry and stays."""
        redefined: set[str] = set()
        for d in _DEFINED_ACRONYM.finditer(text):
            acronym, words = d.group(2), d.group(1).split()
            tail = " ".join(words[-len(acronym):])
            if len(words) < len(acronym) or "".join(w[0] for w in words[-len(acronym):]) != acronym:
                continue  # only a name whose initials spell the acronym exactly
            own = {ref for _s, _e, values in self.matcher.hits(acronym) for _r, ref in values
                   if ref in self.lexicon.entries and self.lexicon.entries[ref].kind != "media"}  # ("Qatari News
            # Agency (QNA)": an outlet's name, written in English or misspelt, is the outlet's)
            named = {ref for _s, _e, values in self.matcher.hits(tail) for _r, ref in values}
            if own and not named:  # (a name the lexicon knows in part, "Mahkamah Kehormatan Mahkamah Konstitusi
                redefined.add(acronym)  # (MKMK)", misspelt or varied, may still be the entry's)
        return [h for h in hits if text[h[0] : h[1]] not in redefined] if redefined else hits

    def _lone_english_abbreviations(self, text: str, hits: Hits) -> Hits:
        """Hits without a country's all-capitals English abbreviation that is its only name in an Indonesian
        text: there "DRC" is a Disaster Recovery Center and "USA" closes a name ("USA Today"); an Indonesian
        outlet writing of the country names it in Indonesian too (session 10)."""
        def english(hit: tuple[int, int, tuple[tuple[MatchRole, str], ...]]) -> str | None:
            ref = self._actor_ref(hit[2])
            entry = self.lexicon.entries[ref] if ref is not None else None
            return ref if entry is not None and text[hit[0] : hit[1]] in entry.english_abbreviations else None

        named = {c for h in hits if english(h) is None and (ref := self._actor_ref(h[2])) is not None
                 for c in (ref, self.lexicon.entries[ref].country)}  # its people too: "Kim Jong-un ... DPRK"
        return [h for h in hits if (ref := english(h)) is None or ref in named]
