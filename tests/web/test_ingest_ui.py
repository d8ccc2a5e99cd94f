"""Write mode in the browser: the ingest form appears, and a pasted article is stored."""

from __future__ import annotations

import json
from typing import Any as Browser  # the CDP client from conftest.py (tests are not a package)

import pytest

pytestmark = pytest.mark.browser

TOKEN = "browser-test-token-0123"  # same as conftest.WRITE_TOKEN
ARTICLE = ("Indonesia Kecam Serangan Israel ke Rafah\n\nJAKARTA - Kementerian Luar Negeri Indonesia mengecam "
           "serangan Israel ke Rafah pada Selasa (6/5/2025) dan mendesak gencatan senjata segera.\n")


def test_paste_an_article_through_the_form(browser: Browser, write_server: str) -> None:
    browser.goto(f"{write_server}/#/ingest", "ingest")
    assert browser.eval("document.getElementById('nav-ingest').hidden") is False
    browser.eval(f"{{ const f = document.getElementById('ingest-form'); f.elements.token.value = {json.dumps(TOKEN)};"
                 f"f.elements.text.value = {json.dumps(ARTICLE)}; f.requestSubmit() }}")
    result = json.loads(browser.wait(
        "(t => t.startsWith('{') && t)(document.getElementById('ingest-result').textContent)", timeout=120))
    assert result["stored"] == 1, result
    browser.wait("document.getElementById('stats').textContent.startsWith('6 articles')")
    browser.screenshot("ingest")
    doc_id = result["documents"][0]["doc_id"]
    browser.goto(f"{write_server}/#/doc/{doc_id}", "doc")
    assert "Rafah" in browser.eval("document.getElementById('article').textContent")


def test_wrong_token_is_refused_in_the_form(browser: Browser, write_server: str) -> None:
    browser.goto(f"{write_server}/#/ingest", "ingest")
    browser.eval("{ const f = document.getElementById('ingest-form'); f.elements.token.value = 'nope';"
                 f"f.elements.text.value = {json.dumps(ARTICLE)}; f.requestSubmit() }}")
    result = json.loads(browser.wait(
        "(t => t.startsWith('{') && t)(document.getElementById('ingest-result').textContent)"))
    assert "token" in result["error"]
