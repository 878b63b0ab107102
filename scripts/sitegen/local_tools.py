"""What the tests and benchmarks share: Debian's Chromium as Playwright drives it, and a
throwaway copy of the project's sources."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts", "data", "pyproject.toml")


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    """Debian's Chromium, headless, through Playwright (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def copy_project(target: Path) -> Path:
    """Copy the project's sources (not .venv, site/ or caches) into `target`."""
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target
