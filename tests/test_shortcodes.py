"""Shortcodes: expansion, escaping, and unknown names stopping the build."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.support import Translations
from conftest import build_site

from sitegen.pages import PageRef
from sitegen.problems import ProblemError
from sitegen.shortcodes import Registry, ShortcodeError, extra_value

ENGLISH = Translations()
PAGE = PageRef(path="docs/tentang/index.md", language="id")


def registry_with_extra(extra: dict) -> Registry:
    registry = Registry(ENGLISH)
    registry.register("extra", extra_value(extra, ENGLISH))
    return registry


def test_extra_value_is_inserted_and_escaped() -> None:
    registry = registry_with_extra({"corrections": {"issue_url": 'https://x.test/new?a=1&b="2"'}})
    markdown = "[lapor](<!-- md:extra corrections.issue_url -->) selesai"
    assert registry.expand(markdown, PAGE) == (
        "[lapor](https://x.test/new?a=1&amp;b=&quot;2&quot;) selesai"
    )


def test_text_without_shortcodes_and_plain_comments_are_left_alone() -> None:
    markdown = "Intro\n\n<!-- more -->\n\n<!-- a note for editors -->\nEnd"
    assert registry_with_extra({}).expand(markdown, PAGE) == markdown


def test_renderers_get_their_arguments_and_the_page() -> None:
    registry = Registry(ENGLISH)
    registry.register("echo", lambda args, page: f"{page.language}:{'+'.join(args)}")
    assert registry.expand("a <!-- md:echo x  y --> b", PAGE) == "a id:x+y b"


def test_unknown_shortcode_names_page_line_and_the_known_names() -> None:
    markdown = "# Judul\n\nTeks\n<!-- md:kontak sapa-129 -->\n"
    with pytest.raises(ProblemError) as caught:
        registry_with_extra({}).expand(markdown, PageRef("docs/bantuan/index.md", "id"))
    assert str(caught.value) == (
        "docs/bantuan/index.md:4: md:kontak: unknown shortcode (known: extra)"
    )


def test_a_renderers_complaint_is_reported_at_the_shortcode() -> None:
    def fussy(args: list[str], page: PageRef) -> str:
        raise ShortcodeError("takes no arguments")

    registry = Registry(ENGLISH)
    registry.register("fussy", fussy)
    with pytest.raises(ProblemError) as caught:
        registry.expand("one\ntwo <!-- md:fussy x -->", PAGE)
    assert str(caught.value) == "docs/tentang/index.md:2: md:fussy: takes no arguments"


def test_missing_extra_key_is_reported() -> None:
    registry = registry_with_extra({"corrections": {"issue_url": "https://x.test"}})
    with pytest.raises(ProblemError, match=r"md:extra: no key 'corrections\.email' in mkdocs"):
        registry.expand("<!-- md:extra corrections.email -->", PAGE)


def test_a_typo_in_a_shortcode_fails_the_real_build(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs" / "tentang" / "privasi.en.md"
    page.write_text(page.read_text("utf-8") + "\n<!-- md:extar region.id -->\n", "utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    # Editors read messages in the site's default language (Indonesian here).
    assert "docs/tentang/privasi.en.md:" in result.stderr
    assert (
        "md:extar: shortcode tidak dikenal (yang dikenal: contacts, corrections, directory, "
        "extra, leaflet-list)"
    ) in result.stderr
    assert "Traceback" not in result.stderr


def test_in_github_actions_a_build_error_annotates_its_line(
    project_copy: Path, tmp_path: Path
) -> None:
    page = project_copy / "docs" / "tentang" / "privasi.en.md"
    text = page.read_text("utf-8")
    page.write_text(text + "\n<!-- md:extar region.id -->\n", "utf-8")
    line = len((text + "\n").splitlines()) + 1
    summary = tmp_path / "summary.md"
    github = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = build_site(project_copy, tmp_path / "site", extra_env=github)
    assert result.returncode != 0
    command = next(x for x in result.stdout.splitlines() if x.startswith("::error "))
    assert command.startswith(
        f"::error file=docs/tentang/privasi.en.md,line={line},title=md%3Aextar::"
        "shortcode tidak dikenal"
    )
    table = summary.read_text("utf-8")
    assert table.startswith("### mkdocs build\n")
    assert f"| ❌ | `docs/tentang/privasi.en.md` | {line} | `md:extar` |" in table
