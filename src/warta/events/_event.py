"""The coder's output record and the contract actor of a mention."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from warta.events.lexicon import Trigger
from warta.model import Actor, Entity, Mention, Modality

# directed acts whose target, when the sentence names none, is the counterpart of the source in the
# preceding events: reactions and responses in a dyadic story
CARRY_TARGET = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "COERCE", "ASSAULT",
                          "CONSULT", "AGREE", "COOPERATE", "CONCEDE", "RETREAT", "PROTEST"})


@dataclass(frozen=True, slots=True)
class CodedEvent:
    trigger: Trigger
    trigger_start: int
    trigger_end: int
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    modality: Modality
    confidence: float
    pairs: tuple[tuple[Actor | None, Actor | None], ...] = ()  # a None source: an unknown attacker
    source_mentions: tuple[Mention, ...] = ()  # for the next sentences' anaphora ("mereka")
    target_mentions: tuple[Mention, ...] = ()  # with the sources, for dual anaphora ("kedua negara")
    emit: bool = True  # False: context for later sentences only, not an event of its own


def mention_actor(m: Mention, ent: Entity | None, org_roots: Mapping[str, str] | None = None) -> Actor:
    """The contract Actor of a mention; with ``org_roots`` a country-less sub-body is rooted at
    its top organisation (the guide's convention: every UN body is ``UN``)."""
    person = ent.name if ent is not None and ent.kind == "person" else None
    country = ent.country if ent is not None else None
    org = ent.org if ent is not None else None
    if person is not None and org is not None and org_roots and org in org_roots:
        country = None  # an official of an international organisation acts for it (Sekjen PBB → UN)
    if ent is not None and ent.kind == "org" and org is None:
        org = ent.name
    if org is not None and country is None and org_roots:
        org = org_roots.get(org, org)
    sector = m.sector or (ent.sector if ent is not None else None)
    if sector is None and (m.metonymic or (ent is not None and ent.kind == "place" and country)):
        sector = "GOV"
    return Actor(text=m.text, country=country, org=org, person=person, sector=sector,
                 start=m.start, end=m.end, key=m.key)
