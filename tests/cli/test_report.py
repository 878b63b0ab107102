"""Problems as lines, and in GitHub Actions as annotations and a job summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.cli.report import report
from sitegen.github_actions import workflow_command
from sitegen.problems import WARNING, Problem

TYPO = Problem(
    "data/services/x.yml", 40, "channels[0].value", 'contains the letter "O" at position 16'
)
OLD = Problem("data/services/y.yml", 7, "checks", "last checked 200 days ago", WARNING)


def test_outside_github_only_the_lines_are_printed(capsys: pytest.CaptureFixture) -> None:
    assert report([TYPO, OLD], "sitegen check", environ={}) == 1
    assert capsys.readouterr().out.splitlines() == [str(TYPO), str(OLD)]


def test_warnings_alone_do_not_fail(capsys: pytest.CaptureFixture) -> None:
    assert report([OLD], "sitegen check", environ={}) == 0


def test_on_github_each_problem_annotates_its_line(
    capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    environ = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    report([TYPO, OLD], "sitegen check", environ=environ)
    assert capsys.readouterr().out.splitlines() == [
        str(TYPO),
        "::error file=data/services/x.yml,line=40,title=channels[0].value::"
        'contains the letter "O" at position 16',
        str(OLD),
        "::warning file=data/services/y.yml,line=7,title=checks::last checked 200 days ago",
    ]
    table = summary.read_text().splitlines()
    assert table[0] == "### sitegen check"
    assert table[-3:] == [
        '| ❌ | `data/services/x.yml` | 40 | `channels[0].value` | contains the letter "O" '
        "at position 16 |",
        "| ⚠️ | `data/services/y.yml` | 7 | `checks` | last checked 200 days ago |",
        "",
    ]


def test_workflow_commands_escape_what_github_would_misread() -> None:
    problem = Problem("a,b:c.yml", 3, "x", "100% sure\nsecond line")
    assert (
        workflow_command(problem)
        == "::error file=a%2Cb%3Ac.yml,line=3,title=x::100%25 sure second line"
    )
