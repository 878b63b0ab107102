"""`sitegen translations check|mark` and `sitegen new-page`: pages in every language."""

from __future__ import annotations

import sys

import click

from sitegen import mkdocs_yml
from sitegen import translations as drift
from sitegen.cli.project import load_project
from sitegen.cli.report import report
from sitegen.new_page import NewPageError, create


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
    blog = project.plugin_options("material/blog")
    posts_dir = blog.post_dir.format(blog=blog.blog_dir).strip("/") if blog else None
    problems = drift.check(
        project.root, project.docs_dir, project.languages, posts_dir, drift.git_history
    )
    report(problems, "sitegen translations check")
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    if errors:
        click.echo(f"translations: {errors} error(s), {warnings} warning(s)", err=True)
        sys.exit(1)
    if warnings:
        click.echo(f"translations: every page has every language; {warnings} warning(s) above")
    else:
        click.echo("translations: every page has every language, every translation is up to date")


@translations.command()
@click.argument("pages", nargs=-1, required=True, metavar="PAGE...")
@click.pass_obj
def mark(obj: dict, pages: tuple[str, ...]) -> None:
    """Record that PAGE's translations are up to date (PAGE: docs/x/p.md, x/p.en.md or x/p)."""
    project = load_project(obj["root"], obj["language"])
    status = 0
    for name in pages:
        key = drift.resolve_page(project.docs_dir, name, project.languages)
        try:
            written = drift.mark(project.root, project.docs_dir, key, project.languages)
        except drift.MarkError as error:
            click.echo(error.problem)
            status = 1
            continue
        for path in written:
            shown = path.relative_to(project.root).as_posix()
            click.echo(f"marked {shown} as up to date with {key}.md")
        if not written:
            click.echo(f"{key}: already marked as up to date")
    sys.exit(status)


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
    try:
        written = create(project.root, project.docs_dir, project.languages, section, slug, titles)
    except (NewPageError, mkdocs_yml.MkDocsYmlError) as error:
        click.echo(f"new-page: {error}", err=True)
        sys.exit(1)
    for path in written:
        click.echo(f"wrote {path.relative_to(project.root).as_posix()}")
