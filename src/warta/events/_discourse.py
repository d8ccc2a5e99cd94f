"""Across sentences: the counterpart of the latest events an untargeted act is aimed at, an act told again
("tindakan tersebut"), a meeting resumed by its noun, an agreement reached by the latest parties, assent to a question,
the story's scene."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from warta.events._arguments import _retargeted, _unique
from warta.events._event import CodedEvent
from warta.events._patterns import _OLEH
from warta.events.lexicon import Trigger
from warta.model import Entity, Mention, Sentence

if TYPE_CHECKING:
    from warta.events.coder import EventCoder


# the words after a sentence-initial noun up to its predicate, for the modality ("… akan berfokus")
_PREDICATE = re.compile(r"(?:\s+[\w-]+){1,4}")

# a predicate telling that the meeting takes place: "akan berfokus", "berlangsung", "digelar"
_OCCURS = re.compile(r"\b(?:akan|dijadwalkan|berlangsung|digelar|diadakan|dilaksanakan|dilangsungkan|dimulai|"
                     r"berakhir|bakal|telah|sudah)\b", re.IGNORECASE)

# reactions aimed at whoever acted last when the sentence names no target
_REACTIONS = frozenset({"SANCTION", "ACCUSE"})

# a question put to a meeting: '"Apakah dapat diterima dan disetujui …?"'
_ASKED = re.compile(r"\W*apakah\b", re.IGNORECASE)


def _restated(ce: CodedEvent, earlier: list[CodedEvent]) -> CodedEvent:
    """(sixteenth pass) An act with no target named back as "that act" ("Schumer juga bergabung dalam protes
    tersebut") is the latest act of its type told by the same side: it takes that act's targets, also when they are
    of the source's own country (which ``_counterpart``, comparing countries, cannot carry)."""
    own = {a.root for a in ce.sources}
    same = next((c for c in earlier if c.trigger.type == ce.trigger.type and c.targets
                 and own & {a.root for a in c.sources}), None)
    return ce if same is None else _retargeted(ce, same.targets, same.target_mentions)


def _scene(acts: tuple[CodedEvent, ...]) -> str | None:
    """Whose demonstrations the story tells: the protesters' country of the latest protest of the last
    sentences (not the article's most-named country: a story of rallies for Palestine names Palestine most)."""
    for ce in acts:
        if ce.trigger.type == "PROTEST" and ce.sources and ce.sources[0].country is not None:
            return ce.sources[0].country
    return None


def _assent(ce: CodedEvent, acts: tuple[CodedEvent, ...]) -> CodedEvent:
    """A quoted assent ("«Setuju,» jawab anggota dewan") is the agreement of the latest act of agreement (eight
    sentences) its speaker was a party to, told again (the guide §16: the members' "Setuju" in the agreement's
    cluster): the other party of that agreement is its target (thirteenth pass)."""
    speaker = ce.source_mentions[0].key
    for prior in acts:
        if prior.trigger.type != "AGREE" or not prior.emit or not prior.target_mentions:
            continue
        sides = ({m.key for m in prior.source_mentions}, {m.key for m in prior.target_mentions})
        other = prior.target_mentions if speaker in sides[0] else prior.source_mentions if speaker in sides[1] else ()
        if other:
            targets = prior.targets if speaker in sides[0] else prior.sources
            return _retargeted(ce, targets, tuple(other))
    return ce


def _resumed(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int,
             acts: tuple[CodedEvent, ...]) -> CodedEvent | None:
    """The latest meeting or invitation, told again by its noun ("Pertemuan di Washington akan …"
    after "AS mengundang Qatar, Turki dan Mesir"); the sentence's own predicate sets the modality."""
    prior = next((c for c in acts if c.pairs and (c.trigger.type == "CONSULT" or c.trigger.mode == "meet")), None)
    if prior is None:
        return None
    pred = _PREDICATE.match(text, te, sent.end)
    if pred is None or not _OCCURS.search(pred.group()):
        return None  # "Pertemuan strategis ini bertujuan …" describes the meeting, not its taking place
    modality = coder.modality(text[sent.start : pred.end() if pred else te])
    return replace(prior, trigger=trig, trigger_start=ts, trigger_end=te, modality=modality,
                   confidence=0.6)


def _agreed(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, out: list[CodedEvent],
            history: tuple[tuple[tuple[Mention, ...], tuple[Mention, ...]], ...],
            entities: dict[str, Entity]) -> CodedEvent | None:
    """An agreement passive without agent ("…, telah disepakati pengembalian …") was reached by the
    parties of the latest act of this sentence or the previous events (the meeting it came from)."""
    pair = next(((c.source_mentions, c.target_mentions) for c in reversed(out)
                 if c.source_mentions and c.target_mentions), None)
    if pair is None and history and history[0][0] and history[0][1]:
        pair = history[0]
    if pair is None or _OLEH.search(text, te, min(sent.end, te + 60)):
        return None
    if _ASKED.match(text, sent.start, ts):
        return None  # '"Apakah dapat disetujui …?" tanya Ketua Komisi': the chair asks for approval (thirteenth pass)
    sources = coder._actors(pair[0], entities)
    targets = coder._actors(pair[1], entities)
    modality = coder.modality(text[max(sent.start, ts - 80) : ts])
    return CodedEvent(trig, ts, te, sources, targets, modality, 0.6,
                      tuple((a, b) for a in sources for b in targets), pair[0], pair[1])


def _counterpart(coder: EventCoder, ce: CodedEvent, recent: list[tuple[tuple[Mention, ...], tuple[Mention, ...]]],
                 entities: dict[str, Entity], that_act: bool = False) -> CodedEvent:
    """An act whose sentence names no target is aimed at the other side of the latest event
    (this sentence or the two before) its source took part in: "Korea Utara mengecam tindakan
    tersebut" after "PBB menjatuhkan sanksi terhadap Korea Utara" is PRK → UN. With ``that_act``
    (its object is "tindakan/keputusan … tersebut") a reaction to the latest other actor's act
    ("PBB menjatuhkan sanksi. Pyongyang mengecam tindakan tersebut.") targets that actor."""
    if len(ce.sources) != 1 or ce.sources[0].root is None:
        return ce
    own = ce.sources[0].root
    for srcs, tgts in recent:
        side = {coder._root_of(m, entities) for m in srcs}
        other = {coder._root_of(m, entities) for m in tgts}
        if own in side:
            cands = tgts
        elif own in other or ((that_act or ce.trigger.type in _REACTIONS) and side - {None}):
            # "that act" told again, or a sanction/condemnation of the latest other actor:
            # "Korut meluncurkan rudal. PBB pun kembali menjatuhkan sanksi."
            cands = srcs
        else:
            continue
        mentions = [m for m in _unique(list(cands), entities, coder.org_roots)
                    if coder._root_of(m, entities) not in (None, own)]
        if not mentions:
            return ce
        targets = coder._actors(mentions, entities)
        return replace(_retargeted(ce, targets, tuple(mentions)), confidence=round(min(ce.confidence + 0.05, 0.95), 2))
    return ce


def _domestic_counterpart(coder: EventCoder, ce: CodedEvent, recent: list[tuple[tuple[Mention, ...], tuple[Mention, ...]]],
                          entities: dict[str, Entity], domestic: str) -> CodedEvent:
    """(fifteenth pass) A judged act of a story told within one country ("Panglima TNI memerintahkan pengerahan
    personel … Koalisi Masyarakat Sipil menilai bahwa perintah ini bertentangan dengan …"): ``_counterpart``
    compares countries, and every actor here is of the one country; the act is the latest event's whose source is
    another actor (by identity, not country) of that country, and its source is the one judged."""
    if not ce.sources or any(a.root != domestic for a in ce.sources):
        return ce
    own = {a.key for a in ce.sources}
    for srcs, tgts in recent:
        # (the judge's own act: its counterpart's, "DKPP menjatuhkan sanksi kepada X … DKPP menilai tindakan
        # para teradu …")
        side = tgts if srcs and all(m.key in own for m in srcs) else srcs
        mentions = [m for m in _unique(list(side), entities, coder.org_roots)
                    if m.key not in own and coder._root_of(m, entities) == domestic]
        if not mentions or len(mentions) != len(side):
            continue
        targets = coder._actors(mentions, entities)
        return _retargeted(ce, targets, tuple(mentions))
    return ce
