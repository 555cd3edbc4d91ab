#!/usr/bin/env python3
"""Acceptance: import articles into a project, re-import (duplicates recognised), and read
the project back with info and extract-equivalent export."""
import os
import tempfile

from cli import SAMPLES, expect, run

tmp = tempfile.mkdtemp(prefix='sourceline-project-')
project = os.path.join(tmp, 'korea.sourceline')
first = run('import', project, SAMPLES)
expect(first.stdout.startswith('3 imported, 0 duplicate'), first.stdout)
again = run('import', project, SAMPLES)
expect(again.stdout.startswith('0 imported, 3 duplicate'), again.stdout)
info = run('info', project).stdout
expect('documents: 3' in info, info)
expect('Meridian Wire' in info and 'Harbor Ledger' in info, info)
with open(project, 'rb') as f:
    header = f.read(100)
expect(header.startswith(b'SQLite format 3\0'), 'the project is not an SQLite file')
expect(header[68:72] == b'Slin', 'the project does not carry the Sourceline application id')
print(info)
