"""A folder of rendered PDFs, named by a hash of everything that went into them."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

# A PDF no build has asked for in this long belongs to text that has since changed.
KEEP_UNUSED_DAYS = 30


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
        """The cached PDF, marked as just used; None if there is none."""
        path = self._path(key)
        try:
            pdf = path.read_bytes()
        except FileNotFoundError:
            return None
        path.touch()
        return pdf

    def put(self, key: str, pdf: bytes) -> None:
        """Store atomically, so an interrupted build never leaves half a PDF behind."""
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self._path(key).with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pdf)
        partial.replace(self._path(key))

    def prune(self, keep_days: float = KEEP_UNUSED_DAYS) -> int:
        """Delete PDFs unused for `keep_days`; return how many were deleted."""
        cutoff = time.time() - keep_days * 86400
        old = [p for p in self.folder.glob("*.pdf") if p.stat().st_mtime < cutoff]
        for path in old:
            path.unlink(missing_ok=True)
        return len(old)
