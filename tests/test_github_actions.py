"""sitegen.github_actions: annotations and the job summary only inside GitHub Actions."""

from __future__ import annotations

import io
from pathlib import Path

from sitegen.github_actions import annotate
from sitegen.problems import WARNING, Problem

OLD = Problem("data/services/y.yml", 7, "checks", "last checked 200 days ago", WARNING)


def test_outside_github_nothing_is_written(tmp_path: Path) -> None:
    out, summary = io.StringIO(), tmp_path / "summary.md"
    annotate([OLD], "mkdocs build", environ={"GITHUB_STEP_SUMMARY": str(summary)}, out=out)
    assert out.getvalue() == ""
    assert not summary.exists()


def test_inside_github_a_warning_is_a_warning_annotation_and_a_summary_row(
    tmp_path: Path,
) -> None:
    out, summary = io.StringIO(), tmp_path / "summary.md"
    environ = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    annotate([OLD], "mkdocs build", environ=environ, out=out)
    assert out.getvalue() == (
        "::warning file=data/services/y.yml,line=7,title=checks::last checked 200 days ago\n"
    )
    assert summary.read_text().splitlines()[0] == "### mkdocs build"
    assert "| ⚠️ | `data/services/y.yml` | 7 | `checks` | last checked 200 days ago |" in (
        summary.read_text()
    )
