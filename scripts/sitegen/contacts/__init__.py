"""The hotline directory: YAML data → checked, typed objects (one pass) → cards, the
grouped directory and JSON-LD on the site.

Other parts of the generator (the leaflets) rely on these names: the model
(`Directory`, `Service`, `Channel`, ...), `load_directory(settings, rules)` raising
`ProblemError`, and `Words` for a page language's labels.
"""

from sitegen.contacts.checking import CheckResult, Rules, check_data_dir, load_directory
from sitegen.contacts.model import Channel, Directory, Hours, Phone, Service
from sitegen.contacts.settings import DirectorySettings

__all__ = [
    "Channel",
    "CheckResult",
    "Directory",
    "DirectorySettings",
    "Hours",
    "Phone",
    "Rules",
    "Service",
    "check_data_dir",
    "load_directory",
]
