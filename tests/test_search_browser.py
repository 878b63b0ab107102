"""Site search in Chromium, against the built site served on 127.0.0.1 with gzip (as web
hosts serve it): Indonesian roots, English, the two languages kept apart, a service name
and hotline number, clean snippets, synonyms, typos, what it downloads, the keyboard, a
360 px phone, labels and announcements."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, TEST_SITE_URL
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page, Route

from sitegen import static_server
from sitegen.local_tools import ROOT as PROJECT

SITE_PATH = urlsplit(TEST_SITE_URL).path  # "/tppo-test/"
EN_PATH = SITE_PATH + "en/"
SEARCH_BUDGET = 100_000  # bytes one search may download, its script included
SCRIPT = "/assets/javascripts/search.js"
INDEX = SITE_PATH + "search/"  # sitegen.search.index.OUTPUT_DIR
INPUT = "[data-tppo-search-input]"
DONE = '[data-tppo-search][data-state="done"]'
MARKED = re.compile(r"<mark>(.*?)</mark>")
STATUS = "[data-tppo-search-status]"
SCREENSHOTS = PROJECT / "artifacts" / "screenshots"  # for people to look at (not in git)


def search_texts() -> dict:
    return load_config(str(ROOT / "mkdocs.yml")).extra["search"]


@dataclass
class Result:
    href: str
    title: str
    snippet_html: str
    text: str


@pytest.fixture(scope="module")
def served(built_site: Path) -> Iterator[tuple[str, static_server.TransferLog]]:
    with static_server.serve(built_site, SITE_PATH) as served:
        yield served


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page (empty cache) that may reach nothing but 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    left: list[str] = []

    def stay_local(route: Route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            left.append(route.request.url)
            route.abort()

    context.route("**/*", stay_local)
    page = context.new_page()
    yield page
    context.close()
    assert left == [], f"requests to other origins: {left}"


def search(page: Page, query: str) -> list[Result]:
    """Type `query` in the header search box; return the results once announced."""
    page.keyboard.press("/")
    page.fill(INPUT, query)
    page.wait_for_selector(DONE, state="attached")
    return [
        Result(
            href=item.eval_on_selector("a", "a => a.pathname + a.hash"),
            title=item.eval_on_selector(".tppo-search__title", "h => h.textContent"),
            snippet_html=item.eval_on_selector("p", "p => p.innerHTML"),
            text=item.inner_text(),
        )
        for item in page.query_selector_all(".md-search-result__item:not(.tppo-search__more)")
    ]


def marked_words(results: list[Result]) -> set[str]:
    """The highlighted words of the snippets."""
    return {word.lower() for r in results for word in MARKED.findall(r.snippet_html)}


# (root, an affixed form on the Indonesian pages)
ROOTS = [
    ("dagang", "perdagangan"),
    ("lindung", "perlindungan"),
    ("tipu", "penipuan"),  # peN- with t -> n: found through the Sastrawi roots
    ("terima", "menerima"),  # meN- with t -> n: likewise
    ("periksa", "diperiksa"),
]


def test_indonesian_root_words_find_their_affixed_forms(
    page: Page, served: tuple[str, static_server.TransferLog]
) -> None:
    url, _ = served
    page.goto(url)
    missed = []
    for root, affixed in ROOTS:
        results = search(page, root)
        if affixed not in marked_words(results):
            missed.append(f"{root} -> {affixed}")
    assert missed == []


# (query, other forms of the word that the results must highlight: English stemming)
ENGLISH = [
    ("trafficking", {"trafficked", "trafficker", "traffickers"}),
    ("recruit", {"recruiter", "recruiters", "recruiting", "recruitment"}),
    ("victim", {"victims"}),
]


def test_english_queries_find_english_pages_and_other_forms_of_the_word(
    page: Page, served: tuple[str, static_server.TransferLog]
) -> None:
    url, _ = served
    page.goto(url + "en/")
    for query, forms in ENGLISH:
        results = search(page, query)
        assert results, query
        assert all(r.href.startswith(EN_PATH) for r in results), query
        assert marked_words(results) & forms, (query, marked_words(results))


@pytest.mark.parametrize(("path", "status_word"), [("", "dokumen"), ("en/", "matching")])
def test_results_come_only_from_the_language_of_the_page(
    page: Page, served: tuple[str, static_server.TransferLog], path: str, status_word: str
) -> None:
    url, _ = served
    page.goto(url + path)
    results = search(page, "TPPO")  # a word both languages use
    assert len(results) >= 3
    for result in results:
        assert result.href.startswith(EN_PATH) == (path == "en/"), result.href
    assert status_word in page.inner_text("[data-tppo-search-status]")


@pytest.mark.parametrize("path", ["", "en/", "kenali-tanda/"])
def test_the_first_view_of_a_page_downloads_no_search_data(
    page: Page, served: tuple[str, static_server.TransferLog], path: str
) -> None:
    url, log = served
    mark = log.mark()
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    fetched = [t.path for t in log.since(mark)]
    assert any(p.endswith("search.js") for p in fetched), "the search script is not loaded"
    assert not [p for p in fetched if p.startswith(INDEX) or "search_index" in p or "worker" in p]
    assert page.workers == []


def test_one_search_downloads_at_most_100_kb_script_and_data_included(
    browser: Browser, served: tuple[str, static_server.TransferLog]
) -> None:
    """Everything the very first search costs (compressed, as served): the search script
    (fetched with the page) and every index piece and page text it fetches."""
    url, log = served
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    mark = log.mark()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    script = [t for t in log.since(mark) if t.path.endswith(SCRIPT)]
    assert len(script) == 1, "the search script is not loaded"
    mark = log.mark()
    assert search(page, "perdagangan")
    page.wait_for_load_state("networkidle")
    first = log.since(mark)
    assert any(t.path.startswith(INDEX + "id/t/") for t in first), first
    assert all(t.path.startswith(INDEX + "id/") for t in first), first
    spent = script[0].bytes + sum(t.bytes for t in first)
    assert spent <= SEARCH_BUDGET, f"{spent} bytes: {script + first}"

    mark = log.mark()
    assert search(page, "korban perempuan")  # another search: new pieces only
    page.wait_for_load_state("networkidle")
    later = log.since(mark)
    assert later and sum(t.bytes for t in later) <= SEARCH_BUDGET, later
    assert not [t for t in later if t.path.endswith("pages.json")], later
    context.close()
    assert [u for u in requested if urlsplit(u).hostname != "127.0.0.1"] == []


def test_slash_and_s_put_the_cursor_in_the_search_box_and_escape_closes_it(
    page: Page, served: tuple[str, static_server.TransferLog]
) -> None:
    url, _ = served
    page.goto(url)
    for key in ("/", "s"):
        page.keyboard.press(key)
        assert page.evaluate("document.activeElement.id") == "tppo-search-input"
        assert page.is_checked("#__search")
        assert page.input_value(INPUT) == ""  # the key itself is not typed
        page.keyboard.press("Escape")
        assert not page.is_checked("#__search")
        assert page.evaluate("document.activeElement.id") != "tppo-search-input"


def test_arrow_keys_move_from_the_box_through_the_results(
    page: Page, served: tuple[str, static_server.TransferLog]
) -> None:
    url, _ = served
    page.goto(url)
    results = search(page, "dagang")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.pathname") == results[0].href
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "tppo-search-input"


def test_search_works_on_a_360_px_phone(
    browser: Browser, served: tuple[str, static_server.TransferLog], tmp_path: Path
) -> None:
    url, _ = served
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True)
    page = context.new_page()
    page.goto(url)
    panel = ".tppo-search .md-search__inner"
    assert page.eval_on_selector(panel, "e => getComputedStyle(e).opacity") == "0"
    page.tap("[data-tppo-search-open]")
    # Functions, not strings: the page's Content-Security-Policy allows no eval.
    page.wait_for_function("() => document.activeElement.id === 'tppo-search-input'")
    page.wait_for_function(
        f"() => getComputedStyle(document.querySelector('{panel}')).opacity === '1'"
    )
    box = page.locator(INPUT).bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    page.keyboard.type("tipu")
    page.wait_for_selector(DONE, state="attached")
    first = page.locator(".md-search-result__link").first.bounding_box()
    assert first is not None and first["x"] + first["width"] <= 360 and first["y"] < 740
    page.screenshot(path=tmp_path / "search-360.png")
    # The arrow at the start of the field closes the search again.
    page.get_by_role("button", name=search_texts()["close"]["id"], exact=True).tap()
    assert not page.is_checked("#__search")
    page.wait_for_function(
        f"() => getComputedStyle(document.querySelector('{panel}')).opacity === '0'"
    )
    assert page.evaluate("document.activeElement.matches('[data-tppo-search-open]')")
    context.close()


def test_the_search_box_is_labelled_and_results_are_announced(
    page: Page, served: tuple[str, static_server.TransferLog]
) -> None:
    url, _ = served
    label = search_texts()["label"]
    for path, language in (("", "id"), ("en/", "en")):
        page.goto(url + path)
        box = page.get_by_role("textbox", name=label[language])
        assert box.get_attribute("aria-keyshortcuts") == "/ s"
        status = page.locator("#tppo-search-status")
        assert status.get_attribute("role") == "status"
        assert status.get_attribute("aria-live") == "polite"
        assert box.get_attribute("aria-describedby") == "tppo-search-status"
        results = search(page, "TPPO")
        found = int(re.match(r"(\d+) ", status.inner_text()).group(1))
        more = page.locator(".tppo-search__more button")
        assert found > len(results) > 0  # "TPPO" is on most pages: more than one batch
        more.click()
        page.wait_for_function(
            f"() => document.querySelectorAll('.md-search-result__item > a:first-child').length"
            f" > {len(results)}"
        )
        assert page.evaluate("document.activeElement.className") == "md-search-result__link"


# (language folder, queries: a service's name or one of its numbers, each of which must
# find that service's card in the directory among the first results; pages about the
# service itself may come first)
DIRECTORY_QUERIES = [
    ("", [("SAPA 129", "sapa-129"), ("0811-1129-129", "sapa-129"), ("LPSK", "lpsk")]),
    (
        "en/",
        [
            ("SAPA 129", "sapa-129"),
            ("148", "lpsk"),
            ("Komnas Perempuan", "komnas-perempuan"),
            ("0811-1129-129", "sapa-129"),  # written +62 811-1129-129 on the English page
        ],
    ),
]


@pytest.mark.parametrize(("path", "queries"), DIRECTORY_QUERIES)
def test_a_service_name_or_hotline_number_finds_the_directory(
    page: Page,
    served: tuple[str, static_server.TransferLog],
    path: str,
    queries: list[tuple[str, str]],
) -> None:
    url, _ = served
    page.goto(url + path)
    directory = SITE_PATH + path + "bantuan/direktori/"
    for query, card in queries:
        results = search(page, query)
        hrefs = [r.href for r in results]
        assert directory in hrefs[:3], (query, hrefs)
        item = page.locator(".md-search-result__item").nth(hrefs.index(directory))
        links = item.locator("a").evaluate_all("links => links.map(a => a.pathname + a.hash)")
        assert f"{directory}#layanan-{card}" in links, (query, links)


def status_text(page: Page) -> str:
    return " ".join(page.text_content(STATUS).split())


def pages_of(results: list[Result]) -> list[str]:
    return [r.href.split("#")[0] for r in results]


# Words whose results once showed source addresses, footnote arrows or permalink marks.
SNIPPET_QUERIES = [("", ["lapor", "lpsk", "restitusi", "kp2mi"]), ("en/", ["report", "lpsk"])]
# A source's address (a contact channel's own address, such as lapor.go.id, may show), a
# path of an article (/wni-yang-akan-...), a query string, a footnote's arrow, a "¶".
NOT_IN_SNIPPETS = re.compile(r"https?:|/\w+-\w+-|\?\w+=|[↩¶]")


@pytest.mark.parametrize(("path", "queries"), SNIPPET_QUERIES)
def test_snippets_show_no_footnotes_source_addresses_or_permalinks(
    page: Page, served: tuple[str, static_server.TransferLog], path: str, queries: list[str]
) -> None:
    url, _ = served
    page.goto(url + path)
    for query in queries:
        results = search(page, query)
        assert results, query
        shown = page.locator(".md-search-result__item").all_inner_texts()
        leaked = [text for text in shown if NOT_IN_SNIPPETS.search(text)]
        assert leaked == [], (query, leaked)


@pytest.mark.parametrize(("path", "source"), [("", "tvOneNews"), ("en/", "Redaksiterkini")])
def test_a_source_named_only_in_footnotes_and_card_sources_finds_nothing(
    page: Page, served: tuple[str, static_server.TransferLog], path: str, source: str
) -> None:
    url, _ = served
    page.goto(url + path)
    assert search(page, source) == []


# (language folder, query, a page it must find, words the snippets must highlight: at
# least one of them, each a synonym that is not the word typed)
SYNONYMS = [
    ("", "pmi ilegal", "kenali-tanda/lowongan-kerja-palsu/", {"pekerja migran", "tidak resmi"}),
    ("", "KDRT", "kenali-tanda/rumah-tangga/", {"kekerasan dalam rumah tangga"}),
    ("", "kekerasan dalam rumah tangga", "kenali-tanda/rumah-tangga/", {"kdrt"}),
    ("", "scam", "kenali-tanda/penipuan-daring/", {"penipuan"}),
    ("", "loker", "kenali-tanda/lowongan-kerja-palsu/", {"lowongan kerja"}),
    ("en/", "PMI", "komunitas/pencari-kerja/", {"migrant worker", "migrant workers"}),
    ("en/", "domestic violence", "kenali-tanda/rumah-tangga/", {"kdrt"}),
    ("en/", "child labor", "kenali-tanda/eksploitasi-anak/", {"labour"}),
    (
        "en/",
        "illegal recruitment",
        "kenali-tanda/lowongan-kerja-palsu/",
        {"irregular", "unofficial", "non-procedural"},
    ),
]


@pytest.mark.parametrize(("path", "query", "expected", "synonyms"), SYNONYMS)
def test_a_synonym_finds_the_pages_that_say_it_otherwise_and_marks_it(
    page: Page,
    served: tuple[str, static_server.TransferLog],
    path: str,
    query: str,
    expected: str,
    synonyms: set[str],
) -> None:
    url, _ = served
    page.goto(url + path)
    results = search(page, query)
    assert SITE_PATH + path + expected in pages_of(results)[:3], (query, pages_of(results))
    assert marked_words(results) & synonyms, (query, marked_words(results))


@pytest.mark.parametrize(
    ("query", "pieces"),
    [
        ("pmi", ["pm"]),  # a synonym of TKI and pekerja migran: its own piece only
        ("nonprosedural", ["no"]),  # of ilegal and tidak resmi
        ("perdagangan", ["pe", "da"]),  # filed under its root, dagang, as before
    ],
)
def test_a_one_word_synonym_search_fetches_only_the_pieces_of_its_word(
    browser: Browser, served: tuple[str, static_server.TransferLog], query: str, pieces: list[str]
) -> None:
    """Synonyms are applied when the index is built: a one-word search fetches the piece
    of its word (and of its root, if filed under one), as without synonyms."""
    url, log = served
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    mark = log.mark()
    assert search(page, query)
    page.wait_for_load_state("networkidle")
    fetched = [t.path for t in log.since(mark) if not t.path.startswith(INDEX + "id/p/")]
    expected = [INDEX + "id/pages.json"] + [f"{INDEX}id/t/{p}.json" for p in pieces]
    assert sorted(fetched) == sorted(expected)
    context.close()


# (language folder, what a reader types, the words searched instead, the page wanted)
TYPOS = [
    ("", "restitsi", "restitusi", "hak-korban/restitusi/"),
    ("", "perdagngan orang", "perdagangan orang", "kenali-tanda/"),
    ("", "oerdagangan", "perdagangan", "kenali-tanda/"),  # the first letter wrong
    ("", "eksplotasi anak", "eksploitasi anak", "kenali-tanda/eksploitasi-anak/"),
    ("en/", "traficking", "trafficking", "kenali-tanda/"),
    ("en/", "restituion", "restitution", "hak-korban/restitusi/"),
    ("en/", "forced mariage", "forced marriage", "kenali-tanda/perkawinan-paksa/"),
]


@pytest.mark.parametrize(("path", "typed", "searched", "expected"), TYPOS)
def test_a_long_word_one_letter_off_is_searched_as_the_word_meant_and_the_reader_told(
    page: Page,
    served: tuple[str, static_server.TransferLog],
    path: str,
    typed: str,
    searched: str,
    expected: str,
) -> None:
    url, _ = served
    page.goto(url + path)
    results = search(page, typed)
    assert SITE_PATH + path + expected in pages_of(results)[:5], (typed, pages_of(results))
    language = "en" if path else "id"
    said = search_texts()["corrected"][language].replace("{words}", searched)
    assert status_text(page).startswith(said), status_text(page)
    assert page.text_content(".tppo-search__searched strong") == searched


@pytest.mark.parametrize(("path", "query"), [("", "restitusi"), ("", "kdrr"), ("en/", "fees")])
def test_a_word_found_as_typed_or_shorter_than_five_letters_is_not_corrected(
    page: Page, served: tuple[str, static_server.TransferLog], path: str, query: str
) -> None:
    url, _ = served
    page.goto(url + path)
    search(page, query)
    assert page.locator(".tppo-search__searched").count() == 0, status_text(page)


@pytest.mark.parametrize("query", ["perdagngan", "oerdagangan"])
def test_a_search_with_a_typo_downloads_at_most_100_kb_script_and_data_included(
    browser: Browser, served: tuple[str, static_server.TransferLog], query: str
) -> None:
    url, log = served
    context = browser.new_context()
    page = context.new_page()
    mark = log.mark()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    script = [t for t in log.since(mark) if t.path.endswith(SCRIPT)]
    mark = log.mark()
    assert search(page, query)
    page.wait_for_load_state("networkidle")
    first = log.since(mark)
    assert any(t.path.startswith(INDEX + "id/l/") for t in first), first  # the word lists
    spent = sum(t.bytes for t in script + first)
    assert spent <= SEARCH_BUDGET, f"{spent} bytes: {script + first}"
    context.close()


@pytest.mark.parametrize(
    ("path", "query", "name"),
    [
        ("", "restitsi", "search-typo-id"),
        ("en/", "traficking", "search-typo-en"),
        ("", "pmi ilegal", "search-synonym-id"),
        ("en/", "domestic violence", "search-synonym-en"),
    ],
)
def test_screenshots_of_typo_and_synonym_results(
    browser: Browser,
    served: tuple[str, static_server.TransferLog],
    path: str,
    query: str,
    name: str,
) -> None:
    """For people to look at: artifacts/screenshots/search-*.png, phone and laptop."""
    url, _ = served
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("phone", (360, 740)), ("desktop", (1280, 800))):
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        page = context.new_page()
        page.goto(url + path)
        assert search(page, query)
        page.screenshot(path=SCREENSHOTS / f"{name}-{size}.png")
        context.close()
