#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the npm packages (exactly as locked)
# and Debian's Chromium and Firefox ESR for the real-browser tests. Test tools never download
# browsers of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium firefox-esr fonts-dejavu-core
fi
npm ci --no-audit --no-fund
