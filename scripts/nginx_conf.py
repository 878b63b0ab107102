#!/usr/bin/env python3
"""Write the nginx includes that depend on the built site: `sitegen nginx-conf`.

python scripts/nginx_conf.py [SITE_DIR] [OUT_DIR]
"""

import sys
from pathlib import Path

from sitegen.cli import run_as

if __name__ == "__main__":
    run_as("nginx-conf", sys.argv[1:], Path(__file__).resolve().parents[1])
