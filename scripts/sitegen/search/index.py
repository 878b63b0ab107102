"""Write the search index of a built site: one per language, in small files under
`SITE/search/LANGUAGE/`, fetched by the reader's browser only when they search.

- `pages.json`: each page's URL (from the site's root) and title;
- `t/SHARD.json`: the words that begin with SHARD (their first two characters): for a
  word filed under another key (perdagangan under dagang), `w` gives that key; for each
  key, `k` gives its forms in the text (to highlight them) and its pages with a score,
  for a key of a group of synonyms those of the whole group (phrases with spaces); for
  a key that begins a phrase of synonyms, `p` gives the keys that follow it and, last,
  the group's key;
- `l/LENGTH.json`: every word of that many letters (four or more) with the number of
  pages its key is on, for the browser to find the word one edit away from a typo;
- `p/N.json`: the sections of page N (anchor, title, text, and the national form of
  its phone numbers if written otherwise), for choosing sections and snippets.

Keep the format in step with overrides/assets/javascripts/search.js.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from sitegen.search import pages, synonyms, terms

OUTPUT_DIR = "search"
SHARD_LENGTH = 2
SAFE_SHARD = re.compile(r"[a-z0-9]+")
# Typo tolerance is for words of five letters or more; one edit away may be one shorter.
SHORTEST_CORRECTION = 4


def shard_name(word: str) -> str:
    """The file of the shard that holds `word`: its first characters, hex-coded unless
    plain ASCII (as `shard` in search.js does)."""
    prefix = word[:SHARD_LENGTH]
    return prefix if SAFE_SHARD.fullmatch(prefix) else "x" + prefix.encode("utf-8").hex()


def build_index(
    site_dir: Path,
    options: pages.Options = pages.DEFAULT,
    thesauri: Mapping[str, synonyms.Thesaurus] | None = None,
    output_dir: str = OUTPUT_DIR,
) -> Counter[str]:
    """Index `site_dir` afresh into `site_dir/output_dir`, with the synonyms of each
    language in `thesauri`; return the pages indexed per language."""
    output = site_dir / output_dir
    shutil.rmtree(output, ignore_errors=True)  # pages or words an earlier build had
    by_language: dict[str, list[pages.Page]] = defaultdict(list)
    for page in pages.pages(site_dir, options):
        by_language[page.language].append(page)
    for language, found in by_language.items():
        thesaurus = (thesauri or {}).get(language, synonyms.EMPTY)
        write_language(output / language, found, terms.key_finder(language), thesaurus)
    return Counter({language: len(found) for language, found in by_language.items()})


def write_language(
    folder: Path,
    found: list[pages.Page],
    key_finder: terms.KeyFinder,
    thesaurus: synonyms.Thesaurus = synonyms.EMPTY,
) -> None:
    """Write the index files of one language's pages into `folder`."""
    key_of = functools.cache(key_finder)  # the same words come back on every page
    in_headings: dict[str, Counter[int]] = defaultdict(Counter)  # key -> page -> weight
    in_text: dict[str, Counter[int]] = defaultdict(Counter)  # key -> page -> times
    forms: dict[str, set[str]] = defaultdict(set)  # key -> words (and phrases) filed under it
    lengths: Counter[int] = Counter()  # page -> words in its text
    for number, page in enumerate(found):
        for weight, text in _weighted_texts(page):
            words = list(terms.words(text))
            keys = [key_of(word) for word in words]
            if weight == pages.TEXT_WEIGHT:
                lengths[number] += len(words)
            # What each word counts for (itself, or its group), and each phrase of a group.
            found_here = [(thesaurus.key(key), word) for word, key in zip(words, keys, strict=True)]
            found_here += [
                (group, " ".join(words[start:end])) for start, end, group in thesaurus.spans(keys)
            ]
            for key, form in found_here:
                forms[key].add(form)
                if weight == pages.TEXT_WEIGHT:
                    in_text[key][number] += 1
                else:  # the strongest heading counts, not how many headings repeat it
                    in_headings[key][number] = max(in_headings[key][number], weight)
    average = max(1.0, sum(lengths.values()) / max(1, len(found)))
    shards: dict[str, dict[str, dict]] = defaultdict(lambda: {"w": {}, "k": {}})
    on_pages_of: dict[str, int] = {}  # key -> the number of pages it is on
    for counted in forms:
        on_pages = sorted(set(in_headings[counted]) | set(in_text[counted]))
        postings = [
            value
            for page in on_pages
            for value in (
                page,
                score(in_headings[counted][page], in_text[counted][page], lengths[page] / average),
            )
        ]
        for key in thesaurus.written_as(counted):
            on_pages_of[key] = len(on_pages)
            shards[shard_name(key)]["k"][key] = [sorted(forms[counted]), postings]
        for word in forms[counted]:
            if " " not in word and key_of(word) != word:
                shards[shard_name(word)]["w"][word] = key_of(word)
    # A synonym the pages never use ("loker") still leads to its key.
    for word, key in thesaurus.words.items():
        if word != key:
            shards[shard_name(word)]["w"].setdefault(word, key)
    for first, phrases in thesaurus.phrases.items():
        shards[shard_name(first)].setdefault("p", {})[first] = [
            [*rest, group] for rest, group in phrases
        ]
    _write(folder / "pages.json", [[page.url, page.title] for page in found])
    for name, shard in shards.items():
        _write(folder / "t" / f"{name}.json", shard)
    for length, words in _words_by_length(forms, on_pages_of, thesaurus).items():
        _write(folder / "l" / f"{length}.json", words)
    for number, page in enumerate(found):
        _write(folder / "p" / f"{number}.json", [_fragment(s) for s in page.sections])


def _words_by_length(
    forms: Mapping[str, set[str]], on_pages: Mapping[str, int], thesaurus: synonyms.Thesaurus
) -> dict[int, dict[str, int]]:
    """Every word a reader may have meant, as written on the pages or in the synonyms
    (four letters or more, no digits; never a bare stem such as "traffick"), by its length,
    with the number of pages it finds: the candidates for a typo."""
    found = {form: on_pages[counted] for counted in forms for form in forms[counted]}
    found |= {word: on_pages.get(key, 0) for word, key in thesaurus.words.items()}
    by_length: dict[int, dict[str, int]] = defaultdict(dict)
    for word, pages_found in sorted(found.items()):
        if len(word) >= SHORTEST_CORRECTION and word.isalpha() and pages_found:
            by_length[len(word)][word] = pages_found
    return dict(sorted(by_length.items()))


# Okapi BM25's constants for the text: how soon repeating a word stops adding to the score,
# and how much a long page's length discounts it.
K1 = 1.2
B = 0.75
TEXT_SCALE = 3  # the text gives at most TEXT_SCALE * (K1 + 1), a little under a title
SCORE_UNIT = 10  # scores are written in tenths: whole numbers, yet few ties


def score(heading_weight: int, times_in_text: int, relative_length: float = 1.0) -> int:
    """How well a page matches a word, in tenths: the weight of the strongest heading that
    holds it, plus its count in the text with diminishing returns and discounted on long
    pages (BM25), so that a long list that names a word thirty times does not outrank the
    page with it in its title."""
    damping = K1 * (1 - B + B * relative_length)
    in_text = times_in_text * (K1 + 1) / (times_in_text + damping)
    return round(SCORE_UNIT * (heading_weight + TEXT_SCALE * in_text))


def _weighted_texts(page: pages.Page) -> Iterable[tuple[int, str]]:
    for section in page.sections:
        yield section.title_weight, section.title
        yield pages.TEXT_WEIGHT, section.text
        yield from ((pages.TEXT_WEIGHT, digits) for digits in section.numbers)


def _fragment(section: pages.Section) -> list[str]:
    """A section for the snippets: anchor, title, text, and any numbers it is found by."""
    fragment = [section.anchor, section.title, section.text]
    return [*fragment, " ".join(section.numbers)] if section.numbers else fragment


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
