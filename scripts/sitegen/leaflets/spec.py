"""A leaflet page's `leaflet:` front matter: which paper sizes, which services.

```yaml
leaflet:
  sizes: [A4, A5]              # A4 always; A5 where the text is short enough
  services: [sapa-129, kp2mi]  # optional; default: extra.contacts.key_services
```
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sitegen import frontmatter
from sitegen.leaflets.errors import LeafletError
from sitegen.yaml_lines import line_of

PAPER_SIZES = ("A4", "A5")
KEYS = ("sizes", "services")


@dataclass(frozen=True)
class LeafletSpec:
    path: str
    sizes: tuple[str, ...]
    service_ids: tuple[str, ...] | None
    front_matter: str = field(repr=False, default="")

    def error(self, field_path: tuple[str | int, ...], message: str) -> LeafletError:
        """An error pointing at `leaflet.<field_path>` in the page's front matter."""
        line = line_of(self.front_matter, ("leaflet", *field_path), first_line=2)
        return LeafletError(self.path, line, field_name(field_path), message)


def field_name(field_path: tuple[str | int, ...]) -> str:
    """`leaflet.services[1]`, as an editor would point at it."""
    name = "leaflet"
    for part in field_path:
        name += f"[{part}]" if isinstance(part, int) else f".{part}"
    return name


def read_spec(meta: Mapping, source: str, path: str) -> LeafletSpec | None:
    """The leaflet settings of a page, or None when the page is not a leaflet."""
    if "leaflet" not in meta:
        return None
    spec = LeafletSpec(path, ("A4",), None, frontmatter.yaml_block(source))
    raw = meta["leaflet"]
    if raw is None:
        return spec
    if not isinstance(raw, Mapping):
        raise spec.error((), "must be a mapping with 'sizes' and/or 'services'")
    for key in raw:
        if key not in KEYS:
            raise spec.error((str(key),), f"unknown key (known: {', '.join(KEYS)})")
    sizes = _strings(spec, raw, "sizes", ["A4"])
    for index, size in enumerate(sizes):
        if size not in PAPER_SIZES:
            raise spec.error(
                ("sizes", index), f"{size!r} is not a paper size (use {', '.join(PAPER_SIZES)})"
            )
    if "A4" not in sizes:
        raise spec.error(("sizes",), "every leaflet has an A4 version: add A4")
    if len(set(sizes)) != len(sizes):
        raise spec.error(("sizes",), "a size is listed twice")
    services = _strings(spec, raw, "services", None)
    return LeafletSpec(
        path,
        tuple(sizes),
        None if services is None else tuple(services),
        spec.front_matter,
    )


def _strings(
    spec: LeafletSpec, raw: Mapping, key: str, default: list[str] | None
) -> list[str] | None:
    if key not in raw:
        return default
    value = raw[key]
    if not isinstance(value, list) or not value:
        raise spec.error((key,), "must be a non-empty list, e.g. [A4, A5] or [sapa-129]")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise spec.error((key, index), f"{item!r} must be a name, not empty")
    return value
