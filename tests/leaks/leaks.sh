#!/usr/bin/env bash
# leaks.sh cli|window CLI GUI: valgrind's leak check over what a user runs. "cli": the command
# line extracting the sample and exporting it in every format and view (each view once) and
# the briefing deck; it shares the machine with other tests. "window": the window opening a
# project, exporting a PNG through its dialog and quitting; it drives the display and runs
# alone. Any memory error, or a definite leak reached through our code, fails the step (see
# judge); blocks third-party libraries keep on purpose are suppressed in tests/valgrind.supp,
# each with its reason. TAP on stdout (with the failing records), valgrind's whole report in
# the build folder.
set -uo pipefail

PART=${1:?usage: leaks.sh cli|window sourceline-cli sourceline}
CLI=${2:?usage: leaks.sh cli|window sourceline-cli sourceline}
APP_BIN=${3:?usage: leaks.sh cli|window sourceline-cli sourceline}
. "$(dirname "$0")/../gui/e2e-lib.sh"
if [ "$PART" = window ]; then
  require valgrind xdotool
elif ! command -v valgrind >/dev/null; then
  echo "1..0 # SKIP valgrind is not installed"
  exit 77
fi

OUT=${G_TEST_BUILDDIR:-.}/leaks-$PART
rm -rf "$OUT"
mkdir -p "$OUT"
SUPP=$(cd "$(dirname "$0")/.." && pwd)/valgrind.supp
SAMPLES=${SL_DATA_DIR:?}/samples
VALGRIND=(valgrind --suppressions="$SUPP" --leak-check=full --errors-for-leak-kinds=definite
          --error-exitcode=3 --num-callers=30)
step=0
PID=

# checked NAME CMD…: runs CMD under valgrind; its report goes to NAME.log. When valgrind finds
# something, the step fails unless judge lets it pass.
checked () {
  local name=$1
  shift
  "${VALGRIND[@]}" --log-file="$OUT/$name.log" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" \
    || judge "$OUT/$name.log"
}

# judge LOG: prints the records of valgrind's report that failed the run (each memory error and
# definite leak, with its stacks) as TAP comments, at most 400 lines, so that a failure on a
# machine whose build folder is gone still names its stack. Fails (status 1) on any memory
# error, on a definite leak whose stack passes through Sourceline's code (a frame in one of our
# sl-*.c files, or main.c past main itself), and on a report whose records it cannot account for.
# A definite leak made wholly inside the libraries, reached from their main loop and never from
# a function of ours (GTK's file chooser keeps a different block now and then, depending on when
# its asynchronous listing ends), is printed and tolerated; the ones seen often are suppressed by
# name in tests/valgrind.supp.
judge () {
  awk '
    function close_record() {
      if (rec ~ /definitely lost in loss record/) {
        n++
        if (ours) { bad++; printf "# ours:\n%s", rec } else printf "# a library'"'"'s, reached from no code of ours:\n%s", rec
      } else if (rec ~ /Invalid (read|write|free)|uninitialised|Mismatched|overlap|Syscall param|Jump to the invalid|Argument .* of function/) {
        n++; bad++; printf "# a memory error:\n%s", rec
      }
      rec = ""; ours = 0
    }
    /^==[0-9]+== *$/ { close_record(); next }
    /ERROR SUMMARY: [0-9,]+ errors from [0-9,]+ contexts/ {
      close_record()
      for (i = NF; i >= 1; i--) if ($i == "contexts") { contexts = $(i - 1); gsub(",", "", contexts) }
      next
    }
    /\((sl-[a-z0-9-]+|main)\.c:[0-9]+\)/ && !/: main \(main\.c:/ { ours = 1 }
    { rec = rec "#   " $0 "\n" }
    END {
      close_record()
      if (contexts + 0 != n) printf "# valgrind counted %d records, %d of them read here\n", contexts, n
      exit (bad > 0 || contexts + 0 != n)
    }' "$1" | head -400
  return "${PIPESTATUS[0]}"
}

if [ "$PART" = cli ]; then
step=1
checked extract "$CLI" extract --with-text "$SAMPLES" || fail "extract leaks or errs (see $OUT/extract.log)"
grep -q '"events"' "$OUT/extract.out" || fail "extract printed its JSON"
ok "sourceline-cli extract over the sample: no leak, no memory error"

step=2
# each format once and each view once: the painters are shared, the surfaces are not
for pair in timeline:png graph:svg both:pdf; do
  view=${pair%:*}
  format=${pair#*:}
  checked "export-$view-$format" "$CLI" export "$SAMPLES" --view "$view" --format "$format" \
    -o "$OUT/$view.$format" || fail "export $view $format leaks or errs (see $OUT/export-$view-$format.log)"
  [ -s "$OUT/$view.$format" ] || fail "export $view $format wrote its file"
done
checked export-briefing "$CLI" export "$SAMPLES" --view briefing --format pdf -o "$OUT/deck.pdf" \
  || fail "the briefing deck leaks or errs (see $OUT/export-briefing.log)"
ok "sourceline-cli export in every view and format, and the briefing deck: no leak"
echo "1..2"
exit 0
fi

step=1
PROJECT="$OUT/leak-check.sourceline"
"$CLI" import "$PROJECT" "$SAMPLES" >/dev/null || fail "the project for the window is written"
APP=("${VALGRIND[@]}" --log-file="$OUT/window.log" "$APP_BIN")
"${APP[@]}" "$PROJECT" >"$OUT/window.out" 2>&1 &
PID=$!
# a program under valgrind is slow to start: up to five minutes, a guard against hangs only
for _ in $(seq 1500); do
  xdotool search --name "^leak-check — Sourceline$" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || fail "the window opens the project under valgrind"
  sleep 0.2
done
WIN=$(xdotool search --name "^leak-check — Sourceline$" | head -1)
[ -n "$WIN" ] || fail "the window opens the project under valgrind"
sleep 2
xdotool mousemove --window "$WIN" 300 112 click 1
xdotool key ctrl+e
wait_long () { WAIT_TRIES=600 wait_for "$@"; }
wait_long xdotool search --name "^Export$" || fail "Ctrl+E opens the export dialog"
sleep 2
xdotool key Return
WAIT_TRIES=600 PAUSE=2 TYPE_DELAY=5 answer_chooser "Save Export As" "$OUT/window.png" \
  || fail "Export… asks where to write"
wait_long test -s "$OUT/window.png" || fail "the window exports a PNG"
sleep 2
xdotool mousemove --window "$WIN" 300 112 click 1
xdotool key ctrl+q
wait_long bash -c "! kill -0 $PID" || fail "Ctrl+Q quits"
wait "$PID"
status=$?
[ "$status" -eq 0 ] || judge "$OUT/window.log" \
  || fail "the window opened, exported and quit without a leak or memory error (status $status, see $OUT/window.log)"
ok "the window opens a project, exports a PNG and quits: no definite leak"
echo "1..1"
