"""Front matter: read as MkDocs does, and change one line without touching the rest."""

from __future__ import annotations

import pytest

from sitegen import frontmatter


def test_reads_values_and_the_line_of_each_key():
    text = "---\ntitle: Judul\n# a comment\nslug: abc\n---\n# Heading\n"
    meta = frontmatter.read(text)
    assert meta.values == {"title": "Judul", "slug": "abc"}
    assert meta.lines == {"title": 2, "slug": 4}


def test_a_page_without_front_matter_has_no_values():
    assert frontmatter.read("# Only a heading\n\n---\n\ntext\n").values == {}


def test_invalid_yaml_names_its_line():
    with pytest.raises(frontmatter.FrontMatterError) as raised:
        frontmatter.read("---\ntitle: ok\nslug: [unclosed\n---\n")
    assert raised.value.line in (3, 4)
    assert "not valid YAML" in str(raised.value)


def test_a_list_is_not_front_matter():
    with pytest.raises(frontmatter.FrontMatterError, match="key: value"):
        frontmatter.read("---\n- a\n- b\n---\n")


def test_set_value_replaces_only_its_own_line():
    text = "---\n# keep me\ntitle:   'Judul'  # odd spacing stays\nhash: old\nz: 1\n---\nBody\n"
    updated = frontmatter.set_value(text, "hash", "abc123")
    assert updated == text.replace("hash: old", "hash: abc123")


def test_set_value_appends_a_missing_key_before_the_closing_line():
    text = "---\ntitle: Judul\n---\n\n# Judul\n"
    assert frontmatter.set_value(text, "hash", "abc") == (
        "---\ntitle: Judul\nhash: abc\n---\n\n# Judul\n"
    )


def test_set_value_adds_front_matter_to_a_page_without_one():
    assert frontmatter.set_value("# Title\n", "hash", "abc") == "---\nhash: abc\n---\n\n# Title\n"


def test_set_value_in_empty_front_matter():
    assert frontmatter.set_value("---\n---\nx\n", "hash", "abc") == "---\nhash: abc\n---\nx\n"


def test_set_value_does_not_touch_an_indented_key_of_the_same_name():
    text = "---\nextra:\n  hash: nested\n---\n"
    updated = frontmatter.set_value(text, "hash", "top")
    assert frontmatter.read(updated).values == {"extra": {"hash": "nested"}, "hash": "top"}
