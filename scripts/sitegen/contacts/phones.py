"""Everything about phone numbers, through libphonenumber (`phonenumbers`), for the
numbers of one country (the site's, `SiteFacts.country`).

Full numbers are stored in E.164 (`+628111129129`). National short codes that
libphonenumber does not know (129, 1500-630, 0-800-1000 in Indonesia) are stored as the
digits readers dial, in groups joined by hyphens, and are only accepted when the data
declares them short codes.

libphonenumber reads letters as keypad digits and skips what it does not understand, so
"76O2" (letter O) would become a different number without a word. Nothing is parsed
before `check_characters` has rejected every character a dialled number cannot hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import phonenumbers
from babel import Locale
from babel.languages import get_official_languages
from babel.support import Translations
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from sitegen.contacts.model import Phone, dial_string

__all__ = ["ALLOWED_CHARACTERS", "PhoneError", "Phones", "dial_string", "national_form"]

_SHORT_CODE = re.compile(r"\d+(?:[-. ]\d+)*", re.ASCII)
_SHORT_CODE_DIGITS = range(3, 9)
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}

#: What a written number may hold besides ASCII digits: the separators people type.
ALLOWED_CHARACTERS = frozenset("0123456789 +-().")
#: How an extension is written after a number ("ext. 12", "x12", Indonesian "pes." / "psw.").
_EXTENSION_WORDS = frozenset({"x", "ext", "extn", "extension", "pes", "psw", "pesawat"})
_ONE_NUMBER_PER_VALUE = frozenset("/,;&")


class PhoneError(ValueError):
    """A value that is not a usable number; the message is written for an editor."""


def national_form(language: str, country: str) -> bool:
    """Whether readers of `language` see the country's numbers as dialled at home.

    Readers of a language official in the country (CLDR) are taken to be there; everyone
    else gets the international form, which works from anywhere.
    """
    return language.split("_")[0] in get_official_languages(country, de_facto=True)


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


class Phones:
    """The phone numbers of one country, with messages in the editors' language."""

    def __init__(self, country: str, messages: Translations, language: str) -> None:
        """`language`: the language of `messages`, in which the country is named."""
        self.country = country
        self._: Callable[[str], str] = messages.gettext
        self.country_name = Locale.parse(language).territories.get(country, country)
        #: The calling code ("62"), for examples in messages.
        self.country_code = phonenumbers.country_code_for_region(country)

    # Characters -----------------------------------------------------------------

    def _letter_problem(self, text: str, index: int) -> tuple[str, str]:
        _ = self._
        letters = _letters_at(text, index)
        digits_only = _("a phone number is digits only")
        if letters.casefold() in _EXTENSION_WORDS:
            return (
                _('the extension "{extension}"').format(extension=text[index:].strip()),
                _(
                    "a number cannot hold an extension (write the number alone and put the "
                    "extension in notes)"
                ),
            )
        names = [unicodedata.name(letter, "") for letter in letters]
        if len(letters) == 1:
            what = _("the letter {letter}").format(letter=_named(letters[0]))
        else:
            what = _('the letters "{letters}"').format(letters=letters)
        if all(name.endswith(" LETTER O") for name in names):
            return what, _("{rule} (is it a zero?)").format(rule=digits_only)
        if all(name in ("LATIN SMALL LETTER L", "LATIN CAPITAL LETTER I") for name in names):
            return what, _("{rule} (is it a one?)").format(rule=digits_only)
        return what, _("{rule} (write the digits; letters are never converted to digits)").format(
            rule=digits_only
        )

    def _character_problem(self, text: str, index: int) -> tuple[str, str]:
        """(what the character is, what to do) for a character a number cannot hold."""
        _ = self._
        char = text[index]
        category = unicodedata.category(char)
        name = unicodedata.name(char, f"U+{ord(char):04X}")
        plain = unicodedata.normalize("NFKC", char)
        pasted = _("text copied from a web page often holds these")
        if category == "Zs":
            return (
                _("the special space {name}").format(name=name),
                _("type a plain space instead ({why})").format(why=pasted),
            )
        if category == "Pd" or char == "\N{MINUS SIGN}":
            return (
                _("the dash {dash}").format(dash=_named(char)),
                _('type a plain hyphen "-" instead ({why})').format(why=pasted),
            )
        if category == "Nd":
            return (
                _("the digit {digit}").format(digit=_named(char)),
                _('type the plain digit "{digit}" instead').format(digit=unicodedata.decimal(char)),
            )
        if category.startswith("L"):
            return self._letter_problem(text, index)
        if category in ("Cc", "Cf"):
            return (
                _("the invisible character {name}").format(name=name),
                _("delete it ({why})").format(why=pasted),
            )
        if plain in ALLOWED_CHARACTERS:
            return _named(char), _('type a plain "{char}" instead').format(char=plain)
        if char in _ONE_NUMBER_PER_VALUE:
            return _named(char), _("a value holds one number (give each number its own channel)")
        return _named(char), _(
            "a phone number is digits only, with spaces or + - ( ) . between them"
        )

    def check_characters(self, text: str) -> None:
        """PhoneError naming the first character of `text` that a dialled number cannot hold.

        Runs before any parsing: it keeps libphonenumber from turning letters, other
        scripts' digits or pasted punctuation into a number nobody wrote.
        """
        for index, char in enumerate(text):
            if char not in ALLOWED_CHARACTERS:
                what, advice = self._character_problem(text, index)
                raise PhoneError(
                    self._('"{value}" contains {what} at position {position}; {advice}').format(
                        value=text, what=what, position=index + 1, advice=advice
                    )
                )

    # Numbers --------------------------------------------------------------------

    def parse(self, text: str) -> phonenumbers.PhoneNumber:
        """A full number of the country (any common way of writing it), or PhoneError."""
        self.check_characters(text)
        try:
            number = phonenumbers.parse(text, self.country)
        except phonenumbers.NumberParseException:
            number = None
        if (
            number is None
            or not phonenumbers.is_valid_number(number)
            or phonenumbers.region_code_for_number(number) != self.country
        ):
            raise PhoneError(
                self._(
                    '"{value}" is not a valid phone number of {country} (if it is a national '
                    "short code, add short_code: true)"
                ).format(value=text, country=self.country_name)
            )
        return number

    def short_code(self, text: str) -> str:
        """The canonical form of a declared short code (`1500 630` → `1500-630`), or
        PhoneError."""
        self.check_characters(text)
        stripped = text.strip()
        digits = re.sub(r"\D", "", stripped, flags=re.ASCII)
        if not _SHORT_CODE.fullmatch(stripped) or len(digits) not in _SHORT_CODE_DIGITS:
            raise PhoneError(
                self._(
                    '"{value}" is not a short code: use 3 to 8 digits, optionally grouped with '
                    'hyphens, like "112"'
                ).format(value=text)
            )
        return re.sub(r"[-. ]", "-", stripped)

    def phone(self, text: str, declared_short_code: bool) -> tuple[Phone, bool]:
        """(the number, whether it is a mobile number), or PhoneError."""
        if declared_short_code:
            return Phone(self.short_code(text)), False
        number = self.parse(text)
        stored = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return Phone(stored, number), phonenumbers.number_type(number) in _MOBILE_TYPES

    def normalize(self, text: str, declared_short_code: bool) -> str:
        """The stored form of a number: E.164, or the short code's canonical form."""
        return self.phone(text, declared_short_code)[0].value

    def find_numbers(self, text: str) -> list[tuple[int, str]]:
        """Every full phone number written in `text`: (offset, text as written)."""
        return [
            (match.start, match.raw_string)
            for match in phonenumbers.PhoneNumberMatcher(text, self.country)
        ]
