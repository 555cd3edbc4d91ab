"""With our shared-mime-info entry installed, the desktop recognises a project that
sourceline-cli wrote, even renamed without its extension, and still calls a plain SQLite
database by its own type."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

SKIP = 77
mime_xml = sys.argv[1]
cli = os.environ['SL_CLI']
sample = os.path.join(os.environ['SL_DATA_DIR'], 'samples', 'oil-transfers.txt')

for tool in ('update-mime-database', 'gio'):
    if shutil.which(tool) is None:
        print('%s is absent (shared-mime-info / libglib2.0-bin)' % tool)
        sys.exit(SKIP)

with tempfile.TemporaryDirectory(prefix='sl-mime-') as tmp:
    share = os.path.join(tmp, 'share')
    os.makedirs(os.path.join(share, 'mime', 'packages'))
    shutil.copy(mime_xml, os.path.join(share, 'mime', 'packages', 'org.sourceline.Sourceline.xml'))
    subprocess.run(['update-mime-database', os.path.join(share, 'mime')], check=True,
                   capture_output=True)

    project = os.path.join(tmp, 'story.sourceline')
    proc = subprocess.run([cli, 'import', project, sample], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit('sourceline-cli import failed: ' + proc.stderr)
    renamed = os.path.join(tmp, 'story-without-extension')
    shutil.copy(project, renamed)
    plain = os.path.join(tmp, 'notes.db')
    with sqlite3.connect(plain) as db:
        db.execute('CREATE TABLE notes (body TEXT)')

    env = dict(os.environ, XDG_DATA_DIRS=share + ':/usr/share',
               XDG_DATA_HOME=os.path.join(tmp, 'home'))
    expected = {project: 'application/x-sourceline-project',
                renamed: 'application/x-sourceline-project',
                plain: 'application/vnd.sqlite3'}
    failed = 0
    for path, want in expected.items():
        out = subprocess.run(['gio', 'info', '-a', 'standard::content-type', path], env=env,
                             capture_output=True, text=True, check=True).stdout
        got = out.split('standard::content-type:')[-1].strip()
        ok = got == want
        print('%s %s: %s (want %s)' % ('ok    ' if ok else 'FAILED', os.path.basename(path), got,
                                        want))
        failed += not ok
    sys.exit(1 if failed else 0)
