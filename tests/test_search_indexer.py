"""sitegen.search.indexer: Pagefind run over a built site, one index per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.search import indexer


def write_page(site: Path, path: str, lang: str, text: str) -> None:
    file = site / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(
        f'<html lang="{lang}"><head><title>{text}</title></head><body>'
        f'<article class="md-content__inner"><h1>{text}</h1><p>{text}</p></article>'
        "</body></html>",
        "utf-8",
    )


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    write_page(tmp_path, "index.html", "id", "Waspada penipuan kerja")
    write_page(tmp_path, "bantuan/index.html", "id", "Cari bantuan")
    write_page(tmp_path, "en/index.html", "en", "Beware of job scams")
    return tmp_path


def test_each_language_gets_its_own_index(small_site: Path) -> None:
    counts = indexer.build_index(small_site)
    assert counts == {"id": 2, "en": 1}
    output = small_site / "pagefind"
    assert (output / "pagefind.js").is_file()
    for language in ("id", "en"):
        assert len(list(output.glob(f"pagefind.{language}_*.pf_meta"))) == 1
        assert list(output.glob(f"index/{language}_*.pf_index"))


def test_files_of_an_earlier_index_are_removed(small_site: Path) -> None:
    stale = small_site / "pagefind" / "fragment" / "id_old.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    indexer.build_index(small_site)
    assert not stale.exists()
    assert list((small_site / "pagefind" / "fragment").glob("*.pf_fragment"))


def test_a_site_without_pages_fails_with_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(indexer.SearchIndexError) as raised:
        indexer.build_index(tmp_path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("Pagefind could not index the site: ")
    assert "did not contain any html files" in message


def test_a_pagefind_crash_is_reported_by_its_cause(small_site: Path) -> None:
    (small_site / "blocked").write_text("a file where the index folder should go")
    with pytest.raises(indexer.SearchIndexError) as raised:
        indexer.build_index(small_site, output_dir="blocked/pagefind")
    assert "\n" not in str(raised.value)
    assert "panicked" not in str(raised.value)
