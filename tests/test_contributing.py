"""CONTRIBUTING in both languages: the same commands, and every one of them real."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

GUIDES = [ROOT / "CONTRIBUTING.md", ROOT / "CONTRIBUTING.id.md"]
# Example paths in the guides, not files of the project.
EXAMPLE = re.compile(r"<id>|NAME|NAMA|/x/|/x\.yml|/a\.en|kerja-palsu")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"```(?:sh|bash)\n(.*?)```", text, re.S)


def commands(text: str) -> set[str]:
    """Each shell command in the guide's code blocks, without its comment."""
    found = set()
    for block in code_blocks(text):
        for line in block.splitlines():
            command = line.split(" #")[0].strip()
            if command and "<" not in command:  # not lines with a placeholder to fill in
                found.add(command)
    return found


def test_both_languages_give_the_same_commands():
    english, indonesian = (commands(guide.read_text()) for guide in GUIDES)
    assert english == indonesian
    assert "python scripts/translations.py mark kenali-tanda/index" in english


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_make_target_named_exists(guide: Path):
    targets = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), re.M))
    named = set(re.findall(r"`make (\w[\w-]*)", guide.read_text()))
    named |= {c.split()[1] for c in commands(guide.read_text()) if c.startswith("make ")}
    assert named and named <= targets


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_file_and_link_named_exists(guide: Path):
    text = guide.read_text()
    paths = set(re.findall(r"\b((?:scripts|deploy|data|docs|overrides|\.github)/[\w./-]+)", text))
    paths |= set(re.findall(r"\]\(((?!https?:|#)[^)]+)\)", text))
    missing = sorted(
        path
        for path in paths
        if not (ROOT / path.rstrip(".")).exists() and not EXAMPLE.search(path)
    )
    assert missing == []


def test_the_guides_link_to_each_other():
    english, indonesian = (guide.read_text() for guide in GUIDES)
    assert "(CONTRIBUTING.id.md)" in english
    assert "(CONTRIBUTING.md)" in indonesian
