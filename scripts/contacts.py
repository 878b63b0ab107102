#!/usr/bin/env python3
"""Check and format the hotline directory's data (data/SCHEMA.md explains the fields).

  python scripts/contacts.py check [PATH...]         every rule; exit 1 on any error
  python scripts/contacts.py fmt [--check] [PATH...] canonical form; --check changes nothing
  python scripts/contacts.py scan-docs [PATH...]     phone numbers typed into Markdown

The same as `sitegen check|fmt|scan-docs` (`sitegen --help`), kept for the commands
editors already know.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitegen.cli import run_as

if __name__ == "__main__":
    run_as("", sys.argv[1:], Path(__file__).resolve().parent.parent)
