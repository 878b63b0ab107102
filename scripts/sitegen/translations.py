"""Translation drift: every page in every language, and translations that keep up.

A page is `docs/x/p.md` in the default language (Indonesian) and `docs/x/p.<locale>.md`
in each translation. Marking a translation up to date writes a short hash of the source
page into the translation's front matter (`translation_of_hash:`). When the source later
changes, its hash no longer matches and the check names the sections that changed, by
comparing the source with the version that was marked (found in git history by its hash).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.support import NullTranslations

from sitegen import frontmatter
from sitegen.problems import WARNING, Problem

HASH_KEY = "translation_of_hash"
MARK_COMMAND = "python scripts/translations.py mark"

# Finds the text of an earlier version of a file by its hash, or None.
History = Callable[[Path, str], "str | None"]


@dataclass(frozen=True)
class Languages:
    """The default (source) language and the languages it is translated into."""

    default: str
    translations: tuple[str, ...]


@dataclass(frozen=True)
class Speech:
    """How the checks talk to an editor: the catalog of their language and the names of
    the site's languages in it ("Inggris" for `en`, to an Indonesian editor)."""

    messages: NullTranslations
    language_names: dict[str, str]

    def _(self, message: str) -> str:
        return self.messages.gettext(message)

    def name(self, locale: str) -> str:
        return self.language_names.get(locale, locale)


ENGLISH = Speech(NullTranslations(), {})


@dataclass(frozen=True)
class Page:
    """One page in every language: `key` is its path without language suffix (`x/p`)."""

    key: str
    files: dict[str, Path]


def source_hash(text: str) -> str:
    """A short hash of a page, blind to line endings and trailing spaces."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    normalised = "\n".join(lines).strip("\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:12]


def split_locale(relative: str, languages: Languages) -> tuple[str, str]:
    """`x/p.en.md` -> (`x/p`, `en`); `x/p.md` -> (`x/p`, default locale)."""
    stem = relative.removesuffix(".md")
    base, _, suffix = stem.rpartition(".")
    if base and suffix in languages.translations:
        return base, suffix
    return stem, languages.default


def page_file(docs: Path, key: str, locale: str, languages: Languages) -> Path:
    suffix = "" if locale == languages.default else f".{locale}"
    return docs / f"{key}{suffix}.md"


def find_pages(docs: Path, languages: Languages) -> list[Page]:
    """Every page under `docs`, with the language files that exist for it."""
    pages: dict[str, dict[str, Path]] = {}
    for path in sorted(docs.rglob("*.md")):
        key, locale = split_locale(path.relative_to(docs).as_posix(), languages)
        pages.setdefault(key, {})[locale] = path
    return [Page(key, files) for key, files in sorted(pages.items())]


def _display(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def check(
    root: Path,
    docs: Path,
    languages: Languages,
    posts_dir: str | None,
    history: History,
    speech: Speech = ENGLISH,
) -> list[Problem]:
    """Every problem with the translations under `docs`, errors and warnings."""
    problems: list[Problem] = []
    for page in find_pages(docs, languages):
        problems.extend(_missing_languages(root, docs, page, languages, speech))
        source = page.files.get(languages.default)
        if source is None:
            continue
        for locale in languages.translations:
            if locale in page.files:
                problems.extend(
                    _drift(root, page, source, page.files[locale], history, languages, speech)
                )
        if posts_dir and page.key.startswith(f"{posts_dir}/"):
            problems.extend(_slug_mismatch(root, page, languages, speech))
    return problems


def _front_matter_problem(name: str, error: frontmatter.FrontMatterError, speech: Speech):
    return Problem(name, error.line, "front matter", error.said_by(speech.messages.gettext))


def _missing_languages(
    root: Path, docs: Path, page: Page, languages: Languages, speech: Speech
) -> Iterator[Problem]:
    present = next(iter(page.files.values()))
    for locale in (languages.default, *languages.translations):
        if locale not in page.files:
            missing = _display(page_file(docs, page.key, locale, languages), root)
            message = speech._(
                "this page has no {language} version: create {missing}"
                " (scripts/new_page.py makes every language), or delete this page"
            )
            yield Problem(
                _display(present, root),
                1,
                "translation",
                message.format(language=speech.name(locale), missing=missing),
            )


def _drift(
    root: Path,
    page: Page,
    source: Path,
    target: Path,
    history: History,
    languages: Languages,
    speech: Speech,
) -> Iterator[Problem]:
    target_name = _display(target, root)
    try:
        marked = frontmatter.read(target.read_text(encoding="utf-8"))
    except frontmatter.FrontMatterError as error:
        yield _front_matter_problem(target_name, error, speech)
        return
    recorded = marked.values.get(HASH_KEY)
    source_text = source.read_text(encoding="utf-8")
    command = f"{MARK_COMMAND} {page.key}"
    if recorded is None:
        message = speech._(
            "never marked as up to date; when it says the same as the {language} page, "
            "run: {command}"
        )
        yield Problem(
            target_name,
            1,
            HASH_KEY,
            message.format(language=speech.name(languages.default), command=command),
            severity=WARNING,
        )
        return
    if str(recorded) == source_hash(source_text):
        return
    old_text = history(source, str(recorded))
    if old_text is None:
        line = 1
        what = speech._("the marked version is not in git history: compare the pages by hand")
    else:
        line, what = describe_changes(old_text, source_text, speech)
    message = speech._(
        "changed after {translation} was last marked ({changes}); update it, then run: {command}"
    )
    yield Problem(
        _display(source, root),
        line,
        "translation",
        message.format(translation=target_name, changes=what, command=command),
        severity=WARNING,
    )


def _slug_mismatch(
    root: Path, page: Page, languages: Languages, speech: Speech
) -> Iterator[Problem]:
    slugs: dict[str, tuple[str, int]] = {}
    for locale, path in page.files.items():
        try:
            meta = frontmatter.read(path.read_text(encoding="utf-8"))
        except frontmatter.FrontMatterError as error:
            yield _front_matter_problem(_display(path, root), error, speech)
            return
        if "slug" not in meta.values:
            yield Problem(
                _display(path, root),
                1,
                "slug",
                speech._(
                    "a blog post needs a `slug:` in its front matter, the same in every"
                    " language, so the language switch finds its translation"
                ),
            )
            return
        slugs[locale] = (str(meta.values["slug"]), meta.lines.get("slug", 1))
    source_slug = slugs.get(languages.default)
    if source_slug is None:
        return
    source_name = _display(page.files[languages.default], root)
    for locale, (slug, line) in slugs.items():
        if slug != source_slug[0]:
            message = speech._(
                '"{slug}" differs from "{source_slug}" in {source}:'
                " a post and its translation need the same slug"
            )
            yield Problem(
                _display(page.files[locale], root),
                line,
                "slug",
                message.format(slug=slug, source_slug=source_slug[0], source=source_name),
            )


_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.*?)\s*(?:\{[^}]*\})?\s*#*\s*$")


@dataclass(frozen=True)
class _Block:
    text: str
    line: int
    section: str


def _blocks(text: str, top: str) -> list[_Block]:
    """Paragraph-like blocks (separated by blank lines), each with its section heading
    (`top` before the first heading)."""
    blocks: list[_Block] = []
    section = top
    current: list[str] = []
    start = 1
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        heading = _HEADING.match(line)
        if not line.strip() or heading:
            if current:
                blocks.append(_Block("\n".join(current), start, section))
                current = []
            if heading:
                section = heading.group("title")
                blocks.append(_Block(line.rstrip(), number, section))
            continue
        if not current:
            start = number
        current.append(line.rstrip())
    if current:
        blocks.append(_Block("\n".join(current), start, section))
    return blocks


def describe_changes(old: str, new: str, speech: Speech = ENGLISH) -> tuple[int, str]:
    """The first changed line of `new` and a one-line summary of changes by section."""
    top = speech._("top of the page")
    old_blocks, new_blocks = _blocks(old, top), _blocks(new, top)
    matcher = difflib.SequenceMatcher(
        None, [b.text for b in old_blocks], [b.text for b in new_blocks], autojunk=False
    )
    counts: dict[str, dict[str, int]] = {}
    first_line: dict[str, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if j2 > j1:
            section, line = new_blocks[j1].section, new_blocks[j1].line
        else:  # only removed: point at where the text was
            section = old_blocks[i1].section
            line = new_blocks[j1].line if j1 < len(new_blocks) else _last_line(new)
        changed = min(i2 - i1, j2 - j1)
        tally = counts.setdefault(section, {"changed": 0, "added": 0, "removed": 0})
        tally["changed"] += changed
        tally["added"] += (j2 - j1) - changed
        tally["removed"] += (i2 - i1) - changed
        first_line.setdefault(section, line)
    if not counts:
        return 1, speech._("only spacing changed")
    kinds = {
        "changed": lambda n: speech.messages.ngettext("{count} changed", "{count} changed", n),
        "added": lambda n: speech.messages.ngettext("{count} added", "{count} added", n),
        "removed": lambda n: speech.messages.ngettext("{count} removed", "{count} removed", n),
    }
    parts = []
    for section, tally in counts.items():
        detail = ", ".join(kinds[kind](n).format(count=n) for kind, n in tally.items() if n)
        part = speech._('"{section}" (line {line}: {changes})')
        parts.append(part.format(section=section, line=first_line[section], changes=detail))
    summary = speech._("sections {sections}").format(sections="; ".join(parts))
    return min(first_line.values()), summary


def _last_line(text: str) -> int:
    return max(1, text.rstrip("\n").count("\n") + 1)


def git_history(source: Path, wanted: str) -> str | None:
    """The text of a committed or staged version of `source` whose hash is `wanted`."""
    folder = source.parent
    try:
        top = _git(folder, "rev-parse", "--show-toplevel").strip()
        relative = source.resolve().relative_to(Path(top).resolve()).as_posix()
        commits = _git(folder, "log", "--format=%H", "-n", "200", "--", relative).split()
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None
    for revision in ["", *commits]:
        try:
            text = _git(folder, "show", f"{revision}:{relative}")
        except subprocess.CalledProcessError:
            continue
        if source_hash(text) == wanted:
            return text
    return None


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=folder, capture_output=True, text=True, check=True
    ).stdout


def resolve_page(docs: Path, name: str, languages: Languages) -> str:
    """The page key for any way an editor names a page: `docs/x/p.en.md`, `x/p.md`, `x/p`."""
    relative = name.replace("\\", "/").removeprefix("./")
    docs_prefix = docs.name + "/"
    relative = relative.removeprefix(docs_prefix)
    if not relative.endswith(".md"):
        relative += ".md"
    key, _ = split_locale(relative, languages)
    return key


class MarkError(Exception):
    """A page that cannot be marked; `problem` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def mark(
    root: Path, docs: Path, key: str, languages: Languages, speech: Speech = ENGLISH
) -> list[Path]:
    """Record in every translation of page `key` that it matches the source as it is now.

    Returns the files it changed (none when they were already marked).
    """
    source = page_file(docs, key, languages.default, languages)
    if not source.exists():
        raise MarkError(Problem(_display(source, root), 1, "translation", speech._("no such page")))
    digest = source_hash(source.read_text(encoding="utf-8"))
    targets = [page_file(docs, key, locale, languages) for locale in languages.translations]
    updates = {}
    for target in targets:
        name = _display(target, root)
        if not target.exists():
            message = speech._("no such page: create it first")
            raise MarkError(Problem(name, 1, "translation", message))
        text = target.read_text(encoding="utf-8")
        try:
            frontmatter.read(text)
        except frontmatter.FrontMatterError as error:
            raise MarkError(_front_matter_problem(name, error, speech)) from None
        updates[target] = (text, frontmatter.set_value(text, HASH_KEY, digest))
    written = []
    for target, (old, new) in updates.items():
        if new != old:
            target.write_text(new, encoding="utf-8")
            written.append(target)
    return written
