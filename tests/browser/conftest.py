"""Fixtures for the browser suite: the built site's pages, its settings from mkdocs.yml,
and browser contexts that never reach the internet.

Every page is discovered from the built site, so the suite covers pages added later
without changes here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AXE_FILE_PATH
from mkdocs.config import load_config
from playwright.sync_api import Browser, BrowserContext, Page, Request, Response
from playwright.sync_api import Error as PlaywrightError

ROOT = Path(__file__).resolve().parents[2]

# The two screens every promise is checked on: a cheap phone and a laptop.
VIEWPORTS = {
    "phone": {"width": 360, "height": 740},
    "desktop": {"width": 1280, "height": 800},
}

# The pages a person is most likely to need; the first that exists is used.
HOME = [""]
WARNING_SIGNS = ["kenali-tanda/"]
DIRECTORY = ["bantuan/direktori/", "bantuan/"]

EXIT_STUB = "<!doctype html><html lang='en'><title>Weather</title><p>Weather today</p></html>"

_HTML_LANG = re.compile(r"<html[^>]*\blang=\"([^\"]+)\"")


@dataclass(frozen=True)
class SitePage:
    """One built page: its path below the site root ("" or "en/bantuan/") and language."""

    path: str
    lang: str

    @property
    def is_error_page(self) -> bool:
        return self.path == "404.html"


@dataclass(frozen=True)
class SiteSettings:
    """What the tests need from mkdocs.yml, read the way MkDocs reads it."""

    default_lang: str
    languages: tuple[str, ...]
    quick_exit_url: str

    def prefix(self, lang: str) -> str:
        """The folder a language lives in: "" for the default, "en/" for English."""
        return "" if lang == self.default_lang else f"{lang}/"

    def counterpart(self, page: SitePage, lang: str) -> str:
        """The path of the same page in another language."""
        return self.prefix(lang) + page.path.removeprefix(self.prefix(page.lang))


@dataclass
class RequestLog:
    """What a browser context asked for that it should not have: requests to any origin
    other than the site's, and requests to the site that failed, each as (URL of the
    page that sent it, URL requested)."""

    foreign: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request) -> str:
    """Each screen size in turn, by name."""
    return request.param


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """Where screenshots go for people to look at (ignored by git)."""
    folder = ROOT / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def site_settings() -> SiteSettings:
    config = load_config(str(ROOT / "mkdocs.yml"))
    languages = config.plugins["i18n"].config.languages
    default = next(language.locale for language in languages if language.default)
    return SiteSettings(
        default_lang=default,
        languages=tuple(language.locale for language in languages),
        quick_exit_url=config.plugins["sitegen/site"].config.quick_exit.url,
    )


@pytest.fixture(scope="session")
def site_pages(built_site: Path) -> list[SitePage]:
    """Every HTML page of the built site, in both languages, including the 404 page."""
    pages = []
    for html in sorted(built_site.rglob("*.html")):
        relative = html.relative_to(built_site).as_posix()
        path = relative.removesuffix("index.html")
        match = _HTML_LANG.search(html.read_text(encoding="utf-8"))
        assert match, f"{relative}: <html> has no lang attribute"
        pages.append(SitePage(path=path, lang=match.group(1)))
    return pages


def first_existing(built_site: Path, candidates: list[str]) -> str:
    """The first of several page paths that the built site has."""
    for path in candidates:
        if (built_site / path / "index.html").is_file():
            return path
    raise AssertionError(f"none of these pages was built: {candidates}")


@pytest.fixture(scope="session")
def key_pages(built_site: Path) -> dict[str, str]:
    """Home, a warning-signs page and the directory, by role, as paths in the default
    language."""
    return {
        "home": first_existing(built_site, HOME),
        "warning-signs": first_existing(built_site, WARNING_SIGNS),
        "directory": first_existing(built_site, DIRECTORY),
    }


def _is_local(url: str, origin: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


# Every request not for 127.0.0.1 goes to a proxy that is not there, so it fails on
# this machine instead of reaching the internet; the context still sees and logs it.
_NOWHERE_PROXY = {"server": "http://127.0.0.1:9", "bypass": "127.0.0.1"}


@pytest.fixture(scope="session")
def open_context(
    browser: Browser, site_url: str, site_settings: SiteSettings
) -> Callable[..., Iterator[tuple[BrowserContext, RequestLog]]]:
    """A factory for browser contexts that log every request to another origin and
    never let one leave the machine; with `exit_stub=True` the quick-exit target is
    answered by a stub page.

    `open_context(viewport_name, exit_stub=False, **context_options)` is a context
    manager yielding the context and its RequestLog.
    """
    parts = urlsplit(site_url)
    origin = f"{parts.scheme}://{parts.netloc}"

    @contextmanager
    def factory(viewport: str, exit_stub: bool = False, **options):
        log = RequestLog()
        context = browser.new_context(
            viewport=VIEWPORTS[viewport],
            service_workers="block",
            proxy=_NOWHERE_PROXY,
            **options,
        )

        def sender(request: Request) -> str:
            try:
                return request.frame.url
            except PlaywrightError:  # a worker's request has no frame
                return "(worker)"

        def record_request(request: Request) -> None:
            if not _is_local(request.url, origin):
                log.foreign.append((sender(request), request.url))

        def record_response(response: Response) -> None:
            if response.status >= 400 and _is_local(response.url, origin):
                log.failed.append((sender(response.request), f"{response.url} {response.status}"))

        context.on("request", record_request)
        context.on("response", record_response)
        if exit_stub:
            context.route(
                lambda url: url == site_settings.quick_exit_url,
                lambda route: route.fulfill(content_type="text/html", body=EXIT_STUB),
            )
        try:
            yield context, log
        finally:
            context.close()

    return factory


# WCAG 2.0, 2.1 and 2.2, levels A and AA: every rule axe-core has for them.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Small probes run in the page. `describe` names an element for an assertion message.
_DESCRIBE = """
const describe = (e) => {
  const id = e.id ? '#' + e.id : '';
  const cls = e.classList.length ? '.' + [...e.classList].slice(0, 2).join('.') : '';
  const text = (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
  return `<${e.tagName.toLowerCase()}${id}${cls}> "${text.replace(/\\s+/g, ' ')}"`;
};
"""

# Every URL the page's markup asks the browser to fetch or connect to on its own
# (not links a person follows). Preconnects open a connection without a request event.
_RESOURCE_URLS = """() => {
  const urls = [];
  const resolve = (value) => new URL(value, document.baseURI).href;
  const loading = /stylesheet|icon|preconnect|dns-prefetch|preload|prefetch|manifest|prerender/;
  for (const e of document.querySelectorAll('link[href]')) {
    if (loading.test((e.getAttribute('rel') || '').toLowerCase())) urls.push(e.href);
  }
  for (const e of document.querySelectorAll('[src]')) urls.push(resolve(e.getAttribute('src')));
  for (const e of document.querySelectorAll('object[data]')) {
    urls.push(resolve(e.getAttribute('data')));
  }
  for (const e of document.querySelectorAll('[srcset]')) {
    for (const part of e.getAttribute('srcset').split(',')) {
      if (part.trim()) urls.push(resolve(part.trim().split(/\\s+/)[0]));
    }
  }
  return urls;
}"""

# Navigation, search, the quick exit and the edit link: the screen-only parts of a page.
# A <header> or <nav> inside the content (a post's date, "continue reading") is content.
SCREEN_ONLY = (
    "header:not(.md-content *), nav:not(.md-content *), [role=navigation]:not(.md-content *), "
    "[role=search], form[name=search], input[type=search], [data-tppo-exit], .tppo-edit"
)

_STILL_VISIBLE = (
    "(selector) => {"
    + _DESCRIBE
    + """
  return [...document.querySelectorAll(selector)]
    .filter((e) => e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}))
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
    .map(describe);
}"""
)

# Elements with text or that a person can operate, whose visible area is under the
# quick exit at the current scroll position.
COVERED_BY_EXIT = (
    "() => {"
    + _DESCRIBE
    + """
  const exit = document.querySelector('[data-tppo-exit]');
  if (!exit) return ['(this page has no quick exit)'];
  const covered = [];
  const operable = 'a[href], button, input:not([type=hidden]), select, textarea, label, [tabindex]';
  for (const e of document.body.querySelectorAll('*')) {
    if (exit.contains(e) || e.contains(exit)) continue;
    const hasText = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!hasText && !e.matches(operable)) continue;
    if (!e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    const r = e.getBoundingClientRect();
    if (r.width < 4 || r.height < 4) continue;
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2], [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2],
    ];
    const hidden = points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return top !== null && exit.contains(top);
    });
    if (hidden) covered.push(describe(e));
  }
  return covered;
}"""
)


# The element the first press of Tab reaches: it should be a visible link that skips to
# the content, past the header and the navigation.
FIRST_TAB_STOP = (
    "() => {"
    + _DESCRIBE
    + """
  const e = document.activeElement;
  const href = e.getAttribute('href') || '';
  let target = null;
  if (e.tagName === 'A' && href.startsWith('#')) {
    target = document.getElementById(decodeURIComponent(href.slice(1)));
  }
  const inContent = target !== null && target.closest('main') !== null
    && target.closest('nav, [role=navigation], .md-sidebar') === null;
  return {element: describe(e), skipsToContent: inContent};
}"""
)


# Every Content-Security-Policy violation a page reports, kept for the test to read. Init
# scripts are injected by the browser itself, outside the page's policy.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
    + ` (${e.sourceFile || ''}:${e.lineNumber})`);
});
"""


def csp_violations(page: Page) -> list[str]:
    """What the page's policy blocked since it loaded (needs RECORD_CSP_VIOLATIONS)."""
    return page.evaluate("() => window.__cspViolations || ['(not recorded)']")


def run_axe(page: Page) -> list[dict]:
    """axe-core's WCAG 2.2 A/AA violations on the page as it is now (the context must
    load axe into every page: `context.add_init_script(path=AXE_FILE_PATH)`)."""
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return result["violations"]


@dataclass
class PageVisit:
    """What one page showed on one screen size."""

    page: SitePage
    axe_violations: list[dict]
    resource_urls: list[str]
    document_cookie: str
    sideways_overflow_px: int
    shown_in_print: list[str]
    covered_by_exit: list[str]
    first_tab_stop: dict
    csp_violations: list[str]


@dataclass
class SiteWalk:
    """Every page of the site visited once, in one browser context, at one size."""

    viewport: str
    origin: str
    visits: list[PageVisit]
    switches: list[LanguageSwitch]
    requests: RequestLog
    cookies: list[dict]
    web_storage: list[str]


def _visit(page: Page, site_page: SitePage) -> PageVisit:
    page.emulate_media(media="screen")
    covered = page.evaluate(COVERED_BY_EXIT)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    violations = run_axe(page)
    page.keyboard.press("Tab")
    first_tab_stop = page.evaluate(FIRST_TAB_STOP)
    resource_urls = page.evaluate(_RESOURCE_URLS)
    cookie = page.evaluate("() => document.cookie")
    violations_so_far = csp_violations(page)
    page.emulate_media(media="print")
    shown_in_print = page.evaluate(_STILL_VISIBLE, SCREEN_ONLY)
    page.emulate_media(media="screen")
    return PageVisit(
        page=site_page,
        axe_violations=violations,
        resource_urls=resource_urls,
        document_cookie=cookie,
        sideways_overflow_px=overflow,
        shown_in_print=shown_in_print,
        covered_by_exit=covered,
        first_tab_stop=first_tab_stop,
        csp_violations=violations_so_far,
    )


@dataclass(frozen=True)
class LanguageSwitch:
    """One use of the language switcher: where it should have led and where it did."""

    source: str
    expected: str
    expected_lang: str
    landed: str
    landed_lang: str


def _switch_language(page: Page, lang: str) -> None:
    """Use the switcher as a person does: tap it, then tap the language."""
    page.locator(".md-header .md-select button").click()
    with page.expect_navigation():
        page.locator(f".md-header a[hreflang='{lang}']").click()


def _translations(
    site_pages: list[SitePage], settings: SiteSettings, order: list[str]
) -> list[list[SitePage]]:
    """The pages grouped with their translations, each group in the order of `order`."""
    groups: dict[str, dict[str, SitePage]] = {}
    for site_page in site_pages:
        key = "404" if site_page.is_error_page else settings.counterpart(site_page, order[0])
        groups.setdefault(key, {})[site_page.lang] = site_page
    return [[group[lang] for lang in order if lang in group] for group in groups.values()]


@pytest.fixture(scope="session", params=list(VIEWPORTS))
def walk(
    request, open_context, site_url: str, site_pages: list[SitePage], site_settings: SiteSettings
) -> SiteWalk:
    """Visit every page at one screen size and record what the tests assert on.

    A page's translation is reached through the language switcher, so every page's
    switcher gets used: from the first language on a phone, from the last on a laptop.
    """
    viewport = request.param
    parts = urlsplit(site_url)
    order = list(site_settings.languages)
    if viewport != next(iter(VIEWPORTS)):
        order.reverse()
    visits, switches = [], []
    with open_context(viewport) as (context, log):
        context.add_init_script(path=str(AXE_FILE_PATH))
        context.add_init_script(RECORD_CSP_VIOLATIONS)
        page = context.new_page()
        for group in _translations(site_pages, site_settings, order):
            page.goto(site_url + group[0].path, wait_until="load")
            visits.append(_visit(page, group[0]))
            for translation in group[1:]:
                _switch_language(page, translation.lang)
                switches.append(
                    LanguageSwitch(
                        source=visits[-1].page.path,
                        expected=site_url + translation.path,
                        expected_lang=translation.lang,
                        landed=page.url,
                        landed_lang=page.evaluate("() => document.documentElement.lang"),
                    )
                )
                visits.append(_visit(page, translation))
        page.wait_for_load_state("networkidle")
        cookies = context.cookies()
        web_storage = page.evaluate(
            "() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]"
        )
    return SiteWalk(
        viewport=viewport,
        origin=f"{parts.scheme}://{parts.netloc}",
        visits=visits,
        switches=switches,
        requests=log,
        cookies=cookies,
        web_storage=web_storage,
    )
