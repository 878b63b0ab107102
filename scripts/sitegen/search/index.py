"""Write the search index of a built site: one per language, in small files under
`SITE/search/LANGUAGE/`, fetched by the reader's browser only when they search.

- `pages.json`: each page's URL (from the site's root) and title;
- `t/SHARD.json`: the words that begin with SHARD (their first two characters): for a
  word filed under another key (perdagangan under dagang), `w` gives that key; for each
  key, `k` gives its forms in the text (to highlight them) and its pages with a score;
- `p/N.json`: the sections of page N (anchor, title, text, and the national form of
  its phone numbers if written otherwise), for choosing sections and snippets.

Keep the format in step with overrides/assets/javascripts/search.js.
"""

from __future__ import annotations

import functools
import json
import math
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from sitegen.search import pages, terms

OUTPUT_DIR = "search"
SHARD_LENGTH = 2
SAFE_SHARD = re.compile(r"[a-z0-9]+")


def shard_name(word: str) -> str:
    """The file of the shard that holds `word`: its first characters, hex-coded unless
    plain ASCII (as `shard` in search.js does)."""
    prefix = word[:SHARD_LENGTH]
    return prefix if SAFE_SHARD.fullmatch(prefix) else "x" + prefix.encode("utf-8").hex()


def build_index(
    site_dir: Path, options: pages.Options = pages.DEFAULT, output_dir: str = OUTPUT_DIR
) -> Counter[str]:
    """Index `site_dir` afresh into `site_dir/output_dir`; return pages indexed per language."""
    output = site_dir / output_dir
    shutil.rmtree(output, ignore_errors=True)  # pages or words an earlier build had
    by_language: dict[str, list[pages.Page]] = defaultdict(list)
    for page in pages.pages(site_dir, options):
        by_language[page.language].append(page)
    for language, found in by_language.items():
        write_language(output / language, found, terms.key_finder(language))
    return Counter({language: len(found) for language, found in by_language.items()})


def write_language(folder: Path, found: list[pages.Page], key_of: terms.KeyFinder) -> None:
    """Write the index files of one language's pages into `folder`."""
    key_of = functools.cache(key_of)  # the same words come back on every page
    in_headings: dict[str, Counter[int]] = defaultdict(Counter)  # key -> page -> weights
    in_text: dict[str, Counter[int]] = defaultdict(Counter)  # key -> page -> times
    forms: dict[str, set[str]] = defaultdict(set)  # key -> words filed under it
    lengths: Counter[int] = Counter()  # page -> words in its text
    for number, page in enumerate(found):
        for weight, text in _weighted_texts(page):
            for word in terms.words(text):
                key = key_of(word)
                if weight == pages.TEXT_WEIGHT:
                    in_text[key][number] += 1
                    lengths[number] += 1
                else:
                    in_headings[key][number] += weight
                forms[key].add(word)
    average = max(1.0, sum(lengths.values()) / max(1, len(found)))
    shards: dict[str, dict[str, dict]] = defaultdict(lambda: {"w": {}, "k": {}})
    for key in forms:
        on_pages = sorted(set(in_headings[key]) | set(in_text[key]))
        postings = [
            value
            for page in on_pages
            for value in (
                page,
                score(in_headings[key][page], in_text[key][page], lengths[page] / average),
            )
        ]
        shards[shard_name(key)]["k"][key] = [sorted(forms[key]), postings]
        for word in forms[key] - {key}:
            shards[shard_name(word)]["w"][word] = key
    _write(folder / "pages.json", [[page.url, page.title] for page in found])
    for name, shard in shards.items():
        _write(folder / "t" / f"{name}.json", shard)
    for number, page in enumerate(found):
        _write(folder / "p" / f"{number}.json", [_fragment(s) for s in page.sections])


# Okapi BM25's constants for the text: how soon repeating a word stops adding to the score,
# and how much a long page's length discounts it.
K1 = 1.2
B = 0.75
TEXT_SCALE = 4  # the most the text can give, about a title's weight (TITLE_WEIGHT)


def score(heading_weights: int, times_in_text: int, relative_length: float = 1.0) -> int:
    """How well a page matches a word: the weights of the headings that hold it, plus its
    count in the text with diminishing returns and discounted on long pages (BM25), so
    that a long list of sources that names a word thirty times does not outrank the page
    with it in its title."""
    damping = K1 * (1 - B + B * relative_length)
    in_text = times_in_text * (K1 + 1) / (times_in_text + damping)
    return heading_weights + math.ceil(TEXT_SCALE * in_text)


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
