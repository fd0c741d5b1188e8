"""End to end in real headless Chromium: a caseworker types a note and reads the flags.

Needs Debian's ``chromium`` package at /usr/bin/chromium and the ``playwright``
Python package (docs/web.md lists the exact steps). Playwright's own browser
download is not used. The test starts the real server with uvicorn on a free
loopback port; FLAGGER_UPDATE_SCREENSHOT=1 refreshes docs/screenshot.png for the README.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

import flagger
from flagger.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"
VIEWPORT = {"width": 1280, "height": 860}

NOTE = ("Client is a 16-year-old girl who came in with her boyfriend. He keeps her passport, and she says "
        "she owes him $3000 for the trip. She denies that he took her ID card.")
README_NOTE = ("Client is a 16-year-old girl who came in with her boyfriend. He keeps her passport, and she says "
               "she owes him $3000 for the trip. He posts ads for her and makes her see dates every night. "
               "She denies that he took her ID card. She worries he might call immigration on her.")
FOLLOW_UP = ("witnessed_abuse", "Did you witness abuse against another person?")
READY = "() => document.body.dataset.state === 'ready'"  # the result shown is for the note as typed


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    """The real app under uvicorn on 127.0.0.1, on a port the OS picks."""
    config = uvicorn.Config(create_app(flagger.load()), host="127.0.0.1", port=0, access_log=False,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian's chromium is needed: apt-get install -y chromium (see docs/web.md)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def problems() -> list[str]:
    """Console errors, page errors (a CSP violation shows as one) and requests that leave the server."""
    return []


@pytest.fixture
def page(browser: Browser, server_url: str, problems: list[str]) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT, base_url=server_url)  # type: ignore[arg-type]
    page = context.new_page()
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(server_url) else problems.append(f"request: {r.url}"))
    page.goto("/")
    page.wait_for_function("() => document.getElementById('mode').options.length > 0")
    yield page
    context.close()


def api_result(server_url: str, text: str) -> dict:
    return httpx.post(f"{server_url}/api/check", json={"text": text}).json()


def indicators_marked(page: Page) -> set[str]:
    values = page.locator("#note-view mark").evaluate_all("marks => marks.map(m => m.dataset.indicators)")
    return {ind for value in values for ind in value.split()}


def test_typing_a_note_highlights_its_indicators(page: Page, server_url: str, problems: list[str]) -> None:
    note = page.locator("#note")
    note.click()
    note.press_sequentially(NOTE)
    page.wait_for_function(READY)

    expected = api_result(server_url, NOTE)
    assert {"minor", "document_confiscation", "debt_bondage"} <= set(expected["present"])
    assert indicators_marked(page) == {f["indicator"] for f in expected["flags"]}
    shown = page.locator("#present li").evaluate_all("items => items.map(i => i.dataset.indicator)")
    assert shown == expected["present"]
    assert "Debt bondage" in page.locator("#amp").inner_text()
    assert problems == []


def test_a_negated_flag_looks_different_and_says_so(page: Page, problems: list[str]) -> None:
    page.fill("#note", NOTE)
    page.wait_for_function(READY)
    negated = page.locator("#note-view mark.not-present.assert-negated")
    assert negated.count() >= 1
    assert "ID" in negated.first.inner_text()
    badge = negated.first.locator("xpath=following-sibling::*[1]")
    assert badge.inner_text().lower() == "negated"
    style = negated.first.evaluate("m => [getComputedStyle(m).outlineStyle, getComputedStyle(m).textDecorationLine]")
    assert style == ["dashed", "line-through"]
    assert problems == []


def test_follow_up_questions_list_what_is_still_unasked(page: Page, problems: list[str]) -> None:
    page.fill("#note", NOTE)
    page.wait_for_function(READY)
    indicator, question = FOLLOW_UP
    assert question in page.locator(f"#follow-up li[data-indicator={indicator}]").inner_text()
    assert page.locator("#follow-up li[data-indicator=debt_bondage]").count() == 0
    assert problems == []


def test_each_flag_explains_itself_on_keyboard_focus(page: Page, problems: list[str]) -> None:
    note = page.locator("#note")
    note.fill(NOTE)
    page.wait_for_function(READY)
    note.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.tagName + ' ' + document.activeElement.dataset.indicators")
    assert focused == "MARK minor"
    tooltip = page.locator("#tooltip")
    assert tooltip.is_visible()
    text = tooltip.inner_text()
    for part in ("Minor", "Definition:", "Evidence:", "Score:", "Assertion cues:"):
        assert part in text
    assert "rule minor/" in text or "model features:" in text
    page.keyboard.press("Escape")
    assert not tooltip.is_visible()
    assert problems == []


def test_each_flag_explains_itself_on_hover(page: Page, problems: list[str]) -> None:
    page.fill("#note", NOTE)
    page.wait_for_function(READY)
    page.locator("#note-view mark[data-indicators~=debt_bondage]").first.hover()
    assert "Debt bondage" in page.locator("#tooltip").inner_text()
    assert problems == []


def test_highlights_land_on_the_flagged_words_after_emoji(page: Page, server_url: str, problems: list[str]) -> None:
    text = "🙂 Intake 🌍: " + NOTE
    page.fill("#note", text)
    page.wait_for_function(READY)
    flags = api_result(server_url, text)["flags"]
    marked = page.locator("#note-view mark").evaluate_all(
        "marks => marks.map(m => [m.dataset.flags, m.textContent])")
    for index, flag in enumerate(flags):
        covered = "".join(t for ids, t in marked if str(index) in ids.split())
        assert covered == flag["text"]
    assert problems == []


def test_clearing_the_note_clears_the_result(page: Page, problems: list[str]) -> None:
    page.fill("#note", NOTE)
    page.wait_for_function(READY)
    page.locator("#clear").click()
    assert page.locator("#note-view mark").count() == 0
    assert page.locator("#present").inner_text() == "None yet."
    assert problems == []


def test_screenshot_for_the_readme(page: Page, server_url: str, problems: list[str], tmp_path: Path) -> None:
    """A note with an alert, a negated and a hypothetical flag; one flag explained.

    Saved to a temporary folder; with FLAGGER_UPDATE_SCREENSHOT=1 it replaces docs/screenshot.png
    (the README's picture), so an ordinary test run never changes tracked files.
    """
    target = SCREENSHOT if os.environ.get("FLAGGER_UPDATE_SCREENSHOT") == "1" else tmp_path / "screenshot.png"
    note = page.locator("#note")
    note.fill(README_NOTE)
    page.wait_for_function(READY)
    expected = api_result(server_url, README_NOTE)
    assert page.locator("#alerts").is_visible() == bool(expected["alerts"])
    assert page.locator("#alert-list li").count() == len(expected["alerts"])
    page.locator("#note-view mark[data-indicators~=document_confiscation]").first.focus()
    assert page.locator("#tooltip").is_visible()
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    assert problems == []
