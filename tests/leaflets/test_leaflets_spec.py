"""A leaflet page's front matter: sizes and services, with errors naming file and line."""

from __future__ import annotations

import pytest
import yaml
from babel.support import Translations

from sitegen import messages
from sitegen.frontmatter import yaml_block
from sitegen.leaflets.spec import read_spec
from sitegen.problems import ProblemError

PATH = "docs/leaflet/tawaran-kerja.md"


def page(front_matter: str) -> tuple[dict, str]:
    """(meta as MkDocs parses it, the file's text)."""
    source = f"---\n{front_matter}---\n\n# Judul\n"
    return yaml.safe_load(front_matter) or {}, source


def spec_of(front_matter: str, language: str = "en"):
    meta, source = page(front_matter)
    editors = Translations() if language == "en" else messages.translations(language)
    return read_spec(meta, source, PATH, editors)


def test_a_page_without_leaflet_front_matter_is_not_a_leaflet() -> None:
    assert spec_of("title: Beranda\n") is None


def test_empty_leaflet_key_means_a4_and_the_key_services() -> None:
    spec = spec_of("leaflet:\n")
    assert spec.sizes == ("A4",)
    assert spec.service_ids is None


def test_sizes_and_services_are_read() -> None:
    spec = spec_of("leaflet:\n  sizes: [A4, A5]\n  services: [sapa-129, kp2mi]\n")
    assert spec.sizes == ("A4", "A5")
    assert spec.service_ids == ("sapa-129", "kp2mi")


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        (
            "leaflet:\n  sizes: [A4, A3]\n",
            rf"^{PATH}:3: leaflet\.sizes\[1\]: 'A3' is not a paper size \(use A4, A5\)$",
        ),
        ("leaflet:\n  sizes: [A5]\n", rf"^{PATH}:3: leaflet\.sizes: every leaflet has an A4"),
        ("leaflet:\n  sizes: [A4, A4]\n", rf"^{PATH}:3: leaflet\.sizes: a size is listed twice"),
        (
            "title: x\nleaflet:\n  services:\n    - sapa-129\n    - ''\n",
            rf"^{PATH}:6: leaflet\.services\[1\]: '' must be a name",
        ),
        ("leaflet:\n  services: sapa-129\n", rf"^{PATH}:3: leaflet\.services: must be a non-empty"),
        ("leaflet:\n  size: [A4]\n", rf"^{PATH}:3: leaflet\.size: unknown key \(known: sizes"),
        ("leaflet: A4\n", rf"^{PATH}:2: leaflet: must be a mapping"),
    ],
)
def test_mistakes_name_file_line_and_field(front_matter: str, expected: str) -> None:
    with pytest.raises(ProblemError, match=expected):
        spec_of(front_matter)


def test_mistakes_are_told_in_the_editors_language() -> None:
    with pytest.raises(ProblemError) as raised:
        spec_of("leaflet:\n  sizes: [A5]\n", language="id")
    assert str(raised.value) == (
        f"{PATH}:3: leaflet.sizes: setiap leaflet punya versi A4: tambahkan A4"
    )


def test_spec_errors_point_into_the_front_matter() -> None:
    spec = spec_of("title: x\nleaflet:\n  services: [a, b]\n")
    assert str(spec.error(("services", 1), "no service 'b'")) == (
        f"{PATH}:4: leaflet.services[1]: no service 'b'"
    )


def test_front_matter_is_the_text_between_the_dashes() -> None:
    assert yaml_block("---\na: 1\nb: 2\n---\n# T\n") == "a: 1\nb: 2"
    assert yaml_block("# No front matter\n") == ""
