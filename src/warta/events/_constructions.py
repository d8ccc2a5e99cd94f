"""Events told by a construction of their own: an act noun whose predicate says it took place, a parliamentary hearing with
its partner, an accusation in a comma relative clause, the state a request with no named addressee is made of."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warta.events._arguments import _groups, _official, _retargeted, _root, _top, _unique
from warta.events._event import CodedEvent
from warta.events._patterns import _IN_PLACE, _OLEH, _SUBJECT_LEAD, _TERRITORY
from warta.events._places import _named_place
from warta.events.lexicon import Trigger
from warta.model import Entity, Mention, Sentence

if TYPE_CHECKING:
    from warta.events.coder import EventCoder


# a predicate saying an act noun took place: "pembicaraan … telah berlangsung", "serangan itu dilakukan",
# "serangan 7 Oktober yang menewaskan" (an optional ", yang …," relative clause in between)
_NOUN_OCCURS = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:,\s*yang[^,.;]{0,80},)?\s+(?:yang\s+)?(?:(?:telah|sudah|juga|kembali|sedang|terus|"
    r"pun|itu|ini|tersebut)\s+){0,2}(?P<verb>berlangsung|digelar|diadakan|dilakukan|dilancarkan|diluncurkan|"
    r"terjadi|dimulai|dilaksanakan|dilangsungkan|menewaskan|melukai|menyebabkan)\b", re.IGNORECASE)

_ANTARA_AT = re.compile(r"\b[Aa]ntara\s+")

# a request's object asked "from" a state: "meminta pengiriman pelatih dari Tanah Air" (no verb in the object)
_ASKED_OF = re.compile(r"\s+(?:(?!(?:mem|men|ber|ter)[a-z]|di[a-z]{3,}(?:kan|i)\b)[\w-]+\s+){1,3}"
                       r"dari\s+(?:pemerintah(?:an)?\s+|pihak\s+)?", re.IGNORECASE)

# a first verb's addressee and the request coordinated after it: "menyampaikan protes ke Australia serta meminta" (a
# thing sent or delivered to it, not a journey: "bertolak ke Jepang dan meminta masyarakat …")
_SENT_TO = re.compile(r"\b(?:menyampaikan|mengirim(?:kan)?|melayangkan|mengajukan|memberikan)\s+(?:[\w-]+\s+){1,3}"
                      r"(?:ke|kepada)\s+(?:pemerintah(?:an)?\s+|pihak\s+)?$", re.IGNORECASE)

_THEN_ASKS = re.compile(r"\s*,?\s+(?:serta|dan)\s+(?:juga\s+|langsung\s+)?", re.IGNORECASE)

# ", yang (juga) dituduh …": a comma relative clause about the actor before it
_COMMA_YANG_REL = re.compile(r",\s*yang\s+(?:(?:juga|telah|sudah|pernah|sedang|sebelumnya)\s+){0,2}$", re.IGNORECASE)

# a hearing named with its partner: "rapat dengar pendapat Eselon I Kemenkeu dengan Komisi XI DPR RI", "RDP bersama
# Komisi X DPR RI": the hearing took place, whatever predicate frames it
_HEARING_WITH = re.compile(r"(?:\s+(?:[\w-]+|\([^()]{1,12}\))){0,5}?\s+(?:dengan|bersama)\s+"
                           r"(?P<partner>(?:[Kk]omisi|[Pp]impinan|[Bb]adan|DPR|DPD|MPR|[Pp]ansus|[Bb]anggar|[Bb]aleg)\b)")


def _occurred(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
              entities: dict[str, Entity], clause_start: int, places: Sequence[Mention] = ()) -> CodedEvent | None:
    """An act noun that is the subject of a predicate of occurrence is an event: its parties are an
    "antara X dan Y" pair or an "oleh" agent; an attack's victims ("yang menewaskan … warga Israel")
    are its target, and with no perpetrator named its source stays empty (the guide's one
    exception to "no event without a source")."""
    occ = _NOUN_OCCURS.match(text, te, sent.end)
    if occ is None or (trig.needs_target and not trig.symmetric):
        return None
    groups = _groups([m for m in actors if te <= m.start and m.end <= sent.end], text)
    # the clause's subject is not the noun's agent ("Israel menyatakan … akibat serangan 14 Juli yang …")
    src: list[Mention] = []
    tgt: list[Mention] = []
    ant = _ANTARA_AT.search(text, te, sent.end)
    pair = next((g for g in groups if ant is not None and 0 <= g[0].start - ant.end() <= 40), None)
    if pair is not None and len(pair) >= 2:
        src, tgt = pair[:1], pair[1:]
    else:
        agent = next((g for g in groups if _OLEH.search(text, max(te, g[0].start - 40), g[0].start)), None)
        if agent is not None:
            src = agent
        if trig.type == "ASSAULT" and occ["verb"].lower() in ("menewaskan", "melukai", "menyebabkan"):
            tgt = next((g for g in groups if 0 <= g[0].start - occ.end() <= 60), [])
        if trig.type == "ASSAULT" and not src and not tgt and occ["verb"].lower() in ("menewaskan", "melukai") \
                and coder.town_country is not None:
            # (sixteenth pass) "Serangan bom bunuh diri di Kabul menewaskan 40 orang", "serangan itu menewaskan
            # 90 orang di zona diplomatik Kabul": no perpetrator and no victim named as an actor, so the victims
            # are the people of the place where it struck (the guide §1: an unknown attacker, source null)
            end = min(sent.end, occ.end() + 100)
            tgt = next(([m] for m in places if te <= m.start and m.end <= end
                        and _IN_PLACE.search(text, max(te, m.start - 40), m.start)), [])
            for place in ([] if tgt else _TERRITORY.finditer(text, te, end)):
                tgt = _named_place(coder.town_country, place, entities)
                if tgt:
                    break
    sources = [m for m in _unique(src, entities, coder.org_roots) if _root(m, entities) is not None]
    src_keys = {m.key for m in sources}
    targets = [m for m in _unique(tgt, entities, coder.org_roots)
               if _root(m, entities) is not None and m.key not in src_keys]
    if not targets or (not sources and trig.type != "ASSAULT"):
        return None
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    src_actors = coder._actors(sources, entities)
    tgt_actors = coder._actors(targets, entities)
    pairs = tuple((a, b) for a in (src_actors or (None,)) for b in tgt_actors)
    return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.6, pairs, tuple(sources),
                      tuple(targets))


def _hearing(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
             entities: dict[str, Entity], clause_start: int) -> CodedEvent | None:
    """A parliamentary hearing named with its partner, whatever predicate frames it ("Usulan itu disampaikan dalam
    rapat dengar pendapat Eselon I Kemenkeu dengan Komisi XI DPR RI", "kata Amalia dalam RDP bersama Komisi X DPR
    RI", "Dalam rapat kerja dengan Komisi II DPR RI, Basuki …"): the body named right after the noun, else the
    speaker or subject before it, else the subject after the frame's comma, meets the "dengan/bersama" partner."""
    hit = _HEARING_WITH.match(text, te)
    if hit is None:
        return None
    usable = [m for m in actors if _root(m, entities) is not None
              and m.text.strip("()").lower() not in ("rdp", "rdpu", "raker")]  # (the hearing's own short name)
    partner = next((m for m in usable if hit.start("partner") <= m.start < hit.end() + 20
                    and _official(m, entities)), None)
    if partner is None:
        return None
    named = [m for m in usable if te <= m.end <= hit.start("partner")]
    before = [m for m in usable if clause_start <= m.start and m.end <= ts]
    after = [m for m in usable if m.start > partner.end
             and re.fullmatch(r"(?:\s+[\w()-]+){0,4}\s*,\s*", text[partner.end : m.start])]
    framed = bool(re.match(r"\W*(?:[Dd]alam|[Pp]ada|[Ss]aat|[Dd]i)\s", text[sent.start : ts]))
    src = named[-1:] or (after[:1] if framed else []) or before[-1:]
    if not src or src[0].key == partner.key or _top(_root(src[0], entities), coder.org_roots) is None:
        return None
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    src_actors, tgt_actors = coder._actors(src, entities), coder._actors([partner], entities)
    return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.7,
                      ((src_actors[0], tgt_actors[0]),), tuple(src), (partner,))


def _accused_by_subject(coder: EventCoder, text: str, sent: Sentence, trig: Trigger, ts: int, te: int, actors: list[Mention],
                        entities: dict[str, Entity], clause_start: int) -> CodedEvent | None:
    """An accused actor in a comma relative clause ("Pakistan mengumumkan pengusiran diplomat India, Surjeet
    Singh, yang dituduh melakukan kegiatan …") is accused by the sentence's subject."""
    rel = _COMMA_YANG_REL.search(text, max(sent.start, ts - 30), ts)
    if rel is None:
        return None
    groups = _groups([m for m in actors if sent.start <= m.start and m.end <= rel.start()], text)
    if len(groups) < 2 or rel.start() - groups[-1][-1].end > 40 \
            or not _SUBJECT_LEAD.match(text[sent.start : groups[0][0].start]):
        return None
    sources = [m for m in _unique(groups[0], entities, coder.org_roots) if _root(m, entities) is not None]
    own = {_top(coder._root_of(m, entities), coder.org_roots) for m in sources}
    targets = [m for m in _unique(groups[-1], entities, coder.org_roots) if _root(m, entities) is not None
               and _top(coder._root_of(m, entities), coder.org_roots) not in own]
    if not sources or not targets:
        return None
    src_actors = coder._actors(sources, entities)
    tgt_actors = coder._actors(targets, entities)
    modality = coder.modality(text[max(clause_start, ts - 80) : ts])
    return CodedEvent(trig, ts, te, src_actors, tgt_actors, modality, 0.7,
                      tuple((a, b) for a in src_actors for b in tgt_actors), tuple(sources), tuple(targets))


def _request_addressee(coder: EventCoder, text: str, sent: Sentence, ce: CodedEvent, ts: int, te: int, actors: list[Mention],
                       places: list[Mention], entities: dict[str, Entity]) -> CodedEvent:
    """The state a request with no named addressee is made of: the one the thing is asked from ("Lebanon meminta
    pengiriman pelatih dari Indonesia"), else the one the request's coordinated first verb was sent to
    ("menyampaikan protes ke Australia serta meminta agar …"); "ke/dari" made it a place, not an actor."""
    own = {a.root for a in ce.sources}
    named = sorted(actors + places, key=lambda m: m.start)

    def state(m: Mention) -> bool:
        root = _root(m, entities)
        return root is not None and len(root) == 3 and root not in own

    asked = next((m for m in named if te < m.start <= te + 60 and state(m)
                  and _ASKED_OF.fullmatch(text, te, m.start)), None)
    if asked is None:
        asked = next((m for m in reversed(named) if sent.start <= m.start and m.end <= ts and state(m)
                      and _SENT_TO.search(text, max(sent.start, m.start - 80), m.start)
                      and _THEN_ASKS.fullmatch(text, m.end, ts)), None)
    if asked is None:
        return ce
    targets = coder._actors([asked], entities)
    return _retargeted(ce, targets, (asked,))
