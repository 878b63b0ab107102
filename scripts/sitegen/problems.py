"""A problem found in what editors wrote, reported as one line they can act on:
`FILE:LINE: FIELD: [warning: ]message`.

Every check of the generator (contact data, leaflets, shortcodes, the settings in
mkdocs.yml, the Content-Security-Policy scan) reports `Problem`s. Code that has to stop
raises `ProblemError`; the MkDocs adapters turn it into a build error without a
traceback, and the command-line tools print its lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    field: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == WARNING else ""
        message = " ".join(self.message.split())  # always one line, whatever a library said
        return f"{self.file}:{self.line}: {self.field}: {prefix}{message}"


class ProblemError(Exception):
    """Stops a build or a command: `.problems` holds every problem, one line each."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.is_error]
