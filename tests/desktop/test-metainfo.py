"""The software-centre entry describes this release and shows a screenshot that is the one in
the tree, with the size it really has."""
import os
import struct
import sys
import xml.etree.ElementTree as ET

metainfo, screenshot, version = sys.argv[1:4]
failures = []


def check(ok, what):
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures.append(what)


comp = ET.parse(metainfo).getroot()
desc = comp.find('description')
check(desc is not None and len(desc.findall('p')) >= 2, 'the description has paragraphs')

releases = comp.findall('releases/release')
check(releases and releases[0].get('version') == version,
      'the newest release listed is the version being built (%s)' % version)
notes = releases[0].find('description') if releases else None
check(notes is not None and len(notes.findall('ul/li')) >= 3,
      'release %s has notes' % version)

with open(screenshot, 'rb') as f:
    head = f.read(24)
check(head[:8] == b'\x89PNG\r\n\x1a\n', '%s is a PNG' % os.path.basename(screenshot))
width, height = struct.unpack('>II', head[16:24])
images = comp.findall('screenshots/screenshot/image')
check(len(images) >= 1, 'there is a screenshot')
for img in images:
    check(img.text.endswith('/docs/screenshot.png'), 'the screenshot is docs/screenshot.png')
    check((img.get('width'), img.get('height')) == (str(width), str(height)),
          'its declared size %sx%s is the image\'s %dx%d'
          % (img.get('width'), img.get('height'), width, height))
check(comp.find('screenshots/screenshot/caption') is not None, 'the screenshot has a caption')

if failures:
    sys.exit('%d check(s) failed' % len(failures))
