"""HTML validity benchmark: what the W3C Nu Html Checker says about every built page.

Builds the same content three times: as configured; with Material's own templates and
this site's theme features (navigation sections and index pages change what Material
writes); and unmodified Material (bench_weight's baseline). Each build's pages, both
languages and the 404 page, go through one run of the checker (vnu-jar, pinned in
package-lock.json), and the errors and warnings are counted per message. The Material
builds keep this site's content, Markdown, shortcodes and build hooks included, so
markup of ours that lands in the page content shows in every column.

    .venv/bin/python scripts/bench_html.py [--pages]

Not a test (tests/test_html_validity.py is): it shows where each kind of message comes
from, so that the test's allow-list of Material's own markup can be checked by hand.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sitegen.local_tools import BuildFailed, NuReport, build_variant, nu_check

COLUMNS = {
    "site": "this site",
    "material-features": "Material+features",
    "material": "unmodified",
}
REPORTED = ("error", "warning")


def counts(report: NuReport) -> Counter[tuple[str, str]]:
    """(kind, message) -> how many times the checker said it, errors and warnings only."""
    return Counter((m.kind, m.message) for m in report.messages if m.kind in REPORTED)


def row(cells: list[object], label: str) -> str:
    return "".join(f"{cell:>18}" for cell in cells) + f"  {label}"


def print_table(reports: dict[str, NuReport], list_pages: bool) -> None:
    tallies = {variant: counts(report) for variant, report in reports.items()}
    keys = sorted(
        {key for tally in tallies.values() for key in tally},
        key=lambda key: (REPORTED.index(key[0]), -tallies["site"][key], key[1]),
    )
    print(row(list(COLUMNS.values()), ""))
    print(row([len(report.pages) for report in reports.values()], "pages checked"))
    for kind in REPORTED:
        totals = [
            sum(n for key, n in tally.items() if key[0] == kind) for tally in tallies.values()
        ]
        print(row(totals, f"{kind}s in all"))
    for key in keys:
        print(row([tally[key] for tally in tallies.values()], f"{key[0]}: {key[1]}"))
        if list_pages:
            for message in reports["site"].messages:
                if (message.kind, message.message) == key:
                    print(f"{'':20}{message.page}:{message.line}: {message.markup}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="list where this site's messages are")
    args = parser.parse_args(argv)
    reports = {}
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        for variant in COLUMNS:
            site_dir = scratch / variant
            try:
                build_variant(site_dir, variant)
            except BuildFailed as error:
                sys.exit(f"bench_html: {error}")
            reports[variant] = nu_check(site_dir)
    print_table(reports, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
