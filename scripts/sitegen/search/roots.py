"""Root words for the search index, so that a root word finds its affixed forms.

Sastrawi, a dictionary-based Indonesian stemmer, undoes the affixes and the nasal sound
changes of the meN-/peN- prefixes (penipuan -> tipu, menerima -> terima, memeriksa ->
periksa), which rule-based stemmers miss. The index files every Indonesian word under its
root (see `terms`), so the reader's browser needs no stemmer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

RootFinder = Callable[[str], str]


@cache
def _indonesian() -> RootFinder:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().stem


def root_finder(language: str) -> RootFinder | None:
    """The root finder for `language` (an ISO 639-1 code), if this site has one."""
    if language.split("-")[0].lower() == "id":
        return _indonesian()
    return None
