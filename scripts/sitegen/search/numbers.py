"""Phone numbers in the form readers type them.

The English pages write numbers internationally (+62 811-1129-129), but a reader in
Jakarta types them as at home (0811-1129-129). Each phone or WhatsApp link whose text does
not already hold the national form is also indexed under it (see `pages`): the search
finds the number either way, and the snippet shows the text as written.
"""

from __future__ import annotations

import re

import phonenumbers
from bs4 import Tag

REGION = "ID"  # numbers without a country code are Indonesian
PHONE_LINKS = ("tel:", "https://wa.me/")  # how a phone or WhatsApp link starts


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


def missing_national_form(link: Tag) -> str | None:
    """The national form of a phone link's number, if its text lacks it."""
    href = str(link.get("href", ""))
    if not href.startswith(PHONE_LINKS):
        return None
    digits = national_digits(href)
    if digits and digits not in re.sub(r"\D", "", link.get_text()):
        return digits
    return None
