"""One exception tree for warta.

::

    WartaError
    ├── ConfigError          bad settings, missing data directory, unknown option
    ├── LexiconError         a lexicon or model file that does not load or validate
    ├── InputError           one user record that cannot be read (never stops a batch)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── DecodeError
    │   ├── OversizedInput
    │   └── MalformedRecord
    ├── StageError           a pipeline stage failed on one document
    └── StoreError           the DuckDB store cannot be opened or written

``InputError`` and ``StageError`` are recorded in the store's ``errors`` table and
reported as one line; the batch goes on. The others are programming or setup errors
and stop the command with a clear message. Every error pickles (Spark, processes).
"""

from __future__ import annotations


class WartaError(Exception):
    """Base of every error warta raises on purpose."""

    def __reduce__(self) -> tuple[type[WartaError], tuple[object, ...]]:
        return (type(self), self.args)


class ConfigError(WartaError):
    pass


class LexiconError(WartaError):
    pass


class InputError(WartaError):
    """A record that cannot be read. ``where`` names the file/record, ``reason`` says why."""

    kind = "input"

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, reason)
        self.where = where
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class EmptyInput(InputError):
    kind = "empty"


class BinaryInput(InputError):
    kind = "binary"


class DecodeError(InputError):
    kind = "undecodable"


class OversizedInput(InputError):
    kind = "oversized"


class MalformedRecord(InputError):
    kind = "malformed"


class StageError(WartaError):
    """A stage raised on one document; the document is recorded as failed."""

    def __init__(self, where: str, stage: str, reason: str) -> None:
        super().__init__(where, stage, reason)
        self.where = where
        self.stage = stage
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.where}: stage {self.stage} failed: {self.reason}"


class StoreError(WartaError):
    pass
