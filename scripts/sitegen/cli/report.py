"""How a command shows the problems it found.

Always one line per problem on standard output (`FILE:LINE: FIELD: message`); inside
GitHub Actions each is also an annotation and a row of the job summary
(sitegen.github_actions).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import click

from sitegen.github_actions import append_summary, on_github, workflow_command
from sitegen.problems import Problem, errors


def report(
    problems: Sequence[Problem], heading: str, environ: Mapping[str, str] = os.environ
) -> int:
    """Show `problems`; the exit status: 1 when one of them is an error, else 0."""
    github = on_github(environ)
    for problem in problems:
        click.echo(str(problem))
        if github:
            click.echo(workflow_command(problem))
    append_summary(problems, heading, environ)
    return 1 if errors(problems) else 0
