"""Helpers for tests that read the built site's HTML pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup

OTHER_LANGUAGE_PREFIX = "en/"
# Files in the built site that are not pages of one language.
NOT_PAGES = {"404.html"}


def page_paths(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to the site root."""
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if path.relative_to(site).as_posix() not in NOT_PAGES
    )


def split_by_language(paths: list[str]) -> tuple[set[str], set[str]]:
    """(Indonesian pages, English pages), the English ones without their `en/` prefix."""
    english = {p.removeprefix(OTHER_LANGUAGE_PREFIX) for p in paths if p.startswith("en/")}
    indonesian = {p for p in paths if not p.startswith("en/")}
    return indonesian, english


def soups(site: Path) -> Iterator[tuple[str, BeautifulSoup]]:
    for relative in page_paths(site):
        yield relative, BeautifulSoup((site / relative).read_text("utf-8"), "html.parser")
