#!/usr/bin/env python3
# build-aux/test-summary.py — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads meson's testlog.json and prints one line `N passed, N failed, N skipped`, counting the
# test cases inside every TAP program and each non-TAP test as one case. A TAP program that
# crashed or exited non-zero counts as one more failure even if all its cases said ok.
import json
import re
import sys

passed = failed = skipped = 0
path = sys.argv[1]
try:
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
except OSError as e:
    print(f"error: cannot read {path}: {e}", file=sys.stderr)
    print("0 passed, 1 failed")
    sys.exit(1)

for test in lines:
    result = test.get("result", "")
    stdout = test.get("stdout", "")
    if re.search(r"^1\.\.\d+", stdout, re.M) or re.search(r"^(not )?ok \d", stdout, re.M):
        cases = 0
        for line in stdout.splitlines():
            m = re.match(r"^(not ok|ok)\b(.*)$", line)
            if not m:
                continue
            cases += 1
            if re.search(r"#\s*SKIP", m.group(2), re.I):
                skipped += 1
            elif m.group(1) == "ok":
                passed += 1
            else:
                failed += 1
        if result not in ("OK", "SKIP", "EXPECTEDFAIL") and (cases == 0 or failed == 0):
            failed += 1
    elif result == "OK":
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
