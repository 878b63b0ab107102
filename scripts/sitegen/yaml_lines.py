"""Line numbers of keys in a YAML text, so messages can point an editor at the line."""

from __future__ import annotations

import yaml


def line_of(text: str, path: tuple[str | int, ...], *, first_line: int = 1) -> int:
    """The 1-based line where `path` (mapping keys and list indexes) is written.

    Falls back to the deepest part of the path that exists, so a missing key points at
    its parent. `first_line` is the line of the text's first line in its file (front
    matter starts on line 2, after `---`).
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return first_line
    line = node.start_mark.line if node is not None else 0
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        line, node = child
    return line + first_line


def _child(node: yaml.Node | None, part: str | int) -> tuple[int, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if key.value == part:
                return key.start_mark.line, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        item = node.value[part]
        return item.start_mark.line, item
    return None


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!ENV` and `!!python/name` tags."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def value_at(text: str, path: tuple[str | int, ...]) -> object:
    """The plain value at `path` in a YAML text (custom tags read as None), or None."""
    try:
        value = yaml.load(text, Loader=_TolerantLoader)
    except yaml.YAMLError:
        return None
    for part in path:
        try:
            value = value[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return value
