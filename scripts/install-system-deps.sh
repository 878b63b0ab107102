#!/usr/bin/env bash
# Installs the Debian (or Ubuntu) packages the project needs, only those that are missing:
#   install-system-deps.sh build   what every site build needs (the leaflets' PDFs)
#   install-system-deps.sh         that and what the tests need
# Needs root (or sudo); prints the one command to run otherwise.
set -euo pipefail

declare -A needed=(
  [chromium]=/usr/bin/chromium
  [nginx]=/usr/sbin/nginx
  [poppler-utils]=/usr/bin/pdftoppm
  [zbar-tools]=/usr/bin/zbarimg
  # Leaflet PDFs: WeasyPrint lays text out with Pango, in Noto Sans (covers Indonesian),
  # and subsets the fonts with HarfBuzz (without it, it warns on every build).
  [libpangoft2-1.0-0]=/usr/lib/$(uname -m)-linux-gnu/libpangoft2-1.0.so.0
  [libharfbuzz-subset0]=/usr/lib/$(uname -m)-linux-gnu/libharfbuzz-subset.so.0
  [fonts-noto-core]=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
  # The W3C Nu Html Checker (npm vnu-jar, tests/test_html_validity.py) runs on Java.
  [default-jre-headless]=/usr/bin/java
)
build=(libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core)

if [ "${1:-}" = build ]; then
  wanted=("${build[@]}")
else
  wanted=("${!needed[@]}")
fi
missing=()
for package in "${wanted[@]}"; do
  [ -e "${needed[$package]}" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    run=(sudo)
  else
    echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  run=()
fi

echo "Installing Debian packages: ${missing[*]}"
# Slim Debian images drop /usr/share/man/man1, and the Java runtime's set-up fails
# without it (update-alternatives links its man pages there).
"${run[@]}" mkdir -p /usr/share/man/man1
"${run[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
