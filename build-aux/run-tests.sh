#!/usr/bin/env bash
# build-aux/run-tests.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the meson test suite headless: inside a private D-Bus session (test-session.sh adds a
# mock notification daemon, libsecret's file backend and Xvfb), and prints one closing line
# `N passed, N failed, N skipped` counted over every TAP test case.
set -u
build=${1:-build-test}
here=$(cd "$(dirname "$0")" && pwd)

export TZ=UTC
export LC_ALL=C.UTF-8
export NO_AT_BRIDGE=1
export GSETTINGS_BACKEND=memory
export G_SLICE=always-malloc
# LeakSanitizer reports every type registered by GLib and every font cache of fontconfig as a
# leak; leaks of our own objects are caught by g_assert_finalize_object in the tests instead.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
dbus-run-session -- bash "$here/test-session.sh" "$build" "${@:2}" || status=$?

/usr/bin/python3 "$here/test-summary.py" "$build/meson-logs/testlog.json" || status=1
exit $status
