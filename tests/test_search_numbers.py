"""sitegen.search.numbers: phone numbers also indexed in the form readers type."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from sitegen.search import numbers


@pytest.mark.parametrize(
    ("href", "digits"),
    [
        ("tel:+628111129129", "08111129129"),
        ("https://wa.me/628111129129", "08111129129"),
        ("tel:+62213903963", "0213903963"),
        ("tel:129", "129"),
        ("tel:not-a-number", None),
    ],
)
def test_national_digits_of_a_link(href: str, digits: str | None) -> None:
    assert numbers.national_digits(href) == digits


def link(html: str) -> Tag:
    return BeautifulSoup(html, "html.parser").a


def test_an_international_number_lacks_its_national_form() -> None:
    found = link('<a href="https://wa.me/628111129129">WhatsApp +62 811-1129-129</a>')
    assert numbers.missing_national_form(found) == "08111129129"


@pytest.mark.parametrize(
    "html",
    [
        '<a href="tel:+628111129129">0811-1129-129</a>',
        '<a href="tel:129">129</a>',
        '<a href="https://example.org/628111129129">sumber</a>',
    ],
)
def test_numbers_already_in_national_form_and_other_links_need_nothing(html: str) -> None:
    assert numbers.missing_national_form(link(html)) is None
