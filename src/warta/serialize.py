"""The one serializer from records to the extraction contract (``schema/document.schema.json``).

Contract fields are never renamed or dropped; extra fields (offsets, captions, trigger,
provenance) are added beside them.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from warta.model import Actor, Document, Event, Place
from warta.version import PIPELINE_VERSION


def _actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "text": a.text,
        "country": a.country,
        "org": a.org,
        "person": a.person,
        "sector": a.sector,
        "start": a.start,
        "end": a.end,
        "implied": a.implied,
    }


def _place(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon}


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "sentence": e.sentence,
        "start": e.start,
        "end": e.end,
        "source": _actor(e.source),
        "target": _actor(e.target),
        "type": e.type,
        "mode": e.mode,
        "cameo_root": e.cameo_root,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "modality": e.modality,
        "date": e.date,
        "location": _place(e.location),
        "reported_by": e.reported_by,
        "confidence": e.confidence,
        "trigger": e.trigger,
        "trigger_start": e.trigger_start,
        "trigger_end": e.trigger_end,
    }


def to_contract(doc: Document) -> dict[str, Any]:
    return {
        "doc": doc.doc,
        "lang": doc.lang,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published,
        "published_inferred": doc.published_inferred,
        "authors": list(doc.authors),
        "text": doc.text,
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "country": e.country,
                "role": e.role,
                "mentions": list(e.mentions),
                "org": e.org,
                "sector": e.sector,
                "wikidata": e.wikidata,
            }
            for e in doc.entities
        ],
        "events": [event_to_dict(e) for e in doc.events],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.text,
                "verb": q.verb,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker_text": q.speaker_text,
            }
            for q in doc.quotes
        ],
        "counts": [
            {"text": c.text, "number": c.number, "what": c.what, "who": c.who, "start": c.start, "end": c.end,
             "unit": c.unit, "value": c.value, "approx": c.approx}
            for c in doc.counts
        ],
        "dates": [
            {"text": d.text, "value": d.value, "granularity": d.granularity, "start": d.start, "end": d.end,
             "time": d.time}
            for d in doc.dates
        ],
        "dateline": doc.dateline,
        "captions": list(doc.captions),
        "url": doc.url,
        "sha256": doc.sha256,
        "pipeline_version": PIPELINE_VERSION,
    }


def to_json(doc: Document) -> str:
    return json.dumps(to_contract(doc), ensure_ascii=False, sort_keys=False)


@cache
def contract_schema() -> dict[str, Any]:
    """The packaged copy of the contract's JSON Schema."""
    text = resources.files("warta.schema").joinpath("document.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
