"""Every request a page makes to its own site succeeds: no missing asset, and no fetch
of something that does not exist (each would cost a reader a "not found" page)."""

from __future__ import annotations

import pytest


def test_no_request_to_the_site_fails(walk):
    problems = [f"{page_url} got {failure}" for page_url, failure in walk.requests.failed]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
