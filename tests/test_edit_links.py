"""Edit links: the web editor's address for a source file, and back."""

from __future__ import annotations

from sitegen.edit_links import edit_url, source_of

REPOSITORY = "https://github.com/example/site"


def test_the_link_opens_the_file_on_the_branch_in_the_web_editor() -> None:
    assert (
        edit_url(REPOSITORY + "/", "main", "docs/bantuan/index.md")
        == "https://github.com/example/site/edit/main/docs/bantuan/index.md"
    )


def test_without_a_repository_there_is_no_link() -> None:
    assert edit_url("", "main", "docs/index.md") == ""


def test_the_source_is_read_back_from_a_link() -> None:
    link = edit_url(REPOSITORY, "draft", "docs/a/b.en.md")
    assert source_of(link, REPOSITORY, "draft") == "docs/a/b.en.md"
    assert source_of(link, REPOSITORY, "main") is None
    assert source_of("https://example.org/x", REPOSITORY, "draft") is None
    assert source_of(link, "", "draft") is None
