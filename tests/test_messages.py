"""Message catalogs: the package's, a site's own, and the template kept in step."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import ROOT

from sitegen import messages

LOCALE = ROOT / "scripts" / "sitegen" / "locale"


def write_po(folder: Path, language: str, entries: dict[str, str]) -> None:
    po = folder / language / "LC_MESSAGES" / "sitegen.po"
    po.parent.mkdir(parents=True)
    body = "".join(f'msgid "{k}"\nmsgstr "{v}"\n\n' for k, v in entries.items())
    po.write_text(f'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n{body}')


def test_the_package_speaks_indonesian() -> None:
    assert messages.translations("id").gettext("Quick exit") == "Keluar cepat"


def test_english_is_the_language_of_the_messages_themselves() -> None:
    assert messages.translations("en").gettext("Quick exit") == "Quick exit"


def test_a_site_catalog_adds_a_language_and_changes_words(tmp_path: Path) -> None:
    write_po(tmp_path, "fr", {"Quick exit": "Sortie rapide"})
    write_po(tmp_path, "id", {"Quick exit": "Keluar"})
    assert messages.translations("fr", [tmp_path]).gettext("Quick exit") == "Sortie rapide"
    indonesian = messages.translations("id", [tmp_path])
    assert indonesian.gettext("Quick exit") == "Keluar"
    assert indonesian.gettext("Page not found") == "Halaman tidak ditemukan"


def test_an_edited_site_catalog_is_read_again(tmp_path: Path) -> None:
    write_po(tmp_path, "fr", {"Quick exit": "Sortie"})
    assert messages.translations("fr", [tmp_path]).gettext("Quick exit") == "Sortie"
    po = tmp_path / "fr" / "LC_MESSAGES" / "sitegen.po"
    po.write_text(po.read_text().replace('"Sortie"', '"Sortie rapide"'))
    os.utime(po, (po.stat().st_atime, po.stat().st_mtime + 5))
    assert messages.translations("fr", [tmp_path]).gettext("Quick exit") == "Sortie rapide"


def test_a_language_without_any_catalog_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(messages.CatalogError, match=r"no message catalog for language 'jv'"):
        messages.translations("jv", [tmp_path])


def test_an_uncompiled_package_catalog_says_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_po(tmp_path, "ms", {"Quick exit": "Keluar pantas"})
    monkeypatch.setattr(messages, "PACKAGE_LOCALE_DIR", tmp_path)
    with pytest.raises(messages.CatalogError, match=r"not compiled: run `make catalogs`"):
        messages.translations("ms")


def catalog_ids(path: Path) -> set[tuple[str | None, str]]:
    with path.open("rb") as file:
        return {(m.context, str(m.id)) for m in read_po(file) if m.id}


def test_the_template_holds_every_message_of_code_and_templates() -> None:
    fresh = runpy.run_path(str(ROOT / "scripts" / "messages.py"))["template"]()
    expected = {(m.context, str(m.id)) for m in fresh if m.id}
    assert expected == catalog_ids(LOCALE / "sitegen.pot"), "run `make messages`"


@pytest.mark.parametrize("po", sorted(LOCALE.glob("*/LC_MESSAGES/sitegen.po")), ids=str)
def test_every_message_is_translated(po: Path) -> None:
    with po.open("rb") as file:
        catalog = read_po(file)
    untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    assert {(m.context, str(m.id)) for m in catalog if m.id} == catalog_ids(LOCALE / "sitegen.pot")
