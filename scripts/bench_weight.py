"""Page-weight benchmark: what a reader's phone downloads to see this site.

Builds the site twice from the same content: as configured, and with an unmodified
Material theme configuration (Material's defaults: no custom_dir, no extra CSS or
JavaScript, default fonts and features). Serves each build the way a static host does
(text gzip-compressed, assets cached for ten minutes, the site's 404 page for a
missing file), opens the home page in a fresh
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
import functools
import gzip
import http.server
import json
import mimetypes
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 360, "height": 740}
SECOND_PAGE = "kenali-tanda/"

FIRST_VIEW_BUDGET = 100 * 1024
SECOND_VIEW_BUDGET = 30 * 1024
BUDGETED = ("html", "css", "js", "font")

# Types a static host (GitHub Pages, Netlify, nginx with gzip on) compresses.
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
GZIP_LEVEL = 6  # zlib's default, and nginx's common setting

# Material's own defaults, exactly as a new project gets them.
UNMODIFIED_THEME = {"name": "material", "language": "id"}

_BUILD_UNMODIFIED = """
import sys, json
from mkdocs.config import load_config
from mkdocs.commands.build import build
overrides = json.loads(sys.argv[2])
build(load_config(sys.argv[1], site_dir=sys.argv[3], strict=False, **overrides))
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


def kind_of(content_type: str) -> str:
    """The budget category of a response's media type."""
    if content_type.startswith("text/html"):
        return "html"
    if content_type.startswith("text/css"):
        return "css"
    if "javascript" in content_type:
        return "js"
    if content_type.startswith("font/") or "font" in content_type:
        return "font"
    if content_type.startswith("image/"):
        return "image"
    return "data"


def build(site_dir: Path, unmodified: bool) -> None:
    """Build the site into `site_dir`, as configured or with Material's defaults."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/"}
    if unmodified:
        overrides = {"theme": UNMODIFIED_THEME, "extra_css": [], "extra_javascript": []}
        command = [
            sys.executable,
            "-c",
            _BUILD_UNMODIFIED,
            str(ROOT / "mkdocs.yml"),
            json.dumps(overrides),
            str(site_dir),
        ]
    else:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_weight: the build failed:\n{result.stderr}")


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host: gzip for text, ten minutes of caching."""

    log: list[Transfer]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.directory) / unquote(urlsplit(self.path).path).lstrip("/")
        if path.is_dir():
            if not self.path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path + "/")
                self.end_headers()
                return
            path = path / "index.html"
        status = 200
        if not path.is_file():  # a static host answers with the site's own 404 page
            status, path = 404, Path(self.directory) / "404.html"
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = path.read_bytes()
        compress = content_type.startswith(COMPRESSED_TYPES)
        if compress:
            body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)
        kind = kind_of(content_type) if status == 200 else "404"
        self.log.append(Transfer(self.path, kind, len(body)))


@contextmanager
def serve(site_dir: Path) -> Iterator[tuple[str, list[Transfer]]]:
    """Serve `site_dir` on 127.0.0.1; yield its URL and the log of what was sent."""
    log: list[Transfer] = []
    handler = functools.partial(type("Host", (_StaticHost,), {"log": log}), directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", log
    finally:
        server.shutdown()
        server.server_close()


def measure(site_dir: Path) -> tuple[View, View]:
    """The first view of the home page, then a view of a second page, in one tab."""
    from playwright.sync_api import sync_playwright

    with serve(site_dir) as (url, log), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport=VIEWPORT,
            service_workers="block",
            proxy={"server": "http://127.0.0.1:9", "bypass": "127.0.0.1"},
        )
        views = [View(), View()]
        current = views[0]
        context.on(
            "request",
            lambda request: (
                None if request.url.startswith(url) else current.foreign.append(request.url)
            ),
        )
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        views[0].transfers = list(log)
        log.clear()
        current = views[1]
        page.goto(url + SECOND_PAGE, wait_until="networkidle")
        views[1].transfers = list(log)
        browser.close()
    return views[0], views[1]


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
            for transfer in mine.transfers:
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
    parser.add_argument("--list", action="store_true", help="list this site's responses")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        ours_dir, theirs_dir = Path(temporary, "ours"), Path(temporary, "unmodified")
        build(ours_dir, unmodified=False)
        build(theirs_dir, unmodified=True)
        ours, theirs = measure(ours_dir), measure(theirs_dir)
    return 0 if report(ours, theirs, args.list) else 1


if __name__ == "__main__":
    sys.exit(main())
