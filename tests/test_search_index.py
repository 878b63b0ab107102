"""sitegen.search.index: one small index per language, in shards by the words' start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitegen.search import index, pages, synonyms, terms


def write_page(site: Path, path: str, lang: str, title: str, text: str) -> None:
    file = site / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f'<article class="md-content__inner"><h1 id="top">{title}</h1><p>{text}</p>'
        f'<h2 id="hubungi">Hubungi</h2><p><a href="tel:+628111129129">+62 811-1129-129</a></p>'
        "</article></body></html>",
        "utf-8",
    )


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    write_page(tmp_path, "index.html", "id", "Waspada penipuan", "Perdagangan orang.")
    write_page(tmp_path, "bantuan/index.html", "id", "Cari bantuan", "Dagang dan tipu.")
    write_page(tmp_path, "en/index.html", "en", "Beware of scams", "Trafficking victims.")
    return tmp_path


def read(site: Path, path: str) -> object:
    return json.loads((site / "search" / path).read_text("utf-8"))


def lookup(site: Path, language: str, word: str) -> tuple[list[str], dict[str, int]]:
    """What search.js finds for `word`: the forms of its key, and its pages with scores."""
    key = read(site, f"{language}/t/{index.shard_name(word)}.json")["w"].get(word, word)
    forms, postings = read(site, f"{language}/t/{index.shard_name(key)}.json")["k"][key]
    pages = read(site, f"{language}/pages.json")
    return forms, {
        pages[p][0]: score for p, score in zip(postings[::2], postings[1::2], strict=True)
    }


def test_each_language_gets_its_own_index(small_site: Path) -> None:
    assert index.build_index(small_site) == {"id": 2, "en": 1}
    assert read(small_site, "id/pages.json") == [
        ["bantuan/", "Cari bantuan"],
        ["", "Waspada penipuan"],
    ]
    assert read(small_site, "en/pages.json") == [["en/", "Beware of scams"]]


def test_affixed_words_are_filed_under_their_root_with_every_form(small_site: Path) -> None:
    index.build_index(small_site)
    forms, found = lookup(small_site, "id", "perdagangan")
    assert forms == ["dagang", "perdagangan"]
    assert set(found) == {"bantuan/", ""}
    forms, found = lookup(small_site, "id", "tipu")
    assert forms == ["penipuan", "tipu"]
    assert found[""] > found["bantuan/"] > 0  # in the title of one, the text of the other


def test_english_words_are_filed_under_their_stem(small_site: Path) -> None:
    index.build_index(small_site)
    for word in ("trafficking", "traffick"):
        forms, found = lookup(small_site, "en", word)
        assert forms == ["trafficking"] and set(found) == {"en/"}
    assert lookup(small_site, "en", "victim")[0] == ["victims"]


def test_a_phone_number_is_found_as_written_and_in_its_national_form(small_site: Path) -> None:
    index.build_index(small_site)
    for number in ("08111129129", "8111129129", "1129"):
        assert set(lookup(small_site, "en", number)[1]) == {"en/"}, number


def test_each_page_keeps_its_sections_for_the_snippets(small_site: Path) -> None:
    index.build_index(small_site)
    assert read(small_site, "id/p/1.json") == [
        ["top", "Waspada penipuan", "Perdagangan orang."],
        ["hubungi", "Hubungi", "+62 811-1129-129", "08111129129"],
    ]


def test_files_of_an_earlier_index_are_removed(small_site: Path) -> None:
    stale = small_site / "search" / "id" / "t" / "zz.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}")
    index.build_index(small_site)
    assert not stale.exists()
    assert (small_site / "search" / "id" / "t" / "pe.json").is_file()


@pytest.mark.parametrize(
    ("word", "name"), [("perdagangan", "pe"), ("a", "a"), ("129", "12"), ("çerai", "xc3a765")]
)
def test_shard_names_are_the_start_of_the_word_safe_for_a_file_name(word: str, name: str) -> None:
    assert index.shard_name(word) == name


def test_a_word_in_a_title_outweighs_the_same_word_repeated_in_the_text() -> None:
    assert 0 < index.score(0, 1) < index.score(0, 3) < index.score(0, 30)
    assert index.score(0, 30) < index.score(pages.TITLE_WEIGHT, 3)


def test_the_text_of_a_long_page_counts_less() -> None:
    assert index.score(0, 5, relative_length=4.0) < index.score(0, 5, relative_length=1.0)


def test_synonyms_find_each_other_and_phrases_count_for_their_group(tmp_path: Path) -> None:
    write_page(tmp_path, "a/index.html", "id", "Pekerja migran", "Berangkat tidak resmi.")
    write_page(tmp_path, "b/index.html", "id", "Calon PMI", "Jalur ilegal.")
    write_page(tmp_path, "c/index.html", "id", "Tidak", "Resmi atau tidak, bukan soal.")
    groups = [["TKI", "PMI", "pekerja migran"], ["ilegal", "tidak resmi"]]
    thesaurus = synonyms.thesaurus(groups, terms.key_finder("id"))
    index.build_index(tmp_path, thesauri={"id": thesaurus})
    for word in ("tki", "pmi"):
        forms, found = lookup(tmp_path, "id", word)
        assert set(found) == {"a/", "b/"}, word
        assert forms == ["pekerja migran", "pmi"]  # what the snippets highlight
    forms, found = lookup(tmp_path, "id", "ilegal")
    assert set(found) == {"a/", "b/"}  # not c/: there the words are not in a row
    assert forms == ["ilegal", "tidak resmi"]
    shard = read(tmp_path, f"id/t/{index.shard_name('tidak')}.json")
    assert shard["p"] == {"tidak": [["resmi", "ilegal"]]}  # the browser's way to the group
    # "pmi" is written in its own piece: found with nothing more to fetch than any word.
    assert "pmi" in read(tmp_path, f"id/t/{index.shard_name('pmi')}.json")["k"]


def test_every_word_of_four_letters_or_more_is_listed_by_length_for_typos(
    small_site: Path,
) -> None:
    index.build_index(small_site)
    # With the number of pages of its key: perdagangan (dagang) is on both.
    assert read(small_site, "id/l/11.json") == {"perdagangan": 2}
    assert read(small_site, "id/l/4.json") == {"cari": 1, "tipu": 2}
    assert not (small_site / "search" / "id" / "l" / "3.json").exists()  # "dan"
    # Words as written, never a bare stem ("traffick", "victim") a reader would not type.
    assert read(small_site, "en/l/6.json") == {"beware": 1}  # not "victim"
    assert not (small_site / "search" / "en" / "l" / "8.json").exists()  # not "traffick"


def test_the_strongest_heading_counts_not_how_many_headings_repeat_a_word(tmp_path: Path) -> None:
    cards = "".join(f'<h2 id="c{n}">Pekerja migran {n}</h2><p>Layanan.</p>' for n in range(6))
    write_page(tmp_path, "direktori/index.html", "id", "Direktori", cards)
    write_page(tmp_path, "panduan/index.html", "id", "Pekerja migran", "Panduan.")
    index.build_index(tmp_path)
    _, found = lookup(tmp_path, "id", "migran")
    assert found["panduan/"] > found["direktori/"]
