"""sitegen.search.roots: Indonesian root words next to their affixed forms."""

from __future__ import annotations

import pytest

from sitegen.search import roots

INDONESIAN = roots.root_finder("id")


def marked(root: str) -> str:
    return f"{roots.ROOT_OPEN}{root}{roots.ROOT_CLOSE}"


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("perdagangan", "dagang"),
        ("perlindungan", "lindung"),
        ("penipuan", "tipu"),  # peN- + t: the nasal change Pagefind's stemmer misses
        ("menerima", "terima"),
        ("memeriksa", "periksa"),
        ("diperdagangkan", "dagang"),
    ],
)
def test_an_affixed_word_is_followed_by_its_root(word: str, root: str) -> None:
    assert INDONESIAN is not None
    assert roots.annotate(word, INDONESIAN) == f"{word} {marked(root)}"


def test_root_words_numbers_and_acronyms_are_left_alone() -> None:
    assert INDONESIAN is not None
    text = "orang kerja TPPO SAPA 129 atau 0811-1129-129 pada 2025"
    assert roots.annotate(text, INDONESIAN) == text


def test_punctuation_and_capitals_stay_where_they_were() -> None:
    assert INDONESIAN is not None
    assert roots.annotate("(Penipuan, ancaman.)", INDONESIAN) == (
        f"(Penipuan {marked('tipu')}, ancaman {marked('ancam')}.)"
    )


@pytest.mark.parametrize("language", ["id", "id-ID", "ID"])
def test_indonesian_in_any_spelling_has_a_root_finder(language: str) -> None:
    assert roots.root_finder(language) is INDONESIAN


@pytest.mark.parametrize("language", ["en", "", "ms"])
def test_other_languages_have_none(language: str) -> None:
    assert roots.root_finder(language) is None
