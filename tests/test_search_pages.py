"""sitegen.search.pages: which pages Pagefind indexes, and what it reads of them."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from sitegen.search import pages, roots

CARDS = pages.RepeatedBlocks(selector=".card", home="bantuan/direktori/")
CARD = '<section class="card" id="layanan-lpsk"><h3>LPSK</h3><p>Telepon 148</p></section>'


def page(lang: str, article: str | None) -> str:
    body = f'<article class="md-content__inner md-typeset">{article}</article>' if article else ""
    return (
        f'<html lang="{lang}"><head><title>t</title></head><body>'
        f"<header>Keluar cepat</header>{body}<footer>Penipuan</footer></body></html>"
    )


def prepared(lang: str, article: str, path: str = "x/index.html", **options) -> BeautifulSoup:
    result = pages.prepare(page(lang, article), path, pages.Options(**options))
    assert result is not None and result.language == lang and result.path == path
    return BeautifulSoup(result.html, "html.parser")


def test_only_the_article_is_marked_for_indexing() -> None:
    soup = prepared("en", "<h1>Get help</h1>")
    assert [tag.name for tag in soup.select("[data-pagefind-body]")] == ["article"]


def test_pagefind_reads_the_article_alone_in_a_page_of_its_language() -> None:
    soup = prepared("en", "<h1>Get help</h1>")
    assert soup.html["lang"] == "en"
    assert soup.header is None and soup.footer is None
    assert soup.body.get_text() == "Get help"


def test_indonesian_articles_get_roots() -> None:
    soup = prepared("id", "<p>Waspada <strong>penipuan</strong> kerja.</p>")
    root = f"{roots.ROOT_OPEN}tipu{roots.ROOT_CLOSE}"
    assert soup.article.strong.get_text() == f"penipuan {root}"


def test_english_articles_and_comments_are_left_as_they_are() -> None:
    assert roots.ROOT_OPEN not in str(prepared("en", "<p>deception</p>"))
    assert "<!-- penipuan -->" in str(prepared("id", "<p>kerja<!-- penipuan --></p>"))


def test_roots_can_be_left_out() -> None:
    assert roots.ROOT_OPEN not in str(prepared("id", "<p>penipuan</p>", add_roots=False))


def test_a_page_without_an_article_is_not_indexed() -> None:
    assert pages.prepare(page("id", None), "index.html") is None


def test_repeated_blocks_are_ignored_away_from_their_home_page() -> None:
    soup = prepared("en", f"<p>Get help</p>{CARD}", "en/cegah/index.html", repeated=CARDS)
    assert soup.select_one(".card")["data-pagefind-ignore"] == "all"
    assert not soup.p.has_attr("data-pagefind-ignore")


def test_at_home_a_repeated_blocks_heading_weighs_most_and_takes_its_id() -> None:
    for path, lang in (
        ("bantuan/direktori/index.html", "id"),
        ("en/bantuan/direktori/index.html", "en"),
    ):
        soup = prepared(lang, CARD, path, repeated=CARDS)
        card = soup.select_one(".card")
        assert not card.has_attr("data-pagefind-ignore")
        assert card.h3["id"] == "layanan-lpsk" and not card.has_attr("id")
        assert card.h3["data-pagefind-weight"] == pages.HOME_WEIGHT


def test_page_path_is_the_path_within_the_language() -> None:
    assert pages.page_path("en/bantuan/direktori/index.html", "en") == "bantuan/direktori/"
    assert pages.page_path("bantuan/direktori/index.html", "id") == "bantuan/direktori/"
    assert pages.page_path("index.html", "id") == ""


def test_pages_walks_the_site_and_skips_the_bilingual_404(tmp_path: Path) -> None:
    (tmp_path / "en" / "bantuan").mkdir(parents=True)
    (tmp_path / "index.html").write_text(page("id", "<p>Beranda</p>"))
    (tmp_path / "en" / "bantuan" / "index.html").write_text(page("en", "<p>Help</p>"))
    (tmp_path / "404.html").write_text(page("en", "<p>Tidak ditemukan / Not found</p>"))
    (tmp_path / "sitemap.html").write_text(page("en", None))
    found = [(p.path, p.language) for p in pages.pages(tmp_path)]
    assert found == [("en/bantuan/index.html", "en"), ("index.html", "id")]
