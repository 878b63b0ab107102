"""The news blog per language: file languages, counterparts, and the built result."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from sitegen.plugins.site.blog import counterpart_src_uri, source_locale

LOCALES = ["id", "en"]


@pytest.mark.parametrize(
    ("src_uri", "locale"),
    [
        ("blog/posts/fgd.md", "id"),
        ("blog/posts/fgd.en.md", "en"),
        ("blog/posts/v1.2-release.md", "id"),
        ("blog/index.en.md", "en"),
    ],
)
def test_source_locale_reads_the_suffix(src_uri: str, locale: str) -> None:
    assert source_locale(src_uri, "id", LOCALES) == locale


@pytest.mark.parametrize(
    ("src_uri", "locale", "counterpart"),
    [
        ("blog/posts/fgd.md", "en", "blog/posts/fgd.en.md"),
        ("blog/posts/fgd.en.md", "id", "blog/posts/fgd.md"),
        ("blog/posts/fgd.md", "id", "blog/posts/fgd.md"),
    ],
)
def test_counterpart_src_uri(src_uri: str, locale: str, counterpart: str) -> None:
    assert counterpart_src_uri(src_uri, locale, "id", LOCALES) == counterpart


def post_titles(site: Path, index: str) -> list[str]:
    soup = BeautifulSoup((site / index).read_text("utf-8"), "html.parser")
    return [h2.get_text(strip=True) for h2 in soup.select(".md-post h2")]


def test_each_news_index_lists_only_its_own_language(built_site: Path) -> None:
    indonesian = post_titles(built_site, "blog/index.html")
    english = post_titles(built_site, "en/blog/index.html")
    assert len(indonesian) == len(list((ROOT / "docs" / "blog" / "posts").glob("*.en.md")))
    assert len(english) == len(indonesian)
    assert set(indonesian).isdisjoint(english)
    assert any("Jakarta Barat" in title for title in indonesian)
    assert any("West Jakarta" in title for title in english)
