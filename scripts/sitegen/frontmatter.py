"""Read and edit the YAML front matter of a Markdown page, the way MkDocs finds it.

Editing touches one line and nothing else, so an editor's own formatting, comments and
key order survive a tool writing a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from sitegen.messages import N_

NOT_YAML = N_("front matter is not valid YAML: {problem}")
NOT_MAPPING = N_("front matter must be `key: value` lines")
# MkDocs' rule (mkdocs.utils.meta): the block opens on the very first line with `---`
# and closes with `---` or `...`.
_BLOCK = re.compile(r"\A-{3}[ \t]*\n(?P<yaml>.*?\n)?(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.S)


class FrontMatterError(ValueError):
    """Front matter that is not valid YAML or not a mapping; `line` is 1-based.

    `str()` is the English message; `said_by(gettext)` the same in an editor's language
    (PyYAML's own description of the problem stays as PyYAML wrote it)."""

    def __init__(self, line: int, message: str, **values: str) -> None:
        super().__init__(message.format(**values))
        self.line = line
        self.message = message
        self.values = values

    def said_by(self, gettext: Callable[[str], str]) -> str:
        return gettext(self.message).format(**self.values)


@dataclass(frozen=True)
class FrontMatter:
    """The front matter's values and the 1-based line of each top-level key."""

    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def yaml_block(text: str) -> str:
    """The YAML between the opening and closing lines of the front matter, or ''."""
    match = _BLOCK.match(text)
    return (match.group("yaml") or "").removesuffix("\n") if match else ""


def read(text: str) -> FrontMatter:
    """Parse the front matter of `text`; a page without one has empty values."""
    match = _BLOCK.match(text)
    if match is None:
        return FrontMatter()
    source = match.group("yaml") or ""
    try:
        values = yaml.safe_load(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise FrontMatterError(line, NOT_YAML, problem=str(problem)) from None
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise FrontMatterError(2, NOT_MAPPING)
    lines = {}
    for number, line in enumerate(source.splitlines(), start=2):
        key = _top_level_key(line)
        if key is not None and key in values:
            lines.setdefault(key, number)
    return FrontMatter(values, lines)


def _top_level_key(line: str) -> str | None:
    match = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
    return match.group(1) if match else None


def set_value(text: str, key: str, value: str) -> str:
    """Return `text` with top-level `key: value` in its front matter, changing one line.

    `value` must be a plain YAML scalar (letters, digits, dashes).
    """
    if not re.fullmatch(r"[\w.-]+", value):
        raise ValueError(f"not a plain scalar: {value!r}")
    new_line = f"{key}: {value}"
    match = _BLOCK.match(text)
    if match is None:
        return f"---\n{new_line}\n---\n\n{text}"
    lines = text.splitlines(keepends=True)
    block_end = text.count("\n", 0, match.end("yaml") if match.group("yaml") else 4)
    for index in range(1, block_end):
        if _top_level_key(lines[index]) == key:
            ending = "\n" if lines[index].endswith("\n") else ""
            lines[index] = new_line + ending
            return "".join(lines)
    lines.insert(block_end, new_line + "\n")
    return "".join(lines)
