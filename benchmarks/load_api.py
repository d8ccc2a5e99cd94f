"""Bounded loopback load test of GET /api/events: N concurrent clients, fixed request count.

Builds a store from examples/ (or uses --db), starts ``warta serve`` on a free 127.0.0.1
port, fires --requests requests from --clients httpx AsyncClients with varied filters and
pages, prints p50/p99 latency and errors, and stops the server. With --report it also
rewrites the "API load test" section of docs/benchmarks.md.

    python benchmarks/load_api.py --clients 20 --requests 2000 --report
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUERIES: list[dict[str, str | int]] = [
    {"limit": 50}, {"limit": 50, "offset": 50}, {"quad_class": 4}, {"type": "CONSULT"}, {"actor": "USA"},
    {"dyad": "ISR-PSE"}, {"q": "Gaza"}, {"since": "2025-01-01"}, {"modality": "asserted", "limit": 10},
    {"limit": 500},
]


def build_store(path: Path) -> None:
    from warta.ingest import iter_inputs
    from warta.ingest_job import ingest
    from warta.pipeline import build_pipeline
    from warta.settings import Settings
    from warta.store import Store

    settings = Settings()
    with Store(path) as store:
        ingest(store, build_pipeline(settings), iter_inputs([str(ROOT / "examples")], settings))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def run(base: str, clients: int, requests: int) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(requests))

    async def worker() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            for i in counter:  # shared iterator: exactly `requests` requests in total
                t0 = time.perf_counter()
                try:
                    r = await client.get("/api/events", params=QUERIES[i % len(QUERIES)])
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                errors += not ok

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(section: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## API load test\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--db", type=Path, default=None, help="store to serve (default: built from examples/)")
    ap.add_argument("--report", action="store_true", help="write the result into docs/benchmarks.md")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "examples.duckdb"
        if args.db is None:
            build_store(db)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", "from warta.cli import cli; cli()", "serve", "--db", str(db),
                                   "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    httpx.get(base + "/api/config", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            events = httpx.get(base + "/api/stats").json()["events"]
            latencies, errors, wall = asyncio.run(run(base, args.clients, args.requests))
        finally:
            server.terminate()
            server.wait(timeout=10)
    p50, p99 = pct(latencies, 0.5) * 1000, pct(latencies, 0.99) * 1000
    line = (f"{len(latencies)} requests, {args.clients} clients: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
            f"mean {statistics.fmean(latencies) * 1000:.1f} ms, {len(latencies) / wall:.0f} req/s, errors {errors}")
    print(line)
    if args.report:
        cmd = "python benchmarks/load_api.py " + " ".join(sys.argv[1:])
        report(
            "## API load test\n\n"
            f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n"
            f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n"
            f"- command: `{cmd}`\n"
            f"- store: {'examples/ (5 articles, ' + str(events) + ' events)' if args.db is None else args.db}; "
            "server: `warta serve` (read-only, one uvicorn worker) on 127.0.0.1; clients: httpx AsyncClient "
            "on the same machine; GET /api/events cycling 10 filter/page combinations (limit up to 500)\n"
            f"- result: {line}\n\n"
        )


if __name__ == "__main__":
    main()
