#!/usr/bin/env python3
"""Prints one line: the library's line and branch coverage, merged over the given Cobertura files.

Each test assembly writes its own file; a line counts as covered when any assembly ran it, and a
line's branches count as covered as far as the best assembly got."""
import re
import sys
import xml.etree.ElementTree as ET

lines = {}     # (file, line) -> covered?
branches = {}  # (file, line) -> (covered, total)
for report in sys.argv[1:]:
    for cls in ET.parse(report).getroot().iter("class"):
        for line in cls.iter("line"):
            key = (cls.get("filename"), int(line.get("number")))
            lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
            match = re.search(r"\((\d+)/(\d+)\)", line.get("condition-coverage", ""))
            if match:
                covered, total = int(match.group(1)), int(match.group(2))
                branches[key] = max(branches.get(key, (0, total)), (covered, total))

def share(covered, total):
    return f"{100.0 * covered / total:.1f}% ({covered}/{total})" if total else "n/a"

line_total, line_covered = len(lines), sum(lines.values())
branch_covered = sum(c for c, _ in branches.values())
branch_total = sum(t for _, t in branches.values())
print(f"library coverage: lines {share(line_covered, line_total)}, branches {share(branch_covered, branch_total)}")
