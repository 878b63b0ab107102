"""On every page, the language switcher leads to the same page in the other language.

The walk reaches each page's translation by tapping the switcher (see conftest.walk):
on a phone from every page in the first language, on a laptop from every page in the
last, so every page's switcher is used.
"""

from __future__ import annotations

import pytest


def test_switcher_lands_on_the_counterpart_page(walk, site_url, site_pages, site_settings):
    paths = {page.path for page in site_pages}
    translated = {
        page.path
        for page in site_pages
        if not page.is_error_page
        and any(
            site_settings.counterpart(page, lang) in paths
            for lang in site_settings.languages
            if lang != page.lang
        )
    }
    switched = {switch.source for switch in walk.switches} | {
        switch.expected.removeprefix(site_url) for switch in walk.switches
    }
    assert translated <= switched, f"never switched from or to: {sorted(translated - switched)}"
    problems = [
        f"/{switch.source}: landed on {switch.landed} (lang={switch.landed_lang}),"
        f" expected {switch.expected} (lang={switch.expected_lang})"
        for switch in walk.switches
        if (switch.landed, switch.landed_lang) != (switch.expected, switch.expected_lang)
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
