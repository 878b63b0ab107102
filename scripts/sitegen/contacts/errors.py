"""The error the contact-data loader raises."""

from __future__ import annotations

from sitegen.problems import Problem


class ContactDataError(Exception):
    """The contact data has errors; `.problems` holds every one, as printable lines."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))
