"""The PDF cache: keyed by every input, written atomically."""

from __future__ import annotations

import os
import time
from pathlib import Path

from sitegen.leaflets.cache import PdfCache, input_hash


def test_hash_changes_with_any_part_and_with_how_parts_are_split() -> None:
    base = input_hash("<html>", "css", "70.0")
    assert input_hash("<html>", "css", "70.0") == base
    assert input_hash("<html>", "css", "71.0") != base
    assert input_hash("<html>", "css!", "70.0") != base
    assert input_hash("ab", "c") != input_hash("a", "bc")


def test_miss_then_hit(tmp_path: Path) -> None:
    cache = PdfCache(tmp_path / "cache")
    assert cache.get("k") is None
    cache.put("k", b"%PDF-1.7 one")
    assert cache.get("k") == b"%PDF-1.7 one"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["k.pdf"]


def test_a_hit_marks_the_pdf_as_used_and_prune_removes_only_long_unused_ones(
    tmp_path: Path,
) -> None:
    cache = PdfCache(tmp_path)
    month_ago = time.time() - 31 * 86400
    for key in ("used", "unused"):
        cache.put(key, b"%PDF")
        os.utime(tmp_path / f"{key}.pdf", (month_ago, month_ago))
    assert cache.get("used") == b"%PDF"
    assert cache.prune(keep_days=30) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["used.pdf"]
