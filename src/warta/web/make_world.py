"""Regenerate ``static/world.json`` (simplified country outlines) from Natural Earth.

Source: Natural Earth 1:110m admin-0 countries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as shipped in the geopandas 0.14.4
wheel (``geopandas/datasets/naturalearth_lowres``). Run offline after
``pip download geopandas==0.14.4 --no-deps`` and unzipping the wheel::

    python -m warta.web.make_world path/to/naturalearth_lowres

Not imported at run time; a tiny shapefile/dBase reader keeps it dependency-free.
"""

from __future__ import annotations

import itertools
import json
import struct
import sys
from pathlib import Path
from typing import Any


def _dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    n, header, size = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    out = []
    for i in range(n):
        rec = data[header + i * size + 1: header + (i + 1) * size]
        row, off = {}, 0
        for name, length in fields:
            row[name] = rec[off:off + length].decode("utf-8", "replace").strip()
            off += length
        out.append(row)
    return out


def _shapes(path: Path) -> list[list[list[tuple[float, float]]]]:
    data = path.read_bytes()
    pos = 100
    out: list[list[list[tuple[float, float]]]] = []
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + words * 2]
        pos += 8 + words * 2
        kind = struct.unpack("<i", body[:4])[0]
        if kind == 0:
            out.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = [*struct.unpack(f"<{nparts}i", body[44:44 + 4 * nparts]), npoints]
        pts = struct.unpack(f"<{2 * npoints}d", body[44 + 4 * nparts: 44 + 4 * nparts + 16 * npoints])
        rings = []
        for a, b in itertools.pairwise(parts):
            rings.append([(pts[2 * k], pts[2 * k + 1]) for k in range(a, b)])
        out.append(rings)
    return out


def _simplify(ring: list[tuple[float, float]], step: float = 0.2) -> list[list[float]]:
    """Round to 0.1° and drop points closer than ``step`` to the previous one."""
    kept: list[list[float]] = []
    for lon, lat in ring:
        p = [round(lon, 1), round(lat, 1)]
        if not kept or abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= step:
            kept.append(p)
    return kept


def build(folder: Path) -> dict[str, Any]:
    stem = folder / folder.name
    rows = _dbf(stem.with_suffix(".dbf"))
    shapes = _shapes(stem.with_suffix(".shp"))
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        simple = [r for r in (_simplify(ring) for ring in rings) if len(r) >= 3]
        if simple:
            countries.append({"iso": row.get("iso_a3", ""), "name": row.get("name", ""), "rings": simple})
    return {
        "source": "Natural Earth 1:110m admin-0 countries (via geopandas 0.14.4 naturalearth_lowres)",
        "licence": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "countries": countries,
    }


if __name__ == "__main__":
    target = Path(__file__).with_name("static") / "world.json"
    target.write_text(json.dumps(build(Path(sys.argv[1])), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size} bytes)")
