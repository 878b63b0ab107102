"""Option types the sitegen plugins share, validated by MkDocs with its own messages."""

from __future__ import annotations

import re

from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError


class Days(c.Type):
    """A number of days, at least 1."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        days = super().run_validation(value)
        if isinstance(days, bool) or days < 1:
            raise ValidationError(f"{days!r} is not a number of days (a whole number, 1 or more)")
        return days


class Anchor(c.Type):
    """A part of an HTML id ("layanan-"): letters, digits, hyphens and underscores."""

    def __init__(self, default: str, *, prefix: bool = False) -> None:
        super().__init__(str, default=default)
        self.prefix = prefix

    def run_validation(self, value: object) -> str:
        anchor = super().run_validation(value)
        if not re.fullmatch(
            r"[A-Za-z0-9_-]*" if self.prefix else r"[A-Za-z][A-Za-z0-9_-]*", anchor
        ):
            raise ValidationError(
                f"'{anchor}' cannot be part of a link target: use letters, digits, - and _"
                + ("" if self.prefix else ", starting with a letter")
            )
        return anchor
