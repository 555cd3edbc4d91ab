#!/usr/bin/env python3
"""Acceptance: hostile inputs, as a user meets them through sourceline-cli. Articles that
hide entity bombs, external entities, archives, deep nesting, impossible dates or broken
encodings, and project files crafted with foreign schemas, triggers, views, huge blobs, wrong
types and out-of-range times. Each is refused with a message naming the file and the reason,
or read safely; nothing hangs or crashes, a refused project is left byte for byte as it was,
and the rest of a batch is still read."""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile

from cli import CLI, SAMPLES, expect, run, sample_paths

tmp = tempfile.mkdtemp(prefix='sourceline-hostile-')
checked = 0


def path(name):
    return os.path.join(tmp, name)


def write(name, data):
    with open(path(name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path(name)


def cli(*args, timeout=120):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout)


# ---------------------------------------------------------------- articles, in one batch
BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;">]>\n<rss version="2.0"><channel><item><title>&c;</title>'
        '</item></channel></rss>')
ENTITIES = 'declares XML entities'
articles = {
    # name: (contents, what the error line must say, or None when the file is read)
    'entity-bomb.xml': (BOMB, ENTITIES),
    'quadratic.rss': ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "' + 'x' * 40000 + '">]>\n'
                      '<rss version="2.0"><channel><item><title>&a;&a;&a;&a;</title></item>'
                      '</channel></rss>', ENTITIES),
    'xxe-file.rss': ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                     '<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
                     ENTITIES),
    'xxe-network.tml': ('<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY x SYSTEM '
                        '"http://example.invalid/secret">]>\n<TimeML><TEXT>&x; said on Monday.'
                        '</TEXT></TimeML>', ENTITIES),
    'parameter-entity.atom': ('<?xml version="1.0"?>\n<!DOCTYPE f [<!ENTITY % p SYSTEM '
                              '"http://example.invalid/p.dtd"> %p;]>\n<feed '
                              'xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title></entry>'
                              '</feed>', ENTITIES),
    'zip-bomb.html': (b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + bytes(400), 'binary data'),
    'gzipped.txt': (b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03' + bytes(200), 'binary data'),
    'nul-bytes.txt': (b'The minister said\0on Monday\0that the talks went well.\n', 'binary data'),
    # UTF-16 without a byte-order mark is text (its NULs fall on one side of each pair) ...
    'utf16-no-bom.txt': ('The minister said on Tuesday that the talks went well.'.encode('utf-16-le'),
                         None),
    # ... NULs on both sides, or pairs that decode to control codes, are not
    'nul-pairs.txt': (b'\x00\x01\x02\x00\x00\x00\x13\x00\x7f\x00\x00\x05' * 20, 'binary data'),
    'database.html': (b'SQLite format 3\x00' + bytes(200), 'binary data'),
    'empty.rss': (b'', 'empty'),
    'deep.json': ('[' * 100000 + ']' * 100000, 'nested more than 256 levels'),
    'deep.xml': ('<?xml version="1.0"?>\n<rss version="2.0"><channel><item><description>'
                 + '<b>' * 50000 + 'x' + '</b>' * 50000 + '</description></item></channel></rss>',
                 'malformed XML'),
    'deep.html': ('<div>' * 200000 + '</div>' * 200000, 'no article text'),
    'far-future.json': ('{"events":[{"start_date":{"year":"99999"},"text":{"headline":"Far"}}]}',
                        'is not a date'),
    'february-31.csv': ('date,headline\n2024-02-31,An impossible day\n', "unknown date '2024-02-31'"),
    'before-year-one.csv': ('date,headline\n-0044-03-15,The Ides\n', 'unknown date'),
    'unclosed.csv': ('date,headline\n2024-03-28,"never closed\n', 'quoted field is never closed'),
    'cut-short.rss': ('<?xml version="1.0"?><rss><channel><item><title>x</title>', 'malformed XML'),
    'cut-short.json': ('{"events": [ {"start_date": ', 'not valid JSON (line 1, column 28: unexpected end of file'),
    # read, not refused: invalid UTF-8 is taken as Windows-1252; an external DTD is never fetched;
    # an impossible publication date is dropped
    'invalid-utf8.txt': (b'Title: Bytes\n\nThe minister said \xff\xfe\xc3 on Monday that talks '
                         b'went well.\n', None),
    'external-dtd.atom': ('<?xml version="1.0"?>\n<!DOCTYPE feed SYSTEM "http://example.invalid/f.dtd">'
                          '\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry>'
                          '<title>e</title><content>The ministry said on Monday it would act.'
                          '</content></entry></feed>', None),
    'impossible-dct.tml': ('<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" '
                           'value="99999-13-45" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
                           '<TEXT>The minister said on Monday that talks went well.</TEXT></TimeML>',
                           None),
}
names = sorted(articles)
files = [write(n, articles[n][0]) for n in names]
# a 2 GB sparse file (refused before it is read) and a pipe (never opened for reading)
with open(path('sparse.txt'), 'wb') as f:
    f.truncate(2 * 1024 ** 3)
files.append(path('sparse.txt'))
os.mkfifo(path('pipe.txt'))
files.append(path('pipe.txt'))
good = sample_paths()[0]

proc = cli('extract', '--with-text', good, *files)
expect(proc.returncode == 1, 'exit status %d, expected 1 when some input failed' % proc.returncode)
out = json.loads(proc.stdout)
errors = proc.stderr.splitlines()
read = {os.path.basename(d['path']): d for d in out['documents']}
expect(os.path.basename(good) in read, 'the good sample was not read beside the hostile files')
for name in names:
    reason = articles[name][1]
    line = next((l for l in errors if l.startswith(path(name) + ':')), None)
    if reason is None:
        expect(line is None and name in read, '%s should have been read: %r' % (name, line))
    else:
        expect(line is not None and reason in line,
               '%s: expected a line naming the file and saying %r, got %r' % (name, reason, line))
    checked += 1
expect(any(l.startswith(path('sparse.txt') + ':') and 'more than the 64 MB' in l for l in errors),
       'the 2 GB sparse file was not refused by its size: %r' % errors)
expect(any(l.startswith(path('pipe.txt') + ':') and 'not a regular file' in l for l in errors),
       'the pipe was not refused: %r' % errors)
checked += 2
expect('root:' not in proc.stdout, 'an external entity was expanded into the output')
expect(read['utf16-no-bom.txt'].get('text', '').startswith('The minister said on Tuesday'),
       'the UTF-16 article without a byte-order mark lost its text')
expect('The minister said' in read['invalid-utf8.txt'].get('text', ''),
       'the article with invalid UTF-8 lost its text')
expect(read['impossible-dct.tml'].get('dct') in (None, ''),
       'the impossible publication date was kept: %r' % read['impossible-dct.tml'].get('dct'))

# ---------------------------------------------------------------- project files
base = path('base.sourceline')
run('import', base, SAMPLES)
db = sqlite3.connect(base)
db.execute("INSERT INTO edits (kind, target, value) VALUES (2, 'E:analyst', 'Kept by the analyst')")
db.commit()
db.close()


def variant(name, sql=None, data=None):
    p = path(name)
    if data is not None:
        with open(p, 'wb') as f:
            f.write(data)
    else:
        shutil.copy(base, p)
        db = sqlite3.connect(p)
        db.executescript(sql)
        db.commit()
        db.close()
    return p


def digest(p):
    with open(p, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


with open(base, 'rb') as f:
    base_bytes = f.read()
other = sqlite3.connect(path('other-program.sourceline'))
other.execute('CREATE TABLE notes (x)')
other.commit()
other.close()
bad_page = bytearray(base_bytes)
bad_page[16:18] = b'\x03\x00'  # a page size SQLite cannot have

refused = {
    # name: (path, what the message must say)
    'a letter': (variant('letter.sourceline', data=b'Dear colleague, the project is attached.\n'),
                 'not a Sourceline project'),
    'another program': (path('other-program.sourceline'), 'another program'),
    'a newer version': (variant('newer.sourceline', 'PRAGMA user_version = 99;'), 'newer Sourceline'),
    'cut short': (variant('cut.sourceline', data=base_bytes[:8192]), 'damaged'),
    'impossible page size': (variant('page-size.sourceline', data=bytes(bad_page)), 'damaged'),
    'a table missing': (variant('no-events.sourceline', 'DROP TABLE events;'), 'missing parts'),
    'a view in place of a table': (variant('view.sourceline',
        'ALTER TABLE events RENAME TO old_events; CREATE VIEW events AS WITH RECURSIVE '
        'c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT * FROM old_events, c;'),
        'missing parts'),
    'wrong types and ids': (variant('types.sourceline',
        "UPDATE events SET start = 'yesterday', end_t = x'00ff', doc = -1 WHERE id = 1;"
        "UPDATE claims SET source = 999999, via = 424242 WHERE id = 1;"), 'damaged'),
    'a source without a name': (variant('nameless.sourceline',
        "UPDATE sources SET name = '' WHERE id = 2;"), 'no readable name'),
    'links to nothing': (variant('dangling.sourceline',
        'PRAGMA foreign_keys = OFF; UPDATE events SET doc = 777 WHERE id = 3;'
        'UPDATE claims SET doc = 888 WHERE id = 2;'), 'damaged'),
}
for what, (p, reason) in refused.items():
    before = digest(p)
    proc = cli('info', p)
    expect(proc.returncode == 1, '%s: info exited %d, expected 1' % (what, proc.returncode))
    expect(os.path.basename(p) in proc.stderr and reason in proc.stderr,
           '%s: expected the file named and %r, got %r' % (what, reason, proc.stderr))
    proc = cli('import', p, good)
    expect(proc.returncode != 0 and reason in proc.stderr,
           '%s: importing into it was not refused with %r: %r' % (what, reason, proc.stderr))
    expect(digest(p) == before, '%s: the refused project was modified' % what)
    checked += 1

# Triggers never fire: one that would wipe the analyst's edits and one that would load a
# shared library, both on the next import.
for name, sql in (('trigger.sourceline',
                   'CREATE TABLE canary (x); CREATE TRIGGER wipe AFTER INSERT ON documents BEGIN '
                   'INSERT INTO canary VALUES (1); DELETE FROM edits; END;'),
                  ('extension.sourceline',
                   "CREATE TABLE canary (x); CREATE TRIGGER load BEFORE INSERT ON documents BEGIN "
                   "INSERT INTO canary VALUES (1); SELECT load_extension('%s'); END;"
                   % path('evil.so'))):
    p = variant(name, sql)
    proc = cli('import', p, os.path.join(os.path.dirname(__file__), '..', 'ingest', 'data',
                                         'article.tml'))
    expect(proc.returncode == 0, '%s: import failed: %s' % (name, proc.stderr))
    db = sqlite3.connect(p)
    expect(db.execute('SELECT count(*) FROM canary').fetchone()[0] == 0,
           '%s: a trigger in the file ran' % name)
    expect(db.execute('SELECT count(*) FROM edits').fetchone()[0] == 1,
           "%s: the analyst's edit was lost" % name)
    expect(db.execute('SELECT count(*) FROM documents').fetchone()[0] == 4,
           '%s: the article was not added' % name)
    db.close()
    checked += 1

# Read safely: a 20 MB blob where an article's text should be, times at the ends of the
# 64-bit range, an edit with a 5 MB value and one of a kind that does not exist.
for name, sql, command in (
        ('blob.sourceline', 'UPDATE documents SET text = zeroblob(20000000) WHERE id = 1;',
         ['export', '--view', 'briefing', '--format', 'pdf']),
        ('times.sourceline',
         'UPDATE events SET start = 9223372036854775807, end_t = -9223372036854775808 WHERE id = 1;'
         'UPDATE events SET start = -9223372036854775808, end_t = 9223372036854775807 WHERE id = 2;',
         ['export', '--view', 'timeline', '--format', 'png', '--all']),
        ('edits.sourceline',
         "INSERT INTO edits (kind, target, value) VALUES (2, 'E:x', zeroblob(5000000));"
         "INSERT INTO edits (kind, target, value) VALUES (99, 'nothing', 'x');",
         ['export', '--view', 'both', '--format', 'svg'])):
    p = variant(name, sql)
    proc = cli('info', p)
    expect(proc.returncode == 0 and 'events:' in proc.stdout, '%s: info failed: %s' % (name, proc.stderr))
    target = path(name + '.out')
    proc = cli(command[0], p, *command[1:], '-o', target)
    expect(proc.returncode == 0 and os.path.getsize(target) > 0,
           '%s: %s failed: %s' % (name, ' '.join(command), proc.stderr))
    checked += 1

# the two events with impossible times are kept out of what is shown and exported
proc = cli('export-data', path('times.sourceline'), '--format', 'csv', '-o', path('times.csv'))
expect(proc.returncode == 0 and '2 left out' in proc.stderr,
       'the events with impossible times were not left out: %r' % proc.stderr)

expect(checked >= 25, 'only %d hostile inputs checked' % checked)
print('%d hostile inputs refused with their reason or read safely' % checked)
shutil.rmtree(tmp)
