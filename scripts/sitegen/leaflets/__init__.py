"""Printable leaflets: pages with `leaflet:` front matter that are also rendered to PDF.

The data flows one way, one language build at a time:

1. `spec` reads a leaflet page's `leaflet:` front matter (paper sizes, services), and
   `hotlines` picks its services from the checked directory;
2. the page is rendered by MkDocs as usual; `components` adds its download links, hotline
   box and the date of its numbers, and `build.LeafletBuild` keeps its HTML;
3. after the language build, `document` wraps that HTML in the print template with the
   hotline box, a QR code to the page (`qr`) and the dates; `render` turns it into a
   one-page PDF with WeasyPrint, and `cache` skips that when nothing changed.

The markup is in `theme/` (templates a site may override from its own `overrides/`).
"""
