"""Root words for the search index, so that a root word finds its affixed forms.

Pagefind stems Indonesian with the Snowball algorithm, which strips most affixes
(perdagangan -> dagang) but not the nasal sound changes of the meN-/peN- prefixes
(penipuan is not found by tipu, menerima not by terima, memeriksa not by periksa).
Sastrawi, a dictionary-based Indonesian stemmer, gets those right. In the copy of each
page that Pagefind reads (never in the published page), every word whose root differs
from the word is followed by its root between marks: "penipuan ⟨tipu⟩". Pagefind then
indexes the root at the word's place, and the search script shows the word instead of
the marked root in result snippets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# Keep in step with ROOT in overrides/assets/javascripts/search.js.
ROOT_OPEN = "\u27e8"  # ⟨
ROOT_CLOSE = "\u27e9"  # ⟩

# A word: letters, possibly joined by hyphens (anak-anak). Digits are left alone.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

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


def annotate(text: str, find_root: RootFinder) -> str:
    """`text` with the root of each affixed word after it, between ROOT_OPEN/ROOT_CLOSE."""

    def with_root(match: re.Match[str]) -> str:
        word = match.group()
        root = find_root(word)
        if not root or root == word.lower():
            return word
        return f"{word} {ROOT_OPEN}{root}{ROOT_CLOSE}"

    return WORD.sub(with_root, text)
