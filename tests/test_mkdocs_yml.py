"""mkdocs.yml outside a build: languages, blog folder, nav sections, a one-line nav edit."""

from __future__ import annotations

import pytest

from sitegen import mkdocs_yml

CONFIG = """\
site_url: !ENV [SITE_URL, "https://example.org/"]
plugins:
  - material/blog:
      blog_dir: kabar
  - i18n:
      languages:
        - locale: en
          name: English
        - locale: id
          default: true
nav:
  - Beranda: index.md
  - Tanda:
    - tanda/index.md
    - Kerja: tanda/kerja.md
    # a comment that belongs to the next section
  - Tentang:
      - tentang/index.md
      - Lebih:
          - tentang/lebih.md
# trailing comment"""


def test_sections_are_found_by_folder():
    sections = mkdocs_yml.nav_sections(mkdocs_yml.parse(CONFIG))
    assert sorted(sections) == ["tanda", "tentang"]
    assert sections["tanda"].pages == ("tanda/index.md", "tanda/kerja.md")


def test_adding_after_a_titled_entry_keeps_its_indentation_and_the_comment():
    updated = mkdocs_yml.add_nav_page(CONFIG, "tanda", "tanda/baru.md")
    assert updated == CONFIG.replace(
        "    - Kerja: tanda/kerja.md\n", "    - Kerja: tanda/kerja.md\n    - tanda/baru.md\n"
    )


def test_adding_after_a_nested_subsection_goes_after_all_of_it():
    updated = mkdocs_yml.add_nav_page(CONFIG, "tentang", "tentang/baru.md")
    assert updated == CONFIG.replace(
        "          - tentang/lebih.md\n",
        "          - tentang/lebih.md\n      - tentang/baru.md\n",
    )


def test_adding_at_the_end_of_a_file_without_a_final_newline():
    text = "nav:\n  - Tanda:\n      - tanda/index.md"
    assert mkdocs_yml.add_nav_page(text, "tanda", "tanda/x.md") == (
        "nav:\n  - Tanda:\n      - tanda/index.md\n      - tanda/x.md\n"
    )


def test_an_unknown_folder_is_an_error():
    with pytest.raises(mkdocs_yml.MkDocsYmlError, match="no section holds pages of docs/x/"):
        mkdocs_yml.add_nav_page(CONFIG, "x", "x/y.md")


def test_invalid_yaml_is_an_error_not_a_traceback():
    with pytest.raises(mkdocs_yml.MkDocsYmlError, match="not valid YAML"):
        mkdocs_yml.parse("nav: [unclosed")
