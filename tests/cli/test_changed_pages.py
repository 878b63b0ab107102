"""`sitegen changed-pages BASE`: a pull request's changed files, as the built pages they
touch in every language (offline: a git repository and a built site in a folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sitegen import changed_pages, translations
from sitegen.local_tools import ROOT
from tests.test_translations import git

REPOSITORY = "https://github.com/example/site"
CONFIG = {
    "site_name": "Test",
    "site_url": "https://example.org/kota/",
    "theme": {"name": "material", "language": "id"},
    "plugins": [
        {"sitegen/site": {"repository_url": REPOSITORY}},
        {
            "i18n": {
                "docs_structure": "suffix",
                "languages": [
                    {"locale": "id", "default": True, "name": "Bahasa Indonesia"},
                    {"locale": "en", "name": "English"},
                ],
            }
        },
    ],
}
PAGES = {  # built path -> (language, source)
    "": ("id", "docs/index.md"),
    "en/": ("en", "docs/index.en.md"),
    "tanda/": ("id", "docs/tanda.md"),
    "en/tanda/": ("en", "docs/tanda.en.md"),
    "direktori/": ("id", "docs/direktori.md"),
    "en/direktori/": ("en", "docs/direktori.en.md"),
    "bantuan/": ("id", "docs/bantuan.md"),
    "en/bantuan/": ("en", "docs/bantuan.en.md"),
}
SOURCES = {
    "docs/index.md": "# Beranda\n",
    "docs/index.en.md": "# Home\n",
    "docs/tanda.md": "# Tanda\n",
    "docs/tanda.en.md": "# Signs\n",
    "docs/direktori.md": "# Direktori\n\n<!-- md:directory -->\n",
    "docs/direktori.en.md": "# Directory\n\n<!-- md:directory -->\n",
    "docs/bantuan.md": "# Bantuan\n\n<!-- md:contacts sapa-129 polri-110 -->\n",
    "docs/bantuan.en.md": "# Help\n\n<!-- md:contacts sapa-129 -->\n",
    "data/services/sapa-129.yml": "id: sapa-129\n",
    "data/services/kp2mi.yml": "id: kp2mi\n",
    "data/topics.yml": "topics: []\n",
    "overrides/partials/site-search.html": "<div></div>\n",
    "README.md": "# Readme\n",
}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "mkdocs.yml").write_text(yaml.safe_dump(CONFIG, sort_keys=False))
    write(root, SOURCES)
    for path, (language, source) in PAGES.items():
        write(
            root,
            {
                f"site/{path}index.html": f'<html lang="{language}"><body>'
                f'<a href="{REPOSITORY}/edit/main/{source}">edit</a></body></html>'
            },
        )
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "change")
    return root


def run(project: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitegen.cli", "--project", str(project), "--lang", lang,
         "changed-pages", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip


def commit(project: Path, files: dict[str, str]) -> None:
    write(project, files)
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "change")


def test_a_changed_page_is_listed_in_every_language(project: Path, tmp_path: Path) -> None:
    commit(project, {"docs/tanda.md": "# Tanda bahaya\n", "README.md": "# Read me\n"})
    result = run(project, "main", "--json", str(tmp_path / "pages.json"))
    assert result.returncode == 0, result.stderr
    assert "| `/tanda/` | id | `tanda/index.html` | `docs/tanda.md` |" in result.stdout
    assert "| `/en/tanda/` | en | `en/tanda/index.html` | `docs/tanda.md` |" in result.stdout
    assert "README" not in result.stdout
    assert json.loads((tmp_path / "pages.json").read_text()) == [
        {"path": "en/tanda/", "language": "en"},
        {"path": "tanda/", "language": "id"},
    ]


def test_a_service_leads_to_the_directory_and_the_pages_that_show_it(project: Path) -> None:
    commit(project, {"data/services/sapa-129.yml": "id: sapa-129\nname: SAPA\n"})
    shown = {line.split("|")[1].strip() for line in run(project, "main").stdout.splitlines()
             if line.startswith("| `/")}  # fmt: skip
    assert shown == {"`/direktori/`", "`/en/direktori/`", "`/bantuan/`", "`/en/bantuan/`"}


def test_a_service_no_page_names_leads_to_the_directory_only(project: Path) -> None:
    commit(project, {"data/services/kp2mi.yml": "id: kp2mi\nname: KP2MI\n"})
    rows = [line for line in run(project, "main").stdout.splitlines() if line.startswith("| `/")]
    assert [row.split("|")[1].strip() for row in rows] == ["`/direktori/`", "`/en/direktori/`"]


def test_a_theme_change_may_change_every_page(project: Path, tmp_path: Path) -> None:
    commit(project, {"overrides/partials/site-search.html": "<div>x</div>\n"})
    result = run(project, "main", "--json", str(tmp_path / "pages.json"))
    assert "`overrides/partials/site-search.html` may change every page" in result.stdout
    assert json.loads((tmp_path / "pages.json").read_text()) == [
        {"path": "", "language": "id"},
        {"path": "en/", "language": "en"},
    ]


def test_no_page_change_says_so_in_the_editors_language(project: Path) -> None:
    commit(project, {"README.md": "# Baca saya\n"})
    result = run(project, "main", lang="id")
    assert "### Halaman yang diubah pull request ini" in result.stdout
    assert "Tidak ada halaman yang berubah." in result.stdout


def test_a_removed_page_is_named(project: Path) -> None:
    (project / "docs/tanda.md").unlink()
    (project / "docs/tanda.en.md").unlink()
    git(project, "commit", "-q", "-am", "remove")
    for path in ("tanda", "en/tanda"):
        (project / "site" / path / "index.html").unlink()
    assert "- `docs/tanda.md`: no longer in the built site" in run(project, "main").stdout


def test_the_real_built_site_names_the_source_of_every_page(built_site: Path) -> None:
    pages = changed_pages.built_pages(built_site, "https://github.com/waspada-tppo/jakarta", "main")
    by_path = {page.path: page for page in pages}
    assert by_path["bantuan/"].source == "docs/bantuan/index.md"
    assert by_path["en/bantuan/"].source == "docs/bantuan/index.en.md"
    assert by_path[""].source == "docs/index.md"
    languages = translations.Languages("id", ("en",))
    changes = changed_pages.classify(
        ["data/services/sapa-129.yml"], ROOT, ROOT / "docs", ROOT / "data", languages, pages
    )
    touched = {page.path for page in changes.pages["data/services/sapa-129.yml"]}
    assert {"bantuan/direktori/", "en/bantuan/direktori/"} <= touched
