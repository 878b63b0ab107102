"""The real data folder and the public API other parts of the site use."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from sitegen.contacts import DirectorySettings, load_directory
from sitegen.contacts.lookup import UnknownService, select
from sitegen.problems import ProblemError
from tests.contacts.contacts_data import ENGLISH, VALID, rules, write_data

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SERVICE_IDS = {
    "sapa-129",
    "polri-110",
    "jakarta-siaga-112",
    "upt-pppa-dki",
    "lpsk",
    "kp2mi",
    "kemnaker",
    "kemlu-pwni",
    "komnas-perempuan",
    "kpai",
    "polda-metro-jaya",
}
# Services whose sources are old, undated or in conflict (see the research notes).
UNVERIFIED = {"lpsk", "kp2mi", "kemnaker", "kemlu-pwni", "komnas-perempuan", "kpai"}
# Numbers the research notes say are outdated, wrong or unconfirmed: never published.
STALE = ["021129", "0811129129", "6281317617626", "6282177606060", "62811100277", "7266"]
STALE += ["6282311214940"]


@pytest.fixture(scope="module")
def directory():
    return load_directory(DirectorySettings(DATA), rules())


def test_the_real_data_holds_every_service_other_pages_name(directory):
    assert {service.id for service in directory.services} == SERVICE_IDS


def test_old_or_conflicting_services_are_unverified_and_say_why(directory):
    unverified = {s.id for s in directory.services if s.status == "unverified"}
    assert unverified == UNVERIFIED
    for service_id in unverified:
        note = directory.get(service_id).status_note
        assert note["id"].strip() and note["en"].strip()


def test_stale_numbers_from_the_research_notes_are_not_published(directory):
    values = {c.value.lstrip("+").replace("-", "") for s in directory.services for c in s.channels}
    assert not values & {number.lstrip("+") for number in STALE}


def test_every_file_cites_its_sources_as_given_in_the_research_notes():
    notes = Path("/work/shared/research/indonesia-tppo-facts.md")
    if not notes.exists():  # CI copies shared/ beside the clone
        notes = ROOT.parent / "shared/research/indonesia-tppo-facts.md"
    text = notes.read_text(encoding="utf-8")
    for path in sorted((DATA / "services").glob("*.yml")):
        for source in yaml.safe_load(path.read_text())["verification"]["sources"]:
            assert source["url"] in text, (path.name, source["url"])


def test_public_api_for_leaflets(directory):
    sapa = directory.get("sapa-129")
    assert sapa.name["id"].startswith("SAPA 129")
    assert sapa.verification.last_checked == datetime.date(2026, 11, 30)
    voice, whatsapp = sapa.channels
    assert (voice.kind, voice.value, voice.href, voice.display(national=True)) == (
        "voice",
        "129",
        "tel:129",
        "129",
    )
    assert (whatsapp.kind, whatsapp.value, whatsapp.href) == (
        "whatsapp",
        "+628111129129",
        "https://wa.me/628111129129",
    )
    assert whatsapp.display(national=True) == "0811-1129-129"
    assert whatsapp.display(national=False) == "+62 811-1129-129"
    assert "sapa-129" in directory and "nobody" not in directory
    with pytest.raises(KeyError, match="nobody"):
        directory.get("nobody")
    assert select(directory, ["kpai", "sapa-129"], ENGLISH) == [
        directory.get("kpai"),
        directory.get("sapa-129"),
    ]
    with pytest.raises(
        UnknownService, match=r"no service with id 'nobody' \(known: jakarta-siaga"
    ) as unknown:
        select(directory, ["sapa-129", "nobody"], ENGLISH)
    assert unknown.value.index == 1


def test_invalid_data_raises_with_every_problem(tmp_path):
    data = write_data(
        tmp_path / "data", {"svc-1.yml": VALID.replace("status: active", "status: maybe")}
    )
    with pytest.raises(ProblemError) as raised:
        load_directory(DirectorySettings(data), rules(), today=datetime.date(2026, 11, 30))
    assert [p.field for p in raised.value.problems] == ["status"]
