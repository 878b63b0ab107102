"""The Content-Security-Policy in every page's <meta>, with no help from the server: the
suite's server (like GitHub Pages) sends no security header at all.

A script injected into a page does not run; the site itself breaks no rule of its
policy on any page (recorded during the walk), and search, the quick exit, the menu
and the language switch work under it.
"""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from conftest import TEST_SITE_URL

from sitegen import static_server
from tests.browser.conftest import RECORD_CSP_VIOLATIONS, VIEWPORTS, csp_violations

INJECTED = (
    "<script>window.injected = 'inline script ran';</script>"
    '<img src="data:," onerror="window.injected = \'event handler ran\'">'
    '<a id="js-link" href="javascript:window.injected=\'javascript: URL ran\'">x</a>'
)


def test_every_page_breaks_no_rule_of_its_policy(walk) -> None:
    broken = {
        visit.page.path: visit.csp_violations for visit in walk.visits if visit.csp_violations
    }
    assert broken == {}


def test_the_suite_server_sends_no_policy_header(site_url: str) -> None:
    with urllib.request.urlopen(site_url) as response:
        assert response.headers.get("Content-Security-Policy") is None


def test_a_script_injected_into_a_page_does_not_run(browser, built_site: Path, tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    page_file = site / "bantuan" / "index.html"
    html = page_file.read_text(encoding="utf-8")
    page_file.write_text(html.replace("</article>", INJECTED + "</article>", 1), encoding="utf-8")
    with static_server.serve(site, urlsplit(TEST_SITE_URL).path) as (base, _):
        context = browser.new_context(viewport=VIEWPORTS["phone"])
        context.add_init_script(RECORD_CSP_VIOLATIONS)
        page = context.new_page()
        page.goto(base + "bantuan/", wait_until="load")
        page.click("#js-link")
        page.wait_for_timeout(200)
        ran = page.evaluate("() => window.injected || null")
        violations = csp_violations(page)
        context.close()
    assert ran is None
    # The policy, not chance, stopped all three: each is a reported violation.
    assert sum("script-src" in v and "inline" in v for v in violations) == 3, violations


def test_search_menu_language_switch_and_quick_exit_work_under_the_policy(
    open_context, site_url: str, site_settings
) -> None:
    with open_context("phone", exit_stub=True) as (context, _log):
        context.add_init_script(RECORD_CSP_VIOLATIONS)
        page = context.new_page()
        page.goto(site_url, wait_until="load")
        seen: list[str] = []

        # The menu (a phone's drawer).
        menu_name = page.get_attribute(".md-nav--primary", "aria-label")
        page.get_by_role("button", name=menu_name).first.click()
        assert page.is_checked("#__drawer")
        page.keyboard.press("Escape")
        page.evaluate("() => { document.getElementById('__drawer').checked = false; }")

        # Search: results from the site's own index.
        page.keyboard.press("/")
        page.fill("[data-tppo-search-input]", "129")
        page.wait_for_selector('[data-tppo-search][data-state="done"]', state="attached")
        assert page.locator("[data-tppo-search] li a").count() > 0
        seen += csp_violations(page)

        # The language switch.
        page.goto(site_url + "bantuan/", wait_until="load")
        page.locator(".md-header .md-select button").click()
        with page.expect_navigation():
            page.locator(".md-header a[hreflang='en']").click()
        assert page.evaluate("() => document.documentElement.lang") == "en"
        seen += csp_violations(page)

        # The quick exit, by three presses of Shift (its script, not the plain link).
        for _ in range(3):
            page.keyboard.press("Shift")
        page.wait_for_url(site_settings.quick_exit_url)
    assert seen == []
