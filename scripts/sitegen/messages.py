"""Message catalogs: every word the generator shows a reader or an editor.

Code and templates write their messages in English (the gettext msgids); each language
has a catalog, `sitegen/locale/LANG/LC_MESSAGES/sitegen.po`, kept with Babel's
`pybabel extract/update` (`make messages`) and compiled to `.mo` by `make catalogs`.
A site may bring catalogs of its own, for a language the package does not ship or for
other words, in a folder of `.po` files with the same layout (the site plugin's
`locale_dir`); those are compiled in memory when the build starts, so editors of a site
never run a compiler.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

DOMAIN = "sitegen"
#: The language the msgids are written in: it needs no catalog.
SOURCE_LANGUAGE = "en"
PACKAGE_LOCALE_DIR = Path(__file__).with_name("locale")


class CatalogError(Exception):
    """A language has no catalog, or the package's catalog was not compiled."""


def N_(message: str) -> str:
    """Mark a message for the catalogs where it is defined; translate it where shown."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:
    """N_ for a message with a context: shown later with `pgettext(*marked)`."""
    return context, message


def _catalog_paths(directory: Path, language: str) -> tuple[Path, Path]:
    po = directory / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    return po, po.with_suffix(".mo")


def _package_catalog(language: str) -> Translations | None:
    po, mo = _catalog_paths(PACKAGE_LOCALE_DIR, language)
    if not po.is_file():
        return None
    if not mo.is_file() or mo.stat().st_mtime < po.stat().st_mtime:
        raise CatalogError(
            f"{po}: the '{language}' message catalog is not compiled: run `make catalogs`"
        )
    with mo.open("rb") as file:
        return Translations(file, domain=DOMAIN)


def _site_catalog(directory: Path, language: str) -> Translations | None:
    po, _ = _catalog_paths(directory, language)
    if not po.is_file():
        return None
    with po.open("rb") as file:
        catalog = read_po(file, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


@cache
def _translations(
    language: str, site_dirs: tuple[Path, ...], _versions: tuple[float, ...]
) -> Translations:
    found = [_package_catalog(language), *(_site_catalog(d, language) for d in site_dirs)]
    catalogs = [catalog for catalog in found if catalog is not None]
    if not catalogs and language != SOURCE_LANGUAGE:
        places = ", ".join(str(d) for d in (PACKAGE_LOCALE_DIR, *site_dirs))
        raise CatalogError(
            f"no message catalog for language '{language}': add "
            f"{language}/LC_MESSAGES/{DOMAIN}.po to the site's locale_dir (looked in {places})"
        )
    result = Translations(domain=DOMAIN)
    for catalog in catalogs:  # later ones (the site's) win
        result.merge(catalog)
    if catalogs:
        # merge() takes the messages only; ngettext needs the language's plural rule.
        result.plural = catalogs[0].plural
    return result


def translations(language: str, site_dirs: Sequence[Path] = ()) -> Translations:
    """The messages of `language`: the package's catalog, then the site's on top."""
    directories = (PACKAGE_LOCALE_DIR, *(Path(d) for d in site_dirs))
    # `mkdocs serve` asks again on every rebuild: an edited catalog is read again.
    versions = tuple(_modified(path) for d in directories for path in _catalog_paths(d, language))
    return _translations(language, directories[1:], versions)


def _modified(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0
