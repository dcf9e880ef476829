#!/usr/bin/env bash
# bench/run.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the start-up benchmark of a build tree: `make bench`, or by hand
#
#   bash bench/run.sh BUILDDIR [bench-startup options, e.g. --runs 10 --keep]
#
# The large database is generated once into BUILDDIR/bench-data/ and reused; it is generated
# again when a migration or gen-database.c is newer than it. Everything runs inside one
# private D-Bus session, so that a Vocation already running on the desktop is not asked to
# open a window instead, and under Xvfb when there is no display.

set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: bash bench/run.sh BUILDDIR [bench-startup options]" >&2
  exit 2
fi

builddir=$(cd "$1" && pwd)
shift

bench="$builddir/bench"
# The application is built in src/ or, when src/ui/meson.build declares it, in src/ui/.
app="$builddir/src/vocation"
if [ ! -x "$app" ] && [ -x "$builddir/src/ui/vocation" ]; then
  app="$builddir/src/ui/vocation"
fi

for program in "$bench/bare-window" "$bench/gen-database" "$bench/bench-startup" "$app"; do
  if [ ! -x "$program" ]; then
    echo "bench/run.sh: $program is missing; build first (meson compile -C $builddir)" >&2
    exit 1
  fi
done

for tool in dbus-run-session; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench/run.sh: $tool is not installed (Debian package dbus)" >&2
    exit 1
  fi
done

datadir="$builddir/bench-data"
large="$datadir/large.db"
mkdir -p "$datadir"

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Generated again only when what it contains would change: the schema or the generator.
stale=
if [ -f "$large" ]; then
  stale=$(find "$srcdir/src/store/migrations" "$srcdir/bench/gen-database.c" -newer "$large" \
            -print -quit 2>/dev/null || true)
fi

if [ ! -f "$large" ] || [ -n "$stale" ]; then
  # Written in a temporary folder next to the final place and moved in when complete, so an
  # interrupted generation never leaves a half database to be reused.
  tmp=$(mktemp -d "$datadir/gen.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  "$bench/gen-database" "$tmp/large.db"
  rm -f "$large" "$large-wal" "$large-shm"
  mv "$tmp/large.db" "$large"
  rm -rf "$tmp"
  trap - EXIT
else
  echo "Reusing $large (delete it to generate it again)"
fi

export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$builddir/data"
if [ ! -f "$GSETTINGS_SCHEMA_DIR/gschemas.compiled" ]; then
  echo "bench/run.sh: warning: no compiled GSettings schemas in $GSETTINGS_SCHEMA_DIR" >&2
fi

command=("$bench/bench-startup"
         --bare "$bench/bare-window"
         --app "$app"
         --database "$large"
         "$@")

command=(dbus-run-session -- "${command[@]}")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "bench/run.sh: no display and xvfb-run is not installed (Debian package xvfb)" >&2
    exit 1
  fi
  command=(xvfb-run -a -s "-screen 0 1920x1080x24" "${command[@]}")
fi

exec "${command[@]}"
