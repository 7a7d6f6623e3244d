#!/usr/bin/env python3
"""Print <title> and the text of every <p> (outside script/style/noscript/svg/figcaption/button), numbered.
Whitespace collapsed only. Usage: extract.py PAGENAME"""
import sys, re, html
from html.parser import HTMLParser
SKIP = {'script','style','noscript','svg','figcaption','button'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip=0; s.inp=0; s.buf=[]; s.paras=[]; s.intitle=False; s.title=''
    def handle_starttag(s,t,a):
        if t in SKIP: s.skip+=1
        if t=='title': s.intitle=True
        if t=='p':
            if s.inp and s.buf: s.flush()
            s.inp=1; s.buf=[]
        if t=='br' and s.inp: s.buf.append(' ')
    def handle_endtag(s,t):
        if t in SKIP and s.skip: s.skip-=1
        if t=='title': s.intitle=False
        if t=='p' and s.inp: s.flush(); s.inp=0
    def flush(s):
        txt=re.sub(r'\s+',' ',''.join(s.buf)).strip()
        if txt: s.paras.append(txt)
        s.buf=[]
    def handle_data(s,d):
        if s.intitle: s.title+=d
        if s.inp and not s.skip: s.buf.append(d)
def extract(name):
    p=P(); p.feed(open(f'/work/shared/pages/{name}/source.html',encoding='utf-8',errors='replace').read())
    return re.sub(r'\s+',' ',p.title).strip(), p.paras
if __name__=='__main__':
    t,ps=extract(sys.argv[1]); print('TITLE:',t)
    for i,x in enumerate(ps): print(f'[{i}] ({len(x.split())}w) {x}')
