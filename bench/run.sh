#!/usr/bin/env bash
# bench/run.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the benchmarks of a build tree and prints their tables one after the other:
# `make bench`, or by hand
#
#   bash bench/run.sh BUILDDIR [--only startup,import,search,jobs-page,resume-export]
#                              [bench-startup options]
#
# Options after BUILDDIR other than --only go to bench-startup, e.g. --runs 10 --keep.
#
# The databases are generated once into BUILDDIR/bench-data/ and reused: large.db (100,000
# postings) for the start-up, search and Jobs page benchmarks, small.db (100 postings) and
# medium.db (1,000) for the Jobs page. Each is generated again when a migration or
# gen-database.c is newer than it. Everything runs inside one private D-Bus session, so that a
# Vocation already running on the desktop is not asked to open a window instead, and under
# Xvfb when there is no display.

set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: bash bench/run.sh BUILDDIR [--only LIST] [bench-startup options]" >&2
  exit 2
fi

builddir=$(cd "$1" && pwd)
shift

only=startup,import,search,jobs-page,resume-export
startup_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --only)
      only=${2:?--only needs a list}
      shift 2
      ;;
    --only=*)
      only=${1#--only=}
      shift
      ;;
    *)
      startup_args+=("$1")
      shift
      ;;
  esac
done

wants() {
  case ",$only," in
    *",$1,"*) return 0 ;;
    *) return 1 ;;
  esac
}

bench="$builddir/bench"
datadir="$builddir/bench-data"
large="$datadir/large.db"
small="$datadir/small.db"
medium="$datadir/medium.db"
srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The second half: inside the D-Bus session (and Xvfb), run what was asked, in order.
if [ "${VOCATION_BENCH_INSIDE:-}" = 1 ]; then
  app="$builddir/src/vocation"
  if [ ! -x "$app" ] && [ -x "$builddir/src/ui/vocation" ]; then
    app="$builddir/src/ui/vocation"
  fi

  failed=()
  run() {
    local name=$1
    shift
    local status=0
    printf '\n======== %s ========\n' "$name"
    "$@" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "bench/run.sh: the $name benchmark failed (exit status $status)" >&2
      failed+=("$name")
    fi
  }

  wants startup &&
    run start-up "$bench/bench-startup" --bare "$bench/bare-window" --app "$app" \
        --database "$large" ${startup_args[@]+"${startup_args[@]}"}
  # Written next to the build tree, on the disk a user's data lives on: a tmpfs /tmp would
  # make the synchronous commits look free.
  wants import &&
    run import "$bench/bench-import" --workdir "$datadir"
  wants search &&
    run search "$bench/bench-search" --database "$large"
  wants jobs-page &&
    run "Jobs page" "$bench/bench-jobs-page" --small "$small" --medium "$medium" --large "$large"
  wants resume-export &&
    run "resume export" "$bench/bench-resume-export"

  if [ ${#failed[@]} -gt 0 ]; then
    echo "bench/run.sh: failed: ${failed[*]}" >&2
    exit 1
  fi
  exit 0
fi

programs=("$bench/gen-database")
wants startup && programs+=("$bench/bare-window" "$bench/bench-startup")
wants import && programs+=("$bench/bench-import")
wants search && programs+=("$bench/bench-search")
wants jobs-page && programs+=("$bench/bench-jobs-page")
wants resume-export && programs+=("$bench/bench-resume-export")
for program in "${programs[@]}"; do
  if [ ! -x "$program" ]; then
    echo "bench/run.sh: $program is missing; build first (meson compile -C $builddir)" >&2
    exit 1
  fi
done
if wants startup && [ ! -x "$builddir/src/vocation" ] && [ ! -x "$builddir/src/ui/vocation" ]; then
  echo "bench/run.sh: the vocation program is missing; build first (meson compile -C $builddir)" >&2
  exit 1
fi

for tool in dbus-run-session; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench/run.sh: $tool is not installed (Debian package dbus)" >&2
    exit 1
  fi
done

mkdir -p "$datadir"

# Generates DATABASE with gen-database ARGS… unless it exists and neither the schema nor the
# generator is newer than it.
generate() {
  local database=$1
  shift
  local stale= tmp

  if [ -f "$database" ]; then
    stale=$(find "$srcdir/src/store/migrations" "$srcdir/bench/gen-database.c" \
              -newer "$database" -print -quit 2>/dev/null || true)
  fi

  if [ -f "$database" ] && [ -z "$stale" ]; then
    echo "Reusing $database (delete it to generate it again)"
    return
  fi

  # Written in a temporary folder next to the final place and moved in when complete, so an
  # interrupted generation never leaves a half database to be reused.
  tmp=$(mktemp -d "$datadir/gen.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  "$bench/gen-database" "$@" "$tmp/db"
  rm -f "$database" "$database-wal" "$database-shm"
  mv "$tmp/db" "$database"
  rm -rf "$tmp"
  trap - EXIT
}

if wants startup || wants search || wants jobs-page; then
  generate "$large"
fi
if wants jobs-page; then
  generate "$small" --postings 100 --applications 10 --bullets 10
  generate "$medium" --postings 1000 --applications 20 --bullets 10
fi

export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$builddir/data"
if [ ! -f "$GSETTINGS_SCHEMA_DIR/gschemas.compiled" ]; then
  echo "bench/run.sh: warning: no compiled GSettings schemas in $GSETTINGS_SCHEMA_DIR" >&2
fi

command=(env VOCATION_BENCH_INSIDE=1 bash "${BASH_SOURCE[0]}" "$builddir" --only "$only"
         ${startup_args[@]+"${startup_args[@]}"})
command=(dbus-run-session -- "${command[@]}")

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "bench/run.sh: no display and xvfb-run is not installed (Debian package xvfb)" >&2
    exit 1
  fi
  command=(xvfb-run -a -s "-screen 0 1920x1080x24" "${command[@]}")
fi

exec "${command[@]}"
