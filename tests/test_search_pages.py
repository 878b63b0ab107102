"""sitegen.search.pages: which pages Pagefind indexes, and what it reads of them."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from sitegen.search import pages, roots


def page(lang: str, article: str | None) -> str:
    body = f'<article class="md-content__inner md-typeset">{article}</article>' if article else ""
    return (
        f'<html lang="{lang}"><head><title>t</title></head><body>'
        f"<header>Keluar cepat</header>{body}<footer>Penipuan</footer></body></html>"
    )


def test_only_the_article_is_marked_for_indexing() -> None:
    language, html = pages.prepare(page("en", "<h1>Get help</h1>"))
    soup = BeautifulSoup(html, "html.parser")
    assert language == "en"
    assert [tag.name for tag in soup.select("[data-pagefind-body]")] == ["article"]


def test_indonesian_articles_get_roots_and_the_rest_of_the_page_does_not() -> None:
    _, html = pages.prepare(page("id", "<p>Waspada <strong>penipuan</strong> kerja.</p>"))
    soup = BeautifulSoup(html, "html.parser")
    root = f"{roots.ROOT_OPEN}tipu{roots.ROOT_CLOSE}"
    assert soup.article.strong.get_text() == f"penipuan {root}"
    assert soup.footer.get_text() == "Penipuan"


def test_english_articles_and_comments_are_left_as_they_are() -> None:
    _, html = pages.prepare(page("en", "<p>deception</p>"))
    assert roots.ROOT_OPEN not in html
    _, html = pages.prepare(page("id", "<p>kerja<!-- penipuan --></p>"))
    assert "<!-- penipuan -->" in html


def test_roots_can_be_left_out() -> None:
    _, html = pages.prepare(page("id", "<p>penipuan</p>"), add_roots=False)
    assert roots.ROOT_OPEN not in html


def test_a_page_without_an_article_is_not_indexed() -> None:
    assert pages.prepare(page("id", None)) is None


def test_pages_walks_the_site_and_skips_the_bilingual_404(tmp_path: Path) -> None:
    (tmp_path / "en" / "bantuan").mkdir(parents=True)
    (tmp_path / "index.html").write_text(page("id", "<p>Beranda</p>"))
    (tmp_path / "en" / "bantuan" / "index.html").write_text(page("en", "<p>Help</p>"))
    (tmp_path / "404.html").write_text(page("en", "<p>Tidak ditemukan / Not found</p>"))
    (tmp_path / "sitemap.html").write_text(page("en", None))
    found = [(p.path, p.language) for p in pages.pages(tmp_path)]
    assert found == [("en/bantuan/index.html", "en"), ("index.html", "id")]
