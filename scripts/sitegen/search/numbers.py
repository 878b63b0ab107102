"""Phone numbers in the form readers type them.

The English pages write numbers internationally (+62 811-1129-129), but a reader in
Jakarta types them as at home (0811-1129-129, which Pagefind reads as 08111129129). In
the copy of a page that Pagefind reads, each phone or WhatsApp link whose text does not
already hold the national form gets it after its text, marked like a root word
(see `roots`): the search finds the number either way and the snippet shows the text.
"""

from __future__ import annotations

import re

import phonenumbers
from bs4 import Tag

from sitegen.search.roots import ROOT_CLOSE, ROOT_OPEN

REGION = "ID"  # numbers without a country code are Indonesian
PHONE_LINKS = 'a[href^="tel:"], a[href^="https://wa.me/"]'


def national_digits(href: str) -> str | None:
    """The national form of the number a tel: or wa.me link calls, digits only."""
    number = href.removeprefix("tel:").removeprefix("https://wa.me/").split("?")[0]
    if href.startswith("https://wa.me/"):
        number = "+" + number
    try:
        parsed = phonenumbers.parse(number, REGION)
    except phonenumbers.NumberParseException:
        return None
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national) or None


def add_national_forms(article: Tag) -> None:
    """After each phone link's text, its national form if the text lacks it."""
    for link in article.select(PHONE_LINKS):
        digits = national_digits(str(link.get("href", "")))
        if digits and digits not in re.sub(r"\D", "", link.get_text()):
            link.append(f" {ROOT_OPEN}{digits}{ROOT_CLOSE}")
