#!/usr/bin/env python3
"""Extract <title> and <p> paragraph texts from a saved page (whitespace normalised only)."""
import sys, re, json
from html.parser import HTMLParser

SKIP = {'script', 'style', 'noscript', 'svg', 'figcaption', 'button'}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ''; self.in_title = False
        self.paras = []; self.cur = None; self.skip = 0; self.depth = 0
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        if tag == 'title': self.in_title = True
        if tag == 'p':
            if self.cur is not None: self.flush()
            self.cur = []
        if tag == 'br' and self.cur is not None: self.cur.append(' ')
    def handle_startendtag(self, tag, attrs):
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

def extract(path):
    p = P(); p.feed(open(path, encoding='utf-8', errors='replace').read())
    if p.cur is not None: p.flush()
    return re.sub(r'\s+', ' ', p.title).strip(), p.paras

if __name__ == '__main__':
    title, paras = extract(sys.argv[1])
    print('TITLE:', title)
    for i, t in enumerate(paras, 1):
        print(f'[{i}] ({len(t.split())}w) {t}')
