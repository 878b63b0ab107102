"""`fmt`: rewrite data files in their canonical form without losing anything.

Phone numbers become E.164 (`"+628111129129"`) or the declared short code's form
(`"1500-630"`), always quoted; times are quoted; fields follow the order of the schema
(`sitegen.contacts.schema`), texts the order of the site's languages. ruamel.yaml's
round-trip mode keeps every comment, every value and the quoting and folding editors
chose. Values the check would reject are left as they are, for the check to report.
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.support import Translations
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from sitegen.contacts.phones import PhoneError, Phones
from sitegen.contacts.reading import display_path, read_document
from sitegen.contacts.schema import PHONE_KINDS, Field, Group, Kind
from sitegen.problems import Problem


class Formatter:
    """Puts the files of one site in canonical form: its languages, its country's numbers."""

    def __init__(self, languages: tuple[str, ...], phones: Phones, messages: Translations):
        self.languages = languages
        self.phones = phones
        self.messages = messages

    def _yaml(self) -> YAML:
        yaml = YAML()
        yaml.preserve_quotes = True
        yaml.width = 4096
        yaml.indent(mapping=2, sequence=4, offset=2)
        return yaml

    def format_text(self, text: str, spec: Group | Field) -> str:
        """The canonical form of a data file's text (ruamel YAMLError if it is not YAML).

        `spec`: the schema of the file, a group (a service) or a list of groups (topics).
        """
        yaml = self._yaml()
        data = yaml.load(text)
        self._apply(data, spec)
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()

    def format_file(self, path: Path, spec: Group | Field, write: bool) -> tuple[bool, list]:
        """(changed, problems): format `path`, writing it back only when `write` is set."""
        document, problems = read_document(path, self.messages)
        if document is None:
            return False, problems
        text = path.read_text(encoding="utf-8-sig")
        try:
            formatted = self.format_text(text, spec)
        except YAMLError as error:
            message = self.messages.gettext("cannot format: {reason}").format(reason=error)
            return False, [Problem(display_path(path), 1, "(file)", message)]
        except ValueError as error:
            # ruamel.yaml reads some unquoted values (`._`) as numbers it then cannot build.
            message = self.messages.gettext(
                "cannot format: an unquoted value cannot be read ({reason}); put it in quotes"
            ).format(reason=error)
            return False, [Problem(display_path(path), 1, "(file)", message)]
        changed = formatted != text
        if changed and write:
            path.write_text(formatted, encoding="utf-8")
        return changed, []

    def _apply(self, node: object, spec: Group | Field) -> None:
        if isinstance(spec, Field):
            if spec.kind is Kind.LIST and isinstance(node, CommentedSeq) and spec.group:
                for item in node:
                    self._apply(item, spec.group)
            elif spec.kind is Kind.GROUP and spec.group:
                self._apply(node, spec.group)
            elif spec.kind is Kind.LOCAL_TEXT and isinstance(node, CommentedMap):
                _reorder(node, self.languages)
            return
        if not isinstance(node, CommentedMap):
            return
        _reorder(node, spec.names)
        for item in spec.fields:
            if item.name not in node:
                continue
            if item.kind is Kind.TIME and isinstance(node[item.name], str):
                node[item.name] = DoubleQuotedScalarString(node[item.name])
            elif item.kind is Kind.CHANNEL_VALUE:
                self._normalize_number(node)
            else:
                self._apply(node[item.name], item)

    def _normalize_number(self, channel: CommentedMap) -> None:
        value = channel.get("value")
        if channel.get("kind") not in PHONE_KINDS or not isinstance(value, str):
            return
        try:
            normal = self.phones.normalize(value, channel.get("short_code", False) is True)
        except PhoneError:
            return
        channel["value"] = DoubleQuotedScalarString(normal)


def _reorder(node: CommentedMap, order: tuple[str, ...]) -> None:
    """Known fields in `order`, then any others as they were (the check reports those)."""
    wanted = [key for key in order if key in node]
    wanted += [key for key in node if key not in order]
    for key in wanted:
        node.move_to_end(key)
