"""The event lexicon: trigger forms → PLOVER type/mode and CAMEO root; modality cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warta.data import load_yaml
from warta.errors import LexiconError
from warta.model import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    cameo: str
    symmetric: bool
    passive: frozenset[str]


@dataclass(frozen=True, slots=True)
class CameoRoot:
    name: str
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class EventLexicon:
    forms: dict[str, Trigger]  # lower-case surface form → trigger
    cameo: dict[str, CameoRoot]
    window: int
    negated: tuple[str, ...]
    planned: tuple[str, ...]
    hypothetical: tuple[str, ...]

    @classmethod
    def load(cls, lexicon_dir: Path | None = None) -> EventLexicon:
        cameo = {
            str(k): CameoRoot(str(v["name"]), float(v["goldstein"]), int(v["quad"]))
            for k, v in load_yaml("events/cameo.yaml", lexicon_dir)["roots"].items()
        }
        forms: dict[str, Trigger] = {}
        for t in load_yaml("events/triggers.yaml", lexicon_dir)["triggers"]:
            if t["type"] not in PLOVER_TYPES:
                raise LexiconError(f"trigger {t['id']}: unknown PLOVER type {t['type']}")
            if str(t["cameo"]) not in cameo:
                raise LexiconError(f"trigger {t['id']}: unknown CAMEO root {t['cameo']}")
            trig = Trigger(
                id=str(t["id"]),
                type=str(t["type"]),
                mode=t.get("mode"),
                cameo=str(t["cameo"]),
                symmetric=bool(t.get("symmetric", False)),
                passive=frozenset(str(p) for p in t.get("passive") or ()),
            )
            for form in t["forms"]:
                key = str(form).lower()
                if key in forms and forms[key].id != trig.id:
                    raise LexiconError(f"trigger form {key!r} in both {forms[key].id} and {trig.id}")
                forms[key] = trig
        mod = load_yaml("events/modality.yaml", lexicon_dir)
        return cls(
            forms=forms,
            cameo=cameo,
            window=int(mod["window"]),
            negated=tuple(mod["negated"]),
            planned=tuple(mod["planned"]),
            hypothetical=tuple(mod["hypothetical"]),
        )

    def pattern(self) -> re.Pattern[str]:
        alts = "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
