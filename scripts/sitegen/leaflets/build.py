"""One language build's leaflets: collected while pages render, written as PDFs after."""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from babel.support import Translations

from sitegen.contacts.words import Words
from sitegen.leaflets.cache import PdfCache, input_hash
from sitegen.leaflets.document import END_MARKER, LeafletDocument, LeafletTemplate
from sitegen.leaflets.qr import qr_svg
from sitegen.leaflets.render import UnreachableResource, engine_version, render_pdf
from sitegen.leaflets.spec import LeafletSpec
from sitegen.problems import Problem, ProblemError


@dataclass(frozen=True)
class Leaflet:
    """A rendered leaflet page, with what its PDFs need besides the template."""

    spec: LeafletSpec
    locale: str
    site_name: str
    title: str
    description: str
    url: str
    page_dir: str
    content: str
    hotlines: str
    checked: str

    def pdf_name(self, size: str) -> str:
        """`tawaran-kerja-id-a4.pdf`: the language in the name, as downloads get mixed up."""
        return f"{posixpath.basename(self.page_dir)}-{self.locale}-{size.lower()}.pdf"


@dataclass
class BuildReport:
    rendered: list[str] = field(default_factory=list)
    from_cache: list[str] = field(default_factory=list)


class LeafletBuild:
    """The leaflets of one language build, collected while pages render.

    `templates(language)` gives the print template in a language, `words(language)` its
    dates; `messages` are the editors' (for a leaflet that cannot be printed).
    """

    def __init__(
        self,
        templates: Callable[[str], LeafletTemplate],
        words: Callable[[str], Words],
        cache: PdfCache,
        messages: Translations,
    ) -> None:
        self.templates = templates
        self.words = words
        self.cache = cache
        self._ = messages.gettext
        self.leaflets: list[Leaflet] = []

    def add(self, leaflet: Leaflet) -> None:
        self.leaflets.append(leaflet)

    def write(self, site_dir: Path, today: datetime.date) -> BuildReport:
        """Write every collected leaflet's PDFs into `site_dir`, from the cache if it can."""
        report = BuildReport()
        for leaflet in self.leaflets:
            printed = self.words(leaflet.locale).long_date(today)
            for size in leaflet.spec.sizes:
                target = site_dir / leaflet.page_dir / leaflet.pdf_name(size)
                target.write_bytes(self._pdf(leaflet, size, printed, site_dir, report))
        self.leaflets.clear()
        return report

    def _pdf(
        self, leaflet: Leaflet, size: str, printed: str, site_dir: Path, report: BuildReport
    ) -> bytes:
        template = self.templates(leaflet.locale)
        html = template.render(
            LeafletDocument(
                locale=leaflet.locale,
                size=size,
                site_name=leaflet.site_name,
                title=leaflet.title,
                content=leaflet.content,
                hotlines=leaflet.hotlines,
                qr=qr_svg(leaflet.url),
                url=leaflet.url,
                printed=printed,
                checked=leaflet.checked,
            )
        )
        # The document holds the content, the data, the dates and the template's output;
        # the stylesheet and the engine change the layout without changing the document.
        key = input_hash(html, template.css, template.source, engine_version())
        name = leaflet.pdf_name(size)
        cached = self.cache.get(key)
        if cached is not None:
            report.from_cache.append(name)
            return cached
        base_url = (site_dir / leaflet.page_dir).as_uri() + "/"
        try:
            rendered = render_pdf(html, base_url, END_MARKER)
        except UnreachableResource as error:
            message = self._("the {size} leaflet refers to {what}")
            problem = Problem(
                leaflet.spec.path, 1, "content", message.format(size=size, what=error)
            )
            raise ProblemError([problem]) from None
        if not rendered.fits_one_page:
            if size == "A4":
                message = self._("the {size} leaflet does not fit on one page: shorten the text")
            else:
                message = self._(
                    "the {size} leaflet does not fit on one page: shorten the text or remove "
                    "{size} from the sizes"
                )
            raise leaflet.spec.error(("sizes",), message.format(size=size))
        self.cache.put(key, rendered.pdf)
        report.rendered.append(name)
        return rendered.pdf
