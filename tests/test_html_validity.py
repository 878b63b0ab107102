"""Every built page, in both languages and the 404 page, is valid HTML for the W3C Nu
Html Checker (the checker behind validator.w3.org), but for a short list of Material's
own markup. One run of the checker (one JVM) covers the whole site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitegen.local_tools import NuMessage, NuReport, nu_check


@dataclass(frozen=True)
class Allowed:
    """A message that Material's templates cause, on the one start tag that causes it."""

    message: str
    markup: re.Pattern[str]  # the whole start tag the checker points at
    why: str

    def covers(self, found: NuMessage) -> bool:
        return found.message == self.message and self.markup.fullmatch(found.markup) is not None


MATERIAL = [
    Allowed(
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”,"
        " “datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”,"
        " “search”, “tel”, “text”, “time”, “url”, or “week”.",
        re.compile(
            r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"'
            r' id="__(drawer|search)" autocomplete="off">'
        ),
        "Material's base.html: its hidden drawer and search toggles, so that Firefox does"
        " not bring back an open menu or search with the page",
    ),
    Allowed(
        "Bad value “” for attribute “tabindex” on element “label”: The empty string is not"
        " a valid integer.",
        re.compile(
            r'<label class="md-nav__link (md-nav__link--active)?" for="__nav(_\d+)+"'
            r' id="__nav(_\d+)+_label" tabindex="">'
        ),
        "Material's nav-item.html: a section heading's label under navigation.sections"
        " (browsers read the empty value as no tabindex)",
    ),
    Allowed(
        "The value of the “for” attribute of the “label” element must be the ID of a"
        " non-hidden form control.",
        re.compile(r'<label class="md-nav__title" for="__toc">'),
        "Material's toc.html: the contents title points at the __toc toggle that nav-item.html"
        " writes only for a page with its own navigation entry (not section index pages"
        " under navigation.indexes, nor blog posts)",
    ),
]


# The checker's own mistake, not the page's: a data block (a script whose type is not
# JavaScript, here Material's configuration and our schema.org JSON-LD) is never run,
# and HTML prepares no such script far enough for the Content-Security-Policy to apply.
CHECKER = [
    Allowed(
        "Inline script violates Content Security Policy (meta tag): blocked by “script-src”"
        " directive (missing “\u2018unsafe-inline\u2019” or nonce/hash).",
        re.compile(r'<script (id="__config" )?type="application/(ld\+)?json">'),
        "a JSON data block, which browsers never execute, so CSP does not govern it",
    ),
]
ALLOWED = [*MATERIAL, *CHECKER]


def unexpected(messages: list[NuMessage]) -> list[NuMessage]:
    """The errors and warnings that no allow-list entry covers."""
    return [
        m for m in messages if m.kind != "info" and not any(entry.covers(m) for entry in ALLOWED)
    ]


@pytest.fixture(scope="module")
def report(built_site: Path) -> NuReport:
    return nu_check(built_site)


def test_the_checker_saw_every_page(report: NuReport, built_site: Path) -> None:
    pages = sorted(path.relative_to(built_site).as_posix() for path in built_site.rglob("*.html"))
    assert "404.html" in pages and "en/index.html" in pages
    assert report.pages == pages


def test_every_page_is_valid_html_but_for_materials_own_markup(report: NuReport) -> None:
    problems = [
        f"{m.page}:{m.line}: {m.kind}: {m.message}\n    {' '.join(m.markup.split())}"
        for m in sorted(unexpected(report.messages), key=lambda m: (m.page, m.line))
    ]
    if problems:
        pytest.fail(f"{len(problems)} unexpected:\n" + "\n".join(problems), pytrace=False)


def test_every_allow_list_entry_is_still_needed(report: NuReport) -> None:
    """When Material fixes its markup, its entry goes, so that it hides nothing later."""
    unused = [entry.why for entry in ALLOWED if not any(map(entry.covers, report.messages))]
    assert unused == []


def _message(markup: str, message: str) -> NuMessage:
    return NuMessage(page="x/index.html", line=1, kind="error", message=message, markup=markup)


@pytest.mark.parametrize(
    ("entry", "ours"),
    [
        (MATERIAL[0], '<input type="checkbox" id="tppo-remember" autocomplete="off">'),
        (
            MATERIAL[0],
            '<input class="md-toggle" data-md-toggle="search" type="checkbox"'
            ' id="__search" autocomplete="off" aria-hidden="true">',
        ),
        (MATERIAL[1], '<label class="tppo-filter" for="__nav_2" tabindex="">'),
        (MATERIAL[2], '<label class="md-nav__title" for="tppo-filter">'),
        (CHECKER[0], "<script>"),
        (CHECKER[0], '<script type="module">'),
    ],
)
def test_a_similar_error_of_ours_is_not_allowed(entry: Allowed, ours: str) -> None:
    assert not entry.covers(_message(ours, entry.message))
    assert unexpected([_message(ours, entry.message)])
