"""Options of the `sitegen/leaflets` plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class LeafletsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Rendered PDFs, by a hash of their inputs, relative to mkdocs.yml: a rebuild with no
    # change renders nothing.
    cache_dir = c.Type(str, default=".cache/leaflets")
