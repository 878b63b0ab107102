""".github/: workflows pinned by commit SHA, issue forms GitHub accepts, Dependabot."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from ruamel.yaml import YAML

from sitegen import mkdocs_yml

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
FORMS = sorted(p for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml")
# `uses: owner/repo@<40 hex> # vX.Y.Z`: a commit cannot be moved the way a tag can.
PINNED = re.compile(r"^\s*(?:- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def load(path: Path) -> Any:
    # YAML 1.2, as GitHub reads it: `on:` stays a key, not the boolean true.
    return YAML(typ="safe").load(path.read_text())


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_there_are_workflows():
    assert [path.name for path in WORKFLOWS] == ["checks.yml", "deploy.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path):
    lines = [line for line in path.read_text().splitlines() if "uses:" in line]
    assert lines
    for line in lines:
        assert PINNED.match(line), f"{path.name}: {line.strip()}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflows_only_read_the_repository_by_default(path: Path):
    assert load(path)["permissions"] == {"contents": "read"}


def test_pull_requests_run_make_check_and_make_test():
    workflow = load(GITHUB / "workflows/checks.yml")
    assert "pull_request" in workflow["on"]
    commands = [step.get("run", "") for step in steps(workflow)]
    assert any(command.strip() == "make check" for command in commands)
    assert any(command.strip().endswith("make test") for command in commands)


def test_main_is_built_and_deployed_with_the_official_pages_actions():
    workflow = load(GITHUB / "workflows/deploy.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    used = [step.get("uses", "").split("@")[0] for step in steps(workflow)]
    for action in (
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in used
    upload = next(s for s in steps(workflow) if "upload-pages-artifact" in s.get("uses", ""))
    config = mkdocs_yml.load(ROOT / "mkdocs.yml")
    assert upload["with"]["path"] == config["site_dir"]
    assert any(s.get("run") == "make site" for s in steps(workflow))
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_deploy_installs_the_fonts_the_tests_render_with_before_building():
    commands = [step.get("run", "") for step in steps(load(GITHUB / "workflows/deploy.yml"))]
    fonts = commands.index("./scripts/install-system-deps.sh build")
    assert fonts < commands.index("make site")


def test_pull_requests_get_a_preview_of_the_changed_pages():
    preview = load(GITHUB / "workflows/checks.yml")["jobs"]["preview"]
    assert "permissions" not in preview  # the workflow's: contents read
    runs = "\n".join(step.get("run", "") for step in preview["steps"])
    assert "make site" in runs
    assert 'sitegen changed-pages "origin/${GITHUB_BASE_REF:-main}"' in runs
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    assert "scripts/preview_screenshots.py site preview/pages.json preview/screenshots" in runs
    uploads = {
        step["with"]["name"]: step["with"]["path"]
        for step in preview["steps"]
        if step.get("uses", "").startswith("actions/upload-artifact@")
    }
    assert uploads == {"site": "site", "screenshots": "preview/screenshots"}
    assert (ROOT / "scripts/preview_screenshots.py").is_file()


def test_dependabot_updates_pip_and_actions():
    config = load(GITHUB / "dependabot.yml")
    assert {update["package-ecosystem"] for update in config["updates"]} == {
        "pip",
        "github-actions",
    }
    # Dependabot reads only *.txt and *.in requirement files: the lock must be one.
    assert (ROOT / "requirements.txt").is_file()
    assert not (ROOT / "requirements.lock").exists()


def test_the_lock_pins_every_package_with_hashes_and_make_requires_them():
    text = (ROOT / "requirements.txt").read_text()
    entries = re.split(r"\n(?=\S)", text.strip())
    packages = [entry for entry in entries if not entry.startswith("#")]
    assert len(packages) > 50
    unhashed = [p.split()[0] for p in packages if "==" not in p or "--hash=sha256:" not in p]
    assert unhashed == []
    makefile = (ROOT / "Makefile").read_text()
    assert "pip install --quiet --require-hashes -r $(LOCK)" in makefile
    assert "pip install --quiet --no-deps --no-build-isolation -e ." in makefile
    assert "pip-compile --quiet --generate-hashes" in makefile


# GitHub's own schemas, as vendored by check-jsonschema (no download).
SCHEMAS = {
    "vendor.github-workflows": WORKFLOWS,
    "vendor.github-issue-forms": FORMS,
    "vendor.github-issue-config": [GITHUB / "ISSUE_TEMPLATE/config.yml"],
    "vendor.dependabot": [GITHUB / "dependabot.yml"],
}


def validate(schema: str, files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("schema", SCHEMAS)
def test_github_files_follow_githubs_schemas(schema: str):
    result = validate(schema, SCHEMAS[schema])
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_form_github_would_reject_fails_the_schema_check(tmp_path: Path):
    broken = tmp_path / "broken.yml"
    text = (GITHUB / "ISSUE_TEMPLATE/nomor-salah.yml").read_text()
    broken.write_text(text.replace("type: dropdown", "type: select"))
    assert validate("vendor.github-issue-forms", [broken]).returncode == 1


def test_issue_form_fields_have_unique_ids():
    for path in FORMS:
        ids = [element["id"] for element in load(path)["body"] if "id" in element]
        assert len(ids) == len(set(ids)), path.name


def corrections() -> dict:
    """Where the site's cards send readers to report a wrong number (mkdocs.yml)."""
    plugins = mkdocs_yml.load(ROOT / "mkdocs.yml")["plugins"]
    (options,) = [
        p["sitegen/directory"] for p in plugins if isinstance(p, dict) and "sitegen/directory" in p
    ]
    return options["corrections"]


def test_wrong_number_form_takes_the_service_from_the_card_link():
    form = load(GITHUB / "ISSUE_TEMPLATE/nomor-salah.yml")
    service = next(element for element in form["body"] if element.get("id") == "service")
    assert service["type"] == "input"  # only inputs and textareas can be prefilled by URL
    assert corrections()["issue_url"].endswith("/issues/new")
    assert (GITHUB / "ISSUE_TEMPLATE" / corrections()["issue_form"]).is_file()


def test_issue_forms_are_the_two_the_site_expects():
    assert [path.name for path in FORMS] == ["nomor-salah.yml", "usulan-konten.yml"]


def test_the_in_danger_link_points_at_the_sites_help_page():
    config = mkdocs_yml.load(ROOT / "mkdocs.yml")
    site_url = config["site_url"][1] if isinstance(config["site_url"], list) else config["site_url"]
    (link,) = load(GITHUB / "ISSUE_TEMPLATE/config.yml")["contact_links"]
    assert link["url"] == f"{site_url}bantuan/"
    assert (ROOT / "docs/bantuan/index.md").exists()


# Query parameters GitHub reads itself; every other one prefills the form field of that id.
ISSUE_PARAMETERS = {"template", "title", "labels", "assignees", "projects", "milestone"}


def test_every_issue_link_on_the_site_opens_an_existing_form_with_real_fields(built_site: Path):
    issue_url = corrections()["issue_url"]
    links = set()
    for page in built_site.rglob("*.html"):
        for anchor in BeautifulSoup(page.read_text(), "html.parser").find_all("a", href=True):
            if anchor["href"].startswith(f"{issue_url}?"):
                links.add(anchor["href"])
    assert links, "the service cards link to the wrong-number form"
    for link in links:
        query = parse_qs(urlsplit(link).query)
        form = load(GITHUB / "ISSUE_TEMPLATE" / query["template"][0])
        fields = {e["id"]: e["type"] for e in form["body"] if e["type"] != "markdown"}
        for name in set(query) - ISSUE_PARAMETERS:
            assert fields.get(name) in ("input", "textarea"), f"{link}: {name}"
        (service,) = query["service"]
        assert (ROOT / "data/services" / f"{service}.yml").exists()
