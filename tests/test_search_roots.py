"""sitegen.search.roots: the Indonesian root of an affixed word."""

from __future__ import annotations

import pytest

from sitegen.search import roots

INDONESIAN = roots.root_finder("id")


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("perdagangan", "dagang"),
        ("perlindungan", "lindung"),
        ("penipuan", "tipu"),  # peN- + t: the nasal change rule-based stemmers miss
        ("menerima", "terima"),
        ("memeriksa", "periksa"),
        ("diperdagangkan", "dagang"),
    ],
)
def test_an_affixed_word_has_its_root(word: str, root: str) -> None:
    assert INDONESIAN is not None
    assert INDONESIAN(word) == root


def test_root_words_are_their_own_root() -> None:
    assert INDONESIAN is not None
    assert [INDONESIAN(word) for word in ("orang", "kerja", "dagang")] == [
        "orang",
        "kerja",
        "dagang",
    ]


@pytest.mark.parametrize("language", ["id", "id-ID", "ID"])
def test_indonesian_in_any_spelling_has_a_root_finder(language: str) -> None:
    assert roots.root_finder(language) is INDONESIAN


@pytest.mark.parametrize("language", ["en", "", "ms"])
def test_other_languages_have_none(language: str) -> None:
    assert roots.root_finder(language) is None
