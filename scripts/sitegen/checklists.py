"""Task lists (`- [ ] item`) are printable checklists: their boxes cannot be ticked on
screen (pymdownx.tasklist renders them disabled) and only draw a square to tick with a
pen. Left as they are, each is an unlabelled form control that a screen reader announces
as "checkbox, unavailable" before the item. Hiding the box from assistive technology
leaves the item's own words, which carry the meaning.
"""

from __future__ import annotations

import re

# pymdownx.tasklist's markup for a box that cannot be ticked (custom_checkbox: true).
_DISABLED_BOX = re.compile(r'<label class="task-list-control">(?=<input type="checkbox" disabled)')


def hide_disabled_boxes(html: str) -> str:
    """Mark every disabled task-list box as decoration (aria-hidden)."""
    return _DISABLED_BOX.sub('<label class="task-list-control" aria-hidden="true">', html)
