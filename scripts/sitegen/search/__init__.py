"""Site search: one small index per language, fetched only when a reader searches.

- `terms` splits text into words and gives each the key it is filed under: its root
  (Indonesian, from `roots`, Sastrawi) or its stem (English, Snowball);
- `numbers` adds the national form of phone numbers written internationally;
- `pages` picks the pages to index and reads each as sections of text, without
  footnotes, permalinks and source blocks;
- `synonyms` reads a site's groups of synonyms and turns them into index keys;
- `index` writes the index files of each language into the built site, with the
  synonyms applied and the words listed by length for typo tolerance;
- `build_step` writes the index from the MkDocs hook, once all languages are built, with
  the settings of `extra.search` in mkdocs.yml (read in `repeated_blocks` and
  `index_settings`).

The reader's side is `overrides/partials/site-search.html` and
`overrides/assets/javascripts/search.js`.
"""
