"""Reading a data file into plain values with the line of each field."""

from __future__ import annotations

import datetime

from sitegen.contacts.reading import field_name, read_document
from tests.contacts.contacts_data import ENGLISH, INDONESIAN


def test_lines_point_at_each_field_and_list_item(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("a: 1\nb:\n  - c: x\n    d: 2026-11-30\n  - c: y\n", encoding="utf-8")
    document, problems = read_document(path, ENGLISH)
    assert problems == []
    assert document.data == {
        "a": 1,
        "b": [{"c": "x", "d": datetime.date(2026, 11, 30)}, {"c": "y"}],
    }
    assert document.line(("b", 0, "d")) == 4
    assert document.line(("b", 1)) == 5
    # A field that is not there: the line of its nearest ancestor.
    assert document.line(("b", 1, "missing")) == 5


def test_field_names_read_like_paths():
    assert field_name(("channels", 1, "value")) == "channels[1].value"
    assert field_name((2, "id")) == "[2].id"
    assert field_name(()) == "(file)"


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes(b"\xef\xbb\xbfid: x\n")
    document, problems = read_document(path, ENGLISH)
    assert (document.data, problems) == ({"id": "x"}, [])


def test_alias_expansion_is_bounded(tmp_path):
    # A "billion laughs" document: nine levels of aliases, each ten times the last.
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    path = tmp_path / "bomb.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document, problems = read_document(path, ENGLISH)
    assert document is None
    assert [p.message for p in problems] == ["the file holds too many values (or aliases)"]


def test_deep_nesting_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "deep.yml"
    path.write_text("[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    document, problems = read_document(path, ENGLISH)
    assert document is None
    # libyaml stops at its own depth limit; the pure-Python parser would recurse instead.
    assert [(p.line, p.field) for p in problems] == [(1, "(file)")]
    assert problems[0].message.startswith("invalid YAML: ")


def test_a_missing_file_is_a_problem(tmp_path):
    document, problems = read_document(tmp_path / "gone.yml", ENGLISH)
    assert document is None
    assert problems[0].message == "cannot read the file: No such file or directory"


def test_problems_of_reading_speak_the_editors_language(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    document, problems = read_document(path, INDONESIAN)
    assert document is None
    assert [(p.line, p.field, p.message) for p in problems] == [
        (2, "a", "isian ini muncul dua kali; sisakan satu saja")
    ]
