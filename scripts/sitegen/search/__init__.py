"""Site search with Pagefind: one small index per language, fetched only when a reader
searches.

- `roots` gives Indonesian words their root (Sastrawi), so that a root word finds its
  affixed forms even where Pagefind's own stemmer does not connect them;
- `numbers` adds the national form of phone numbers written internationally;
- `pages` picks the pages to index and prepares the HTML that Pagefind reads;
- `indexer` runs Pagefind over the built site;
- `build_step` runs the indexer from the MkDocs hook, once all languages are built, with
  the settings of `extra.search` in mkdocs.yml.

The reader's side is `overrides/partials/search.html` and
`overrides/assets/javascripts/search.js`.
"""
