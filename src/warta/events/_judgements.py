"""Criticism told as a judgement (the guide, section 1): a judging verb with a negative evaluative term, the speaker's
own quoted words, a passive judgement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.events._arguments import _groups, _is_country, _retargeted, _root, _speaker, _top, _unique, _untargeted
from warta.events._event import CodedEvent
from warta.events._patterns import _CLEARED, _SPEECH_TAG, _WORDS
from warta.events.lexicon import Trigger
from warta.model import Entity, Mention, Sentence

if TYPE_CHECKING:
    from warta.events.coder import EventCoder


# the complement of a judging verb ends at a sentence or clause boundary
_JUDGE_STOP = re.compile(r"[.;:!?]|,\s*(?:dan|serta|namun|tetapi|sedangkan|sementara|yang|karena|sehingga|setelah|"
                         r"sebelum|ketika|saat|kata|ujar)\b", re.IGNORECASE)

# between an actor and the evaluative term judging it in a quotation, only adverbs (fifteenth pass): "Menteri ESDM ini
# sangat jauh dari pro rakyat", "Trump terus mengikis demokrasi kita"
_QUOTED_JUDGED_GAP = re.compile(r"\s+(?:(?:ini|itu|tersebut|sangat|jelas|telah|sudah|benar-benar|sungguh|adalah|merupakan|"
                                r"justru|malah|memang|terlalu|terus|juga|pun|nyata-nyata|secara\s+nyata)\s+){0,3}",
                                re.IGNORECASE)

# (fifteenth pass) the adverbs between an act named back and its quoted evaluative term, anchored at the term
_QUOTED_JUDGED_GAP_BACK = re.compile(r"(?:\s+(?:sangat|jelas|telah|sudah|benar-benar|sungguh|adalah|merupakan|justru|"
                                     r"malah|memang|terlalu|terus|juga|pun|nyata-nyata|secara\s+nyata|tentu\s+saja))*\s+",
                                     re.IGNORECASE)

# a possessed noun right before an actor: the actor is a possessor, not the subject ("cawapresnya Pak Prabowo")
_POSSESSED_BEFORE = re.compile(r"\w+nya\s+(?:(?:Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Kak)\s+)?$")

# a passive judging verb and what may stand between it and its evaluative term ("Adi dinilai melanggar kode
# etik", "dinyatakan melakukan pelanggaran berat", "dinilai telah gagal"), and between its subject and it
_PASSIVE_JUDGING = re.compile(r"(?<![\w-])di(?:nilai|anggap|nyatakan|cap|labeli|pandang)(?![\w-])", re.IGNORECASE)

_PASSIVE_TERM_GAP = re.compile(r"\s+(?:(?:telah|sudah|jelas|sangat|benar-benar|secara\s+sah|terbukti|melakukan)\s+)"
                               r"{0,2}", re.IGNORECASE)

_PASSIVE_SUBJECT_GAP = re.compile(r"\s+(?:(?:juga|pun|kini|sebelumnya|telah|sudah|bahkan|justru|sendiri|tersebut|itu|"
                                  r"ini)\s+){0,2}", re.IGNORECASE)

# the judged subject of an earlier clause: "Anwar Usman dijatuhi sanksi berat karena dianggap melanggar …"
_BECAUSE_BEFORE = re.compile(r"\b(?:karena|sebab|lantaran)\s+$", re.IGNORECASE)

# the judge named beside a passive judgement: "menurut Trisno, MKMK dinilai …", "dinilai oleh DKPP …"
_ACCORDING_TO = re.compile(r"\bmenurut\s+$", re.IGNORECASE)

_BY_BEFORE = re.compile(r"\boleh\s+$", re.IGNORECASE)

# the actor an evaluative term is applied to, as its genitive: "tingkah biadab Israel"
_GENITIVE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?")


def _judgements(coder: EventCoder, text: str, sent: Sentence, actors: list[Mention], places: list[Mention],
                entities: dict[str, Entity], context: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                duals: tuple[tuple[Mention, ...], tuple[Mention, ...]],
                acts: tuple[CodedEvent, ...] = ()) -> list[CodedEvent]:
    """Criticism told as a judgement (the guide, section 1: a statement that criticises an identifiable
    actor is an event): a judging verb whose complement holds a negative evaluative term and names
    the actor judged, before the term or as its genitive ("mengatakan komentar Erdogan itu 'salah dan
    bias'", "menganggap PBB sebagai 'rumah kebohongan'", "menuturkan, tingkah biadab Israel …") is
    ACCUSE disapprove by the verb's subject; no actor named in the complement, no event."""
    if coder.judge is None or coder.evaluative is None:
        return []
    out: list[CodedEvent] = []
    for jm in coder.judge.finditer(text, sent.start, sent.end):
        vs, ve = jm.start(), jm.end()
        stop = _JUDGE_STOP.search(text, ve, sent.end)
        end = stop.start() if stop is not None else sent.end
        words = list(_WORDS.finditer(text, ve, end))
        # (seventeenth pass) a leading "bahwa" is no word of the complement: "menilai bahwa kerangka kerja sama
        # bilateral antara TNI dan Kejaksaan tidak memiliki dasar hukum"
        scope = coder.lex.scope + (1 if words and words[0].group().lower() == "bahwa" else 0)
        if len(words) > scope:
            end = words[scope - 1].end()  # the complement's first words only
        ev = coder.evaluative.search(text, ve, end)
        if ev is None or _CLEARED.search(text, max(ve, ev.start() - 40), ev.start()):
            continue  # (fifteenth pass) a clearance: "DKPP menilai Betty tidak terbukti melanggar kode etik"
        groups = _groups([m for m in actors if ve <= m.start and m.end <= end], text)
        judged = next((g for g in groups if g[-1].end <= ev.start()
                       or _GENITIVE_AFTER.fullmatch(text, ev.end(), g[0].start)), None)
        if judged is None and not coder.judged_act.match(text, ve):
            continue
        trig = Trigger("menilai-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
        ce = coder._code_one(text, sent, trig, jm.group().lower(), vs, ve, actors, places, entities, context, duals)
        if ce is None or not ce.sources:
            continue
        if judged is None:
            # "menilai pengamanan yang dilakukan ini berlebihan": the act's actor is carried over
            out.append(_untargeted(ce))
            continue
        own = {_top(a.root, coder.org_roots) for a in ce.sources}
        own_keys = {a.key for a in ce.sources}
        # (one person or body judging another of its own country is a domestic criticism: "Agung menilai
        # kebijakan Presiden Prabowo tidak pro rakyat")
        mentions = [m for m in _unique(judged, entities, coder.org_roots)
                    if _root(m, entities) is not None and (
                        _top(coder._root_of(m, entities), coder.org_roots) not in own
                        or (m.key not in own_keys and not _is_country(m, entities)
                            and entities.get(m.key) is not None and entities[m.key].kind in ("person", "org")))]
        if not mentions:
            continue
        targets = coder._actors(mentions, entities)
        out.append(_retargeted(ce, targets, tuple(mentions)))
    return out + _passive_judgements(coder, text, sent, actors, entities, acts)


def _quoted_judgements(coder: EventCoder, text: str, sent: Sentence, actors: list[Mention], entities: dict[str, Entity],
                       voice: Mention | None) -> list[CodedEvent]:
    """(fifteenth pass) Criticism in the speaker's own quoted words: «Menteri ESDM ini sangat jauh dari pro
    rakyat," tegasnya»: an actor right before a negative evaluative term (only adverbs between) inside a
    quotation is judged by the quotation's speaker (ACCUSE disapprove, as with a judging verb)."""
    if coder.evaluative is None or voice is None or coder.judge is None:
        return []
    tag = _SPEECH_TAG.search(text, sent.start, sent.end)
    end = tag.start() if tag is not None else sent.end
    if coder.judge.search(text, sent.start, end) or _PASSIVE_JUDGING.search(text, sent.start, end):
        return []  # (a judging verb of its own: _judgements)
    speaker = [m for m in _unique([voice], entities, coder.org_roots) if _root(m, entities) is not None]
    if not speaker:
        return []
    out: list[CodedEvent] = []
    for ev in coder.evaluative.finditer(text, sent.start, end):
        if _CLEARED.search(text, sent.start, ev.start()):
            continue
        before = _groups([m for m in actors if sent.start <= m.start and m.end <= ev.start()], text)
        if _quoted_act(coder, text, sent.start, ev.start(), before):
            # «Kebijakan ini jelas bertentangan dengan konstitusi," kata X»: the act's actor is resolved as for
            # "menilai tindakan tersebut …" (the story's last counterpart, else the state at home)
            sources = coder._actors(speaker, entities)
            trig = Trigger("kutipan-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
            modality = coder.modality(text[max(sent.start, ev.start() - 80) : ev.start()])
            out.append(CodedEvent(trig, ev.start(), ev.end(), sources, (), modality, 0.5,
                                  tuple((a, None) for a in sources), tuple(speaker), ()))
            break
        if not before or not _QUOTED_JUDGED_GAP.fullmatch(text, before[-1][-1].end, ev.start()) \
                or _POSSESSED_BEFORE.search(text, max(sent.start, before[-1][0].start - 30), before[-1][0].start):
            continue  # ("rencana penggagalan … sebagai cawapresnya Pak Prabowo gagal": the plan fails, not him)
        own = {_top(coder._root_of(m, entities), coder.org_roots) for m in speaker}
        judged = [m for m in _unique(before[-1], entities, coder.org_roots) if _root(m, entities) is not None
                  and m.key != speaker[0].key and (_top(coder._root_of(m, entities), coder.org_roots) not in own
                                                   or (not _is_country(m, entities) and entities.get(m.key) is not None
                                                       and entities[m.key].kind in ("person", "org")))]
        if not judged:
            continue
        sources, targets = coder._actors(speaker, entities), coder._actors(judged, entities)
        trig = Trigger("kutipan-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
        modality = coder.modality(text[max(sent.start, ev.start() - 80) : ev.start()])
        out.append(CodedEvent(trig, ev.start(), ev.end(), sources, targets, modality, 0.55,
                              tuple((a, b) for a in sources for b in targets), tuple(speaker), tuple(judged)))
        break
    return out


def _quoted_act(coder: EventCoder, text: str, start: int, ev: int, before: list[list[Mention]]) -> bool:
    """(fifteenth pass) An act named back by its noun and a demonstrative right before a quoted evaluative term
    (only adverbs between), with no actor after that noun: "Kerja sama ini … bertentangan dengan UU"."""
    gap = next((g for g in _QUOTED_JUDGED_GAP_BACK.finditer(text, start, ev) if g.end() == ev), None)
    if gap is None:
        return False
    act = coder.act_back.search(text, max(start, gap.start() - 40), gap.start())
    return act is not None and not any(m.end > act.start() for g in before for m in g)


def _passive_judgements(coder: EventCoder, text: str, sent: Sentence, actors: list[Mention], entities: dict[str, Entity],
                        acts: tuple[CodedEvent, ...]) -> list[CodedEvent]:
    """A judgement told in the passive of its subject ("Adi dinilai melanggar kode etik", "Anwar Usman
    dinyatakan melakukan pelanggaran berat"; the guide, section 13: an ethics council's findings are ACCUSE
    disapprove): a passive judging verb right before a negative evaluative term judges the actor it follows.
    Its judge is named in the sentence ("menurut Trisno", "oleh DKPP"), or is its teller ("X mengatakan, …",
    "«…», kata X"), or is the body whose ruling or criticism the story told last, preferring one aimed at the
    same actor; with no judge, no event."""
    if coder.evaluative is None:
        return []
    out: list[CodedEvent] = []
    for pm in _PASSIVE_JUDGING.finditer(text, sent.start, sent.end):
        vs, ve = pm.start(), pm.end()
        gap = _PASSIVE_TERM_GAP.match(text, ve)
        if gap is None or coder.evaluative.match(text, gap.end()) is None:
            continue
        named = [m for m in actors if _ACCORDING_TO.search(text, max(sent.start, m.start - 12), m.start)
                 or (m.start > ve and _BY_BEFORE.search(text, max(ve, m.start - 8), m.start))]
        groups = _groups([m for m in actors if m.end <= vs and m not in named], text)
        judged = groups[-1] if groups and _PASSIVE_SUBJECT_GAP.fullmatch(text, groups[-1][-1].end, vs) else None
        if judged is None and _BECAUSE_BEFORE.search(text, sent.start, vs):
            judged = list(coder.subject(text, sent, actors, entities)) or None  # "… karena dianggap melanggar"
        if judged is None:
            continue
        judged = [m for m in _unique(judged, entities, coder.org_roots) if _root(m, entities) is not None]
        keys = {m.key for m in judged}
        if not judged:
            continue
        judges: list[Mention] = [m for m in named if m.key not in keys][:1]
        if not judges:
            # "Freddy mengatakan, Yorrys dinilai telah melanggar …", "«… dinilai melanggar …», kata X": its teller
            judges = [m for m in _speaker(text, sent, ve, judged[0].start, actors) if m.key not in keys]
        if not judges:
            rulings = [c for c in acts if c.emit and c.trigger.type in ("SANCTION", "ACCUSE") and c.source_mentions
                       and not {m.key for m in c.source_mentions} & keys]
            same = next((c for c in rulings if {m.key for m in c.target_mentions} & keys), None)
            ruling = same or next((c for c in rulings if c.trigger.type == "SANCTION"), None)
            judges = list(ruling.source_mentions) if ruling is not None else []
        judges = [m for m in _unique(judges, entities, coder.org_roots) if _root(m, entities) is not None]
        if not judges:
            continue
        sources, targets = coder._actors(judges, entities), coder._actors(judged, entities)
        trig = Trigger("dinilai-negatif", "ACCUSE", "disapprove", "11", False, frozenset())
        modality = coder.modality(text[max(sent.start, vs - 80) : vs])
        out.append(CodedEvent(trig, vs, ve, sources, targets, modality, 0.6,
                              tuple((a, b) for a in sources for b in targets), tuple(judges), tuple(judged)))
    return out
