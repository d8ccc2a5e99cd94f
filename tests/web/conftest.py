"""Browser fixtures: Chromium (installed via apt when missing and root), a live server, a tiny CDP client."""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warta.pipeline import Pipeline
from warta.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
EXAMPLES = ROOT / "examples"


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = _chromium()
    if path is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(["apt-get", "install", "-y", "chromium"], env=env, capture_output=True, timeout=900,
                       check=False)
        path = _chromium()
    if path is None:
        reason = "Chromium is not installed and could not be installed (needs root and apt access)"
        print(f"SKIP browser tests: {reason}")
        pytest.skip(reason)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, settings: Settings) -> Path:
    from warta.ingest import iter_inputs
    from warta.ingest_job import ingest
    from warta.store import Store

    path = tmp_path_factory.mktemp("web") / "examples.duckdb"
    with Store(path) as store:
        assert ingest(store, pipeline, iter_inputs([str(EXAMPLES)], settings)).stored == 5
    return path


WRITE_TOKEN = "browser-test-token-0123"


def _serve(db: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from warta.cli import cli; cli()", "serve", "--db", str(db), "--port", str(port),
         *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/api/config")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(example_db: Path) -> Iterator[str]:
    """``warta serve`` on a free loopback port, read-only."""
    yield from _serve(example_db)


@pytest.fixture(scope="module")
def write_server(example_db: Path) -> Iterator[str]:
    """``warta serve`` in write mode (token, no NER for speed)."""
    yield from _serve(example_db, "--write-token", WRITE_TOKEN, "--no-ner")


class Browser:
    """Just enough of the Chrome DevTools Protocol: navigate, evaluate, screenshot."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = itertools.count(1)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        mid = next(self.ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=30))
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return dict(msg.get("result", {}))

    def eval(self, expr: str) -> Any:
        res = self.send("Runtime.evaluate", expression=expr, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"{expr}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def wait(self, expr: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expr)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expr}")
            time.sleep(0.1)

    def goto(self, url: str, ready: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait(f"document.body && document.body.dataset.ready === {json.dumps(ready)}")

    def screenshot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path = SHOTS / f"{name}.png"
        path.write_bytes(base64.b64decode(data))
        return path


@pytest.fixture(scope="module")
def browser(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    websockets = pytest.importorskip("websockets.sync.client", reason="pip install websockets for the CDP client")
    port = free_port()
    profile = tmp_path_factory.mktemp("chromium")
    proc = subprocess.Popen(
        [chromium_path, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         f"--remote-debugging-port={port}", "--remote-allow-origins=*", f"--user-data-dir={profile}",
         "--window-size=1280,900", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/json/version")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
            pages = [t for t in json.load(r) if t["type"] == "page"]
        with websockets.connect(pages[0]["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024) as ws:
            b = Browser(ws)
            b.send("Page.enable")
            b.send("Runtime.enable")
            yield b
    finally:
        proc.terminate()
        proc.wait(timeout=10)
