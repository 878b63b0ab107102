/* Material opens its drawer (the menu on a phone) and its search panel with <label>s,
   which a keyboard cannot reach and a screen reader announces without a name. This
   turns each of them into a named button that Enter and Space operate, reports whether
   its panel is open, moves focus into the drawer it opens and closes it with Escape. */
(function () {
  "use strict";

  // The toggles, each with the element whose accessible name the button borrows.
  var toggles = [
    { id: "__drawer", nameFrom: ".md-nav--primary[aria-label]", panel: ".md-sidebar--primary" },
    { id: "__search", nameFrom: ".md-search__input[aria-label]", panel: null }
  ];

  toggles.forEach(function (toggle) {
    var box = document.getElementById(toggle.id);
    var button = document.querySelector('.md-header label[for="' + toggle.id + '"]');
    var source = document.querySelector(toggle.nameFrom);
    if (!box || !button || !source) return;

    button.setAttribute("role", "button");
    button.setAttribute("tabindex", "0");
    button.setAttribute("aria-label", source.getAttribute("aria-label"));

    function sync() {
      button.setAttribute("aria-expanded", box.checked ? "true" : "false");
    }
    sync();
    box.addEventListener("change", sync);

    button.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      button.click();
      if (box.checked && toggle.panel) {
        var first = document.querySelector(toggle.panel + " a[href]");
        if (first) first.focus();
      }
    });

    if (!toggle.panel) return;
    var panel = document.querySelector(toggle.panel);
    if (!panel) return;
    panel.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !box.checked) return;
      box.checked = false;
      sync();
      button.focus();
    });
  });
})();
