"""Words as the index files them: a text's words, and the key each is filed under.

A word is letters, possibly joined by hyphens (anak-anak), or a number, possibly in
groups (0811-1129-129, filed as 08111129129 and under each group). Keep TOKEN in step with
TOKEN in overrides/assets/javascripts/search.js. Each word is filed under its root
(Indonesian, Sastrawi: see `roots`) or its stem (other languages Snowball knows), so
that every form of a word finds the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

import snowballstemmer

from sitegen.search import roots

TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[-.]\d+)*")
NUMBER_SEPARATORS = re.compile(r"[-.]")

KeyFinder = Callable[[str], str]


def words(text: str) -> Iterator[str]:
    """The words of `text`, lowercased; a number in groups also gives each group."""
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        if word[0].isdigit():
            groups = NUMBER_SEPARATORS.split(word)
            yield "".join(groups)
            if len(groups) > 1:
                yield from groups
        else:
            yield word


@cache
def key_finder(language: str) -> KeyFinder:
    """The function giving a word's key in `language`: its root, its stem, or itself."""
    find_root = roots.root_finder(language)
    if find_root is not None:
        return lambda word: find_root(word) or word
    name = _SNOWBALL.get(language.split("-")[0].lower())
    if name is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(name)
    return lambda word: word if word[0].isdigit() else stemmer.stemWord(word)


_SNOWBALL = {"en": "english", "fr": "french", "de": "german", "es": "spanish", "nl": "dutch"}
