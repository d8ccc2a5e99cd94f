"""Across sentences: an act told again ("tindakan tersebut"), assent to a question, the story's scene."""

from __future__ import annotations

from warta.events._arguments import _retargeted
from warta.events._event import CodedEvent


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
