"""sitegen.search.numbers: phone numbers also indexed in the form readers type."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from sitegen.search import numbers
from sitegen.search.roots import ROOT_CLOSE, ROOT_OPEN


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


def article(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(f"<article>{html}</article>", "html.parser")
    numbers.add_national_forms(soup.article)
    return soup


def test_an_international_number_gets_its_national_form_after_its_text() -> None:
    soup = article('<a href="https://wa.me/628111129129">WhatsApp +62 811-1129-129</a>')
    assert soup.a.get_text() == f"WhatsApp +62 811-1129-129 {ROOT_OPEN}08111129129{ROOT_CLOSE}"


def test_numbers_already_in_national_form_and_other_links_are_left_alone() -> None:
    html = (
        '<a href="tel:+628111129129">0811-1129-129</a> <a href="tel:129">129</a> '
        '<a href="https://example.org/628111129129">sumber</a>'
    )
    assert str(article(html)) == f"<article>{html}</article>"
