#!/usr/bin/env python3
# build-aux/embed-text.py — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: embed-text.py INPUT OUTPUT SYMBOL
# Writes a C file defining `const char SYMBOL[]` with the contents of INPUT (UTF-8), so that
# data the core library needs (the skills dictionary) is compiled in without GIO resources.
import sys

src, dst, symbol = sys.argv[1:4]
with open(src, "rb") as f:
    data = f.read()
data.decode("utf-8")  # fail the build on a file that is not UTF-8

with open(dst, "w", encoding="ascii") as out:
    out.write(f"/* Generated from {src.split('/')[-1]} by embed-text.py; do not edit. */\n")
    out.write(f"extern const char {symbol}[];\n")
    out.write(f"const char {symbol}[] =\n")
    for i in range(0, len(data), 64):
        chunk = data[i:i + 64]
        out.write('  "' + "".join(f"\\x{b:02x}" for b in chunk) + '"\n')
    out.write(";\n")
