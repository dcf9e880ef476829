#!/usr/bin/env bash
# build-aux/screenshots.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders every page of the main window to PNG in screenshots/: with demo data in the light
# and the dark style, with an empty database, and the dialog for a damaged database file.
# Usage: build-aux/screenshots.sh [BUILDDIR] (default: build). Runs under Xvfb when there is
# no display.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-build}
case $build in
  /*) ;;
  *) build=$root/$build ;;
esac
out=$root/screenshots
tool=$build/tests/ui/vocation-screenshot

meson compile -C "$build" vocation-screenshot >/dev/null

export GSETTINGS_SCHEMA_DIR=$build/data
export GSETTINGS_BACKEND=memory
export NO_AT_BRIDGE=1
export GTK_A11Y=none
export LC_ALL=${SCREENSHOT_LOCALE:-C.UTF-8}
# The same fonts and size on every machine.
export GDK_BACKEND=x11
export GDK_SCALE=1

mkdir -p "$out"
if [ -n "${DISPLAY:-}" ] && [ -z "${FORCE_XVFB:-}" ]; then
  "$tool" "$out"
else
  xvfb-run -a -s '-screen 0 1400x900x24 -nolisten tcp' "$tool" "$out"
fi
