"""The records that flow through the pipeline.

Every record is a frozen, slotted dataclass with tuple fields, so a stage can only
produce a new document (``dataclasses.replace``) and never change one in place, and
documents pickle cheaply across processes and Spark executors.

Offsets (``start``/``end``) are character offsets into ``Document.text`` (the clean
body) unless a field's comment says otherwise: they are the provenance of every fact.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Granularity = Literal["day", "month", "year", "relative-vague"]
EntityKind = Literal["person", "org", "place"]
Modality = Literal["asserted", "planned", "hypothetical", "negated"]
QuoteKind = Literal["direct", "indirect"]
LineLabel = Literal["body", "boilerplate", "caption", "title", "heading"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def content_hash(data: str | bytes) -> str:
    """Stable identity of an input's content: the key that makes ingest idempotent."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input record as read, before any cleaning.

    ``doc`` is the contract's document name: a file's base name, or a record's URL/id.
    Metadata a reader already knows (from HTML, a WARC header, a JSONL field) travels
    in the ``*_hint`` fields and wins over what cleaning guesses from the text.
    """

    doc: str
    origin: str  # where it came from: a path, "path#line", a WARC record URI
    text: str  # decoded text; for HTML the raw markup
    media_type: Literal["text", "html"] = "text"
    title_hint: str | None = None
    outlet_hint: str | None = None
    published_hint: str | None = None  # ISO date
    authors_hint: tuple[str, ...] = ()
    url: str | None = None
    fetched: str | None = None  # ISO date-time the page was fetched (WARC)

    @property
    def sha256(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input as the cleaner judged it; ``start``/``end`` index the raw text."""

    text: str
    start: int
    end: int
    label: LineLabel
    rule: str | None = None  # the rule that decided, for audits and the dashboard


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # ISO date, possibly truncated to month or year
    granularity: Granularity
    time: str | None = None  # "09:15" when a clock time is stated


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface mention of an actor, person, organisation or place."""

    text: str
    start: int
    end: int
    kind: EntityKind
    key: str  # the entity it refers to (lexicon id, or "ner:<name>")
    source: Literal["lexicon", "ner", "coref", "title"] = "lexicon"
    metonymic: bool = False  # a place name used for its government ("Washington berharap")
    sector: str | None = None  # "pasukan Israel" → MIL; "pemerintah AS" → GOV
    role: str | None = None  # the office named with the mention ("Menlu AS itu")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    name: str
    kind: EntityKind
    country: str | None
    role: str | None
    mentions: tuple[str, ...]
    org: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    country: str | None
    org: str | None
    person: str | None
    sector: str | None
    start: int = -1
    end: int = -1
    key: str | None = None
    # not named in the sentence but implied by the act: the government protesters address, the authorities
    # that arrest ("Khariq ditahan"); ``start``/``end`` are then the trigger's, the words that imply it
    implied: bool = False

    @property
    def root(self) -> str | None:
        """The contract's actor root: its country, or its organisation where none."""
        return self.country or self.org


@dataclass(frozen=True, slots=True)
class Event:
    sentence: str
    start: int
    end: int
    source: Actor | None
    target: Actor | None
    type: str
    mode: str | None
    cameo_root: str
    quad_class: int
    goldstein: float
    modality: Modality
    date: str | None
    location: Place | None
    reported_by: str | None
    confidence: float
    trigger: str = ""
    trigger_start: int = -1
    trigger_end: int = -1


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    verb: str | None
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker_text: str | None = None  # the surface form that named the speaker


@dataclass(frozen=True, slots=True)
class Count:
    text: str
    number: int
    what: str | None
    who: str | None
    start: int
    end: int
    unit: str | None = None  # "IDR", "USD", "%" for money and percentages
    value: float | None = None  # the exact value where ``number`` rounds it ("0,19%" → 0.19)
    approx: bool = False  # hedged ("sekitar", "lebih dari") or vague ("ratusan")


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything extracted from it so far."""

    doc: str
    origin: str
    sha256: str
    raw: str
    media_type: Literal["text", "html"] = "text"
    url: str | None = None
    fetched: str | None = None
    lang: str = "und"
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    # with no publication date: the story's day inferred from the text ("Rabu (21/8)" and the
    # year "2023" → 2024-08-21), which relative dates were resolved against
    published_inferred: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    text: str = ""
    lines: tuple[Line, ...] = ()
    captions: tuple[str, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()  # offsets of paragraphs in text
    paragraph_langs: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateMention, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    counts: tuple[Count, ...] = ()
    hints: tuple[tuple[str, str], ...] = field(default=())  # reader metadata, key/value

    def hint(self, key: str) -> str | None:
        for k, v in self.hints:
            if k == key:
                return v
        return None

    @classmethod
    def from_raw(cls, raw: RawArticle) -> Document:
        hints = tuple(
            (k, v)
            for k, v in (
                ("title", raw.title_hint),
                ("outlet", raw.outlet_hint),
                ("published", raw.published_hint),
                ("authors", "\x1f".join(raw.authors_hint) if raw.authors_hint else None),
            )
            if v
        )
        return cls(
            doc=raw.doc,
            origin=raw.origin,
            sha256=raw.sha256,
            raw=raw.text,
            media_type=raw.media_type,
            url=raw.url,
            fetched=raw.fetched,
            hints=hints,
        )
