"""Add a page to mkdocs.yml's navigation, keeping everything else as editors wrote it.

ruamel.yaml's round-trip loader reads the file as written (custom tags such as `!ENV`
and `!!python/name:` are kept as tagged values, not executed) and knows the line of every
node. Nav entries are added by inserting one line of text where the section ends, so
comments, quoting and indentation elsewhere stay exactly as the editors wrote them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class MkDocsYmlError(ValueError):
    """mkdocs.yml cannot be read, or lacks what a tool needs."""


@dataclass(frozen=True)
class NavSection:
    """A top-level navigation section whose pages live in one docs folder."""

    title: str
    folder: str
    pages: tuple[str, ...]


def parse(text: str) -> Any:
    try:
        return YAML(typ="rt").load(io.StringIO(text))
    except YAMLError as error:
        raise MkDocsYmlError(f"mkdocs.yml is not valid YAML: {error}") from None


def load(path: Path) -> Any:
    return parse(path.read_text(encoding="utf-8"))


def nav_sections(config: Any) -> dict[str, NavSection]:
    """Top-level nav sections, by the docs folder their pages are in."""
    sections = {}
    for item in config.get("nav") or []:
        if not isinstance(item, dict) or len(item) != 1:
            continue
        (title, entries), *_ = item.items()
        if not isinstance(entries, list):
            continue
        pages = tuple(_page_path(entry) for entry in entries)
        folders = {page.split("/")[0] for page in pages if page and "/" in page}
        if len(folders) == 1:
            folder = folders.pop()
            sections[folder] = NavSection(str(title), folder, tuple(p for p in pages if p))
    return sections


def _page_path(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        (value,) = entry.values()
        if isinstance(value, str):
            return value
    return ""


def add_nav_page(text: str, folder: str, page: str) -> str:
    """Return mkdocs.yml `text` with `page` appended to the nav section of `folder`."""
    config = parse(text)
    section = nav_sections(config).get(folder)
    if section is None:
        raise MkDocsYmlError(f"mkdocs.yml: nav: no section holds pages of docs/{folder}/")
    entries = next(item[section.title] for item in config["nav"] if section.title in item)
    lines = text.splitlines(keepends=True)
    line, column = entries.lc.item(len(entries) - 1)
    prefix = lines[line][:column]
    end = _end_of_item(lines, line, len(prefix) - len(prefix.lstrip(" ")))
    if not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    lines.insert(end, f"{prefix}{page}\n")
    return "".join(lines)


def _end_of_item(lines: list[str], start: int, dash_column: int) -> int:
    """Index of the line after a sequence item that begins on line `start`."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        indent = len(lines[index]) - len(lines[index].lstrip(" "))
        if indent <= dash_column:
            break
        end = index + 1
    return end
