"""The header's controls are real buttons and links with names, in both languages: the
menu button opens and closes the drawer by keyboard and by touch, and says whether it is
open; the search button opens the search (test_search_browser has the rest)."""

from __future__ import annotations

import pytest
from mkdocs.config import load_config

from sitegen.local_tools import ROOT

# Every element of the header a reader can reach or operate, visible on this screen.
_HEADER_CONTROLS = """() => [...document.querySelectorAll('.md-header :is(a[href], button,'
    + ' input, select, textarea, label, [tabindex], [role=button], [role=link])')]
  .filter((e) => e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}))
  .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
  .map((e) => e.outerHTML.slice(0, e.outerHTML.indexOf('>') + 1))"""

_FOCUS_IN_MENU = """() => {
  const e = document.activeElement;
  return e.tagName === 'A' && e.closest('.md-sidebar--primary') !== null;
}"""


def _search_label(lang: str) -> str:
    return load_config(str(ROOT / "mkdocs.yml")).extra["search"]["label"][lang]


@pytest.fixture
def phone(open_context):
    with open_context("phone", has_touch=True) as (context, _log):
        yield context.new_page()


def _menu_button(page):
    name = page.locator(".md-nav--primary").get_attribute("aria-label")
    return page.get_by_role("button", name=name, exact=True)


def test_every_header_control_is_a_link_a_button_or_the_search_box(
    open_context, viewport, site_url, key_pages, site_settings
):
    """No label, span or div acting as a button: a button with a role on a <label> is
    what browsers and screen readers disagree on."""
    problems = []
    with open_context(viewport) as (context, _log):
        page = context.new_page()
        for lang in site_settings.languages:
            page.goto(site_url + site_settings.prefix(lang) + key_pages["home"])
            for tag in page.evaluate(_HEADER_CONTROLS):
                if not tag.startswith(("<a ", "<button ", '<input type="text"')):
                    problems.append(f"[{viewport}, {lang}] {tag}")
                elif "role=" in tag:
                    problems.append(f"[{viewport}, {lang}] a role on a native control: {tag}")
    assert problems == []


def test_phone_header_buttons_have_names(phone, site_url, key_pages, site_settings):
    for lang in site_settings.languages:
        phone.goto(site_url + site_settings.prefix(lang) + key_pages["directory"])
        menu = _menu_button(phone)
        search = phone.get_by_role("button", name=_search_label(lang), exact=True)
        for button in (menu, search):
            assert button.count() == 1 and button.is_visible()
            assert button.evaluate("(e) => e.tagName") == "BUTTON"
        assert menu.get_attribute("aria-expanded") == "false"


def test_the_menu_button_works_by_keyboard(phone, site_url, key_pages):
    page = phone
    page.goto(site_url + key_pages["directory"])
    menu = _menu_button(page)
    for key in ("Enter", " "):
        menu.focus()
        page.keyboard.press(key)
        page.wait_for_function(_FOCUS_IN_MENU)  # focus moves to the menu's first link
        assert page.is_checked("#__drawer")
        assert menu.get_attribute("aria-expanded") == "true"
        page.keyboard.press("Escape")
        assert not page.is_checked("#__drawer")
        assert menu.get_attribute("aria-expanded") == "false"
        assert menu.evaluate("(e) => e === document.activeElement"), "focus did not come back"


def test_the_menu_button_works_by_touch(phone, site_url, key_pages):
    page = phone
    page.goto(site_url + key_pages["directory"])
    menu = _menu_button(page)
    menu.tap()
    assert page.is_checked("#__drawer")
    assert menu.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(400)  # the drawer slides in
    assert page.locator(".md-sidebar--primary a[href]").first.is_visible()
    page.locator(".md-overlay").tap(position={"x": 340, "y": 400})  # beside the drawer
    assert not page.is_checked("#__drawer")
    assert menu.get_attribute("aria-expanded") == "false"


def test_header_buttons_that_only_phones_need_are_hidden_on_a_laptop(
    open_context, site_url, key_pages, site_settings
):
    with open_context("desktop") as (context, _log):
        page = context.new_page()
        lang = site_settings.languages[-1]
        page.goto(site_url + site_settings.prefix(lang) + key_pages["directory"])
        assert _menu_button(page).is_hidden()
        assert page.get_by_role("button", name=_search_label(lang), exact=True).is_hidden()
        assert page.get_by_role("textbox", name=_search_label(lang)).is_visible()
