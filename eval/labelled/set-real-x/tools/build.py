#!/usr/bin/env python3
"""Build the excerpts: page title (site suffix cut), blank line, chosen <p> paragraphs of the body."""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from extract import run
PAGES = '/work/shared/pages'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# (file, page, title suffix to cut, first para, last para, paragraphs left out: links/captions/headings)
SEL = [
 ('x01-nytimes-1', 'nytimes-1', ' - The New York Times', 2, 12, {7}),
 ('x02-wapo-1', 'wapo-1', ' - The Washington Post', 7, 16, {12}),
 ('x03-telegraph', 'telegraph', 'Fill 1Fill 1', 0, 10, set()),
 ('x04-yahoo-2', 'yahoo-2', '', 25, 33, set()),
 ('x05-wapo-2', 'wapo-2', ' - The Washington Post', 16, 24, set()),
 ('x06-nytimes-3', 'nytimes-3', ' - The New York Times', 4, 15, set()),
 ('x07-seattletimes-1', 'seattletimes-1', ' | The Seattle Times', 7, 16, set()),
 ('x08-bbc-1', 'bbc-1', ' - BBC News', 20, 31, set()),
 ('x09-guardian-1', 'guardian-1', ' | Eleanor Ainge Roy | Environment | The Guardian', 3, 14, {6, 9, 12}),
 ('x10-yahoo-3', 'yahoo-3', ' - Yahoo', 9, 26, {12, 13, 14, 17, 18}),
]
for name, page, suf, a, b, skip in SEL:
    title, paras = run(f'{PAGES}/{page}/source.html')
    if suf:
        assert title.endswith(suf), (page, title); title = title[:-len(suf)]
    body = [paras[i] for i in range(a, b + 1) if i not in skip]
    text = title + '\n\n' + '\n\n'.join(body) + '\n'
    open(f'{OUT}/{name}.txt', 'w', encoding='utf-8').write(text)
    print(name, len(text.split()), 'words;', 'left out:', sorted(skip), '| title:', title)
