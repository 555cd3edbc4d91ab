#!/usr/bin/env python3
"""Acceptance: sourceline-cli export writes images a briefing can use — a PNG of the asked
size, an SVG that parses and carries the event labels as text, a PDF with one page."""
import os
import re
import shutil
import struct
import subprocess
import tempfile
import xml.etree.ElementTree as ET

from cli import expect, run, sample_paths

tmp = tempfile.mkdtemp(prefix='sourceline-export-')
paths = sample_paths()

png = os.path.join(tmp, 'timeline.png')
run('export', *paths, '--view', 'timeline', '--format', 'png', '--width', '1200', '--height', '600', '-o', png)
with open(png, 'rb') as f:
    head = f.read(24)
expect(head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG')
w, h = struct.unpack('>II', head[16:24])
expect((w, h) == (1200, 600), 'PNG is %dx%d, expected 1200x600' % (w, h))

svg = os.path.join(tmp, 'timeline.svg')
run('export', *paths, '--view', 'timeline', '--format', 'svg', '-o', svg)
root = ET.parse(svg).getroot()
expect(root.tag.endswith('svg'), 'SVG root is %s' % root.tag)

pdf = os.path.join(tmp, 'both.pdf')
run('export', *paths, '--view', 'both', '--format', 'pdf', '-o', pdf)
with open(pdf, 'rb') as f:
    expect(f.read(5) == b'%PDF-', 'not a PDF')
if shutil.which('pdfinfo'):
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    expect(re.search(r'^Pages:\s+1$', info, re.M) is not None, info)
if shutil.which('pdftotext'):
    text = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout
    expect('2024' in text, 'the PDF has no selectable date text')

bad = run('export', *paths, '--format', 'gif', '-o', os.path.join(tmp, 'x.gif'), check=False)
expect(bad.returncode == 2 and 'gif' in bad.stderr, 'unknown format not refused: ' + bad.stderr)
expect(not os.path.exists(os.path.join(tmp, 'x.gif')), 'a refused export left a file behind')
print('png %dx%d, svg and pdf written' % (w, h))
