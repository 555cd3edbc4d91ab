#!/usr/bin/env bash
# run-all.sh [MINUTES | SECONDSs]: runs every libFuzzer target for MINUTES each (default 1; "30s"
# is half a minute) with ASan and
# UBSan, starting from the seed corpora the replay tests use. A crash, leak or timeout is
# minimised and kept under tests/fuzz/<area>/crashers-<target>/, so the ordinary test suite
# replays it from then on. JOBS targets run at once (default 1). Prints, per target, the
# executions per second and the coverage reached; exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
LENGTH=${1:-1}
case "$LENGTH" in
  *s) SECONDS_EACH=${LENGTH%s}; SPAN="$SECONDS_EACH s" ;;
  *)  SECONDS_EACH=$((LENGTH * 60)); SPAN="$LENGTH min" ;;
esac
JOBS=${JOBS:-1}
BUILD=${FUZZ_BUILD:-build-fuzz}
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang meson setup "$BUILD" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
fi
# only the fuzz targets, what they link and their seeds, not the whole application
mapfile -t fuzz_targets < <(meson introspect --targets "$BUILD" | python3 -c '
import json, os, sys
for t in json.load(sys.stdin):
    if t["type"] in ("executable", "custom") and t["name"].startswith("fuzz-"):
        print(os.path.relpath(t["filename"][0], sys.argv[1]))' "$(cd "$BUILD" && pwd)")
ninja -C "$BUILD" "${fuzz_targets[@]}"
# undefined behaviour stops the target (clang's UBSan otherwise reports and goes on), so
# libFuzzer keeps the input like any crash
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# a failed precondition (g_return_if_fail) is a bug the input reached: abort there too
export G_DEBUG=fatal-criticals
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_target TARGET: one campaign; its summary goes to $work/NAME.summary, status to .status
run_target () {
  local target=$1 name area short seeds corpus crashers max_len=65536
  name=$(basename "$target")               # fuzz-ingest-html, or fuzz-timex
  area=$(basename "$(dirname "$target")")  # ingest, or fuzz for targets at the top
  if [ "$area" = fuzz ]; then
    area=.
    short=${name#fuzz-}
  else
    short=${name#fuzz-"$area"-}            # html
  fi
  # a project file is a database of a few pages at least
  [ "$short" = project ] && max_len=262144
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
  {
    if "$target" "$corpus" -max_total_time=$SECONDS_EACH -max_len=$max_len -timeout=10 \
         -artifact_prefix="$work/$name-" -print_final_stats=1 2>"$work/$name.log"; then
      echo 0 >"$work/$name.status"
      echo "== $name clean after $SPAN"
    else
      echo "== $name FOUND a crash, a leak or a timeout in $SPAN"
      echo 1 >"$work/$name.status"
      mkdir -p "$crashers"
      for crash in "$work/$name"-crash-* "$work/$name"-timeout-* "$work/$name"-leak-*; do
        [ -f "$crash" ] || continue
        "$target" -minimize_crash=1 -runs=2000 -exact_artifact_path="$crashers/$(basename "$crash")" \
          "$crash" >/dev/null 2>&1 || cp "$crash" "$crashers/"
        echo "   kept $crashers/$(basename "$crash")"
      done
      grep -E "SUMMARY|ERROR" "$work/$name.log" | head -5
    fi
    # the last status line holds the coverage (cov: edges, ft: features, corp: corpus size)
    grep -E "^#[0-9]+" "$work/$name.log" | tail -1 || true
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" \
      "$work/$name.log" || true
  } >"$work/$name.summary" 2>&1
}

targets=()
for target in "$BUILD"/tests/fuzz/fuzz-* "$BUILD"/tests/fuzz/*/fuzz-*; do
  [ -f "$target" ] && [ -x "$target" ] && targets+=("$target")
done
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
    wait -n || true
  done
  run_target "$target" &
done
wait
status=0
for target in "${targets[@]}"; do
  name=$(basename "$target")
  cat "$work/$name.summary"
  [ "$(cat "$work/$name.status" 2>/dev/null || echo 1)" = 0 ] || status=1
done
exit $status
