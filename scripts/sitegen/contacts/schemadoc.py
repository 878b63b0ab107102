"""The field list of data/SCHEMA.md, written from the schema (`sitegen schema-doc`).

A guide marks where the list goes, and in which language:

    <!-- sitegen schema-doc: begin en -->
    ...(written by the command; edits here are replaced)...
    <!-- sitegen schema-doc: end -->

so the prose around it stays the editors' own and the list can never fall behind the
checker, which reads the same schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from babel.support import Translations

from sitegen.contacts.schema import SERVICE, TOPIC, Field, Group, Kind

BEGIN = "<!-- sitegen schema-doc: begin {language} -->"
END = "<!-- sitegen schema-doc: end -->"
_SECTION = re.compile(
    r"(?P<begin><!-- sitegen schema-doc: begin (?P<language>[\w-]+) -->\n)"
    r"(?P<body>.*?)"
    r"(?P<end><!-- sitegen schema-doc: end -->)",
    re.DOTALL,
)


def groups() -> Iterator[Group]:
    """Every group of the data, each once: a service's, then a topic's."""
    yield from SERVICE.groups()
    yield from TOPIC.groups()


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _type(item: Field, _: Callable[[str], str]) -> str:
    if item.kind is Kind.GROUP and item.group is not None:
        return _("{type}: `{group}`").format(type=_(item.kind.value), group=item.group.name)
    if item.kind is Kind.LIST and item.items is not None:
        if item.items is Kind.GROUP and item.group is not None:
            what = f"`{item.group.name}`"
        else:
            what = _(item.items.value)
        return _("list; each item: {items}").format(items=what)
    return _(item.kind.value)


def table(group: Group, messages: Translations) -> str:
    """One group as a Markdown table: field, required, type, values, what it holds."""
    _ = messages.gettext
    header = [_("field"), _("required"), _("type"), _("allowed values"), _("what it holds")]
    rows = [
        [
            f"`{item.name}`",
            _("yes") if item.required else "",
            _type(item, _),
            ", ".join(f"`{choice}`" for choice in item.choices),
            _(item.help),
        ]
        for item in group.fields
    ]
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(_cell(cell) for cell in line) + " |" for line in lines)


def field_list(messages: Translations) -> str:
    """Every group's table under a heading with its name."""
    return "\n\n".join(f"### `{group.name}`\n\n{table(group, messages)}" for group in groups())


def update(text: str, messages_for: Callable[[str], Translations]) -> str:
    """`text` with every marked section written again, in its marker's language."""

    def section(match: re.Match[str]) -> str:
        body = field_list(messages_for(match["language"]))
        return f"{match['begin']}\n{body}\n\n{match['end']}"

    return _SECTION.sub(section, text)


def has_section(text: str) -> bool:
    return _SECTION.search(text) is not None
