"""The hotline directory: validated YAML data → typed objects → cards on the site.

Public API (other parts of the site, such as the leaflets, rely on these names):
`load_directory(data_dir) -> Directory`, raising `ContactDataError` (`.problems`).
"""

from sitegen.contacts.directory import load_directory
from sitegen.contacts.errors import ContactDataError
from sitegen.contacts.model import Channel, Directory, Service
from sitegen.problems import Problem

__all__ = ["Channel", "ContactDataError", "Directory", "Problem", "Service", "load_directory"]
