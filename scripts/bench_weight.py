"""Page-weight benchmark: what a reader's phone downloads to see this site.

Builds the site twice from the same content: as configured, and with an unmodified
Material theme configuration (Material's defaults: its own templates, fonts, features
and search plugin, no extra CSS or JavaScript; the sitegen plugins still find the
templates of their components and leaflets in the package). Serves each build the way
a static host does (sitegen.static_server: text gzip-compressed, assets cached for ten
minutes, the site's 404 page for a missing file), opens the home page in a fresh
Chromium, then a second page, and counts the compressed bytes that crossed the wire.

Budget (this site only): first view of the home page, HTML + CSS + JS + fonts, at most
100 KB; the second page view at most 30 KB more. Exit status 1 when over budget.

    .venv/bin/python scripts/bench_weight.py [--list]

Not a test: the numbers depend on content, so it is run by hand and its output is
quoted in reviews. Requests to other origins are never sent (they go to a proxy that is
not there) and are listed, not counted.
"""

from __future__ import annotations

import argparse
import mimetypes
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import static_server
from sitegen.local_tools import ROOT, launch_chromium

VIEWPORT = {"width": 360, "height": 740}
SECOND_PAGE = "kenali-tanda/"

FIRST_VIEW_BUDGET = 100 * 1024
SECOND_VIEW_BUDGET = 30 * 1024
BUDGETED = ("html", "css", "js", "font")

# Material's defaults, exactly as a new project gets them, in a subprocess: plugins
# and hooks keep their state per build. The sitegen plugins still render the content
# and data (shortcodes, cards, leaflets), but add neither their layer over Material's
# templates nor their stylesheets and scripts.
_BUILD_UNMODIFIED = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load
from sitegen.plugins import adapter
from sitegen.plugins.site import plugin as site_plugin

add_theme_dir = adapter.add_theme_dir
adapter.add_theme_dir = lambda config, directory: (
    None if directory == site_plugin.THEME_DIR else add_theme_dir(config, directory)
)
adapter.add_assets = lambda config, stylesheets=(), scripts=(): None

config_file, site_dir = sys.argv[1:3]
with open(config_file, encoding="utf-8") as f:
    plugins = yaml_load(f)["plugins"]
build(load_config(
    config_file,
    site_dir=site_dir,
    strict=False,
    theme={"name": "material", "language": "id"},
    plugins=["search", *plugins],
    extra_css=[],
    extra_javascript=[],
))
"""


@dataclass(frozen=True)
class Transfer:
    """One response: its path, kind and body bytes as sent."""

    path: str
    kind: str
    sent: int


@dataclass
class View:
    """What one page view transferred, and what it tried to fetch elsewhere."""

    transfers: list[Transfer] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def bytes_of(self, kinds: tuple[str, ...]) -> int:
        return sum(t.sent for t in self.transfers if t.kind in kinds)

    @property
    def total(self) -> int:
        return sum(t.sent for t in self.transfers)


def kind_of(path: str, missing: bool) -> str:
    """The budget category of a response, from the file it was for."""
    if missing:
        return "404"
    if path.endswith("/"):
        return "html"
    content_type = mimetypes.guess_type(path)[0] or ""
    if content_type == "text/html":
        return "html"
    if content_type == "text/css":
        return "css"
    if "javascript" in content_type:
        return "js"
    if content_type.startswith("font/") or path.endswith((".woff", ".woff2")):
        return "font"
    if content_type.startswith("image/"):
        return "image"
    return "data"


def build(site_dir: Path, unmodified: bool) -> None:
    """Build the site into `site_dir`, as configured or with Material's defaults."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/"}
    if unmodified:
        command = [sys.executable, "-c", _BUILD_UNMODIFIED, str(ROOT / "mkdocs.yml"), str(site_dir)]
    else:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_weight: the build failed:\n{result.stderr[-3000:]}")


def measure(site_dir: Path) -> tuple[View, View]:
    """The first view of the home page, then a view of a second page, in one tab."""
    from playwright.sync_api import sync_playwright

    files = {
        path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file()
    }

    def transfers(log: list[static_server.Transfer]) -> list[Transfer]:
        return [Transfer(t.path, kind_of(t.path, _is_missing(t.path, files)), t.bytes) for t in log]

    with static_server.serve(site_dir) as (url, log), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(
            viewport=VIEWPORT,
            service_workers="block",
            proxy={"server": "http://127.0.0.1:9", "bypass": "127.0.0.1"},
        )
        views = [View(), View()]
        current = [views[0]]
        context.on(
            "request",
            lambda request: (
                None if request.url.startswith(url) else current[0].foreign.append(request.url)
            ),
        )
        page = context.new_page()
        mark = log.mark()
        page.goto(url, wait_until="networkidle")
        views[0].transfers = transfers(log.since(mark))
        current[0] = views[1]
        mark = log.mark()
        page.goto(url + SECOND_PAGE, wait_until="networkidle")
        views[1].transfers = transfers(log.since(mark))
        browser.close()
    return views[0], views[1]


def _is_missing(path: str, files: set[str]) -> bool:
    """Whether the site has no file for a request path (so the host sent its 404 page)."""
    relative = path.lstrip("/")
    folder_index = f"{relative}index.html" if relative.endswith("/") or not relative else ""
    return relative not in files and folder_index not in files


def kilobytes(count: int) -> str:
    return f"{count / 1024:7.1f} KB"


def row(label: str, ours: int, theirs: int) -> str:
    """One line of the side-by-side table: both sizes and their ratio."""
    ratio = f"{ours / theirs:5.2f}x" if theirs else "    -"
    return f"  {label:22} {kilobytes(ours)} {kilobytes(theirs)}  {ratio}"


def report(ours: tuple[View, View], theirs: tuple[View, View], listing: bool) -> bool:
    """Print both sites side by side; return whether this site keeps its budget."""
    titles = ("First view of the home page", f"Second page view (/{SECOND_PAGE})")
    for title, mine, base in zip(titles, ours, theirs, strict=True):
        print(f"\n{title}, gzip-compressed bytes")
        print(f"  {'':22} {'this site':>10} {'unmodified':>11} {'ratio':>7}")
        for kind in (*BUDGETED, "image", "data", "404"):
            print(row(kind, mine.bytes_of((kind,)), base.bytes_of((kind,))))
        print(row("HTML+CSS+JS+fonts", mine.bytes_of(BUDGETED), base.bytes_of(BUDGETED)))
        print(row("everything", mine.total, base.total))
        print(f"  {'requests':22} {len(mine.transfers):10} {len(base.transfers):11}")
        for label, view in (("this site", mine), ("unmodified", base)):
            if view.foreign:
                print(f"  {label}: {len(view.foreign)} request(s) to other origins, not counted:")
                for foreign_url in view.foreign:
                    print(f"    {foreign_url}")
        if listing:
            for label, view in (("this site", mine), ("unmodified", base)):
                print(f"  {label}, every response:")
                for transfer in view.transfers:
                    print(f"    {transfer.kind:6} {kilobytes(transfer.sent)}  {transfer.path}")
    first, second = ours[0].bytes_of(BUDGETED), ours[1].bytes_of(BUDGETED)
    within = first <= FIRST_VIEW_BUDGET and second <= SECOND_VIEW_BUDGET
    print(
        f"\nBudget: first view {kilobytes(first).strip()} of {FIRST_VIEW_BUDGET // 1024} KB,"
        f" second view {kilobytes(second).strip()} of {SECOND_VIEW_BUDGET // 1024} KB:"
        f" {'within budget' if within else 'OVER BUDGET'}"
    )
    return within


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every response")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        ours_dir, theirs_dir = scratch / "ours", scratch / "unmodified"
        build(ours_dir, unmodified=False)
        build(theirs_dir, unmodified=True)
        ours, theirs = measure(ours_dir), measure(theirs_dir)
    return 0 if report(ours, theirs, args.list) else 1


if __name__ == "__main__":
    sys.exit(main())
