"""Everything a reader needs works from a keyboard alone, and focus is always visible:
the skip link, the quick exit (see test_browser_quick_exit), the language switcher,
search, and the directory's links."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from PIL import Image, ImageChops

# Tab stops are compared at rest: no transition may be caught half-way.
NO_MOTION = "*, *::before, *::after { transition: none !important; animation: none !important; }"

# An upper bound on Tab presses for one page, so a focus trap fails instead of hanging.
MAX_TAB_STOPS = 250

# Elements of one kind (same tag, classes and parent) share their focus style: the
# indicator's pixels are compared for the first few of each kind only.
PIXEL_CHECKS_PER_KIND = 2


def _focused_element_in_view(page) -> dict:
    """Where the focused element is, and whether it is what shows at its centre."""
    return page.evaluate(
        """() => {
      const e = document.activeElement;
      const r = e.getBoundingClientRect();
      // A link that wraps has one box per line: look at the middle of its first line.
      const first = e.getClientRects()[0] || r;
      const x = first.left + first.width / 2, y = first.top + first.height / 2;
      const inView = first.width > 0 && first.height > 0 && x >= 0 && y >= 0
        && x < innerWidth && y < innerHeight;
      const hit = inView ? document.elementFromPoint(x, y) : null;
      const label = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim();
      const classes = [...e.classList].filter((c) => c !== 'focus-visible').sort().join('.');
      return {
        kind: `${e.parentElement.tagName}>${e.tagName}.${classes}`,
        tag: e.tagName,
        name: `<${e.tagName.toLowerCase()}> "${label.slice(0, 40).replace(/\\s+/g, ' ')}"`,
        box: [r.left, r.top, r.width, r.height],
        shown: inView && hit !== null && (e.contains(hit) || hit.contains(e)),
      };
    }"""
    )


def _indicator_pixels(page, box: list[float]) -> int:
    """How many pixels around the focused element change when its outline and shadow
    are taken away: the focus indicator a person actually sees."""
    viewport = page.viewport_size
    left, top = max(0, box[0] - 8), max(0, box[1] - 8)
    right = min(viewport["width"], box[0] + box[2] + 8)
    bottom = min(viewport["height"], box[1] + box[3] + 8)
    clip = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    focused = page.screenshot(clip=clip)
    page.evaluate(
        """() => {
      const s = document.activeElement.style;
      s.setProperty('outline', 'none', 'important');
      s.setProperty('box-shadow', 'none', 'important');
    }"""
    )
    plain = page.screenshot(clip=clip)
    page.evaluate(
        """() => {
      const s = document.activeElement.style;
      s.removeProperty('outline');
      s.removeProperty('box-shadow');
    }"""
    )
    difference = ImageChops.difference(
        Image.open(io.BytesIO(focused)).convert("RGB"),
        Image.open(io.BytesIO(plain)).convert("RGB"),
    )
    changed = difference.convert("L").point(lambda value: 255 if value > 40 else 0)
    return changed.histogram()[255]


def _tab_to(page, condition: str, limit: int = 30) -> bool:
    """Press Tab until `condition` (a JS function of the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => ({condition})(document.activeElement)"):
            return True
    return False


@pytest.fixture
def keyboard_page(viewport, open_context):
    """A fresh browser tab at each screen size. The tests add a style sheet that stops
    animations, which the page's own Content-Security-Policy would refuse."""
    with open_context(viewport, bypass_csp=True) as (context, _log):
        page = context.new_page()
        page.viewport_name = viewport
        yield page


def test_every_page_starts_with_a_skip_link_to_its_content(walk):
    problems = [
        f"/{visit.page.path}: the first Tab stop is {visit.first_tab_stop['element']}"
        for visit in walk.visits
        if not visit.first_tab_stop["skipsToContent"]
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_skip_link_shows_and_moves_focus_past_the_header(keyboard_page, site_url, key_pages):
    page = keyboard_page
    page.goto(site_url + key_pages["directory"])
    page.add_style_tag(content=NO_MOTION)
    page.keyboard.press("Tab")
    assert _focused_element_in_view(page)["shown"], "the skip link is not visible when focused"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    where = page.evaluate(
        "() => { const e = document.activeElement;"
        " return e.closest('.md-content') !== null && e.closest('nav') === null; }"
    )
    assert where, f"after the skip link, Tab went to {_focused_element_in_view(page)['name']}"


@pytest.mark.parametrize("role", ["home", "directory"])
def test_focus_is_always_visible(keyboard_page, site_url, key_pages, site_settings, role):
    page = keyboard_page
    # Home in the first language, the directory in the second: both get covered.
    lang = site_settings.languages[0 if role == "home" else -1]
    page.goto(site_url + site_settings.prefix(lang) + key_pages[role])
    page.add_style_tag(content=NO_MOTION)
    problems, stops, kinds = [], [], Counter()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.body"):
            break  # focus left the page: every stop has been seen
        stop = _focused_element_in_view(page)
        if stops and stop["name"] == stops[0]:
            break
        stops.append(stop["name"])
        kinds[stop["kind"]] += 1
        if not stop["shown"]:
            problems.append(f"{stop['name']} has focus but cannot be seen")
        elif kinds[stop["kind"]] > PIXEL_CHECKS_PER_KIND:
            continue
        elif _indicator_pixels(page, stop["box"]) < stop["box"][2] + stop["box"][3]:
            problems.append(f"{stop['name']} has focus but shows no focus indicator")
    else:
        problems.append(f"{MAX_TAB_STOPS} presses of Tab never left the page: a focus trap?")
    assert len(stops) >= 5, f"only {len(stops)} Tab stops: {stops}"
    if problems:
        pytest.fail(f"[{page.viewport_name}] " + "\n".join(problems), pytrace=False)


def test_language_switcher_works_by_keyboard(keyboard_page, site_url, key_pages, site_settings):
    page = keyboard_page
    other = site_settings.languages[-1]
    page.goto(site_url + key_pages["directory"])
    assert _tab_to(page, f"(e) => e.matches('a[hreflang=\"{other}\"]')"), (
        f"Tab never reached the link to the {other} page"
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site_url + site_settings.prefix(other) + key_pages["directory"]


def _search_word(page) -> str:
    """A word the site certainly contains: the longest word of the page's title."""
    words = page.locator("h1").first.inner_text().replace("¶", "").split()
    return max(words, key=len).strip(".,:;!?")


def test_search_works_by_keyboard(keyboard_page, site_url, site_settings):
    page = keyboard_page
    lang = site_settings.languages[0 if page.viewport_name == "phone" else -1]
    page.goto(site_url + site_settings.prefix(lang))
    word = _search_word(page)
    # Links already on the page are marked, so a search result is a link without a mark.
    page.evaluate("() => document.querySelectorAll('a').forEach((a) => a.dataset.before = '')")
    is_search = (
        "(e) => /cari|search/i.test((e.getAttribute('aria-label') || '')"
        " + (e.getAttribute('placeholder') || ''))"
    )
    assert _tab_to(page, is_search), "Tab never reached the search box or its button"
    if page.evaluate("() => document.activeElement.tagName !== 'INPUT'"):
        page.keyboard.press("Enter")  # a button that opens the search box
        page.wait_for_function("() => document.activeElement.tagName === 'INPUT'")
    page.keyboard.type(word)
    is_result = "(e) => e.tagName === 'A' && !('before' in e.dataset)"
    # Results arrive in batches: wait until there are some and their number holds still.
    page.wait_for_function(
        """() => {
      const count = [...document.querySelectorAll('a:not([data-before])')]
        .filter((a) => a.checkVisibility()).length;
      const settled = count > 0 && count === window.tppoResultCount;
      window.tppoResultCount = count;
      return settled;
    }""",
        polling=250,
    )
    page.keyboard.press("ArrowDown")  # Material moves into its results with arrows
    if not page.evaluate(f"() => ({is_result})(document.activeElement)"):
        assert _tab_to(page, is_result, limit=10), f"no search result for {word!r} got focus"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(site_url)
    assert word.lower() in page.locator("body").inner_text().lower()


def test_directory_links_are_reached_by_keyboard(keyboard_page, site_url, key_pages):
    page = keyboard_page
    page.goto(site_url + key_pages["directory"])
    links = page.evaluate(
        "() => [...document.querySelectorAll('.md-content a[href]')]"
        ".filter((a) => a.checkVisibility()).map((a, i) => { a.dataset.link = i; return i; })"
    )
    assert links, "the directory page has no links"
    reached = set()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        index = page.evaluate("() => document.activeElement.dataset.link")
        if index is not None:
            reached.add(int(index))
        if page.evaluate("() => document.activeElement === document.body"):
            break
    missed = page.evaluate(
        "(reached) => [...document.querySelectorAll('[data-link]')]"
        ".filter((a) => !reached.includes(Number(a.dataset.link))).map((a) => a.outerHTML)",
        sorted(reached),
    )
    assert not missed, "links Tab never reaches:\n" + "\n".join(missed)
