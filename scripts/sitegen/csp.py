"""Content-Security-Policy for the built site: only its own origin, inline scripts by hash.

Material writes a few small inline scripts into every page (they differ by page depth),
and other features may add more. Rather than allow every inline script
(`'unsafe-inline'`), the policy lists the SHA-256 of each one found in the built HTML,
so a script injected into a page (or a changed one) does not run. Inline event handlers
(`onclick="..."`) and `javascript:` URLs cannot be allowed by a script hash: they are
reported, so whoever added them moves the code into a script file.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

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


@dataclass
class PageScan:
    scripts: list[str]
    findings: list[tuple[int, str]]


class _Scanner(HTMLParser):
    """Collects the text of executable inline scripts and any inline handler or js: URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan([], [])
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.scan.findings.append(
                    (line, f"<{tag} {name}=...> is an inline event handler; move it to a script")
                )
            if name in {"href", "src", "action", "formaction"} and value.strip().lower().startswith(
                "javascript:"
            ):
                self.scan.findings.append((line, f'<{tag} {name}="javascript:...">: use a script'))
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


def scan_html(html: str) -> PageScan:
    """The inline scripts a browser would run in `html`, and what no hash can allow."""
    scanner = _Scanner()
    # Browsers hash the script text after the HTML parser turned CR LF into LF.
    scanner.feed(html.replace("\r\n", "\n").replace("\r", "\n"))
    scanner.close()
    return scanner.scan


def script_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def scan_site(site: Path) -> tuple[list[str], list[Problem]]:
    """Sorted unique hashes of every inline script in `site`, and what no hash allows
    (each page named as `SITE/path/index.html`)."""
    hashes: set[str] = set()
    problems: list[Problem] = []
    for page in sorted(site.rglob("*.html")):
        scan = scan_html(page.read_text(encoding="utf-8"))
        hashes.update(script_hash(script) for script in scan.scripts)
        name = f"{site.name}/{page.relative_to(site).as_posix()}"
        problems.extend(Problem(name, line, "csp", message) for line, message in scan.findings)
    return sorted(hashes), problems


def policy(hashes: list[str]) -> str:
    """The Content-Security-Policy header value allowing `hashes` as inline scripts."""
    script_src = [*DIRECTIVES["script-src"], *hashes]
    directives = {**DIRECTIVES, "script-src": script_src}
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())
