"""A minimal MkDocs project that uses the sitegen plugins, for tests of one option."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml


def write_site(root: Path, plugins: list, languages: tuple[str, ...] = ("id", "en")) -> Path:
    """A Material site in `languages` (the first is the default), with `plugins` before i18n."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    for language in languages:
        suffix = "" if language == languages[0] else f".{language}"
        (docs / f"index{suffix}.md").write_text(f"# Home ({language})\n", encoding="utf-8")
    i18n = {
        "i18n": {
            "docs_structure": "suffix",
            "languages": [
                {"locale": language, "default": language == languages[0], "name": language}
                for language in languages
            ],
        }
    }
    config = {
        "site_name": "Test",
        "site_url": "https://example.org/test/",
        "theme": {"name": "material", "language": languages[0], "font": False},
        "plugins": [*plugins, i18n],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root


def build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
