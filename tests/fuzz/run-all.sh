#!/usr/bin/env bash
# Runs every libFuzzer target for MINUTES each (default 1) with ASan and UBSan, starting from
# the seed corpora the replay tests use; a crash is minimised and kept under
# tests/fuzz/<area>/crashers-<target>/ so the ordinary test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES=${1:-1}
BUILD=${FUZZ_BUILD:-build-fuzz}
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang meson setup "$BUILD" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C "$BUILD"
work=$(mktemp -d)
status=0
for target in "$BUILD"/tests/fuzz/fuzz-* "$BUILD"/tests/fuzz/*/fuzz-*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target")               # fuzz-ingest-html, or fuzz-timex
  area=$(basename "$(dirname "$target")")  # ingest, or fuzz for targets at the top
  if [ "$area" = fuzz ]; then
    area=.
    short=${name#fuzz-}
  else
    short=${name#fuzz-"$area"-}            # html
  fi
  seeds=$(meson introspect --tests "$BUILD" | python3 -c '
import json, sys
name = sys.argv[1]
for t in json.load(sys.stdin):
    if t["name"] == "fuzz-replay-" + name:
        print(" ".join(t["cmd"][1:]))' "${name#fuzz-}")
  corpus="$work/$name"
  mkdir -p "$corpus"
  for s in $seeds; do cp -r "$s" "$corpus/" 2>/dev/null || true; done
  crashers="tests/fuzz/$area/crashers-$short"
  echo "== $name for $MINUTES min"
  if ! "$target" "$corpus" -max_total_time=$((MINUTES * 60)) -max_len=65536 \
       -artifact_prefix="$work/$name-" -print_final_stats=1 2>"$work/$name.log"; then
    status=1
    mkdir -p "$crashers"
    for crash in "$work/$name"-crash-* "$work/$name"-timeout-* "$work/$name"-leak-*; do
      [ -f "$crash" ] || continue
      "$target" -minimize_crash=1 -runs=2000 -exact_artifact_path="$crashers/$(basename "$crash")" "$crash" \
        >/dev/null 2>&1 || cp "$crash" "$crashers/"
      echo "   kept $crashers/$(basename "$crash")"
    done
    grep -E "SUMMARY|ERROR" "$work/$name.log" | head -5
  fi
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|cov:" "$work/$name.log" | tail -3 || true
done
rm -rf "$work"
exit $status
