"""Create a page in both languages and add it to the navigation."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from sitegen import mkdocs_yml, translations

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# What a new page says until its editor writes it, per language.
PLACEHOLDER = {
    "id": "Tulis isi halaman ini di sini, lalu hapus kalimat ini.",
    "en": "Write this page here, then delete this sentence.",
}


class NewPageError(ValueError):
    """A request new_page cannot fulfil; the message is one line for the editor."""


def page_text(title: str, slug: str, locale: str) -> str:
    """A new page: front matter, an H1 with an explicit id, one placeholder paragraph."""
    return (
        f"---\ndescription: {json.dumps(title, ensure_ascii=False)}\n---\n\n"
        f"# {title} {{ #{slug} }}\n\n{PLACEHOLDER.get(locale, PLACEHOLDER['en'])}\n"
    )


def create(
    root: Path,
    docs: Path,
    languages: translations.Languages,
    section: str,
    slug: str,
    titles: Sequence[str],
) -> list[Path]:
    """Write docs/SECTION/SLUG.md and its translations, add it to nav, mark it translated.

    `titles` are in the order of the site's languages (default first). Returns the
    files written. Checks everything before writing anything.
    """
    config_path = root / "mkdocs.yml"
    config_text = config_path.read_text(encoding="utf-8")
    config = mkdocs_yml.parse(config_text)
    locales = [languages.default, *languages.translations]
    if len(titles) != len(locales):
        raise NewPageError(f"titles: give one title per language ({', '.join(locales)})")
    for locale, title in zip(locales, titles, strict=True):
        if not title.strip() or "\n" in title:
            raise NewPageError(f"title ({locale}): write the title on one line")
    if not SLUG.fullmatch(slug):
        raise NewPageError(
            f'slug: "{slug}" must be lowercase letters, digits and single hyphens,'
            " e.g. penipuan-kerja"
        )
    sections = mkdocs_yml.nav_sections(config)
    if section not in sections:
        known = ", ".join(sorted(sections))
        raise NewPageError(f'section: no navigation section "{section}" (known: {known})')
    key = f"{section}/{slug}"
    files = {locale: translations.page_file(docs, key, locale, languages) for locale in locales}
    for path in files.values():
        if path.exists():
            raise NewPageError(
                f"slug: {path.relative_to(root).as_posix()} already exists: pick another slug"
            )
    if f"{key}.md" in sections[section].pages:
        raise NewPageError(f"slug: mkdocs.yml nav already lists {key}.md: pick another slug")

    new_config = mkdocs_yml.add_nav_page(config_text, section, f"{key}.md")
    for (locale, path), title in zip(files.items(), titles, strict=True):
        path.write_text(page_text(title, slug, locale), encoding="utf-8")
    config_path.write_text(new_config, encoding="utf-8")
    translations.mark(root, docs, key, languages)
    return [*files.values(), config_path]
