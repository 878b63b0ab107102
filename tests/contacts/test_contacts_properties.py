"""Property tests: no input crashes the check, and fmt never loses a comment or value."""

from __future__ import annotations

import copy
import datetime
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sitegen.contacts import phones
from sitegen.contacts.checking import check_files
from sitegen.contacts.formatting import Formatter
from sitegen.contacts.schema import SERVICE
from tests.contacts.contacts_data import ENGLISH, PHONES, TODAY, TOPICS, VALID, rules

FORMATTER = Formatter(("id", "en"), PHONES, ENGLISH)
format_text = FORMATTER.format_text

LINE = re.compile(r"[^\n]+:\d+: [^\n]+: [^\n]+")
PROPERTY = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
BASE = yaml.safe_load(VALID)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.dates()
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value, prefix=()):
    """Every path to a value inside `value` (dict keys and list indexes)."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


PATHS = [path for path in _paths(BASE) if path]


def _problems_of(root: Path, content: bytes) -> list[str]:
    services = root / "services"
    services.mkdir(parents=True, exist_ok=True)
    (root / "topics.yml").write_text(TOPICS, encoding="utf-8")
    (services / "svc-1.yml").write_bytes(content)
    result = check_files([services / "svc-1.yml"], root / "topics.yml", rules(), TODAY)
    return [str(problem) for problem in result.problems]


def _assert_clean_lines(lines: list[str]) -> None:
    for line in lines:
        assert LINE.fullmatch(line), line


@PROPERTY
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_clean_problem_lines(tmp_path_factory, content):
    _assert_clean_lines(_problems_of(tmp_path_factory.mktemp("d"), content))


@PROPERTY
@given(values)
def test_any_yaml_document_gives_clean_problem_lines(tmp_path_factory, value):
    text = yaml.safe_dump(value, allow_unicode=True)
    _assert_clean_lines(_problems_of(tmp_path_factory.mktemp("d"), text.encode()))


@PROPERTY
@given(st.sampled_from(PATHS), values | st.just("<delete>"))
def test_a_valid_service_with_any_field_broken_gives_clean_problem_lines(
    tmp_path_factory, path, value
):
    data = copy.deepcopy(BASE)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if value == "<delete>":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    _assert_clean_lines(_problems_of(tmp_path_factory.mktemp("d"), text.encode()))


# A character a number cannot hold ------------------------------------------------

stray_characters = st.characters(blacklist_categories=("Cs",)).filter(
    lambda char: char not in phones.ALLOWED_CHARACTERS
)
written_numbers = st.sampled_from(
    ["0811-1129-129", "+62 812 9007 0027", "(021) 3903963", "0811.1129.129", "1500 630", "129"]
) | st.text(sorted(phones.ALLOWED_CHARACTERS), max_size=20)


@st.composite
def numbers_with_a_stray_character(draw):
    """(a number with one character it cannot hold, that character's position from 1)."""
    written = draw(written_numbers)
    index = draw(st.integers(0, len(written)))
    return written[:index] + draw(stray_characters) + written[index:], index + 1


def _service_with_voice_number(value: str, short_code: bool) -> str:
    data = copy.deepcopy(BASE)
    data["channels"][0] = {"kind": "voice", "value": value, "source": "https://example.org/a"}
    if short_code:
        data["channels"][0]["short_code"] = True
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    # YAML folds a raw NEL (U+0085) into a space: such a value never reaches a check.
    assume(yaml.safe_load(text)["channels"][0]["value"] == value)
    return text


@settings(max_examples=500, deadline=None, database=None)
@given(numbers_with_a_stray_character(), st.booleans())
def test_a_stray_character_is_never_parsed_into_a_number(number, short_code):
    written, position = number
    try:
        stored = PHONES.normalize(written, short_code)
    except phones.PhoneError as error:
        assert f" at position {position}; " in str(error)
    else:
        raise AssertionError(f"{written!r} was stored as {stored!r}")


@PROPERTY
@given(numbers_with_a_stray_character(), st.booleans())
def test_the_check_rejects_a_stray_character_at_its_position(tmp_path_factory, number, short_code):
    written, position = number
    text = _service_with_voice_number(written, short_code)
    lines = _problems_of(tmp_path_factory.mktemp("d"), text.encode())
    # Only white space (a lone "\r") is reported as empty, which also rejects it.
    reason = f".* at position {position}; .*" if written.strip() else "is empty"
    rejected = re.compile(rf"[^:]+:\d+: channels\[0\]\.value: {reason}")
    assert any(rejected.fullmatch(line) for line in lines), lines


@PROPERTY
@given(numbers_with_a_stray_character(), st.booleans())
def test_fmt_leaves_a_stray_character_for_the_check(tmp_path_factory, number, short_code):
    written, _ = number
    path = tmp_path_factory.mktemp("d") / "svc-1.yml"
    path.write_text(_service_with_voice_number(written, short_code), encoding="utf-8")
    FORMATTER.format_file(path, SERVICE, True)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["channels"][0]["value"] == written


# fmt round trip ------------------------------------------------------------------

# (as an editor might write it, short code?, what fmt must store)
NUMBERS = [
    ("0811-1129-129", False, "+628111129129"),
    ("+62 812 9007 0027", False, "+6281290070027"),
    ("(021) 3903963", False, "+62213903963"),
    ("1500 630", True, "1500-630"),
    ("129", True, "129"),
    ("not a number", False, "not a number"),  # left for the check to report
]
texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=20,
)


@st.composite
def service_documents(draw):
    """(YAML text with comments, the values fmt must keep, the comments)."""
    data = copy.deepcopy(BASE)
    data["name"] = {"en": draw(texts), "id": draw(texts)}
    data["description"]["id"] = draw(texts)
    written, short_code, stored = draw(st.sampled_from(NUMBERS))
    channel = {"value": written, "kind": "voice"}
    if short_code:
        channel["short_code"] = True
    data["channels"] = [channel, *data["channels"][1:]]
    data["hours"] = {
        "timezone": "Asia/Jakarta",
        "schedule": [{"closes": "16:00", "days": ["mo"], "opens": "09:00"}],
    }
    keys = draw(st.permutations(list(data)))
    data = {key: data[key] for key in keys}
    expected = copy.deepcopy(data)
    expected["channels"][0]["value"] = stored
    lines = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000).splitlines()
    comments = []
    for index in sorted(draw(st.sets(st.integers(0, len(lines) - 1), max_size=8)), reverse=True):
        comment = f"c{index} {draw(texts).replace('#', '')}".rstrip()
        comments.append(comment)
        if draw(st.booleans()):
            lines.insert(index, f"# {comment}")
        elif not lines[index].rstrip().endswith(("|", ">", "|-", ">-")):
            lines[index] += f"  # {comment}"
    return "\n".join(lines) + "\n", expected, comments


@PROPERTY
@given(service_documents())
def test_fmt_keeps_every_comment_and_value(document):
    text, expected, comments = document
    formatted = format_text(text, SERVICE)
    assert yaml.safe_load(formatted) == expected
    for comment in comments:
        assert f"# {comment}" in formatted
    assert format_text(formatted, SERVICE) == formatted


def test_fmt_keeps_dates_as_dates():
    formatted = format_text(VALID, SERVICE)
    assert yaml.safe_load(formatted)["verification"]["last_checked"] == datetime.date(2026, 11, 1)
