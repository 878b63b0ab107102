"""Benchmark: how well this site's search (sitegen.search) finds what readers look for,
beside Pagefind on the same built site.

Builds the site once, indexes that same build with Pagefind (node_modules/.bin/pagefind,
pinned in package-lock.json), serves it on 127.0.0.1 and, in Debian's Chromium through
Playwright, runs every query of scripts/bench_relevance.yml against both: ours by typing
it into the search box as a reader does (the ranking the browser shows), Pagefind through
its JavaScript API on a page of the same language. Prints MRR@5 (the mean of 1/rank of
the first expected page among the first five results, 0 if none) and hits@3 (the share
of queries with an expected page among the first three) per language, side by side, and
every query that either search does not answer at rank 1.

    .venv/bin/python scripts/bench_relevance.py [--queries FILE]

Pagefind indexes each page's article only, without the blocks our search leaves out
(`extra.search.left_out` and the defaults in sitegen.search.pages), so that both read the
same text. Not a test: the figures describe the content and the queries of today.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from playwright.sync_api import Page, sync_playwright
from ruamel.yaml import YAML

from sitegen import static_server, yaml_lines
from sitegen.local_tools import ROOT, copy_project, launch_chromium
from sitegen.plugins.site.facts import languages
from sitegen.search import build_step, pages

QUERIES = ROOT / "scripts" / "bench_relevance.yml"
PAGEFIND = ROOT / "node_modules" / ".bin" / "pagefind"
SITE_PATH = "/tppo-bench/"
TOP = 5  # MRR@5
HITS = 3  # hits@3
INPUT = "[data-tppo-search-input]"
DONE = '[data-tppo-search][data-state="done"]'
RESULT_LINKS = ".md-search-result__item:not(.tppo-search__more) > a:first-child"

# Pagefind's JavaScript API, loaded once per language page; answers the first TOP URLs.
PAGEFIND_SEARCH = """async ([bundle, query, top]) => {
  window.pagefind = window.pagefind || await import(bundle);
  const search = await window.pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, top).map((r) => r.data()));
  return data.map((d) => d.url);
}"""


@dataclass(frozen=True)
class Query:
    text: str
    expected: tuple[str, ...]  # page paths within the language ("" for its home page)


@dataclass
class Ranked:
    query: Query
    ours: list[str]
    pagefind: list[str]


def read_queries(file: Path) -> dict[str, list[Query]]:
    """The queries of each language, or exit with `FILE:LINE: FIELD: message`."""
    text = file.read_text("utf-8")
    data = YAML(typ="safe").load(text)

    def fail(path: tuple[str | int, ...], message: str) -> None:
        field = ".".join(str(part) for part in path)
        sys.exit(f"{file.name}:{yaml_lines.line_of(text, path)}: {field}: {message}")

    if not isinstance(data, dict):
        fail((), "needs one list of queries per language (id:, en:)")
    queries: dict[str, list[Query]] = {}
    for language, entries in data.items():
        if not isinstance(entries, list):
            fail((language,), "needs a list of {q: ..., expect: [...]}")
        queries[language] = []
        for n, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("q"), str):
                fail((language, n), "needs q: the query as a reader types it")
            expect = entry.get("expect")
            if not isinstance(expect, list) or not all(isinstance(p, str) for p in expect):
                fail((language, n, "expect"), "needs a list of page paths")
            queries[language].append(Query(entry["q"], tuple(expect)))
    return queries


def build(project: Path, site: Path) -> None:
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_URL": f"http://127.0.0.1{SITE_PATH}",
        "TPPO_LEAFLET_CACHE": str(ROOT / ".cache" / "leaflets"),
    }
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_relevance: the build failed:\n{result.stderr[-2000:]}")


def index_with_pagefind(site: Path, left_out: str) -> None:
    if not PAGEFIND.exists():
        sys.exit("bench_relevance: no Pagefind; run `make node-tools` first")
    command = [
        str(PAGEFIND),
        "--site",
        str(site),
        "--root-selector",
        f"article.{pages.CONTENT_CLASS}",
        "--exclude-selectors",
        left_out,
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_relevance: Pagefind failed:\n{result.stderr[-2000:]}")


def language_prefixes(config: MkDocsConfig) -> dict[str, str]:
    """Each language's folder in the built site: "" for the default, "en/" for others."""
    default, *others = languages(config)
    return {default: "", **{code: f"{code}/" for code in others}}


def check_expected(site: Path, prefixes: dict[str, str], queries: dict[str, list[Query]]) -> None:
    for language, entries in queries.items():
        if language not in prefixes:
            sys.exit(f"bench_relevance: {QUERIES.name}: '{language}' is not a site language")
        for query in entries:
            for path in query.expected:
                if not (site / prefixes[language] / path / "index.html").is_file():
                    sys.exit(f"bench_relevance: {query.text!r} expects '{path}', not built")


def our_results(page: Page, query: str, prefix: str) -> list[str]:
    """The pages our search shows for `query`, as a reader sees them, best first."""
    page.keyboard.press("/")
    page.fill(INPUT, query)
    page.wait_for_selector(DONE, state="attached")
    urls = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.pathname)")
    return [relative(url, prefix) for url in urls[:TOP]]


def pagefind_results(page: Page, query: str, prefix: str) -> list[str]:
    bundle = f"{SITE_PATH}pagefind/pagefind.js"
    urls = page.evaluate(PAGEFIND_SEARCH, [bundle, query, TOP])
    return [relative(url, prefix) for url in urls]


def relative(url: str, prefix: str) -> str:
    """A result's page path within its language: /tppo-bench/en/bantuan/ -> bantuan/."""
    path = url.split("#")[0].removeprefix(SITE_PATH).lstrip("/").removesuffix("index.html")
    return path.removeprefix(prefix)


def rank(results: list[str], expected: tuple[str, ...]) -> int | None:
    """The rank (1-based) of the first expected page among the results."""
    return next((n for n, path in enumerate(results, start=1) if path in expected), None)


def mrr(ranks: list[int | None]) -> float:
    return sum(1 / r for r in ranks if r is not None and r <= TOP) / len(ranks)


def hits(ranks: list[int | None]) -> float:
    return sum(1 for r in ranks if r is not None and r <= HITS) / len(ranks)


def run(
    url: str, prefixes: dict[str, str], queries: dict[str, list[Query]]
) -> dict[str, list[Ranked]]:
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        ranked: dict[str, list[Ranked]] = {}
        for language, entries in queries.items():
            prefix = prefixes[language]
            page.goto(url + prefix)
            ranked[language] = [
                Ranked(
                    query,
                    our_results(page, query.text, prefix),
                    pagefind_results(page, query.text, prefix),
                )
                for query in entries
            ]
        browser.close()
    return ranked


def report(ranked: dict[str, list[Ranked]]) -> None:
    header = ("queries", "MRR@5 site", "Pagefind", "hits@3 site", "Pagefind")
    print(f"  {'':10} " + " ".join(f"{name:>{len(name) + 2}}" for name in header))
    for language, rows in ranked.items():
        ours = [rank(r.ours, r.query.expected) for r in rows]
        theirs = [rank(r.pagefind, r.query.expected) for r in rows]
        figures = (mrr(ours), mrr(theirs), hits(ours), hits(theirs))
        cells = [f"{len(rows):>9}"] + [
            f"{figure:>{len(name) + 2}.3f}"
            for name, figure in zip(header[1:], figures, strict=True)
        ]
        print(f"  {language:10} " + " ".join(cells))
    print(
        "\nQueries not answered at rank 1 (rank of the first expected page, - if not in the top 5):"
    )
    for language, rows in ranked.items():
        for row in rows:
            ours = rank(row.ours, row.query.expected)
            theirs = rank(row.pagefind, row.query.expected)
            if ours == 1 and theirs == 1:
                continue
            print(
                f"  [{language}] {row.query.text!r}: site {_shown(ours)}, Pagefind {_shown(theirs)}"
                f"; expected {', '.join(p or '(home)' for p in row.query.expected)}"
            )
            if ours != 1:
                print(f"      site:     {_listed(row.ours)}")
            if theirs != 1:
                print(f"      Pagefind: {_listed(row.pagefind)}")


def _shown(position: int | None) -> str:
    return str(position) if position is not None else "-"


def _listed(results: list[str]) -> str:
    return ", ".join(p or "(home)" for p in results) or "(nothing)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=QUERIES, help="the queries file")
    args = parser.parse_args()
    queries = read_queries(args.queries)
    with tempfile.TemporaryDirectory(prefix="tppo-relevance-") as tmp:
        project = copy_project(Path(tmp, "project"))
        site = Path(tmp, "site")
        build(project, site)
        config = load_config(str(project / "mkdocs.yml"))
        excluded, _ = build_step.index_settings(config)
        index_with_pagefind(site, pages.left_out(pages.Options(excluded=excluded)))
        prefixes = language_prefixes(config)
        check_expected(site, prefixes, queries)
        total = sum(len(entries) for entries in queries.values())
        print(f"Relevance benchmark: {total} queries, site search and Pagefind on one build\n")
        with static_server.serve(site, SITE_PATH) as (url, _):
            report(run(url, prefixes, queries))


if __name__ == "__main__":
    main()
