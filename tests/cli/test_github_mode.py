"""End to end, as in a pull request's check: commands run with GitHub's environment
(GITHUB_ACTIONS=true, a job-summary file) on a site with deliberate mistakes; each
mistake is an annotation on its line, and the summary holds a table of them all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.local_tools import ROOT
from tests.test_translations import MKDOCS_YML, SOURCE, TRANSLATION, git

SUMMARY_COPY = ROOT / "artifacts" / "job-summary-example.md"


@pytest.fixture
def mistaken(tmp_path: Path) -> Path:
    """A site with four mistakes: a page without its English version, a post whose
    translation has another slug, a translation never marked, an inline handler."""
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    docs = tmp_path / "docs"
    (docs / "tanda").mkdir(parents=True)
    (docs / "tanda/kerja.md").write_text(SOURCE)
    (docs / "tanda/kerja.en.md").write_text(TRANSLATION)
    (docs / "tanda/baru.md").write_text("# Baru\n")
    posts = docs / "blog/posts"
    posts.mkdir(parents=True)
    (posts / "acara.md").write_text("---\ndate: 2025-01-01\nslug: acara\n---\n# Acara\n")
    (posts / "acara.en.md").write_text("---\ndate: 2025-01-01\nslug: event\n---\n# Event\n")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html><head><link rel="canonical" href="https://example.org/"></head><body>\n'
        '<button onclick="leave()">Keluar</button></body></html>'
    )
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def sitegen(project: Path, summary: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitegen.cli", "--project", str(project), *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )


def test_mistakes_become_annotations_and_a_summary_table(mistaken: Path, tmp_path: Path):
    summary = tmp_path / "summary.md"
    check = sitegen(mistaken, summary, "translations", "check")
    nginx = sitegen(mistaken, summary, "nginx-conf", "site", "out")
    assert (check.returncode, nginx.returncode) == (1, 1)
    annotations = [
        line for line in (check.stdout + nginx.stdout).splitlines() if line.startswith("::")
    ]
    assert annotations == [
        "::warning file=docs/blog/posts/acara.en.md,line=1,title=translation_of_hash::belum"
        " pernah ditandai sesuai; jika isinya sudah sama dengan halaman bahasa Indonesia,"
        " jalankan: python scripts/translations.py mark blog/posts/acara",
        '::error file=docs/blog/posts/acara.en.md,line=3,title=slug::"event" berbeda dengan'
        ' "acara" di docs/blog/posts/acara.md: sebuah kabar dan terjemahannya perlu slug yang'
        " sama",
        "::error file=docs/tanda/baru.md,line=1,title=translation::halaman ini belum punya"
        " versi bahasa Inggris: buat docs/tanda/baru.en.md (scripts/new_page.py membuat semua"
        " bahasa), atau hapus halaman ini",
        "::warning file=docs/tanda/kerja.en.md,line=1,title=translation_of_hash::belum pernah"
        " ditandai sesuai; jika isinya sudah sama dengan halaman bahasa Indonesia, jalankan:"
        " python scripts/translations.py mark tanda/kerja",
        "::error file=site/index.html,line=2,title=csp::<button onclick=...> adalah penangan"
        " peristiwa di dalam tag, yang diblokir oleh Content-Security-Policy situs; pindahkan"
        " ke berkas skrip",
    ]
    text = summary.read_text(encoding="utf-8")
    sections = text.split("### ")[1:]
    assert [section.splitlines()[0] for section in sections] == [
        "sitegen translations check",
        "sitegen nginx-conf",
    ]
    rows = [line for line in text.splitlines() if line.startswith("| ❌") or line.startswith("| ⚠️")]
    assert len(rows) == len(annotations)
    assert "| `csp` | &lt;button onclick=...&gt; adalah penangan" in rows[-1]
    assert rows[2].startswith("| ❌ | `docs/tanda/baru.md` | 1 | `translation` | halaman ini")
    SUMMARY_COPY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY_COPY.write_text(text, encoding="utf-8")


def test_outside_github_there_are_only_the_lines(mistaken: Path, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "sitegen.cli", "--project", str(mistaken), "--lang", "en",
         "translations", "check"],
        cwd=mistaken,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": ""},
    )  # fmt: skip
    assert result.returncode == 1
    assert not any(line.startswith("::") for line in result.stdout.splitlines())
    assert "docs/tanda/baru.md:1: translation: this page has no English version" in result.stdout
