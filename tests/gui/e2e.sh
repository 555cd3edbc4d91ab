#!/usr/bin/env bash
# e2e.sh SOURCELINE: drives the real program with xdotool as a person would — it opens on the
# sample, a click and a key select an event (the detail pane fills in), Ctrl+E exports a PNG
# through the export dialog and the file chooser, Ctrl+Q quits. Each step asserts on what can be observed from
# outside: window names, files written, pixels of the window. Waits only bound hangs; they
# never decide a result. Screenshots of each step stay in the build folder.
set -uo pipefail

APP=${1:?usage: e2e.sh path/to/sourceline}
. "$(dirname "$0")/e2e-lib.sh"
require xdotool import compare identify

OUT=${G_TEST_BUILDDIR:-.}/gui-e2e
rm -rf "$OUT"
mkdir -p "$OUT"
step=0


shot () { import -window "$WIN" "$OUT/$1.png"; }

launch "$OUT/app.log"

step=1
wait_for xdotool search --name "^Sample Articles — Sourceline$" || fail "the window opens on the sample"
WIN=$(xdotool search --name "^Sample Articles — Sourceline$" | head -1)
# the sample is read in the background: the subtitle appears once it is shown
sleep 0.5
shot 1-sample
ok "the window opens on the sample"

step=2
eval "$(xdotool getwindowgeometry --shell "$WIN")"
# a click in the timeline's empty upper-left corner gives it the keyboard, then End picks
# the latest event: the detail pane (lower right) changes from its empty state
xdotool mousemove --window "$WIN" 300 112 click 1
sleep 0.3
shot 2-before
xdotool key End
crop="$((WIDTH / 3))x$((HEIGHT / 3))+$((WIDTH * 2 / 3))+$((HEIGHT * 2 / 3))"
changed=$(region_changes 2-before 2-selected "$crop")
[ "$changed" -gt 500 ] 2>/dev/null || fail "selecting an event fills the detail pane ($changed pixels changed)"
ok "a key selects an event and the detail pane shows it"

step=3
target="$OUT/exported timeline.png"
xdotool key ctrl+e
wait_for xdotool search --name "^Export$" || fail "Ctrl+E opens the export dialog"
sleep 0.5
shot 3-dialog
# the dialog shows a preview with the settings' defaults; Return is its Export… button
xdotool key Return
answer_chooser "Save Export As" "$target" || fail "Export… asks where to write"
wait_for test -s "$target" || fail "the export dialog writes the file"
head -c 8 "$target" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || fail "the export is a PNG"
size=$(identify -format "%w %h" "$target")
[ "${size% *}" -ge 400 ] || fail "the exported image has a usable size ($size)"
shot 3-exported
ok "Ctrl+E exports a PNG ($size)"

step=4
xdotool mousemove --window "$WIN" 300 112
xdotool key ctrl+q
wait_for bash -c "! kill -0 $PID" || fail "Ctrl+Q quits"
wait "$PID"
status=$?
[ "$status" -eq 0 ] || fail "the program exits cleanly (status $status)"
ok "Ctrl+Q quits cleanly"
echo "1..4"
