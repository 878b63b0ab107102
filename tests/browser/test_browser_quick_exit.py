"""The quick exit leaves for the configured site by a click, by a keyboard, and by three
presses of Shift; Back then does not return to the page; without JavaScript the plain
link still leaves. The exit target is answered by a stub, never fetched."""

from __future__ import annotations

import pytest

# Where the reader was before opening the site (answered by a stub page).
ELSEWHERE = "https://elsewhere.invalid/"


@pytest.fixture
def reader(viewport, open_context, site_url, key_pages):
    """A tab that came from another site to the directory page."""
    with open_context(viewport, exit_stub=True) as (context, _log):
        context.route(
            ELSEWHERE,
            lambda route: route.fulfill(content_type="text/html", body="<title>News</title>"),
        )
        page = context.new_page()
        page.goto(ELSEWHERE)
        page.goto(site_url + key_pages["directory"])
        yield page


def _assert_left_for_good(page, site_url: str, exit_url: str) -> None:
    page.wait_for_url(exit_url)
    page.go_back()
    assert not page.url.startswith(site_url), f"Back returned to {page.url}"
    assert page.url == ELSEWHERE


def test_clicking_the_quick_exit_leaves(reader, site_url, site_settings):
    reader.locator("[data-tppo-exit-link]").click()
    _assert_left_for_good(reader, site_url, site_settings.quick_exit_url)


def test_the_quick_exit_works_from_the_keyboard(reader, site_url, site_settings):
    for _ in range(5):
        reader.keyboard.press("Tab")
        if reader.evaluate("() => document.activeElement.matches('[data-tppo-exit-link]')"):
            break
    else:
        pytest.fail("five presses of Tab did not reach the quick exit")
    reader.keyboard.press("Enter")
    _assert_left_for_good(reader, site_url, site_settings.quick_exit_url)


def test_three_presses_of_shift_leave(reader, site_url, site_settings):
    for _ in range(3):
        reader.keyboard.press("Shift")
    _assert_left_for_good(reader, site_url, site_settings.quick_exit_url)


def test_typing_capital_letters_does_not_leave(reader, site_url, key_pages):
    # Shift held for capitals is not a press of Shift on its own. "/" opens search.
    reader.keyboard.press("/")
    reader.keyboard.type("Dinas Sosial DKI Jakarta SAPA")
    assert reader.evaluate("() => document.activeElement.value") == "Dinas Sosial DKI Jakarta SAPA"
    reader.wait_for_timeout(300)
    assert reader.url == site_url + key_pages["directory"]


def test_without_javascript_the_link_still_leaves(open_context, site_url, key_pages, site_settings):
    with open_context("phone", exit_stub=True, java_script_enabled=False) as (context, _log):
        page = context.new_page()
        page.goto(site_url + key_pages["directory"])
        page.locator("[data-tppo-exit-link]").click()
        page.wait_for_url(site_settings.quick_exit_url)
        assert page.title() == "Weather"
