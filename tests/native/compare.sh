#!/usr/bin/env bash
# The published CLI is native code, which keeps only what the trimmer sees used; `dotnet run` and the
# tests run the same code jitted, where reflection finds everything. This builds the sample site, and
# a theme that lists and calls Scriban's builtin functions, with both, and fails on any difference.
#   tests/native/compare.sh NATIVE_CLI      (from `dotnet publish src/BriefingGen.Cli -c Release -o DIR`)
set -euo pipefail
native="$(realpath "$1")"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
jit() { dotnet run --no-restore -c Release --project "$repo/src/BriefingGen.Cli" -- "$@"; }
status=0
for theme in "" "$repo/tests/native/probe-theme"; do
  args=(build --content "$repo/content" --base-url https://example.org/site/)
  [ -n "$theme" ] && args+=(--templates "$theme")
  # From outside the repository, so that neither finds the repository's Pagefind.
  (cd "$out" && jit "${args[@]}" --output "$out/jit" > "$out/jit.log")
  (cd "$out" && "$native" "${args[@]}" --output "$out/native" > "$out/native.log")
  if ! diff -r --exclude=.briefinggen-output "$out/jit" "$out/native" || ! diff <(sed 's|/jit|/OUT|' "$out/jit.log") <(sed 's|/native|/OUT|' "$out/native.log"); then
    echo "the native CLI built ${theme:-the sample site} differently from dotnet run" >&2
    status=1
  fi
  rm -rf "$out/jit" "$out/native"
done
[ "$status" = 0 ] && echo "the native CLI builds the sample site and the probe theme as dotnet run does"
exit "$status"
