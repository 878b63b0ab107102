"""Keep the Indonesian pages and their translations together.

  python scripts/translations.py check         every page in every language; drift
  python scripts/translations.py mark PAGE...  record that PAGE's translation is current

`check` prints one line per problem (`FILE:LINE: FIELD: message`) and exits 1 when a page
is missing a language or a blog post's slug differs; a translation that fell behind its
Indonesian page is a warning (exit 0). PAGE is `docs/x/p.md`, `x/p.en.md` or `x/p`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sitegen import mkdocs_yml, translations
from sitegen.problems import ERROR

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every page (exit 1 on errors)")
    mark = commands.add_parser("mark", help="record that a page's translation is current")
    mark.add_argument("pages", nargs="+", metavar="PAGE")
    args = parser.parse_args(argv)

    root = args.project.resolve()
    try:
        config = mkdocs_yml.load(root / "mkdocs.yml")
        languages = mkdocs_yml.languages(config)
    except (OSError, mkdocs_yml.MkDocsYmlError) as error:
        print(f"mkdocs.yml: {error}", file=sys.stderr)
        return 2
    docs = root / mkdocs_yml.docs_dir(config)
    if args.command == "check":
        return _check(root, docs, languages, mkdocs_yml.blog_posts_dir(config))
    return _mark(root, docs, languages, args.pages)


def _check(root: Path, docs: Path, languages: mkdocs_yml.Languages, posts_dir: str | None) -> int:
    problems = translations.check(root, docs, languages, posts_dir, translations.git_history)
    # On GitHub, each problem also becomes an annotation on the pull request's diff.
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem)
        if annotate:
            kind = problem.severity
            print(f"::{kind} file={problem.file},line={problem.line}::{problem.message}")
    errors = sum(problem.severity == ERROR for problem in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"translations: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return 1
    if warnings:
        print(f"translations: every page has every language; {warnings} warning(s) above")
    else:
        print("translations: every page has every language, every translation is up to date")
    return 0


def _mark(root: Path, docs: Path, languages: mkdocs_yml.Languages, pages: list[str]) -> int:
    status = 0
    for name in pages:
        key = translations.resolve_page(docs, name, languages)
        try:
            written = translations.mark(root, docs, key, languages)
        except translations.MarkError as error:
            print(error.problem)
            status = 1
            continue
        for path in written:
            print(f"marked {path.relative_to(root).as_posix()} as up to date with {key}.md")
        if not written:
            print(f"{key}: already marked as up to date")
    return status


if __name__ == "__main__":
    sys.exit(main())
