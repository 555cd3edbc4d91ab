#!/usr/bin/env python3
"""Acceptance: two sample articles that both report the March 28 veto, the second passing on
what the first's wire said, come out of `extract` as one merged event with two mentions and a
single independent origin; the per-article fields stay as they were."""
import os

from cli import SAMPLES, expect, extract

veto_page = os.path.join(SAMPLES, 'security-council-veto.html')
seoul = os.path.join(SAMPLES, 'seoul-estimate.txt')
out, _ = extract(veto_page, seoul)

for key in ('documents', 'timexes', 'sources', 'claims', 'events'):
    expect(key in out, 'the extract JSON lost its %r array' % key)
merged = out.get('merged_events')
expect(isinstance(merged, list), 'no merged_events array in the extract JSON')
events = {e['id']: e for e in out['events']}
sources = {s['id']: s for s in out['sources']}

veto = [m for m in merged if events[m['event']]['when'] == '2024-03-28']
expect(len(veto) == 1, 'expected one merged March 28 event, found %d' % len(veto))
m = veto[0]
expect(m['n_articles'] == 2 and m['n_mentions'] == 2,
       'the veto should be reported by 2 articles in 2 mentions, got %d/%d'
       % (m['n_articles'], m['n_mentions']))
expect(sorted(x['doc'] for x in m['mentions']) == [1, 2],
       'mentions should name both articles: %r' % m['mentions'])
for x in m['mentions']:
    expect(len(x['events']) == 1, 'one event per article expected: %r' % x)
    ev = events[x['events'][0]]
    expect(ev['doc'] == x['doc'] and ev['when'] == '2024-03-28',
           'mention %r does not point at that article\'s March 28 event' % x)
# both articles pass on what Reuters reported: one origin, not two
expect(m['n_origins'] == 1, 'expected one independent origin, got %d' % m['n_origins'])
expect([sources[s]['name'] for s in m['origins']] == ['Reuters'],
       'origin should be Reuters: %r' % [sources[s]['name'] for s in m['origins']])
expect(m['contested'] is False, 'nobody denies the veto, yet it is marked contested')
expect(m['credibility'] in '123456' and len(m['credibility']) == 1,
       'credibility grade %r' % m['credibility'])

# one article alone merges nothing
alone, _ = extract(seoul)
expect(alone['merged_events'] == [], 'a single article should have no merged events')
print('merged: %s — %d articles, %d origin(s)' % (m['label'], m['n_articles'], m['n_origins']))
