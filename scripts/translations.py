#!/usr/bin/env python3
"""Keep pages and their translations together: `sitegen translations check|mark`.

python scripts/translations.py check         every page in every language; drift
python scripts/translations.py mark PAGE...  record that PAGE's translation is current
"""

import sys
from pathlib import Path

from sitegen.cli import run_as

if __name__ == "__main__":
    run_as("translations", sys.argv[1:], Path(__file__).resolve().parents[1])
