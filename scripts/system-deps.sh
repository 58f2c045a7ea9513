#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium (browser tests), PostgreSQL (the suite runs
# on it too), Redis (the RQ task backend, for real), poppler-utils (PDF pages to PNG) and
# tesseract-ocr with its Spanish model (reading photographed and scanned certificates). Installs what
# is missing when run as root; otherwise says exactly what to install. Never skips silently.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
# Tesseract's Spanish model: Spanish certificates are read with it (credentials/reader/ocr.py).
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx spa; } ||
  missing+=(tesseract-ocr-spa)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need these Debian packages: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get install ${missing[*]}" >&2
exit 1
