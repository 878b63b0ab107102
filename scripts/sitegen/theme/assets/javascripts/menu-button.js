/* Material opens its drawer (the menu on a phone) with a <label>, which a keyboard
   cannot reach and a screen reader announces without a name; and HTML allows no role
   or name on a label tied to a control. Without JavaScript the label still opens the
   menu; with it, this puts a named <button> in its place that says whether the menu is
   open. Opening from the keyboard moves focus to the menu's first visible link, and
   Escape closes the menu again. */
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var label = document.querySelector('.md-header label[for="__drawer"]');
  var menu = document.querySelector(".md-sidebar--primary");
  var nav = document.querySelector(".md-nav--primary[aria-label]");
  if (!toggle || !label || !menu || !nav) return;

  var button = document.createElement("button");
  button.type = "button";
  button.className = label.className + " tppo-menu-button";
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  while (label.firstChild) button.appendChild(label.firstChild);
  label.replaceWith(button);

  function sync() {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  }
  sync();
  toggle.addEventListener("change", sync);

  function isVisible(element) {
    var box = element.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  }

  // The menu slides in: focus its first link that shows once it stops moving.
  function focusWhenShown() {
    var done = false;
    function focusFirst() {
      if (done) return;
      done = true;
      var links = menu.querySelectorAll("a[href]");
      for (var i = 0; i < links.length; i++) {
        if (isVisible(links[i])) {
          links[i].focus();
          return;
        }
      }
    }
    menu.addEventListener("transitionend", function (event) {
      if (event.target === menu) focusFirst();
    });
    window.setTimeout(focusFirst, 400);
  }

  button.addEventListener("click", function (event) {
    toggle.click(); // as a tap on Material's label does: Material sees the change
    // Enter and Space make a click with no pointer (detail 0): keyboard users go on
    // into the menu; a tap leaves focus where it is, as before.
    if (toggle.checked && event.detail === 0) focusWhenShown();
  });

  menu.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !toggle.checked) return;
    toggle.click();
    button.focus();
  });
})();
