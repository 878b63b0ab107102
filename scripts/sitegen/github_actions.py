"""Problems as GitHub Actions sees them: inside a workflow run each problem is also a
workflow command (`::error file=…,line=…::…`), which GitHub shows on that line of the
pull request, and the job summary (`$GITHUB_STEP_SUMMARY`) gets a table of them all.

Outside GitHub Actions nothing is written. The command line (sitegen.cli.report) and the
MkDocs plugins (sitegen.plugins.adapter) both annotate through here.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from sitegen.problems import Problem


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


def on_github(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("GITHUB_ACTIONS") == "true"


def annotate(
    problems: Sequence[Problem],
    heading: str,
    environ: Mapping[str, str] = os.environ,
    out: TextIO | None = None,
) -> None:
    """Inside GitHub Actions: one workflow command per problem on `out` (standard output
    by default), and the table of them all appended to the job summary."""
    if not on_github(environ):
        return
    stream = out or sys.stdout
    for problem in problems:
        print(workflow_command(problem), file=stream, flush=True)
    append_summary(problems, heading, environ)


def append_summary(
    problems: Sequence[Problem], heading: str, environ: Mapping[str, str] = os.environ
) -> None:
    """Inside GitHub Actions, the table of `problems` (if any) at the end of the job
    summary."""
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if on_github(environ) and summary and problems:
        with Path(summary).open("a", encoding="utf-8") as file:
            file.write(summary_table(problems, heading) + "\n\n")
