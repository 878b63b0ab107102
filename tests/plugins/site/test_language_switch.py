"""The language switcher, by one rule: relative links on every page, so the built site
works under any path; on the 404 page (answered at any depth) root-absolute links to
each language's home page."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from conftest import TEST_SITE_URL
from html_pages import soups

from sitegen import static_server

ROOT_PATH = urlsplit(TEST_SITE_URL).path


def switcher_links(soup: BeautifulSoup) -> dict[str, str]:
    return {a["hreflang"]: a["href"] for a in soup.select(".md-header .md-select__link")}


def test_every_pages_switcher_links_are_relative(built_site: Path) -> None:
    absolute = {
        relative: links
        for relative, soup in soups(built_site)
        if (links := switcher_links(soup))
        and any(urlsplit(href).scheme or href.startswith("/") for href in links.values())
    }
    assert absolute == {}
    home = BeautifulSoup((built_site / "index.html").read_text("utf-8"), "html.parser")
    assert switcher_links(home) == {"id": "./", "en": "en/"}


def test_the_404_page_leads_to_each_languages_home_page(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "404.html").read_text("utf-8"), "html.parser")
    assert switcher_links(page) == {"id": ROOT_PATH, "en": f"{ROOT_PATH}en/"}


def fetch_lang(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url) as response:
        soup = BeautifulSoup(response.read().decode("utf-8"), "html.parser")
        return response.status, soup.html["lang"]


def test_every_switcher_link_works_under_another_path_than_site_url(built_site: Path) -> None:
    broken = []
    followed = 0
    with static_server.serve(built_site, "/somewhere/else/") as (base, _):
        for relative, soup in soups(built_site):
            page_url = urljoin(base, relative.removesuffix("index.html"))
            for language, href in switcher_links(soup).items():
                target = urljoin(page_url, href)
                try:
                    status, landed = fetch_lang(target)
                except OSError as error:
                    status, landed = getattr(error, "code", 0), ""
                followed += 1
                if (status, landed) != (200, language):
                    broken.append(f"{relative} -> {href}: {status} lang={landed!r}")
    assert followed > 100
    assert broken == []
