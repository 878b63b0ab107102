#!/usr/bin/env python3
"""Refresh the generator's message catalogs after messages changed in code or templates.

  python scripts/messages.py

Extracts every message of scripts/sitegen (its Python code and theme templates) into
scripts/sitegen/locale/sitegen.pot, and brings each language's
sitegen.po in step with it: new messages are added untranslated, gone ones removed,
translations kept. Headers carry no dates, so a run that changes no message changes no
file. `make catalogs` compiles the result.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "scripts" / "sitegen"
LOCALE = PACKAGE / "locale"
METHODS = [("**/theme/**.html", "jinja2"), ("**/theme/**.md", "jinja2"), ("**.py", "python")]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "npgettext": ((1, "c"), 2, 3), "N_": None, "NP_": ((1, "c"), 2)}  # fmt: skip


def template() -> Catalog:
    """Every message the code and templates use, as a catalog without translations."""
    catalog = Catalog(project="sitegen", fuzzy=False, header_comment=HEADER)
    for _, _, message, comments, context in extract_from_dir(
        PACKAGE, METHODS, keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        catalog.add(message, None, [], auto_comments=comments, context=context)
    return catalog


HEADER = "# Messages of the sitegen generator: the template every language catalog follows."


def written(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True, omit_header=False)
    text = out.getvalue().decode("utf-8")
    keep = [line for line in text.splitlines(keepends=True) if not _noise(line)]
    return "".join(keep).encode("utf-8")


# Dates change on every run and the rest are Babel's placeholders: neither says anything.
_NOISE = ("POT-Creation-Date", "PO-Revision-Date", "Generated-By", "Report-Msgid-Bugs-To",
          "Last-Translator", "Language-Team")  # fmt: skip


def _noise(line: str) -> bool:
    return line.startswith(tuple(f'"{name}:' for name in _NOISE))


def write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    pot = template()
    write_if_changed(LOCALE / "sitegen.pot", written(pot))
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/sitegen.po")):
        with po_path.open("rb") as file:
            catalog = read_po(file)
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        write_if_changed(po_path, written(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main())
