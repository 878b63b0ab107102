"""sitegen.search.pages: which pages the search indexes, read as sections of text."""

from __future__ import annotations

from pathlib import Path

from sitegen.search import pages

CARDS = pages.RepeatedBlocks(selector=".card", home="bantuan/direktori/")
CARD = (
    '<section class="card" id="layanan-lpsk"><h3>LPSK</h3>'
    '<p>Telepon <a href="tel:+62148">+62 148</a></p></section>'
)


def page(lang: str, article: str | None) -> str:
    body = f'<article class="md-content__inner md-typeset">{article}</article>' if article else ""
    return (
        f'<html lang="{lang}"><head><title>t</title></head><body>'
        f"<header>Keluar cepat</header>{body}<footer>Penipuan</footer></body></html>"
    )


def prepared(lang: str, article: str, path: str = "x/index.html", **options) -> pages.Page:
    result = pages.prepare(page(lang, article), path, pages.Options(**options))
    assert result is not None and result.language == lang
    return result


def sections(result: pages.Page) -> list[tuple[str, str, int, str]]:
    return [(s.anchor, s.title, s.title_weight, s.text) for s in result.sections]


def test_the_article_alone_is_read_in_sections_by_heading() -> None:
    result = prepared(
        "en",
        '<h1 id="help">Get <em>help</em><a class="headerlink" href="#help">¶</a></h1>'
        "<p>Call us.</p><script>var x;</script>"
        '<h2 id="who">Who</h2><p>Anyone, <strong>any</strong> time.</p>',
        "en/bantuan/index.html",
    )
    assert result.url == "en/bantuan/" and result.title == "Get help"
    assert sections(result) == [
        ("help", "Get help", pages.TITLE_WEIGHT, "Call us."),
        ("who", "Who", pages.HEADING_WEIGHT, "Anyone, any time."),
    ]


FOOTNOTED = (
    '<p>Korban berhak atas restitusi.<sup id="fnref:uu"><a class="footnote-ref" href="#fn:uu">1'
    "</a></sup></p><div data-search-exclude><p>Kompas.com, 2022</p></div>"
    '<div class="footnote"><hr><ol><li id="fn:uu"><p>UU 21/2007, <a href="https://x.example/'
    'a-b?page=4">https://x.example/a-b?page=4</a>. <a class="footnote-backref" href="#fnref:uu">'
    "\u21a9</a></p></li></ol></div>"
)


def test_footnotes_their_markers_and_opted_out_blocks_are_left_out() -> None:
    result = prepared("id", FOOTNOTED)
    assert sections(result) == [("", "", pages.TEXT_WEIGHT, "Korban berhak atas restitusi.")]


def test_a_sites_own_blocks_are_left_out_too() -> None:
    article = '<p>Lapor ke polisi.</p><p class="sources">Sumber: tvOneNews</p>'
    assert prepared("id", article).sections[0].text.endswith("tvOneNews")
    result = prepared("id", article, excluded=".sources")
    assert sections(result) == [("", "", pages.TEXT_WEIGHT, "Lapor ke polisi.")]
    assert pages.left_out(pages.Options(excluded=".sources")) == f"{pages.LEFT_OUT}, .sources"


def test_words_in_neighbouring_cells_stay_apart() -> None:
    result = prepared("en", "<table><tr><td>For</td><td>Anyone</td></tr></table>")
    assert result.sections[0].text == "For Anyone"


def test_a_page_without_an_article_is_not_indexed() -> None:
    assert pages.prepare(page("id", None), "index.html") is None


def test_repeated_blocks_are_left_out_away_from_their_home_page() -> None:
    result = prepared("en", f"<p>Get help</p>{CARD}", "en/cegah/index.html", repeated=CARDS)
    assert sections(result) == [("", "", pages.TEXT_WEIGHT, "Get help")]


def test_at_home_a_repeated_blocks_heading_weighs_most_and_takes_its_id() -> None:
    for path, lang in (
        ("bantuan/direktori/index.html", "id"),
        ("en/bantuan/direktori/index.html", "en"),
    ):
        result = prepared(lang, CARD, path, repeated=CARDS)
        assert sections(result) == [("layanan-lpsk", "LPSK", pages.HOME_WEIGHT, "Telepon +62 148")]


def test_phone_numbers_keep_their_national_form_beside_the_text() -> None:
    result = prepared("en", '<p>Call <a href="tel:+62213903963">+62 21 3903963</a></p>')
    assert sections(result) == [("", "", pages.TEXT_WEIGHT, "Call +62 21 3903963")]
    assert result.sections[0].numbers == ["0213903963"]


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
    found = [(p.url, p.language) for p in pages.pages(tmp_path)]
    assert found == [("en/bantuan/", "en"), ("", "id")]
