#!/usr/bin/env python3
"""Check and format the hotline directory's data (data/SCHEMA.md explains the fields).

  python scripts/contacts.py check [PATH...]        every rule; exit 1 on any error
  python scripts/contacts.py fmt [--check] [PATH...] canonical form; --check changes nothing
  python scripts/contacts.py scan-docs [PATH...]    phone numbers typed into Markdown

PATH is a data file or folder (default: the data folder in mkdocs.yml) or, for
scan-docs, a Markdown file or folder (default: docs/). Problems are printed one per line
as FILE:LINE: FIELD: message. Exit status: 0 clean, 1 problems, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sitegen.contacts import formatting
from sitegen.contacts.directory import load_directory, service_files
from sitegen.contacts.docscan import Scanner
from sitegen.contacts.errors import ContactDataError
from sitegen.contacts.settings import ContactSettings, from_mkdocs_yml
from sitegen.contacts.validation import check_files
from sitegen.problems import Problem, errors

PROJECT = Path(__file__).resolve().parent.parent
TOPICS_NAME = "topics.yml"


class UsageError(Exception):
    pass


def _expand(paths: Sequence[str], suffixes: tuple[str, ...]) -> list[Path]:
    """Files named, plus the matching files inside folders named."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"no such file or folder: {name}")
    return found


def _data_paths(paths: Sequence[str], settings: ContactSettings) -> tuple[list[Path], Path]:
    """(service files, topics file) named on the command line, or the data folder's."""
    if not paths:
        return service_files(settings.services_dir), settings.topics_file
    files = _expand(paths, (".yml", ".yaml"))
    topics = [path for path in files if path.name == TOPICS_NAME]
    return [p for p in files if p.name != TOPICS_NAME], (
        topics[0] if topics else settings.topics_file
    )


def _report(problems: list[Problem]) -> int:
    for problem in problems:
        print(problem)
    return 1 if errors(problems) else 0


def run_check(paths: Sequence[str], settings: ContactSettings) -> int:
    services, topics = _data_paths(paths, settings)
    result = check_files(services, topics, settings)
    status = _report(result.problems)
    count = len(errors(result.problems))
    print(f"checked {len(services)} services: {count} errors", file=sys.stderr)
    return status


def run_fmt(paths: Sequence[str], settings: ContactSettings, check: bool) -> int:
    services, topics = _data_paths(paths, settings)
    jobs = [(path, formatting.SERVICE) for path in services]
    if topics.exists() and (not paths or topics in _expand(paths, (".yml", ".yaml"))):
        jobs.append((topics, formatting.TOPICS))
    problems: list[Problem] = []
    changed = []
    for path, shape in jobs:
        did_change, file_problems = formatting.format_file(
            path, shape, settings.languages, write=not check
        )
        problems += file_problems
        if did_change:
            changed.append(path)
    for path in changed:
        verb = "would reformat" if check else "reformatted"
        print(f"{verb} {path.as_posix()}")
    status = _report(problems)
    return 1 if status or (check and changed) else 0


def run_scan(paths: Sequence[str], settings: ContactSettings) -> int:
    try:
        directory = load_directory(settings.data_dir, settings)
    except ContactDataError as error:
        return _report(error.problems)
    files = _expand(paths or [str(PROJECT / "docs")], (".md",))
    return _report(Scanner(directory).scan_files(files))


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="contacts.py", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    main.add_argument("--config", default=str(PROJECT / "mkdocs.yml"), help="mkdocs.yml to read")
    commands = main.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check data files against every rule")
    check.add_argument("paths", nargs="*", metavar="PATH")
    fmt = commands.add_parser("fmt", help="rewrite data files in canonical form")
    fmt.add_argument("--check", action="store_true", help="only report files that would change")
    fmt.add_argument("paths", nargs="*", metavar="PATH")
    scan = commands.add_parser("scan-docs", help="find phone numbers typed into Markdown")
    scan.add_argument("paths", nargs="*", metavar="PATH")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    try:
        settings = from_mkdocs_yml(Path(args.config))
        if args.command == "check":
            return run_check(args.paths, settings)
        if args.command == "fmt":
            return run_fmt(args.paths, settings, args.check)
        return run_scan(args.paths, settings)
    except (UsageError, OSError) as error:
        cli.error(str(error))
    return 2


if __name__ == "__main__":
    sys.exit(main())
