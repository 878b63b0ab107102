""" "Edit this page" / "Sunting halaman ini": every page links to its own source in the
repository's web editor, from the sitegen/site plugin's repository_url and branch."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT
from html_pages import soups

from sitegen import mkdocs_yml
from tests.plugins.minimal_site import build, write_site


def edit_links(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a["href"], a.get_text(strip=True)) for a in soup.select(".tppo-edit a")]


def test_every_page_of_the_site_links_to_its_existing_source(built_site: Path) -> None:
    config = mkdocs_yml.load(ROOT / "mkdocs.yml")
    site = next(
        p["sitegen/site"] for p in config["plugins"] if isinstance(p, dict) and "sitegen/site" in p
    )
    prefix = f"{site['repository_url']}/edit/main/"
    wrong = []
    for relative, soup in soups(built_site):
        links = edit_links(soup)
        label = "Edit this page" if relative.startswith("en/") else "Sunting halaman ini"
        if len(links) != 1 or links[0][1] != label or not links[0][0].startswith(prefix):
            wrong.append(f"{relative}: {links}")
            continue
        source = ROOT / links[0][0].removeprefix(prefix)
        language = "en" if relative.startswith("en/") else "id"
        if not source.is_file() or (language == "en") != source.name.endswith(".en.md"):
            wrong.append(f"{relative}: {source} is not its source")
    assert wrong == []


def test_the_404_page_has_no_edit_link(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "404.html").read_text("utf-8"), "html.parser")
    assert edit_links(page) == []


def test_the_branch_is_an_option_and_repo_url_stays_unset(tmp_path: Path) -> None:
    options = {"repository_url": "https://example.org/team/site/", "branch": "draft"}
    site = write_site(tmp_path, [{"sitegen/site": options}])
    result = build(site)
    assert result.returncode == 0, result.stderr
    for page, label, source in (
        ("site/index.html", "Sunting halaman ini", "index.md"),
        ("site/en/index.html", "Edit this page", "index.en.md"),
    ):
        soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
        assert edit_links(soup) == [
            (f"https://example.org/team/site/edit/draft/docs/{source}", label)
        ]
        # Material's own edit button would need repo_url, which calls GitHub's API.
        assert soup.select(".md-source, .md-content__button") == []


def test_a_site_without_a_repository_has_no_edit_link(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site"])
    assert build(site).returncode == 0
    soup = BeautifulSoup((site / "site/index.html").read_text("utf-8"), "html.parser")
    assert edit_links(soup) == []
