"""Site search: one small index per language, fetched only when a reader searches.

- `terms` splits text into words and gives each the key it is filed under: its root
  (Indonesian, from `roots`, Sastrawi) or its stem (English, Snowball);
- `numbers` adds the national form of phone numbers written internationally;
- `pages` picks the pages to index and reads each as sections of text;
- `index` writes the index files of each language into the built site;
- `build_step` writes the index from the MkDocs hook, once all languages are built, with
  the settings of `extra.search` in mkdocs.yml.

The reader's side is `overrides/partials/site-search.html` and
`overrides/assets/javascripts/search.js`.
"""
