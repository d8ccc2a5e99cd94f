"""Statistical Indonesian NER: the packaged spaCy model, wrapped for warta.

The model (``warta/data/models/ner-id``) is a small CNN pipeline trained from
``spacy.blank("id")`` by ``training/ner/train.py`` on IndoNLU NERP, IndoNLU NERGrit and
idner-news-2k; see its ``PROVENANCE.md``. It finds three types: ``PER``, ``ORG``, ``LOC``.

:class:`NerModel` loads the model lazily, once per instance, and pickles by path only, so
it can be shipped to Spark or process-pool workers, which reload it on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import LexiconError

LABELS = frozenset({"PER", "ORG", "LOC"})


def default_model_path() -> Path:
    """The packaged model directory ``warta/data/models/ner-id``."""
    return Path(__file__).resolve().parent.parent / "data" / "models" / "ner-id"


@dataclass(frozen=True, slots=True)
class NerSpan:
    """One entity: ``text[start:end]`` is the mention; ``label`` is PER, ORG or LOC."""

    start: int
    end: int
    label: str


class NerModel:
    """The spaCy NER model at ``path`` (default: the packaged one), loaded on first use."""

    __slots__ = ("_lock", "_nlp", "_path")

    def __init__(self, path: Path | None = None) -> None:
        self._path = Path(path) if path is not None else default_model_path()
        self._nlp: Any = None
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path

    def _model(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = self._load()
        return self._nlp

    def _load(self) -> Any:
        if not (self._path / "config.cfg").is_file():
            raise LexiconError(f"NER model not found (no config.cfg) at {self._path}")
        import spacy

        try:
            return spacy.load(self._path)
        except Exception as exc:  # spaCy raises many kinds; report one clear error
            raise LexiconError(f"NER model at {self._path} does not load: {exc}") from exc

    @staticmethod
    def _spans(doc: Any) -> list[NerSpan]:
        return [NerSpan(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]

    def spans(self, text: str) -> list[NerSpan]:
        """Entities in ``text``, in order; offsets are character offsets into ``text``."""
        if not text:
            return []
        return self._spans(self._model()(text))

    def spans_many(self, texts: Iterable[str], batch_size: int = 64) -> list[list[NerSpan]]:
        """:meth:`spans` for many texts, batched through ``nlp.pipe``; one list per text."""
        nlp = self._model()
        return [self._spans(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]

    def __reduce__(self) -> tuple[type[NerModel], tuple[Path]]:
        return (NerModel, (self._path,))

    def __repr__(self) -> str:
        return f"NerModel({str(self._path)!r})"
