"""`sitegen changed-pages BASE`: the pages a pull request changes, for its job summary and
its screenshots."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitegen import changed_pages
from sitegen.cli.project import load_project
from sitegen.plugins.directory.config import DirectoryConfig
from sitegen.plugins.directory.plugin import NAME as DIRECTORY

#: Site-wide changes named in the summary; the rest are counted.
SHOWN_FILES = 8


@click.command("changed-pages")
@click.argument("base")
@click.option(
    "--site",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default="site",
    show_default=True,
    help="The built site.",
)
@click.option(
    "--json",
    "json_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the pages to screenshot here, as JSON.",
)
@click.pass_obj
def changed_pages_command(obj: dict, base: str, site: Path, json_file: Path | None) -> None:
    """Print, as Markdown for the job summary, the built pages that the changes since
    BASE (a branch or commit, e.g. origin/main) touch, in every language."""
    project = load_project(obj["root"], obj["language"])
    _ = project.messages().gettext
    options = project.site_options
    pages = changed_pages.built_pages(site, options.repository_url, options.branch)
    files = changed_pages.changed_files(project.root, base)
    directory = project.plugin_options(DIRECTORY)
    # A site without the directory has no service files: nothing under the folder.
    data_dir = (
        directory.settings(project.root).data_dir
        if isinstance(directory, DirectoryConfig)
        else project.root / str(DirectoryConfig.data_dir.default)
    )
    changes = changed_pages.classify(
        files, project.root, project.docs_dir, data_dir, project.languages, pages
    )
    heading = _("Pages this pull request changes")
    lines = [f"### {heading}", ""]
    if changes.site_wide:
        names = ", ".join(f"`{name}`" for name in changes.site_wide[:SHOWN_FILES])
        if len(changes.site_wide) > SHOWN_FILES:
            names += f" (+{len(changes.site_wide) - SHOWN_FILES})"
        message = _("{files} may change every page (theme, templates, code or configuration).")
        lines += [f"- {message.format(files=names)}", ""]
    rows = [
        f"| `/{page.path}` | {page.language} | `{page.file}` | `{name}` |"
        for name, touched in changes.pages.items()
        for page in touched
    ]
    if rows:
        header = _("| page | language | file in the `site` artifact | changed by |")
        lines += [header, "|---|---|---|---|", *rows, ""]
    gone = _("{file}: no longer in the built site")
    lines += [f"- {gone.format(file=f'`{name}`')}" for name in changes.gone]
    if not rows and not changes.site_wide and not changes.gone:
        lines += [_("No page changes."), ""]
    lines += [
        "",
        _(
            "The built site is this run's `site` artifact; screenshots at 360 px are the "
            "`screenshots` artifact. To browse the site, unpack it and run "
            "`python3 -m http.server` in its folder."
        ),
    ]
    click.echo("\n".join(lines))
    if json_file is not None:
        shown = changes.all_pages()
        if changes.site_wide:
            homes = {project.facts.home(language) for language in project.facts.languages}
            shown += [page for page in pages if page.path in homes]
        listing = [{"path": p.path, "language": p.language} for p in sorted(set(shown))]
        json_file.parent.mkdir(parents=True, exist_ok=True)
        json_file.write_text(json.dumps(listing, indent=2) + "\n", encoding="utf-8")
