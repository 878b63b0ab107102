"""Task-list boxes that cannot be ticked are hidden from assistive technology."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from sitegen.checklists import hide_disabled_boxes


def _render(source: str, **options: bool) -> BeautifulSoup:
    html = markdown.markdown(
        source,
        extensions=["pymdownx.tasklist"],
        extension_configs={"pymdownx.tasklist": options},
    )
    return BeautifulSoup(hide_disabled_boxes(html), "html.parser")


@pytest.mark.parametrize("custom_checkbox", [True, False])
def test_every_disabled_box_is_hidden_and_its_text_kept(custom_checkbox: bool) -> None:
    soup = _render(
        "- [ ] Ask for a contract\n- [x] Keep your passport\n", custom_checkbox=custom_checkbox
    )
    boxes = soup.select("li.task-list-item input[type=checkbox]")
    assert [box.get("aria-hidden") for box in boxes] == ["true", "true"]
    assert boxes[1].has_attr("checked")
    assert [li.get_text(strip=True) for li in soup.select("li")] == [
        "Ask for a contract",
        "Keep your passport",
    ]


def test_the_label_around_a_box_is_not_hidden() -> None:
    """HTML forbids aria-hidden on a label that holds a control."""
    soup = _render("- [ ] Ask for a contract\n", custom_checkbox=True)
    assert soup.select_one("label.task-list-control > input[aria-hidden=true]")
    assert soup.select("label[aria-hidden]") == []


def test_a_box_that_can_be_ticked_stays_a_control() -> None:
    soup = _render("- [ ] Ask for a contract\n", custom_checkbox=True, clickable_checkbox=True)
    assert soup.select("[aria-hidden]") == []
