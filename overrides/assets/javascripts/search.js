/* Site search in Material's header search box (partials/site-search.html), on the index
   that sitegen/search/index.py writes for each language. Nothing is downloaded until the
   reader types; then, in the language of the page (<html lang>), the list of pages, the
   index pieces of the words typed, and the text of the pages shown, for their snippets.
   Every word in the index is filed under its root or stem, so no stemmer runs here.
   Results are read out by the status line. */
(function () {
  "use strict";

  // Keep in step with TOKEN in sitegen/search/terms.py.
  var TOKEN = /\p{L}+(?:-\p{L}+)*|\p{Nd}+(?:[-.]\p{Nd}+)*/gu;
  var SHARD_LENGTH = 2; // keep in step with sitegen/search/index.py
  var PAGE_SIZE = 5; // results whose snippets are fetched at a time
  var SECTIONS = 2; // matching sections shown under a result
  var PREFIX_KEYS = 12; // at most this many words a last, unfinished word may stand for
  var SNIPPET_WORDS = 28;

  var box = document.querySelector("[data-tppo-search]");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  var form = box.querySelector("[data-tppo-search-form]");
  var input = box.querySelector("[data-tppo-search-input]");
  var status = box.querySelector("[data-tppo-search-status]");
  var list = box.querySelector("[data-tppo-search-results]");
  var opener = document.querySelector("[data-tppo-search-open]");
  var back = box.querySelector("[data-tppo-search-close]");
  var text = box.dataset;
  var root = new URL(text.index, location.href);
  var base = new URL(document.documentElement.lang + "/", root);
  var site = new URL("../", root);

  var files = {}; // path -> promise of its JSON, fetched once per page view
  var latest = 0; // number of the latest query; answers to older ones are dropped
  var timer = 0;

  function fetchJson(path) {
    if (!files[path]) {
      files[path] = fetch(new URL(path, base)).then(function (response) {
        if (response.ok) return response.json();
        if (response.status === 404 && path.indexOf("t/") === 0) return { w: {}, k: {} };
        throw new Error(response.status);
      });
      files[path].catch(function () { delete files[path]; }); // try again next time
    }
    return files[path];
  }

  // A value of the index's own, never one an object inherits ("constructor").
  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function normal(word) {
    word = word.toLowerCase();
    return /^\d/.test(word) ? word.replace(/[-.]/g, "") : word;
  }

  function words(value) {
    return (value.match(TOKEN) || []).map(normal);
  }

  function shard(word) {
    var prefix = Array.from(word).slice(0, SHARD_LENGTH).join("");
    if (/^[a-z0-9]+$/.test(prefix)) return "t/" + prefix + ".json";
    var hex = Array.from(new TextEncoder().encode(prefix), function (byte) {
      return byte.toString(16).padStart(2, "0");
    });
    return "t/x" + hex.join("") + ".json";
  }

  // The keys a query word stands for: its own key, and for the last word as typed so
  // far also the keys of the words it begins.
  function keysOf(word, last) {
    return fetchJson(shard(word)).then(function (data) {
      var keys = [own(data.w, word) || word];
      if (last && word.length > SHARD_LENGTH) {
        Object.keys(data.w).concat(Object.keys(data.k)).forEach(function (other) {
          if (other.indexOf(word) === 0 && keys.length < PREFIX_KEYS) {
            var key = own(data.w, other) || other;
            if (keys.indexOf(key) === -1) keys.push(key);
          }
        });
      }
      return Promise.all(keys.map(function (key) {
        return fetchJson(shard(key)).then(function (found) { return own(found.k, key); });
      }));
    }).then(function (entries) {
      // One query word: its forms in the text, and its score on each page.
      var term = { forms: Object.create(null), scores: Object.create(null), pages: 0 };
      entries.forEach(function (entry) {
        if (!entry) return;
        entry[0].forEach(function (form) { term.forms[form] = true; });
        for (var i = 0; i < entry[1].length; i += 2) {
          term.scores[entry[1][i]] = (term.scores[entry[1][i]] || 0) + entry[1][i + 1];
        }
      });
      term.pages = Object.keys(term.scores).length;
      return term;
    });
  }

  // Pages that have every query word, best first: rare words and words in titles count most.
  function rank(terms, total) {
    var first = terms[0].scores;
    return Object.keys(first)
      .filter(function (page) { return terms.every(function (t) { return page in t.scores; }); })
      .map(function (page) {
        var score = terms.reduce(function (sum, t) {
          return sum + Math.log(1 + total / t.pages) * (1 + Math.log(t.scores[page]));
        }, 0);
        return { page: Number(page), score: score };
      })
      .sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  }

  function find(value) {
    var query = words(value);
    return Promise.all([fetchJson("pages.json")].concat(query.map(function (word, i) {
      return keysOf(word, i === query.length - 1);
    }))).then(function (answers) {
      var pages = answers[0];
      var terms = answers.slice(1);
      return {
        pages: pages,
        terms: terms,
        results: rank(terms, pages.length).map(function (hit) { return hit.page; })
      };
    });
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

  // How well a section's title and text match: query words present, then how often.
  function matches(found, section) {
    var inTitle = words(section[1]);
    var inText = words(section[2] + " " + (section[3] || ""));
    var present = 0;
    var times = 0;
    found.terms.forEach(function (term) {
      var here = inTitle.concat(inText).filter(function (w) { return term.forms[w]; }).length;
      if (here) present += 1;
      times += here + 2 * inTitle.filter(function (w) { return term.forms[w]; }).length;
    });
    return present * 1000 + times;
  }

  // The part of the text that shows the most different matched words (victim, victims),
  // then the most matches, with those words marked.
  function snippet(found, value) {
    var p = document.createElement("p");
    var parts = [];
    var at = 0;
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(value))) {
      var marked = found.terms.some(function (t) { return t.forms[normal(match[0])]; });
      parts.push({ start: match.index, end: match.index + match[0].length, marked: marked });
    }
    var best = 0;
    var bestHits = -1;
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i].marked) continue;
      var hits = 0;
      var forms = {};
      for (var j = i; j < Math.min(parts.length, i + SNIPPET_WORDS); j++) {
        if (!parts[j].marked) continue;
        var form = normal(value.slice(parts[j].start, parts[j].end));
        hits += forms[form] ? 1 : 100;
        forms[form] = true;
      }
      if (hits > bestHits) { bestHits = hits; best = Math.max(0, i - 4); }
    }
    var shown = parts.slice(best, best + SNIPPET_WORDS);
    if (!shown.length) return p;
    at = best === 0 ? 0 : shown[0].start;
    if (best > 0) p.appendChild(document.createTextNode("… "));
    shown.forEach(function (part) {
      if (!part.marked) return;
      p.appendChild(document.createTextNode(value.slice(at, part.start)));
      var mark = document.createElement("mark");
      mark.textContent = value.slice(part.start, part.end);
      p.appendChild(mark);
      at = part.end;
    });
    var end = shown[shown.length - 1].end;
    p.appendChild(document.createTextNode(value.slice(at, end) + (end < value.length ? " …" : "")));
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
    heading.textContent = title;
    article.appendChild(heading);
    if (excerpt) article.appendChild(excerpt);
    link.appendChild(article);
    return link;
  }

  function item(found, number, sections) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var url = new URL(found.pages[number][0], site).href;
    var title = found.pages[number][1] || url;
    var ranked = sections
      .map(function (section) { return { section: section, score: matches(found, section) }; })
      .sort(function (a, b) { return b.score - a.score; });
    var best = ranked.length ? ranked[0].section : null;
    li.appendChild(entry(url, title, best && snippet(found, best[2]), "h2"));
    // Sections with an anchor other than the page's own title, best matching first.
    ranked
      .filter(function (r) { return r.score >= 1000 && r.section[0] && r.section[1] !== title; })
      .slice(0, SECTIONS)
      .forEach(function (r) {
        // The page's snippet is often this section's: do not show it twice.
        var excerpt = r.section === best ? null : snippet(found, r.section[2]);
        li.appendChild(entry(url + "#" + r.section[0], r.section[1], excerpt, "h3"));
      });
    return li;
  }

  function show(found, from, query) {
    var batch = found.results.slice(from, from + PAGE_SIZE);
    return Promise.all(batch.map(function (number) { return fetchJson("p/" + number + ".json"); }))
      .then(function (texts) {
        if (query !== latest) return;
        var first = null;
        texts.forEach(function (sections, i) {
          var li = item(found, batch[i], sections);
          first = first || li.querySelector("a");
          list.appendChild(li);
        });
        if (from + PAGE_SIZE < found.results.length) list.appendChild(moreButton(found, from + PAGE_SIZE, query));
        return first;
      });
  }

  function moreButton(found, from, query) {
    var li = document.createElement("li");
    li.className = "md-search-result__item tppo-search__more";
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = text.textMore;
    button.addEventListener("click", function () {
      li.remove();
      show(found, from, query).then(function (first) { if (first) first.focus(); });
    });
    li.appendChild(button);
    return li;
  }

  function search() {
    var query = ++latest;
    var value = input.value.trim();
    window.clearTimeout(timer);
    if (!words(value).length) {
      list.replaceChildren();
      say(text.textPlaceholder, "idle");
      return;
    }
    box.dataset.state = "busy";
    if (!files["pages.json"]) say(text.textInitializer, "busy");
    timer = window.setTimeout(function () {
      find(value)
        .then(function (found) {
          if (query !== latest) return; // a newer query took over
          list.replaceChildren();
          return show(found, 0, query).then(function () {
            if (query === latest) say(count(found.results.length), "done");
          });
        })
        .catch(function () {
          if (query === latest) say(text.textError, "error");
        });
    }, 150);
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

  // Phones: the header's search button opens the panel, the arrow in it closes it.
  if (opener) opener.addEventListener("click", open);
  if (back) back.addEventListener("click", close);
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
