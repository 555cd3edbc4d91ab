# e2e-lib.sh: what the xdotool scripts share. Sourced, not run; the script sets APP and OUT.

# Polls a command until it succeeds (at most about 30 s, a guard against hangs).
wait_for () {
  for _ in $(seq 150); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
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
