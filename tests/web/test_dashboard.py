"""The dashboard in headless Chromium: every view renders; timeline bar → events → article."""

from __future__ import annotations

from typing import Any as Browser  # the CDP client from conftest.py (tests are not a package)

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("view", "selector"), [
    ("events", "#events tr td"),
    ("timeline", "#timeline rect.bar"),
    ("network", "#network .node circle"),
    ("map", "#map circle.place"),
    ("documents", "main table tr td a"),
])
def test_each_view_renders(browser: Browser, server: str, view: str, selector: str) -> None:
    browser.goto(f"{server}/#/{view}", view)
    assert browser.eval(f"document.querySelectorAll({selector!r}).length") > 0
    assert not browser.eval("document.querySelector('.error') && document.querySelector('.error').textContent")
    assert browser.eval("document.getElementById('nav-ingest').hidden") is True  # read-only server
    shot = browser.screenshot(view)
    assert shot.stat().st_size > 5000


def test_timeline_bar_to_sentence_to_article(browser: Browser, server: str) -> None:
    browser.goto(f"{server}/#/timeline", "timeline")
    period = browser.eval("document.querySelector('#timeline rect.bar').dataset.period")
    key = browser.eval("document.querySelector('#timeline rect.bar').dataset.key")
    browser.eval("document.body.dataset.ready = ''; "
                 "document.querySelector('#timeline rect.bar').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    browser.wait("document.body.dataset.ready === 'events'")
    assert browser.eval("location.hash").startswith("#/events?")
    types = browser.eval("[...document.querySelectorAll('#events tr')].slice(1).map(r => r.children[1].textContent)")
    dates = browser.eval("[...document.querySelectorAll('#events tr')].slice(1).map(r => r.children[0].textContent)")
    assert types and set(types) == {key}
    assert all(d.startswith(period[:4]) for d in dates)
    assert browser.eval("document.querySelectorAll('#events .trig').length") >= len(types)
    browser.screenshot("timeline-click-events")
    browser.eval("document.body.dataset.ready = ''; document.querySelector('#events a.sentence').click()")
    browser.wait("document.body.dataset.ready === 'doc'")
    assert browser.eval("document.querySelectorAll('#article .hl-event').length") > 0
    assert browser.eval("document.querySelectorAll('#article .focus').length") == 1  # the clicked event
    assert browser.eval("document.querySelectorAll('#article .hl-entity').length") > 0
    assert browser.eval("document.querySelectorAll('#removed .removed').length") > 0
    browser.eval("document.getElementById('removed').open = true")
    browser.screenshot("article")


def test_filters_form_drives_the_events_table(browser: Browser, server: str) -> None:
    browser.goto(f"{server}/#/events", "events")
    total_all = browser.eval("document.querySelector('.pager span').textContent")
    browser.eval("{ document.body.dataset.ready = ''; const f = document.getElementById('filters');"
                 "f.elements.quad_class.value = '4'; f.requestSubmit() }")
    browser.wait("document.body.dataset.ready === 'events'")
    quads = browser.eval("[...document.querySelectorAll('#events tr')].slice(1).map(r => r.children[2].textContent)")
    assert quads and set(quads) == {"4"}
    assert browser.eval("document.querySelector('.pager span').textContent") != total_all
