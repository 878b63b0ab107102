"""Small data folders for the contact-data tests: one valid service to break in one place."""

from __future__ import annotations

import datetime
from pathlib import Path

from babel.support import Translations

from sitegen import messages
from sitegen.contacts.checking import CheckResult, Rules, check_files
from sitegen.contacts.phones import Phones
from sitegen.site import SiteFacts

TODAY = datetime.date(2026, 11, 30)
#: The messages' own language: tests read the checks' English, and some their Indonesian.
ENGLISH = Translations()
INDONESIAN = messages.translations("id")
FACTS = SiteFacts(("id", "en"), "ID", "Asia/Jakarta", "https://example.org/")
PHONES = Phones("ID", ENGLISH, "en")


def rules(language: str = "en", facts: SiteFacts = FACTS) -> Rules:
    """The rules of a site in Indonesia, in Indonesian and English, with messages in
    `language`."""
    return Rules(facts, ENGLISH if language == "en" else INDONESIAN, language)


TOPICS = """\
- id: tppo
  name:
    id: Perdagangan orang
    en: Human trafficking
- id: children
  name:
    id: Anak
    en: Children
"""

# Line numbers matter: the tests assert them.
VALID = """\
id: svc-1
name:
  id: Layanan Satu
  en: Service One
description:
  id: Deskripsi layanan
  en: What the service does
organization:
  name:
    id: Organisasi
    en: Organisation
  type: government
status: active
topics: [tppo]
serves:
  id: Semua orang
  en: Everyone
area:
  level: national
  name:
    id: Indonesia
    en: Indonesia
hours:
  always_open: true
channels:
  - kind: voice
    value: "129"
    short_code: true
    source: https://example.org/a
  - kind: whatsapp
    value: "+628111129129"
  - kind: email
    value: halo@example.org
  - kind: web_form
    value: https://example.org/form
verification:
  last_checked: 2026-11-01
  method: news_report
  sources:
    - url: https://example.org/a
      date: 2026-10-01
"""


def write_data(root: Path, services: dict[str, str | bytes], topics: str = TOPICS) -> Path:
    """A data folder under `root` with topics.yml and services/<name>."""
    (root / "services").mkdir(parents=True, exist_ok=True)
    (root / "topics.yml").write_text(topics, encoding="utf-8")
    for name, content in services.items():
        path = root / "services" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def check(root: Path, today: datetime.date = TODAY, language: str = "en") -> CheckResult:
    services = sorted((root / "services").glob("*.yml"))
    return check_files(services, root / "topics.yml", rules(language), today)


def problem_lines(root: Path, today: datetime.date = TODAY, language: str = "en") -> list[str]:
    """Every problem of the data folder at `root`, as printed, with paths from `root`."""
    prefix = root.absolute().as_posix() + "/"
    return [str(problem).replace(prefix, "") for problem in check(root, today, language).problems]
