#!/usr/bin/env python3
"""sourceline-cli's export commands as a user types them on the bundled sample: the briefing
deck, images sized for paper, and export-data in every format — and the usage errors."""
import csv
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CLI = os.environ.get('SL_CLI', 'sourceline-cli')
DATA = os.environ.get('SL_DATA_DIR', os.path.join(os.path.dirname(__file__), '..', '..', 'data'))
SAMPLES = sorted(os.path.join(DATA, 'samples', f) for f in os.listdir(os.path.join(DATA, 'samples'))
                 if f.endswith(('.txt', '.html')))
tmp = tempfile.mkdtemp(prefix='sourceline-cli-export-')


def run(*args, status=0):
    proc = subprocess.run([CLI, *args], capture_output=True, text=True)
    if proc.returncode != status:
        sys.exit('sourceline-cli %s exited %d, not %d:\n%s' % (' '.join(args), proc.returncode,
                                                               status, proc.stderr))
    return proc


def expect(cond, msg):
    if not cond:
        sys.exit('FAILED: ' + msg)


def out(name):
    return os.path.join(tmp, name)


def pdf_info(path):
    if not shutil.which('pdfinfo'):
        return None
    return subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout


def pdf_text(path):
    if not shutil.which('pdftotext'):
        return None
    text = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True,
                          text=True, check=True).stdout
    return ' '.join(text.split())


# ---- the briefing deck
deck = out('briefing.pdf')
run('export', *SAMPLES, '--view', 'briefing', '--format', 'pdf', '-o', deck)
with open(deck, 'rb') as f:
    expect(f.read(5) == b'%PDF-', 'the deck is not a PDF')
info = pdf_info(deck)
if info is not None:
    pages = int(re.search(r'^Pages:\s+(\d+)$', info, re.M).group(1))
    expect(pages >= 5, 'a deck of %d pages' % pages)
    expect('960 x 540 pts' in info, info)
    text = pdf_text(deck)
    expect(re.search(r'Russia vetoes .{0,120}28 March 2024 · written “', text) is not None,
           'no key event page for the veto with its date as resolved and as written')
    expect('https://harbor-ledger.example/world/2024/03/29/un-panel-veto' in text, 'no reference URL')

a4 = out('chosen.pdf')
run('export', *SAMPLES, '--view', 'briefing', '--paper', 'a4', '--events', '2,3', '--title',
    'Oil and munitions', '-o', a4)
info = pdf_info(a4)
if info is not None:
    expect('595 x 842 pts (A4)' in info, info)
    text = pdf_text(a4)
    expect('Oil and munitions' in text, 'the title is not on the deck')
    expect('KEY EVENT 2 OF 2' in text and 'KEY EVENT 3 OF' not in text, 'not the two chosen events')
    expect('Key events: the 2 chosen by the analyst.' in text, 'the cover does not say how they were chosen')

# a story names its key events; it lives in a project (the window's test saves one and reads
# the deck back): without a project, or with a name the project does not have, nothing is written
project = out('stories.sourceline')
run('import', project, *SAMPLES)
missing = run('export', project, '--view', 'briefing', '--story', 'Morning brief', '-o',
              out('x.pdf'), status=1)
expect('no story called “Morning brief”' in missing.stderr, missing.stderr)
no_project = run('export', *SAMPLES, '--view', 'briefing', '--story', 'Morning brief', '-o',
                 out('x.pdf'), status=1)
expect('.sourceline project' in no_project.stderr, no_project.stderr)
run('export', project, '--view', 'timeline', '--story', 'Morning brief', '-o', out('x.png'), status=2)
run('export', project, '--view', 'briefing', '--story', 'Morning brief', '--events', '1', '-o',
    out('x.pdf'), status=2)
run('export', *SAMPLES, '--view', 'briefing', '--events', '999', '-o', out('x.pdf'), status=2)
run('export', *SAMPLES, '--view', 'briefing', '--format', 'png', '-o', out('x.png'), status=2)
expect(not os.path.exists(out('x.pdf')) and not os.path.exists(out('x.png')),
       'a refused export left a file behind')

# ---- images for paper: A5 at 300 dpi, no legend
png = out('a5.png')
run('export', *SAMPLES, '--paper', 'a5', '--dpi', '300', '--no-legend', '-o', png)
with open(png, 'rb') as f:
    head = f.read(41)
w, h = struct.unpack('>II', head[16:24])
expect((w, h) == (2480, 1750), 'A5 at 300 dpi is %dx%d, expected 2480x1750' % (w, h))
expect(head[37:41] == b'pHYs', 'the PNG does not record its density')
run('export', *SAMPLES, '--dpi', '300', '--scale', '2', '-o', out('y.png'), status=2)
run('export', *SAMPLES, '--paper', 'b7', '-o', out('y.png'), status=2)

pdf = out('range.pdf')
run('export', *SAMPLES, '--from', '2024-03-01', '--to', '2024-03-31', '--no-footnotes', '-o', pdf)
text = pdf_text(pdf)
if text is not None:
    expect('1 Mar 2024 – 31 Mar 2024' in text, 'the range is not in the heading: ' + text[:200])
    expect('Sources:' not in text, 'footnotes drawn though asked not to')

# ---- export-data, every format
js = out('events.json')
proc = run('export-data', *SAMPLES, '-o', js)
expect(re.search(r'\d+ events written', proc.stderr), proc.stderr)
with open(js, encoding='utf-8') as f:
    timeline = json.load(f)
expect(len(timeline['events']) > 0, 'no events in the TimelineJS file')
for ev in timeline['events']:
    expect(isinstance(ev['start_date']['year'], int), 'a start_date without a numeric year')
    expect(ev['text']['headline'], 'an event without a headline')

csv_path = out('events.csv')
run('export-data', *SAMPLES, '--format', 'csv', '-o', csv_path)
with open(csv_path, 'rb') as f:
    raw = f.read()
expect(raw.endswith(b'\r\n') and b'\n' not in raw.replace(b'\r\n', b''), 'CSV records do not end in CRLF')
rows = list(csv.DictReader(io.StringIO(raw.decode('utf-8'), newline='')))
expect(len(rows) == len(timeline['events']), 'CSV and TimelineJS disagree on the events')

gml = out('sources.graphml')
run('export-data', *SAMPLES, '--format', 'graphml', '-o', gml)
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
graph = ET.parse(gml).getroot().find('g:graph', ns)
names = {n.get('id'): n.find("g:data[@key='label']", ns).text for n in graph.findall('g:node', ns)}
edges = [(names[e.get('source')], e.find("g:data[@key='edge_kind']", ns).text, names[e.get('target')])
         for e in graph.findall('g:edge', ns)]
expect(('Yonhap', 'cites', 'Shin Won-sik') in edges, 'no Yonhap → Shin edge: %r' % edges)

ics = out('events.ics')
run('export-data', *SAMPLES, '--format', 'ical', '-o', ics)
with open(ics, 'rb') as f:
    cal = f.read()
expect(cal.startswith(b'BEGIN:VCALENDAR\r\n') and b'DTSTART;VALUE=DATE:20240328' in cal,
       'no all-day event on 28 March 2024')
expect(all(len(line) <= 75 for line in cal.split(b'\r\n')), 'an iCalendar line is longer than 75 octets')

tml = out('timeml')
proc = run('export-data', *SAMPLES, '--format', 'timeml', '-o', tml)
files = sorted(os.listdir(tml))
expect(len(files) == len(SAMPLES) and all(f.endswith('.tml') for f in files), 'TimeML files: %r' % files)
root = ET.parse(os.path.join(tml, 'seoul-estimate.tml')).getroot()
timexes = root.find('TEXT').findall('TIMEX3')
expect(any(t.get('value') == '2024-03-28' and t.text == 'March 28' for t in timexes),
       'the TimeML does not carry "March 28" as 2024-03-28')

run('export-data', *SAMPLES, '--format', 'xlsx', '-o', out('z.xlsx'), status=2)
expect(not os.path.exists(out('z.xlsx')), 'a refused export left a file behind')

shutil.rmtree(tmp)
print('deck, paper images and %d data files checked' % 5)
