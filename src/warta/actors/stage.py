"""ActorStage: mentions of countries, organisations, people and places, and the entities.

Lexicon matches come first (they carry country, organisation, sector and dated offices);
the trained NER model adds names the lexicon lacks. Then, within the document:
titles resolve to office holders at the publication date ("Menlu AS" → Antony Blinken in
2024), sector words attach to the actor they modify ("pasukan Israel" → ISR, MIL), place
names after di/ke/dari stay places while the same names as subjects act for their
governments ("Washington berharap"), and surnames link back to full names.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from warta.actors.lexicon import ActorEntry, ActorLexicon
from warta.actors.matcher import ActorMatcher, MatchRole
from warta.language.dates import parse_iso
from warta.model import Document, Entity, EntityKind, Mention
from warta.pipeline import BaseStage

_PLACE_PREP = re.compile(r"(?:\b(?:di|ke|dari|menuju|kota|ibu kota|wilayah|kawasan)\s+)$", re.IGNORECASE)
_GAP_TITLE = re.compile(r"^\s*(?:,\s*)?$")
_GAP_MOD = re.compile(r"^\s*$")


def _kind_of(entry: ActorEntry) -> EntityKind:
    if entry.kind == "person":
        return "person"
    if entry.kind == "country":
        return "place"
    return "org"


class ActorStage(BaseStage):
    name = "actors"
    reads = frozenset({"text", "published", "sentences"})
    writes = frozenset({"mentions", "entities"})

    @cached_property
    def lexicon(self) -> ActorLexicon:
        return ActorLexicon.load(self.settings.lexicon_dir)

    @cached_property
    def matcher(self) -> ActorMatcher:
        return ActorMatcher(self.lexicon)

    @cached_property
    def ner(self) -> object | None:
        if not self.settings.use_ner:
            return None
        try:
            from warta.actors.ner import NerModel, default_model_path
        except ImportError:
            return None
        path = self.settings.ner_model or default_model_path()
        return NerModel(path) if path.exists() else None

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        on = parse_iso(doc.published)
        lex = self.lexicon
        hits = self.matcher.hits(text)
        mentions: list[Mention] = []
        full_names_seen: set[str] = set()
        for _s, _e, values in hits:
            for role, ref in values:
                if role == "alias" and ref in lex.entries and lex.entries[ref].kind == "person":
                    full_names_seen.add(ref)

        i = 0
        while i < len(hits):
            s, e, values = hits[i]
            roles = dict(values)
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            title_kind = roles.get("title")
            sector = roles.get("sector")
            if (title_kind or sector) and nxt is not None:
                gap = text[e : nxt[0]]
                target = self._actor_ref(nxt[2])
                if target is not None and (_GAP_TITLE.match(gap) if title_kind else _GAP_MOD.match(gap)):
                    entry = lex.entries[target]
                    if title_kind:
                        office_id = lex.office_of(entry, title_kind)
                        holder = lex.holder(office_id, on) if office_id in lex.offices else None
                        office = lex.offices.get(office_id)
                        if holder is not None:
                            mentions.append(Mention(text[s : nxt[1]], s, nxt[1], "person", holder.id, "lexicon",
                                                    sector=office.sector if office else "GOV",
                                                    role=office.role if office else None))
                        else:
                            mentions.append(Mention(text[s : nxt[1]], s, nxt[1], _kind_of(entry), entry.id,
                                                    "lexicon", sector=office.sector if office else "GOV",
                                                    role=text[s:e]))
                    else:
                        mentions.append(
                            Mention(text[s : nxt[1]], s, nxt[1], _kind_of(entry), entry.id, "lexicon", sector=sector)
                        )
                    i += 2
                    continue
            actor_ref = self._actor_ref(values)
            if actor_ref is not None:
                entry = lex.entries[actor_ref]
                match_role = self._role(values, actor_ref)
                if match_role == "short" and entry.id not in full_names_seen and self._ambiguous_short(text[s:e]):
                    i += 1
                    continue
                if entry.kind == "media":
                    i += 1
                    continue
                metonymic = False
                kind = _kind_of(entry)
                if match_role == "metonym":
                    if _PLACE_PREP.search(text[max(0, s - 20) : s]):
                        kind = "place"
                    else:
                        metonymic = True
                mentions.append(Mention(text[s:e], s, e, kind, entry.id, "lexicon", metonymic=metonymic))
            i += 1

        mentions.extend(self._ner_mentions(text, mentions))
        mentions.sort(key=lambda m: (m.start, m.end))
        return dataclasses.replace(doc, mentions=tuple(mentions), entities=self._entities(mentions, doc))

    def _actor_ref(self, values: tuple[tuple[MatchRole, str], ...]) -> str | None:
        for wanted in ("alias", "demonym", "short", "metonym"):
            for role, ref in values:
                if role == wanted and ref in self.lexicon.entries:
                    return ref
        return None

    @staticmethod
    def _role(values: tuple[tuple[MatchRole, str], ...], ref: str) -> MatchRole | None:
        for role, r in values:
            if r == ref:
                return role
        return None

    def _ambiguous_short(self, form: str) -> bool:
        owners = {e.id for e in self.lexicon.entries.values() if form in e.short or form in e.aliases}
        return len(owners) != 1

    def _ner_mentions(self, text: str, taken: list[Mention]) -> list[Mention]:
        model = self.ner
        if model is None:
            return []
        spans = model.spans(text)  # type: ignore[attr-defined]  # NerModel is imported lazily
        out: list[Mention] = []
        people: list[str] = []
        for sp in spans:
            if any(m.start < sp.end and sp.start < m.end for m in taken):
                continue
            surface = text[sp.start : sp.end]
            kind: EntityKind = {"PER": "person", "ORG": "org"}.get(sp.label, "place")  # type: ignore[assignment]
            key_name = surface
            if kind == "person":
                match = next((p for p in people if surface in p.split() or surface == p), None)
                key_name = match or surface
                if match is None:
                    people.append(surface)
            out.append(Mention(surface, sp.start, sp.end, kind, f"ner:{kind}:{key_name}", "ner"))
        return out

    def _entities(self, mentions: list[Mention], doc: Document) -> tuple[Entity, ...]:
        on = parse_iso(doc.published)
        by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            by_key.setdefault(m.key, []).append(m)
        out: list[Entity] = []
        for key, ms in by_key.items():
            surfaces = tuple(dict.fromkeys(m.text for m in ms))
            entry = self.lexicon.entries.get(key)
            if entry is None:
                name = max(surfaces, key=len)
                kind = ms[0].kind
                out.append(Entity(key, name, kind, None, next((m.role for m in ms if m.role), None), surfaces))
                continue
            office = self.lexicon.office_at(entry, on) if entry.kind == "person" else None
            role = (office.role if office else None) or next((m.role for m in ms if m.role), None)
            out.append(
                Entity(
                    key=key,
                    name=entry.name,
                    kind=_kind_of(entry) if not all(m.kind == "place" for m in ms) else "place",
                    country=entry.country or (office.country if office else None),
                    role=role,
                    mentions=surfaces,
                    org=entry.org or (office.org if office else None),
                    sector=entry.sector or (office.sector if office else None),
                    wikidata=entry.wikidata,
                )
            )
        return tuple(out)
