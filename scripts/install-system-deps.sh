#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those that are missing.
# Needs root (or sudo); prints the command to run otherwise.
set -euo pipefail

declare -A needed=(
  [chromium]=/usr/bin/chromium
  [nginx]=/usr/sbin/nginx
  [poppler-utils]=/usr/bin/pdftoppm
  [zbar-tools]=/usr/bin/zbarimg
  # Leaflet PDFs: WeasyPrint lays text out with Pango, in Noto Sans (covers Indonesian).
  [libpangoft2-1.0-0]=/usr/lib/$(uname -m)-linux-gnu/libpangoft2-1.0.so.0
  [fonts-noto-core]=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
  # The W3C Nu Html Checker (npm vnu-jar, tests/test_html_validity.py) runs on Java.
  [default-jre-headless]=/usr/bin/java
)

missing=()
for package in "${!needed[@]}"; do
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
