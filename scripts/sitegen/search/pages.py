"""The pages Pagefind indexes, and the copy of each that it reads.

Only the article is indexed (not the header, navigation, quick exit or footer, which are
the same on every page), in the language of the page's `<html lang>`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString

from sitegen.search import roots

# Material's content area.
CONTENT = "article.md-content__inner"
# One 404.html serves both languages: it belongs to neither index.
SKIPPED = {"404.html"}


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site folder, e.g. "en/bantuan/index.html"
    language: str
    html: str  # what Pagefind reads


def prepare(html: str, add_roots: bool = True) -> tuple[str, str] | None:
    """(language, HTML for Pagefind) for a built page; None for a page with no article.

    `add_roots=False` leaves the words as they are (the benchmark compares both).
    """
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one(CONTENT)
    if article is None or soup.html is None:
        return None
    article["data-pagefind-body"] = ""
    language = str(soup.html.get("lang", ""))
    find_root = roots.root_finder(language) if add_roots else None
    if find_root is not None:
        for text in article.find_all(string=True):
            if type(text) is NavigableString:  # not a comment, CDATA or doctype
                text.replace_with(roots.annotate(str(text), find_root))
    return language, str(soup)


def pages(site_dir: Path, add_roots: bool = True) -> Iterator[Page]:
    """Every page of the built site that has an article, prepared for Pagefind."""
    for file in sorted(site_dir.rglob("*.html")):
        path = file.relative_to(site_dir).as_posix()
        if path in SKIPPED:
            continue
        prepared = prepare(file.read_text("utf-8"), add_roots)
        if prepared is not None:
            yield Page(path, *prepared)
