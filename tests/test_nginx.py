"""deploy/nginx/ served by a real nginx over the built site: headers, 404, gzip, caching,
and every page in Chromium with zero Content-Security-Policy violations."""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.client
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, TEST_SITE_URL

NGINX = "/usr/sbin/nginx"
PREFIX = urlsplit(TEST_SITE_URL).path  # "/tppo-test/"

# The surrounding configuration a host would have; everything tested comes from
# deploy/nginx/, included unchanged. Paths in a temporary folder, so no root is needed.
NGINX_CONF = """\
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {tmp}/www;
        include tppo/site.conf;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """Debian's nginx with deploy/nginx/ over the built site; yields its port."""
    tmp = tmp_path_factory.mktemp("nginx")
    conf = tmp / "conf"
    shutil.copytree(
        ROOT / "deploy/nginx", conf / "tppo", ignore=shutil.ignore_patterns("generated")
    )
    generate = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/nginx_conf.py"),
            str(built_site),
            str(conf / "tppo/generated"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stdout + generate.stderr
    (tmp / "www").mkdir()
    (tmp / "www" / PREFIX.strip("/")).symlink_to(built_site)
    port = free_port()
    (conf / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=port))
    command = [NGINX, "-p", str(tmp), "-c", str(conf / "nginx.conf"), "-e", str(tmp / "error.log")]
    syntax = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert syntax.returncode == 0, syntax.stderr
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.05)
    yield port
    server.terminate()
    server.wait(timeout=10)


def get(port: int, path: str, **headers: str) -> tuple[http.client.HTTPResponse, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def inline_script_hashes(site: Path) -> set[str]:
    """Hashes of the executable inline scripts, found independently with BeautifulSoup."""
    found = set()
    for page in site.rglob("*.html"):
        for script in BeautifulSoup(page.read_text(), "html.parser").find_all("script"):
            if script.has_attr("src") or script.get("type", "text/javascript") not in (
                "text/javascript",
                "module",
            ):
                continue
            digest = hashlib.sha256(script.string.encode()).digest()
            found.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return found


SECURITY_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def assert_security_headers(response: http.client.HTTPResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.getheader(name) == value, name
    permissions = response.getheader("Permissions-Policy")
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in permissions
    policy = directives(response.getheader("Content-Security-Policy"))
    assert policy["frame-ancestors"] == ["'none'"]


def test_csp_allows_only_the_site_and_its_own_inline_scripts(nginx: int, built_site: Path):
    response, _ = get(nginx, PREFIX)
    assert response.status == 200
    policy = directives(response.getheader("Content-Security-Policy"))
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    script_src = policy["script-src"]
    assert script_src[0] == "'self'"
    assert {s for s in script_src if s.startswith("'sha256-")} == inline_script_hashes(built_site)
    assert len(script_src) > 1  # Material's inline scripts are there, allowed by hash
    for name, sources in policy.items():
        allowed = {"'self'", "'none'"} | ({"data:"} if name == "img-src" else set())
        others = [s for s in sources if s not in allowed and not s.startswith("'sha256-")]
        assert others == [], f"{name} allows {others}"
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources


def test_every_security_header_on_a_page(nginx: int):
    response, _ = get(nginx, f"{PREFIX}en/tentang/privasi/")
    assert response.status == 200
    assert_security_headers(response)
    assert response.getheader("Strict-Transport-Security") == "max-age=63072000"
    assert response.getheader("Server") == "nginx"  # no version
    assert response.getheader("Cache-Control") == "no-cache"


def test_the_404_page_is_the_sites_own_with_every_header(nginx: int):
    response, body = get(nginx, f"{PREFIX}tidak-ada/halaman/")
    assert response.status == 404
    assert_security_headers(response)
    text = body.decode()
    assert "Halaman tidak ditemukan" in text and "Page not found" in text


def test_pages_and_assets_are_gzipped(nginx: int, built_site: Path):
    css = next(built_site.glob("assets/stylesheets/main.*.min.css")).relative_to(built_site)
    js = next(built_site.glob("assets/javascripts/bundle.*.min.js")).relative_to(built_site)
    for path, file in ((PREFIX, "index.html"), (f"{PREFIX}{css}", css), (f"{PREFIX}{js}", js)):
        response, body = get(nginx, path, **{"Accept-Encoding": "gzip"})
        assert response.getheader("Content-Encoding") == "gzip", path
        assert response.getheader("Vary") == "Accept-Encoding"
        assert gzip.decompress(body) == (built_site / file).read_bytes()


def test_hashed_assets_are_cached_for_a_year_and_others_revalidate(nginx: int, built_site: Path):
    hashed = next(built_site.glob("assets/stylesheets/main.*.min.css")).relative_to(built_site)
    response, _ = get(nginx, f"{PREFIX}{hashed}")
    assert response.status == 200
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert_security_headers(response)  # a location with its own headers keeps these too
    response, _ = get(nginx, f"{PREFIX}assets/javascripts/quick-exit.js")
    assert response.status == 200
    assert response.getheader("Cache-Control") == "no-cache"


def test_a_folder_without_its_slash_redirects_on_the_same_host(nginx: int):
    response, _ = get(nginx, f"{PREFIX}tentang")
    assert response.status == 301
    assert response.getheader("Location") == f"{PREFIX}tentang/"


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, both languages, as paths under the site prefix."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        folder = index.parent.relative_to(site).as_posix()
        pages.append(PREFIX if folder == "." else f"{PREFIX}{folder}/")
    return pages


RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__csp.push(event.violatedDirective + " " + event.blockedURI);
});
"""


class Visitor:
    """A Chromium tab that records every CSP violation, from the console and the DOM."""

    def __init__(self, page) -> None:
        self.page = page
        self.console: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._on_console)
        # Nothing may leave the machine: any request to another host is cut off.
        page.route(lambda url: urlsplit(url).hostname != "127.0.0.1", lambda route: route.abort())

    def _on_console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def violations(self, url: str) -> list[str]:
        self.console.clear()
        self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(50)
        return self.console + self.page.evaluate("window.__csp")


@pytest.fixture
def visitor(browser) -> Iterator[Visitor]:
    context = browser.new_context()
    yield Visitor(context.new_page())
    context.close()


def test_every_page_loads_in_chromium_with_zero_csp_violations(
    nginx: int, built_site: Path, visitor: Visitor
):
    pages = [*site_pages(built_site), f"{PREFIX}tidak-ada/"]
    assert len(pages) > 20
    violations = {}
    for path in pages:
        found = visitor.violations(f"http://127.0.0.1:{nginx}{path}")
        if found:
            violations[path] = found
        # Material's inline script ran (allowed by its hash): it defines __md_scope.
        assert visitor.page.evaluate("typeof __md_scope") == "object", path
    count = sum(map(len, violations.values()))
    print(f"CSP violations on {len(pages)} pages served by nginx: {count}")
    assert violations == {}


def test_an_inline_script_that_was_not_built_is_blocked_and_counted(nginx: int, visitor: Visitor):
    url = f"http://127.0.0.1:{nginx}{PREFIX}"

    def inject(route):
        response = route.fetch()
        body = response.text().replace("</body>", "<script>window.injected = 1</script></body>")
        route.fulfill(response=response, body=body)

    visitor.page.route(url, inject)
    found = visitor.violations(url)
    assert visitor.page.evaluate("typeof window.injected") == "undefined"
    assert any("script-src" in violation for violation in found)


COMPILE_WASM = """WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
  .then(() => "compiled", (error) => error.name)"""


def test_webassembly_does_not_compile(nginx: int, visitor: Visitor):
    visitor.violations(f"http://127.0.0.1:{nginx}{PREFIX}")
    assert visitor.page.evaluate(COMPILE_WASM) == "CompileError"


def test_a_search_works_under_the_policy_with_zero_violations(nginx: int, visitor: Visitor):
    """The search script, its index pieces and the snippets, all under the site's CSP."""
    assert visitor.violations(f"http://127.0.0.1:{nginx}{PREFIX}") == []
    visitor.page.keyboard.press("/")
    visitor.page.fill("[data-tppo-search-input]", "dagang")
    visitor.page.wait_for_selector('[data-tppo-search][data-state="done"]', state="attached")
    assert visitor.page.locator(".md-search-result__item mark").count() > 0
    assert visitor.console + visitor.page.evaluate("window.__csp") == []
