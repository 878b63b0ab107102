"""The real site, built into a temporary folder: languages, switcher, quick exit,
privacy of every page, and a strict build that refuses broken links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from conftest import TEST_SITE_URL, build_site
from html_pages import page_paths, soups, split_by_language

LANGUAGES = {"id", "en"}
FETCHING_ATTRIBUTES = {
    "link": ["href"],
    "script": ["src"],
    "img": ["src", "srcset"],
    "iframe": ["src"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "image": ["href", "xlink:href"],
}
# <link> relations that name a URL without fetching it.
NON_FETCHING_LINK_RELATIONS = {"canonical", "alternate"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+(?:url\()?\s*['"]?([^'");\s]+)""")
SITE_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(TEST_SITE_URL))


def page_language(relative: str) -> str:
    return "en" if relative.startswith("en/") else "id"


def url_of(relative: str) -> str:
    """The URL a built file is served at."""
    return urljoin(TEST_SITE_URL, relative.removesuffix("index.html"))


def is_other_origin(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("", "data", "blob"):
        return parts.netloc != "" and parts.scheme == ""  # protocol-relative //host/...
    return f"{parts.scheme}://{parts.netloc}" != SITE_ORIGIN


def test_every_page_exists_in_both_languages(built_site: Path) -> None:
    indonesian, english = split_by_language(page_paths(built_site))
    assert len(indonesian) >= 10
    assert indonesian - english == set(), "pages only in Indonesian"
    assert english - indonesian == set(), "pages only in English"


def test_html_lang_matches_the_language_of_the_page(built_site: Path) -> None:
    wrong = {
        relative: soup.html.get("lang")
        for relative, soup in soups(built_site)
        if soup.html.get("lang") != page_language(relative)
    }
    assert wrong == {}


def test_language_switcher_leads_to_the_counterpart_page(built_site: Path) -> None:
    problems = []
    for relative, soup in soups(built_site):
        own = page_language(relative)
        other = (LANGUAGES - {own}).pop()
        expected = url_of(f"en/{relative}" if other == "en" else relative.removeprefix("en/"))
        links = soup.select(f'.md-select__link[hreflang="{other}"]')
        targets = {urljoin(url_of(relative), link["href"]) for link in links}
        if targets != {expected}:
            problems.append(f"{relative}: {sorted(targets)} instead of {expected}")
    assert problems == []


def test_sitemap_carries_hreflang_alternates_for_every_page(built_site: Path) -> None:
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    entries = ElementTree.parse(built_site / "sitemap.xml").getroot().findall("s:url", namespaces)
    locations = {entry.findtext("s:loc", namespaces=namespaces) for entry in entries}
    assert locations == {url_of(relative) for relative in page_paths(built_site)}
    for entry in entries:
        indonesian = entry.findtext("s:loc", namespaces=namespaces).replace(
            f"{TEST_SITE_URL}en/", TEST_SITE_URL, 1
        )
        alternates = {
            link.get("hreflang"): link.get("href") for link in entry.findall("x:link", namespaces)
        }
        assert alternates == {
            "id": indonesian,
            "en": indonesian.replace(TEST_SITE_URL, f"{TEST_SITE_URL}en/", 1),
        }


FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]"


def focusable_in_order(soup: BeautifulSoup) -> list:
    """Focusable elements in document order, leaving out Material's hidden toggles."""
    return [
        element
        for element in soup.body.select(FOCUSABLE)
        if "md-toggle" not in element.get("class", []) and element.get("tabindex") != "-1"
    ]


def test_quick_exit_is_among_the_first_focusable_elements(built_site: Path) -> None:
    exit_url = "https://www.google.com/search?q=cuaca+hari+ini"
    problems = []
    for relative, soup in soups(built_site):
        focusable = focusable_in_order(soup)
        exits = [
            i for i, element in enumerate(focusable) if element.has_attr("data-tppo-exit-link")
        ]
        before = [element for element in focusable[: exits[0]]] if exits else []
        if len(exits) != 1 or any("md-skip" not in e.get("class", []) for e in before):
            problems.append(f"{relative}: exit at {exits}, before it {before}")
        elif focusable[exits[0]]["href"] != exit_url:
            problems.append(f"{relative}: exit goes to {focusable[exits[0]]['href']}")
    assert problems == []


def test_quick_exit_label_is_in_the_language_of_the_page(built_site: Path) -> None:
    labels = {
        page_language(relative): soup.select_one(".tppo-exit__label").get_text(strip=True)
        for relative, soup in soups(built_site)
    }
    assert labels == {"id": "Keluar cepat", "en": "Quick exit"}


def test_every_page_asks_for_no_referrer(built_site: Path) -> None:
    missing = [
        relative
        for relative, soup in soups(built_site)
        if not soup.select_one('meta[name="referrer"][content="no-referrer"]')
    ]
    assert missing == []


def other_origin_fetches_in_html(soup: BeautifulSoup) -> list[str]:
    found = []
    for tag, attributes in FETCHING_ATTRIBUTES.items():
        for element in soup.find_all(tag):
            if tag == "link" and set(element.get("rel", [])) & NON_FETCHING_LINK_RELATIONS:
                continue
            for attribute in attributes:
                for value in (element.get(attribute) or "").split(","):
                    url = value.strip().split(" ")[0]
                    if url and is_other_origin(url):
                        found.append(f"<{tag} {attribute}={url}>")
    for style in [s.get_text() for s in soup.find_all("style")] + [
        element["style"] for element in soup.find_all(style=True)
    ]:
        found += [f"css {url}" for url in css_urls(style) if is_other_origin(url)]
    return found


def css_urls(css: str) -> list[str]:
    return [first or second for first, second in CSS_URL.findall(css)]


def test_no_page_fetches_anything_from_another_origin(built_site: Path) -> None:
    found = {
        relative: fetches
        for relative, soup in soups(built_site)
        if (fetches := other_origin_fetches_in_html(soup))
    }
    assert found == {}


def test_no_stylesheet_loads_anything_from_another_origin(built_site: Path) -> None:
    stylesheets = list(built_site.rglob("*.css"))
    assert stylesheets, "the build wrote no CSS"
    found = {
        path.relative_to(built_site).as_posix(): urls
        for path in stylesheets
        if (urls := [u for u in css_urls(path.read_text("utf-8")) if is_other_origin(u)])
    }
    assert found == {}


def test_other_origin_detector_catches_what_it_must() -> None:
    soup = BeautifulSoup(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css">'
        '<script src="//cdn.example.net/x.js"></script>'
        '<img src="assets/a.png" srcset="a.png 1x, https://img.example.com/b.png 2x">'
        '<div style="background:url(https://t.example.org/p.gif)"></div>'
        '<link rel="canonical" href="https://elsewhere.example/">',
        "html.parser",
    )
    assert other_origin_fetches_in_html(soup) == [
        "<link href=https://fonts.googleapis.com/css>",
        "<script src=//cdn.example.net/x.js>",
        "<img srcset=https://img.example.com/b.png>",
        "css https://t.example.org/p.gif",
    ]


def test_404_page_speaks_both_languages_with_root_relative_links(built_site: Path) -> None:
    soup = BeautifulSoup((built_site / "404.html").read_text("utf-8"), "html.parser")
    root = urlsplit(TEST_SITE_URL).path
    for language, home in (("id", root), ("en", f"{root}en/")):
        block = soup.select_one(f'.md-content [lang="{language}"]')
        assert block is not None
        assert home in [a["href"] for a in block.find_all("a")]


def read(built_site: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((built_site / relative).read_text("utf-8"), "html.parser")


def test_site_name_and_navigation_titles_follow_the_language(built_site: Path) -> None:
    indonesian, english = read(built_site, "index.html"), read(built_site, "en/index.html")
    assert "Waspada TPPO Jakarta" in indonesian.title.text
    assert "Trafficking Awareness Jakarta" in english.title.text
    nav_titles = {
        lang: [
            item.select_one("label, a").get_text(" ", strip=True)
            for item in soup.select(".md-nav--primary > .md-nav__list > .md-nav__item")
        ]
        for lang, soup in (("id", indonesian), ("en", english))
    }
    assert "Kenali Tanda" in nav_titles["id"] and "Warning signs" in nav_titles["en"]
    assert "Kabar" in nav_titles["id"] and "News" in nav_titles["en"]


def test_admonition_titles_and_dates_follow_the_language(built_site: Path) -> None:
    aman_id, aman_en = (
        read(built_site, "bantuan/index.html"),
        read(built_site, "en/bantuan/index.html"),
    )
    assert (
        aman_id.select_one(".admonition.warning .admonition-title").text == "Keselamatan lebih dulu"
    )
    assert aman_en.select_one(".admonition.warning .admonition-title").text == "Safety first"
    post = "blog/fgd-tppo-jakarta-barat/index.html"
    assert "24 Agustus 2025" in read(built_site, post).select_one(".md-content").text
    assert "August 24, 2025" in read(built_site, f"en/{post}").select_one(".md-content").text


@pytest.mark.parametrize(
    ("fault", "reported"),
    [
        ("[a missing page](no-such-page.md)", "no-such-page.md"),
        ("[a missing anchor](index.md#no-such-anchor)", "no-such-anchor"),
    ],
)
def test_a_broken_internal_link_fails_the_strict_build(
    project_copy: Path, tmp_path: Path, fault: str, reported: str
) -> None:
    page = project_copy / "docs" / "tentang" / "privasi.md"
    page.write_text(page.read_text("utf-8") + f"\n{fault}\n", "utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert reported in result.stderr
    assert "privasi.md" in result.stderr
