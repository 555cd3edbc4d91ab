#!/usr/bin/env python3
"""sourceline-cli's export commands as a user types them on the bundled sample: the briefing
deck, images sized for paper, lanes chosen and folded, and export-data in every format — and
the usage errors."""
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
import zlib

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

# a project's deck and images are titled as the project, as the window titles them
project = out('Korea watch.sourceline')
run('import', project, *SAMPLES)
named = out('named.pdf')
run('export', project, '--view', 'briefing', '-o', named)
text = pdf_text(named)
if text is not None:
    expect(text.startswith('Briefing') and 'Korea watch' in text.split('In this briefing')[1][:60],
           'the deck of a project is not titled as the project: ' + text[:120])

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

# ---- lanes chosen and folded, as in the window
def png_column(path, x):
    """The colours of column x of an 8-bit RGB(A) PNG, top to bottom."""
    with open(path, 'rb') as f:
        data = f.read()
    expect(data[:8] == b'\x89PNG\r\n\x1a\n', path + ' is not a PNG')
    pos, idat = 8, b''
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    expect(depth == 8 and ctype in (2, 6) and interlace == 0, 'an unexpected PNG layout')
    bpp = 3 if ctype == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(idat)
    prev = bytearray(stride)
    column = []
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xff
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xff
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif ftype == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        column.append(tuple(line[x * bpp:x * bpp + 3]))
        prev = line
    return column


def lane_rules(path):
    """The rows of the rules under the axis and under each lane, read down the left edge (as
    tests/export/test-image.c reads them): a rule is a row unlike the rows on either side."""
    col = png_column(path, 2)
    dist = lambda p, q: sum(abs(i - j) for i, j in zip(p, q))
    return [y for y in range(1, len(col) - 1)
            if dist(col[y], col[y - 1]) > 12 and dist(col[y], col[y + 1]) > 12]


# by category, the Statement lane folded (typed in lower case): it shrinks to its header over
# a strip, the lanes under it move up and keep their heights, nothing is said on stderr
plain = ('--no-legend', '--no-footnotes')
open_png, folded_png = out('lanes-open.png'), out('lanes-folded.png')
run('export', *SAMPLES, '--lanes', 'category', *plain, '-o', open_png)
proc = run('export', *SAMPLES, '--lanes', 'category', '--fold', 'statement', *plain, '-o', folded_png)
expect(proc.stderr == '', 'a fold of an existing lane warned: ' + proc.stderr)
open_rules, folded_rules = lane_rules(open_png), lane_rules(folded_png)
open_h = [b - a for a, b in zip(open_rules, open_rules[1:])]
folded_h = [b - a for a, b in zip(folded_rules, folded_rules[1:])]
expect(len(open_h) >= 3 and len(folded_h) == len(open_h),
       'lanes by category: %r open, %r folded' % (open_rules, folded_rules))
expect(folded_rules[0] == open_rules[0], 'the axis moved when a lane was folded')
changed = [i for i in range(len(open_h)) if open_h[i] != folded_h[i]]
expect(len(changed) == 1, 'not one lane folded: heights %r open, %r folded' % (open_h, folded_h))
lane = changed[0]
expect(10 < folded_h[lane] and 4 * folded_h[lane] <= 3 * open_h[lane],
       'the folded lane is %d px high, open %d px' % (folded_h[lane], open_h[lane]))
expect(folded_rules[-1] < open_rules[-1], 'the lanes under the folded one did not move up')

# the same as a PDF: the header says which lane is folded, and its events are not drawn
open_pdf, folded_pdf = out('lanes-open.pdf'), out('lanes-folded.pdf')
run('export', *SAMPLES, '--lanes', 'category', *plain, '-o', open_pdf)
run('export', *SAMPLES, '--lanes', 'category', '--fold', 'Statement', *plain, '-o', folded_pdf)
open_text, folded_text = pdf_text(open_pdf), pdf_text(folded_pdf)
if open_text is not None:
    expect(re.search(r'Statement \d+ in view · collapsed', folded_text) is not None,
           'the Statement lane is not folded: ' + folded_text[:400])
    expect('collapsed' not in open_text, 'a lane folded without --fold')
    expect('Reuters says sanctioned' in open_text and 'Reuters says sanctioned' not in folded_text,
           'the folded lane still draws its events')

# by source (the default), a lane named as its header reads; by article, a title with commas
# taken whole
src_pdf = out('lanes-source.pdf')
proc = run('export', *SAMPLES, '--fold', 'Reuters', *plain, '-o', src_pdf)
expect(proc.stderr == '', proc.stderr)
doc_pdf = out('lanes-document.pdf')
proc = run('export', *SAMPLES, '--lanes', 'document', '--fold',
           'Seoul puts North Korean munitions sent to Russia at 6,700 containers', *plain,
           '-o', doc_pdf)
expect(proc.stderr == '', 'a title with commas was not taken whole: ' + proc.stderr)
if open_text is not None:
    expect(re.search(r'Reuters \d+ in view · collapsed', pdf_text(src_pdf)) is not None,
           'the Reuters lane is not folded')
    expect(re.search(r'6,700 containers \d+ in view · collapsed', pdf_text(doc_pdf)) is not None,
           'the article lane is not folded')

# a name no lane has: said on stderr with the lanes there are; the image is still written
typo = out('lanes-typo.png')
proc = run('export', *SAMPLES, '--lanes', 'category', '--fold', 'Militray,Statement', '-o', typo)
expect('“Militray”' in proc.stderr and '“Military”' in proc.stderr and 'Statement”' in proc.stderr,
       'the warning does not name the unknown lane and those there are: ' + proc.stderr)
expect(os.path.getsize(typo) > 0, 'no image written after the warning')

# an unknown lane mode is a usage error naming the choices; lanes mean nothing to the graph
bad = run('export', *SAMPLES, '--lanes', 'topic', '-o', out('x.png'), status=2)
expect('"topic"' in bad.stderr and 'source, category, document, actor or none' in bad.stderr,
       bad.stderr)
run('export', *SAMPLES, '--view', 'graph', '--fold', 'Reuters', '-o', out('x.png'), status=2)

# the briefing's overview is laned by category: --fold folds a category there, --lanes by
# source is refused rather than ignored
run('export', *SAMPLES, '--view', 'briefing', '--lanes', 'source', '-o', out('x.pdf'), status=2)
expect(not os.path.exists(out('x.png')) and not os.path.exists(out('x.pdf')),
       'a refused export left a file behind')
folded_deck = out('folded-deck.pdf')
run('export', *SAMPLES, '--view', 'briefing', '--fold', 'military', '-o', folded_deck)
if shutil.which('pdftotext'):
    overview = subprocess.run(['pdftotext', '-f', '2', '-l', '2', folded_deck, '-'],
                              capture_output=True, text=True, check=True).stdout
    expect(re.search(r'Military \d+ in view · collapsed', overview) is not None,
           'the deck\'s overview does not fold Military: ' + overview[:400])

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
print('deck, paper images, folded lanes (%d px against %d) and %d data files checked'
      % (folded_h[lane], open_h[lane], 5))
