"""Tiny helper: write NAME.labels.json from compact span lists, compile and check with label.mjs."""
import json, os, subprocess, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LM = '/work/shared/eval/label.mjs'
def S(kind, text, occ=None, after=None, opt=False, src=None, named=None, socc=None, safter=None):
    d = {'kind': kind, 'text': text}
    if occ is not None: d['occ'] = occ
    if after is not None: d['after'] = after
    if opt: d['optional'] = True
    if src is not None:
        s = {'text': src, 'named': bool(named)}
        if socc is not None: s['occ'] = socc
        if safter is not None: s['after'] = safter
        d['source'] = s
    return d
def A(t, **k): return S('attribution', t, **k)
def U(t, **k): return S('unnamed', t, **k)
def G(t, **k): return S('agentless', t, **k)
def H(t, **k): return S('hedge', t, **k)
def write(name, address, spans):
    title = open(f'{OUT}/{name}.txt', encoding='utf-8').read().split('\n')[0]
    doc = {'title': title, 'address': address, 'spans': spans}
    p = f'{OUT}/{name}.labels.json'
    json.dump(doc, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    r = subprocess.run(['node', LM, 'compile', p, f'{OUT}/{name}.txt'], capture_output=True, text=True)
    if r.returncode: print(name, 'COMPILE FAIL', r.stderr); sys.exit(1)
    open(f'{OUT}/{name}.json', 'w', encoding='utf-8').write(r.stdout)
    r = subprocess.run(['node', LM, 'check', f'{OUT}/{name}.json', f'{OUT}/{name}.txt'], capture_output=True, text=True)
    print(name, r.stdout.strip(), r.stderr.strip())
