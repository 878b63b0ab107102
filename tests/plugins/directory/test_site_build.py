"""The directory in the built site: every service in both languages, working links,
JSON-LD, escaping of hostile data, and build errors that name file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import phonenumbers
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, build_site

SERVICES = {
    path.stem: yaml.safe_load(path.read_text()) for path in (ROOT / "data/services").glob("*.yml")
}
PAGES = {"id": "bantuan/direktori/index.html", "en": "en/bantuan/direktori/index.html"}
WORDS = {
    "id": ("Terakhir diperiksa", "Belum terverifikasi", "30 November 2026"),
    "en": ("Last checked", "Not verified", "30 November 2026"),
}
HOSTILE = '<script>alert("x")</script>" onmouseover="alert(1)'


def expected_hrefs(channel: dict) -> str:
    """The link a channel must get, worked out here from the raw data."""
    if channel["kind"] in ("voice", "sms", "whatsapp"):
        if channel.get("short_code"):
            digits = re.sub(r"\D", "", channel["value"])
        else:
            number = phonenumbers.parse(channel["value"], "ID")
            digits = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return {"voice": "tel:", "sms": "sms:", "whatsapp": "https://wa.me/"}[channel["kind"]] + (
            digits.lstrip("+") if channel["kind"] == "whatsapp" else digits
        )
    return ("mailto:" if channel["kind"] == "email" else "") + channel["value"]


def page(site: Path, locale: str) -> BeautifulSoup:
    return BeautifulSoup((site / PAGES[locale]).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("locale", ["id", "en"])
def test_every_service_has_a_card_with_working_links(built_site, locale):
    html = page(built_site, locale)
    for service_id, data in SERVICES.items():
        card = html.select_one(f"article#layanan-{service_id}")
        assert card is not None, service_id
        assert card.h3.get_text() == data["name"][locale]
        hrefs = [a["href"] for a in card.select(".tppo-channel__link")]
        assert hrefs == [expected_hrefs(channel) for channel in data["channels"]]
        for href in hrefs:
            assert re.fullmatch(r"tel:\+?\d+|https://wa\.me/\d+|mailto:\S+@\S+|https://\S+", href)
        checked, unverified, date = WORDS[locale]
        assert f"{checked}: {date}" in " ".join(card.get_text(" ").split())
        assert (unverified in card.get_text()) == (data["status"] == "unverified")
        for source in data["verification"]["sources"]:
            assert card.select_one(f'a[href="{source["url"]}"]') is not None


@pytest.mark.parametrize("locale", ["id", "en"])
def test_groups_by_need_and_area_link_to_cards_without_javascript(built_site, locale):
    html = page(built_site, locale)
    ids = {tag["id"] for tag in html.find_all(id=True)}
    jump = [a["href"] for a in html.select(".tppo-jump a")]
    assert "#kebutuhan-tppo" in jump and "#wilayah-dki-jakarta" in jump
    assert all(href[1:] in ids for href in jump)
    tppo = html.find(id="kebutuhan-tppo").find_next("ul")
    names = {a["href"] for a in tppo.select('a[href^="#layanan-"]')}
    assert names == {
        f"#layanan-{sid}" for sid, data in SERVICES.items() if "tppo" in data["topics"]
    }


@pytest.mark.parametrize("locale", ["id", "en"])
def test_json_ld_lists_only_current_services(built_site, locale):
    (script,) = page(built_site, locale).select('script[type="application/ld+json"]')
    graph = json.loads(script.string)["@graph"]
    active = [data for data in SERVICES.values() if data["status"] == "active"]
    assert sorted(item["name"] for item in graph) == sorted(
        d["organization"]["name"][locale] for d in active
    )
    phones = {p["telephone"] for item in graph for p in item["contactPoint"] if "telephone" in p}
    assert {"129", "110", "112", "+6281317617622", "+628111129129"} <= phones


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_hostile_data_is_shown_as_text_never_as_markup(project_copy, tmp_path):
    project = project_copy
    sapa = project / "data/services/sapa-129.yml"
    _edit(sapa, "  id: SAPA 129 (Sahabat Perempuan dan Anak)", f"  id: '{HOSTILE}'")
    _edit(
        sapa,
        "  en: Women and children who suffer violence, including trafficking victims",
        f"  en: '{HOSTILE}'",
    )
    _edit(project / "data/topics.yml", "    en: Human trafficking", f"    en: '{HOSTILE}'")
    _edit(
        project / "docs/bantuan/direktori.md",
        "<!-- md:directory -->",
        "<!-- md:contacts sapa-129 -->\n\n<!-- md:directory -->",
    )
    site = tmp_path / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr
    for locale in ("id", "en"):
        html = page(site, locale)
        for script in html.find_all("script"):
            assert "alert" not in (script.string or "") or script["type"] == "application/ld+json"
        assert not [
            tag for tag in html.find_all(True) if any(a.startswith("on") for a in tag.attrs)
        ]
        assert html.find(string=re.compile(re.escape(HOSTILE)))
        for ld in html.select('script[type="application/ld+json"]'):
            assert "</script" not in ld.string.lower()
            json.loads(ld.string)  # still valid JSON
    assert page(site, "id").select_one("article#layanan-sapa-129 h3").get_text() == HOSTILE
    assert page(site, "en").find(id="kebutuhan-tppo").get_text().startswith(HOSTILE)


def test_bad_data_stops_the_build_with_file_line_and_field(project_copy, tmp_path):
    project = project_copy
    _edit(project / "data/services/sapa-129.yml", '"+628111129129"', '"+62213903963"')
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    line = next(
        n
        for n, text in enumerate(
            (project / "data/services/sapa-129.yml").read_text().splitlines(), 1
        )
        if "+62213903963" in text
    )
    # In the site's first language, the editors'.
    assert (
        f'data/services/sapa-129.yml:{line}: channels[1].value: "+62213903963" bukan nomor '
        "seluler (nomor WhatsApp harus nomor seluler)" in result.stderr
    )


def test_unknown_service_id_in_a_page_names_page_and_line(project_copy, tmp_path):
    project = project_copy
    page_md = project / "docs/bantuan/direktori.md"
    _edit(page_md, "<!-- md:directory -->", "<!-- md:contacts sapa-129 nobody -->")
    line = page_md.read_text().splitlines().index("<!-- md:contacts sapa-129 nobody -->") + 1
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        f"docs/bantuan/direktori.md:{line}: md:contacts: tidak ada layanan dengan id 'nobody' "
        "(yang ada: jakarta-siaga-112, " in result.stderr
    )
