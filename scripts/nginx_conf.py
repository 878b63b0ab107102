"""Write the nginx includes that depend on the built site (run by `make site`).

  python scripts/nginx_conf.py [SITE_DIR] [OUT_DIR]

SITE_DIR defaults to site/, OUT_DIR to deploy/nginx/generated/. Exits 1, writing
nothing, when a page has an inline event handler or a javascript: URL, which the
Content-Security-Policy would block.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitegen import nginx

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "deploy/nginx/generated")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built site here (run `make site`)", file=sys.stderr)
        return 2
    findings = nginx.write_includes(args.site, args.out)
    for finding in findings:
        print(f"{args.site.name}/{finding}")
    if findings:
        return 1
    print(f"wrote {args.out}/csp.conf and {args.out}/error-page.conf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
