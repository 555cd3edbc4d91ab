"""Helpers for the acceptance tests: run sourceline-cli as a user would and read its JSON."""
import json
import os
import subprocess
import sys

CLI = os.environ.get('SL_CLI', 'sourceline-cli')
DATA = os.environ.get('SL_DATA_DIR', os.path.join(os.path.dirname(__file__), '..', '..', 'data'))
SHARED = os.environ.get('SL_SHARED_DIR', os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared'))
SAMPLES = os.path.join(DATA, 'samples')
SKIP = 77  # meson's exit status for a skipped test


def run(*args, check=True):
    proc = subprocess.run([CLI, *args], capture_output=True, text=True)
    if check and proc.returncode != 0:
        sys.exit('sourceline-cli %s exited %d:\n%s' % (' '.join(args), proc.returncode, proc.stderr))
    return proc


def extract(*paths, check=True):
    proc = run('extract', *paths, check=check)
    return json.loads(proc.stdout), proc


def sample_paths():
    return sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES)
                  if f.endswith(('.txt', '.html')))


def sentence(out, event):
    """The sentence an event came from, sliced from the document text by character offsets."""
    doc = next(d for d in out['documents'] if d['id'] == event['doc'])
    return doc.get('text', '')[event['sentence_begin']:event['sentence_end']]


def find_event(out, when, *words):
    for e in out['events']:
        if e['when'] != when:
            continue
        hay = (e['label'] + ' ' + sentence(out, e)).lower()
        if any(w in hay for w in words):
            return e
    return None


def expect(cond, msg):
    if not cond:
        sys.exit('FAILED: ' + msg)
