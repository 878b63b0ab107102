"""Task-list boxes that cannot be ticked are hidden from assistive technology."""

from __future__ import annotations

import markdown

from sitegen.checklists import hide_disabled_boxes


def _render(source: str, **options: bool) -> str:
    return markdown.markdown(
        source,
        extensions=["pymdownx.tasklist"],
        extension_configs={"pymdownx.tasklist": {"custom_checkbox": True, **options}},
    )


def test_every_disabled_box_is_hidden_and_its_text_kept():
    html = hide_disabled_boxes(_render("- [ ] Ask for a contract\n- [x] Keep your passport\n"))
    assert html.count('<label class="task-list-control" aria-hidden="true">') == 2
    assert "Ask for a contract" in html
    assert "Keep your passport" in html


def test_a_box_that_can_be_ticked_stays_a_control():
    html = hide_disabled_boxes(_render("- [ ] Ask for a contract\n", clickable_checkbox=True))
    assert "aria-hidden" not in html
