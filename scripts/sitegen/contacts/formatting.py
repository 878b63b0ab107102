"""`fmt`: rewrite data files in their canonical form without losing anything.

Phone numbers become E.164 (`"+628111129129"`) or the declared short code's form
(`"1500-630"`), always quoted; times are quoted; fields follow the order of the schema
(data/SCHEMA.md). ruamel.yaml's round-trip mode keeps every comment, every value and
the quoting and folding editors chose. Values the check would reject are left as they
are, for the check to report.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from sitegen.contacts import phones, validation
from sitegen.contacts.model import PHONE_KINDS
from sitegen.problems import Problem


@dataclass(frozen=True)
class Shape:
    """Where fields go in a group (`order`), and the shapes of its groups and lists."""

    order: tuple[str, ...] = ()
    fields: Mapping[str, Shape] = field(default_factory=dict)
    items: Shape | None = None
    local_text: bool = False


_TEXT = Shape(local_text=True)
_HOURS = Shape(
    tuple(validation.HOURS_FIELDS),
    {"schedule": Shape(items=Shape(tuple(validation.OPENING_FIELDS))), "notes": _TEXT},
)
SERVICE = Shape(
    tuple(validation.SERVICE_FIELDS),
    {
        "name": _TEXT,
        "description": _TEXT,
        "serves": _TEXT,
        "status_note": _TEXT,
        "organization": Shape(tuple(validation.ORGANIZATION_FIELDS), {"name": _TEXT}),
        "area": Shape(tuple(validation.AREA_FIELDS), {"name": _TEXT}),
        "hours": _HOURS,
        "channels": Shape(
            items=Shape(tuple(validation.CHANNEL_FIELDS), {"hours": _HOURS, "notes": _TEXT})
        ),
        "verification": Shape(
            tuple(validation.VERIFICATION_FIELDS),
            {"sources": Shape(items=Shape(tuple(validation.SOURCE_FIELDS)))},
        ),
    },
)
TOPICS = Shape(items=Shape(tuple(validation.TOPIC_FIELDS), {"name": _TEXT}))


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _reorder(node: CommentedMap, order: tuple[str, ...]) -> None:
    """Known fields in `order`, then any others as they were (the check reports those)."""
    wanted = [key for key in order if key in node]
    wanted += [key for key in node if key not in order]
    for key in wanted:
        node.move_to_end(key)


def _normalize_channel(channel: CommentedMap) -> None:
    value = channel.get("value")
    if channel.get("kind") not in PHONE_KINDS or not isinstance(value, str):
        return
    short_code = channel.get("short_code", False) is True
    try:
        normal = phones.normalize(value, short_code)
    except phones.PhoneError:
        return
    channel["value"] = DoubleQuotedScalarString(normal)


def _normalize_time(group: CommentedMap) -> None:
    for key in ("opens", "closes"):
        if isinstance(group.get(key), str):
            group[key] = DoubleQuotedScalarString(group[key])


def _apply(node: object, shape: Shape, languages: tuple[str, ...]) -> None:
    if isinstance(node, CommentedSeq) and shape.items is not None:
        for item in node:
            _apply(item, shape.items, languages)
        return
    if not isinstance(node, CommentedMap):
        return
    _reorder(node, languages if shape.local_text else shape.order)
    if "kind" in shape.order:
        _normalize_channel(node)
    if "opens" in shape.order:
        _normalize_time(node)
    for key, child in shape.fields.items():
        if key in node:
            _apply(node[key], child, languages)


def format_text(text: str, shape: Shape, languages: tuple[str, ...]) -> str:
    """The canonical form of a data file's text (ruamel YAMLError if it is not YAML)."""
    yaml = _yaml()
    data = yaml.load(text)
    _apply(data, shape, languages)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def format_file(path: Path, shape: Shape, languages: tuple[str, ...], write: bool):
    """(changed, problems): format `path`, writing it back only when `write` is set."""
    document, problems = validation.read_document(path)
    if document is None:
        return False, problems
    text = path.read_text(encoding="utf-8-sig")
    try:
        formatted = format_text(text, shape, languages)
    except YAMLError as error:
        return False, [Problem(path.as_posix(), 1, "(file)", f"cannot format: {error}")]
    except ValueError as error:
        # ruamel.yaml reads some unquoted values (`._`) as numbers it then cannot build.
        message = f"cannot format: an unquoted value cannot be read ({error}); put it in quotes"
        return False, [Problem(path.as_posix(), 1, "(file)", message)]
    changed = formatted != text
    if changed and write:
        path.write_text(formatted, encoding="utf-8")
    return changed, []
