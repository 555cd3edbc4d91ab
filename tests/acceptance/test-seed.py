#!/usr/bin/env python3
"""Acceptance: the reference article, scored against its hand annotation.

The seed has no publication date: Sourceline must infer May 2024 and say so, and find the
September 2023 summit, the March 28 veto and the May 2 statement with their exact dates."""
import os
import subprocess
import sys
import tempfile

from cli import SHARED, SKIP, expect, extract, find_event

seed = os.path.join(SHARED, 'seeds', '000_f6b753949e5181a4.txt')
gold = os.path.join(SHARED, 'seeds', 'seed-gold.json')
scorer = os.path.join(SHARED, 'tools', 'score_news.py')
if not (os.path.exists(seed) and os.path.exists(gold) and os.path.exists(scorer)):
    print('skipped: the shared reference material (%s) is absent' % SHARED)
    sys.exit(SKIP)

out, proc = extract('--with-text', seed)
doc = out['documents'][0]
print('dct %s (%s), outlet %s' % (doc['dct'], doc['dct_source'], doc['outlet']))
expect(doc['dct'] is not None and doc['dct'].startswith('2024-05'),
       'publication date inferred as %r, expected May 2024' % doc['dct'])
expect(doc['dct_source'] == 'inferred', 'dct_source is %r, expected "inferred"' % doc['dct_source'])
expect(doc['outlet'] == 'Dan Tri', 'outlet %r, expected Dan Tri from the dateline' % doc['outlet'])

summit = find_event(out, '2023-09', 'summit')
veto = find_event(out, '2024-03-28', 'veto')
statement = find_event(out, '2024-05-02', 'said', 'kirby', 'statement')
for name, ev, start, end in (('summit', summit, '2023-09-01', '2023-09-30'),
                             ('veto', veto, '2024-03-28', '2024-03-28'),
                             ('statement', statement, '2024-05-02', '2024-05-02')):
    expect(ev is not None, 'the %s event was not found' % name)
    print('%-9s %-10s %s … %s  %s' % (name, ev['when'], ev['start'], ev['end'], ev['label']))
    expect(ev['start'] == start and ev['end'] == end,
           '%s spans %s … %s, expected %s … %s' % (name, ev['start'], ev['end'], start, end))

with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f:
    f.write(proc.stdout)
scored = subprocess.run([sys.executable, scorer, gold, f.name], capture_output=True, text=True)
os.unlink(f.name)
print(scored.stdout.strip())
expect(scored.returncode == 0, 'the scorer failed: ' + scored.stderr)
last = [l for l in scored.stdout.splitlines() if l.startswith('news:')][0].split()
figures = dict(zip(last[1::2], last[2::2]))
expect(figures['dct'] == 'ok', 'scorer: dct ' + figures['dct'])
# the targets of issue #4, and every gold timex found with its value (#3)
thresholds = {'timex-valueF1': 0.90, 'sources-F1': 0.90, 'claims-F1': 0.85, 'events-F1': 0.80}
for key, floor in thresholds.items():
    expect(float(figures[key]) >= floor, 'scorer: %s %s is below %.2f' % (key, figures[key], floor))
lines = {l.split()[0]: l.split() for l in scored.stdout.splitlines() if l.strip()}
timex = lines['timexes']
expect(timex[timex.index('R') + 1] == '1.00' and timex[timex.index('acc') + 1] == '1.00',
       'scorer: not every gold timex found with its value: ' + ' '.join(timex))
claims = lines['claims']
expect(float(claims[claims.index('acc') + 1]) >= 0.90, 'scorer: stance accuracy ' + ' '.join(claims))
via = claims[claims.index('via') + 1].split('/')
expect(via[0] == via[1] and int(via[1]) >= 2, 'scorer: via chains %s/%s right' % (via[0], via[1]))
