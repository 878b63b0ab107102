"""A folder of rendered PDFs, named by a hash of everything that went into them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def input_hash(*parts: str) -> str:
    """SHA-256 over the parts, each length-prefixed so ("ab", "c") != ("a", "bc")."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


class PdfCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pdf"

    def get(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, key: str, pdf: bytes) -> None:
        """Store atomically, so an interrupted build never leaves half a PDF behind."""
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self._path(key).with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pdf)
        partial.replace(self._path(key))
