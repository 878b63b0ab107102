"""Everything about phone numbers, through libphonenumber (`phonenumbers`).

Full numbers are stored in E.164 (`+628111129129`). National short codes that
libphonenumber does not know (129, 148, 1500-630, 0-800-1000) are stored as the digits
readers dial, in groups joined by hyphens, and are only accepted when the data declares
them short codes.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGION = "ID"
_SHORT_CODE = re.compile(r"\d+(?:[-. ]\d+)*")
_SHORT_CODE_DIGITS = range(3, 9)
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


class PhoneError(ValueError):
    """A value that is not a usable number; the message is written for an editor."""


def parse(text: str) -> phonenumbers.PhoneNumber:
    """A full Indonesian number (any common way of writing it), or PhoneError."""
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if (
        number is None
        or not phonenumbers.is_valid_number(number)
        or phonenumbers.region_code_for_number(number) != REGION
    ):
        raise PhoneError(
            f'"{text}" is not a valid Indonesian phone number '
            "(if it is a national short code such as 129, add short_code: true)"
        )
    return number


def is_mobile(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) in _MOBILE_TYPES


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def short_code(text: str) -> str:
    """The canonical form of a declared short code (`1500 630` → `1500-630`), or PhoneError."""
    stripped = text.strip()
    digits = re.sub(r"\D", "", stripped)
    if not _SHORT_CODE.fullmatch(stripped) or len(digits) not in _SHORT_CODE_DIGITS:
        raise PhoneError(
            f'"{text}" is not a short code: use 3 to 8 digits, optionally grouped with '
            'hyphens, like "129" or "1500-630"'
        )
    return re.sub(r"[-. ]", "-", stripped)


def normalize(text: str, declared_short_code: bool) -> str:
    """The stored form of a number: E.164, or the short code's canonical form."""
    return short_code(text) if declared_short_code else e164(parse(text))


def dial_string(value: str) -> str:
    """Only the digits and `+` of a stored value: what a `tel:` link may contain."""
    return re.sub(r"[^\d+]", "", value)


def display(value: str, declared_short_code: bool, locale: str) -> str:
    """How readers see a stored number: national form in Indonesian, international else."""
    if declared_short_code:
        return value
    number = phonenumbers.parse(value, REGION)
    style = PhoneNumberFormat.NATIONAL if locale == "id" else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def find_numbers(text: str) -> list[tuple[int, str]]:
    """Every full phone number written in `text`: (offset, text as written)."""
    return [
        (match.start, match.raw_string) for match in phonenumbers.PhoneNumberMatcher(text, REGION)
    ]
