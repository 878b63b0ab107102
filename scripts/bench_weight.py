"""Page-weight benchmark: what a reader's phone downloads to see this site.

Builds the site twice from the same content: as configured, and with an unmodified
Material theme configuration (Material's defaults: its own templates, fonts, features
and search plugin, no extra CSS or JavaScript; only the leaflet templates the build
itself renders are kept). Serves each build the way a static host does
(sitegen.static_server: text gzip-compressed, assets cached for ten minutes, the site's
404 page for a missing file), opens the home page in a fresh Chromium, then a second
page, and counts the compressed bytes that crossed the wire.

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
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sitegen import static_server
from sitegen.local_tools import BuildFailed, build_variant, launch_chromium

VIEWPORT = {"width": 360, "height": 740}
SECOND_PAGE = "kenali-tanda/"

FIRST_VIEW_BUDGET = 100 * 1024
SECOND_VIEW_BUDGET = 30 * 1024
BUDGETED = ("html", "css", "js", "font")


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
        try:
            build_variant(ours_dir, "site")
            build_variant(theirs_dir, "material")
        except BuildFailed as error:
            sys.exit(f"bench_weight: {error}")
        ours, theirs = measure(ours_dir), measure(theirs_dir)
    return 0 if report(ours, theirs, args.list) else 1


if __name__ == "__main__":
    sys.exit(main())
