"""Trigger forms in a sense that is no event here, told by the words around them."""

from __future__ import annotations

import re

from warta.events._arguments import _sector
from warta.events._patterns import _CLEARED
from warta.events.lexicon import EventLexicon, Trigger
from warta.model import Entity, Mention, Sentence

_ETHICS_CODE = re.compile(r"\b(?:etik|etika|KEPP|pedoman\s+perilaku|DKPP|MKMK|MKD|[Dd]ewan\s+[Ee]tik|"
                          r"[Mm]ajelis\s+[Kk]ehormatan|[Dd]ewan\s+[Kk]ehormatan|[Mm]ahkamah\s+[Kk]ehormatan)\b")


_ACCUSED_PARTY = re.compile(r"\b(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?(?:\s+(?:sampai|hingga|dan|,)\s+"
                            r"(?:teradu|terlapor)(?:\s+(?:[IVX]{1,4}|\d{1,2}))?)*[\s,]+(?:(?:secara\s+bersama-sama|"
                            r"telah|juga|jelas)\s+)*$", re.IGNORECASE)


def _ethics_finding(text: str, sent: Sentence, ts: int, te: int) -> bool:
    """Whether a "terbukti melanggar" is an ethics council's finding rather than a court's conviction."""
    return bool(_ETHICS_CODE.search(text, sent.start, sent.end)) \
        or bool(_ACCUSED_PARTY.search(text, max(sent.start, ts - 80), ts))


# a nominal trigger counts when a light verb makes it predicate ("melancarkan serangan") …
_LIGHT_VERB = re.compile(
    r"\b(?:melakukan|mengadakan|menggelar|melancarkan|memberikan|memberi|menjatuhkan|meluncurkan|melanjutkan|"
    r"mengirimkan|mengirim|menyampaikan|mengumumkan|memulai|menerima|melayangkan|mengajukan|membuat|terus|"
    r"mengeluarkan|melontarkan|menyuarakan|meningkatkan|memperluas|menggencarkan|mengintensifkan|menyatakan|"
    r"menegaskan|menunjukkan|terlibat|terlibat\s+dalam|menyelesaikan|merampungkan|menuntaskan|"
    # who orders an act is its source ("Panglima TNI memerintahkan pengerahan personel", "memerintahkan serangan")
    r"memerintahkan|menginstruksikan)"
    r"\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)


# (sixteenth pass) verbs that impose, tighten or extend a sanction, embargo or blockade told by its noun: the
# clause's subject imposes it ("DK PBB menambah sanksi bagi Korea Utara", "Kejaksaan Agung mengenakan sanksi kepada
# …", "menerapkan embargo minyak terhadap Korea Utara"); only for these nouns ("menambah bantuan sosial" is not)
_SANCTION_VERB = re.compile(r"\b(?:mengenakan|menerapkan|memperketat|memperberat|menambah|memperpanjang)"
                            r"\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)


# (sixteenth pass) what follows the one reported when "melaporkan" tells news about them: a predicate
_REPORTED_NEWS = re.compile(r"\s*,?\s*(?:telah|akan|sudah|sedang|tengah|masih|baru|tidak|tak|belum|bahwa|"
                            r"(?:me|ber|ter)[a-z]{3,})\b")


def _reported_person(text: str, te: int, src: list[Mention], tgt: list[Mention], entities: dict[str, Entity]) -> bool:
    """A named person reported to the authorities ("Ridwan Kamil melaporkan Lisa Mariana setelah …"), not a person
    or a country the news is about ("AFP melaporkan Korea Utara menembakkan …": a predicate follows; a news outlet
    tells it), nor the one told ("melaporkan kepada Jokowi atas terpilihnya …": the name right after the verb)."""
    if text[te : tgt[0].start].strip() or any(_sector(m, entities) in ("MED", "JRN") for m in src):
        return False
    ent = entities.get(tgt[0].key)
    if ent is None or ent.kind != "person":
        return False
    return _REPORTED_NEWS.match(text, max(m.end for m in tgt)) is None


def _wrong_sense(lex: EventLexicon, low: str, form: str, start: int, end: int) -> bool:
    """A trigger form used in its non-event sense, told by the words around it (fifteenth pass)."""
    if form.startswith(("terbukti", "dinyatakan bersalah")):
        return bool(_CLEARED.search(low, max(0, start - 40), start))
    return lex.wrong_sense(low, form, start, end)


def _light_verb(text: str, trig: Trigger, start: int, ts: int) -> bool:
    """A verb before an act noun that makes the clause's subject its agent ("melancarkan serangan"; for a
    sanction, embargo or blockade also "menambah sanksi", "menerapkan embargo": sixteenth pass)."""
    before = text[start:ts]
    return bool(_LIGHT_VERB.search(before)) \
        or ((trig.type == "SANCTION" or trig.id == "blokade") and bool(_SANCTION_VERB.search(before)))


# ---- sixteenth pass: requests, refusals, meetings, support
# the purpose an urged actor is pushed to: "mendorong Polresta Denpasar dan pihak terkait untuk mengkaji …"
_PUSHED_TO = re.compile(r"[^.;:!?\"“”]{0,80}?\b(?:untuk|agar|supaya)\b", re.IGNORECASE)


# the words that may stand between the urging subject and "mendorong" ("Gus Ipul juga mendorong …")
_PUSH_GAP = re.compile(r"\s*(?:(?:juga|pun|terus|akan|telah|sudah|kembali|sebelumnya|sempat|langsung|turut|pula|"
                       r"kemudian|lantas|justru|bahkan|tetap)\s+){0,3}", re.IGNORECASE)


_PUSH_PRONOUN = re.compile(r"\b(?:ia|dia|beliau|pihaknya|kami|kita|saya)\s+(?:(?:juga|pun|terus|akan|telah|sudah|"
                           r"kembali|sebelumnya|sempat|langsung|turut|pula|tetap)\s+){0,3}$", re.IGNORECASE)


def _pushed(text: str, sent: Sentence, ts: int, te: int, actors: list[Mention]) -> bool:
    """(sixteenth pass) "X mendorong Y untuk/agar …" is an appeal only when X, an actor or a pronoun, stands right
    before the verb: a cause or a trend that pushes someone ("kebijakan baru Cina yang kemudian mendorong Trump untuk
    …", "Pola ini mendorong partai politik untuk …") is no act of the actor named in it."""
    if _PUSHED_TO.match(text, te, sent.end) is None:
        return False
    last = max((m for m in actors if sent.start <= m.start and m.end <= ts), key=lambda m: m.end, default=None)
    if last is not None and _PUSH_GAP.fullmatch(text, last.end, ts):
        return True
    return _PUSH_PRONOUN.search(text, sent.start, ts) is not None
