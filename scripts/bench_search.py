"""Benchmark: Material's built-in search against this site's own search (sitegen.search).

Builds the same content twice in temporary copies of the project (one with Material's
`search` plugin, one as configured here), serves each on 127.0.0.1 with gzip as web
hosts do, and drives Debian's Chromium through Playwright. Prints, for each build:
bytes on the first view of the home page, bytes for the first search, build time, and
their ratios; then the size of each language's index; then what one search costs on a
fresh page for a plain word, a synonym and a typo (the site's budget: 100 KB with its
script); then example queries per language.

    .venv/bin/python scripts/bench_search.py [--copies N] [--runs N]

--copies N adds N copies of every page (same text under other paths) to see how both
searches grow with the number of pages. Not a test: numbers vary with the machine.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from sitegen import static_server
from sitegen.local_tools import copy_project, launch_chromium
from sitegen.search import index, pages

SITE_PATH = "/tppo-bench/"
FIRST_QUERY = "perdagangan"
EXAMPLES = {"": ["dagang", "tipu", "lindung"], "en/": ["trafficking", "recruit", "report"]}
# One search each on a fresh page: a word, a synonym (word and phrase), typos (the first
# letter wrong too), per language folder.
WEIGHED = {
    "": ["perdagangan", "pmi", "pmi ilegal", "perdagngan", "oerdagangan"],
    "en/": ["trafficking", "domestic violence", "traficking"],
}
BUDGET = 100_000  # bytes of one search, its script included
SEARCH_FILES = ("search", "lunr")  # path parts that are search code or data


@dataclass
class Measurement:
    first_view: int
    first_view_search: int
    first_search: int
    build_seconds: float


def edit(config: str, old: str, new: str) -> str:
    if old not in config:
        sys.exit(f"bench_search: mkdocs.yml has no {old.strip()!r} to change")
    return config.replace(old, new, 1)


def prepare_project(target: Path, material_search: bool, copies: int) -> None:
    copy_project(target)
    (target / "data").mkdir(exist_ok=True)
    config = target / "mkdocs.yml"
    text = config.read_text("utf-8")
    if material_search:
        text = edit(text, "\nplugins:\n", "\nplugins:\n  - search\n")
    if copies:  # the copies are outside the navigation, which a strict build refuses
        text = edit(text, "\nstrict: true\n", "\nstrict: false\n")
    config.write_text(text, "utf-8")
    docs = target / "docs"
    originals = [p for p in docs.rglob("*.md") if "blog" not in p.relative_to(docs).parts]
    for n in range(copies):
        for page in originals:
            copy = docs / f"salinan-{n}" / page.relative_to(docs)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(page, copy)


def build(project: Path, site_dir: Path, strict: bool) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1{SITE_PATH}"}
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    started = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"bench_search: build of {project} failed:\n{result.stderr[-2000:]}")
    return seconds


def total(transfers: list[static_server.Transfer], only_search: bool = False) -> int:
    return sum(
        t.bytes
        for t in transfers
        if not only_search or any(part in t.path for part in SEARCH_FILES)
    )


def settle(page: Page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)


def measure(browser: Browser, site: Path, build_seconds: float) -> Measurement:
    with static_server.serve(site, SITE_PATH) as (url, log):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        start = log.mark()
        page.goto(url)
        settle(page)
        first_view = log.since(start)
        start = log.mark()
        page.keyboard.press("/")
        page.keyboard.type(FIRST_QUERY)
        page.wait_for_selector(".md-search-result__item")  # Material's results or ours
        settle(page)
        first_search = log.since(start)
        context.close()
    return Measurement(
        first_view=total(first_view),
        first_view_search=total(first_view, only_search=True),
        first_search=total(first_search),
        build_seconds=build_seconds,
    )


def index_sizes(site: Path) -> dict[str, tuple[int, int, int]]:
    """Per language: (files, bytes, largest file gzip-compressed) of the search index."""
    sizes = {}
    for folder in sorted((site / index.OUTPUT_DIR).iterdir()):
        files = [f for f in folder.rglob("*.json")]
        sizes[folder.name] = (
            len(files),
            sum(gzip_size(f) for f in files),
            max(gzip_size(f) for f in files),
        )
    return sizes


def gzip_size(file: Path) -> int:
    return len(gzip.compress(file.read_bytes(), compresslevel=6))


def run_query(page: Page, query: str) -> None:
    """Type `query` into the search box and wait until its results are announced."""
    page.keyboard.press("/")
    page.fill("[data-tppo-search-input]", query)
    page.wait_for_selector('[data-tppo-search][data-state="done"]')


def examples(browser: Browser, site: Path) -> None:
    with static_server.serve(site, SITE_PATH) as (url, _):
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        for language, queries in EXAMPLES.items():
            page.goto(url + language)
            for query in queries:
                run_query(page, query)
                status = page.inner_text("[data-tppo-search-status]")
                print(f"  [{language or 'id/'}] {query!r}: {status}")
                for item in page.query_selector_all(".md-search-result__item")[:3]:
                    link = item.query_selector("a")
                    title = item.query_selector(".tppo-search__title").inner_text()
                    snippet = " ".join(item.query_selector("p").inner_text().split())
                    print(f"      {link.get_attribute('href')}  {title}\n        {snippet[:150]}")
                page.keyboard.press("Escape")
        page.close()


def search_weights(browser: Browser, site: Path) -> None:
    """Bytes one search costs on a fresh page: the search script, the index pieces and
    the texts of the pages shown (their snippets), and how many pieces."""
    print(f"  {'':30} {'all':>9} {'script':>9} {'index':>9} {'texts':>9}  index files  budget")
    with static_server.serve(site, SITE_PATH) as (url, log):
        for language, queries in WEIGHED.items():
            for query in queries:
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                page = context.new_page()
                start = log.mark()
                page.goto(url + language)
                settle(page)
                script = [t for t in log.since(start) if t.path.endswith("/search.js")]
                start = log.mark()
                run_query(page, query)
                settle(page)
                fetched = log.since(start)
                texts = [t for t in fetched if "/p/" in t.path]
                pieces = [t for t in fetched if t not in texts]
                spent = total(script) + total(fetched)
                print(
                    f"  [{language or 'id/'}] {query!r:23} {kb(spent)} {kb(total(script))}"
                    f" {kb(total(pieces))} {kb(total(texts))}  {len(pieces):>11}"
                    f"  {spent / BUDGET:6.0%}"
                )
                context.close()


def kb(n: float) -> str:
    return f"{n / 1000:7.1f} KB"


def seconds(s: float) -> str:
    return f"{s:7.2f} s "


def ratio(new: float, old: float) -> str:
    return f"{new / old:6.2f}" if old else "     n/a"


def report(material: Measurement, ours: Measurement) -> None:
    rows = [
        ("first view of home page (all)", material.first_view, ours.first_view, kb),
        ("  of which search code/data", material.first_view_search, ours.first_view_search, kb),
        ("first search (all)", material.first_search, ours.first_search, kb),
        (
            "first search + search code",
            material.first_search + material.first_view_search,
            ours.first_search + ours.first_view_search,
            kb,
        ),
        (
            "first view + first search",
            material.first_view + material.first_search,
            ours.first_view + ours.first_search,
            kb,
        ),
        (
            "build time (median)",
            material.build_seconds,
            ours.build_seconds,
            lambda s: f"{s:7.2f} s ",
        ),
    ]
    print(f"  {'':32} {'Material':>10} {'site':>10} {'site/Material':>18}")
    for label, old, new, fmt in rows:
        print(f"  {label:32} {fmt(old):>10} {fmt(new):>10} {ratio(new, old):>18}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=0, help="extra copies of every page")
    parser.add_argument("--runs", type=int, default=3, help="builds to time per search")
    args = parser.parse_args()
    strict = args.copies == 0  # copied pages are outside the navigation
    with tempfile.TemporaryDirectory(prefix="tppo-bench-") as tmp, sync_playwright() as pw:
        browser = launch_chromium(pw)
        results = {}
        for name, material_search in (("material", True), ("site", False)):
            project = Path(tmp, name)
            prepare_project(project, material_search, args.copies)
            site = Path(tmp, f"{name}-site")
            times = [build(project, site, strict) for _ in range(args.runs)]
            results[name] = (site, statistics.median(times))
        pages_built = sum(1 for _ in pages.pages(results["site"][0]))
        print(
            f"Search benchmark: {pages_built} pages, served with gzip on 127.0.0.1, "
            f"first query {FIRST_QUERY!r}, {args.runs} builds each\n"
        )
        material = measure(browser, *results["material"])
        ours = measure(browser, *results["site"])
        report(material, ours)
        print("\nIndex of the site search (gzip):")
        for language, (files, size, largest) in index_sizes(results["site"][0]).items():
            print(f"  {language}: {files} files, {kb(size)} in all, largest {kb(largest)}")
        print("\nOne search on a fresh page, script included (gzip):")
        search_weights(browser, results["site"][0])
        print("\nExample queries (first three results):")
        examples(browser, results["site"][0])
        browser.close()


if __name__ == "__main__":
    main()
