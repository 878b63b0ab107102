"""Links to a page's source in the repository's web editor ("Edit this page").

GitHub's editor opens `{repository}/edit/{branch}/{path}`: an editor changes the page
there and proposes the change as a pull request without installing anything. The same
links tell which built page comes from which source file (`sitegen changed-pages`).
"""

from __future__ import annotations


def edit_url(repository_url: str, branch: str, source: str) -> str:
    """The web editor's address for `source` ("docs/bantuan/index.md"), or "" without a
    repository."""
    if not repository_url:
        return ""
    return f"{repository_url.rstrip('/')}/edit/{branch}/{source.lstrip('/')}"


def source_of(url: str, repository_url: str, branch: str) -> str | None:
    """The source path an edit link made by `edit_url` points at, or None."""
    prefix = edit_url(repository_url, branch, "")
    if not prefix or not url.startswith(prefix):
        return None
    return url.removeprefix(prefix) or None
