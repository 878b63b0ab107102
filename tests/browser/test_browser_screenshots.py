"""Photographs of the pages a reader needs most (home, warning signs, the directory) in
both languages on both screens, written to artifacts/screenshots/ for people to look at.
Each also checks what a glance at the photograph would: the page title shows below the
header, and once scrolled, the quick exit is still on screen and clear of the header's
buttons."""

from __future__ import annotations

import pytest
from conftest import ROOT

SCREENSHOTS = ROOT / "artifacts" / "screenshots"

# The header's buttons and the quick exit, each with its box on screen.
_BOXES = """() => {
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  };
  const exit = document.querySelector('[data-tppo-exit-link]');
  const operable = '.md-header :is(a, button, label, input)';
  const controls = [...document.querySelectorAll(operable)]
    .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
    .map((e) => ({name: e.getAttribute('aria-label') || e.textContent.trim(), box: box(e)}));
  return {exit: box(exit), controls};
}"""

_TITLE_SHOWN = """() => {
  const h1 = document.querySelector('.md-content h1');
  const r = h1.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
  return r.top >= 0 && r.bottom <= innerHeight && hit !== null && h1.contains(hit);
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_key_pages_photographed(
    open_context, site_url, key_pages, site_settings, viewport, screenshot_dir
):
    problems = []
    with open_context(viewport) as (context, _log):
        page = context.new_page()
        for role, path in key_pages.items():
            for lang in site_settings.languages:
                name = f"{role}-{lang}-{viewport}"
                page.goto(site_url + site_settings.prefix(lang) + path)
                page.screenshot(path=screenshot_dir / f"{name}.png")
                page.screenshot(path=screenshot_dir / f"{name}-full.png", full_page=True)
                if not page.evaluate(_TITLE_SHOWN):
                    problems.append(f"{name}: the page title is hidden on arrival")
                page.mouse.wheel(0, 100_000)
                page.wait_for_timeout(300)
                page.screenshot(path=screenshot_dir / f"{name}-end.png")
                boxes = page.evaluate(_BOXES)
                exit_box = boxes["exit"]
                if exit_box[1] < 0 or exit_box[3] > page.viewport_size["height"]:
                    problems.append(f"{name}: the quick exit scrolled off screen {exit_box}")
                problems += [
                    f"{name}: the quick exit covers the header's {control['name']!r}"
                    for control in boxes["controls"]
                    if _overlap(exit_box, control["box"])
                ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
