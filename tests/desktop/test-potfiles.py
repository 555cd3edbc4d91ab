"""po/POTFILES.in lists every file whose strings are marked for translation, and nothing
that does not exist: a marked string in an unlisted file would never reach translators."""
import os
import re
import sys

src = sys.argv[1]
C_MARK = re.compile(r'(?<![\w])(?:_|N_|C_|NC_|Q_|g_dngettext|g_dpgettext2?|ngettext)\s*\(\s*"')
UI_MARK = re.compile(r'translatable="yes"')
# data files that carry user-visible text whether or not anything is marked in them
ALWAYS = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')

with open(os.path.join(src, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = [line.strip() for line in f if line.strip() and not line.startswith('#')]

failures = []
for path in listed:
    if not os.path.isfile(os.path.join(src, path)):
        failures.append('listed but missing: ' + path)

needed = []
for top in ('app', 'widgets', 'resources', 'data'):
    for d, dirs, names in os.walk(os.path.join(src, top)):
        dirs[:] = [x for x in dirs if not x.startswith('.')]
        for name in names:
            path = os.path.join(d, name)
            rel = os.path.relpath(path, src)
            if name.endswith(ALWAYS):
                needed.append(rel)
                continue
            if name.endswith(('.c', '.h')):
                mark = C_MARK
            elif name.endswith('.ui'):
                mark = UI_MARK
            else:
                continue
            with open(path, encoding='utf-8', errors='replace') as f:
                if mark.search(f.read()):
                    needed.append(rel)

for rel in sorted(needed):
    if rel not in listed:
        failures.append('marks strings but is not in po/POTFILES.in: ' + rel)

print('%d files listed, %d files need listing' % (len(listed), len(needed)))
for f in failures:
    print('FAILED ' + f)
sys.exit(1 if failures else 0)
