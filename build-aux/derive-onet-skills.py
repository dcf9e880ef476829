#!/usr/bin/env python3
# build-aux/derive-onet-skills.py — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Lists candidate technologies for src/core/data/skills.tsv from the O*NET Technology Skills
# file, so that the dictionary can be redone when O*NET publishes a new release. The output is
# a starting point for curation, not the dictionary itself: vendor prefixes are cleaned by hand
# ("The MathWorks MATLAB" becomes MATLAB with the O*NET form kept as an alias), niche products
# are left out and modern tools O*NET lacks are added (see src/core/data/README.md).
#
# Usage:
#   build-aux/derive-onet-skills.py PATH/Technology_Skills.txt [options]
#   build-aux/derive-onet-skills.py --check src/core/data/skills.tsv [PATH/Technology_Skills.txt]
#
# Options for the ranking:
#   --min-occupations N   only technologies listed by at least N occupations (default 1)
#   --hot                 only technologies flagged Hot Technology or In Demand
#   --commodity TEXT      only technologies whose commodity title contains TEXT (any case)
#   --limit N             at most N rows
#   --occupations PATH    Occupation_Data.txt; adds the title of one listing occupation
#   --dictionary PATH     skills.tsv; adds the skill that already covers each technology
#   --uncovered           with --dictionary: only technologies no skill covers yet
#
# Ranking output (tab-separated, most widely listed first, ties by name):
#   occupations  hot  in_demand  example  commodity_title  [sample_occupation]  [covered_by]
# where occupations counts the distinct O*NET-SOC codes listing the example, and hot and
# in_demand count how many of those occupations flag it Y. A technology is covered when its
# example, compared without case, is the name or an alias of a skill.
#
# --check validates a skills.tsv: four tab-separated columns, a known category and source,
# names unique and no alias equal to another skill's name or alias (both compared without
# case). Given the O*NET file as well, it also lists `onet` skills none of whose terms is an
# O*NET example (expected for a few, whose O*NET form is a common word and was left out).
# Exits 1 if the file has errors.
#
# Standard library only.
import argparse
import collections
import csv
import sys

CATEGORIES = frozenset(
    "language framework library database cloud platform devops data ml tool office os design "
    "methodology practice domain soft".split())
SOURCES = frozenset(("onet", "vocation"))


def read_rows(path):
    """Yields the data rows of a tab-separated O*NET file as dicts keyed by its header."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            yield row


def load_titles(path):
    return {row["O*NET-SOC Code"]: row.get("Title", "") for row in read_rows(path)}


def load_dictionary(path):
    """Returns (skills, errors); skills is a list of (line, name, category, aliases, source)."""
    skills, errors = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                errors.append(f"{path}:{number}: {len(fields)} columns, want 4")
                continue
            name, category, aliases, source = fields
            aliases = aliases.split("|") if aliases else []
            if not name or name != name.strip():
                errors.append(f"{path}:{number}: empty name or surrounding spaces")
            if category not in CATEGORIES:
                errors.append(f"{path}:{number}: unknown category {category!r}")
            if source not in SOURCES:
                errors.append(f"{path}:{number}: unknown source {source!r}")
            for alias in aliases:
                if not alias or alias != alias.strip():
                    errors.append(f"{path}:{number}: empty alias or surrounding spaces")
            skills.append((number, name, category, aliases, source))
    return skills, errors


def term_index(skills):
    """Maps every casefolded name and alias to the skill names using it."""
    index = collections.defaultdict(list)
    for _, name, _, aliases, _ in skills:
        for term in {name.casefold(), *(a.casefold() for a in aliases)}:
            index[term].append(name)
    return index


def check(dictionary, technology_skills):
    skills, errors = load_dictionary(dictionary)
    index = term_index(skills)
    names = collections.Counter(name.casefold() for _, name, _, _, _ in skills)
    for term, users in sorted(index.items()):
        if names[term] > 1:
            errors.append(f"duplicate name {term!r}")
        elif len(users) > 1:
            errors.append(f"term {term!r} used by {', '.join(sorted(set(users)))}")
    for _, name, _, aliases, _ in skills:
        if name.casefold() in {a.casefold() for a in aliases}:
            errors.append(f"{name}: alias equal to its own name")

    by_category = collections.Counter(category for _, _, category, _, _ in skills)
    by_source = collections.Counter(source for _, _, _, _, source in skills)
    short = sorted({t for _, name, _, aliases, _ in skills for t in (name, *aliases) if len(t) <= 2})
    print(f"{len(skills)} skills")
    print("by category: " + ", ".join(f"{c} {n}" for c, n in sorted(by_category.items())))
    print("by source: " + ", ".join(f"{s} {n}" for s, n in sorted(by_source.items())))
    print("terms of 2 characters or less (matched case-sensitively): " + " ".join(short))

    if technology_skills:
        examples = {(row["Example"] or "").strip().casefold() for row in read_rows(technology_skills)}
        untraced = [name for _, name, _, aliases, source in skills if source == "onet"
                    and not ({name.casefold(), *(a.casefold() for a in aliases)} & examples)]
        print("onet skills without an O*NET example among their terms: "
              + (", ".join(untraced) if untraced else "none"))

    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print("uniqueness and format: " + ("OK" if not errors else f"{len(errors)} errors"))
    return 1 if errors else 0


def rank(args):
    occupations = collections.defaultdict(set)
    hot = collections.Counter()
    in_demand = collections.Counter()
    commodities = collections.defaultdict(collections.Counter)

    rows = list(read_rows(args.technology_skills))
    required = {"O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology"}
    if rows and not required.issubset(rows[0].keys()):
        print(f"error: {args.technology_skills}: missing columns "
              f"{sorted(required - set(rows[0].keys()))}", file=sys.stderr)
        return 1

    for row in rows:
        example = (row["Example"] or "").strip()
        code = row["O*NET-SOC Code"]
        if not example or code in occupations[example]:
            continue
        occupations[example].add(code)
        commodities[example][row["Commodity Title"]] += 1
        if row.get("Hot Technology") == "Y":
            hot[example] += 1
        if row.get("In Demand") == "Y":
            in_demand[example] += 1

    titles = load_titles(args.occupations) if args.occupations else {}
    index = {}
    if args.dictionary:
        skills, errors = load_dictionary(args.dictionary)
        for error in errors:
            print(f"warning: {error}", file=sys.stderr)
        index = term_index(skills)

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n",
                     quoting=csv.QUOTE_NONE, escapechar="\\")
    header = ["occupations", "hot", "in_demand", "example", "commodity_title"]
    if titles:
        header.append("sample_occupation")
    if args.dictionary:
        header.append("covered_by")
    out.writerow(header)

    needle = args.commodity.casefold()
    printed = 0
    for example in sorted(occupations, key=lambda e: (-len(occupations[e]), e.casefold())):
        n = len(occupations[example])
        if n < args.min_occupations:
            continue
        if args.hot and not (hot[example] or in_demand[example]):
            continue
        commodity = commodities[example].most_common(1)[0][0]
        if needle and needle not in commodity.casefold():
            continue
        covered_by = ", ".join(index.get(example.casefold(), []))
        if args.uncovered and covered_by:
            continue
        fields = [n, hot[example], in_demand[example], example, commodity]
        if titles:
            fields.append(titles.get(min(occupations[example]), ""))
        if args.dictionary:
            fields.append(covered_by)
        out.writerow(fields)
        printed += 1
        if args.limit and printed >= args.limit:
            break
    return 0


def main(argv):
    parser = argparse.ArgumentParser(
        description="Rank O*NET technologies by how many occupations list them, "
                    "or check a skills dictionary.")
    parser.add_argument("technology_skills", nargs="?", help="path to O*NET Technology_Skills.txt")
    parser.add_argument("--check", metavar="SKILLS_TSV", help="validate a skills.tsv and exit")
    parser.add_argument("--min-occupations", type=int, default=1, metavar="N")
    parser.add_argument("--hot", action="store_true",
                        help="only Hot Technology or In Demand examples")
    parser.add_argument("--commodity", default="", metavar="TEXT")
    parser.add_argument("--limit", type=int, default=0, metavar="N")
    parser.add_argument("--occupations", default="", metavar="PATH",
                        help="path to O*NET Occupation_Data.txt")
    parser.add_argument("--dictionary", default="", metavar="SKILLS_TSV",
                        help="path to skills.tsv; adds a covered_by column")
    parser.add_argument("--uncovered", action="store_true",
                        help="with --dictionary, only examples no skill covers")
    args = parser.parse_args(argv)
    if args.uncovered and not args.dictionary:
        parser.error("--uncovered needs --dictionary")
    try:
        if args.check:
            return check(args.check, args.technology_skills)
        if not args.technology_skills:
            parser.error("the path to Technology_Skills.txt is required")
        return rank(args)
    except (OSError, UnicodeDecodeError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:
        sys.exit(0)
