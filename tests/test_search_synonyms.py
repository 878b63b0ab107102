"""sitegen.search.synonyms: groups of words and phrases that mean the same, as index keys."""

from __future__ import annotations

import pytest

from sitegen.search import synonyms, terms

INDONESIAN = terms.key_finder("id")


def keys(text: str) -> list[str]:
    return [INDONESIAN(word) for word in terms.words(text)]


def test_the_single_words_of_a_group_count_for_it_and_are_each_written_with_all_it_found() -> None:
    found = synonyms.thesaurus([["TKI", "PMI", "pekerja migran"]], INDONESIAN)
    assert found.key("pmi") == found.key("tki") == "tki"
    assert found.written_as("tki") == ("tki", "pmi")  # no extra piece to fetch for "pmi"
    assert found.key("kerja") == "kerja"  # a phrase's words keep their own keys
    assert found.written_as("kerja") == ("kerja",)


def test_a_member_stands_for_every_form_of_its_root() -> None:
    found = synonyms.thesaurus([["scam", "penipuan"]], INDONESIAN)
    assert found.key(INDONESIAN("menipu")) == found.key(INDONESIAN("penipuan")) == "scam"
    assert found.written_as("scam") == ("scam", "tipu")
    assert found.words["penipuan"] == "tipu"


def test_phrases_are_found_where_their_words_stand_in_a_row() -> None:
    found = synonyms.thesaurus(
        [["ilegal", "tidak resmi"], ["KDRT", "kekerasan dalam rumah tangga"]], INDONESIAN
    )
    text = keys("berangkat secara tidak resmi, lalu kekerasan dalam rumah tangga; tidak dan resmi")
    spans = list(found.spans(text))
    assert [(text[start:end], group) for start, end, group in spans] == [
        (["tidak", "resmi"], "ilegal"),
        (["keras", "dalam", "rumah", "tangga"], "kdrt"),
    ]


def test_the_longest_phrase_wins_where_several_begin() -> None:
    found = synonyms.thesaurus(
        [["PMI", "pekerja migran indonesia"], ["pekerja migran", "buruh migran"]], INDONESIAN
    )
    text = keys("pekerja migran indonesia dan pekerja migran")
    groups = [group for _, _, group in found.spans(text)]
    assert groups == ["pmi", "kerja migran"]  # a group of phrases only: its first, as keys


def test_a_group_of_phrases_only_is_filed_under_a_key_no_word_has() -> None:
    found = synonyms.thesaurus([["lowongan kerja", "tawaran kerja"]], INDONESIAN)
    (phrase,) = found.phrases["lowong"]
    assert phrase == (("kerja",), "lowong kerja")


def test_the_words_of_every_member_lead_to_its_key_even_if_no_page_uses_them() -> None:
    found = synonyms.thesaurus([["loker", "lowongan kerja"]], INDONESIAN)
    assert found.words["loker"] == "loker"
    assert found.words["lowongan"] == "lowong"


@pytest.mark.parametrize(
    ("groups", "path", "message"),
    [
        ([["TKI", "PMI"], ["pmi", "buruh"]], (1, 0), "'pmi' is also in the group [TKI, PMI]"),
        ([["penipuan", "scam"], ["tipu", "bohong"]], (1, 0), "'tipu' is also in the group"),
        ([["TKI", "…"]], (0, 1), "'…' has no word to search for"),
    ],
)
def test_a_member_in_two_groups_or_without_a_word_is_named(
    groups: list[list[str]], path: tuple[int, int], message: str
) -> None:
    with pytest.raises(synonyms.SynonymError) as raised:
        synonyms.thesaurus(groups, INDONESIAN)
    assert raised.value.path == path
    assert message in raised.value.message


@pytest.mark.parametrize(
    ("setting", "path", "message"),
    [
        (["TKI", "PMI"], (), "needs a list of groups per language"),
        ({"fr": [["a", "b"]]}, ("fr",), "'fr' is not a language of this site (they are: id, en)"),
        ({"id": "TKI, PMI"}, ("id",), "needs a list of groups"),
        ({"id": [["TKI", "PMI"], "KDRT"]}, ("id", 1), "needs two or more words or phrases"),
        ({"id": [["TKI"]]}, ("id", 0), "needs two or more"),
        ({"en": [["SAPA", 129]]}, ("en", 0, 1), "129 must be text (put a number in quotes)"),
    ],
)
def test_a_setting_of_the_wrong_shape_is_named_where_it_goes_wrong(
    setting: object, path: tuple[str | int, ...], message: str
) -> None:
    with pytest.raises(synonyms.SynonymError) as raised:
        synonyms.read(setting, ["id", "en"])
    assert raised.value.path == path
    assert message in raised.value.message


def test_a_good_setting_gives_each_languages_groups() -> None:
    setting = {"id": [["TKI", "PMI"]], "en": [["scam", "fraud"]]}
    assert synonyms.read(setting, ["id", "en"]) == setting
