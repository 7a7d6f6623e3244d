import json, sys, glob
for f in sorted(glob.glob('/work/labelled-new/set-real-w/w*.json')):
    if f.endswith('.labels.json'): continue
    t = open(f[:-5]+'.txt', encoding='utf-8').read(); d = json.load(open(f))
    print('#####', f.split('/')[-1])
    for s in d['spans']:
        ctx = t[max(0,s['start']-25):s['start']] + '[' + t[s['start']:s['end']] + ']' + t[s['end']:s['end']+20]
        src = f" SRC={s['source']['text']}@{s['source']['start']}({'N' if s['source']['named'] else 'u'})" if 'source' in s else ''
        print(f"{s['kind'][:4]} {'opt' if s.get('optional') else 'REQ'} {ctx!r}{src}".replace('\\n',' / '))
