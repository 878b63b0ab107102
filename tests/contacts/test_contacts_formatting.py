"""fmt: canonical order, normalised numbers and times, comments kept."""

from __future__ import annotations

import pytest

from sitegen.contacts.formatting import Formatter
from sitegen.contacts.schema import SERVICE, TOPICS_FILE
from tests.contacts.contacts_data import ENGLISH, INDONESIAN, PHONES

LANGUAGES = ("id", "en")
FORMATTER = Formatter(LANGUAGES, PHONES, ENGLISH)
format_text = FORMATTER.format_text
format_file = FORMATTER.format_file

MESSY = """\
# Where this came from.
name:   # both languages
  en: Service One
  id: Layanan Satu
id: svc-1
channels:
  # the main line
  - value: 0811 1129 129  # as printed in the leaflet
    kind: whatsapp
  - short_code: true
    kind: voice
    value: 1500 630
hours:
  timezone: Asia/Jakarta
  schedule:
    - closes: 16:00
      opens: 09:00
      days: [mo, tu]
"""

TIDY = """\
# Where this came from.
id: svc-1
name:   # both languages
  id: Layanan Satu
  en: Service One
hours:
  schedule:
    - days: [mo, tu]
      opens: "09:00"
      closes: "16:00"
  timezone: Asia/Jakarta
channels:
  # the main line
  - kind: whatsapp
    value: "+628111129129" # as printed in the leaflet
  - kind: voice
    value: "1500-630"
    short_code: true
"""


def test_fmt_orders_fields_and_normalises_numbers_and_times():
    assert format_text(MESSY, SERVICE) == TIDY


def test_fmt_of_tidy_text_changes_nothing():
    assert format_text(TIDY, SERVICE) == TIDY


def test_fmt_leaves_invalid_numbers_and_unknown_fields_for_the_check():
    text = 'id: x\nextra: 1\nchannels:\n  - kind: voice\n    value: "12345"\n'
    assert format_text(text, SERVICE) == (
        'id: x\nchannels:\n  - kind: voice\n    value: "12345"\nextra: 1\n'
    )


def test_topics_file_order(tmp_path):
    text = "- name:\n    en: Children\n    id: Anak\n  id: children\n"
    assert format_text(text, TOPICS_FILE) == (
        "  - id: children\n    name:\n      id: Anak\n      en: Children\n"
    )


def test_format_file_writes_only_when_asked(tmp_path):
    path = tmp_path / "svc-1.yml"
    path.write_text(MESSY, encoding="utf-8")
    assert format_file(path, SERVICE, write=False) == (True, [])
    assert path.read_text(encoding="utf-8") == MESSY
    assert format_file(path, SERVICE, write=True) == (True, [])
    assert path.read_text(encoding="utf-8") == TIDY
    assert format_file(path, SERVICE, write=True) == (False, [])


def test_format_file_reports_unreadable_yaml_without_touching_it(tmp_path):
    path = tmp_path / "svc-1.yml"
    path.write_text("id: [x\n", encoding="utf-8")
    changed, problems = format_file(path, SERVICE, write=True)
    assert not changed
    assert [(p.line, p.field) for p in problems] == [(2, "(file)")]
    assert path.read_text(encoding="utf-8") == "id: [x\n"


@pytest.mark.parametrize(
    "value, short_code",
    [
        ("+62 813-1761-76O2", False),
        ("+62 812-ABCD-999", False),
        ("081l-1129-129", False),
        ("\uff10\uff18\uff11\uff11-1129-129", False),
        ("(021) 3903963 ext. 12", False),
        ("0811\u00a01129\u00a0129", False),
        ("0811\N{EN DASH}1129\N{EN DASH}129", False),
        ("0811-1129-129\u200b", False),
        ("1\u0662 \u0669", True),
        ("1500 63O", True),
    ],
)
def test_fmt_never_turns_a_stray_character_into_a_number(value, short_code):
    flag = "    short_code: true\n" if short_code else ""
    text = f'id: x\nchannels:\n  - kind: voice\n    value: "{value}"\n{flag}'
    assert format_text(text, SERVICE) == text


def test_texts_follow_the_sites_languages_in_its_order():
    three = Formatter(("en", "fr", "id"), PHONES, ENGLISH)
    text = "id: x\nname:\n  id: Satu\n  fr: Un\n  en: One\n"
    assert three.format_text(text, SERVICE) == "id: x\nname:\n  en: One\n  fr: Un\n  id: Satu\n"


def test_a_file_fmt_cannot_read_is_named_in_the_editors_language(tmp_path):
    path = tmp_path / "svc-1.yml"
    path.write_text("id: [x\n", encoding="utf-8")
    changed, problems = Formatter(LANGUAGES, PHONES, INDONESIAN).format_file(path, SERVICE, True)
    assert not changed
    assert problems[0].message.startswith("YAML tidak sah: ")


def test_format_file_reports_a_value_ruamel_cannot_build_without_touching_it(tmp_path):
    path = tmp_path / "svc-1.yml"
    text = "id: x\nchannels:\n  - kind: voice\n    value: ._\n"
    path.write_text(text, encoding="utf-8")
    changed, problems = format_file(path, SERVICE, True)
    assert not changed
    assert [str(problem) for problem in problems] == [
        f"{path.as_posix()}:1: (file): cannot format: an unquoted value cannot be read "
        "(could not convert string to float: '.'); put it in quotes"
    ]
    assert path.read_text(encoding="utf-8") == text
