"""What the generator's core may know about the page being built, without MkDocs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageRef:
    #: The source file as editors name it ("docs/bantuan/index.md").
    path: str
    #: The page's language (the build's language, not always the file's suffix).
    language: str
    #: The built file, relative to the site folder ("bantuan/index.html").
    dest_uri: str = ""
    #: The page's absolute address, from site_url ("https://…/bantuan/").
    canonical_url: str = ""
    #: The line of the source file on which the Markdown the build works on begins
    #: (after the front matter), so that a line counted in it is the editor's line.
    body_line: int = 1
