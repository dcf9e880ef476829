#!/usr/bin/env bash
# build-aux/check-potfiles.sh — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-potfiles.sh SOURCE_ROOT
#
# Checks po/POTFILES.in against the tree, so that no translatable string is left out of the
# translation template and the template build never breaks on a file that was moved away:
#
#   - every C file under src/ that calls _(), N_(), C_(), NC_(), Q_(), ngettext() or
#     g_dngettext() is listed;
#   - every .ui file under resources/ (or src/) with translatable="yes" is listed;
#   - the desktop entry, the metainfo and the GSettings schema under data/ are listed;
#   - every file listed exists;
#   - every language in po/LINGUAS has its po/CODE.po.
#
# Prints one line per problem, naming the file, and exits 1 if there is any. Works from any
# working directory.
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi
cd "$1" || exit 2

potfiles=po/POTFILES.in
if [ ! -f "$potfiles" ]; then
  echo "error: $potfiles does not exist" >&2
  exit 1
fi

# The files listed, one path a line, without comments, blank lines or surrounding spaces.
listed=$(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$potfiles" \
         | grep -v '^$' | sort -u)

# The files that need to be listed. A call is `_ (` or `_(` not preceded by an identifier
# character, so that `g_strdup_(` or `FOO_(` do not count.
required=$(
  {
    if [ -d src ]; then
      find src -type f -name '*.c' -print0 \
        | xargs -0 -r grep -lE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext)[[:space:]]*\('
    fi
    for dir in resources src; do
      if [ -d "$dir" ]; then
        find "$dir" -type f -name '*.ui' -print0 \
          | xargs -0 -r grep -l 'translatable="yes"'
      fi
    done
    if [ -d data ]; then
      find data -type f \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
                           -o -name '*.gschema.xml' \) -print
    fi
  } | sed 's|^\./||' | LC_ALL=C sort -u
)

status=0

while IFS= read -r file; do
  [ -n "$file" ] || continue
  if ! grep -qxF -- "$file" <<<"$listed"; then
    echo "missing from $potfiles: $file (it has translatable strings)"
    status=1
  fi
done <<<"$required"

while IFS= read -r file; do
  [ -n "$file" ] || continue
  if [ ! -f "$file" ]; then
    echo "listed in $potfiles but does not exist: $file"
    status=1
  fi
done <<<"$listed"

if [ -f po/LINGUAS ]; then
  for lang in $(sed 's/#.*//' po/LINGUAS); do
    if [ ! -f "po/$lang.po" ]; then
      echo "listed in po/LINGUAS but po/$lang.po does not exist: $lang"
      status=1
    fi
  done
fi

if [ $status -eq 0 ]; then
  echo "$potfiles is complete: $(grep -c . <<<"$listed") files"
fi
exit $status
