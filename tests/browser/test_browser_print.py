"""Printed, a page is its content only: no navigation, no search, no quick exit."""

from __future__ import annotations

import pytest


def test_print_hides_navigation_search_and_quick_exit(walk):
    problems = [
        f"/{visit.page.path}: printed {element}"
        for visit in walk.visits
        for element in visit.shown_in_print
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
