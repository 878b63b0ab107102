"""pre-commit: a valid configuration whose every hook runs a tool the project installs."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from ruamel.yaml import YAML

CONFIG = ROOT / ".pre-commit-config.yaml"


def hooks() -> list[dict]:
    config = YAML(typ="safe").load(CONFIG.read_text())
    return [hook for repo in config["repos"] for hook in repo["hooks"]]


def test_pre_commit_accepts_the_configuration(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(CONFIG)],
        capture_output=True,
        text=True,
        check=False,
        env={"PRE_COMMIT_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_hook_runs_something_that_exists():
    for hook in hooks():
        program, *args = shlex.split(hook["entry"])
        assert (ROOT / program).exists(), f"{hook['id']}: {program}"
        scripts = [arg for arg in args if arg.endswith(".py")]
        for script in scripts:
            assert (ROOT / script).exists(), f"{hook['id']}: {script}"


def test_the_checks_the_issue_asks_for_are_hooked():
    entries = [hook["entry"] for hook in hooks()]
    for expected in (
        ".venv/bin/ruff check",
        ".venv/bin/ruff format",
        "scripts/contacts.py fmt --check",
        "scripts/contacts.py check",
        "scripts/contacts.py scan-docs",
        "scripts/translations.py check",
        ".venv/bin/check-yaml",
    ):
        assert any(expected in entry for entry in entries), expected
