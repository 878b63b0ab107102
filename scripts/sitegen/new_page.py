"""Create a page in every language and add it to the navigation."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from babel.support import NullTranslations

from sitegen import mkdocs_yml, translations, yaml_lines
from sitegen.messages import N_
from sitegen.problems import Problem, ProblemError

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CONFIG = "mkdocs.yml"

#: What a new page says until its editor writes it (in the page's language).
PLACEHOLDER = N_("Write this page here, then delete this sentence.")


def page_text(title: str, slug: str, placeholder: str) -> str:
    """A new page: front matter, an H1 with an explicit id, one placeholder paragraph."""
    return (
        f"---\ndescription: {json.dumps(title, ensure_ascii=False)}\n---\n\n"
        f"# {title} {{ #{slug} }}\n\n{placeholder}\n"
    )


def _problems(
    root: Path,
    config_text: str,
    files: Mapping[str, Path],
    section: str,
    slug: str,
    titles: Sequence[str],
    _: Callable[[str], str],
) -> list[Problem]:
    """Everything wrong with the request, each at the file it is about."""
    config = mkdocs_yml.parse(config_text)
    locales = list(files)
    shown = {locale: path.relative_to(root).as_posix() for locale, path in files.items()}
    default_page = shown[locales[0]]
    problems = []
    if len(titles) != len(locales):
        message = _("give one title per language ({languages})").format(
            languages=", ".join(locales)
        )
        problems.append(Problem(default_page, 1, "titles", message))
    for locale, title in zip(locales, titles, strict=False):
        if not title.strip() or "\n" in title:
            message = _("write the title on one line")
            problems.append(Problem(shown[locale], 1, f"title ({locale})", message))
    if not SLUG.fullmatch(slug):
        message = _(
            '"{slug}" must be lowercase letters, digits and single hyphens, e.g. fake-job-offers'
        )
        problems.append(Problem(default_page, 1, "slug", message.format(slug=slug)))
    sections = mkdocs_yml.nav_sections(config)
    nav_line = yaml_lines.line_of(config_text, ("nav",))
    if section not in sections:
        message = _('no navigation section "{section}" (known: {known})')
        known = ", ".join(sorted(sections))
        problems.append(
            Problem(CONFIG, nav_line, "nav", message.format(section=section, known=known))
        )
        return problems
    for path in files.values():
        if path.exists():
            message = _("{file} already exists: pick another slug")
            problems.append(
                Problem(
                    path.relative_to(root).as_posix(),
                    1,
                    "slug",
                    message.format(file=path.relative_to(root).as_posix()),
                )
            )
    page = f"{section}/{slug}.md"
    if page in sections[section].pages:
        message = _("mkdocs.yml nav already lists {page}: pick another slug")
        problems.append(Problem(CONFIG, nav_line, "nav", message.format(page=page)))
    return problems


def create(
    root: Path,
    docs: Path,
    languages: translations.Languages,
    section: str,
    slug: str,
    titles: Sequence[str],
    messages_in: Callable[[str], NullTranslations] = lambda language: NullTranslations(),
    speech: translations.Speech = translations.ENGLISH,
) -> list[Path]:
    """Write docs/SECTION/SLUG.md and its translations, add it to nav, mark it translated.

    `titles` are in the order of the site's languages (default first); each page's
    placeholder is in its own language (`messages_in`), problems in the editor's
    (`speech`). Returns the files written. Checks everything before writing anything:
    ProblemError lists every problem.
    """
    config_path = root / CONFIG
    config_text = config_path.read_text(encoding="utf-8")
    locales = [languages.default, *languages.translations]
    key = f"{section}/{slug}"
    files = {locale: translations.page_file(docs, key, locale, languages) for locale in locales}
    problems = _problems(root, config_text, files, section, slug, titles, speech._)
    if problems:
        raise ProblemError(problems)

    new_config = mkdocs_yml.add_nav_page(config_text, section, f"{key}.md")
    for (locale, path), title in zip(files.items(), titles, strict=True):
        placeholder = messages_in(locale).gettext(PLACEHOLDER)
        path.write_text(page_text(title, slug, placeholder), encoding="utf-8")
    config_path.write_text(new_config, encoding="utf-8")
    translations.mark(root, docs, key, languages, speech)
    return [*files.values(), config_path]
