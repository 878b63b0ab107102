"""Every page fits the screen: nothing scrolls sideways on a 360 px phone, and the
fixed quick exit hides nothing at the top of a page."""

from __future__ import annotations

import pytest


def test_nothing_scrolls_sideways(walk):
    problems = [
        f"/{visit.page.path}: {visit.sideways_overflow_px}px wider than the screen"
        for visit in walk.visits
        if visit.sideways_overflow_px > 0
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_quick_exit_covers_nothing_at_the_top_of_a_page(walk):
    problems = [
        f"/{visit.page.path} [{walk.viewport}]: the quick exit covers {element}"
        for visit in walk.visits
        for element in visit.covered_by_exit
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
