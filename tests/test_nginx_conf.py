"""scripts/nginx_conf.py: the includes written from a built site, or a clear refusal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

CLI = ROOT / "scripts" / "nginx_conf.py"


def page(head: str = "", body: str = "") -> str:
    return (
        "<!doctype html><html><head>"
        '<link rel="canonical" href="https://example.org/kota/">'
        f"{head}</head><body>\n{body}</body></html>"
    )


def run(*args: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CLI), *map(str, args)], capture_output=True, text=True, check=False
    )


def test_writes_the_policy_and_the_404_path_of_the_site(tmp_path: Path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text(page("<script>alert('Hello, world.');</script>"))
    (site / "a/index.html").write_text(page("<script>alert('Hello, world.');</script>"))
    result = run(site, tmp_path / "out")
    assert result.returncode == 0, result.stdout
    csp_conf = (tmp_path / "out/csp.conf").read_text()
    assert "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='" in csp_conf
    assert "# 1 inline script(s) allowed by hash." in csp_conf
    assert csp_conf.splitlines()[-1].startswith('add_header Content-Security-Policy "default-src')
    assert csp_conf.endswith('" always;\n')
    assert (tmp_path / "out/error-page.conf").read_text().splitlines()[-1] == (
        "error_page 404 /kota/404.html;"
    )


def test_an_inline_event_handler_stops_the_build_step(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(page(body='<button onclick="leave()">x</button>'))
    result = run(site, tmp_path / "out", "--lang", "en")
    assert result.returncode == 1
    assert result.stdout == (
        "site/index.html:2: csp: <button onclick=...> is an inline event handler, which the"
        " site's Content-Security-Policy blocks; move it to a script file\n"
    )
    assert not (tmp_path / "out").exists()
    indonesian = run(site, tmp_path / "out")
    assert indonesian.stdout.startswith(
        "site/index.html:2: csp: <button onclick=...> adalah penangan peristiwa di dalam tag"
    )


def test_without_a_built_site_it_says_so(tmp_path: Path):
    result = run(tmp_path, tmp_path / "out", "--lang", "en")
    assert result.returncode == 2
    assert "no built site here (run `make site`)" in result.stderr
    assert "belum ada situs hasil build di sini" in run(tmp_path, tmp_path / "out").stderr
