"""No page sends a request to any other origin, points the browser at one, or leaves a
cookie or stored data: a person who checks the device or the network sees only this
site."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_no_request_goes_to_another_origin(walk):
    problems = [f"{page_url} requested {url}" for page_url, url in walk.requests.foreign]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_no_page_loads_anything_from_another_origin(walk):
    problems = [
        f"/{visit.page.path}: loads {url}"
        for visit in walk.visits
        for url in visit.resource_urls
        if urlsplit(url).scheme in ("http", "https") and _origin(url) != walk.origin
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_no_cookies(walk):
    set_by_pages = [
        f"/{visit.page.path}: document.cookie = {visit.document_cookie!r}"
        for visit in walk.visits
        if visit.document_cookie
    ]
    if set_by_pages:
        pytest.fail("\n".join(set_by_pages), pytrace=False)
    assert walk.cookies == []


def test_nothing_kept_in_web_storage(walk):
    assert walk.web_storage == [], "localStorage/sessionStorage keys left on the device"
