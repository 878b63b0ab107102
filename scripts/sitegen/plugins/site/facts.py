"""The site's facts, read from a loaded MkDocs configuration (builds and command-line
tools alike)."""

from __future__ import annotations

from babel.support import Translations
from mkdocs.config.defaults import MkDocsConfig

from sitegen.formats import language_name
from sitegen.plugins import adapter
from sitegen.plugins.site.config import SiteConfig
from sitegen.problems import ProblemError
from sitegen.site import SiteFacts, is_country, is_time_zone


def languages(config: MkDocsConfig) -> tuple[str, ...]:
    """The languages mkdocs-static-i18n builds, the default first (else the theme's)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return (str(config.theme["language"]),)
    built = [language for language in i18n.config.languages if language.build]
    built.sort(key=lambda language: not language.default)
    return tuple(language.locale for language in built)


def read_facts(config: MkDocsConfig, options: SiteConfig, messages: Translations) -> SiteFacts:
    """The facts, or ProblemError naming the option's line in mkdocs.yml."""
    _ = messages.gettext
    built = languages(config)
    region = dict(options.region)
    problems = [
        adapter.option_problem(
            config,
            adapter.SITE_PLUGIN,
            ("region", language),
            _("the {language} name of the region is missing").format(
                language=language_name(language, built[0])
            ),
        )
        for language in built
        if region and not str(region.get(language, "")).strip()
    ]
    problems += [
        adapter.option_problem(
            config,
            adapter.SITE_PLUGIN,
            ("region", language),
            _("'{language}' is not a language of this site (they are: {languages})").format(
                language=language, languages=", ".join(built)
            ),
        )
        for language in region
        if language not in built
    ]
    if not is_time_zone(options.timezone):
        message = _(
            "'{name}' is not an IANA time zone name (like Asia/Jakarta, Asia/Makassar, "
            "Asia/Jayapura)"
        )
        problems.append(
            adapter.option_problem(
                config, adapter.SITE_PLUGIN, ("timezone",), message.format(name=options.timezone)
            )
        )
    if not is_country(options.country):
        message = _("'{code}' is not an ISO 3166-1 country code (like ID)")
        problems.append(
            adapter.option_problem(
                config, adapter.SITE_PLUGIN, ("country",), message.format(code=options.country)
            )
        )
    if problems:
        raise ProblemError(problems)
    return SiteFacts(
        languages=built,
        country=options.country,
        timezone=options.timezone,
        site_url=config.site_url or "/",
        region=region,
    )
