/* Material opens its drawer (the menu on a phone) with a <label>, which a keyboard
   cannot reach and a screen reader announces without a name. This makes it a named
   button that Enter and Space operate and that says whether the menu is open; opening
   moves focus to the menu's first visible link, and Escape closes it again. */
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var button = document.querySelector('.md-header label[for="__drawer"]');
  var menu = document.querySelector(".md-sidebar--primary");
  var nav = document.querySelector(".md-nav--primary[aria-label]");
  if (!toggle || !button || !menu || !nav) return;

  button.setAttribute("role", "button");
  button.setAttribute("tabindex", "0");
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));

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

  button.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    button.click(); // ticks the toggle, as a tap does
    if (toggle.checked) focusWhenShown();
  });

  menu.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !toggle.checked) return;
    button.click();
    button.focus();
  });
})();
