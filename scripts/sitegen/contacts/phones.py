"""Everything about phone numbers, through libphonenumber (`phonenumbers`).

Full numbers are stored in E.164 (`+628111129129`). National short codes that
libphonenumber does not know (129, 148, 1500-630, 0-800-1000) are stored as the digits
readers dial, in groups joined by hyphens, and are only accepted when the data declares
them short codes.

libphonenumber reads letters as keypad digits and skips what it does not understand, so
"76O2" (letter O) would become a different number without a word. Nothing is parsed
before `check_characters` has rejected every character a dialled number cannot hold.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGION = "ID"
_SHORT_CODE = re.compile(r"\d+(?:[-. ]\d+)*", re.ASCII)
_SHORT_CODE_DIGITS = range(3, 9)
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


#: What a written number may hold besides ASCII digits: the separators people type.
ALLOWED_CHARACTERS = frozenset("0123456789 +-().")
#: How an extension is written after a number ("ext. 12", "x12", Indonesian "pes." / "psw.").
_EXTENSION_WORDS = frozenset({"x", "ext", "extn", "extension", "pes", "psw", "pesawat"})
_ONE_NUMBER_PER_VALUE = frozenset("/,;&")
_DIGITS_ONLY = "a phone number is digits only"
_PASTED = " (text copied from a web page often holds these)"


class PhoneError(ValueError):
    """A value that is not a usable number; the message is written for an editor."""


def _named(char: str) -> str:
    """The character in quotes, with its Unicode name unless it is plain ASCII."""
    if char.isascii() and char.isprintable():
        return f'"{char}"'
    return f'"{char}" ({unicodedata.name(char, f"U+{ord(char):04X}")})'


def _letters_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and unicodedata.category(text[end]).startswith("L"):
        end += 1
    return text[start:end]


def _letter_problem(text: str, index: int) -> tuple[str, str]:
    letters = _letters_at(text, index)
    if letters.casefold() in _EXTENSION_WORDS:
        return (
            f'the extension "{text[index:].strip()}"',
            "a number cannot hold an extension (write the number alone and put the "
            "extension in notes)",
        )
    names = [unicodedata.name(letter, "") for letter in letters]
    shown = _named(letters[0]) if len(letters) == 1 else f'"{letters}"'
    what = f"the letter {shown}" if len(letters) == 1 else f"the letters {shown}"
    if all(name.endswith(" LETTER O") for name in names):
        return what, f"{_DIGITS_ONLY} (is it a zero?)"
    if all(name in ("LATIN SMALL LETTER L", "LATIN CAPITAL LETTER I") for name in names):
        return what, f"{_DIGITS_ONLY} (is it a one?)"
    return what, f"{_DIGITS_ONLY} (write the digits; letters are never converted to digits)"


def _character_problem(text: str, index: int) -> tuple[str, str]:
    """(what the character is, what to do) for a character a number cannot hold."""
    char = text[index]
    category = unicodedata.category(char)
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    plain = unicodedata.normalize("NFKC", char)
    if category == "Zs":
        return f"the special space {name}", f"type a plain space instead{_PASTED}"
    if category == "Pd" or char == "\N{MINUS SIGN}":
        return f"the dash {_named(char)}", f'type a plain hyphen "-" instead{_PASTED}'
    if category == "Nd":
        return (
            f"the digit {_named(char)}",
            f'type the plain digit "{unicodedata.decimal(char)}" instead',
        )
    if category.startswith("L"):
        return _letter_problem(text, index)
    if category in ("Cc", "Cf"):
        return f"the invisible character {name}", f"delete it{_PASTED}"
    if plain in ALLOWED_CHARACTERS:
        return _named(char), f'type a plain "{plain}" instead'
    if char in _ONE_NUMBER_PER_VALUE:
        return _named(char), "a value holds one number (give each number its own channel)"
    return _named(char), f"{_DIGITS_ONLY}, with spaces or + - ( ) . between them"


def check_characters(text: str) -> None:
    """PhoneError naming the first character of `text` that a dialled number cannot hold.

    Runs before any parsing: it keeps libphonenumber from turning letters, other
    scripts' digits or pasted punctuation into a number nobody wrote.
    """
    for index, char in enumerate(text):
        if char not in ALLOWED_CHARACTERS:
            what, advice = _character_problem(text, index)
            raise PhoneError(f'"{text}" contains {what} at position {index + 1}; {advice}')


def parse(text: str) -> phonenumbers.PhoneNumber:
    """A full Indonesian number (any common way of writing it), or PhoneError."""
    check_characters(text)
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
    check_characters(text)
    stripped = text.strip()
    digits = re.sub(r"\D", "", stripped, flags=re.ASCII)
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
    return re.sub(r"[^\d+]", "", value, flags=re.ASCII)


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
