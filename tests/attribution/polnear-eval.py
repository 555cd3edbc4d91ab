#!/usr/bin/env python3
"""Runs `sourceline-cli extract` over a PolNeAR-style split and scores it.

usage: polnear-eval.py SOURCELINE_CLI SPLIT_DIR [OUT_DIR] [--per-doc]

SPLIT_DIR holds text/ and attributions/ (e.g. ../shared/corpora/polnear/dev). The claims of
each article are written to OUT_DIR/NAME.json (character offsets, as the CLI prints them)
and ../shared/tools/score_attribution.py scores the folder. Prints the scorer's output.
"""
import json, os, subprocess, sys, tempfile

def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    if len(args) < 2:
        print(__doc__)
        return 2
    cli, split = args[0], args[1]
    out = args[2] if len(args) > 2 else tempfile.mkdtemp(prefix='polnear-')
    os.makedirs(out, exist_ok=True)
    text_dir = os.path.join(split, 'text')
    names = sorted(f for f in os.listdir(text_dir) if f.endswith('.txt'))
    paths = [os.path.join(text_dir, f) for f in names]
    res = subprocess.run([cli, 'extract'] + paths, capture_output=True, text=True)
    if res.returncode not in (0, 1):
        sys.stderr.write(res.stderr)
        return 1
    data = json.loads(res.stdout)
    by_doc = {d['id']: os.path.basename(d['path'])[:-4] for d in data['documents']}
    claims = {name[:-4]: [] for name in names}
    for c in data['claims']:
        name = by_doc.get(c['doc'])
        if name is None:
            continue
        c = dict(c)
        if c.get('source_begin') == c.get('source_end'):
            c['source_begin'] = c['source_end'] = None
        claims[name].append(c)
    for name, cl in claims.items():
        with open(os.path.join(out, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'claims': cl}, fh)
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get('SL_SHARED_DIR', os.path.join(here, '..', '..', '..', 'shared'))
    scorer = os.path.join(shared, 'tools', 'score_attribution.py')
    cmd = [sys.executable, scorer, os.path.join(split, 'attributions'), text_dir, out]
    if '--per-doc' in argv:
        cmd.append('--per-doc')
    return subprocess.call(cmd)

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
