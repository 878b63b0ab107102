"""`sitegen check|fmt|scan-docs|schema-doc` and scripts/contacts.py: exit codes, one line
per problem in the editors' language, never a traceback."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from sitegen.cli import main
from tests.contacts.contacts_data import VALID, write_data
from tests.contacts.test_contacts_formatting import MESSY

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "contacts.py"
TODAY = datetime.date.today().isoformat()
FRESH = VALID.replace("2026-11-01", TODAY).replace("2026-10-01", TODAY)
MKDOCS_YML = {
    "site_name": "Test",
    "theme": {"name": "material", "language": "id"},
    "plugins": [
        {"sitegen/site": {"country": "ID"}},
        {"sitegen/directory": {"data_dir": "data"}},
        {
            "i18n": {
                "docs_structure": "suffix",
                "languages": [
                    {"locale": "id", "default": True, "name": "Bahasa Indonesia"},
                    {"locale": "en", "name": "English"},
                ],
            }
        },
    ],
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A site in Indonesian and English with a data folder holding one valid service."""
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(MKDOCS_YML, sort_keys=False))
    write_data(tmp_path / "data", {"svc-1.yml": FRESH})
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, language: str | None = "en") -> Result:
    options = ["--lang", language] if language else []
    return CliRunner().invoke(main, [*options, *args])


def test_check_clean_data(project):
    result = run("check")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 1 service: 0 errors\n"


def test_check_prints_one_line_per_problem_and_fails(project):
    (project / "data/services/svc-1.yml").write_text(FRESH.replace("kind: email", "kind: fax"))
    result = run("check", "data")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'data/services/svc-1.yml:32: channels[2].kind: "fax" is not a channel kind; '
        "use one of: voice, sms, whatsapp, email, web_form, app"
    ]
    assert result.stderr == "checked 1 service: 1 error\n"


def test_without_lang_editors_read_the_sites_first_language(project):
    (project / "data/services/svc-1.yml").write_text(FRESH.replace("kind: email", "kind: fax"))
    result = run("check", language=None)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'data/services/svc-1.yml:32: channels[2].kind: "fax" bukan jenis kontak yang dikenal; '
        "pakai salah satu dari: voice, sms, whatsapp, email, web_form, app"
    ]
    assert result.stderr == "1 layanan diperiksa: 1 kesalahan\n"


def test_check_of_one_named_file_uses_the_data_folders_topics(project):
    assert run("check", "data/services/svc-1.yml").exit_code == 0


def test_warnings_alone_do_not_fail(project):
    old = (datetime.date.today() - datetime.timedelta(days=200)).isoformat()
    (project / "data/services/svc-1.yml").write_text(
        FRESH.replace(f"last_checked: {TODAY}", f"last_checked: {old}")
    )
    result = run("check")
    assert result.exit_code == 0
    assert "warning: last checked 200 days ago" in result.stdout


def test_usage_errors_exit_2(project):
    result = run("check", "no-such-folder")
    assert result.exit_code == 2
    assert "no such file or folder: no-such-folder" in result.stderr
    assert run().exit_code == 2


def test_a_site_without_the_directory_plugin_is_told_so(project):
    config = dict(MKDOCS_YML, plugins=[MKDOCS_YML["plugins"][0], MKDOCS_YML["plugins"][2]])
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    result = run("check")
    assert result.exit_code == 2
    assert "mkdocs.yml: plugins: no sitegen/directory plugin here" in result.stderr


def test_fmt_check_reports_and_leaves_files_alone(project):
    messy = project / "data/services/svc-1.yml"
    messy.write_text(MESSY)
    result = run("fmt", "--check", "data/services/svc-1.yml")
    assert (result.exit_code, result.stdout) == (1, "would reformat data/services/svc-1.yml\n")
    assert messy.read_text() == MESSY
    result = run("fmt", "data/services/svc-1.yml")
    assert (result.exit_code, result.stdout) == (0, "reformatted data/services/svc-1.yml\n")
    assert run("fmt", "--check", "data/services/svc-1.yml").exit_code == 0


def test_scan_docs_finds_hand_typed_numbers(project):
    (project / "docs/page.md").write_text("Hubungi kami.\n\nWhatsApp 0811-1129-129 atau 129.\n")
    result = run("scan-docs", "docs")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'docs/page.md:3: phone number: "0811-1129-129" is typed by hand: show it with '
        "<!-- md:contacts svc-1 -->",
        'docs/page.md:3: phone number: "129" is typed by hand: show it with '
        "<!-- md:contacts svc-1 -->",
    ]


def test_scan_docs_of_bad_data_reports_the_data(project):
    (project / "data/services/svc-1.yml").write_text(FRESH.replace("kind: email", "kind: fax"))
    result = run("scan-docs")
    assert result.exit_code == 1
    assert result.stdout.startswith("data/services/svc-1.yml:32: channels[2].kind: ")


def test_schema_doc_writes_the_field_list_in_the_markers_language(project):
    guide = project / "data" / "SCHEMA.md"
    guide.write_text(
        "# Data\n\n<!-- sitegen schema-doc: begin id -->\nold\n<!-- sitegen schema-doc: end -->\n"
        "\nAfter.\n"
    )
    result = run("schema-doc", "--check")
    assert result.exit_code == 1
    assert result.stdout == (
        "data/SCHEMA.md: the field list is out of date: run `sitegen schema-doc`\n"
    )
    assert run("schema-doc").exit_code == 0
    text = guide.read_text()
    assert "| `kind` | ya | salah satu nilai | `voice`, `sms`, `whatsapp`" in text
    assert text.endswith("<!-- sitegen schema-doc: end -->\n\nAfter.\n")
    assert "old" not in text
    assert (run("schema-doc", "--check").exit_code, run("schema-doc").stdout) == (0, "")


def test_schema_doc_says_where_the_markers_go(project):
    (project / "data" / "SCHEMA.md").write_text("# Data\n")
    result = run("schema-doc", "--check")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "data/SCHEMA.md: no field list here: mark its place with "
        "<!-- sitegen schema-doc: begin en -->"
    )


def test_a_broken_file_never_gives_a_traceback(tmp_path):
    bad = tmp_path / "svc-1.yml"
    bad.write_bytes(b"id: svc-1\nname: \xff\n")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "check", str(bad)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # The project's editors speak Indonesian.
    assert done.stdout.endswith(
        "svc-1.yml:2: (file): bita 0xff bukan UTF-8; simpan berkas dengan pengodean UTF-8\n"
    )


@pytest.mark.parametrize("command", [["check"], ["fmt", "--check"], ["scan-docs"]])
def test_the_real_data_and_docs_pass_through_the_old_entry_point(command):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *command], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_real_schema_guide_is_up_to_date():
    assert (
        CliRunner().invoke(main, ["--project", str(ROOT), "schema-doc", "--check"]).exit_code == 0
    )
