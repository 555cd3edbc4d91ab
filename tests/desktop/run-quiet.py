"""Runs a validator and fails when it exits non-zero or prints a line matching --fail-on:
some validators report warnings but still exit 0."""
import re
import subprocess
import sys

args = sys.argv[1:]
pattern = None
if args[:1] == ['--fail-on']:
    pattern, args = re.compile(args[1]), args[2:]
if args[:1] == ['--']:
    args = args[1:]
proc = subprocess.run(args, capture_output=True, text=True)
output = proc.stdout + proc.stderr
sys.stdout.write(output)
bad = [line for line in output.splitlines() if pattern and pattern.search(line)]
if proc.returncode != 0 or bad:
    sys.exit('%s exited %d with %d complaint(s)' % (args[0], proc.returncode, len(bad)))
