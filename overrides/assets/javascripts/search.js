/* Site search with Pagefind, in Material's header search box (partials/pagefind-search.html).
   Nothing is downloaded until the reader types; then Pagefind's script, its WebAssembly
   and only the index pieces for the words typed, all in the language of the page
   (Pagefind picks the index from <html lang>). Results are read out by the status line. */
(function () {
  "use strict";

  // A root word added to the indexed text, "penipuan ⟨tipu⟩" (sitegen/search/roots.py).
  var ROOT = "\u27e8[^\u27e9]*\u27e9";
  var PAGE_SIZE = 5; // results whose snippets are fetched at a time
  var SECTIONS = 2; // matching sections shown under a result

  var box = document.querySelector("[data-tppo-search]");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  var form = box.querySelector("[data-tppo-search-form]");
  var input = box.querySelector("[data-tppo-search-input]");
  var status = box.querySelector("[data-tppo-search-status]");
  var list = box.querySelector("[data-tppo-search-results]");
  var opener = document.querySelector("[data-tppo-search-open]");
  var text = box.dataset;

  var pagefind = null;
  var latest = 0; // number of the latest query; answers to older ones are dropped

  function load() {
    if (!pagefind) {
      var url = new URL(text.pagefind, location.href);
      pagefind = import(url.href).then(function (module) {
        return module
          .options({ baseUrl: new URL("../", url).pathname, noWorker: true })
          .then(function () { return module; });
      });
      pagefind.catch(function () { pagefind = null; }); // try again on the next query
    }
    return pagefind;
  }

  // state: idle, busy, done or error (data-state, for styles and tests).
  function say(message, state) {
    status.textContent = message;
    box.dataset.state = state;
  }

  function count(n) {
    if (n === 0) return text.textNone;
    return n === 1 ? text.textOne : text.textOther.replace("#", n);
  }

  // Pagefind's snippets mark matched words with <mark>. A matched root stands for the
  // word before it: mark that word instead, and drop every root.
  function withoutRoots(html) {
    return html
      .replace(new RegExp("(<mark>[^<]*</mark>)\\s*<mark>" + ROOT + "([^<\\s]*)</mark>", "g"), "$1$2")
      .replace(new RegExp("([^\\s<>]+)\\s*<mark>" + ROOT + "([^<\\s]*)</mark>", "g"), "<mark>$1</mark>$2")
      .replace(new RegExp("\\s*" + ROOT, "g"), "")
      .replace(/<mark><\/mark>/g, "");
  }

  // Also: punctuation after a word stays out of its highlight, and a snippet that starts
  // in the middle of a sentence does not start with a comma.
  function tidy(html) {
    return withoutRoots(html)
      .replace(/([.,;:!?)"']+)<\/mark>/g, "</mark>$1")
      .replace(/^[\s.,;:)]+/, "");
  }

  // Snippet HTML to nodes, keeping only text and <mark>: nothing else can get in.
  function snippet(html) {
    var parsed = new DOMParser().parseFromString(tidy(html), "text/html");
    var p = document.createElement("p");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function entry(url, title, excerpt, level) {
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = url;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    if (level === "h2") {
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.appendChild(icon);
    }
    var heading = document.createElement(level);
    heading.className = "tppo-search__title";
    heading.textContent = withoutRoots(title);
    article.appendChild(heading);
    if (excerpt) article.appendChild(snippet(excerpt));
    link.appendChild(article);
    return link;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var title = data.meta.title || data.url;
    li.appendChild(entry(data.url, title, data.excerpt, "h2"));
    // Sections other than the page's own title, best matching first.
    data.sub_results
      .filter(function (section) { return section.url.indexOf("#") !== -1 && section.title !== title; })
      .sort(function (a, b) { return b.locations.length - a.locations.length; })
      .slice(0, SECTIONS)
      .forEach(function (section) {
        // The page's snippet is often this section's: do not show it twice.
        var excerpt = section.excerpt === data.excerpt ? "" : section.excerpt;
        li.appendChild(entry(section.url, section.title, excerpt, "h3"));
      });
    return li;
  }

  function show(results, from, query) {
    var batch = results.slice(from, from + PAGE_SIZE);
    return Promise.all(batch.map(function (result) { return result.data(); }))
      .then(function (pages) {
        if (query !== latest) return;
        var first = null;
        pages.forEach(function (data) {
          var li = item(data);
          first = first || li.querySelector("a");
          list.appendChild(li);
        });
        if (from + PAGE_SIZE < results.length) list.appendChild(moreButton(results, from + PAGE_SIZE, query));
        return first;
      });
  }

  function moreButton(results, from, query) {
    var li = document.createElement("li");
    li.className = "md-search-result__item tppo-search__more";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = text.textMore;
    button.addEventListener("click", function () {
      li.remove();
      show(results, from, query).then(function (first) { if (first) first.focus(); });
    });
    li.appendChild(button);
    return li;
  }

  function search() {
    var query = ++latest;
    var words = input.value.trim();
    if (!words) {
      list.replaceChildren();
      say(text.textPlaceholder, "idle");
      return;
    }
    box.dataset.state = "busy";
    if (!pagefind) say(text.textInitializer, "busy");
    load()
      .then(function (module) { return module.debouncedSearch(words, {}, 150); })
      .then(function (found) {
        if (found === null || query !== latest) return; // a newer query took over
        list.replaceChildren();
        return show(found.results, 0, query).then(function () {
          if (query === latest) say(count(found.results.length), "done");
        });
      })
      .catch(function () {
        if (query === latest) say(text.textError, "error");
      });
  }

  function open() {
    toggle.checked = true;
    input.focus();
  }

  function close() {
    toggle.checked = false;
    input.blur();
    if (opener && opener.offsetParent !== null) opener.focus();
  }

  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  // "/" or "s" anywhere but in a text field puts the cursor in the search box.
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "/" || event.key === "s") {
      event.preventDefault();
      open();
    }
  });

  if (opener) {
    opener.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open();
      }
    });
  }

  // Phones: the header button ticks the toggle, which shows the search panel.
  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
  input.addEventListener("focus", function () { toggle.checked = true; });
  // Tabbing out of the search closes it, as Material's own search did: its overlay
  // would otherwise dim and cover whatever the reader moves on to.
  box.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) toggle.checked = false;
  });
  input.addEventListener("input", search);
  form.addEventListener("reset", function () {
    window.setTimeout(search, 0); // after the field is cleared
    input.focus();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.focus();
  });

  // Escape closes; the arrow keys move between the field and the results.
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a, button")));
    var at = stops.indexOf(document.activeElement);
    if (at === -1) return;
    event.preventDefault();
    var next = at + (event.key === "ArrowDown" ? 1 : -1);
    stops[Math.max(0, Math.min(stops.length - 1, next))].focus();
  });
})();
