#!/usr/bin/env bash
# e2e-project.sh SOURCELINE: the round of issue 10 with the real program, xdotool keys and the
# real dialogs — it opens on the sample, imports a folder (Shift+Ctrl+O, the folder chooser),
# searches "veto" (Ctrl+F) and goes to it (Enter), renames it (F2: the unsaved window asks to
# be saved as a project first, then the rename dialog), hides it (Ctrl+H), undoes the hiding
# (Ctrl+Z), quits (Ctrl+Q), and reopens the project. Each step asserts what can be
# seen from outside: window names, the project file's rows (sqlite3), pixels of the window.
# Waits only bound hangs; they never decide a result. Screenshots stay in the build folder.
set -uo pipefail

APP=${1:?usage: e2e-project.sh path/to/sourceline}
. "$(dirname "$0")/e2e-lib.sh"
require xdotool import compare sqlite3

OUT=${G_TEST_BUILDDIR:-.}/gui-e2e-project
rm -rf "$OUT"
mkdir -p "$OUT/articles"
PROJECT="$OUT/briefing.sourceline"
step=0
PID=

shot () { import -window root "$OUT/$1.png"; }
sql () { sqlite3 -readonly "$PROJECT" "$1" 2>/dev/null; }
# the project's active edits of one kind (2 = label, 3 = hidden in SlEditKind)
edits () { sql "SELECT count(*) FROM edits WHERE kind = $1 AND undone = $2"; }
has_edits () { [ "$(edits "$1" "$2")" = "$3" ]; }

# two articles of our own, one of them a copy of a sample article (a duplicate to report)
cat >"$OUT/articles/panel-ends.txt" <<'EOF'
Title: UN sanctions monitors stop work
Date: 2024-04-30
Source: Harbor Ledger

The UN panel of experts monitoring sanctions on North Korea ended its work on Tuesday after
Russia's veto last month, diplomats said.
EOF
cp "${SL_DATA_DIR:?}/samples/oil-transfers.txt" "$OUT/articles/oil-again.txt"

launch "$OUT/app.log"

step=1
wait_for xdotool search --name "^Sample Articles — Sourceline$" || fail "the window opens on the sample"
WIN=$(xdotool search --name "^Sample Articles — Sourceline$" | head -1)
sleep 0.5
eval "$(xdotool getwindowgeometry --shell "$WIN")"
xdotool mousemove --window "$WIN" 300 112 click 1
shot 1-sample
ok "the window opens on the sample"

step=2
xdotool key ctrl+shift+o
wait_for xdotool search --name "^Import Folders of Articles$" || fail "Shift+Ctrl+O opens the folder chooser"
sleep 0.5
xdotool key ctrl+l
xdotool type --delay 2 "$OUT/articles/"
xdotool key Return
# the duplicate keeps the report open: a window of its own, named for the import
wait_for xdotool search --name "^Import Articles$" || fail "the import shows its per-file results"
sleep 1
shot 2-import-results
xdotool key Escape
wait_for bash -c "! xdotool search --onlyvisible --name '^Import Articles$'" || fail "Escape closes the results"
ok "a folder is imported with per-file results"

step=3
xdotool mousemove --window "$WIN" 300 112
xdotool key ctrl+f
sleep 0.5
xdotool type --delay 20 "veto"
sleep 1
shot 3-search
xdotool key Return
crop="$((WIDTH / 3))x$((HEIGHT / 3))+$((WIDTH * 2 / 3))+$((HEIGHT * 2 / 3))"
changed=$(region_changes 1-sample 3-veto-selected "$crop")
[ "$changed" -gt 500 ] 2>/dev/null || fail "the first match fills the detail pane ($changed pixels changed)"
ok "Ctrl+F, \"veto\" and Enter go to the veto"

step=4
xdotool key F2
# "Save as a Project First?": its default answer opens Save As (a slow build shows it late)
wait_for xdotool search --onlyvisible --name "^Save as a Project First" \
  || fail "the first edit asks to save as a project"
sleep 0.5
xdotool key Return
answer_chooser "Save Project As" "$PROJECT" || fail "the first edit asks to save as a project"
wait_for test -s "$PROJECT" || fail "Save As writes the project"
wait_for xdotool search --name "^briefing — Sourceline$" || fail "the window is named after the project"
# the rename waited for the project and goes on by itself
wait_for xdotool search --onlyvisible --name "^Rename the Event$" || fail "the rename goes on once saved"
sleep 0.5
xdotool key ctrl+a
xdotool type --delay 5 "Russian veto ends the UN panel"
xdotool key Return
wait_for has_edits 2 0 1 || fail "the new name is written to the project"
[ "$(sql "SELECT value FROM edits WHERE kind = 2")" = "Russian veto ends the UN panel" ] \
  || fail "the project holds the new name as typed"
# keys go to the window under the pointer once the dialog is gone (a slow build closes it late)
wait_for bash -c "! xdotool search --onlyvisible --name '^Rename the Event$'" \
  || fail "the rename dialog closes"
shot 4-renamed
ok "the veto is renamed in a new project ($(sql 'SELECT count(*) FROM documents') articles)"

step=5
xdotool key ctrl+h
wait_for has_edits 3 0 1 || fail "Ctrl+H hides the event, written at once"
xdotool key ctrl+z
wait_for has_edits 3 1 1 || fail "Ctrl+Z undoes the hiding in the file"
has_edits 2 0 1 || fail "undoing the hiding leaves the renaming"
sleep 0.5
shot 5-undone
ok "Ctrl+H hides, Ctrl+Z brings it back"

step=6
xdotool key ctrl+q
wait_for bash -c "! kill -0 $PID" || fail "Ctrl+Q quits"
wait "$PID"
status=$?
[ "$status" -eq 0 ] || fail "the program exits cleanly (status $status)"
launch "$OUT/app-reopened.log" "$PROJECT"
wait_for xdotool search --name "^briefing — Sourceline$" || fail "the project reopens"
sleep 1
shot 6-reopened
has_edits 2 0 1 && has_edits 3 1 1 || fail "the edits are as left"
xdotool key ctrl+q
wait_for bash -c "! kill -0 $PID" || fail "Ctrl+Q quits the reopened window"
ok "reopened as left: renamed, the hiding undone"
echo "1..6"
