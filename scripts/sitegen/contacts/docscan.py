"""Find phone numbers typed by hand into Markdown, where no check can see them.

Full numbers are found by libphonenumber's matcher; national short codes are the ones
the data declares (129, 1500-630, ...). A short code is allowed where it is part of a
service's name ("SAPA 129"), and nothing is looked for inside HTML comments (where the
`md:contacts` shortcode lives) or web addresses.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from pathlib import Path

from babel.support import Translations

from sitegen.contacts.model import Directory, dial_string
from sitegen.contacts.phones import PhoneError, Phones
from sitegen.contacts.reading import display_path
from sitegen.problems import Problem

_MASKED = re.compile(r"<!--.*?-->|https?://[^\s)>\]\"']+", re.DOTALL)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


class Scanner:
    """Knows the directory's numbers, short codes and the names that contain them."""

    def __init__(
        self, directory: Directory, phones: Phones, messages: Translations, services_dir: Path
    ) -> None:
        self.phones = phones
        self._ = messages.gettext
        self.services_dir = display_path(services_dir)
        self.owner: dict[str, str] = {}
        codes: set[str] = set()
        for service in directory.services:
            for channel in service.channels:
                if channel.phone is not None:
                    self.owner.setdefault(channel.phone.dial, service.id)
                    if channel.short_code:
                        codes.add(channel.value)
        alternatives = sorted(
            (r"[-. ]?".join(map(re.escape, code.split("-"))) for code in codes),
            key=len,
            reverse=True,
        )
        self.short_code = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])") if codes else None
        )
        self.name_words = self._name_words(directory)

    def _name_words(self, directory: Directory) -> set[str]:
        """The word before a short code in a service's name: "SAPA" in "SAPA 129"."""
        words: set[str] = set()
        if self.short_code is None:
            return words
        for service in directory.services:
            for name in service.name.values():
                for match in self.short_code.finditer(name):
                    before = name[: match.start()].split()
                    if before:
                        words.add(before[-1].lower())
        return words

    def _part_of_name(self, text: str, start: int) -> bool:
        before = text[:start].split()
        return bool(before) and before[-1].lower() in self.name_words

    def _message(self, found: str) -> str:
        _ = self._
        owner = next((self.owner[key] for key in self._dial_keys(found) if key in self.owner), None)
        if owner:
            message = _('"{number}" is typed by hand: show it with <!-- md:contacts {service} -->')
            return message.format(number=found, service=owner)
        message = _(
            '"{number}" is typed by hand: add it to {folder}/ with its source, then show it '
            "with md:contacts"
        )
        return message.format(number=found, folder=self.services_dir)

    def _dial_keys(self, text: str) -> list[str]:
        """How data may store a number written as `text`: its digits, and E.164 if valid."""
        keys = [dial_string(text)]
        with contextlib.suppress(PhoneError):
            keys.append(self.phones.normalize(text, declared_short_code=False))
        return keys

    def scan_text(self, text: str) -> list[tuple[int, str]]:
        """(line, number as written) for every hand-typed number in Markdown `text`."""
        masked = _MASKED.sub(_blank, text)
        found = list(self.phones.find_numbers(masked))
        if self.short_code:
            found += [
                (match.start(), match.group())
                for match in self.short_code.finditer(masked)
                if not self._part_of_name(masked, match.start())
            ]
        unique = dict(sorted(found))  # the matcher and the short codes may find the same one
        return [(masked.count("\n", 0, start) + 1, raw) for start, raw in unique.items()]

    def scan_files(self, paths: Iterable[Path]) -> list[Problem]:
        problems = []
        field = self._("phone number")
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="replace")
            for line, raw in self.scan_text(text):
                problems.append(Problem(display_path(path), line, field, self._message(raw)))
        return problems
