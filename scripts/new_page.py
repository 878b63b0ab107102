#!/usr/bin/env python3
"""Create a page in every language and add it to the navigation: `sitegen new-page`.

python scripts/new_page.py SECTION SLUG "Judul" "Title"
"""

import sys
from pathlib import Path

from sitegen.cli import run_as

if __name__ == "__main__":
    run_as("new-page", sys.argv[1:], Path(__file__).resolve().parents[1])
