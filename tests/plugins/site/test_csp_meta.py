"""Every built page carries the Content-Security-Policy in a <meta>, with the very hashes
of nginx's header (sitegen nginx-conf), before any script; a page the policy would
break stops the build."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT

from sitegen import csp
from tests.plugins.minimal_site import build, write_site


def header_policy(built_site: Path, out: Path) -> str:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "nginx_conf.py"), str(built_site), str(out)],
        check=True,
        capture_output=True,
    )
    return re.search(r'Content-Security-Policy "([^"]+)"', (out / "csp.conf").read_text())[1]


def directives(value: str) -> dict[str, str]:
    return dict(part.split(" ", 1) for part in value.split("; "))


def test_every_page_carries_the_headers_policy_before_any_script(
    built_site: Path, tmp_path: Path
) -> None:
    header = directives(header_policy(built_site, tmp_path))
    expected = {name: value for name, value in header.items() if name not in csp.HEADER_ONLY}
    wrong = []
    pages = sorted(built_site.rglob("*.html"))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        metas = BeautifulSoup(text, "html.parser").select(
            'meta[http-equiv="Content-Security-Policy"]'
        )
        first_script = text.find("<script")
        position = text.find('http-equiv="Content-Security-Policy"')
        if len(metas) != 1 or directives(metas[0]["content"]) != expected:
            wrong.append(f"{page}: {[m.get('content') for m in metas]}")
        elif first_script != -1 and position > first_script:
            wrong.append(f"{page}: the policy comes after a script")
    assert len(pages) > 80
    assert wrong == []
    assert "frame-ancestors" in header


def test_an_inline_handler_written_into_a_page_stops_the_build(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site"])
    (site / "docs" / "index.md").write_text(
        '# Home\n\n<button onclick="leave()">Leave</button>\n', encoding="utf-8"
    )
    result = build(site)
    assert result.returncode == 1
    assert "site/index.html:" in result.stderr
    assert "csp: <button onclick=...> adalah penangan peristiwa di dalam tag" in result.stderr, (
        result.stderr
    )
    assert "Traceback" not in result.stderr
