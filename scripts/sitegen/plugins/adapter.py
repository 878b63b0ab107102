"""What every sitegen plugin needs from MkDocs: its theme folder in the theme, its
assets on every page, the site plugin, and editor-facing errors without a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from sitegen import github_actions, yaml_lines
from sitegen.messages import CatalogError
from sitegen.pages import PageRef
from sitegen.problems import Problem, ProblemError

if TYPE_CHECKING:
    from sitegen.plugins.site.plugin import SitePlugin

SITE_PLUGIN = "sitegen/site"
# The job summary's heading for what the site build found.
BUILD_HEADING = "mkdocs build"
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def add_theme_dir(config: MkDocsConfig, directory: Path) -> None:
    """Put a package theme folder right after the site's own overrides, before the
    theme's folders, so the package can change Material's templates and the site can
    still change the package's. Idempotent: every language build calls it."""
    dirs = config.theme.dirs
    if str(directory) not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, str(directory))


def add_assets(
    config: MkDocsConfig, stylesheets: tuple[str, ...] = (), scripts: tuple[str, ...] = ()
) -> None:
    """Link stylesheets and scripts from every page, once: after the other package
    assets and before the site's own `extra_css`/`extra_javascript`, which so keep the
    last word."""
    for listing, paths in ((config.extra_css, stylesheets), (config.extra_javascript, scripts)):
        names = [str(entry) for entry in listing]
        position = 0
        while position < len(names) and _is_package_asset(config, names[position]):
            position += 1
        for path in paths:
            if path not in names:
                listing.insert(position, path)
                names.insert(position, path)
                position += 1


def _is_package_asset(config: MkDocsConfig, name: str) -> bool:
    package_dirs = [d for d in config.theme.dirs if Path(d).is_relative_to(PACKAGE_DIR)]
    return any((Path(d) / name).is_file() for d in package_dirs)


def all_languages_built(config: MkDocsConfig) -> bool:
    """Whether every language is on disk: mkdocs-static-i18n builds the default language,
    then, inside its own `on_post_build` (priority -100), every other one, each with its
    own `on_post_build`. A handler at a lower priority sees this true once, last in the
    outermost build (for `mkdocs build` and for each rebuild of `mkdocs serve`)."""
    i18n = config.plugins.get("i18n")
    return i18n is None or not getattr(i18n, "building", False)


def site_plugin(config: MkDocsConfig, needed_by: str) -> SitePlugin:
    """The site plugin every other sitegen plugin builds on."""
    plugin = config.plugins.get(SITE_PLUGIN)
    if plugin is None:
        raise PluginError(
            f"the {needed_by} plugin needs the {SITE_PLUGIN} plugin: list it first under "
            "plugins: in mkdocs.yml"
        )
    return plugin  # type: ignore[return-value]


def page_ref(page: Page, config: MkDocsConfig) -> PageRef:
    """The page as the core sees it; its file named as editors see it (docs/...)."""
    docs = Path(config.docs_dir).name
    return PageRef(
        path=f"{docs}/{page.file.src_uri}",
        language=config.theme["language"],
        dest_uri=page.file.dest_uri,
        canonical_url=page.canonical_url or "",
        body_line=_body_line(page.file.content_string),
    )


def _body_line(source: str) -> int:
    """The line of `source` on which its Markdown begins once MkDocs has taken off the
    front matter (and the blank lines after it)."""
    body, _ = get_data(source)
    if not body or not source.endswith(body):
        return 1
    return source.count("\n", 0, len(source) - len(body)) + 1


@contextmanager
def editor_errors() -> Iterator[None]:
    """Problems stop the build with their lines, never with a traceback; inside GitHub
    Actions they also annotate their lines of the pull request."""
    try:
        yield
    except ProblemError as error:
        github_actions.annotate(error.problems, BUILD_HEADING)
        raise PluginError(str(error)) from None
    except CatalogError as error:
        raise PluginError(str(error)) from None


def option_problem(
    config: MkDocsConfig, plugin: str, keys: tuple[str | int, ...], message: str
) -> Problem:
    """A problem with one of `plugin`'s options (keys, and indexes in lists), at its line in
    mkdocs.yml."""
    path = Path(config.config_file_path or "mkdocs.yml")
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    entries = yaml_lines.value_at(text, ("plugins",))
    index = next(
        (
            i
            for i, entry in enumerate(entries if isinstance(entries, list) else [])
            if entry == plugin or (isinstance(entry, dict) and plugin in entry)
        ),
        None,
    )
    where: tuple[str | int, ...] = ("plugins",) if index is None else ("plugins", index, plugin)
    line = yaml_lines.line_of(text, (*where, *keys))
    field = ".".join(("plugins", plugin))
    for key in keys:
        field += f"[{key}]" if isinstance(key, int) else f".{key}"
    return Problem(path.name, line, field, message)
