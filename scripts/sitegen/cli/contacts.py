"""`sitegen check|fmt|scan-docs|schema-doc`: the hotline directory's data.

Each reads the site's mkdocs.yml once (`load_project`), takes the `sitegen/directory`
plugin's options from it, and speaks the editors' language (the site's default, or
`sitegen --lang`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click
from babel.support import Translations

from sitegen import messages as catalogs
from sitegen.cli.project import Project, ProjectError, load_project
from sitegen.cli.report import report
from sitegen.contacts import schema, schemadoc
from sitegen.contacts.checking import Rules, check_data_dir, check_files, service_files
from sitegen.contacts.docscan import Scanner
from sitegen.contacts.formatting import Formatter
from sitegen.contacts.reading import display_path
from sitegen.contacts.settings import DirectorySettings
from sitegen.plugins.directory.config import DirectoryConfig
from sitegen.plugins.directory.plugin import NAME

PATHS = click.argument("paths", nargs=-1, metavar="PATH...", type=click.Path(path_type=Path))


@dataclass(frozen=True)
class _Site:
    """The project, its directory's settings and the rules its data follows."""

    project: Project
    settings: DirectorySettings
    rules: Rules

    @property
    def messages(self) -> Translations:
        return self.rules.messages


def _site(obj: dict) -> _Site:
    project = load_project(obj["root"], obj["language"])
    options = project.plugin_options(NAME)
    if not isinstance(options, DirectoryConfig):
        message = project.messages().gettext("{file}: plugins: no {plugin} plugin here")
        raise ProjectError(message.format(file=project.config_file.name, plugin=NAME))
    settings = options.settings(project.root)
    rules = Rules(project.facts, project.messages(), project.language, settings.limits)
    return _Site(project, settings, rules)


def _expand(paths: Sequence[Path], suffixes: tuple[str, ...], messages: Translations) -> list:
    """Files named, plus the matching files inside folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            message = messages.gettext("no such file or folder: {path}")
            raise click.UsageError(message.format(path=path))
    return found


def _data_files(site: _Site, paths: Sequence[Path]) -> tuple[list[Path], Path, bool]:
    """(service files, topics file, whether the topics file was named) on the command
    line, or the data folder's."""
    topics = site.settings.topics_file
    if not paths:
        return service_files(site.settings.services_dir), topics, True
    files = _expand(paths, (".yml", ".yaml"), site.messages)
    named = [path for path in files if path.name == topics.name]
    services = [path for path in files if path.name != topics.name]
    return services, named[0] if named else topics, bool(named)


@click.command()
@PATHS
@click.pass_obj
def check(obj: dict, paths: tuple[Path, ...]) -> None:
    """Check the hotline data against every rule of data/SCHEMA.md.

    PATH is a data file or folder (default: the data folder in mkdocs.yml). Exit 1 when a
    rule is broken; warnings alone exit 0.
    """
    site = _site(obj)
    services, topics, _ = _data_files(site, paths)
    result = check_files(services, topics, site.rules)
    status = report(result.problems, "sitegen check")
    ngettext = site.messages.ngettext
    checked = ngettext("checked {count} service", "checked {count} services", result.files)
    errors = ngettext("{count} error", "{count} errors", len(result.errors))
    click.echo(
        f"{checked.format(count=result.files)}: {errors.format(count=len(result.errors))}",
        err=True,
    )
    sys.exit(status)


@click.command()
@click.option("--check", "dry_run", is_flag=True, help="Only list the files fmt would change.")
@PATHS
@click.pass_obj
def fmt(obj: dict, dry_run: bool, paths: tuple[Path, ...]) -> None:
    """Write data files in their canonical form, keeping every comment.

    Numbers in E.164 or as a short code's digit groups, quoted; times quoted; fields in
    the schema's order. With --check, change nothing and exit 1 if a file would change.
    """
    site = _site(obj)
    _ = site.messages.gettext
    services, topics, topics_named = _data_files(site, paths)
    jobs: list[tuple[Path, schema.Group | schema.Field]] = [(p, schema.SERVICE) for p in services]
    if topics_named and topics.exists():
        jobs.append((topics, schema.TOPICS_FILE))
    formatter = Formatter(site.project.facts.languages, site.rules.phones, site.messages)
    problems = []
    unformatted = 0
    for path, spec in jobs:
        changed, file_problems = formatter.format_file(path, spec, write=not dry_run)
        problems += file_problems
        if changed:
            message = _("would reformat {file}") if dry_run else _("reformatted {file}")
            click.echo(message.format(file=display_path(path)))
            unformatted += dry_run
    status = report(problems, "sitegen fmt")
    sys.exit(1 if status or unformatted else 0)


@click.command("scan-docs")
@PATHS
@click.pass_obj
def scan_docs(obj: dict, paths: tuple[Path, ...]) -> None:
    """Find phone numbers typed into pages by hand, where no check can see them.

    PATH is a Markdown file or folder (default: docs_dir). Pages show numbers with
    <!-- md:contacts ID --> instead.
    """
    site = _site(obj)
    result = check_data_dir(site.settings, site.rules)
    if result.directory is None:
        sys.exit(report(result.problems, "sitegen scan-docs"))
    files = _expand(paths or (site.project.docs_dir,), (".md",), site.messages)
    scanner = Scanner(
        result.directory, site.rules.phones, site.messages, site.settings.services_dir
    )
    sys.exit(report(scanner.scan_files(files), "sitegen scan-docs"))


@click.command("schema-doc")
@click.option("--check", "dry_run", is_flag=True, help="Only say whether FILE is up to date.")
@click.argument("files", nargs=-1, metavar="FILE...", type=click.Path(path_type=Path))
@click.pass_obj
def schema_doc(obj: dict, dry_run: bool, files: tuple[Path, ...]) -> None:
    """Write the field list of the data's guide from the schema.

    FILE (default: SCHEMA.md in the data folder) marks the place, and the language, with
    <!-- sitegen schema-doc: begin LANG --> and <!-- sitegen schema-doc: end -->.
    With --check, change nothing and exit 1 if a list is out of date.
    """
    site = _site(obj)
    _ = site.messages.gettext
    locale_dirs = [site.project.root / site.project.site_options.locale_dir]

    def messages_for(language: str) -> Translations:
        return catalogs.translations(language, locale_dirs)

    status = 0
    for path in files or (site.settings.data_dir / "SCHEMA.md",):
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        if not schemadoc.has_section(text):
            message = _("{file}: no field list here: mark its place with {begin} and {end}")
            begin = schemadoc.BEGIN.format(language=site.project.language)
            click.echo(message.format(file=display_path(path), begin=begin, end=schemadoc.END))
            status = 1
            continue
        updated = schemadoc.update(text, messages_for)
        if updated == text:
            continue
        if dry_run:
            message = _("{file}: the field list is out of date: run `sitegen schema-doc`")
            status = 1
        else:
            path.write_text(updated, encoding="utf-8")
            message = _("wrote the field list of {file}")
        click.echo(message.format(file=display_path(path)))
    sys.exit(status)


COMMANDS = (check, fmt, scan_docs, schema_doc)
