import json, sys
ADDR = {'medicalnewstoday':'https://www.medicalnewstoday.com/articles/318674.php (saved page /work/shared/pages/medicalnewstoday)',}
def S(kind, text, opt=False, src=None, named=None, after=None, occ=None, safter=None, socc=None):
    d = {'kind': kind, 'text': text}
    if after is not None: d['after'] = after
    if occ is not None: d['occ'] = occ
    if opt: d['optional'] = True
    if src is not None:
        s = {'text': src}
        if safter is not None: s['after'] = safter
        if socc is not None: s['occ'] = socc
        s['named'] = named
        d['source'] = s
    return d
A='attribution'; U='unnamed'; G='agentless'; H='hedge'
def write(base, spans, page):
    title = open(f'/work/labelled-new/real-z/{base}.txt').read().split('\n')[0]
    json.dump({'title': title, 'address': f'real page: /work/shared/pages/{page}/source.html (excerpt, see README)', 'spans': spans},
              open(f'/work/labelled-new/real-z/{base}.labels.json','w'), indent=1, ensure_ascii=False)
