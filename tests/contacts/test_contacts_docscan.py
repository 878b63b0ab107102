"""Finding numbers typed into Markdown by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.contacts import DirectorySettings, load_directory
from sitegen.contacts.docscan import Scanner
from tests.contacts.contacts_data import ENGLISH, INDONESIAN, PHONES, rules

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def directory():
    return load_directory(DirectorySettings(DATA), rules())


@pytest.fixture(scope="module")
def scanner(directory):
    return Scanner(directory, PHONES, ENGLISH, DATA / "services")


@pytest.mark.parametrize(
    "text, found",
    [
        ("Telepon 0811-1129-129 sekarang.", [(1, "0811-1129-129")]),
        ("Baris satu\nHubungi +62 21 2924 4800.", [(2, "+62 21 2924 4800")]),
        ("Call 129 or 148 now.", [(1, "129"), (1, "148")]),
        ("Kemnaker 1500 630.", [(1, "1500 630")]),
        ("Bebas pulsa 0-800-1000.", [(1, "0-800-1000")]),
        # Names that contain a short code, ids, addresses and shortcodes are not numbers.
        ("SAPA 129 dan Jakarta Siaga 112 membantu.", []),
        ("<!-- md:contacts sapa-129 polri-110 -->", []),
        ("[berita](https://x.id/call-center-110-dan-0811-1129-129)", []),
        ("UU 21/2007, 3.366 korban, tanggal 2025-11-20, 1,986 kasus.", []),
        ("Sebanyak 1129 orang.", []),
    ],
)
def test_scan_text(scanner, text, found):
    assert scanner.scan_text(text) == found


def test_message_names_the_service_that_holds_the_number(scanner, tmp_path):
    page = tmp_path / "p.md"
    page.write_text("Lapor ke 0813-8823-6060.\n")
    (problem,) = scanner.scan_files([page])
    assert problem.line == 1
    assert problem.message == (
        '"0813-8823-6060" is typed by hand: show it with <!-- md:contacts polda-metro-jaya -->'
    )


def test_a_number_of_no_service_says_where_to_add_it_in_indonesian(directory, tmp_path):
    page = tmp_path / "p.md"
    page.write_text("Hubungi 0812-3456-7890.\n")
    (problem,) = Scanner(directory, PHONES, INDONESIAN, tmp_path / "data").scan_files([page])
    assert (problem.field, problem.message) == (
        "nomor telepon",
        f'"0812-3456-7890" diketik langsung di halaman: tambahkan dulu ke '
        f"{(tmp_path / 'data').as_posix()}/ beserta sumbernya, lalu tampilkan dengan md:contacts",
    )
