#!/usr/bin/env python3
"""Print the per-passage table (required/optional per kind, scored sources named/unnamed)."""
import json, glob, os
D='/work/labelled-new/real-z'
K=['attribution','unnamed','agentless','hedge']
tot={k:[0,0] for k in K}; tw=0; sn=su=0
for f in sorted(glob.glob(D+'/z*.labels.json')):
    b=os.path.basename(f)[:-len('.labels.json')]
    L=json.load(open(f)); w=len(open(D+'/'+b+'.txt').read().split()); tw+=w
    c={k:[0,0] for k in K}; n=u=0
    for s in L['spans']:
        c[s['kind']][1 if s.get('optional') else 0]+=1
        if s['kind']=='attribution' and not s.get('optional') and 'source' in s:
            if s['source']['named']: n+=1
            else: u+=1
    for k in K: tot[k][0]+=c[k][0]; tot[k][1]+=c[k][1]
    sn+=n; su+=u
    print(f"| {b} | {w} | "+' | '.join(f"{c[k][0]}/{c[k][1]}" for k in K)+f" | {n}/{u} |")
print(f"| **Total** | {tw} | "+' | '.join(f"**{tot[k][0]}/{tot[k][1]}**" for k in K)+f" | **{sn}/{su}** |")
