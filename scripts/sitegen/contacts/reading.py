"""Read one YAML data file into plain Python values plus the line of every field.

libyaml (through PyYAML's C loader) composes the file into nodes that carry their
line; the nodes are then turned into dicts, lists and scalars here, so that checks can
point an editor at `file:line`. ruamel.yaml's round-trip loader would give the same
lines, but is about 70 times slower, and the check must handle 10,000 services in
seconds; `fmt`, which must keep comments, uses ruamel.yaml.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from babel.support import Translations

from sitegen.problems import Problem

FieldPath = tuple[str | int, ...]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_PLAIN_NAME = re.compile(r"[\w-]+")
_SCALAR_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
}
#: Aliases can make a small file expand enormously; no real service needs this many values.
_MAX_NODES = 20_000


def display_path(path: Path) -> str:
    """`path` relative to the working folder when it is inside it, as editors see it."""
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def field_name(path: FieldPath) -> str:
    """`("channels", 1, "value")` → `channels[1].value`."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        name = part if _PLAIN_NAME.fullmatch(part) else json.dumps(part)  # shows "\n" etc.
        text += f".{name}" if text else name
    return text or "(file)"


@dataclass
class Document:
    """A parsed file: its data and the line where each field (or list item) starts."""

    path: Path
    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return display_path(self.path)

    def line(self, path: FieldPath) -> int:
        """The line of `path`, or of its nearest ancestor present in the file."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def problem(self, path: FieldPath, message: str, severity: str = "error") -> Problem:
        return Problem(self.name, self.line(path), field_name(path), message, severity)


class _Invalid(Exception):
    def __init__(self, line: int, path: FieldPath, message: str) -> None:
        self.line, self.path, self.message = line, path, message


class _Converter:
    """Nodes → plain values, recording lines, rejecting what data files must not hold."""

    def __init__(self, messages: Translations) -> None:
        self.lines: dict[FieldPath, int] = {}
        self.count = 0
        self.constructor = yaml.constructor.SafeConstructor()
        self._ = messages.gettext

    def _unsupported(self, node: yaml.Node, path: FieldPath) -> _Invalid:
        message = self._("unsupported YAML tag {tag}").format(tag=node.tag)
        return _Invalid(node.start_mark.line + 1, path, message)

    def convert(self, node: yaml.Node, path: FieldPath) -> Any:
        self.count += 1
        line = node.start_mark.line + 1
        if self.count > _MAX_NODES:
            raise _Invalid(line, path, self._("the file holds too many values (or aliases)"))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self._unsupported(node, path)
            items = []
            for index, item in enumerate(node.value):
                self.lines[(*path, index)] = item.start_mark.line + 1
                items.append(self.convert(item, (*path, index)))
            return items
        if node.tag == _STR:
            return node.value
        if node.tag not in _SCALAR_TAGS:
            raise self._unsupported(node, path)
        try:
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            message = self._('"{value}" is not a valid value ({error})')
            raise _Invalid(line, path, message.format(value=node.value, error=error)) from None

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        if node.tag != "tag:yaml.org,2002:map":
            raise self._unsupported(node, path)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key_node.tag != "tag:yaml.org,2002:str":
                message = self._("a field name must be plain text followed by ':'")
                raise _Invalid(line, path, message)
            if key in result:
                message = self._("this field appears twice; keep only one")
                raise _Invalid(line, (*path, key), message)
            self.lines[(*path, key)] = line
            result[key] = self.convert(value_node, (*path, key))
        return result


def read_document(path: Path, messages: Translations) -> tuple[Document | None, list[Problem]]:
    """Parse `path`; on failure return None and the problem, never raise."""
    _ = messages.gettext

    def fail(line: int, where: str, message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(display_path(path), line, where, message)]

    try:
        raw = path.read_bytes()
    except OSError as error:
        return fail(1, "(file)", _("cannot read the file: {reason}").format(reason=error.strerror))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        message = _("byte 0x{byte:02x} is not UTF-8; save the file as UTF-8").format(byte=byte)
        return fail(line, "(file)", message)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        message = _("character {character} is not allowed in YAML")
        return fail(line, "(file)", message.format(character=repr(error.character)))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = error.problem or error.context or "unreadable"
        line = mark.line + 1 if mark else 1
        return fail(line, "(file)", _("invalid YAML: {reason}").format(reason=what))
    except (yaml.YAMLError, RecursionError) as error:
        reason = _("nested too deeply") if isinstance(error, RecursionError) else str(error)
        return fail(1, "(file)", _("invalid YAML: {reason}").format(reason=reason))
    if root is None:
        return fail(1, "(file)", _("the file is empty"))
    converter = _Converter(messages)
    try:
        data = converter.convert(root, ())
    except _Invalid as invalid:
        return fail(invalid.line, field_name(invalid.path), invalid.message)
    except RecursionError:
        return fail(1, "(file)", _("the data is nested too deeply"))
    return Document(path, data, converter.lines), []
