"""The `sitegen/directory` plugin: the hotline directory and its shortcodes."""
