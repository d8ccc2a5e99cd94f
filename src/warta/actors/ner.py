"""Statistical Indonesian NER: the packaged spaCy model, wrapped for warta.

The model (``warta/data/models/ner-id``) is a small CNN pipeline trained from
``spacy.blank("id")`` by ``training/ner/train.py`` on IndoNLU NERP, IndoNLU NERGrit and
idner-news-2k; see its ``PROVENANCE.md``. It finds three types: ``PER``, ``ORG``, ``LOC``.

:class:`NerModel` loads the model lazily, once per instance, and pickles by path only, so
it can be shipped to Spark or process-pool workers, which reload it on first use.

Speed: thinc multiplies matrices with BLIS, about a third as fast per core here as numpy's
bundled OpenBLAS on one thread. When that OpenBLAS can be limited to the calling thread
(``openblas_set_num_threads_local``), the model runs on numpy's ``gemm`` with one thread
for the call: the same entities (checked on 1,000 real articles) for ~40% less CPU, and
no extra threads fighting the process-per-core runners. Otherwise BLIS stays.

Memory: the model is loaded with an empty tokenizer in place of the ``id`` defaults (whose
16k exceptions were built only to be replaced by the model's own serialised tokenizer: the
result serialises byte-identically, ~10 MB and ~3 s less); and glibc's mmap threshold is
fixed at 2 MiB first, because freeing the loader's ~18 MB buffers would otherwise raise it
(dynamic threshold) so that every later per-document array came from the heap, which then
only grew: ~25 MB less resident after 1,000 articles, same CPU. After its first
``_LEARN_CALLS`` texts (whose words stay in the vocabulary and the tokenizer's cache, so
common words keep their fast path) each call runs in a spaCy memory zone, so the strings,
lexemes and cache entries of later texts are freed with it: NER memory growth over 1,000
articles 11 -> 5 MB; a zone from the first call saves 2 MB more but costs ~6 % NER CPU.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import LexiconError

LABELS = frozenset({"PER", "ORG", "LOC"})
_LEARN_CALLS = 200  # model calls outside a memory zone (their words stay cached)


def default_model_path() -> Path:
    """The packaged model directory ``warta/data/models/ner-id``."""
    return Path(__file__).resolve().parent.parent / "data" / "models" / "ner-id"


def _openblas_threads_local() -> Callable[[int], int] | None:
    """numpy's bundled OpenBLAS ``openblas_set_num_threads_local`` (returns the previous count)."""
    try:
        import numpy

        base = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
        for lib_path in sorted(base.glob("libscipy_openblas*.so")):
            fn = ctypes.CDLL(str(lib_path)).openblas_set_num_threads_local
            fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
            return fn
    except (ImportError, OSError, AttributeError):  # another numpy build: keep BLIS
        return None
    return None


_MMAP_THRESHOLD = 2 << 20  # bytes; glibc's default starts at 128 KiB and grows up to 32 MiB


def _fix_mmap_threshold() -> None:
    """Fix glibc's mmap threshold (``mallopt(M_MMAP_THRESHOLD)``), turning off its growth.

    Process-wide, once the model is needed; a no-op off glibc. 2 MiB: 1 MiB cost ~10 %
    more CPU (page faults), 128 KiB ~60 %; 2 and 4 MiB cost nothing measurable.
    """
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(-3, _MMAP_THRESHOLD)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):  # not glibc (musl, macOS): keep the allocator's policy
        pass


def _blank_tokenizer() -> str:
    """The name of a registered tokenizer factory that builds an empty ``Tokenizer``.

    ``Tokenizer.from_disk`` resets and then sets every field (rules, prefix/suffix/infix,
    URL and token patterns) from the model's file, so starting empty loads the same tokenizer
    without first building the language defaults' exceptions.
    """
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    name = "warta.blank_tokenizer.v1"
    if name not in registry.tokenizers:

        def factory() -> Callable[[Any], Tokenizer]:
            return lambda nlp: Tokenizer(nlp.vocab)

        registry.tokenizers.register(name, func=factory)
    return name


@dataclass(frozen=True, slots=True)
class NerSpan:
    """One entity: ``text[start:end]`` is the mention; ``label`` is PER, ORG or LOC."""

    start: int
    end: int
    label: str


class NerModel:
    """The spaCy NER model at ``path`` (default: the packaged one), loaded on first use."""

    __slots__ = ("_calls", "_lock", "_nlp", "_path", "_threads")

    def __init__(self, path: Path | None = None) -> None:
        self._path = Path(path) if path is not None else default_model_path()
        self._nlp: Any = None
        self._threads: Callable[[int], int] | None = None
        self._lock = threading.Lock()
        self._calls = 0

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

        _fix_mmap_threshold()
        overrides: dict[str, Any] = {}
        if (self._path / "tokenizer").is_file():  # the model's tokenizer replaces all of it on load
            overrides = {"nlp": {"tokenizer": {"@tokenizers": _blank_tokenizer()}}}
        try:
            nlp = spacy.load(self._path, config=overrides)
        except Exception as exc:  # spaCy raises many kinds; report one clear error
            raise LexiconError(f"NER model at {self._path} does not load: {exc}") from exc
        self._threads = _openblas_threads_local()
        if self._threads is not None:
            from thinc.api import NumpyOps

            ops = NumpyOps(use_blis=False)
            for _name, proc in nlp.pipeline:
                model = getattr(proc, "model", None)  # trainable pipes hold a thinc model
                for node in model.walk() if model is not None else ():
                    node.ops = ops
        return nlp

    @contextmanager
    def _one_thread(self) -> Iterator[None]:
        """OpenBLAS on the calling thread only, for the duration of one model call."""
        if self._threads is None:
            yield
            return
        before = self._threads(1)
        try:
            yield
        finally:
            self._threads(before)

    def _zone(self, nlp: Any) -> AbstractContextManager[Any]:
        """A spaCy memory zone for this call, once the first ``_LEARN_CALLS`` calls are done."""
        self._calls += 1
        if self._calls <= _LEARN_CALLS or not hasattr(nlp, "memory_zone"):  # spaCy < 3.8: none
            return nullcontext()
        return nlp.memory_zone()  # type: ignore[no-any-return]  # spaCy is untyped here

    @staticmethod
    def _spans(doc: Any) -> list[NerSpan]:
        return [NerSpan(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]

    def spans(self, text: str) -> list[NerSpan]:
        """Entities in ``text``, in order; offsets are character offsets into ``text``."""
        if not text:
            return []
        nlp = self._model()
        with self._one_thread(), self._zone(nlp):
            return self._spans(nlp(text))

    def spans_many(self, texts: Iterable[str], batch_size: int = 64) -> list[list[NerSpan]]:
        """:meth:`spans` for many texts, batched through ``nlp.pipe``; one list per text."""
        nlp = self._model()
        with self._one_thread(), self._zone(nlp):
            return [self._spans(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]

    def __reduce__(self) -> tuple[type[NerModel], tuple[Path]]:
        return (NerModel, (self._path,))

    def __repr__(self) -> str:
        return f"NerModel({str(self._path)!r})"
