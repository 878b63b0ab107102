"""Task lists (`- [ ] item`) are printable checklists: their boxes cannot be ticked on
screen (pymdownx.tasklist renders them disabled) and only draw a square to tick with a
pen. Left as they are, each is an unlabelled form control that a screen reader announces
as "checkbox, unavailable" before the item. Hiding the box from assistive technology
leaves the item's own words, which carry the meaning.

The box itself is hidden, not the <label> around it (custom_checkbox: true): HTML does
not allow aria-hidden on a label that holds a control, and browsers disagree on it.
"""

from __future__ import annotations

import re

# pymdownx.tasklist's markup for a box that cannot be ticked, with or without the
# label that custom_checkbox adds around it.
_DISABLED_BOX = re.compile(
    r'(?<=<li class="task-list-item">)((?:<label class="task-list-control">)?'
    r'<input type="checkbox" disabled)'
)


def hide_disabled_boxes(html: str) -> str:
    """Mark every disabled task-list box as decoration (aria-hidden)."""
    return _DISABLED_BOX.sub(r'\1 aria-hidden="true"', html)
