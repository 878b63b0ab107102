"""mkdocs.yml outside a build: read the settings the editors' tools need, add a nav entry.

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
class Languages:
    """The default (source) locale and the locales it is translated into."""

    default: str
    translations: tuple[str, ...]


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


def _plugin(config: Any, *names: str) -> dict[str, Any] | None:
    """The options of the first plugin listed under one of `names` ({} if it has none)."""
    for entry in config.get("plugins") or []:
        if isinstance(entry, str) and entry in names:
            return {}
        if isinstance(entry, dict):
            for name in names:
                if name in entry:
                    return entry[name] or {}
    return None


def languages(config: Any) -> Languages:
    """The languages mkdocs-static-i18n builds, from its `languages:` list."""
    i18n = _plugin(config, "i18n")
    entries = (i18n or {}).get("languages") or []
    locales = [str(entry["locale"]) for entry in entries if "locale" in entry]
    defaults = [str(entry["locale"]) for entry in entries if entry.get("default")]
    if not locales:
        raise MkDocsYmlError("mkdocs.yml: plugins: i18n: languages: no language is listed")
    default = defaults[0] if defaults else locales[0]
    return Languages(default, tuple(locale for locale in locales if locale != default))


def docs_dir(config: Any) -> str:
    return str(config.get("docs_dir") or "docs")


def blog_posts_dir(config: Any) -> str | None:
    """Where the blog plugin reads posts ("blog/posts"), or None without a blog."""
    blog = _plugin(config, "blog", "material/blog")
    if blog is None:
        return None
    blog_dir = str(blog.get("blog_dir", "blog")).strip("/")
    return str(blog.get("post_dir", "{blog}/posts")).format(blog=blog_dir).strip("/")


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
