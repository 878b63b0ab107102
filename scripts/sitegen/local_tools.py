"""What the tests and benchmarks share: Debian's Chromium as Playwright drives it, a
throwaway copy of the project's sources, the site built as configured or with Material's
own templates, and the W3C Nu Html Checker run over a built site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from sitegen import static_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PROJECT_PARTS = ("mkdocs.yml", "docs", "overrides", "scripts", "data", "pyproject.toml")


def launch_chromium(playwright):  # type: ignore[no-untyped-def]
    """Debian's Chromium, headless, through Playwright (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def copy_project(target: Path) -> Path:
    """Copy the project's sources (not .venv, site/ or caches) into `target`."""
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


# How a benchmark builds the content: as configured ("site"); with Material's own
# templates, features and search plugin and no extra CSS or JavaScript ("material");
# or the same with this site's theme features ("material-features"), which decide
# part of the markup Material writes (navigation sections, index pages).
BUILD_VARIANTS = ("site", "material-features", "material")

# Material's own templates and defaults, as a new project gets them, in a subprocess:
# plugins and hooks keep their state per build. The sitegen plugins still render the
# content and data (shortcodes, cards, leaflets), but add neither their layer over
# Material's templates nor their stylesheets and scripts.
_BUILD_WITH_MATERIAL = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load
from sitegen.plugins import adapter
from sitegen.plugins.site import plugin as site_plugin

add_theme_dir = adapter.add_theme_dir
adapter.add_theme_dir = lambda config, directory: (
    None if directory == site_plugin.THEME_DIR else add_theme_dir(config, directory)
)
adapter.add_assets = lambda config, stylesheets=(), scripts=(): None

config_file, site_dir, keep_features = sys.argv[1:4]
with open(config_file, encoding="utf-8") as f:
    raw = yaml_load(f)
theme = {"name": "material", "language": raw["theme"].get("language", "en")}
if keep_features == "yes":
    theme["features"] = raw["theme"].get("features", [])
build(load_config(
    config_file,
    site_dir=site_dir,
    strict=False,
    theme=theme,
    plugins=["search", *raw["plugins"]],
    extra_css=[],
    extra_javascript=[],
))
"""


class BuildFailed(Exception):
    """A benchmark's build of the site ended with an error (its message ends the log)."""


def build_variant(site_dir: Path, variant: str) -> None:
    """Build the project's content into `site_dir` as one of BUILD_VARIANTS."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1/"}
    if variant == "site":
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)]
    elif variant in BUILD_VARIANTS:
        keep_features = "yes" if variant == "material-features" else "no"
        command = [sys.executable, "-c", _BUILD_WITH_MATERIAL, str(ROOT / "mkdocs.yml")]
        command += [str(site_dir), keep_features]
    else:
        raise ValueError(f"unknown build variant {variant!r}; one of {BUILD_VARIANTS}")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildFailed(f"the {variant} build failed:\n{result.stderr[-3000:]}")


# The W3C Nu Html Checker (validator.w3.org/nu), from the npm package vnu-jar
# (package-lock.json), run by Debian's Java.
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class NuMessage:
    """One message of the Nu checker about one page."""

    page: str  # path below the site folder, "en/bantuan/index.html"
    line: int
    kind: str  # "error", "warning" or "info"
    message: str
    markup: str  # the source the message points at: the start tag concerned

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.kind}: {self.message} {self.markup}"


@dataclass(frozen=True)
class NuReport:
    """What one run of the checker saw: the pages it checked and what it said."""

    pages: list[str]
    messages: list[NuMessage]


def nu_check(site_dir: Path) -> NuReport:
    """Check every HTML page below `site_dir` in one run of the checker (one JVM).

    The pages are checked as a browser gets them, served on 127.0.0.1 (which the checker
    refuses unless told otherwise): read from disk, the Content-Security-Policy's 'self'
    would match no origin, and the checker would call every stylesheet and script blocked.
    """
    java = shutil.which("java")
    if java is None:
        raise FileNotFoundError("java not found: run scripts/install-system-deps.sh")
    if not VNU_JAR.is_file():
        raise FileNotFoundError(f"{VNU_JAR} not found: run make node-tools")
    files = sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html"))
    # --verbose names each page checked on stdout; the JSON report goes to stderr.
    command = [java, "-Dnu.validator.servlet.allow-forbidden-hosts=true", "-jar", str(VNU_JAR)]
    command += ["--format", "json", "--verbose", "--exit-zero-always"]
    with static_server.serve(site_dir) as (base, _):
        result = subprocess.run(
            [*command, *(base + name for name in files)],
            capture_output=True,
            text=True,
            check=False,
        )
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        raise RuntimeError(f"the Nu checker failed:\n{result.stderr[-3000:]}") from None
    pages = sorted(
        line.strip().removeprefix(base) for line in result.stdout.splitlines() if line.strip()
    )
    return NuReport(pages=pages, messages=[_message(m, base) for m in report["messages"]])


def _message(raw: dict, base: str) -> NuMessage:
    if raw["type"] == "info":
        kind = "warning" if raw.get("subType") == "warning" else "info"
    else:
        kind = "error"  # "error" and "non-document-error" (a file it could not read)
    extract, start = raw.get("extract", ""), raw.get("hiliteStart", 0)
    url = raw.get("url", "")
    return NuMessage(
        page=unquote(url.removeprefix(base)),
        line=raw.get("firstLine", raw.get("lastLine", 0)),
        kind=kind,
        message=raw["message"],
        markup=extract[start : start + raw.get("hiliteLength", 0)],
    )
