#!/usr/bin/env python3
"""Write the z-excerpts: page <title> (site suffix cut), blank line, chosen <p> paragraphs (indices from extract.py)."""
import sys, re
sys.path.insert(0, '/work/labelled-new/real-z/tools')
from extract import extract
SETS = [
 ('z01','medicalnewstoday', None, list(range(7,17))),
 ('z02','medicalnewstoday', None, list(range(18,28))+[30,31]),   # 28-29 pull quote + its credit line left out
 ('z03','aclu', ' | American Civil Liberties Union', list(range(1,7))),
 ('z04','aclu', ' | American Civil Liberties Union', list(range(14,25))),
 ('z05','engadget', 'Engadget', list(range(12,17))),
 ('z06','engadget', 'Engadget', list(range(5,10))),
 ('z07','theverge', ' - The Verge', list(range(4,9))),
 ('z08','citylab-1', ' - CityLab', list(range(4,8))),
 ('z09','nytimes-2', ' - The New York Times', [13,14,15,16,17,19,20,21]),  # 'Advertisement' line 18 left out
 ('z10','yahoo-1', None, list(range(0,5))),
]
for pre, page, cut, idx in SETS:
    title, paras = extract(page)
    if cut: title = title[:title.index(cut)]
    text = title + '\n\n' + '\n\n'.join(paras[i] for i in idx) + '\n'
    open(f'/work/labelled-new/real-z/{pre}-{page}.txt','w').write(text)
    print(pre, page, len(text.split()), 'words', repr(title))
