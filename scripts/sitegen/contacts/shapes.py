"""The rules every part of the data shares: a group has only the schema's fields and
every required one, texts are given in every language of the site, a value is one of the
allowed ones, lists are lists, addresses are https. `checking` builds on them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from babel.support import Translations

from sitegen import formats
from sitegen.contacts.model import LocalText
from sitegen.contacts.phones import Phones
from sitegen.contacts.reading import Document, FieldPath
from sitegen.contacts.schema import Field, Group
from sitegen.contacts.settings import Limits
from sitegen.problems import WARNING, Problem
from sitegen.site import SiteFacts


@dataclass(frozen=True)
class Rules:
    """What the rules depend on: the site's languages, country and clock, the limits on
    the age of checks, and the editors' language."""

    facts: SiteFacts
    messages: Translations
    #: The language of `messages`.
    language: str
    limits: Limits = field(default_factory=Limits)

    @cached_property
    def phones(self) -> Phones:
        return Phones(self.facts.country, self.messages, self.language)


def describe(value: Any, messages: Translations) -> str:
    """How an editor would name a YAML value's kind."""
    _ = messages.gettext
    if value is None:
        return _("empty")
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, datetime.date):
        return _("a date")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a group of fields")
    return _("text")


def one_of(values: Iterable[str]) -> str:
    return ", ".join(values)


class ShapeChecker:
    """Checks the fields of one document against the schema, collecting problems and
    counting the errors (a part is built only when no error was found in it)."""

    def __init__(self, doc: Document, rules: Rules) -> None:
        self.doc = doc
        self.rules = rules
        self.problems: list[Problem] = []
        self.error_count = 0
        self._ = rules.messages.gettext

    def report(self, path: FieldPath, message: str, severity: str = "error") -> None:
        self.problems.append(self.doc.problem(path, message, severity))
        if severity != WARNING:
            self.error_count += 1

    def failed_since(self, count: int) -> bool:
        """Whether an error was reported since `error_count` was `count`."""
        return self.error_count > count

    def shown(self, value: Any) -> str:
        """A value as messages quote it: text in quotes, anything else by its kind."""
        return f'"{value}"' if isinstance(value, str) else describe(value, self.rules.messages)

    # Generic shapes -------------------------------------------------------------

    def fields(self, path: FieldPath, value: Any, group: Group) -> bool:
        """Is `value` a group with only the fields of `group`, and every required one?"""
        _ = self._
        if not isinstance(value, dict):
            kind = describe(value, self.rules.messages)
            self.report(path, _("must be a group of fields, not {kind}").format(kind=kind))
            return False
        for key in value:
            if key not in group:
                message = _("unknown field (allowed here: {fields})")
                self.report((*path, key), message.format(fields=one_of(group.names)))
        for item in group.fields:
            if item.required and item.name not in value:
                self.report((*path, item.name), _("required field is missing"))
        return True

    def text(self, path: FieldPath, value: Any) -> str | None:
        if not isinstance(value, str):
            kind = describe(value, self.rules.messages)
            self.report(path, self._("must be text, not {kind}").format(kind=kind))
            return None
        if not value.strip():
            self.report(path, self._("is empty"))
            return None
        return value

    def local_text(self, path: FieldPath, value: Any) -> LocalText | None:
        """Text in every site language: `{id: ..., en: ...}`."""
        _ = self._
        languages = self.rules.facts.languages
        if not isinstance(value, dict):
            example = ", ".join(f"{language}: ..." for language in languages)
            kind = describe(value, self.rules.messages)
            message = _("must give the text in each language ({example}), not {kind}")
            self.report(path, message.format(example=example, kind=kind))
            return None
        start = self.error_count
        for key in value:
            if key not in languages:
                message = _("unknown language (use: {languages})")
                self.report((*path, key), message.format(languages=one_of(languages)))
        texts = {}
        for language in languages:
            if language not in value:
                name = formats.language_name(language, self.rules.language)
                message = _("the {language} text is missing").format(language=name)
                self.report((*path, language), message)
            else:
                texts[language] = self.text((*path, language), value[language])
        return None if self.failed_since(start) else texts

    def choice(self, path: FieldPath, value: Any, spec: Field) -> str | None:
        if value not in spec.choices:
            message = self._("{value} is not {what}; use one of: {allowed}")
            what = self._(spec.noun)
            allowed = one_of(spec.choices)
            self.report(path, message.format(value=self.shown(value), what=what, allowed=allowed))
            return None
        return value

    def items(self, path: FieldPath, value: Any, *, allow_empty: bool = False) -> list | None:
        if not isinstance(value, list):
            kind = describe(value, self.rules.messages)
            message = self._("must be a list (lines starting with '- '), not {kind}")
            self.report(path, message.format(kind=kind))
            return None
        if not value and not allow_empty:
            self.report(path, self._("the list is empty"))
        return value

    def https_url(self, path: FieldPath, value: Any) -> str | None:
        if self.text(path, value) is None:
            return None
        if not value.startswith("https://"):
            message = self._('"{value}" must be a secure address starting with https://')
            self.report(path, message.format(value=value))
            return None
        parts = urlsplit(value)
        if not parts.hostname or "." not in parts.hostname or re.search(r"\s", value):
            self.report(path, self._('"{value}" is not a valid web address').format(value=value))
            return None
        return value

    def flag(self, path: FieldPath, value: Any) -> bool:
        """A field that is either `true` or left out."""
        if value is not True:
            self.report(path, self._("must be true (leave the field out otherwise)"))
            return False
        return True
