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
from conftest import build_site
from mkdocs.config import load_config

from sitegen.messages import translations
from sitegen.problems import ProblemError
from sitegen.search import build_step, index, pages

ROOT = Path(__file__).resolve().parent.parent


def i18n(building: bool = False) -> SimpleNamespace:
    """mkdocs-static-i18n as build_step sees it: building or done, with one language."""
    languages = [SimpleNamespace(locale="id", build=True, default=True)]
    return SimpleNamespace(building=building, config=SimpleNamespace(languages=languages))


def fake_config(site_dir: Path, extra: dict | None = None, **plugins: object) -> SimpleNamespace:
    texts = {name: {"id": f"{name} {mark}"} for name, mark in build_step.TEXTS.items()}
    return SimpleNamespace(
        plugins=plugins,
        site_dir=str(site_dir),
        extra=extra or {"search": texts},
        config_file_path=None,
        theme={"language": "id"},
    )


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders build_index was asked to index."""
    seen: list[Path] = []

    def record(site_dir: Path, options: object, thesauri: object) -> dict[str, int]:
        seen.append(site_dir)
        return {"id": 1}

    monkeypatch.setattr(index, "build_index", record)
    return seen


def test_nothing_is_indexed_while_other_languages_are_still_building(
    tmp_path: Path, calls: list[Path]
) -> None:
    build_step.index_site(fake_config(tmp_path, i18n=i18n(building=True)))
    assert calls == []
    build_step.index_site(fake_config(tmp_path, i18n=i18n()))
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
    ("selector", "home", "line", "message"),
    [
        (".tppo-card", "", 4, "extra.search.repeated_blocks: needs 'selector'"),
        ("", "bantuan/direktori/", 4, "extra.search.repeated_blocks: needs 'selector'"),
        ("..card", "bantuan/direktori/", 5, "selector: '..card' is not a CSS selector"),
        (".tppo-card", "bantuan/tidak-ada/", 6, "home: no page at 'bantuan/tidak-ada/'"),
    ],
)
def test_a_wrong_repeated_blocks_setting_is_named_with_its_line(
    tmp_path: Path, selector: str, home: str, line: int, message: str
) -> None:
    (tmp_path / "site" / "bantuan" / "direktori").mkdir(parents=True)
    (tmp_path / "site" / "bantuan" / "direktori" / "index.html").write_text("<p>")
    config = repeated_config(tmp_path, selector, home)
    with pytest.raises(ProblemError) as raised:
        build_step.repeated_blocks(config, tmp_path / "site")
    assert str(raised.value).startswith(f"mkdocs.yml:{line}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_the_sites_own_settings_are_read_from_mkdocs_yml() -> None:
    excluded, thesauri = build_step.index_settings(load_config(str(ROOT / "mkdocs.yml")))
    assert ".tppo-card__checked" in excluded  # a service card's sources
    assert sorted(thesauri) == ["en", "id"]
    assert thesauri["id"].key("pmi") == thesauri["id"].key("tki")
    assert thesauri["en"].key("labor") == thesauri["en"].key("labour")


def with_setting(project: Path, old: str, new: str) -> tuple[SimpleNamespace, int]:
    """The project's config with `old` replaced by `new` in mkdocs.yml, and the line of
    the first line of `new`."""
    config_file = project / "mkdocs.yml"
    text = config_file.read_text("utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    config_file.write_text(text, "utf-8")
    line = text[: text.index(new)].count("\n") + 1
    return load_config(str(config_file)), line


SYNONYMS_ID = "    synonyms:\n      id:\n"


# Editors read the messages in the site's first language (Indonesian here).
EDITOR = translations("id").gettext


@pytest.mark.parametrize(
    ("group", "below", "field", "msgid", "values"),
    [
        # Found at the site's own group of TKI, the line below the one added
        (
            "[kuli, PMI]",
            1,
            "id[1][2]",
            "'{member}' is also in the group [{group}]: a word can mean only one thing here",
            {"member": "PMI", "group": "kuli, PMI"},
        ),
        (
            "[penipuan]",
            0,
            "id[0]",
            "needs two or more words or phrases that mean the same, like {example}",
            {"example": "[TKI, PMI, pekerja migran]"},
        ),
        (
            "[SAPA, 129]",
            0,
            "id[0][1]",
            "{member} must be text (put a number in quotes)",
            {"member": "129"},
        ),
        ("[TKI, '!!']", 0, "id[0][1]", "'{member}' has no word to search for", {"member": "!!"}),
    ],
)
def test_a_wrong_synonym_is_named_with_its_line_and_key(
    project_copy: Path, group: str, below: int, field: str, msgid: str, values: dict
) -> None:
    config, line = with_setting(project_copy, SYNONYMS_ID, f"{SYNONYMS_ID}        - {group}\n")
    with pytest.raises(ProblemError) as raised:
        build_step.index_settings(config)
    assert EDITOR(msgid) != msgid  # the catalog has it
    assert str(raised.value) == (
        f"mkdocs.yml:{line + 2 + below}: extra.search.synonyms.{field}: "
        + EDITOR(msgid).format(**values)
    )


def test_synonyms_for_a_language_the_site_does_not_build_are_refused(
    project_copy: Path,
) -> None:
    config, line = with_setting(
        project_copy, SYNONYMS_ID, "    synonyms:\n      fr: []\n      id:\n"
    )
    with pytest.raises(ProblemError) as raised:
        build_step.index_settings(config)
    assert str(raised.value).startswith(f"mkdocs.yml:{line + 1}: extra.search.synonyms.fr: 'fr' ")
    assert "id, en" in str(raised.value)


def test_an_exclude_that_is_no_css_selector_is_named(project_copy: Path) -> None:
    config, line = with_setting(
        project_copy, "    exclude: .tppo-sources,", "    exclude: ..tppo-sources,"
    )
    with pytest.raises(ProblemError) as raised:
        build_step.index_settings(config)
    assert str(raised.value).startswith(f"mkdocs.yml:{line}: extra.search.exclude: '..tppo")
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("old", "new", "msgid"),
    [
        ('      en: "Showing results for {words}"\n', "", "missing text"),
        (
            '"Showing results for {words}"',
            "Showing results",
            'needs {placeholder} where the words go, in quotes: "... {placeholder}"',
        ),
    ],
)
def test_a_missing_search_text_is_named(project_copy: Path, old: str, new: str, msgid: str) -> None:
    config, _ = with_setting(project_copy, old, new)
    text = (project_copy / "mkdocs.yml").read_text("utf-8")
    line = text[: text.index("    corrected:")].count("\n") + 1
    with pytest.raises(ProblemError) as raised:
        build_step.index_settings(config)
    where = line if not new else line + 2  # the language's line, or the block's if missing
    message = EDITOR(msgid).format(placeholder="{words}")
    assert str(raised.value) == f"mkdocs.yml:{where}: extra.search.corrected.en: {message}"


def test_a_build_with_a_wrong_synonym_stops_with_one_line(
    project_copy: Path, tmp_path: Path
) -> None:
    _, line = with_setting(project_copy, SYNONYMS_ID, f"{SYNONYMS_ID}        - [KDRT]\n")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    message = EDITOR("needs two or more words or phrases that mean the same, like {example}")
    said = message.format(example="[TKI, PMI, pekerja migran]")
    assert f"mkdocs.yml:{line + 2}: extra.search.synonyms.id[0]: {said}" in result.stderr, (
        result.stderr
    )
    assert "Traceback" not in result.stderr


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
