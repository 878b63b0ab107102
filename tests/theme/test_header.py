"""sitegen/theme/partials/header.html is Material's header plus one branch for the site search;
this keeps the copy honest when Material is upgraded."""

from __future__ import annotations

from pathlib import Path

import material
from conftest import ROOT

OURS = ROOT / "scripts" / "sitegen" / "theme" / "partials" / "header.html"
MATERIAL = Path(material.__file__).parent / "templates" / "partials" / "header.html"
ADDED = [
    "    {% else %}",
    '      {% include "partials/site-search.html" ignore missing %}',
]


def body(lines: list[str]) -> list[str]:
    """Template lines after the leading Jinja comment block."""
    end = next(i for i, line in enumerate(lines) if line.strip() == "-#}")
    return lines[end + 1 :]


def test_header_is_materials_own_plus_the_search_branch() -> None:
    ours = body(OURS.read_text("utf-8").splitlines())
    theirs = body(MATERIAL.read_text("utf-8").splitlines())
    without_added = [line for line in ours if line not in ADDED]
    assert len(ours) - len(without_added) == len(ADDED)
    assert without_added == theirs
