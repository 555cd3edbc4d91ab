"""`meson install --destdir` stages a tree a distribution could package: the programs, and every
file the desktop reads to show, launch and describe Sourceline, each where the desktop looks."""
import configparser
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = 'org.sourceline.Sourceline'
MIME_NS = '{http://www.freedesktop.org/standards/shared-mime-info}'

meson, build_root, prefix, bindir, datadir, mandir, localedir, linguas_path = sys.argv[1:9]
programs = sys.argv[9:]
failures = []


def check(ok, what):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)
    return ok


def under(root, *parts):
    return os.path.join(root, *[p.lstrip('/') for p in parts])


def read_desktop(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding='utf-8')
    return parser['Desktop Entry']


with tempfile.TemporaryDirectory(prefix='sl-destdir-') as dest:
    proc = subprocess.run([meson, 'install', '-C', build_root, '--no-rebuild', '--quiet',
                           '--destdir', dest], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit('meson install failed (%d):\n%s%s' % (proc.returncode, proc.stdout, proc.stderr))

    root = under(dest, prefix)
    installed = []
    for d, _, names in os.walk(dest):
        installed += [os.path.join(d, n) for n in names]
    check(installed and all(p.startswith(root + os.sep) for p in installed),
          'all %d installed files lie under the prefix %s' % (len(installed), prefix))
    check(not any(p.endswith('.in') for p in installed), 'no unmerged .in template is installed')
    caches = [p for p in installed if os.path.basename(p) in
              ('gschemas.compiled', 'icon-theme.cache', 'mimeinfo.cache', 'mime.cache')]
    check(not caches, 'no system cache is staged (they belong to the installing machine)'
          + ''.join('\n  ' + c for c in caches))

    bin_dir = under(dest, prefix, bindir)
    for prog in programs:
        path = os.path.join(bin_dir, prog)
        check(os.path.isfile(path) and os.access(path, os.X_OK), 'program %s is installed' % path)

    share = under(dest, prefix, datadir)
    desktop_path = os.path.join(share, 'applications', APP_ID + '.desktop')
    metainfo_path = os.path.join(share, 'metainfo', APP_ID + '.metainfo.xml')
    icon_path = os.path.join(share, 'icons', 'hicolor', 'scalable', 'apps', APP_ID + '.svg')
    symbolic_path = os.path.join(share, 'icons', 'hicolor', 'symbolic', 'apps',
                                 APP_ID + '-symbolic.svg')
    schema_dir = os.path.join(share, 'glib-2.0', 'schemas')
    mime_path = os.path.join(share, 'mime', 'packages', APP_ID + '.xml')
    man_path = under(dest, prefix, mandir, 'man1', 'sourceline-cli.1')

    for path in (desktop_path, metainfo_path, icon_path, symbolic_path, mime_path, man_path,
                 os.path.join(schema_dir, APP_ID + '.gschema.xml'),
                 os.path.join(share, 'sourceline', 'samples'),
                 os.path.join(share, 'sourceline', 'gazetteer')):
        check(os.path.exists(path), 'installed: ' + os.path.relpath(path, dest))
    if failures:
        sys.exit('%d check(s) failed' % len(failures))

    # the launcher starts an installed program and shows an installed icon
    entry = read_desktop(desktop_path)
    exe = entry['Exec'].split()[0]
    check(exe in programs and os.path.isfile(os.path.join(bin_dir, exe)),
          'the launcher runs the installed program "%s"' % exe)
    check(entry['Icon'] == APP_ID, 'the launcher shows the installed icon %s' % entry['Icon'])
    check('%F' in entry['Exec'] or '%U' in entry['Exec'],
          'the launcher passes the files it is asked to open')

    # the file type the launcher claims is the one the installed MIME entry defines
    mime = ET.parse(mime_path).getroot()
    types = {m.get('type') for m in mime.iter(MIME_NS + 'mime-type')}
    claimed = [t for t in entry['MimeType'].split(';') if t]
    check('application/x-sourceline-project' in types,
          'the MIME entry defines application/x-sourceline-project')
    check('application/x-sourceline-project' in claimed, 'the launcher opens project files')

    # the software-centre entry points at this launcher and these programs
    comp = ET.parse(metainfo_path).getroot()
    check(comp.findtext('id') == APP_ID, 'metainfo id is %s' % APP_ID)
    check(comp.findtext('launchable') == os.path.basename(desktop_path),
          'metainfo launchable names the installed desktop file')
    binaries = [b.text for b in comp.iter('binary')]
    check(binaries and all(os.path.isfile(os.path.join(bin_dir, b)) for b in binaries),
          'every binary metainfo provides is installed: %s' % ', '.join(binaries))

    for path in (icon_path, symbolic_path):
        svg = ET.parse(path).getroot()
        check(svg.tag.endswith('svg'), os.path.basename(path) + ' is an SVG document')

    # the installed schema directory compiles on its own, as the package trigger will do it
    proc = subprocess.run(['glib-compile-schemas', '--strict', '--dry-run', schema_dir],
                          capture_output=True, text=True)
    check(proc.returncode == 0, 'installed schemas compile ' + proc.stderr.strip())

    # each language of po/LINGUAS has its catalogue
    with open(linguas_path, encoding='utf-8') as f:
        langs = [w for line in f for w in line.split('#')[0].split()]
    for lang in langs:
        mo = under(dest, prefix, localedir, lang, 'LC_MESSAGES', 'sourceline.mo')
        check(os.path.isfile(mo), 'translation installed: ' + os.path.relpath(mo, dest))

if failures:
    sys.exit('%d check(s) failed' % len(failures))
