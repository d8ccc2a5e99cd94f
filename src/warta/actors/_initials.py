"""People named by initials: "Agus Harimurti Yudhoyono (AHY)", "pelaku berinisial SR"."""

from __future__ import annotations

import re

from warta.actors._common import _ACRONYM_AFTER, _ONE_LETTER_BEFORE, _Named, _unknown_key
from warta.actors._frames import _FramedPeople
from warta.actors.resolve import (
    STOP,
)
from warta.model import Mention

# session 6: people named by initials ("pelaku berinisial SR", "Inisial RN (30)", "Aldi Atwinda Jauhar alias AAJ")
# (sixteenth pass) and the KPK's and prosecutors' "Saudara AS selaku Komisaris Utama", "Saudari UH" (unseen detik 2025:
# 40 of 40 "Saudara/Saudari" + capitals read are a person's initials)
_INITIAL_CUE = re.compile(r"(?<![\w-])(?:(?:[Bb]er)?[Ii]nisial|[Ss]audar[ai]|[Ss]dri?\.) +([A-Z]{1,4})(?![\w-])")
# "dolar AS": a currency's country, never a person's initials
_CURRENCY_BEFORE = re.compile(r"(?<![\w-])(?:dolar|dollar) +$", re.IGNORECASE)
_MORE_INITIALS = re.compile(r"(?: +\([1-9]\d\))?(?:,? +(?:dan|serta) +|, +)([A-Z]{1,4})(?![\w-])")
_ALIAS_INITIALS = re.compile(r" +alias +([A-Z]{2,4})(?![\w-])")
_BARE_INITIALS = re.compile(r"(?<![\w-])[A-Z]{2,3}(?![\w-])")


class _Initials(_FramedPeople):
    """People named by their initials."""

    def _initials(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """A person's initials in parentheses after the name ("Agus Harimurti Yudhoyono (AHY)", "Susilo
        Bambang Yudhoyono (SBY)") name that person wherever they occur; an organisation the model made of
        them is dropped."""
        found: dict[str, str] = {}
        for m in mentions:
            acr = _ACRONYM_AFTER.match(text, m.end) if m.kind == "person" else None
            if acr is None:
                continue
            entry = self.lexicon.entries.get(m.key)
            name = entry.name if entry is not None else named[m.key].name if m.key in named else m.text
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if len(acr.group(1)) >= 2 and initials.endswith(acr.group(1)):
                found[acr.group(1)] = m.key
        if not found:
            return mentions
        out = [m for m in mentions if not (m.kind != "person" and m.text in found)]
        for initials_form, key in found.items():
            for hit in re.finditer(rf"(?<![\w-]){initials_form}(?![\w-])", text):
                if self._free((hit.start(), hit.end()), out):
                    out.append(Mention(initials_form, hit.start(), hit.end(), "person", key, "coref"))
        return out

    def _initial_people(self, text: str, mentions: list[Mention], named: dict[str, _Named]) -> list[Mention]:
        """People named by their initials, as Indonesian crime reports name suspects and victims: "pelaku berinisial
        SR", "Inisial RN (30)"; "Aldi Atwinda Jauhar alias AAJ" (the person's); and two or three capitals that are
        the initials of exactly one multi-word person of the text ("LM" after "Lisa Mariana"). Every other free
        occurrence of the form is that person; a one-letter form only at the cue or after "tersangka", "pelaku",
        "korban", "saksi", and no form followed by a capitalised word or a digit ("M Nasir", "BK 6308")."""
        forms: dict[str, str] = {}
        for cue in _INITIAL_CUE.finditer(text):
            listed = [cue.group(1)]
            pos = cue.end()
            while (more := _MORE_INITIALS.match(text, pos)) is not None:
                listed.append(more.group(1))  # "berinisial S (38), RA (39) dan RB (45)": each one a person
                pos = more.end()
            for form in listed:
                if form not in forms:
                    key = self._person_key(form, named) or _unknown_key(form)
                    named.setdefault(key, _Named(form))
                    forms[form] = key
        # (sixteenth pass) initials the text declares a person's are that person also where a lexicon acronym spells
        # them: "tersangka, yakni Saudara AS … AS disangkakan melanggar" is no United States
        cued = set(forms)
        people = [m for m in mentions if m.kind == "person"]
        for m in people:
            alias = _ALIAS_INITIALS.match(text, m.end)
            if alias is not None and alias.group(1) not in forms:
                forms[alias.group(1)] = m.key
        initials: dict[str, set[str]] = {}
        for m in people:
            name = self._person_name_of(m.key, named)
            words = [w for w in (name or "").split() if w[:1].isupper()]
            if 2 <= len(words) <= 3:
                initials.setdefault("".join(w[0] for w in words), set()).add(m.key)
        taken_forms = {m.text for m in mentions if m.kind != "person"} | set(self.lexicon.titles)
        for hit in _BARE_INITIALS.finditer(text):
            form = hit.group(0)
            owners = initials.get(form, set())
            if form not in forms and len(owners) == 1 and form not in taken_forms and form not in STOP \
                    and not self.lexicon.owners(form) and f"({form})" not in text:
                forms[form] = next(iter(owners))
        if not forms:
            return mentions
        out = [m for m in mentions if not (m.kind != "person" and m.text in forms and (
            m.source == "ner" or (m.text in cued and not _CURRENCY_BEFORE.search(text, max(0, m.start - 10), m.start))))]
        for form, key in forms.items():
            for hit in re.finditer(rf"(?<![\w-]){form}(?![\w-])", text):
                if re.match(r" +[A-Z0-9]", text[hit.end() : hit.end() + 3]) or not self._free(hit.span(), out) \
                        or _CURRENCY_BEFORE.search(text, max(0, hit.start() - 10), hit.start()):
                    continue
                if len(form) == 1 and not _ONE_LETTER_BEFORE.search(text, max(0, hit.start() - 14), hit.start()):
                    continue
                out.append(Mention(form, hit.start(), hit.end(), "person", key, "coref"))
        return out
