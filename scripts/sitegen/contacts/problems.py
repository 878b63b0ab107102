"""A problem found in the contact data, reported as one line an editor can act on."""

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

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == WARNING else ""
        message = " ".join(self.message.split())  # always one line, whatever a library said
        return f"{self.file}:{self.line}: {self.field}: {prefix}{message}"


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.severity == ERROR]


class ContactDataError(Exception):
    """The contact data has errors; `.problems` holds every one, as printable lines."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
