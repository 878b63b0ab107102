"""scripts/contacts.py: exit codes, one line per problem, never a traceback."""

from __future__ import annotations

import datetime
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from contacts_data import VALID, write_data
from test_contacts_formatting import MESSY

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "contacts.py"
_spec = importlib.util.spec_from_file_location("contacts_cli", SCRIPT)
cli = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cli)

TODAY = datetime.date.today().isoformat()
FRESH = VALID.replace("2026-11-01", TODAY).replace("2026-10-01", TODAY)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with mkdocs.yml and a data folder holding one valid service."""
    (tmp_path / "mkdocs.yml").write_text("extra:\n  contacts:\n    data_dir: data\n")
    write_data(tmp_path / "data", {"svc-1.yml": FRESH})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> int:
    return cli.main(["--config", "mkdocs.yml", *args])


def test_check_clean_data(project, capsys):
    assert run("check") == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "checked 1 services: 0 errors\n"


def test_check_prints_one_line_per_problem_and_fails(project, capsys):
    (project / "data/services/svc-1.yml").write_text(FRESH.replace("kind: email", "kind: fax"))
    assert run("check", "data") == 1
    assert capsys.readouterr().out.splitlines() == [
        'data/services/svc-1.yml:32: channels[2].kind: "fax" is not a channel kind; '
        "use one of: voice, sms, whatsapp, email, web_form, app"
    ]


def test_check_of_one_named_file_uses_the_data_folders_topics(project, capsys):
    assert run("check", "data/services/svc-1.yml") == 0


def test_warnings_alone_do_not_fail(project, capsys):
    old = (datetime.date.today() - datetime.timedelta(days=200)).isoformat()
    (project / "data/services/svc-1.yml").write_text(
        FRESH.replace(f"last_checked: {TODAY}", f"last_checked: {old}")
    )
    assert run("check") == 0
    assert "warning: last checked 200 days ago" in capsys.readouterr().out


def test_usage_errors_exit_2(project, capsys):
    with pytest.raises(SystemExit) as raised:
        run("check", "no-such-folder")
    assert raised.value.code == 2
    assert "contacts.py: error: no such file or folder: no-such-folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        run()
    assert raised.value.code == 2


def test_fmt_check_reports_and_leaves_files_alone(project, capsys):
    messy = project / "data/services/svc-1.yml"
    messy.write_text(MESSY)
    assert run("fmt", "--check", "data/services/svc-1.yml") == 1
    assert capsys.readouterr().out == "would reformat data/services/svc-1.yml\n"
    assert messy.read_text() == MESSY
    assert run("fmt", "data/services/svc-1.yml") == 0
    assert capsys.readouterr().out == "reformatted data/services/svc-1.yml\n"
    assert run("fmt", "--check", "data/services/svc-1.yml") == 0


def test_scan_docs_finds_hand_typed_numbers(project, capsys):
    (project / "docs").mkdir()
    (project / "docs/page.md").write_text("Hubungi kami.\n\nWhatsApp 0811-1129-129 atau 129.\n")
    assert run("scan-docs", "docs") == 1
    assert capsys.readouterr().out.splitlines() == [
        'docs/page.md:3: phone number: "0811-1129-129" is typed by hand: show it with '
        "<!-- md:contacts svc-1 -->",
        'docs/page.md:3: phone number: "129" is typed by hand: show it with '
        "<!-- md:contacts svc-1 -->",
    ]


def test_a_broken_file_never_gives_a_traceback(tmp_path):
    bad = tmp_path / "svc-1.yml"
    bad.write_bytes(b"id: svc-1\nname: \xff\n")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "check", str(bad)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stdout.endswith(
        "svc-1.yml:2: (file): byte 0xff is not UTF-8; save the file as UTF-8\n"
    )


@pytest.mark.parametrize("command", [["check"], ["fmt", "--check"], ["scan-docs"]])
def test_the_real_data_and_docs_pass(command, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert cli.main(command) == 0
