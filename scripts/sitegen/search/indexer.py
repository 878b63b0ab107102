"""Run Pagefind over a built site: one index per language, in `SITE/pagefind/`.

Pagefind reads prepared copies of the pages (see `pages`) from a temporary folder, through
its command line: its Python API answers one request per 0.1 s poll, which would cost
40 s on a 400-page site, against well under a second for the command line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sitegen.search import pages

OUTPUT_DIR = "pagefind"
# Inside the article: the "¶" links Material puts after each heading.
EXCLUDED_SELECTORS = ".headerlink"


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site."""


def build_index(
    site_dir: Path, options: pages.Options = pages.DEFAULT, output_dir: str = OUTPUT_DIR
) -> Counter[str]:
    """Index `site_dir` afresh into `site_dir/output_dir`; return pages indexed per language."""
    output = site_dir / output_dir
    # Pagefind names its files by content hash: clear out those of an earlier build.
    shutil.rmtree(output, ignore_errors=True)
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="tppo-search-") as staging:
        for page in pages.pages(site_dir, options):
            copy = Path(staging, page.path)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(page.html, "utf-8")
            counts[page.language] += 1
        _run_pagefind(Path(staging), output)
    return counts


def _run_pagefind(source: Path, output: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(source),
            "--output-path",
            str(output),
            "--exclude-selectors",
            EXCLUDED_SELECTORS,
            "--quiet",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        reason = _reason(result.stdout + "\n" + result.stderr)
        raise SearchIndexError(f"Pagefind could not index the site: {reason}")


def _reason(output: str) -> str:
    """One line from Pagefind's output that says what went wrong."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for number, line in enumerate(lines[:-1]):
        if "panicked at" in line:  # a crash: the next line is its cause
            return lines[number + 1]
    return " ".join(dict.fromkeys(lines)) or "no message"
