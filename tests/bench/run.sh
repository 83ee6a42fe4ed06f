#!/usr/bin/env bash
# The benchmark (see bench.py and serve.py); output goes to bench-out/ (git-ignored).
#   tests/bench/run.sh [N ...] [--rounds R] [--compare-hugo] [--search] [--sample] [--keep-cli]
#   tests/bench/run.sh serve [N ...] [--edits E] [--keep-cli]    edit-to-reload time of `serve`
here="$(dirname "$0")"
if [ "${1:-}" = serve ]; then
  shift
  exec python3 "$here/serve.py" "$@"
fi
exec python3 "$here/bench.py" "$@"
