#!/usr/bin/env python3
import json, glob, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = ['attribution', 'unnamed', 'agentless', 'hedge']
tot = {}
for f in sorted(glob.glob(D + '/w*.json')):
    if f.endswith('.labels.json'): continue
    d = json.load(open(f)); n = os.path.basename(f)[:-5]
    w = len(open(D + '/' + n + '.txt').read().split())
    c = {k: [0, 0] for k in K}; sn = su = 0
    for s in d['spans']:
        c[s['kind']][1 if s.get('optional') else 0] += 1
        if s['kind'] == 'attribution' and not s.get('optional') and 'source' in s:
            if s['source']['named']: sn += 1
            else: su += 1
    row = [w] + [f'{c[k][0]}/{c[k][1]}' for k in K] + [f'{sn}/{su}']
    print('|', n, '|', ' | '.join(map(str, row)), '|')
    tot.setdefault('w', 0); tot['w'] += w
    for k in K:
        tot.setdefault(k, [0, 0]); tot[k][0] += c[k][0]; tot[k][1] += c[k][1]
    tot.setdefault('s', [0, 0]); tot['s'][0] += sn; tot['s'][1] += su
print('| **Total** |', tot['w'], '|', ' | '.join(f"**{tot[k][0]}/{tot[k][1]}**" for k in K), '|', f"**{tot['s'][0]}/{tot['s'][1]}** |")
