"""On every page, the language switcher leads to the same page in the other language."""

from __future__ import annotations

import pytest


def test_switcher_lands_on_the_counterpart_page(open_context, site_url, site_pages, site_settings):
    problems = []
    with open_context("phone") as (context, _log):
        page = context.new_page()
        for site_page in site_pages:
            if site_page.is_error_page:
                continue
            for lang in site_settings.languages:
                if lang == site_page.lang:
                    continue
                expected = site_url + site_settings.counterpart(site_page, lang)
                page.goto(site_url + site_page.path)
                # A tap on the switcher opens its list; then tap the language.
                page.locator(".md-header .md-select button").click()
                with page.expect_navigation():
                    page.locator(f".md-header a[hreflang='{lang}']").click()
                landed_lang = page.evaluate("() => document.documentElement.lang")
                if page.url != expected or landed_lang != lang:
                    problems.append(
                        f"/{site_page.path} -> {lang}: landed on {page.url} "
                        f"(lang={landed_lang}), expected {expected}"
                    )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
