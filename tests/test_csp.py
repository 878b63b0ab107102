"""CSP hashes: which inline scripts a browser runs, their hashes, what no hash can allow."""

from __future__ import annotations

from sitegen import csp


def test_hash_matches_the_example_in_the_csp_documentation():
    # MDN's script-src example: <script>alert('Hello, world.');</script>
    assert csp.script_hash("alert('Hello, world.');") == (
        "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    )


def test_only_scripts_the_browser_runs_are_collected():
    html = """<html><head>
    <script>one()</script>
    <script type="module">two()</script>
    <script type="text/javascript">three()</script>
    <script src="four.js"></script>
    <script type="application/json" id="__config">{"a": 1}</script>
    <script type="application/ld+json">{"@type": "Organization"}</script>
    </head></html>"""
    assert csp.scan_html(html).scripts == ["one()", "two()", "three()"]


def test_script_text_is_taken_verbatim_with_entities_and_tags_in_strings():
    html = '<script>if (a < b && c) { s = "</p>&amp;"; }</script>'
    assert csp.scan_html(html).scripts == ['if (a < b && c) { s = "</p>&amp;"; }']


def test_line_endings_are_normalised_as_browsers_do():
    assert csp.scan_html("<script>a()\r\nb()\rc()</script>").scripts == ["a()\nb()\nc()"]


def test_inline_handlers_and_javascript_urls_are_findings_with_their_line():
    html = '<p>x</p>\n<button onclick="go()">Go</button>\n<a href=" JavaScript:go()">x</a>'
    assert csp.scan_html(html).findings == [
        (2, "<button onclick=...> is an inline event handler; move it to a script"),
        (3, '<a href="javascript:...">: use a script'),
    ]


def test_policy_adds_hashes_to_script_src_only():
    value = csp.policy(["'sha256-AAA='", "'sha256-BBB='"])
    parts = dict(part.split(" ", 1) for part in value.split("; "))
    assert parts["script-src"] == "'self' 'sha256-AAA=' 'sha256-BBB='"
    assert parts["default-src"] == "'self'"
    assert parts["frame-ancestors"] == "'none'"
    assert "unsafe" not in value


def test_the_policy_allows_no_webassembly():
    """The site's search needs none: nothing may compile WebAssembly."""
    assert "wasm" not in csp.policy(["'sha256-A='"])
