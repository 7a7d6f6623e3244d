#!/usr/bin/env python3
"""Build the excerpts: page title (site suffix cut), blank line, chosen <p> paragraphs of the body (adapted from set-real-x)."""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from extract import run
PAGES = '/work/shared/pages'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# (file, page, title suffix to cut, first para, last para, paragraphs left out: links/captions/headings)
SEL = [
 ('w01-nytimes-1', 'nytimes-1', ' - The New York Times', 13, 23, {16}),
 ('w02-wapo-1', 'wapo-1', ' - The Washington Post', 17, 26, {20, 23}),
 ('w03-wapo-1', 'wapo-1', ' - The Washington Post', 27, 37, set()),
 ('w04-wapo-2', 'wapo-2', ' - The Washington Post', 7, 14, set()),
 ('w05-guardian-1', 'guardian-1', None, 15, 25, {20, 23}),
 ('w06-nytimes-3', 'nytimes-3', ' - The New York Times', 16, 26, set()),
 ('w07-seattletimes-1', 'seattletimes-1', ' | The Seattle Times', 17, 30, {22}),
 ('w08-bbc-1', 'bbc-1', ' - BBC News', 0, 17, {5, 6}),
 ('w09-nytimes-4', 'nytimes-4', ' - The New York Times', 3, 10, set()),
 ('w10-salon-1', 'salon-1', None, 28, 34, set()),
]
for name, page, suf, a, b, skip in SEL:
    title, paras = run(f'{PAGES}/{page}/source.html')
    if suf is None:
        title = re.sub(r' (\||-) [^|]*$', '', title) if page != 'nytimes-4' else title
        if page == 'guardian-1': title = title.split(' | ')[0]
    elif suf:
        assert title.endswith(suf), (page, title); title = title[:-len(suf)]
    body = [paras[i] for i in range(a, b + 1) if i not in skip]
    text = title + '\n\n' + '\n\n'.join(body) + '\n'
    open(f'{OUT}/{name}.txt', 'w', encoding='utf-8').write(text)
    print(name, len(text.split()), 'words;', 'left out:', sorted(skip), '| title:', title)
