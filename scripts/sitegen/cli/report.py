"""How a command shows the problems it found.

Always one line per problem on standard output (`FILE:LINE: FIELD: message`). Inside
GitHub Actions, each problem is also a workflow command (`::error file=…,line=…::…`),
which GitHub shows on that line of the pull request, and the job summary
(`$GITHUB_STEP_SUMMARY`) gets a table of them all.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

from sitegen.problems import Problem, errors


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(problem: Problem) -> str:
    """The GitHub Actions command that annotates the problem's line."""
    kind = "error" if problem.is_error else "warning"
    properties = ",".join(
        f"{name}={_escape_property(value)}"
        for name, value in (
            ("file", problem.file),
            ("line", str(problem.line)),
            ("title", problem.field),
        )
    )
    return f"::{kind} {properties}::{_escape_data(' '.join(problem.message.split()))}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _text_cell(text: str) -> str:
    # GitHub renders HTML in a summary: a message quoting a tag must show the tag.
    return html.escape(_cell(text), quote=False)


def summary_table(problems: Sequence[Problem], heading: str) -> str:
    """A Markdown section listing every problem, for the job summary."""
    rows = [
        f"| {'❌' if p.is_error else '⚠️'} | `{_cell(p.file)}` | {p.line} | `{_cell(p.field)}` "
        f"| {_text_cell(p.message)} |"
        for p in problems
    ]
    header = ["| | file | line | field | problem |", "|---|---|---|---|---|"]
    return "\n".join([f"### {heading}", "", *header, *rows])


def report(
    problems: Sequence[Problem], heading: str, environ: Mapping[str, str] = os.environ
) -> int:
    """Show `problems`; the exit status: 1 when one of them is an error, else 0."""
    on_github = environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        click.echo(str(problem))
        if on_github:
            click.echo(workflow_command(problem))
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if on_github and summary and problems:
        with Path(summary).open("a", encoding="utf-8") as file:
            file.write(summary_table(problems, heading) + "\n\n")
    return 1 if errors(problems) else 0
