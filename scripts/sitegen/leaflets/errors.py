"""The one error type of the leaflet pipeline, written for editors."""

from __future__ import annotations

from mkdocs.exceptions import PluginError


class LeafletError(PluginError):
    """`FILE:LINE: FIELD: message`: stops the build with no traceback."""

    def __init__(self, path: str, line: int, field: str, message: str) -> None:
        super().__init__(f"{path}:{line}: {field}: {message}")
