"""The sitegen/site plugin on a minimal site: its options, its theme layer, its words."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.plugins.minimal_site import build, write_site


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_a_minimal_site_gets_the_quick_exit_in_each_language(tmp_path: Path) -> None:
    site = write_site(tmp_path, [{"sitegen/site": {"quick_exit": {"url": "https://x.test/"}}}])
    result = build(site)
    assert result.returncode == 0, result.stderr
    for page, label in (("site/index.html", "Keluar cepat"), ("site/en/index.html", "Quick exit")):
        link = soup(site / page).select_one("a[data-tppo-exit-link]")
        assert link["href"] == "https://x.test/"
        assert link.select_one(".tppo-exit__label").get_text(strip=True) == label


def test_the_404_page_speaks_every_language_and_links_home(tmp_path: Path) -> None:
    site = write_site(tmp_path, [{"sitegen/site": {"help_page": "help"}}])
    assert build(site).returncode == 0
    page = soup(site / "site" / "404.html")
    texts = {div["lang"]: div for div in page.select("article div[lang]")}
    assert texts["id"].h2.get_text() == "Halaman tidak ditemukan"
    assert [a["href"] for a in texts["id"].select("a")] == ["/test/", "/test/help/"]
    assert texts["en"].h2.get_text() == "Page not found"
    assert [a["href"] for a in texts["en"].select("a")] == ["/test/en/", "/test/en/help/"]


def test_without_a_help_page_the_404_page_links_home_only(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site"])
    assert build(site).returncode == 0
    english = soup(site / "site" / "404.html").select_one('div[lang="en"]')
    assert [a.get_text() for a in english.select("a")] == ["Go to the home page"]


def test_a_third_language_comes_from_the_sites_own_catalog(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site"], languages=("id", "en", "fr"))
    po = site / "locale" / "fr" / "LC_MESSAGES" / "sitegen.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid "Quick exit"\nmsgstr "Sortie rapide"\n', encoding="utf-8")
    result = build(site)
    assert result.returncode == 0, result.stderr
    label = soup(site / "site" / "fr" / "index.html").select_one(".tppo-exit__label")
    assert label.get_text(strip=True) == "Sortie rapide"


def test_a_language_without_a_catalog_stops_the_build_saying_where_to_add_one(
    tmp_path: Path,
) -> None:
    result = build(write_site(tmp_path, ["sitegen/site"], languages=("id", "jv")))
    assert result.returncode == 1
    assert "no message catalog for language 'jv': add jv/LC_MESSAGES/sitegen.po" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_time_zone_is_refused_by_mkdocs_with_the_option_named(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, [{"sitegen/site": {"timezone": "Asia/Jakata"}}]))
    assert result.returncode == 1
    assert "'Asia/Jakata' is not an IANA time zone name" in result.stderr
    assert "sitegen/site" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_region_must_be_named_in_every_language(tmp_path: Path) -> None:
    site = write_site(tmp_path, [{"sitegen/site": {"region": {"id": "Bali", "de": "Bali"}}}])
    result = build(site)
    assert result.returncode == 1
    lines = (site / "mkdocs.yml").read_text().splitlines()
    region_line = next(i for i, line in enumerate(lines, 1) if "region:" in line)
    # Messages for editors are in the site's default language.
    assert (
        f"mkdocs.yml:{region_line}: plugins.sitegen/site.region.en: "
        "nama wilayah dalam bahasa Inggris belum ada"
    ) in result.stderr
    assert (
        f"mkdocs.yml:{region_line + 2}: plugins.sitegen/site.region.de: "
        "'de' bukan bahasa situs ini (bahasanya: id, en)"
    ) in result.stderr
