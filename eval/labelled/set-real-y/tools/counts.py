#!/usr/bin/env python3
import json, glob, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = ['attribution', 'unnamed', 'agentless', 'hedge']
tot = {k: [0, 0] for k in K}; tw = 0; tn = tu = 0
for f in sorted(glob.glob(f'{D}/y*.json')):
    if f.endswith('.labels.json'): continue
    J = json.load(open(f)); T = open(f[:-5] + '.txt').read()
    w = len(T.split()); tw += w
    c = {k: [0, 0] for k in K}; n = u = 0
    for s in J['spans']:
        c[s['kind']][1 if s.get('optional') else 0] += 1
        if s['kind'] == 'attribution' and not s.get('optional') and 'source' in s:
            if s['source']['named']: n += 1
            else: u += 1
    for k in K: tot[k][0] += c[k][0]; tot[k][1] += c[k][1]
    tn += n; tu += u
    print(f"| {os.path.basename(f)[:-5]} | {w} | " + ' | '.join(f'{c[k][0]}/{c[k][1]}' for k in K) + f' | {n}/{u} |')
print(f"| **Total** | {tw} | " + ' | '.join(f'**{tot[k][0]}/{tot[k][1]}**' for k in K) + f' | **{tn}/{tu}** |')
