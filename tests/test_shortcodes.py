"""Shortcodes: expansion, escaping, and unknown names stopping the build."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import build_site
from mkdocs.exceptions import PluginError

from sitegen import shortcodes


def fake_page(src_uri: str = "tentang/index.md") -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri))


def fake_config(extra: dict) -> SimpleNamespace:
    return SimpleNamespace(extra=extra)


def test_extra_value_is_inserted_and_escaped() -> None:
    config = fake_config({"corrections": {"issue_url": 'https://x.test/new?a=1&b="2"'}})
    markdown = "[lapor](<!-- md:extra corrections.issue_url -->) selesai"
    assert shortcodes.expand(markdown, fake_page(), config) == (
        "[lapor](https://x.test/new?a=1&amp;b=&quot;2&quot;) selesai"
    )


def test_text_without_shortcodes_and_plain_comments_are_left_alone() -> None:
    markdown = "Intro\n\n<!-- more -->\n\n<!-- a note for editors -->\nEnd"
    assert shortcodes.expand(markdown, fake_page(), fake_config({})) == markdown


def test_unknown_shortcode_names_page_and_line() -> None:
    markdown = "# Judul\n\nTeks\n<!-- md:kontak sapa-129 -->\n"
    with pytest.raises(
        PluginError, match=r"^docs/bantuan/index\.md:4: unknown shortcode 'md:kontak'"
    ):
        shortcodes.expand(markdown, fake_page("bantuan/index.md"), fake_config({}))


def test_missing_extra_key_is_reported() -> None:
    with pytest.raises(PluginError, match=r"no key 'corrections\.email'"):
        shortcodes.expand(
            "<!-- md:extra corrections.email -->",
            fake_page(),
            fake_config({"corrections": {"issue_url": "https://x.test"}}),
        )


def test_a_typo_in_a_shortcode_fails_the_real_build(project_copy: Path, tmp_path: Path) -> None:
    page = project_copy / "docs" / "tentang" / "privasi.en.md"
    page.write_text(page.read_text("utf-8") + "\n<!-- md:extar region.id -->\n", "utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/tentang/privasi.en.md" in result.stderr
    assert "unknown shortcode 'md:extar'" in result.stderr
