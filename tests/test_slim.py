"""The head's hreflang links go (Material would fetch a sitemap below each); nothing
else does."""

from __future__ import annotations

from sitegen.slim import drop_hreflang_links

HEAD = """<head>
      <link rel="canonical" href="https://example.org/kenali-tanda/">
          <link rel="alternate" href="./" hreflang="id">
          <link rel="alternate" href="../en/kenali-tanda/" hreflang="en">
        <link rel="alternate" type="application/rss+xml" title="RSS" href="feed.xml">
      <link rel="icon" href="../assets/images/favicon.svg">
</head>"""


def test_hreflang_links_are_removed():
    assert "hreflang" not in drop_hreflang_links(HEAD)


def test_other_links_are_kept():
    slimmed = drop_hreflang_links(HEAD)
    for kept in ('rel="canonical"', 'type="application/rss+xml"', 'rel="icon"'):
        assert kept in slimmed
