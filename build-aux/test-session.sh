#!/usr/bin/env bash
# build-aux/test-session.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs inside the private D-Bus session that run-tests.sh starts: gives the tests a
# notification daemon (python3-dbusmock, whose log records every Notify call), libsecret's
# file backend with a throw-away keyring, and a private X server, then runs meson test.
set -u
build=$1
shift

scratch=$(mktemp -d)
trap 'kill "${mock_pid:-}" 2>/dev/null; rm -rf "$scratch"' EXIT

export SECRET_BACKEND=file
export SECRET_FILE_TEST_PATH="$scratch/keyring"
export SECRET_FILE_TEST_PASSWORD=test
export VOCATION_NOTIFY_LOG="$scratch/notifications.log"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"

# The system python: python3-dbusmock is a Debian package, not in a pyenv interpreter.
/usr/bin/python3 -m dbusmock --template notification_daemon -l "$VOCATION_NOTIFY_LOG" \
  >"$scratch/dbusmock.out" 2>&1 &
mock_pid=$!
for _ in $(seq 50); do
  gdbus introspect --session --dest org.freedesktop.Notifications \
    --object-path /org/freedesktop/Notifications >/dev/null 2>&1 && break
  sleep 0.1
done
if ! gdbus introspect --session --dest org.freedesktop.Notifications \
     --object-path /org/freedesktop/Notifications >/dev/null 2>&1; then
  echo "warning: the mock notification daemon did not start:" >&2
  cat "$scratch/dbusmock.out" >&2
fi

xvfb-run -a -s '-screen 0 1400x900x24 -nolisten tcp' \
  meson test -C "$build" --print-errorlogs --num-processes 2 "$@"
