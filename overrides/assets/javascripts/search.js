/* Site search in Material's header search box (partials/site-search.html), on the index
   that sitegen/search/index.py writes for each language. Nothing is downloaded until the
   reader types; then, in the language of the page (<html lang>), the list of pages, the
   index pieces of the words typed, and the text of the pages shown, for their snippets.
   Every word in the index is filed under its root or stem, and synonyms under one key,
   so no stemmer and no list of synonyms runs here. A long word that finds nothing is
   searched as the word one letter away that is on most pages, and the reader is told.
   Results are read out by the status line. */
(function () {
  "use strict";

  // Keep in step with TOKEN in sitegen/search/terms.py.
  var TOKEN = /\p{L}+(?:-\p{L}+)*|\p{Nd}+(?:[-.]\p{Nd}+)*/gu;
  var SHARD_LENGTH = 2; // keep in step with sitegen/search/index.py
  var SCORE_UNIT = 10; // likewise: scores are in tenths
  var PAGE_SIZE = 5; // results whose snippets are fetched at a time
  var SECTIONS = 2; // matching sections shown under a result
  var PREFIX_KEYS = 12; // at most this many words a last, unfinished word may stand for
  var SNIPPET_WORDS = 28;
  var TYPO_LETTERS = 5; // a word this long that finds nothing is tried one edit away
  var WORDS_PLACE = "{words}"; // in the text that says what was searched instead
  var NO_SHARD = { w: {}, k: {} };
  var NO_WORDS = {};

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

  // An index file; `missing` stands for one that does not exist (no word begins so).
  function fetchJson(path, missing) {
    if (!files[path]) {
      files[path] = fetch(new URL(path, base)).then(function (response) {
        if (response.ok) return response.json();
        if (response.status === 404 && missing) return missing;
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

  // A key of the index: its entry (forms and pages), and the phrases of synonyms it
  // begins (the keys that follow, then the group's key).
  function lookup(key) {
    return fetchJson(shard(key), NO_SHARD).then(function (data) {
      return { key: key, entry: own(data.k, key), phrases: (data.p && own(data.p, key)) || [] };
    });
  }

  // A query word as the index files it: its key and that key's entry, and for the last
  // word as typed so far also the entries of the words it begins.
  function resolve(word, last) {
    return fetchJson(shard(word), NO_SHARD).then(function (data) {
      var keys = [own(data.w, word) || word];
      if (last && word.length > SHARD_LENGTH) {
        Object.keys(data.w).concat(Object.keys(data.k)).forEach(function (other) {
          if (other.indexOf(word) === 0 && keys.length < PREFIX_KEYS) {
            var key = own(data.w, other) || other;
            if (keys.indexOf(key) === -1) keys.push(key);
          }
        });
      }
      return Promise.all(keys.map(lookup));
    }).then(function (found) {
      return {
        word: word,
        key: found[0].key,
        phrases: found[0].phrases,
        entries: found.map(function (f) { return f.entry; }).filter(Boolean)
      };
    });
  }

  // Is `b` one edit away from `a`: a letter more or less, another letter, or two swapped?
  function oneEdit(a, b) {
    a = Array.from(a);
    b = Array.from(b);
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    function same(x, y) { return a.slice(x).join("") === b.slice(y).join(""); }
    if (a.length !== b.length) return a.length > b.length ? same(i + 1, i) : same(i, i + 1);
    if (i === a.length) return false;
    return same(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && same(i + 2, i + 2));
  }

  // Of the index's words one edit away from `word`, the one on most pages (or null).
  function correction(word) {
    var length = Array.from(word).length;
    return Promise.all([length - 1, length, length + 1].map(function (n) {
      return fetchJson("l/" + n + ".json", NO_WORDS);
    })).then(function (lists) {
      var best = null;
      var most = 0;
      lists.forEach(function (listed) {
        Object.keys(listed).forEach(function (other) {
          if (listed[other] > most && oneEdit(word, other)) {
            best = other;
            most = listed[other];
          }
        });
      });
      return best;
    });
  }

  function mayBeTypo(word) {
    return Array.from(word).length >= TYPO_LETTERS && /^\p{L}+$/u.test(word);
  }

  // A query word, or if it finds nothing and may be mistyped, the word it was meant for.
  function meant(word, last) {
    return resolve(word, last).then(function (found) {
      if (found.entries.length || !mayBeTypo(word)) return found;
      return correction(word).then(function (other) {
        return other ? resolve(other, false) : found;
      });
    });
  }

  // The entries each query term searches: a word's own, or where the words in a row make
  // a phrase of synonyms ("tidak resmi"), the entry of the phrase's group.
  function grouped(resolved) {
    var parts = [];
    for (var i = 0; i < resolved.length; i++) {
      var after = resolved.slice(i + 1);
      var phrase = resolved[i].phrases.find(function (keys) { // longest first
        return keys.length - 1 <= after.length && keys.slice(0, -1).every(function (key, j) {
          return after[j].key === key;
        });
      });
      if (phrase) {
        parts.push(lookup(phrase[phrase.length - 1]).then(function (f) { return [f.entry]; }));
        i += phrase.length - 1;
      } else {
        parts.push(Promise.resolve(resolved[i].entries));
      }
    }
    return Promise.all(parts);
  }

  // One query term: its forms in the text (words, and phrases as lists of words), and its
  // score on each page.
  function term(entries) {
    var found = { forms: Object.create(null), phrases: [], scores: Object.create(null), pages: 0 };
    entries.forEach(function (entry) {
      if (!entry) return;
      entry[0].forEach(function (form) {
        if (form.indexOf(" ") === -1) found.forms[form] = true;
        else found.phrases.push(form.split(" "));
      });
      for (var i = 0; i < entry[1].length; i += 2) {
        found.scores[entry[1][i]] = (found.scores[entry[1][i]] || 0) + entry[1][i + 1];
      }
    });
    found.pages = Object.keys(found.scores).length;
    return found;
  }

  // Pages that have the most query terms (at least half of them), best first; among pages
  // with as many, rare terms and terms in titles count most.
  function rank(terms, total) {
    var least = Math.ceil(terms.length / 2);
    var matched = {};
    terms.forEach(function (t) {
      Object.keys(t.scores).forEach(function (page) { matched[page] = (matched[page] || 0) + 1; });
    });
    return Object.keys(matched)
      .filter(function (page) { return matched[page] >= least; })
      .map(function (page) {
        var score = terms.reduce(function (sum, t) {
          if (!(page in t.scores)) return sum;
          return sum + Math.log(1 + total / t.pages) * (1 + Math.log(t.scores[page] / SCORE_UNIT));
        }, 0);
        return { page: Number(page), matched: matched[page], score: score };
      })
      .sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || a.page - b.page;
      });
  }

  // found.searched: the words searched, when a mistyped word was searched as another.
  function find(value) {
    var query = words(value);
    return Promise.all([fetchJson("pages.json")].concat(query.map(function (word, i) {
      return meant(word, i === query.length - 1);
    }))).then(function (answers) {
      var pages = answers[0];
      var resolved = answers.slice(1);
      var searched = resolved.map(function (r) { return r.word; });
      return grouped(resolved).then(function (entries) {
        var terms = entries.map(term);
        return {
          pages: pages,
          terms: terms,
          results: rank(terms, pages.length).map(function (hit) { return hit.page; }),
          searched: searched.join(" ") !== query.join(" ") ? searched.join(" ") : ""
        };
      });
    });
  }

  // state: idle, busy, done or error (data-state, for styles and tests). `searched`: the
  // words searched instead of those typed, said first.
  function say(message, state, searched) {
    status.replaceChildren();
    if (searched) {
      var note = document.createElement("span");
      note.className = "tppo-search__searched";
      var at = text.textCorrected.indexOf(WORDS_PLACE);
      var strong = document.createElement("strong");
      strong.textContent = searched;
      note.append(text.textCorrected.slice(0, at), strong,
        text.textCorrected.slice(at + WORDS_PLACE.length));
      status.append(note, " ");
    }
    status.append(message);
    box.dataset.state = state;
  }

  function count(n) {
    if (n === 0) return text.textNone;
    return n === 1 ? text.textOne : text.textOther.replace("#", n);
  }

  // The length of the match of `term` at word `i` of `list` (0 if none): a phrase of its
  // synonyms, or one of its forms.
  function matchAt(term, list, i) {
    for (var p = 0; p < term.phrases.length; p++) {
      var phrase = term.phrases[p];
      if (phrase.every(function (word, j) { return list[i + j] === word; })) return phrase.length;
    }
    return term.forms[list[i]] ? 1 : 0;
  }

  // Where the query's terms stand in a list of words: [first word, word after, term].
  function hits(found, list) {
    var spots = [];
    for (var i = 0; i < list.length; i++) {
      for (var t = 0; t < found.terms.length; t++) {
        var length = matchAt(found.terms[t], list, i);
        if (length) {
          spots.push([i, i + length, t]);
          i += length - 1;
          break;
        }
      }
    }
    return spots;
  }

  // How well a section's title and text match: query terms present, then how often.
  function matches(found, section) {
    var inTitle = hits(found, words(section[1]));
    var inText = hits(found, words(section[2] + " " + (section[3] || "")));
    var present = {};
    inTitle.concat(inText).forEach(function (spot) { present[spot[2]] = true; });
    return Object.keys(present).length * 1000 + inText.length + 3 * inTitle.length;
  }

  // The part of the text that shows the most different matched words (victim, victims),
  // then the most matches, with those words (and phrases) marked.
  function snippet(found, value) {
    var p = document.createElement("p");
    var parts = []; // each word of the text: where it starts and ends
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(value))) {
      parts.push({ start: match.index, end: match.index + match[0].length, word: normal(match[0]) });
    }
    if (!parts.length) return p;
    var spots = hits(found, parts.map(function (part) { return part.word; }));
    function marked(spot) {
      return value.slice(parts[spot[0]].start, parts[spot[1] - 1].end);
    }
    var best = 0;
    var bestHits = -1;
    spots.forEach(function (spot, n) {
      var forms = {};
      var score = 0;
      for (var m = n; m < spots.length && spots[m][1] <= spot[0] + SNIPPET_WORDS; m++) {
        var form = marked(spots[m]).toLowerCase();
        score += forms[form] ? 1 : 100;
        forms[form] = true;
      }
      if (score > bestHits) { bestHits = score; best = Math.max(0, spot[0] - 4); }
    });
    var last = Math.min(parts.length, best + SNIPPET_WORDS);
    var at = best === 0 ? 0 : parts[best].start;
    if (best > 0) p.append("… ");
    spots.forEach(function (spot) {
      if (spot[0] < best || spot[1] > last) return;
      var mark = document.createElement("mark");
      mark.textContent = marked(spot);
      p.append(value.slice(at, parts[spot[0]].start), mark);
      at = parts[spot[1] - 1].end;
    });
    var end = parts[last - 1].end;
    p.append(value.slice(at, end) + (end < value.length ? " …" : ""));
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
            if (query === latest) say(count(found.results.length), "done", found.searched);
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
