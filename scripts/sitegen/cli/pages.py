"""`sitegen translations check|mark` and `sitegen new-page`: pages in every language."""

from __future__ import annotations

import sys

import click

from sitegen import mkdocs_yml
from sitegen import translations as drift
from sitegen.cli.project import load_project
from sitegen.cli.report import report
from sitegen.new_page import create
from sitegen.problems import Problem, ProblemError


@click.group()
def translations() -> None:
    """Keep every page and its translations together."""


@translations.command()
@click.pass_obj
def check(obj: dict) -> None:
    """Every page in every language; warn where a translation fell behind.

    Exit 1 when a page is missing a language or a blog post's slug differs; a
    translation that fell behind is a warning (exit 0).
    """
    project = load_project(obj["root"], obj["language"])
    _ = project.messages().gettext
    blog = project.plugin_options("material/blog")
    posts_dir = blog.post_dir.format(blog=blog.blog_dir).strip("/") if blog else None
    problems = drift.check(
        project.root,
        project.docs_dir,
        project.languages,
        posts_dir,
        drift.git_history,
        project.speech(),
    )
    status = report(problems, "sitegen translations check")
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    if errors:
        message = _("translations: {errors} error(s), {warnings} warning(s)")
        click.echo(message.format(errors=errors, warnings=warnings), err=True)
    elif warnings:
        message = _("translations: every page has every language; {warnings} warning(s) above")
        click.echo(message.format(warnings=warnings))
    else:
        click.echo(
            _("translations: every page has every language, every translation is up to date")
        )
    sys.exit(status)


@translations.command()
@click.argument("pages", nargs=-1, required=True, metavar="PAGE...")
@click.pass_obj
def mark(obj: dict, pages: tuple[str, ...]) -> None:
    """Record that PAGE's translations are up to date (PAGE: docs/x/p.md, x/p.en.md or x/p)."""
    project = load_project(obj["root"], obj["language"])
    _ = project.messages().gettext
    problems: list[Problem] = []
    for name in pages:
        key = drift.resolve_page(project.docs_dir, name, project.languages)
        try:
            written = drift.mark(
                project.root, project.docs_dir, key, project.languages, project.speech()
            )
        except drift.MarkError as error:
            problems.append(error.problem)
            continue
        for path in written:
            message = _("marked {file} as up to date with {source}")
            click.echo(message.format(file=project.relative(path), source=f"{key}.md"))
        if not written:
            click.echo(_("{page}: already marked as up to date").format(page=key))
    sys.exit(report(problems, "sitegen translations mark"))


@click.command("new-page")
@click.argument("section")
@click.argument("slug")
@click.argument("titles", nargs=-1, required=True, metavar="TITLE...")
@click.pass_obj
def new_page(obj: dict, section: str, slug: str, titles: tuple[str, ...]) -> None:
    """A page in every language, listed at the end of SECTION in the navigation.

    Makes docs/SECTION/SLUG.md and its translations (one TITLE per language, the
    default language's first), each with front matter and a heading whose id is SLUG,
    and marks the translations as up to date.
    """
    project = load_project(obj["root"], obj["language"])
    _ = project.messages().gettext
    try:
        written = create(
            project.root,
            project.docs_dir,
            project.languages,
            section,
            slug,
            titles,
            project.messages_in,
            project.speech(),
        )
    except ProblemError as error:
        sys.exit(report(error.problems, "sitegen new-page"))
    except mkdocs_yml.MkDocsYmlError as error:
        sys.exit(report([Problem("mkdocs.yml", 1, "yaml", str(error))], "sitegen new-page"))
    for path in written:
        click.echo(_("wrote {file}").format(file=project.relative(path)))
