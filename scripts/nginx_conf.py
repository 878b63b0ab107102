#!/usr/bin/env python3
"""Write the nginx includes that depend on the built site: `sitegen nginx-conf`.

python scripts/nginx_conf.py [SITE_DIR] [OUT_DIR]
"""

import sys

from sitegen.cli import main

if __name__ == "__main__":
    main(["nginx-conf", *sys.argv[1:]])
