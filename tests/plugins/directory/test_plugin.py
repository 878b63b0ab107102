"""The sitegen/directory plugin on a minimal site: its options, its defaults, its
templates and stylesheet, and the errors that stop a build (one line each, no traceback,
in the editors' language)."""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from tests.contacts.contacts_data import VALID, write_data
from tests.plugins.minimal_site import build, write_site

TODAY = datetime.date.today().isoformat()
FRESH = VALID.replace("2026-11-01", TODAY).replace("2026-10-01", TODAY)


def directory_site(
    root: Path,
    options: dict | None = None,
    languages: tuple[str, ...] = ("id", "en"),
    page: str = "<!-- md:directory -->",
) -> Path:
    """A minimal site whose home page in each language holds `page`, with one service."""
    site = write_site(
        root, ["sitegen/site", {"sitegen/directory": options or {}}], languages=languages
    )
    config = yaml.safe_load((site / "mkdocs.yml").read_text())
    config["markdown_extensions"] = ["attr_list"]
    (site / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    for index in (site / "docs").glob("index*.md"):
        index.write_text(index.read_text() + f"\n{page}\n", encoding="utf-8")
    write_data(site / "data", {"svc-1.yml": FRESH})
    return site


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def line_of(site: Path, text: str) -> int:
    lines = (site / "mkdocs.yml").read_text().splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_a_site_with_no_options_gets_neutral_anchors_and_the_stylesheet(tmp_path: Path) -> None:
    site = directory_site(tmp_path)
    result = build(site)
    assert result.returncode == 0, result.stderr
    home, english = soup(site / "site/index.html"), soup(site / "site/en/index.html")
    assert home.select_one("article.tppo-card")["id"] == "service-svc-1"
    assert [h2["id"] for h2 in home.select("article h2[id]")] == [
        "by-need",
        "by-area",
        "all-services",
    ]
    assert home.find(id="topic-tppo") is not None
    assert home.find(id="area-indonesia") is not None
    assert [h2.get_text(strip=True) for h2 in english.select("h2[id]")][:2] == [
        "By need",
        "By area",
    ]
    assert home.select_one('link[href$="assets/stylesheets/contacts.css"]') is not None
    assert (site / "site/assets/stylesheets/contacts.css").is_file()
    # No issue_url: no report link. Numbers: national in Indonesian, international in English.
    assert home.select(".tppo-card__report") == []
    whatsapp = ".tppo-channel--whatsapp .tppo-channel__value"
    assert home.select_one(whatsapp).get_text() == "0811-1129-129"
    assert english.select_one(whatsapp).get_text() == "+62 811-1129-129"


def test_the_sites_anchors_and_issue_form_are_options(tmp_path: Path) -> None:
    options = {
        "anchors": {"service": "layanan-", "by_topic": "menurut-kebutuhan"},
        "corrections": {"issue_url": "https://x.test/issues/new", "issue_form": "salah.yml"},
    }
    site = directory_site(
        tmp_path,
        options,
        page="<!-- md:directory -->\n\n[lapor](<!-- md:corrections issue_url -->)",
    )
    result = build(site)
    assert result.returncode == 0, result.stderr
    home = soup(site / "site/index.html")
    assert home.select_one("article.tppo-card")["id"] == "layanan-svc-1"
    assert home.find(id="menurut-kebutuhan") is not None
    assert home.select_one(".tppo-card__report a")["href"] == (
        "https://x.test/issues/new?template=salah.yml&service=svc-1"
        "&title=Nomor%20salah%3A%20Layanan%20Satu"
    )
    assert home.find("a", string="lapor")["href"] == "https://x.test/issues/new"


def test_a_template_in_the_sites_overrides_replaces_the_packages(tmp_path: Path) -> None:
    site = directory_site(tmp_path, page="<!-- md:contacts svc-1 -->")
    config = yaml.safe_load((site / "mkdocs.yml").read_text())
    config["theme"]["custom_dir"] = "overrides"
    (site / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    override = site / "overrides" / "sitegen" / "contacts" / "channel.html"
    override.parent.mkdir(parents=True)
    override.write_text('<li class="mine">{{ words.kind(channel.kind) }}</li>')
    result = build(site)
    assert result.returncode == 0, result.stderr
    kinds = [li.get_text() for li in soup(site / "site/index.html").select("li.mine")]
    assert kinds == ["Telepon", "WhatsApp", "Email", "Formulir daring"]


def test_texts_are_needed_in_every_language_of_the_site(tmp_path: Path) -> None:
    site = directory_site(tmp_path, languages=("id", "en", "fr"))
    po = site / "locale" / "fr" / "LC_MESSAGES" / "sitegen.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid "Quick exit"\nmsgstr "Sortie rapide"\n', encoding="utf-8")
    result = build(site)
    assert result.returncode == 1
    assert "data/services/svc-1.yml:2: name.fr: teks bahasa Prancis belum diisi" in result.stderr
    assert "data/services/svc-1.yml:5: description.fr: teks bahasa Prancis belum diisi" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_unknown_key_services_and_limits_out_of_order_are_named_at_their_line(
    tmp_path: Path,
) -> None:
    site = directory_site(tmp_path / "a", {"key_services": ["svc-1", "nobody"]})
    result = build(site)
    assert result.returncode == 1
    assert (
        f"mkdocs.yml:{line_of(site, '- nobody')}: plugins.sitegen/directory.key_services[1]: "
        "tidak ada layanan dengan id 'nobody' (yang ada: svc-1)"
    ) in result.stderr
    site = directory_site(tmp_path / "b", {"warn_after_days": 400, "error_after_days": 365})
    result = build(site)
    assert result.returncode == 1
    assert (
        f"mkdocs.yml:{line_of(site, 'warn_after_days')}: plugins.sitegen/directory."
        "warn_after_days: tidak boleh lebih dari error_after_days (365)"
    ) in result.stderr
    assert "Traceback" not in result.stderr


def test_mkdocs_refuses_option_values_that_cannot_work(tmp_path: Path) -> None:
    site = directory_site(tmp_path / "a", {"anchors": {"by_topic": "by need"}})
    result = build(site)
    assert result.returncode == 1
    assert "'by need' cannot be part of a link target" in result.stderr
    site = directory_site(tmp_path / "b", {"warn_after_days": 0})
    result = build(site)
    assert result.returncode == 1
    assert "0 is not a number of days" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unset_corrections_address_is_a_problem_where_a_page_asks_for_it(
    tmp_path: Path,
) -> None:
    site = directory_site(tmp_path, page="[lapor](<!-- md:corrections issue_url -->)")
    result = build(site)
    assert result.returncode == 1
    assert (
        "docs/index.md:3: md:corrections: corrections.issue_url belum diisi di mkdocs.yml "
        "(plugins: sitegen/directory)"
    ) in result.stderr


def test_the_directory_needs_the_attr_list_extension(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site", "sitegen/directory"])
    write_data(site / "data", {"svc-1.yml": FRESH})
    result = build(site)
    assert result.returncode == 1
    assert (
        "mkdocs.yml:1: markdown_extensions: plugin sitegen/directory memerlukan ekstensi attr_list"
    ) in result.stderr


def test_the_directory_needs_the_site_plugin(tmp_path: Path) -> None:
    site = write_site(tmp_path, [{"sitegen/directory": {}}])
    result = build(site)
    assert result.returncode == 1
    assert "the sitegen/directory plugin needs the sitegen/site plugin" in result.stderr
    assert "Traceback" not in result.stderr
