#!/usr/bin/python3
# build-aux/check-flatpak-manifest.py — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-flatpak-manifest.py MANIFEST.json
#
# A Flatpak cannot be built on the test machine (no runtime can be fetched), so this checks
# what can be checked offline: the manifest is valid JSON (what `python3 -m json.tool` checks),
# it names the app and its command, and its finish-args grant nothing that flatpak-builder-lint
# rejects or that Vocation does not need. Notifications, secrets and files go through portals,
# which need no --talk-name; a whole home or host file system is never needed.
#
# Standard library only, so that it runs with the system /usr/bin/python3.

import json
import os
import re
import sys

# Exact entries that are refused, and the reason given for each.
FORBIDDEN = {
    "--talk-name=org.freedesktop.Notifications":
        "notifications go through the portal (GNotification), no bus name needed",
    "--talk-name=org.freedesktop.secrets":
        "libsecret uses the Secret portal inside Flatpak",
    "--talk-name=org.freedesktop.Flatpak":
        "allows running commands outside the sandbox",
}

# --filesystem=home, host (and host-os, host-etc), ~, each with or without :ro/:rw/:create.
FORBIDDEN_FILESYSTEM = re.compile(r"^--filesystem=(home|host|host-os|host-etc|~)/?(:(ro|rw|create))?$")

# Portals are reached without a --talk-name; asking for one is a lint error.
FORBIDDEN_TALK_PREFIX = "--talk-name=org.freedesktop.portal."


def check(path):
    problems = []

    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except OSError as e:
        return [f"cannot read: {e.strerror}"]
    except json.JSONDecodeError as e:
        return [f"not valid JSON: line {e.lineno}, column {e.colno}: {e.msg}"]

    if not isinstance(manifest, dict):
        return ["the top level is not a JSON object"]

    app_id = manifest.get("id", manifest.get("app-id"))
    if not isinstance(app_id, str) or not app_id:
        problems.append("no \"id\"")
    else:
        stem = os.path.basename(path)
        for ext in (".json", ".yaml", ".yml"):
            if stem.endswith(ext):
                stem = stem[: -len(ext)]
        if stem != app_id:
            problems.append(f"the file name does not match the id {app_id!r}")

    for key in ("runtime", "runtime-version", "sdk", "command"):
        if not isinstance(manifest.get(key), str) or not manifest.get(key):
            problems.append(f"no {key!r}")

    if not isinstance(manifest.get("modules"), list) or not manifest["modules"]:
        problems.append("no \"modules\"")

    finish_args = manifest.get("finish-args", [])
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        problems.append("\"finish-args\" is not a list of strings")
        finish_args = []

    for arg in finish_args:
        if arg in FORBIDDEN:
            problems.append(f"forbidden finish-arg {arg}: {FORBIDDEN[arg]}")
        elif FORBIDDEN_FILESYSTEM.match(arg):
            problems.append(f"forbidden finish-arg {arg}: files are opened through the "
                            "file chooser portal")
        elif arg.startswith(FORBIDDEN_TALK_PREFIX):
            problems.append(f"forbidden finish-arg {arg}: portals need no --talk-name")

    seen = set()
    for arg in finish_args:
        if arg in seen:
            problems.append(f"finish-arg {arg} is given twice")
        seen.add(arg)

    return problems


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} MANIFEST.json", file=sys.stderr)
        return 2

    problems = check(argv[1])
    for problem in problems:
        print(f"{argv[1]}: {problem}")
    if problems:
        return 1
    print(f"{argv[1]}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
