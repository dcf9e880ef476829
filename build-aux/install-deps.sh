#!/usr/bin/env bash
# build-aux/install-deps.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Vocation needs to build, run and test, but only the ones that
# are missing, so that `make run` and `make test` stay fast on a machine that has them all.
set -eu

packages="
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libsoup-3.0-dev libjson-glib-dev libsecret-1-dev
  libpoppler-glib-dev libarchive-dev libxml2-dev
  appstream desktop-file-utils libxml2-utils
  xvfb xauth dbus dbus-x11 python3-dbusmock
  adwaita-icon-theme fonts-cantarell fonts-dejavu-core
  poppler-utils python3-jsonschema
  python3-icalendar
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

echo "Installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "error: these packages are missing and neither root nor sudo is available:$missing" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
