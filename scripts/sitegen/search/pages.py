"""The pages the search indexes, each read as sections of text.

Only the article is indexed (not the header, navigation, quick exit or footer, which are
the same on every page), in the language of the page's `<html lang>`, without footnotes,
permalinks and the blocks a site marks as sources (`Options.excluded`): they would fill
snippets with addresses and rank a page for the names of the sources it cites. Each heading starts
a section, linked by the heading's id. Blocks that many pages repeat (the help-service
cards) are indexed on their home page only (the directory), so that a service's name or
number leads there and not to every page that shows its card; there, each block's heading
weighs most and its section takes the block's id, so that the result ranks high and links
straight to the card. Phone numbers are also indexed in their national form (see
`numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag

from sitegen.search import numbers

# Material's content area.
CONTENT_CLASS = "md-content__inner"
CONTENT_CLASS_RE = re.compile(rf"\b{CONTENT_CLASS}\b")  # a plain string matches no element
HTML_LANG = re.compile(r"<html[^>]*\slang=\"([^\"]+)\"")
# One 404.html serves both languages: it belongs to neither index.
SKIPPED = {"404.html"}
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
# Inside the article, never indexed on any site: the "¶" links after headings, footnote
# markers and the footnotes themselves (sources, not what a reader searches for), blocks
# marked with Material's own opt-out attribute, scripts and styles.
LEFT_OUT = ".headerlink, .footnote-ref, .footnote, [data-search-exclude], script, style"
SPACES = re.compile(r"\s+")
# Elements whose text ends a run of words: a space after each keeps "For" and "Anyone"
# in neighbouring cells two words.
BLOCKS = ["p", "li", "dt", "dd", "td", "th", "div", "br", "blockquote", "section", "figcaption"]

# How much a word weighs where it stands.
TEXT_WEIGHT = 1
HEADING_WEIGHT = 3
TITLE_WEIGHT = 7  # the page's h1
# A repeated block's heading on its home page: above other headings, so that a service's
# name leads to its card, but below a title, so that the page about a subject outranks the
# directory whose cards name it (Pelindungan Pekerja Migran for "pekerja migran").
HOME_WEIGHT = 5


@dataclass(frozen=True)
class RepeatedBlocks:
    selector: str  # CSS selector of the blocks, e.g. ".tppo-card"
    home: str  # the page that indexes them, as a path in every language: "bantuan/direktori/"


@dataclass(frozen=True)
class Options:
    repeated: RepeatedBlocks | None = None
    excluded: str = ""  # CSS selector of this site's own blocks never indexed (source lists)


DEFAULT = Options()


@dataclass
class Section:
    anchor: str  # the heading's id; "" for the top of the page
    title: str
    title_weight: int
    text: str = ""
    numbers: list[str] = field(default_factory=list)  # national forms of its phone numbers


@dataclass(frozen=True)
class Page:
    url: str  # relative to the site's root, e.g. "en/bantuan/"
    language: str
    title: str
    sections: list[Section]


def left_out(options: Options) -> str:
    """The CSS selector of every block the index leaves out."""
    return ", ".join(selector for selector in (LEFT_OUT, options.excluded) if selector)


def page_path(path: str, language: str) -> str:
    """The path of a page within its language: en/bantuan/index.html -> bantuan/."""
    return path.removeprefix(f"{language}/").removesuffix("index.html")


def prepare(html: str, path: str, options: Options = DEFAULT) -> Page | None:
    """The built page at `path` as sections of text; None for a page with no article."""
    # Only the article is built into a tree: six times faster than the whole page.
    soup = BeautifulSoup(
        html, "html.parser", parse_only=SoupStrainer("article", class_=CONTENT_CLASS_RE)
    )
    article = soup.find("article")
    lang = HTML_LANG.search(html)
    if not isinstance(article, Tag) or lang is None:
        return None
    language = lang.group(1)
    for tag in article.select(left_out(options)):
        tag.decompose()
    for tag in article.find_all(BLOCKS):
        tag.insert_after(" ")
    anchors = _repeated_block_anchors(article, page_path(path, language), options.repeated)
    sections = [s for s in _sections(article, anchors) if s.title or s.text]
    title = next((s.title for s in sections if s.title_weight == TITLE_WEIGHT), "")
    return Page(path.removesuffix("index.html"), language, title, sections)


def _repeated_block_anchors(
    article: Tag, path: str, repeated: RepeatedBlocks | None
) -> dict[int, str]:
    """Leave out repeated blocks away from home; at home, the anchor of each block's
    heading (by the heading's `id()`)."""
    anchors: dict[int, str] = {}
    if repeated is None:
        return anchors
    at_home = path.strip("/") == repeated.home.strip("/")
    for block in article.select(repeated.selector):
        if not at_home:
            block.decompose()
            continue
        heading = block.find(HEADINGS)
        if isinstance(heading, Tag):
            anchors[id(heading)] = str(heading.get("id") or block.get("id") or "")
    return anchors


def _sections(article: Tag, home_anchors: dict[int, str]) -> Iterator[Section]:
    section = Section("", "", TEXT_WEIGHT)
    texts: list[str] = []
    for node in article.descendants:
        if isinstance(node, Tag) and node.name in HEADINGS:
            yield _closed(section, texts)
            texts = []
            if id(node) in home_anchors:
                anchor, weight = home_anchors[id(node)], HOME_WEIGHT
            else:
                anchor = str(node.get("id") or "")
                weight = TITLE_WEIGHT if node.name == "h1" else HEADING_WEIGHT
            section = Section(anchor, _clean(node.get_text()), weight)
        elif isinstance(node, Tag) and node.name == "a":
            digits = numbers.missing_national_form(node)
            if digits:
                section.numbers.append(digits)
        elif type(node) is NavigableString and node.find_parent(HEADINGS) is None:
            texts.append(str(node))
    yield _closed(section, texts)


def _closed(section: Section, texts: list[str]) -> Section:
    section.text = _clean("".join(texts))
    return section


def _clean(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def pages(site_dir: Path, options: Options = DEFAULT) -> Iterator[Page]:
    """Every page of the built site that has an article."""
    for file in sorted(site_dir.rglob("*.html")):
        path = file.relative_to(site_dir).as_posix()
        if path in SKIPPED:
            continue
        page = prepare(file.read_text("utf-8"), path, options)
        if page is not None:
            yield page
