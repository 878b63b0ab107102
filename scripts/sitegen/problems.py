"""A problem found in what editors wrote, reported as one line they can act on:
`FILE:LINE: FIELD: [warning: ]message`."""

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
