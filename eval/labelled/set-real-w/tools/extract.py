#!/usr/bin/env python3
"""Extract title and <p> paragraphs from a saved page (html.parser only). Whitespace normalised only."""
import sys, re, json, html
from html.parser import HTMLParser

SKIP = {'script', 'style', 'noscript', 'template', 'svg', 'figcaption', 'button'}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ''; self.in_title = False
        self.skip = 0; self.stack = []
        self.paras = []; self.cur = None; self.depth_p = 0
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        if tag == 'title': self.in_title = True
        if tag == 'p':
            if self.cur is not None: self.flush()
            self.cur = []
        if tag == 'br' and self.cur is not None: self.cur.append(' ')
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip: self.skip -= 1
        if tag == 'title': self.in_title = False
        if tag == 'p' and self.cur is not None: self.flush()
    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.cur)).strip()
        if t: self.paras.append(t)
        self.cur = None
    def handle_data(self, d):
        if self.in_title: self.title += d
        if self.skip: return
        if self.cur is not None: self.cur.append(d)

def run(path):
    p = P(); p.feed(open(path, encoding='utf-8', errors='replace').read())
    if p.cur is not None: p.flush()
    return re.sub(r'\s+', ' ', p.title).strip(), p.paras

if __name__ == '__main__':
    t, ps = run(sys.argv[1])
    print('TITLE:', t)
    for i, x in enumerate(ps): print(f'[{i}] ({len(x.split())}w) {x}')
