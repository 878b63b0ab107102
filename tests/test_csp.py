"""CSP hashes: which inline scripts a browser runs, their hashes, what no hash can allow."""

from __future__ import annotations

from sitegen import csp, messages


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
        (
            2,
            "<button onclick=...> is an inline event handler, which the site's "
            "Content-Security-Policy blocks; move it to a script file",
        ),
        (
            3,
            '<a href="javascript:..."> is blocked by the site\'s Content-Security-Policy; '
            "use a script file",
        ),
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


def test_the_meta_policy_leaves_out_what_only_a_header_can_carry():
    header = dict(part.split(" ", 1) for part in csp.policy(["'sha256-A='"]).split("; "))
    meta = dict(part.split(" ", 1) for part in csp.meta_policy(["'sha256-A='"]).split("; "))
    assert set(header) - set(meta) == {"frame-ancestors"}
    assert {name: header[name] for name in meta} == meta


def test_the_meta_comes_right_after_the_charset_before_any_script():
    page = '<html><head>\n<meta charset="utf-8">\n<script>a()</script></head><body></body></html>'
    result = csp.with_meta(page, "default-src 'self'")
    assert result.index('http-equiv="Content-Security-Policy"') < result.index("<script>")
    assert result.index("<meta charset") < result.index("http-equiv")
    assert "content=\"default-src 'self'\"" in result


def test_a_page_keeps_one_meta_policy_when_written_again():
    page = csp.with_meta('<html><head><meta charset="utf-8"></head></html>', "default-src 'self'")
    again = csp.with_meta(page, "default-src 'none'")
    assert again.count("Content-Security-Policy") == 1
    assert "default-src 'none'" in again


def test_findings_speak_the_language_of_the_catalog():
    html = '<button onclick="go()">Go</button>'
    (finding,) = csp.scan_html(html, messages.translations("id")).findings
    assert finding[1].startswith("<button onclick=...> adalah penangan peristiwa")
