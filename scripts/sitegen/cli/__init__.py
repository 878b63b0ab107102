"""`sitegen`: the command line for editors and maintainers of a sitegen site.

Every command reads the site's mkdocs.yml (in --project, default: this folder), prints
one line per problem (`FILE:LINE: FIELD: message`) and exits 0 when all is well, 1 when
it found problems, 2 when it was called wrongly. Run `sitegen COMMAND --help` for each.
"""

from __future__ import annotations

from pathlib import Path

import click

from sitegen.cli import contacts, nginx, pages, preview


@click.group(help=__doc__, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--project",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=".",
    show_default=True,
    help="The site's folder (where mkdocs.yml is).",
)
@click.option("--lang", help="Language of the messages (default: the site's first language).")
@click.pass_context
def main(context: click.Context, project: Path, lang: str | None) -> None:
    context.obj = {"root": project.resolve(), "language": lang}


main.add_command(pages.translations)
main.add_command(pages.new_page)
main.add_command(nginx.nginx_conf)
main.add_command(preview.changed_pages_command)
for command in contacts.COMMANDS:
    main.add_command(command)


# The group's own options, which the older entry points take anywhere among their own.
_GROUP_OPTIONS = ("--project", "--lang")


def run_as(command: str, argv: list[str], project: Path) -> None:
    """`scripts/COMMAND.py [--project DIR] [--lang LANG] ARGS...`: the older entry points,
    kept working; --project and --lang may come before or after the command's arguments."""
    options = {"--project": str(project)}
    rest: list[str] = []
    arguments = iter(argv)
    for argument in arguments:
        name, equals, value = argument.partition("=")
        if name in _GROUP_OPTIONS:
            options[name] = value if equals else next(arguments, "")
        else:
            rest.append(argument)
    group = [part for option in options.items() for part in option]
    main([*group, *command.split(), *rest])
