#!/usr/bin/env bash
# The benchmark: tests/bench/run.sh [N ...] [--rounds R] [--compare-hugo] [--sample] [--keep-cli]
# (see bench.py). Output goes to bench-out/ (git-ignored).
exec python3 "$(dirname "$0")/bench.py" "$@"
