"""Bytes → text with the checks every reader shares (empty, binary, oversized, encoding)."""

from __future__ import annotations

from typing import BinaryIO

from charset_normalizer import from_bytes

from warta.errors import BinaryInput, DecodeError, EmptyInput, OversizedInput

_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"\x1f\x8b",
)


def check_size(where: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise OversizedInput(
            where, f"too large ({size / 2**20:.1f} MB > {max_bytes / 2**20:.0f} MB limit; raise --max-mb)"
        )


_CHUNK = 1 << 20


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes, read in chunks (``read(n)`` would allocate n bytes at once),
    so a caller can tell "too large" from the length without holding more than the cap."""
    parts: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def decode(where: str, data: bytes, max_bytes: int) -> str:
    """Decode one document's bytes, refusing what is not text."""
    check_size(where, len(data), max_bytes)
    if not data.strip():
        raise EmptyInput(where, "empty input")
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(where, "binary file, not text")
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        match = from_bytes(data).best()
        if match is not None:
            return str(match)
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 100:
        raise BinaryInput(where, "binary file, not text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    match = from_bytes(data, cp_isolation=["utf_8", "cp1252", "latin_1", "iso8859_15", "utf_16"]).best()
    if match is None or match.encoding in ("utf_8",) or match.chaos > 0.2:
        raise DecodeError(
            where, f"not valid UTF-8 and no other text encoding fits (byte {utf8_error.start})"
        )
    return str(match)
