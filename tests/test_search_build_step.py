"""sitegen.search.build_step: the index is built once, after the last language, by
`mkdocs build` and by `mkdocs serve`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from sitegen.search import build_step, index, pages

ROOT = Path(__file__).resolve().parent.parent


def fake_config(site_dir: Path, extra: dict | None = None, **plugins: object) -> SimpleNamespace:
    return SimpleNamespace(
        plugins=plugins, site_dir=str(site_dir), extra=extra or {}, config_file_path=None
    )


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders build_index was asked to index."""
    seen: list[Path] = []

    def record(site_dir: Path, options: object) -> dict[str, int]:
        seen.append(site_dir)
        return {"id": 1}

    monkeypatch.setattr(index, "build_index", record)
    return seen


def test_nothing_is_indexed_while_other_languages_are_still_building(
    tmp_path: Path, calls: list[Path]
) -> None:
    build_step.index_site(fake_config(tmp_path, i18n=SimpleNamespace(building=True)))
    assert calls == []
    build_step.index_site(fake_config(tmp_path, i18n=SimpleNamespace(building=False)))
    assert calls == [tmp_path]


def test_nothing_is_indexed_when_materials_own_search_is_configured(
    tmp_path: Path, calls: list[Path]
) -> None:
    build_step.index_site(fake_config(tmp_path, **{"material/search": object()}))
    assert calls == []


CONFIG_LINES = """site_name: x
extra:
  search:
    repeated_blocks:
      selector: {selector}
      home: {home}
"""


def repeated_config(tmp_path: Path, selector: object, home: object) -> SimpleNamespace:
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(CONFIG_LINES.format(selector=selector, home=home))
    config = fake_config(tmp_path / "site")
    config.extra = {"search": {"repeated_blocks": {"selector": selector, "home": home}}}
    config.config_file_path = str(config_file)
    return config


def test_repeated_blocks_are_read_from_mkdocs_yml(tmp_path: Path) -> None:
    (tmp_path / "site" / "bantuan" / "direktori").mkdir(parents=True)
    (tmp_path / "site" / "bantuan" / "direktori" / "index.html").write_text("<p>")
    config = repeated_config(tmp_path, ".tppo-card", "/bantuan/direktori/")
    blocks = build_step.repeated_blocks(config, tmp_path / "site")
    assert blocks == pages.RepeatedBlocks(".tppo-card", "bantuan/direktori")
    assert build_step.repeated_blocks(fake_config(tmp_path), tmp_path) is None


@pytest.mark.parametrize(
    ("selector", "home", "message"),
    [
        (".tppo-card", "", "extra.search.repeated_blocks: needs 'selector'"),
        ("", "bantuan/direktori/", "extra.search.repeated_blocks: needs 'selector'"),
        ("..card", "bantuan/direktori/", "selector: '..card' is not a CSS selector"),
        (".tppo-card", "bantuan/tidak-ada/", "home: no page at 'bantuan/tidak-ada/'"),
    ],
)
def test_a_wrong_repeated_blocks_setting_is_named_with_its_line(
    tmp_path: Path, selector: str, home: str, message: str
) -> None:
    (tmp_path / "site" / "bantuan" / "direktori").mkdir(parents=True)
    (tmp_path / "site" / "bantuan" / "direktori" / "index.html").write_text("<p>")
    config = repeated_config(tmp_path, selector, home)
    with pytest.raises(PluginError) as raised:
        build_step.repeated_blocks(config, tmp_path / "site")
    assert str(raised.value).startswith("mkdocs.yml:4: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_built_site_has_an_index_per_language_and_no_material_index(
    built_site: Path,
) -> None:
    counts = {
        language: len(json.loads((built_site / "search" / language / "pages.json").read_text()))
        for language in ("id", "en")
    }
    assert counts["id"] == counts["en"] > 5
    assert sorted(path.name for path in (built_site / "search").iterdir()) == ["en", "id"]
    assert not (built_site / "search" / "search_index.json").exists()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_mkdocs_serve_builds_the_index_once_all_languages_are_built() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": url}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--no-livereload",
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        found: dict[str, list] = {}
        deadline = time.monotonic() + 90
        while len(found) < 2 and time.monotonic() < deadline and server.poll() is None:
            for language in {"id", "en"} - set(found):
                try:
                    with urllib.request.urlopen(f"{url}search/{language}/pages.json") as answer:
                        found[language] = json.load(answer)
                except OSError:
                    time.sleep(0.5)
        assert set(found) == {"id", "en"}, "mkdocs serve did not serve both indexes"
        assert len(found["id"]) == len(found["en"]) > 5
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
    assert log.count("Search index built: ") == 1, log
