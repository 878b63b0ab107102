"""The parts of the nginx configuration that depend on the built site.

deploy/nginx/ holds the hand-written configuration; it includes two small files that only
the build can write: the Content-Security-Policy with the hashes of the inline scripts
the pages carry now, and the path of the 404 page (the site may live under a sub-path,
taken from its site_url).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from babel.support import NullTranslations

from sitegen import csp
from sitegen.problems import Problem

HEADER = "# Written by `make site` (scripts/nginx_conf.py) from the built site. Do not edit.\n"


class _Canonical(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical" and self.href is None:
            self.href = values.get("href")


def site_path(site: Path) -> str:
    """The URL path the site is served under ("/jakarta/"), from its home page's canonical."""
    parser = _Canonical()
    parser.feed((site / "index.html").read_text(encoding="utf-8"))
    path = urlsplit(parser.href or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def csp_conf(hashes: list[str]) -> str:
    value = csp.policy(hashes)
    return (
        f"{HEADER}# {len(hashes)} inline script(s) allowed by hash.\n"
        f'add_header Content-Security-Policy "{value}" always;\n'
    )


def error_page_conf(path: str) -> str:
    return f"{HEADER}error_page 404 {path}404.html;\n"


def write_includes(
    site: Path, out: Path, messages: NullTranslations | None = None
) -> list[Problem]:
    """Write csp.conf and error-page.conf into `out`, unless a page has a problem (said
    in the language of `messages`)."""
    hashes, problems = csp.scan_site(site, messages)
    if problems:
        return problems
    out.mkdir(parents=True, exist_ok=True)
    (out / "csp.conf").write_text(csp_conf(hashes), encoding="utf-8")
    (out / "error-page.conf").write_text(error_page_conf(site_path(site)), encoding="utf-8")
    return []
