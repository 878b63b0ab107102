"""Which built pages a change touches, for a pull request's preview.

The built site says which source each page comes from (its "Edit this page" link,
sitegen.edit_links), so a changed Markdown file leads to its pages in every language
exactly as MkDocs, mkdocs-static-i18n and the blog wrote them. A changed service file
leads to the pages that show it (`<!-- md:contacts ID -->`) and to the directory
(`<!-- md:directory -->`); a change to the theme, the templates, the code or the
configuration may change every page.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sitegen import edit_links
from sitegen.shortcodes import SHORTCODE
from sitegen.translations import Languages, page_file, split_locale

_HREF = re.compile(r'href="([^"]+)"')
_LANG = re.compile(r'<html[^>]*\blang="([^"]+)"')
#: Folders and files whose change may touch every page, besides mkdocs.yml.
SITE_WIDE = ("overrides/", "scripts/sitegen/", "pyproject.toml", "requirements")


@dataclass(frozen=True, order=True)
class BuiltPage:
    #: The page's path below the site's root ("" for the home page, "en/bantuan/").
    path: str
    language: str
    #: Its source, as editors name it ("docs/bantuan/index.en.md").
    source: str

    @property
    def file(self) -> str:
        """The built file, as it is in the site artifact ("en/bantuan/index.html")."""
        return f"{self.path}index.html"


@dataclass
class Changes:
    #: Pages each changed file touches, by changed file.
    pages: dict[str, list[BuiltPage]] = field(default_factory=dict)
    #: Changed files that may change every page (theme, code, configuration).
    site_wide: list[str] = field(default_factory=list)
    #: Changed pages that the build does not have (removed or renamed).
    gone: list[str] = field(default_factory=list)

    def all_pages(self) -> list[BuiltPage]:
        return sorted({page for pages in self.pages.values() for page in pages})


def changed_files(root: Path, base: str) -> list[str]:
    """Files changed since the common ancestor of `base` and HEAD (what a pull request
    changes), renamed files under both names."""
    result = subprocess.run(
        ["git", "diff", "--name-only", "--no-renames", f"{base}...HEAD"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(set(result.stdout.split("\n")) - {""})


def built_pages(site: Path, repository_url: str, branch: str) -> list[BuiltPage]:
    """Every page of the built site that names its source through its edit link."""
    pages = []
    for html_file in sorted(site.rglob("index.html")):
        text = html_file.read_text(encoding="utf-8")
        sources = {
            source
            for href in _HREF.findall(text)
            if (source := edit_links.source_of(href, repository_url, branch))
        }
        language = _LANG.search(text)
        for source in sources:
            path = html_file.parent.relative_to(site).as_posix()
            pages.append(
                BuiltPage(
                    "" if path == "." else f"{path}/",
                    language.group(1) if language else "",
                    source,
                )
            )
    return pages


def _shortcodes(text: str) -> Iterable[tuple[str, list[str]]]:
    for match in SHORTCODE.finditer(text):
        yield match.group("name"), match.group("args").split()


def pages_showing(root: Path, docs: Path, service: str | None) -> set[str]:
    """Sources that show the whole directory, and those that show `service` by itself."""
    found = set()
    for markdown in sorted(docs.rglob("*.md")):
        for name, args in _shortcodes(markdown.read_text(encoding="utf-8")):
            if name == "directory" or (name == "contacts" and service in args):
                found.add(markdown.relative_to(root).as_posix())
    return found


def classify(
    files: Sequence[str],
    root: Path,
    docs: Path,
    data: Path,
    languages: Languages,
    pages: Sequence[BuiltPage],
) -> Changes:
    """What each changed file (relative to `root`) changes in the built `pages`."""
    docs_prefix = docs.relative_to(root).as_posix() + "/"
    services_prefix = (data / "services").relative_to(root).as_posix() + "/"
    data_prefix = data.relative_to(root).as_posix() + "/"
    by_source: dict[str, list[BuiltPage]] = {}
    for page in pages:
        by_source.setdefault(page.source, []).append(page)
    changes = Changes()
    for name in files:
        sources: set[str] = set()
        if name == "mkdocs.yml" or name.startswith(SITE_WIDE):
            changes.site_wide.append(name)
            continue
        if name.startswith(docs_prefix) and name.endswith(".md"):
            key, _ = split_locale(name.removeprefix(docs_prefix), languages)
            sources = {
                page_file(docs, key, locale, languages).relative_to(root).as_posix()
                for locale in (languages.default, *languages.translations)
            }
            if not any(source in by_source for source in sources):
                changes.gone.append(name)
                continue
        elif name.startswith(services_prefix) and name.endswith((".yml", ".yaml")):
            sources = pages_showing(root, docs, PurePosixPath(name).stem)
        elif name.startswith(data_prefix) and name.endswith((".yml", ".yaml")):
            sources = pages_showing(root, docs, None)
        if sources:
            changes.pages[name] = sorted(p for s in sources for p in by_source.get(s, []))
    return changes
