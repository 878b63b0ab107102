"""`sitegen nginx-conf`: the parts of the nginx configuration that depend on the build."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sitegen import nginx
from sitegen.cli.project import load_project
from sitegen.cli.report import report


@click.command("nginx-conf")
@click.argument("site", type=click.Path(path_type=Path), default="site")
@click.argument("out", type=click.Path(path_type=Path), default="deploy/nginx/generated")
@click.pass_obj
def nginx_conf(obj: dict, site: Path, out: Path) -> None:
    """Write csp.conf and error-page.conf for the built SITE into OUT.

    Exits 1, writing nothing, when a page has an inline event handler or a javascript:
    URL, which the Content-Security-Policy would block.
    """
    project = load_project(obj["root"], obj["language"])
    _ = project.messages().gettext
    if not (site / "index.html").is_file():
        click.echo(_("{site}: no built site here (run `make site`)").format(site=site), err=True)
        sys.exit(2)
    problems = nginx.write_includes(site, out, project.messages())
    if problems:
        sys.exit(report(problems, "sitegen nginx-conf"))
    click.echo(
        _("wrote {csp} and {error_page}").format(
            csp=out / "csp.conf", error_page=out / "error-page.conf"
        )
    )
