"""Fixtures for the contact-data tests (the data itself is in contacts_data.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from contacts_data import problem_lines, write_data


@pytest.fixture
def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """check(text, name="svc-1.yml") → the problem lines of a folder with that one service."""
    monkeypatch.chdir(tmp_path)

    def run(content: str | bytes, name: str = "svc-1.yml", **more: str) -> list[str]:
        write_data(tmp_path / "data", {name: content, **more})
        return problem_lines(tmp_path / "data")

    return run
