"""MkDocs adapters: the only part of the generator that imports MkDocs.

Each plugin is a package with `config.py` (its typed options) and `plugin.py` (the
plugin), registered as a `mkdocs.plugins` entry point in pyproject.toml. The plugins
translate MkDocs events into calls of the core (`sitegen.contacts`, `sitegen.leaflets`,
`sitegen.search`, ...), which knows nothing of MkDocs.
"""
