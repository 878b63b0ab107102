/* Quick exit, after GOV.UK's "Exit this page" pattern, with location.replace so that
   Back does not return here. The link works on its own; this only enhances it. */
(function () {
  "use strict";
  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;

  var link = document.querySelector("[data-tppo-exit-link]");
  if (!link) return;
  var status = document.querySelector("[data-tppo-exit-status]");
  var lang = (document.documentElement.lang || "id").slice(0, 2);
  var messages = {
    id: function (left) { return "Tekan Shift " + left + " kali lagi untuk keluar"; },
    en: function (left) { return "Press Shift " + left + " more time" + (left === 1 ? "" : "s") + " to leave"; }
  };
  var say = messages[lang] || messages.id;

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("tppo-exiting");
    document.title = "…";
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  function reset() {
    presses = 0;
    if (timer) window.clearTimeout(timer);
    timer = null;
    if (status) status.textContent = "";
  }

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    presses += 1;
    if (presses >= PRESSES_NEEDED) {
      reset();
      leave();
      return;
    }
    if (status) status.textContent = say(PRESSES_NEEDED - presses);
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(reset, WINDOW_MS);
  });

  document.addEventListener("keydown", function (event) {
    // Shift held as a modifier for another key is not a press; any other key resets.
    if (event.key !== "Shift") reset();
  });
})();
