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

import json
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
    scores: dict[str, Counter[int]] = defaultdict(Counter)  # key -> page -> score
    forms: dict[str, set[str]] = defaultdict(set)  # key -> words filed under it
    for number, page in enumerate(found):
        for weight, text in _weighted_texts(page):
            for word in terms.words(text):
                key = key_of(word)
                scores[key][number] += weight
                forms[key].add(word)
    shards: dict[str, dict[str, dict]] = defaultdict(lambda: {"w": {}, "k": {}})
    for key, on_pages in scores.items():
        postings = [value for item in sorted(on_pages.items()) for value in item]
        shards[shard_name(key)]["k"][key] = [sorted(forms[key]), postings]
        for word in forms[key] - {key}:
            shards[shard_name(word)]["w"][word] = key
    _write(folder / "pages.json", [[page.url, page.title] for page in found])
    for name, shard in shards.items():
        _write(folder / "t" / f"{name}.json", shard)
    for number, page in enumerate(found):
        _write(folder / "p" / f"{number}.json", [_fragment(s) for s in page.sections])


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
