"""Shared fixtures: the real site built once per test session, served on 127.0.0.1,
and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitegen.local_tools import ROOT, copy_project, launch_chromium

# The URL the test build claims to live at; the test server serves it under this path.
TEST_SITE_URL = "http://127.0.0.1/tppo-test/"


# Every test build shares the project's leaflet PDF cache, so a build of a project copy
# with one injected fault does not render every leaflet again.
LEAFLET_CACHE = ROOT / ".cache" / "leaflets"


def build_site(
    project: Path,
    site_dir: Path,
    site_url: str = TEST_SITE_URL,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run a strict MkDocs build of `project` into `site_dir`; return the finished process."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_URL": site_url,
        "TPPO_LEAFLET_CACHE": str(LEAFLET_CACHE),
        **(extra_env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def site_build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess]:
    """The real site, built strictly once per session into a temporary folder, and the
    finished build (its output is checked too)."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir, result


@pytest.fixture(scope="session")
def built_site(site_build: tuple[Path, subprocess.CompletedProcess]) -> Path:
    return site_build[0]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the built site, served on 127.0.0.1 under the path of its site_url."""
    root = tmp_path_factory.mktemp("www")
    prefix = urlsplit(TEST_SITE_URL).path.strip("/")
    shutil.copytree(built_site, root / prefix)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/{prefix}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, through Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throwaway copy of the project's sources, for builds with injected faults."""
    return copy_project(tmp_path / "project")
