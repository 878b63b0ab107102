"""Synonyms: the words and phrases readers type for one thing (TKI, PMI, pekerja migran),
filed by the index under one key, so that each finds the pages that say any other, with
nothing more to download in the browser.

A site lists groups of synonyms per language (`read`). Every member is a word or a phrase,
and is matched by the keys of its words (see `terms`: Indonesian roots, English stems),
so `penipuan` stands for `menipu` too. `Thesaurus` is one language's groups as keys: the
index counts every word of a group, and every place where the words of a phrase stand in
a row (`spans`), for the group as a whole (`key`), and writes what the group found under
the key of each of its words (`members`). A one-word search so fetches exactly the index
pieces it would without synonyms; the browser, meeting a phrase's words in a row in a
query, searches the group's key.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sitegen.search import terms

Path = tuple[str | int, ...]  # where in the setting: (language, group, member)
Gettext = Callable[[str], str]  # translates a message for editors
EXAMPLE = "[TKI, PMI, pekerja migran]"


class SynonymError(ValueError):
    """A synonym setting that cannot be used, at `path` within the setting."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _untranslated(message: str) -> str:
    return message


def read(
    setting: object, languages: Collection[str], _: Gettext = _untranslated
) -> dict[str, list[list[str]]]:
    """The groups of each language: `{language: [[member, ...], ...]}`, checked for shape."""
    if not isinstance(setting, Mapping):
        message = _("needs a list of groups per language, like id: [{example}]")
        raise SynonymError((), message.format(example=EXAMPLE))
    groups: dict[str, list[list[str]]] = {}
    for language, entries in setting.items():
        if language not in languages:
            message = _("'{language}' is not a language of this site (they are: {languages})")
            raise SynonymError(
                (language,), message.format(language=language, languages=", ".join(languages))
            )
        if not isinstance(entries, list):
            message = _("needs a list of groups, like [{example}]")
            raise SynonymError((language,), message.format(example=EXAMPLE))
        for number, group in enumerate(entries):
            if not isinstance(group, list) or len(group) < 2:
                message = _("needs two or more words or phrases that mean the same, like {example}")
                raise SynonymError((language, number), message.format(example=EXAMPLE))
            for place, member in enumerate(group):
                if not isinstance(member, str):
                    message = _("{member} must be text (put a number in quotes)")
                    raise SynonymError(
                        (language, number, place), message.format(member=repr(member))
                    )
        groups[str(language)] = [list(group) for group in entries]
    return groups


Phrase = tuple[tuple[str, ...], str]  # the keys after a phrase's first, the group's key


@dataclass(frozen=True)
class Thesaurus:
    """One language's synonyms, as the keys the index files words under."""

    groups: Mapping[str, str] = field(default_factory=dict)  # a word's key -> its group's
    members: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # group -> its keys
    phrases: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)  # by first key
    words: Mapping[str, str] = field(default_factory=dict)  # members' words -> their keys

    def key(self, key: str) -> str:
        """What a word with this key (its root or stem) counts for: its group, or itself."""
        return self.groups.get(key, key)

    def written_as(self, key: str) -> tuple[str, ...]:
        """The keys under which what `key` (a group's or a word's) found is written: every
        single word of a group (a group of phrases only: its own key)."""
        return self.members.get(key) or (key,)

    def spans(self, keys: Sequence[str]) -> Iterator[tuple[int, int, str]]:
        """Where phrases of the groups stand in `keys`: (start, end, the group's key);
        the longest phrase first where several begin, none overlapping."""
        start = 0
        while start < len(keys):
            for rest, group in self.phrases.get(keys[start], ()):
                end = start + 1 + len(rest)
                if tuple(keys[start + 1 : end]) == rest:
                    yield start, end, group
                    start = end - 1
                    break
            start += 1


EMPTY = Thesaurus()


def thesaurus(
    groups: list[list[str]],
    key_of: terms.KeyFinder,
    _: Gettext = _untranslated,
    where: Path = (),
) -> Thesaurus:
    """One language's groups as keys; a member with no word, or in two groups, is an error
    at (*where, group, member)."""
    keyed = [
        [tuple(key_of(word) for word in terms.words(member)) for member in group]
        for group in groups
    ]
    for number, group in enumerate(keyed):
        for place, keys in enumerate(group):
            if not keys:
                message = _("'{member}' has no word to search for")
                raise SynonymError(
                    (*where, number, place), message.format(member=groups[number][place])
                )
    group_keys = [_group_key(group) for group in keyed]
    single: dict[str, str] = {}
    owner: dict[tuple[str, ...], int] = {}  # a member's keys -> the group it is in
    for number, group in enumerate(keyed):
        for place, keys in enumerate(group):
            other = owner.setdefault(keys, number)
            if other != number:
                message = _(
                    "'{member}' is also in the group [{group}]: a word can mean only one thing here"
                )
                raise SynonymError(
                    (*where, number, place),
                    message.format(member=groups[number][place], group=", ".join(groups[other])),
                )
            if len(keys) == 1:
                single[keys[0]] = group_keys[number]
    members: dict[str, list[str]] = {}
    phrases: dict[str, list[Phrase]] = {}
    words: dict[str, str] = {}
    for number, group in enumerate(keyed):
        for place, keys in enumerate(group):
            if len(keys) == 1:
                listed = members.setdefault(group_keys[number], [])
                if keys[0] not in listed:
                    listed.append(keys[0])
            else:
                phrases.setdefault(keys[0], []).append((keys[1:], group_keys[number]))
            for word, key in zip(terms.words(groups[number][place]), keys, strict=True):
                words[word] = key
    longest_first = {
        first: tuple(sorted(listed, key=lambda phrase: -len(phrase[0])))
        for first, listed in phrases.items()
    }
    return Thesaurus(
        groups=single,
        members={group: tuple(keys) for group, keys in members.items()},
        phrases=longest_first,
        words=words,
    )


def _group_key(group: list[tuple[str, ...]]) -> str:
    """The key a group is filed under: the key of its first single word, else its first
    phrase's keys joined by spaces (never a word's own key, which has no space)."""
    return next((keys[0] for keys in group if len(keys) == 1), " ".join(group[0]))
