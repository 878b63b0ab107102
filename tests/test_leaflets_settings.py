"""`extra.print` in mkdocs.yml: a missing text or a wrong time zone names the line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from sitegen.leaflets.errors import LeafletError
from sitegen.leaflets.settings import TEXT_KEYS, read_settings

TEXTS = "\n".join(f"        {key}: {key} text" for key in TEXT_KEYS)
MKDOCS_YML = f"""\
site_name: Test
extra:
  print:
    cache_dir: .cache/x
    timezone: Asia/Jakarta
    text:
      id:
{TEXTS}
      en:
{TEXTS}
"""


def config_for(tmp_path: Path, text: str) -> SimpleNamespace:
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, "utf-8")
    languages = [SimpleNamespace(locale=locale, build=True) for locale in ("id", "en")]
    return SimpleNamespace(
        extra=yaml.safe_load(text)["extra"],
        config_file_path=str(path),
        plugins={"i18n": SimpleNamespace(config=SimpleNamespace(languages=languages))},
    )


def test_settings_are_read(tmp_path: Path) -> None:
    settings = read_settings(config_for(tmp_path, MKDOCS_YML))
    assert settings.cache_dir == tmp_path / ".cache" / "x"
    assert str(settings.timezone) == "Asia/Jakarta"
    assert settings.text("en", "scan") == "scan text"


def test_a_missing_text_names_its_line_and_language(tmp_path: Path) -> None:
    broken = MKDOCS_YML.replace("\n        scan: scan text", "\n        scan: ''", 1)
    with pytest.raises(
        LeafletError, match=r"^mkdocs\.yml:10: extra\.print\.text\.id\.scan: missing text$"
    ):
        read_settings(config_for(tmp_path, broken))


def test_a_wrong_time_zone_is_named(tmp_path: Path) -> None:
    broken = MKDOCS_YML.replace("Asia/Jakarta", "Asia/Jakarte")
    with pytest.raises(
        LeafletError, match=r"^mkdocs\.yml:5: extra\.print\.timezone: 'Asia/Jakarte'"
    ):
        read_settings(config_for(tmp_path, broken))
