/* Material opens its drawer (the menu on a phone) and its search panel with <label>s,
   which a keyboard cannot reach and a screen reader announces without a name. This
   turns each of them into a named button that Enter and Space operate, reports whether
   its panel is open, moves focus into what it opens, and closes the drawer with Escape. */
(function () {
  "use strict";

  // Each toggle, the element whose accessible name its button borrows, and the panel
  // that opens; focus goes to the search box, or to the drawer's first visible link.
  var toggles = [
    {
      id: "__drawer",
      nameFrom: ".md-nav--primary[aria-label]",
      panel: ".md-sidebar--primary",
      closeOnEscape: true // Material closes its search panel with Escape itself
    },
    {
      id: "__search",
      nameFrom: ".md-search__input[aria-label]",
      panel: ".md-search__inner",
      // On a phone the closed panel is only shrunk out of sight: its search box leaves
      // the Tab order until the panel opens ("/" and the button still open it).
      untabbableWhenClosed: ".md-search__input"
    }
  ];

  function isDisplayed(element) {
    return element.getClientRects().length > 0;
  }

  function isVisible(element) {
    var box = element.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  }

  // The panels slide in; focus what shows once they stop moving.
  function focusWhenShown(panel) {
    var done = false;
    function focusFirst() {
      if (done) return;
      done = true;
      var candidates = panel.querySelectorAll("input, a[href]");
      for (var i = 0; i < candidates.length; i++) {
        if (isVisible(candidates[i])) {
          candidates[i].focus();
          return;
        }
      }
    }
    panel.addEventListener("transitionend", function (event) {
      if (event.target === panel) focusFirst();
    });
    window.setTimeout(focusFirst, 400);
  }

  toggles.forEach(function (toggle) {
    var box = document.getElementById(toggle.id);
    var button = document.querySelector('.md-header label[for="' + toggle.id + '"]');
    var source = document.querySelector(toggle.nameFrom);
    if (!box || !button || !source) return;

    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    button.setAttribute("aria-label", source.getAttribute("aria-label"));

    var hideable = toggle.untabbableWhenClosed
      ? document.querySelector(toggle.untabbableWhenClosed)
      : null;
    function sync() {
      button.setAttribute("aria-expanded", box.checked ? "true" : "false");
      if (hideable) hideable.tabIndex = !box.checked && isDisplayed(button) ? -1 : 0;
    }
    sync();
    box.addEventListener("change", sync);
    window.addEventListener("resize", sync);

    var panel = document.querySelector(toggle.panel);
    button.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      button.click();
      if (box.checked && panel) focusWhenShown(panel);
    });

    if (!panel || !toggle.closeOnEscape) return;
    panel.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !box.checked) return;
      box.click();
      button.focus();
    });
  });
})();
