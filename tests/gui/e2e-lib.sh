# e2e-lib.sh: what the xdotool scripts share (the GUI's end-to-end rounds and the leak check).
# Sourced, not run; the script sets APP, OUT and step, and PID once it starts the program.

# require TOOL…: skips the whole script (TAP, exit 77) unless every tool is installed and there
# is a display to drive.
require () {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      echo "1..0 # SKIP $tool is not installed"
      exit 77
    fi
  done
  if [ -z "${DISPLAY:-}" ]; then
    echo "1..0 # SKIP no display: run under xvfb-run"
    exit 77
  fi
}

# fail WHAT / ok WHAT: the TAP line of the current step; a failure stops the program and the
# script.
fail () { echo "not ok $step - $*"; [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; exit 1; }
ok () { echo "ok $step - $*"; }

# Polls a command until it succeeds (at most about 30 s, or WAIT_TRIES fifths of a second: a
# guard against hangs).
wait_for () {
  for _ in $(seq "${WAIT_TRIES:-150}"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

# answer_chooser TITLE PATH: waits (as wait_for) for the file chooser named TITLE, lets it
# settle for PAUSE seconds (0.5), replaces what it proposes with PATH, typed TYPE_DELAY ms
# (2) a key, and confirms with Return. Fails when the chooser never shows.
answer_chooser () {
  wait_for xdotool search --name "^$1\$" || return 1
  sleep "${PAUSE:-0.5}"
  xdotool key ctrl+a
  xdotool type --delay "${TYPE_DELAY:-2}" "$2"
  xdotool key Return
}

# launch LOG [ARGS…]: starts the program in the background and sets PID. An X server started
# without -noreset resets when its last client leaves and refuses connections for that
# moment; a start that meets the reset ("cannot open display") is tried again. Any other exit
# is left for the test to notice.
launch () {
  local log=$1
  shift
  for _ in 1 2 3 4 5; do
    "$APP" "$@" >"$log" 2>&1 &
    PID=$!
    sleep 1
    if kill -0 "$PID" 2>/dev/null || ! grep -q "cannot open display" "$log"; then
      return 0
    fi
    wait "$PID"
  done
}

# region_changes BEFORE AFTER CROP: takes the screenshot AFTER (with the script's `shot`)
# until the CROP region (WxH+X+Y) differs from the screenshot BEFORE in more than 500
# pixels, bounded like wait_for; prints the number of pixels that differ at the end.
region_changes () {
  local before=$1 after=$2 crop=$3 changed=0
  for _ in $(seq 100); do
    shot "$after"
    changed=$(compare -metric AE -crop "$crop" "$OUT/$before.png" "$OUT/$after.png" null: 2>&1 | cut -d' ' -f1)
    [ "${changed%.*}" -gt 500 ] 2>/dev/null && break
    sleep 0.3
  done
  echo "${changed%.*}"
}
