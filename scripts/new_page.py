"""Create a page in both languages and add it to the navigation.

  python scripts/new_page.py SECTION SLUG "Judul" "Title"

makes docs/SECTION/SLUG.md (Indonesian) and docs/SECTION/SLUG.en.md (English), each with
front matter and a heading whose id is SLUG, lists the page at the end of SECTION in
mkdocs.yml `nav:`, and marks the English as an up-to-date translation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitegen import mkdocs_yml
from sitegen.new_page import NewPageError, create

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("section", help="docs folder of a navigation section, e.g. kenali-tanda")
    parser.add_argument("slug", help="file name without .md, e.g. penipuan-kerja")
    parser.add_argument("titles", nargs="+", metavar="TITLE", help='"Judul" then "Title"')
    args = parser.parse_args(argv)
    root = args.project.resolve()
    try:
        written = create(root, args.section, args.slug, args.titles)
    except (NewPageError, mkdocs_yml.MkDocsYmlError) as error:
        print(f"new_page.py: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(root).as_posix()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
