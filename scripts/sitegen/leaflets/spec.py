"""A leaflet page's `leaflet:` front matter: which paper sizes, which services.

```yaml
leaflet:
  sizes: [A4, A5]              # A4 always; A5 where the text is short enough
  services: [sapa-129, kp2mi]  # optional; default: the directory's key_services
```
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from babel.support import Translations

from sitegen import frontmatter
from sitegen.problems import Problem, ProblemError
from sitegen.yaml_lines import line_of

PAPER_SIZES = ("A4", "A5")
KEYS = ("sizes", "services")


@dataclass(frozen=True)
class LeafletSpec:
    path: str
    sizes: tuple[str, ...]
    service_ids: tuple[str, ...] | None
    front_matter: str = field(repr=False, default="")

    def problem(self, field_path: tuple[str | int, ...], message: str) -> Problem:
        """A problem at `leaflet.<field_path>` in the page's front matter."""
        line = line_of(self.front_matter, ("leaflet", *field_path), first_line=2)
        return Problem(self.path, line, field_name(field_path), message)

    def error(self, field_path: tuple[str | int, ...], message: str) -> ProblemError:
        return ProblemError([self.problem(field_path, message)])


def field_name(field_path: tuple[str | int, ...]) -> str:
    """`leaflet.services[1]`, as an editor would point at it."""
    name = "leaflet"
    for part in field_path:
        name += f"[{part}]" if isinstance(part, int) else f".{part}"
    return name


def read_spec(meta: Mapping, source: str, path: str, messages: Translations) -> LeafletSpec | None:
    """The leaflet settings of a page, or None when the page is not a leaflet;
    ProblemError naming the line of a mistake."""
    if "leaflet" not in meta:
        return None
    _ = messages.gettext
    spec = LeafletSpec(path, ("A4",), None, frontmatter.yaml_block(source))
    raw = meta["leaflet"]
    if raw is None:
        return spec
    if not isinstance(raw, Mapping):
        raise spec.error((), _("must be a mapping with 'sizes' and/or 'services'"))
    for key in raw:
        if key not in KEYS:
            message = _("unknown key (known: {keys})").format(keys=", ".join(KEYS))
            raise spec.error((str(key),), message)
    sizes = _strings(spec, raw, "sizes", ["A4"], messages)
    for index, size in enumerate(sizes):
        if size not in PAPER_SIZES:
            message = _("{size} is not a paper size (use {sizes})")
            raise spec.error(
                ("sizes", index), message.format(size=repr(size), sizes=", ".join(PAPER_SIZES))
            )
    if "A4" not in sizes:
        raise spec.error(("sizes",), _("every leaflet has an A4 version: add A4"))
    if len(set(sizes)) != len(sizes):
        raise spec.error(("sizes",), _("a size is listed twice"))
    services = _strings(spec, raw, "services", None, messages)
    return LeafletSpec(
        path,
        tuple(sizes),
        None if services is None else tuple(services),
        spec.front_matter,
    )


def _strings(
    spec: LeafletSpec, raw: Mapping, key: str, default: list[str] | None, messages: Translations
) -> list[str] | None:
    _ = messages.gettext
    if key not in raw:
        return default
    value = raw[key]
    if not isinstance(value, list) or not value:
        raise spec.error((key,), _("must be a non-empty list, like [A4, A5] or [service-id]"))
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            message = _("{value} must be a name, not empty").format(value=repr(item))
            raise spec.error((key, index), message)
    return value
