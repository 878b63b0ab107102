"""The directory in Chromium: thumb-sized call links, no other origin, no JavaScript needed."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}


def _guarded_page(context, blocked: list[str]):
    """A page whose requests to any other host are stopped and recorded."""
    page = context.new_page()

    def route(request_route, request):
        if urlsplit(request.url).hostname == "127.0.0.1":
            request_route.continue_()
        else:
            blocked.append(request.url)
            request_route.abort()

    page.route("**/*", lambda r: route(r, r.request))
    return page


@pytest.mark.parametrize("path", ["bantuan/direktori/", "en/bantuan/direktori/"])
def test_call_links_are_big_enough_and_nothing_leaves_the_machine(browser, site_url, path):
    context = browser.new_context(**PHONE)
    blocked: list[str] = []
    page = _guarded_page(context, blocked)
    page.goto(site_url + path)
    links = page.locator(".tppo-channel__link")
    assert links.count() >= 20
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["height"] >= 44, links.nth(index).inner_text()
    assert page.locator(".tppo-card--unverified .tppo-warning").first.is_visible()
    assert blocked == []
    context.close()


def test_need_and_card_links_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = _guarded_page(context, [])
    page.goto(site_url + "bantuan/direktori/")
    page.click('.tppo-jump a[href="#kebutuhan-children"]')
    assert page.url.endswith("#kebutuhan-children")
    assert page.locator("#kebutuhan-children").is_visible()
    page.click('#kebutuhan-children ~ ul.tppo-index a[href="#layanan-kpai"] >> nth=0')
    assert page.url.endswith("#layanan-kpai")
    card = page.locator("article#layanan-kpai")
    assert card.is_visible()
    assert card.evaluate("el => el.matches(':target')")
    context.close()


def test_cards_are_not_split_across_printed_pages(browser, site_url):
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(site_url + "bantuan/direktori/")
    styles = page.locator("article.tppo-card").first.evaluate(
        "el => getComputedStyle(el).breakInside"
    )
    assert styles == "avoid"
    assert page.locator(".tppo-card__report").first.is_hidden()
    page.close()


# Relative luminance and contrast as WCAG 2 defines them, over the first opaque background.
_CONTRAST = """
el => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let node = el, bg = null;
  while (node && !bg) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) bg = c.slice(0, 3);
    node = node.parentElement;
  }
  const fg = lum(rgb(getComputedStyle(el).color)), back = lum(bg || [255, 255, 255]);
  return (Math.max(fg, back) + 0.05) / (Math.min(fg, back) + 0.05);
}
"""


@pytest.mark.parametrize(
    "selector",
    [
        ".tppo-channel__kind",
        ".tppo-channel__value",
        ".tppo-channel__note",
        ".tppo-card__org",
        ".tppo-card__checked",
        ".tppo-card__report a",
        ".tppo-badge",
        ".tppo-warning",
        ".tppo-badge--unverified",
        ".tppo-index__call",
    ],
)
def test_text_contrast_reaches_wcag_aa(browser, site_url, selector):
    page = browser.new_page()
    page.goto(site_url + "bantuan/direktori/")
    ratio = page.locator(selector).first.evaluate(_CONTRAST)
    assert ratio >= 4.5, f"{selector}: {ratio:.2f}"
    page.close()
