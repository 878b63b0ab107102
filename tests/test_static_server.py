"""sitegen.static_server: serves a site as a web host would and counts what it sends."""

from __future__ import annotations

import gzip
import http.client
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitegen import static_server

SCRIPT = b"console.log('search');" * 200
BUNDLE = b"%PDF-1.7 a leaflet, compressed inside already"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text("<p>Beranda</p>")
    (tmp_path / "en" / "index.html").write_text("<p>Home</p>")
    (tmp_path / "search.js").write_bytes(SCRIPT)
    (tmp_path / "leaflet.pdf").write_bytes(BUNDLE)
    return tmp_path


def get(url: str, gzip_ok: bool = True) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_text_goes_out_gzipped_to_browsers_that_take_it(site: Path) -> None:
    with static_server.serve(site, "/tppo/") as (url, _):
        status, headers, body = get(url + "search.js")
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert headers["Cache-Control"] == "max-age=600"
        assert gzip.decompress(body) == SCRIPT
        _, headers, body = get(url + "search.js", gzip_ok=False)
        assert "Content-Encoding" not in headers
        assert body == SCRIPT


def test_other_files_go_out_as_they_are(site: Path) -> None:
    with static_server.serve(site, "/tppo/") as (url, _):
        _, headers, body = get(url + "leaflet.pdf")
    assert "Content-Encoding" not in headers
    assert body == BUNDLE


def test_folders_serve_their_index_under_the_site_path(site: Path) -> None:
    with static_server.serve(site, "/tppo/") as (url, _):
        assert urlsplit(url).path == "/tppo/"
        assert gzip.decompress(get(url + "en/")[2]) == b"<p>Home</p>"
        assert get(url.replace("/tppo/", "/"))[0] == 404


def test_the_log_counts_the_bytes_sent_from_a_mark(site: Path) -> None:
    with static_server.serve(site, "/") as (url, log):
        get(url)
        mark = log.mark()
        _, _, script = get(url + "search.js")
        _, _, bundle = get(url + "leaflet.pdf")
        transfers = log.since(mark)
    assert [(t.path, t.bytes) for t in transfers] == [
        ("/search.js", len(script)),
        ("/leaflet.pdf", len(bundle)),
    ]
    assert len(script) < len(SCRIPT)


def test_nothing_outside_the_site_is_served(site: Path) -> None:
    assert Path("/etc/passwd").is_file()
    with static_server.serve(site, "/") as (url, _):
        host = urlsplit(url)
        connection = http.client.HTTPConnection(host.hostname, host.port)
        connection.request("GET", "/../../../../../../../../etc/passwd")
        response = connection.getresponse()
        assert response.status == 404
        assert b"root:" not in response.read()
        connection.close()


def test_a_missing_file_gets_the_sites_own_404_page(site: Path) -> None:
    (site / "404.html").write_text("<p>Halaman tidak ditemukan</p>")
    with static_server.serve(site, "/tppo/") as (url, log):
        status, headers, body = get(url + "no/such/sitemap.xml")
    assert status == 404
    assert headers["Content-Type"] == "text/html"
    assert gzip.decompress(body) == b"<p>Halaman tidak ditemukan</p>"
    assert log.transfers[-1].bytes == len(body)
