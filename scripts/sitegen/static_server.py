"""A local web server for measuring what a built site costs its readers.

It serves the site under the path of its site_url, compresses text with gzip, lets
browsers cache for ten minutes and answers a missing file with the site's own 404.html,
as GitHub Pages does, and records the bytes of every response
body it sends, so that a measurement also counts what a browser's own tools miss (a web
worker's requests, say). Only for tests and benchmarks on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import http.server
import mimetypes
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

# What web hosts compress; other files (images, PDFs, fonts) go out as they are.
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
CACHE_CONTROL = "max-age=600"  # GitHub Pages' header


@dataclass
class Transfer:
    path: str
    bytes: int


@dataclass
class TransferLog:
    """Every response the server sent, in order; thread-safe."""

    transfers: list[Transfer] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, transfer: Transfer) -> None:
        with self._lock:
            self.transfers.append(transfer)

    def mark(self) -> int:
        """A point in the log to measure from."""
        with self._lock:
            return len(self.transfers)

    def since(self, mark: int) -> list[Transfer]:
        with self._lock:
            return list(self.transfers[mark:])


def _handler(
    root: Path, site_root: Path, log: TransferLog
) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            file = (root / path.lstrip("/")).resolve()
            if file.is_dir():
                file = file / "index.html"
            if not file.is_relative_to(root) or not file.is_file():
                not_found = site_root / "404.html"
                if not_found.is_file():
                    self._send(404, not_found.read_bytes(), "text/html", path)
                else:
                    self._send(404, b"not found", "text/plain", path)
                return
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            self._send(200, file.read_bytes(), kind, path)

        def _send(self, status: int, body: bytes, kind: str, path: str) -> None:
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            compress = accepts_gzip and kind.startswith(COMPRESSED_TYPES)
            if compress:
                body = gzip.compress(body, compresslevel=6)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("Cache-Control", CACHE_CONTROL)
            if compress:
                self.send_header("Content-Encoding", "gzip")
            # Logged before sending, so the log is complete once the client has the bytes.
            log.add(Transfer(path, len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(site_dir: Path, path_prefix: str = "/") -> Iterator[tuple[str, TransferLog]]:
    """Serve `site_dir` at http://127.0.0.1:PORT/PREFIX/; yield (that URL, the log)."""
    prefix = path_prefix.strip("/")
    with tempfile.TemporaryDirectory(prefix="tppo-serve-") as tmp:
        root = Path(tmp).resolve()
        shutil.copytree(site_dir, root / prefix, dirs_exist_ok=True)
        log = TransferLog()
        handler = _handler(root, root / prefix, log)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        try:
            base = f"http://127.0.0.1:{server.server_port}/"
            yield (base + prefix + "/" if prefix else base), log
        finally:
            server.shutdown()
            server.server_close()
