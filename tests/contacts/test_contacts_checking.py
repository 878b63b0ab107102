"""Every rule of the contact-data check: one bad input each, with its exact line; the
Indonesian of each family of rules; and the typed objects the same pass returns."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from sitegen.contacts.model import Hours, Opening
from tests.contacts.contacts_data import TOPICS, VALID, check, problem_lines, write_data

F = "data/services/svc-1.yml"
F2 = "data/services/svc-2.yml"
ALLOWED = (
    "id, name, description, organization, status, status_note, topics, serves, area, "
    "hours, channels, verification"
)
SCHEDULE = '  schedule:\n    - days: [mo, tu]\n      opens: "09:00"\n      closes: "16:00"\n'


# A fixture here, not in tests/contacts/conftest.py: a second module named `conftest`
# would replace tests/conftest.py for every test module collected after it.
@pytest.fixture
def check_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """check_lines(text, name="svc-1.yml", language="en") → the problem lines of a folder
    with that one service (and the `more` files), in the messages of `language`."""
    monkeypatch.chdir(tmp_path)

    def run(
        content: str | bytes, name: str = "svc-1.yml", language: str = "en", **more: str
    ) -> list[str]:
        write_data(tmp_path / "data", {name: content, **more})
        return problem_lines(tmp_path / "data", language=language)

    return run


def edit(*pairs: str, text: str = VALID) -> str:
    """VALID with each (old, new) pair replaced once; fails if `old` is not there."""
    for old, new in zip(pairs[::2], pairs[1::2], strict=True):
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def voice(value: str) -> str:
    """VALID with channels[0] (line 27) a full voice number written as `value`."""
    return edit('    value: "129"\n    short_code: true\n', f'    value: "{value}"\n')


def short_code(value: str) -> str:
    """VALID with the short code of channels[0] (line 27) written as `value`."""
    return edit('"129"', f'"{value}"')


def whatsapp(value: str) -> str:
    """VALID with the WhatsApp number of channels[1] (line 31) written as `value`."""
    return edit('"+628111129129"', f'"{value}"')


def sms(value: str) -> str:
    """VALID with channels[1] (line 31) an SMS number written as `value`."""
    return edit("kind: whatsapp", "kind: sms", '"+628111129129"', f'"{value}"')


# A second service, with numbers of its own so that only the edit under test matters.
OTHER = edit('"129"', '"148"', '"+628111129129"', '"+6281317617622"', "id: svc-1", "id: svc-2")

CASES = {
    # The file itself
    "empty file": ("", [f"{F}:1: (file): the file is empty"]),
    "only comments": ("# to do\n", [f"{F}:1: (file): the file is empty"]),
    "not UTF-8": (
        VALID.encode().replace(b"Organisasi", b"Organisasi \xff"),
        [f"{F}:10: (file): byte 0xff is not UTF-8; save the file as UTF-8"],
    ),
    "invalid YAML": (
        edit("topics: [tppo]", "topics: [tppo"),
        [f"{F}:15: (file): invalid YAML: did not find expected ',' or ']'"],
    ),
    "bad indentation": (
        edit("  en: Service One", "   en: Service One"),
        [f"{F}:4: (file): invalid YAML: mapping values are not allowed in this context"],
    ),
    "a list instead of fields": (
        "- a\n- b\n",
        [f"{F}:1: (file): must be a group of fields, not a list"],
    ),
    "unsupported tag": (
        edit("status: active", "status: !!python/object:os.system active"),
        [f"{F}:13: status: unsupported YAML tag tag:yaml.org,2002:python/object:os.system"],
    ),
    "field name not text": (
        VALID + "1: x\n",
        [f"{F}:42: (file): a field name must be plain text followed by ':'"],
    ),
    # Fields
    "unknown field": (
        VALID + "phone: x\n",
        [f"{F}:42: phone: unknown field (allowed here: {ALLOWED})"],
    ),
    "missing field": (
        edit("serves:\n  id: Semua orang\n  en: Everyone\n", ""),
        [f"{F}:1: serves: required field is missing"],
    ),
    "field twice": (
        edit("status: active", "status: active\nstatus: unverified"),
        [f"{F}:14: status: this field appears twice; keep only one"],
    ),
    "id format": (
        edit("id: svc-1", "id: Svc 1"),
        [f'{F}:1: id: "Svc 1" must be lowercase letters, digits and hyphens, like "city-helpline"'],
    ),
    "missing English name": (
        edit("  en: Service One\n", ""),
        [f"{F}:2: name.en: the English text is missing"],
    ),
    "empty Indonesian description": (
        edit("  id: Deskripsi layanan", '  id: ""'),
        [f"{F}:6: description.id: is empty"],
    ),
    "name as plain text": (
        edit("name:\n  id: Layanan Satu\n  en: Service One", "name: Layanan Satu"),
        [f"{F}:2: name: must give the text in each language (id: ..., en: ...), not text"],
    ),
    "unknown status": (
        edit("status: active", "status: closed"),
        [
            f'{F}:13: status: "closed" is not a status; use one of: active, inactive, '
            "temporarily_closed, unverified"
        ],
    ),
    "unverified without a note": (
        edit("status: active", "status: unverified"),
        [
            f"{F}:13: status_note: required when the status is unverified: tell readers why, "
            "in each language"
        ],
    ),
    "unknown topic": (
        edit("topics: [tppo]", "topics: [tppo, jobs]"),
        [f'{F}:14: topics[1]: "jobs" is not a topic in topics.yml; use one of: children, tppo'],
    ),
    "no topics": (edit("topics: [tppo]", "topics: []"), [f"{F}:14: topics: the list is empty"]),
    "unknown area level": (
        edit("level: national", "level: village"),
        [
            f'{F}:19: area.level: "village" is not an area level; use one of: '
            "national, province, city"
        ],
    ),
    # Hours
    "two kinds of hours": (
        edit("  always_open: true", "  always_open: true\n  unknown: true"),
        [f"{F}:23: hours: give exactly one of always_open: true, schedule: [...] or unknown: true"],
    ),
    "always_open false": (
        edit("  always_open: true", "  always_open: false"),
        [f"{F}:24: hours.always_open: must be true (leave the field out otherwise)"],
    ),
    "schedule without time zone": (
        edit("  always_open: true\n", SCHEDULE),
        [
            f"{F}:23: hours.timezone: a schedule needs its time zone: an IANA name, like "
            "Asia/Jakarta (the site's own)"
        ],
    ),
    "misspelt time zone": (
        edit("  always_open: true\n", SCHEDULE + "  timezone: Asia/Jakata\n"),
        [
            f'{F}:28: hours.timezone: "Asia/Jakata" is not an IANA time zone name '
            "(like Asia/Jakarta)"
        ],
    ),
    "a time zone that is not a name": (
        edit("  always_open: true\n", SCHEDULE + "  timezone: 7\n"),
        [f"{F}:28: hours.timezone: a number is not an IANA time zone name (like Asia/Jakarta)"],
    ),
    "closing before opening": (
        edit(
            "  always_open: true\n",
            SCHEDULE.replace("16:00", "08:00") + "  timezone: Asia/Jakarta\n",
        ),
        [f"{F}:27: hours.schedule[0].closes: must be later than opens"],
    ),
    "time without quotes": (
        edit(
            "  always_open: true\n",
            SCHEDULE.replace('"16:00"', "16:00") + "  timezone: Asia/Jakarta\n",
        ),
        [
            f'{F}:27: hours.schedule[0].closes: write the time in quotes, like "09:00" '
            "(found a number)"
        ],
    ),
    "impossible time": (
        edit(
            "  always_open: true\n",
            SCHEDULE.replace("16:00", "24:30") + "  timezone: Asia/Jakarta\n",
        ),
        [f'{F}:27: hours.schedule[0].closes: "24:30" is not a time of day; write it like "09:00"'],
    ),
    "unknown day": (
        edit(
            "  always_open: true\n",
            SCHEDULE.replace("tu]", "monday]") + "  timezone: Asia/Jakarta\n",
        ),
        [
            f'{F}:25: hours.schedule[0].days[1]: "monday" is not a day; use one of: '
            "mo, tu, we, th, fr, sa, su"
        ],
    ),
    # Channels and numbers
    "unknown channel kind": (
        edit("kind: email", "kind: fax"),
        [
            f'{F}:32: channels[2].kind: "fax" is not a channel kind; use one of: voice, sms, '
            "whatsapp, email, web_form, app"
        ],
    ),
    "invalid number": (
        edit('    value: "129"\n    short_code: true\n', '    value: "+62811"\n'),
        [
            f'{F}:27: channels[0].value: "+62811" is not a valid phone number of Indonesia '
            "(if it is a national short code, add short_code: true)"
        ],
    ),
    "toll-free number libphonenumber rejects": (
        edit('    value: "129"\n    short_code: true\n', '    value: "0-800-1000"\n'),
        [
            f'{F}:27: channels[0].value: "0-800-1000" is not a valid phone number of '
            "Indonesia (if it is a national short code, add short_code: true)"
        ],
    ),
    "WhatsApp on a landline": (
        edit('"+628111129129"', '"+62213903963"'),
        [f'{F}:31: channels[1].value: "+62213903963" is not a mobile number (WhatsApp needs one)'],
    ),
    "SMS on a landline": (
        edit("kind: whatsapp", "kind: sms", '"+628111129129"', '"(021) 3903963"'),
        [f'{F}:31: channels[1].value: "(021) 3903963" is not a mobile number (SMS needs one)'],
    ),
    "number without quotes": (
        edit('"+628111129129"', "+628111129129"),
        [f'{F}:31: channels[1].value: write the number in quotes, like "+62 ..."'],
    ),
    "short code without a source": (
        edit("    source: https://example.org/a\n", ""),
        [
            f"{F}:26: channels[0].source: a short code needs the URL of a source that lists it "
            "(one of verification.sources)"
        ],
    ),
    "short code on WhatsApp": (
        edit('    value: "+628111129129"\n', '    value: "+628111129129"\n    short_code: true\n'),
        [
            f"{F}:32: channels[1].short_code: a short code only works for voice calls "
            "(whatsapp needs a mobile number)"
        ],
    ),
    "short code too short": (
        edit('"129"', '"12"'),
        [
            f'{F}:27: channels[0].value: "12" is not a short code: use 3 to 8 digits, optionally '
            'grouped with hyphens, like "112"'
        ],
    ),
    # Characters a number cannot hold: libphonenumber would read letters as keypad digits
    # and skip the rest, publishing a number nobody wrote.
    "letter O for a zero": (
        voice("+62 813-1761-76O2"),
        [
            f'{F}:27: channels[0].value: "+62 813-1761-76O2" contains the letter "O" at '
            "position 16; a phone number is digits only (is it a zero?)"
        ],
    ),
    "small letter o for a zero": (
        whatsapp("0811-1129-1o9"),
        [
            f'{F}:31: channels[1].value: "0811-1129-1o9" contains the letter "o" at position '
            "12; a phone number is digits only (is it a zero?)"
        ],
    ),
    "Cyrillic O that looks like a zero": (
        voice("(021) 39\N{CYRILLIC CAPITAL LETTER O}3963"),
        [
            f'{F}:27: channels[0].value: "(021) 39\N{CYRILLIC CAPITAL LETTER O}3963" contains '
            'the letter "\N{CYRILLIC CAPITAL LETTER O}" (CYRILLIC CAPITAL LETTER O) at position '
            "9; a phone number is digits only (is it a zero?)"
        ],
    ),
    "small letter l for a one": (
        whatsapp("0811-l129-129"),
        [
            f'{F}:31: channels[1].value: "0811-l129-129" contains the letter "l" at position 6; '
            "a phone number is digits only (is it a one?)"
        ],
    ),
    "capital I for a one in a short code": (
        short_code("I48"),
        [
            f'{F}:27: channels[0].value: "I48" contains the letter "I" at position 1; '
            "a phone number is digits only (is it a one?)"
        ],
    ),
    "vanity number": (
        voice("+62 812-ABCD-999"),
        [
            f'{F}:27: channels[0].value: "+62 812-ABCD-999" contains the letters "ABCD" at '
            "position 9; a phone number is digits only (write the digits; letters are never "
            "converted to digits)"
        ],
    ),
    "vanity short code": (
        short_code("1500-SAPA"),
        [
            f'{F}:27: channels[0].value: "1500-SAPA" contains the letters "SAPA" at position 6; '
            "a phone number is digits only (write the digits; letters are never converted to "
            "digits)"
        ],
    ),
    "full-width digits": (
        whatsapp("\uff10\uff18\uff11\uff11-1129-129"),
        [
            f'{F}:31: channels[1].value: "\uff10\uff18\uff11\uff11-1129-129" contains the digit '
            '"\uff10" (FULLWIDTH DIGIT ZERO) at position 1; type the plain digit "0" instead'
        ],
    ),
    "Arabic-Indic digits in a short code": (
        short_code("1\u0662\u0669"),
        [
            f'{F}:27: channels[0].value: "1\u0662\u0669" contains the digit "\u0662" '
            '(ARABIC-INDIC DIGIT TWO) at position 2; type the plain digit "2" instead'
        ],
    ),
    "full-width plus": (
        sms("\uff0b62 811-1129-129"),
        [
            f'{F}:31: channels[1].value: "\uff0b62 811-1129-129" contains "\uff0b" (FULLWIDTH '
            'PLUS SIGN) at position 1; type a plain "+" instead'
        ],
    ),
    "extension ext.": (
        voice("(021) 3903963 ext. 12"),
        [
            f'{F}:27: channels[0].value: "(021) 3903963 ext. 12" contains the extension '
            '"ext. 12" at position 15; a number cannot hold an extension (write the number '
            "alone and put the extension in notes)"
        ],
    ),
    "extension x": (
        voice("(021) 3903963 x12"),
        [
            f'{F}:27: channels[0].value: "(021) 3903963 x12" contains the extension "x12" at '
            "position 15; a number cannot hold an extension (write the number alone and put "
            "the extension in notes)"
        ],
    ),
    "extension pes. (pesawat)": (
        voice("(021) 3903963 pes. 12"),
        [
            f'{F}:27: channels[0].value: "(021) 3903963 pes. 12" contains the extension '
            '"pes. 12" at position 15; a number cannot hold an extension (write the number '
            "alone and put the extension in notes)"
        ],
    ),
    "non-breaking space": (
        whatsapp("0811\u00a01129-129"),
        [
            # The printed line shows it as a plain space; the message names it.
            f'{F}:31: channels[1].value: "0811 1129-129" contains the special space NO-BREAK '
            "SPACE at position 5; type a plain space instead (text copied from a web page "
            "often holds these)"
        ],
    ),
    "en dash": (
        whatsapp("0811\N{EN DASH}1129\N{EN DASH}129"),
        [
            f'{F}:31: channels[1].value: "0811\N{EN DASH}1129\N{EN DASH}129" contains the dash '
            '"\N{EN DASH}" (EN DASH) at position 5; type a plain hyphen "-" instead (text '
            "copied from a web page often holds these)"
        ],
    ),
    "em dash in a short code": (
        short_code("1500\N{EM DASH}630"),
        [
            f'{F}:27: channels[0].value: "1500\N{EM DASH}630" contains the dash "\N{EM DASH}" '
            '(EM DASH) at position 5; type a plain hyphen "-" instead (text copied from a web '
            "page often holds these)"
        ],
    ),
    "zero-width space": (
        whatsapp("0811-1129-129\u200b"),
        [
            f'{F}:31: channels[1].value: "0811-1129-129\u200b" contains the invisible '
            "character ZERO WIDTH SPACE at position 14; delete it (text copied from a web page "
            "often holds these)"
        ],
    ),
    "two numbers in one value": (
        voice("(021) 3903963/64"),
        [
            f'{F}:27: channels[0].value: "(021) 3903963/64" contains "/" at position 14; '
            "a value holds one number (give each number its own channel)"
        ],
    ),
    "a star": (
        short_code("*129"),
        [
            f'{F}:27: channels[0].value: "*129" contains "*" at position 1; a phone number is '
            "digits only, with spaces or + - ( ) . between them"
        ],
    ),
    "channel source not among the sources": (
        edit("    source: https://example.org/a", "    source: https://example.org/b"),
        [
            f'{F}:29: channels[0].source: "https://example.org/b" is not one of this '
            "service's verification.sources"
        ],
    ),
    "same channel twice": (
        edit(
            '    value: "+628111129129"\n',
            '    value: "+628111129129"\n  - kind: whatsapp\n    value: "0811-1129-129"\n',
        ),
        [f"{F}:33: channels[2].value: the same channel is listed twice (also channels[1])"],
    ),
    "unknown cost": (
        edit("    short_code: true\n", "    short_code: true\n    cost: gratis\n"),
        [f'{F}:29: channels[0].cost: "gratis" is not a cost; use one of: free, toll_free, paid'],
    ),
    "unknown language code": (
        edit(
            '    value: "+628111129129"\n', '    value: "+628111129129"\n    languages: [id, xx]\n'
        ),
        [f'{F}:32: channels[1].languages[1]: "xx" is not an ISO 639-1 language code (like id, en)'],
    ),
    "invalid e-mail address": (
        edit("halo@example.org", "halo@@example.org"),
        [
            f'{F}:33: channels[2].value: "halo@@example.org" is not a valid e-mail address: '
            "The part after the @-sign contains invalid characters: '@'."
        ],
    ),
    "web form over http": (
        edit("https://example.org/form", "http://example.org/form"),
        [
            f'{F}:35: channels[3].value: "http://example.org/form" must be a secure address '
            "starting with https://"
        ],
    ),
    "web address without a host": (
        edit("https://example.org/form", "https://form"),
        [f'{F}:35: channels[3].value: "https://form" is not a valid web address'],
    ),
    # Verification and dates
    "source over http": (
        edit("    - url: https://example.org/a", "    - url: http://example.org/a"),
        [
            f'{F}:29: channels[0].source: "https://example.org/a" is not one of this '
            "service's verification.sources",
            f'{F}:40: verification.sources[0].url: "http://example.org/a" must be a secure '
            "address starting with https://",
        ],
    ),
    "unknown method": (
        edit("method: news_report", "method: rumour"),
        [
            f'{F}:38: verification.method: "rumour" is not a verification method; use one of: '
            "test_call, official_website, official_letter, news_report"
        ],
    ),
    "impossible date": (
        edit("last_checked: 2026-11-01", "last_checked: 2026-02-30"),
        [
            f'{F}:37: verification.last_checked: "2026-02-30" is not a valid value '
            "(day is out of range for month)"
        ],
    ),
    "date as text": (
        edit("last_checked: 2026-11-01", "last_checked: 1 November 2026"),
        [
            f'{F}:37: verification.last_checked: "1 November 2026" is not a date; '
            "write it as YYYY-MM-DD"
        ],
    ),
    "checked in the future": (
        edit("last_checked: 2026-11-01", "last_checked: 2026-12-01"),
        [f"{F}:37: verification.last_checked: 2026-12-01 is in the future"],
    ),
    "checked too long ago": (
        edit("last_checked: 2026-11-01", "last_checked: 2025-11-01"),
        [
            f"{F}:37: verification.last_checked: last checked 394 days ago (more than 365): "
            "check the service again or set status: unverified"
        ],
    ),
    "checked a while ago (warning)": (
        edit("last_checked: 2026-11-01", "last_checked: 2026-05-01"),
        [
            f"{F}:37: verification.last_checked: warning: last checked 213 days ago "
            "(more than 180): check it again soon"
        ],
    ),
    "unverified and checked long ago (warning only)": (
        edit(
            "status: active",
            "status: unverified\nstatus_note:\n  id: Sumber lama\n  en: Old sources",
            "last_checked: 2026-11-01",
            "last_checked: 2025-11-01",
        ),
        [
            f"{F}:40: verification.last_checked: warning: last checked 394 days ago "
            "(more than 180): check it again soon"
        ],
    ),
    "source date in the future": (
        edit("date: 2026-10-01", "date: 2027-01"),
        [f"{F}:41: verification.sources[0].date: 2027-01 is in the future"],
    ),
    "source date with month 13": (
        edit("date: 2026-10-01", "date: 2020-13"),
        [
            f'{F}:41: verification.sources[0].date: "2020-13" is not a date: write YYYY-MM-DD, '
            'YYYY-MM, YYYY, or "n.d." if the source has none'
        ],
    ),
    "active with only old sources": (
        edit("date: 2026-10-01", "date: 2024-01-01"),
        [
            f"{F}:39: verification.sources: the newest source is from 2024-01-01, more than "
            "730 days ago: find a newer source or set status: unverified"
        ],
    ),
    "active with only undated sources": (
        edit("date: 2026-10-01", "date: n.d."),
        [
            f"{F}:39: verification.sources: no source has a date: find a dated source or set "
            "status: unverified"
        ],
    ),
    "no sources": (
        edit(
            "  sources:\n    - url: https://example.org/a\n      date: 2026-10-01\n",
            "  sources: []\n",
        ),
        [
            f'{F}:29: channels[0].source: "https://example.org/a" is not one of this '
            "service's verification.sources",
            f"{F}:39: verification.sources: the list is empty",
        ],
    ),
}


@pytest.mark.parametrize("content, expected", CASES.values(), ids=CASES.keys())
def test_bad_input_is_reported_on_its_line(check_lines, content, expected):
    assert check_lines(content) == expected


def test_valid_service_has_no_problem(check_lines):
    assert check_lines(VALID) == []


def test_duplicate_id_names_the_first_file(check_lines):
    assert check_lines(VALID, **{"svc-2.yml": OTHER.replace("id: svc-2", "id: svc-1")}) == [
        f'{F2}:1: id: "svc-1" does not match the file name: rename the file to svc-1.yml '
        "or change the id",
        f'{F2}:1: id: "svc-1" is already used by {F}:1',
    ]


def test_same_number_on_two_services_needs_notes(check_lines):
    other = OTHER.replace('"+6281317617622"', '"0811-1129-129"')
    assert check_lines(VALID, **{"svc-2.yml": other}) == [
        f"{F}:31: channels[1].value: +628111129129 is also listed by svc-2 ({F2}:31); "
        "add notes to this channel saying why both services carry it",
        f"{F2}:31: channels[1].value: 0811-1129-129 is also listed by svc-1 ({F}:31); "
        "add notes to this channel saying why both services carry it",
    ]


def test_same_number_with_notes_on_both_is_allowed(check_lines):
    note = '    value: "+628111129129"\n    notes:\n      id: Bersama\n      en: Shared\n'
    mine = edit('    value: "+628111129129"\n', note)
    other = edit(
        '    value: "+628111129129"\n',
        note,
        text=OTHER.replace('"+6281317617622"', '"+628111129129"'),
    )
    assert check_lines(mine, **{"svc-2.yml": other}) == []


def test_duplicate_topic_in_topics_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_data(tmp_path / "data", {"svc-1.yml": VALID}, topics=TOPICS + TOPICS[:60])
    assert problem_lines(tmp_path / "data") == ['data/topics.yml:9: [2].id: "tppo" is listed twice']


# The same rules in Indonesian, the editors' language: one case per family of rules.
INDONESIAN_CASES = {
    "the file": ("", [f"{F}:1: (file): berkas ini kosong"]),
    "a missing field": (
        edit("serves:\n  id: Semua orang\n  en: Everyone\n", ""),
        [f"{F}:1: serves: wajib diisi"],
    ),
    "an unknown field": (
        VALID + "phone: x\n",
        [f"{F}:42: phone: isian tidak dikenal (yang boleh di sini: {ALLOWED})"],
    ),
    "a text missing in one language": (
        edit("  en: Service One\n", ""),
        [f"{F}:2: name.en: teks bahasa Inggris belum diisi"],
    ),
    "an unknown value": (
        edit("status: active", "status: closed"),
        [
            f'{F}:13: status: "closed" bukan status yang dikenal; pakai salah satu dari: '
            "active, inactive, temporarily_closed, unverified"
        ],
    ),
    "hours": (
        edit("  always_open: true\n", SCHEDULE),
        [
            f"{F}:23: hours.timezone: jadwal wajib diberi zona waktu: nama IANA, misalnya "
            "Asia/Jakarta (zona waktu situs ini)"
        ],
    ),
    "a number": (
        edit('"+628111129129"', '"+62213903963"'),
        [
            f'{F}:31: channels[1].value: "+62213903963" bukan nomor seluler (nomor WhatsApp '
            "harus nomor seluler)"
        ],
    ),
    "a character a number cannot hold": (
        whatsapp("0811-1129-1o9"),
        [
            f'{F}:31: channels[1].value: "0811-1129-1o9" memuat huruf "o" di posisi ke-12; '
            "nomor telepon hanya berisi angka (maksudnya angka nol?)"
        ],
    ),
    "a date": (
        edit("last_checked: 2026-11-01", "last_checked: 2025-11-01"),
        [
            f"{F}:37: verification.last_checked: terakhir diperiksa 394 hari lalu (lebih dari "
            "365): periksa lagi layanan ini atau ubah menjadi status: unverified"
        ],
    ),
    "a warning": (
        edit("last_checked: 2026-11-01", "last_checked: 2026-05-01"),
        [
            f"{F}:37: verification.last_checked: warning: terakhir diperiksa 213 hari lalu "
            "(lebih dari 180): segera periksa lagi"
        ],
    ),
    "sources": (
        edit("date: 2026-10-01", "date: n.d."),
        [
            f"{F}:39: verification.sources: tidak ada sumber yang bertanggal: cari sumber yang "
            "bertanggal atau ubah menjadi status: unverified"
        ],
    ),
}


@pytest.mark.parametrize("content, expected", INDONESIAN_CASES.values(), ids=INDONESIAN_CASES)
def test_editors_read_the_rules_in_indonesian(check_lines, content, expected):
    assert check_lines(content, language="id") == expected


def test_a_number_on_two_services_in_indonesian(check_lines):
    other = OTHER.replace('"+6281317617622"', '"0811-1129-129"')
    assert check_lines(VALID, language="id", **{"svc-2.yml": other})[0] == (
        f"{F}:31: channels[1].value: +628111129129 juga tercantum di svc-2 ({F2}:31); "
        "tambahkan notes pada kontak ini yang menjelaskan mengapa kedua layanan memakainya"
    )


# The typed objects -----------------------------------------------------------------


def test_the_check_returns_the_directory_it_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = write_data(tmp_path / "data", {"svc-1.yml": VALID})
    result = check(data)
    assert result.problems == [] and result.files == 1
    (service,) = result.directory.services
    assert [topic.id for topic in result.directory.topics] == ["tppo", "children"]
    assert service.verification.last_checked == datetime.date(2026, 11, 1)
    assert service.verification.sources[0].date.latest() == datetime.date(2026, 10, 1)
    voice, whatsapp, email, form = service.channels
    assert (voice.value, voice.short_code, voice.phone.national) == ("129", True, "129")
    assert (whatsapp.value, whatsapp.phone.national, whatsapp.phone.international) == (
        "+628111129129",
        "0811-1129-129",
        "+62 811-1129-129",
    )
    assert (email.phone, email.value, form.href) == (None, "halo@example.org", form.value)


def test_a_schedule_in_any_time_zone_is_read_as_times(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    schedule = SCHEDULE + "  timezone: Asia/Makassar\n"
    data = write_data(tmp_path / "data", {"svc-1.yml": edit("  always_open: true\n", schedule)})
    (service,) = check(data).directory.services
    opening = Opening((0, 1), datetime.time(9), datetime.time(16))
    assert service.hours == Hours(schedule=(opening,), timezone="Asia/Makassar")


def test_data_with_an_error_gives_no_directory_but_warnings_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = write_data(tmp_path / "data", {"svc-1.yml": edit("kind: email", "kind: fax")})
    assert check(data).directory is None
    data = write_data(
        tmp_path / "data",
        {"svc-1.yml": edit("last_checked: 2026-11-01", "last_checked: 2026-05-01")},
    )
    result = check(data)
    assert [p.severity for p in result.problems] == ["warning"]
    assert [s.id for s in result.directory.services] == ["svc-1"]
