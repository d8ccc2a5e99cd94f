"""Sentence-level event coding over actor mentions.

For each trigger in a sentence: the source is the actor phrase that governs it (the
nearest actor group before it in the clause; the "oleh" agent for passives), the target
the first actor group after it ("dengan" partners for symmetric verbs); coordinated
actors ("AS, Qatar, dan Mesir") expand into one event per source-target pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.events.lexicon import EventLexicon, Trigger
from warta.model import Actor, Entity, Mention, Modality, Sentence

_COORD = re.compile(r"^\s*(?:,\s*(?:dan|serta)?|dan|serta|&|maupun|-|–)\s*$")
_CLAUSE_BREAK = re.compile(r"(?:[;:]|,\s*(?:yang|namun|tetapi|sedangkan|sementara|setelah|sebelum|karena|sehingga)\b|\b(?:bahwa|agar|supaya)\b)")


@dataclass(frozen=True, slots=True)
class CodedEvent:
    trigger: Trigger
    trigger_start: int
    trigger_end: int
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    modality: Modality
    confidence: float


def mention_actor(m: Mention, ent: Entity | None) -> Actor:
    person = ent.name if ent is not None and ent.kind == "person" else None
    country = ent.country if ent is not None else None
    org = ent.org if ent is not None else None
    if ent is not None and ent.kind == "org" and org is None:
        org = ent.name
    sector = m.sector or (ent.sector if ent is not None else None)
    if sector is None and (m.metonymic or (ent is not None and ent.kind == "place" and country)):
        sector = "GOV"
    return Actor(text=m.text, country=country, org=org, person=person, sector=sector,
                 start=m.start, end=m.end, key=m.key)


def _groups(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Adjacent mentions joined by commas/dan become one coordinated group."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and _COORD.match(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


class EventCoder:
    def __init__(self, lex: EventLexicon) -> None:
        self.lex = lex
        self.pattern = lex.pattern()
        w = lex.window

        def cue(words: tuple[str, ...]) -> re.Pattern[str]:
            alts = "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
            return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])(?:\W+\w+){{0,{w}}}\W*$", re.IGNORECASE)

        self.neg = cue(lex.negated)
        self.plan = cue(lex.planned)
        self.hyp = cue(lex.hypothetical)

    def modality(self, before: str) -> Modality:
        if self.neg.search(before):
            return "negated"
        if self.plan.search(before):
            return "planned"
        if self.hyp.search(before):
            return "hypothetical"
        return "asserted"

    def code(self, text: str, sent: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> list[CodedEvent]:
        low = text[sent.start : sent.end].lower()
        actors = [m for m in mentions if m.kind != "place" or m.metonymic]
        out: list[CodedEvent] = []
        seen_spans: list[tuple[int, int]] = []
        for tm in self.pattern.finditer(low):
            ts, te = sent.start + tm.start(), sent.start + tm.end()
            if any(a <= ts < b for a, b in seen_spans):
                continue
            form = tm.group()
            trig = self.lex.forms[form]
            seen_spans.append((ts, te))
            clause_start = sent.start
            for cb in _CLAUSE_BREAK.finditer(text, sent.start, ts):
                clause_start = cb.end()
            before = [m for m in actors if clause_start <= m.start and m.end <= ts]
            after_all = [m for m in actors if m.start >= te]
            if not before:
                before = [m for m in actors if m.end <= ts]
            groups_before = _groups(before, text)
            groups_after = _groups(after_all, text)
            passive = form in trig.passive or form.startswith("di") and form not in ("dialog", "diskusi")
            src_group: list[Mention] = groups_before[-1] if groups_before else []
            tgt_group: list[Mention] = []
            if passive:
                oleh = re.search(r"\boleh\s+$", text[te : te + 1])  # agent is introduced by "oleh"
                agent = next((g for g in groups_after if re.search(r"\boleh\s*$", text[te : g[0].start])), None)
                tgt_group, src_group = src_group, agent or []
                del oleh
            else:
                for g in groups_after:
                    gap = text[te : g[0].start]
                    if re.search(r"[.;]", gap) or len(gap) > 120:
                        break
                    if re.search(r"\b(?:di|dari)\s+$", gap) and not g[0].metonymic and entities.get(g[0].key) is not None and entities[g[0].key].kind == "place":
                        continue
                    tgt_group = g
                    break
            if not src_group and not tgt_group:
                continue
            sources = tuple(mention_actor(m, entities.get(m.key)) for m in src_group) or (None,)
            targets = tuple(mention_actor(m, entities.get(m.key)) for m in tgt_group) or (None,)
            modality = self.modality(text[max(clause_start, ts - 80) : ts])
            conf = 0.5 + (0.2 if src_group else 0) + (0.2 if tgt_group else 0)
            out.append(
                CodedEvent(trig, ts, te, tuple(a for a in sources if a), tuple(a for a in targets if a),
                           modality, round(conf, 2))
            )
        return out
