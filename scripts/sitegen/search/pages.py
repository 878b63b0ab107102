"""The pages Pagefind indexes, and the copy of each that it reads.

Only the article is indexed (not the header, navigation, quick exit or footer, which are
the same on every page), in the language of the page's `<html lang>`. Blocks that many
pages repeat (the help-service cards) are indexed on their home page only (the
directory), so that a service's name or number leads there and not to every page that
shows its card; there, each block's heading weighs most and takes the block's id, so
that the result ranks high and links straight to the card. Phone numbers are also
indexed in their national form (see `numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag

from sitegen.search import numbers, roots

# Material's content area.
CONTENT_CLASS = "md-content__inner"
CONTENT = f"article.{CONTENT_CLASS}"
CONTENT_CLASS_RE = re.compile(rf"\b{CONTENT_CLASS}\b")  # a plain string matches no element
HTML_LANG = re.compile(r"<html[^>]*\slang=\"([^\"]+)\"")
# One 404.html serves both languages: it belongs to neither index.
SKIPPED = {"404.html"}
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
# Pagefind's highest weight (a page title gets 7), for a repeated block's heading at home:
# a search for a service's name puts its card in the directory among the first results.
HOME_WEIGHT = "10"


@dataclass(frozen=True)
class RepeatedBlocks:
    selector: str  # CSS selector of the blocks, e.g. ".tppo-card"
    home: str  # the page that indexes them, as a path in every language: "bantuan/direktori/"


@dataclass(frozen=True)
class Options:
    add_roots: bool = True  # False: words as they are (the benchmark compares both)
    repeated: RepeatedBlocks | None = None


DEFAULT = Options()


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site folder, e.g. "en/bantuan/index.html"
    language: str
    html: str  # what Pagefind reads


def page_path(path: str, language: str) -> str:
    """The path of a page within its language: en/bantuan/index.html -> bantuan/."""
    return path.removeprefix(f"{language}/").removesuffix("index.html")


def prepare(html: str, path: str, options: Options = DEFAULT) -> Page | None:
    """What Pagefind reads of the built page at `path`: its article alone, in a page of
    the same language (Pagefind takes the title from the first h1). None for a page with
    no article."""
    # Only the article is built into a tree: six times faster than the whole page.
    soup = BeautifulSoup(
        html, "html.parser", parse_only=SoupStrainer("article", class_=CONTENT_CLASS_RE)
    )
    article = soup.find("article")
    lang = HTML_LANG.search(html)
    if not isinstance(article, Tag) or lang is None:
        return None
    language = lang.group(1)
    article["data-pagefind-body"] = ""
    if options.repeated is not None:
        _index_repeated_blocks_at_home(article, page_path(path, language), options.repeated)
    numbers.add_national_forms(article)
    find_root = roots.root_finder(language) if options.add_roots else None
    if find_root is not None:
        for text in article.find_all(string=True):
            if type(text) is NavigableString:  # not a comment, CDATA or doctype
                text.replace_with(roots.annotate(str(text), find_root))
    document = f'<!doctype html><html lang="{language}"><body>{article}</body></html>'
    return Page(path, language, document)


def _index_repeated_blocks_at_home(article: Tag, path: str, repeated: RepeatedBlocks) -> None:
    at_home = path.strip("/") == repeated.home.strip("/")
    for block in article.select(repeated.selector):
        if not at_home:
            block["data-pagefind-ignore"] = "all"
            continue
        heading = block.find(HEADINGS)
        if not isinstance(heading, Tag):
            continue
        heading["data-pagefind-weight"] = HOME_WEIGHT
        if block.get("id") and not heading.get("id"):
            heading["id"] = block["id"]
            del block["id"]


def pages(site_dir: Path, options: Options = DEFAULT) -> Iterator[Page]:
    """Every page of the built site that has an article, prepared for Pagefind."""
    for file in sorted(site_dir.rglob("*.html")):
        path = file.relative_to(site_dir).as_posix()
        if path in SKIPPED:
            continue
        page = prepare(file.read_text("utf-8"), path, options)
        if page is not None:
            yield page
