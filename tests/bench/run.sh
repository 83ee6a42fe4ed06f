#!/usr/bin/env bash
# Builds a synthetic corpus of N briefs (default 10000) and times BriefingGen on it.
# Usage: tests/bench/run.sh [N] [ROUNDS]. Output goes to bench-out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
rounds=${2:-3}
generator=${BENCH_GENERATOR:-../shared/bench/gen_corpus.py}
out=bench-out/bg-$n

if [ ! -d "$out/content" ]; then
  python3 "$generator" "$out" "$n" --format briefinggen
fi
dotnet build -c Release src/BriefingGen.Cli -v quiet -nologo >/dev/null
cli=src/BriefingGen.Cli/bin/Release/net10.0/BriefingGen.Cli

for round in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  "$cli" build --content "$out/content" --output "$out/site" --timings 2>&1 | grep -vE ': (warning|error) BG' || true
  end=$(date +%s.%N)
  printf 'round %d: %.2f s wall, %d files\n' "$round" "$(echo "$end - $start" | bc)" "$(find "$out/site" -type f | wc -l)"
done
