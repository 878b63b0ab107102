"""sitegen.search.terms: words of a text, and the key each is filed under."""

from __future__ import annotations

import pytest

from sitegen.search import terms


def test_words_are_lowercased_and_keep_their_hyphens() -> None:
    assert list(terms.words("Anak-anak, Perdagangan (TPPO).")) == [
        "anak-anak",
        "perdagangan",
        "tppo",
    ]


def test_a_number_in_groups_is_one_word_and_each_group() -> None:
    assert list(terms.words("SAPA 129 atau 0811-1129-129.")) == [
        "sapa",
        "129",
        "atau",
        "08111129129",
        "0811",
        "1129",
        "129",
    ]


@pytest.mark.parametrize(
    ("language", "word", "key"),
    [
        ("id", "perdagangan", "dagang"),
        ("id", "penipuan", "tipu"),
        ("id", "anak-anak", "anak"),
        ("id", "tppo", "tppo"),
        ("en", "traffickers", "traffick"),
        ("en", "recruitment", "recruit"),
        ("en", "129", "129"),
        ("xx", "kata", "kata"),
    ],
)
def test_each_word_is_filed_under_its_root_or_stem(language: str, word: str, key: str) -> None:
    assert terms.key_finder(language)(word) == key
