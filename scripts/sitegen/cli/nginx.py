"""`sitegen nginx-conf`: the parts of the nginx configuration that depend on the build."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sitegen import nginx


@click.command("nginx-conf")
@click.argument("site", type=click.Path(path_type=Path), default="site")
@click.argument("out", type=click.Path(path_type=Path), default="deploy/nginx/generated")
def nginx_conf(site: Path, out: Path) -> None:
    """Write csp.conf and error-page.conf for the built SITE into OUT.

    Exits 1, writing nothing, when a page has an inline event handler or a javascript:
    URL, which the Content-Security-Policy would block.
    """
    if not (site / "index.html").is_file():
        click.echo(f"{site}: no built site here (run `make site`)", err=True)
        sys.exit(2)
    problems = nginx.write_includes(site, out)
    for problem in problems:
        click.echo(problem)
    if problems:
        sys.exit(1)
    click.echo(f"wrote {out}/csp.conf and {out}/error-page.conf")
