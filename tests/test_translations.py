"""Translation drift: missing languages fail, stale translations warn and say what changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen import translations

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "scripts" / "translations.py"

MKDOCS_YML = """\
site_name: Test
theme:
  name: material
docs_dir: docs
site_url: !ENV [SITE_URL, "https://example.org/"]
plugins:
  - search
  - blog:
      blog_dir: blog
  - i18n:
      docs_structure: suffix
      languages:
        - locale: id
          name: Bahasa Indonesia
          default: true
        - locale: en
          name: English
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
"""

SOURCE = """\
# Tanda bahaya { #tanda }

Tawaran kerja dengan gaji tinggi tanpa syarat.

## Apa tandanya? { #apa }

Paspor ditahan oleh perekrut.

Utang yang tidak pernah lunas.

## Ke mana melapor? { #lapor }

Hubungi layanan resmi.
"""

TRANSLATION = """\
---
# Written by hand: this comment and the odd spacing must survive marking.
title:    Warning signs
---
# Warning signs { #tanda }

A job offer with a high salary and no requirements.
"""


def git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project in a git repository with one page in both languages."""
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    docs = tmp_path / "docs" / "tanda"
    docs.mkdir(parents=True)
    (docs / "kerja.md").write_text(SOURCE)
    (docs / "kerja.en.md").write_text(TRANSLATION)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def run(project: Path, *args: str, lang: str | None = "en", **env: str):
    """The old entry point; in English unless `lang` says otherwise (None: the site's
    default language, Indonesian)."""
    language = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, str(CLI), "--project", str(project), *language, *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GITHUB_ACTIONS": "", **env},
    )


def test_a_marked_page_in_both_languages_is_clean(project: Path):
    assert run(project, "mark", "tanda/kerja").returncode == 0
    result = run(project, "check")
    assert result.returncode == 0, result.stdout
    assert "docs/" not in result.stdout


def test_marking_adds_one_line_to_the_translation_and_nothing_else(project: Path):
    result = run(project, "mark", "docs/tanda/kerja.md")
    assert result.returncode == 0
    assert result.stdout == "marked docs/tanda/kerja.en.md as up to date with tanda/kerja.md\n"
    marked = (project / "docs/tanda/kerja.en.md").read_text()
    lines = marked.splitlines(keepends=True)
    assert lines.pop(3).startswith("translation_of_hash: ")
    assert "".join(lines) == TRANSLATION
    assert (project / "docs/tanda/kerja.md").read_text() == SOURCE
    # Marking again changes nothing.
    again = run(project, "mark", "tanda/kerja.en.md")
    assert again.stdout == "tanda/kerja: already marked as up to date\n"
    assert (project / "docs/tanda/kerja.en.md").read_text() == marked


@pytest.mark.parametrize(
    "name", ["docs/tanda/kerja.md", "docs/tanda/kerja.en.md", "tanda/kerja.md", "tanda/kerja"]
)
def test_every_way_of_naming_a_page_finds_it(project: Path, name: str):
    languages = translations.Languages("id", ("en",))
    assert translations.resolve_page(project / "docs", name, languages) == "tanda/kerja"


def test_an_unmarked_translation_is_a_warning_not_an_error(project: Path):
    result = run(project, "check")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        "docs/tanda/kerja.en.md:1: translation_of_hash: warning: never marked as up to date;"
        " when it says the same as the Indonesian page, run:"
        " python scripts/translations.py mark tanda/kerja"
    )


def test_a_page_without_its_english_version_fails(project: Path):
    (project / "docs/tanda/baru.md").write_text("# Baru { #baru }\n")
    result = run(project, "check")
    assert result.returncode == 1
    assert (
        "docs/tanda/baru.md:1: translation: this page has no English version:"
        " create docs/tanda/baru.en.md (scripts/new_page.py makes every language), or delete"
        " this page"
    ) in result.stdout.splitlines()


def test_an_english_page_without_its_indonesian_source_fails(project: Path):
    (project / "docs/tanda/only.en.md").write_text("# Only English\n")
    result = run(project, "check")
    assert result.returncode == 1
    assert "docs/tanda/only.en.md:1: translation: this page has no Indonesian version:" in (
        result.stdout
    )


def test_drift_names_the_changed_section_and_its_line(project: Path):
    run(project, "mark", "tanda/kerja")
    git(project, "commit", "-q", "-am", "translation marked")
    changed = SOURCE.replace("Utang yang tidak pernah lunas.", "Utang yang terus bertambah.")
    (project / "docs/tanda/kerja.md").write_text(changed)
    result = run(project, "check")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        "docs/tanda/kerja.md:9: translation: warning: changed after docs/tanda/kerja.en.md was"
        ' last marked (sections "Apa tandanya?" (line 9: 1 changed)); update it, then run:'
        " python scripts/translations.py mark tanda/kerja"
    )
    # Once the translation is updated and marked, the warning goes.
    run(project, "mark", "tanda/kerja")
    assert "docs/" not in run(project, "check").stdout


def test_drift_counts_added_and_removed_paragraphs_per_section(project: Path):
    run(project, "mark", "tanda/kerja")
    git(project, "commit", "-q", "-am", "translation marked")
    changed = SOURCE.replace("Paspor ditahan oleh perekrut.\n\n", "").replace(
        "Hubungi layanan resmi.\n", "Hubungi layanan resmi.\n\nSimpan bukti.\n"
    )
    (project / "docs/tanda/kerja.md").write_text(changed)
    line = run(project, "check").stdout.splitlines()[0]
    assert '"Apa tandanya?" (line 7: 1 removed)' in line
    assert '"Ke mana melapor?" (line 13: 1 added)' in line
    assert line.startswith("docs/tanda/kerja.md:7: ")


def test_drift_without_the_marked_version_in_history_says_so(project: Path):
    (project / "docs/tanda/kerja.md").write_text(SOURCE + "\nParagraf baru.\n")
    run(project, "mark", "tanda/kerja")  # marked, but this version is never committed
    (project / "docs/tanda/kerja.md").write_text(SOURCE + "\nParagraf lain.\n")
    (project / "docs/tanda/kerja.md.orig").write_text("")  # not a page: ignored
    result = run(project, "check")
    assert result.stdout.splitlines()[0].startswith(
        "docs/tanda/kerja.md:1: translation: warning: changed after docs/tanda/kerja.en.md was"
        " last marked (the marked version is not in git history: compare the pages by hand)"
    )


def test_whitespace_at_line_ends_is_not_drift(project: Path):
    run(project, "mark", "tanda/kerja")
    (project / "docs/tanda/kerja.md").write_text(SOURCE.replace("\n", "  \r\n"))
    assert "docs/" not in run(project, "check").stdout


def test_marking_a_page_that_does_not_exist_fails_with_one_line(project: Path):
    result = run(project, "mark", "tanda/none")
    assert result.returncode == 1
    assert result.stdout == "docs/tanda/none.md:1: translation: no such page\n"


def test_marking_needs_the_translation_to_exist(project: Path):
    (project / "docs/tanda/baru.md").write_text("# Baru\n")
    result = run(project, "mark", "tanda/baru")
    assert result.returncode == 1
    assert result.stdout == "docs/tanda/baru.en.md:1: translation: no such page: create it first\n"


def test_broken_front_matter_is_reported_not_raised(project: Path):
    (project / "docs/tanda/kerja.en.md").write_text("---\ntitle: [oops\n---\n# Signs\n")
    for command in (["check"], ["mark", "tanda/kerja"]):
        result = run(project, *command)
        assert result.returncode == 1
        assert result.stdout.startswith("docs/tanda/kerja.en.md:3: front matter: front matter")
        assert "Traceback" not in result.stderr


def post(slug: str | None) -> str:
    front = f"slug: {slug}\n" if slug else ""
    return f"---\ndate: 2025-01-01\n{front}---\n# Kabar\n"


def test_blog_posts_in_both_languages_share_a_slug(project: Path):
    posts = project / "docs/blog/posts"
    posts.mkdir(parents=True)
    (posts / "acara.md").write_text(post("acara-2025"))
    (posts / "acara.en.md").write_text(post("event-2025"))
    result = run(project, "check")
    assert result.returncode == 1
    assert (
        'docs/blog/posts/acara.en.md:3: slug: "event-2025" differs from "acara-2025" in'
        " docs/blog/posts/acara.md: a post and its translation need the same slug"
    ) in result.stdout.splitlines()
    (posts / "acara.en.md").write_text(post("acara-2025"))
    assert run(project, "check").returncode == 0


def test_a_blog_post_without_a_slug_fails(project: Path):
    posts = project / "docs/blog/posts"
    posts.mkdir(parents=True)
    (posts / "acara.md").write_text(post("acara-2025"))
    (posts / "acara.en.md").write_text(post(None))
    result = run(project, "check")
    assert result.returncode == 1
    assert "docs/blog/posts/acara.en.md:1: slug: a blog post needs a `slug:`" in result.stdout


def test_a_usage_error_exits_2(project: Path):
    assert run(project, "translate").returncode == 2
    (project / "mkdocs.yml").write_text("plugins: [search]\n")
    result = run(project, "check")
    assert result.returncode == 2
    assert "mkdocs.yml: site_name: Required configuration not provided." in result.stderr


def test_the_real_site_has_every_page_in_both_languages():
    result = subprocess.run(
        [sys.executable, str(CLI), "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_on_github_problems_are_also_annotations_on_the_diff(project: Path):
    (project / "docs/tanda/baru.md").write_text("# Baru\n")
    lines = run(project, "check", GITHUB_ACTIONS="true").stdout.splitlines()
    assert any(
        line.startswith("::error file=docs/tanda/baru.md,line=1,title=")
        and "::this page has no English version:" in line
        for line in lines
    )
    assert any(
        line.startswith("::warning file=docs/tanda/kerja.en.md,line=1,title=")
        and "::never marked" in line
        for line in lines
    )


def test_messages_are_in_the_sites_default_language_unless_asked(project: Path):
    (project / "docs/tanda/baru.md").write_text("# Baru\n")
    indonesian = run(project, "check", lang=None)
    assert indonesian.returncode == 1
    assert (
        "docs/tanda/baru.md:1: translation: halaman ini belum punya versi bahasa Inggris:"
        " buat docs/tanda/baru.en.md (scripts/new_page.py membuat semua bahasa), atau hapus"
        " halaman ini"
    ) in indonesian.stdout.splitlines()
    assert (
        "docs/tanda/kerja.en.md:1: translation_of_hash: warning: belum pernah ditandai sesuai;"
        " jika isinya sudah sama dengan halaman bahasa Indonesia, jalankan:"
        " python scripts/translations.py mark tanda/kerja"
    ) in indonesian.stdout.splitlines()
    assert indonesian.stderr == "terjemahan: 1 galat, 1 peringatan\n"
    english = run(project, "check", lang="en")
    assert english.stderr == "translations: 1 error(s), 1 warning(s)\n"


def test_drift_speaks_indonesian_too(project: Path):
    run(project, "mark", "tanda/kerja")
    git(project, "commit", "-q", "-am", "translation marked")
    changed = SOURCE.replace("Utang yang tidak pernah lunas.", "Utang yang terus bertambah.")
    (project / "docs/tanda/kerja.md").write_text(changed)
    line = run(project, "check", lang=None).stdout.splitlines()[0]
    assert line == (
        "docs/tanda/kerja.md:9: translation: warning: berubah setelah docs/tanda/kerja.en.md"
        ' terakhir ditandai (bagian "Apa tandanya?" (baris 9: 1 diubah)); perbarui'
        " terjemahannya, lalu jalankan: python scripts/translations.py mark tanda/kerja"
    )


@pytest.mark.parametrize("where", ["first", "last", "equals"])
def test_the_old_entry_point_takes_lang_anywhere(project: Path, where: str):
    (project / "docs/tanda/kerja.md").unlink()
    argv = {
        "first": ["--lang", "en", "mark", "tanda/kerja"],
        "last": ["mark", "tanda/kerja", "--lang", "en"],
        "equals": ["mark", "--lang=en", "tanda/kerja"],
    }[where]
    result = run(project, *argv, lang=None)
    assert result.stdout == "docs/tanda/kerja.md:1: translation: no such page\n"
    assert run(project, "mark", "tanda/kerja", lang=None).stdout == (
        "docs/tanda/kerja.md:1: translation: halaman ini tidak ada\n"
    )


def test_a_language_the_site_does_not_have_is_refused(project: Path):
    result = run(project, "check", lang="fr")
    assert result.returncode == 2
    assert "no message catalog for language 'fr'" in result.stderr
