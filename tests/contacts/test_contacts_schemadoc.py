"""data/SCHEMA.md's field list, written from the schema the checker uses."""

from __future__ import annotations

from pathlib import Path

from sitegen import messages
from sitegen.contacts import schemadoc

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "data" / "SCHEMA.md"


def test_the_guide_is_in_step_with_the_schema():
    text = GUIDE.read_text(encoding="utf-8")
    assert schemadoc.update(text, messages.translations) == text, "run `sitegen schema-doc`"


def test_every_field_of_every_group_is_listed_once_with_its_values():
    listed = schemadoc.field_list(messages.translations("en"))
    names = [group.name for group in schemadoc.groups()]
    assert names == [
        "service",
        "organization",
        "area",
        "hours",
        "schedule",
        "channel",
        "verification",
        "source",
        "topic",
    ]
    for group in schemadoc.groups():
        section = listed.split(f"### `{group.name}`\n", 1)[1].split("\n###", 1)[0]
        for field in group.fields:
            (row,) = [
                line for line in section.splitlines() if line.startswith(f"| `{field.name}` |")
            ]
            assert all(f"`{choice}`" in row for choice in field.choices)
            assert (" | yes | " in row) == field.required
    assert "| `status_note` |  | text in each language |" in listed
    assert "| `channels` | yes | list; each item: `channel` |" in listed


def test_each_marked_section_in_its_own_language_and_nothing_else_changes():
    text = (
        "Intro\n<!-- sitegen schema-doc: begin en -->\nstale\n<!-- sitegen schema-doc: end -->\n"
        "Middle\n<!-- sitegen schema-doc: begin id -->\n<!-- sitegen schema-doc: end -->\nEnd\n"
    )
    updated = schemadoc.update(text, messages.translations)
    assert updated.startswith("Intro\n<!-- sitegen schema-doc: begin en -->\n")
    assert updated.endswith("<!-- sitegen schema-doc: end -->\nEnd\n")
    assert "stale" not in updated
    assert "| `kind` | yes | one of the values |" in updated
    assert "| `kind` | ya | salah satu nilai |" in updated
    assert updated.count("### `channel`") == 2
    assert schemadoc.update(updated, messages.translations) == updated
