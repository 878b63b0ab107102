#!/usr/bin/env python3
"""Screenshots of the pages a pull request changes, as a 360 px phone shows them.

  python scripts/preview_screenshots.py SITE PAGES.json OUT

PAGES.json is what `sitegen changed-pages --json` writes. The site is served on
127.0.0.1 under the path of its site_url and opened in Debian's Chromium; each page is
saved whole as OUT/<language>--<path>.png. At most MAX_PAGES pages, the first ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from sitegen import nginx, static_server
from sitegen.local_tools import launch_chromium

PHONE = {"width": 360, "height": 740}
MAX_PAGES = 40


def file_name(page: dict) -> str:
    path = page["path"].strip("/").replace("/", "--") or "home"
    return f"{page['language']}--{path}.png"


def main(site: Path, listing: Path, out: Path) -> int:
    pages = json.loads(listing.read_text(encoding="utf-8"))[:MAX_PAGES]
    out.mkdir(parents=True, exist_ok=True)
    with static_server.serve(site, nginx.site_path(site)) as (base, _), sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport=PHONE, service_workers="block")
        # A preview never leaves the machine: only the served site is reachable.
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort()
        )
        tab = context.new_page()
        for page in pages:
            tab.goto(base + page["path"], wait_until="load")
            tab.screenshot(path=str(out / file_name(page)), full_page=True)
            print(f"{out / file_name(page)}")
        browser.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
