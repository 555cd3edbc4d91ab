#!/usr/bin/env python3
"""Acceptance: the bundled sample opens as a multi-article timeline — three documents with
their outlets and dates, and the summit, the veto and the statement among the events."""
from cli import expect, extract, find_event, sample_paths, sentence

paths = sample_paths()
expect(len(paths) == 3, 'expected three sample articles, found %d' % len(paths))
out, _ = extract('--with-text', *paths)
docs = {d['path'].rsplit('/', 1)[-1]: d for d in out['documents']}

oil = docs['oil-transfers.txt']
expect(oil['outlet'] == 'Meridian Wire', 'dateline outlet: %r' % oil['outlet'])
expect(oil['dct'] is not None and oil['dct'].startswith('2024-05'), 'dateline date: %r' % oil['dct'])
veto_page = docs['security-council-veto.html']
expect(veto_page['outlet'] == 'Harbor Ledger', 'HTML outlet: %r' % veto_page['outlet'])
expect(veto_page['dct'] == '2024-03-29' and veto_page['dct_source'] == 'metadata',
       'HTML date: %r (%s)' % (veto_page['dct'], veto_page['dct_source']))
expect('Related stories' not in veto_page['text'], 'navigation leaked into the article text')
seoul = docs['seoul-estimate.txt']
expect(seoul['dct'] == '2024-05-06' and seoul['dct_source'] == 'metadata',
       'header date: %r' % seoul['dct'])

expect(find_event(out, '2023-09', 'summit') is not None, 'no summit event in September 2023')
expect(find_event(out, '2024-05-02', 'said', 'kirby', 'white house') is not None,
       'no statement on 2024-05-02')
# the veto is reported by two articles: "on March 28" and, in the page of March 29, "on Thursday"
veto_docs = {e['doc'] for e in out['events']
             if e['when'] == '2024-03-28' and 'veto' in (e['label'] + ' ' + sentence(out, e)).lower()}
expect(len(veto_docs) == 2, 'the veto was found in %d articles, expected 2' % len(veto_docs))
print('%d documents, %d events, %d sources, %d claims' %
      (len(out['documents']), len(out['events']), len(out['sources']), len(out['claims'])))
