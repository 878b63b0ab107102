"""Line numbers of YAML keys, for messages that point an editor at the line."""

from __future__ import annotations

from sitegen.yaml_lines import line_of

TEXT = """\
title: Tawaran kerja
leaflet:
  sizes: [A4, A5]
  services:
    - sapa-129
    - kp2mi
"""


def test_nested_key_and_list_item_lines() -> None:
    assert line_of(TEXT, ("leaflet",)) == 2
    assert line_of(TEXT, ("leaflet", "sizes")) == 3
    assert line_of(TEXT, ("leaflet", "services", 1)) == 6


def test_flow_list_item_is_on_its_key_line() -> None:
    assert line_of(TEXT, ("leaflet", "sizes", 1)) == 3


def test_missing_key_points_at_the_deepest_parent_found() -> None:
    assert line_of(TEXT, ("leaflet", "colour")) == 2


def test_offset_for_front_matter_after_the_opening_dashes() -> None:
    assert line_of(TEXT, ("leaflet", "sizes"), first_line=2) == 4


def test_broken_yaml_points_at_the_first_line() -> None:
    assert line_of("a: [unclosed\n", ("a",), first_line=2) == 2
