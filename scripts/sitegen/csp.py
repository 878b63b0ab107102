"""Content-Security-Policy for the built site: only its own origin, inline scripts by hash.

Material writes a few small inline scripts into every page (they differ by page depth),
and other features may add more. Rather than allow every inline script
(`'unsafe-inline'`), the policy lists the SHA-256 of each one found in the built HTML,
so a script injected into a page (or a changed one) does not run. Inline event handlers
(`onclick="..."`) and `javascript:` URLs cannot be allowed by a script hash: they are
reported, so whoever added them moves the code into a script file.

The same policy reaches readers twice: as nginx's header (deploy/nginx/) and, for hosts
that set no headers (GitHub Pages), in a `<meta http-equiv>` at the top of every page,
without the directives a meta policy cannot carry.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from babel.support import NullTranslations

from sitegen.problems import Problem

# A <script> with one of these types (or none) is JavaScript the browser runs; any other
# type (application/json, application/ld+json, ...) is data, which CSP does not govern.
SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript"}

# Every directive names what the site may load; default-src covers the rest.
DIRECTIVES: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # Material's stylesheets draw their icons from data: URLs.
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Browsers ignore these in a <meta> policy (CSP Level 3, section 3.3): only a header
# can carry them.
HEADER_ONLY = ("frame-ancestors", "report-uri", "sandbox")


@dataclass
class PageScan:
    scripts: list[str]
    findings: list[tuple[int, str]]


class _Scanner(HTMLParser):
    """Collects the text of executable inline scripts and any inline handler or js: URL."""

    def __init__(self, messages: NullTranslations) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan([], [])
        self._script: list[str] | None = None
        self._ = messages.gettext

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                message = self._(
                    "<{tag} {attribute}=...> is an inline event handler, which the site's "
                    "Content-Security-Policy blocks; move it to a script file"
                )
                self.scan.findings.append((line, message.format(tag=tag, attribute=name)))
            if name in {"href", "src", "action", "formaction"} and value.strip().lower().startswith(
                "javascript:"
            ):
                message = self._(
                    '<{tag} {attribute}="javascript:..."> is blocked by the site\'s '
                    "Content-Security-Policy; use a script file"
                )
                self.scan.findings.append((line, message.format(tag=tag, attribute=name)))
        kind = values.get("type", "").strip().lower()
        if tag == "script" and "src" not in values and kind in SCRIPT_TYPES:
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scan.scripts.append("".join(self._script))
            self._script = None


def scan_html(text: str, messages: NullTranslations | None = None) -> PageScan:
    """The inline scripts a browser would run in `text`, and what no hash can allow
    (said in the language of `messages`)."""
    scanner = _Scanner(messages or NullTranslations())
    # Browsers hash the script text after the HTML parser turned CR LF into LF.
    scanner.feed(text.replace("\r\n", "\n").replace("\r", "\n"))
    scanner.close()
    return scanner.scan


def script_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def scan_site(
    site: Path, messages: NullTranslations | None = None
) -> tuple[list[str], list[Problem]]:
    """Sorted unique hashes of every inline script in `site`, and what no hash allows
    (each page named as `SITE/path/index.html`)."""
    hashes: set[str] = set()
    problems: list[Problem] = []
    for page in sorted(site.rglob("*.html")):
        scan = scan_html(page.read_text(encoding="utf-8"), messages)
        hashes.update(script_hash(script) for script in scan.scripts)
        name = f"{site.name}/{page.relative_to(site).as_posix()}"
        problems.extend(Problem(name, line, "csp", message) for line, message in scan.findings)
    return sorted(hashes), problems


def policy(hashes: list[str]) -> str:
    """The Content-Security-Policy header value allowing `hashes` as inline scripts."""
    script_src = [*DIRECTIVES["script-src"], *hashes]
    directives = {**DIRECTIVES, "script-src": script_src}
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def meta_policy(hashes: list[str]) -> str:
    """The policy as a `<meta http-equiv>` can carry it: without HEADER_ONLY directives."""
    return "; ".join(
        part for part in policy(hashes).split("; ") if part.split(" ", 1)[0] not in HEADER_ONLY
    )


_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>\n?", re.I)
_HEAD = re.compile(r"<head(?:\s[^>]*)?>\n?", re.I)


def with_meta(page: str, value: str) -> str:
    """`page` with the policy `value` in a `<meta http-equiv>` right after its charset
    (before any script, so it covers them all), replacing one already there."""
    page = _META.sub("", page, count=1)
    content = html.escape(value, quote=False).replace('"', "&quot;")
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">\n'
    anchor = _CHARSET.search(page) or _HEAD.search(page)
    if anchor is None:
        return tag + page
    return page[: anchor.end()] + tag + page[anchor.end() :]


def add_meta_to_site(site: Path, hashes: list[str]) -> int:
    """Write the meta policy into every page of `site`; the number of pages."""
    value = meta_policy(hashes)
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        page.write_text(with_meta(text, value), encoding="utf-8")
    return len(pages)
