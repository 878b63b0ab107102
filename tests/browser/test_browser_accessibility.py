"""axe-core finds no WCAG 2.2 A or AA violation on any page, in either language, on a
phone or a laptop screen."""

from __future__ import annotations

import pytest


def _format(violation: dict) -> str:
    nodes = violation["nodes"]
    where = "; ".join(" ".join(node["target"]) for node in nodes[:3])
    more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {where}{more}"


def test_axe_finds_no_wcag_violation(walk):
    problems = [
        f"/{visit.page.path} [{walk.viewport}]: {_format(violation)}"
        for visit in walk.visits
        for violation in visit.axe_violations
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
