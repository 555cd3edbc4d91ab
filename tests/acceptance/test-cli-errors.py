#!/usr/bin/env python3
"""Acceptance: bad input gets a clear error naming the file and the reason, and loses
nothing — the other files of the same run are still read."""
import os
import tempfile

from cli import expect, extract, run, sample_paths

tmp = tempfile.mkdtemp(prefix='sourceline-errors-')
empty = os.path.join(tmp, 'empty.txt')
image = os.path.join(tmp, 'photo.html')
open(empty, 'w').close()
with open(image, 'wb') as f:
    f.write(b'\x89PNG\r\n\x1a\n' + bytes(64))

good = sample_paths()[0]
out, proc = extract(empty, good, image, os.path.join(tmp, 'missing.txt'), check=False)
expect(proc.returncode == 1, 'exit status %d, expected 1 when some input failed' % proc.returncode)
expect(len(out['documents']) == 1, 'the good file was not imported alongside the bad ones')
errors = proc.stderr.splitlines()
expect(any(l.startswith(empty) and 'empty' in l for l in errors), 'no reason for the empty file: %r' % errors)
expect(any(l.startswith(image) and 'binary' in l for l in errors), 'no reason for the image: %r' % errors)
expect(any('missing.txt' in l for l in errors), 'no reason for the missing file: %r' % errors)

usage = run('extract', check=False)
expect(usage.returncode == 2 and 'Usage' in usage.stderr, 'no usage message for a bare extract')
bad_dct = run('extract', '--dct', 'Marchh 28', good, check=False)
expect(bad_dct.returncode == 2 and 'Marchh 28' in bad_dct.stderr, 'bad --dct not named')

# a project file that is not one is refused and left as it was
notes = os.path.join(tmp, 'notes.sourceline')
with open(notes, 'w') as f:
    f.write('my notes\n')
imp = run('import', notes, good, check=False)
expect(imp.returncode == 1 and 'not a Sourceline project' in imp.stderr, imp.stderr)
expect(open(notes).read() == 'my notes\n', 'a failed import modified the file')
print('errors named:', *errors, sep='\n  ')
