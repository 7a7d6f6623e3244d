#!/usr/bin/env python3
"""Writes NAME.labels.json from the compact lists below (labels by quoted text)."""
import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDR = {
 'y01-nytimes-4': 'nytimes-4', 'y02-herald-sun-1': 'herald-sun-1', 'y03-buzzfeed-1': 'buzzfeed-1',
 'y04-salon-1': 'salon-1', 'y05-cnn': 'cnn', 'y06-webmd-1': 'webmd-1', 'y07-ars-1': 'ars-1',
 'y08-cnet': 'cnet', 'y09-quanta-1': 'quanta-1', 'y10-lwn-1': 'lwn-1'}

def L(kind, text, opt=False, after=None, occ=None, src=None, named=None, safter=None, socc=None):
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
A = lambda *a, **k: L('attribution', *a, **k)
U = lambda *a, **k: L('unnamed', *a, **k)
G = lambda *a, **k: L('agentless', *a, **k)
H = lambda *a, **k: L('hedge', *a, **k)

S = {}
S['y01-nytimes-4'] = [
 U('Deficit hawks'), A('have warned', src='Deficit hawks', named=False),
 U('most experts'), A('say', after='most experts say', src='most experts', named=False),
 A('said', after='money,” said', src='William G. Gale', named=True),
 U('politicians in both parties', opt=True),
 A('summed up', src='Charles Schultze', named=True),
 A('hear', opt=True),
 A('say', after='able to say', opt=True),
 U('lawmakers’', opt=True),
 A('pilloried', src='Republicans', named=True),
 A('proposing', opt=True),
 A('complained', src='Republicans', named=True),
 A('called', src='Senator Mitch McConnell', named=True),
 A('warned', after='Republican who warned', occ=None),
 A('played down', src='Senator James Lankford', named=True),
 A('said', after='this economy,” he said'),
 A('claimed'),
 A('estimated', src='the Congressional Budget Office', named=True),
 A('In an interview', opt=True),
 A('insisted', src='Mr. Lankford', named=True),
 A('citing'),
]
S['y02-herald-sun-1'] = [
 A('criticism', src='media', safter='criticism from media', named=False),
 U('media', after='criticism from media', opt=True),
 U('Bosses', opt=True), U('journalists', after='Bosses, journalists', opt=True),
 A('are up in arms', opt=True),
 U('security and law enforcement agencies', opt=True),
 A('would argue', opt=True),
 A('has pointed out', src='Parliament’s Joint Committee on Intelligence and Security', named=True),
 G('would also be used', opt=True),
 A('is concerned', src='The Press Council', named=True),
 A('says', after='” says', src='president David Weisbrot', named=True),
 G('cannot be addressed', opt=True),
 A('is adamant', src='The media union', named=True),
 U('The media union', opt=True),
 G('must be exempted'),
 U('media bosses'),
 G('being implemented', opt=True),
 A('according to', src='the explanatory notes of the British Bill', named=True),
 A('boasted', src='the government team', named=True),
 U('the government team', opt=True),
 G('will be reduced'),
 G('is issued'),
 A('has effectively admitted', src='The Government', named=True, safter='problem. The Government'),
 A('agreeing', opt=True),
]
S['y03-buzzfeed-1'] = [
 G('was taken', opt=True),
 A('said', after='her mother, Fiona, said', src='her mother, Fiona', named=True),
 A('in a statement', after='Fiona, said in a statement', opt=True),
 U('the staff in A&E', opt=True),
 A('added'),
 A('said', after='West Mercia police said', src='West Mercia police', named=True, socc=0),
 U('West Mercia police', occ=0, opt=True),
 H('were believed to'),
 G('were believed', opt=True),
 A('believed', opt=True),
 U('partner agencies', opt=True),
 G('were bought', opt=True),
 G('were advertised'),
 A('said', after='how they were advertised,” said', src='chief inspector Jennifer Mattinson', named=True),
 A('warned', src='The Food Standards Agency', named=True),
 A('advise', opt=True),
 A('said', after='human consumption,” it said'),
 A('in a statement', after='it said in a statement', opt=True),
 A('issued a plea', opt=True),
 A('said', after='were,” she said'),
 A('believe', after='don’t believe', opt=True),
]
S['y04-salon-1'] = [
 A('Horror stories', opt=True),
 G('’re told'),
 A('told', after='We’re told'),
 H('apparently'),
 U('A number of experts'),
 A('have challenged', src='A number of experts', named=False),
 U('the attacker', opt=True),
 A('believed', after='the city believed', opt=True),
 G('was considered'),
 A('considered', after='was considered', opt=True),
 G('had been investigated'),
 A('reported', after='as Reuters reported', src='Reuters', named=True),
 A('tweeted', src='Uber', safter='fear, Uber', named=True),
 A('announcement', after='this announcement', opt=True),
 A('reports', after='As Mashable reports', src='Mashable', named=True),
 A('announced', src='the company', safter='reports, the company', named=True),
 A('criticism'),
 U('one Twitter response'),
 A('began', src='one Twitter response', named=False),
 A('suggests', opt=True),
 A('expression', opt=True),
 A('statement', after='the statement that follows', opt=True),
 G('executed', opt=True),
 A('believes', src='the corporation', named=True),
 A('in its view', opt=True),
]
S['y05-cnn'] = [
 G('has long been heralded'),
 A('heralded'),
 A('released', opt=True),
 A('calls that into question', src='a new report', named=True),
 A('assessed', opt=True),
 A('findings'),
 A('states', src='the report', safter='As the report', named=True),
 A('finding', after='the only finding', opt=True),
 A('suggests'),
 A('suggested', src='The report', safter='The report also', named=True),
 A('determined', src='The study', named=True),
 A('concluded', src='The report', safter='The report concluded', named=True),
]
S['y06-webmd-1'] = [
 G('have been told'),
 A('told', after='have been told', opt=True),
 U('research', after='Now research', opt=True),
 A('shows', src='research', safter='Now research', named=True),
 H('appears to'),
 G('is published', opt=True),
 G('was presented', opt=True),
 A('found', after='Houston. It found'),
 A('says', after='really,” says', src='Katie Allen', named=True),
 U('Experts'),
 A('say', after='Experts say', src='Experts', named=False),
 U('doctors', opt=True),
 U('another study presented at the same meeting'),
 G('presented', after='another study presented', opt=True),
 A('held out hope', opt=True),
]
S['y07-ars-1'] = [
 A('according to', src='a computer programmer', named=True),
 U('a computer programmer', opt=True),
 A('wrote', src='Pakistan-based developer Ammar Askar', named=True),
 A('in a blog post', opt=True),
 G('published', opt=True),
 A('said', after='21 months, he said'),
 A('reporting'),
 G('to be exchanged', opt=True),
 G('are displayed', opt=True),
 G('to be kept', opt=True),
 A('said', after='code he said'),
 G('is allowed', opt=True),
]
S['y08-cnet'] = [
 A('offers peek', src='Zuckerberg', socc=0, named=True),
 A('will tell', opt=True),
 G('been involved', opt=True),
 A('offered a primer', src='Zuckerberg', safter='Oculus VR.\n\nZuckerberg', named=True),
 A('during testimony', opt=True),
 A('accuses'),
 A('said', after='with your target, Zuckerberg said', src='Zuckerberg', safter='with your target, Zuckerberg', named=True),
 A('said', after='over night, he said'),
 A('according to', src='a transcript reviewed by Business Insider', named=True),
 U('a transcript reviewed by Business Insider', opt=True),
 A('stressed'),
 G('is put to bed', opt=True),
 A('said', after='Zuckerberg said this', src='Zuckerberg', safter='Zuckerberg said this', named=True),
 A('said', after='When that doesn\'t work, Zuckerberg said', src='Zuckerberg', safter="When that doesn't work, Zuckerberg", named=True),
 A('said', after='for your startup, Zuckerberg said', src='Zuckerberg', safter='for your startup, Zuckerberg', named=True),
 A('rebuffed', opt=True),
 A('thought', after='when we thought', opt=True),
 A('I think', opt=True),
]
S['y09-quanta-1'] = [
 U('the many retellings of chaos’s birth'),
 A('say', after='birth say', src='the many retellings of chaos’s birth', named=False),
 A('wrote', after='technology,” wrote', src='Jennifer Light', named=True),
 A('in an email to Quanta', opt=True),
 U('storytellers', opt=True),
 G('minimized', opt=True),
 G('was seen'),
 A('seen', after='It was seen', opt=True),
 A('said', after='rote,” said', src='Mar Hicks', named=True),
 G('was associated', opt=True),
 A('recalls', after='Ellen Gille recalls', src='Ellen Gille', named=True, safter='department, Ellen Gille'),
 U('a woman on an LGP-30'),
 U('Another woman'),
 U('An analysis of official U.S. labor statistics'),
 A('shows', after='labor statistics shows', src='An analysis of official U.S. labor statistics', named=False),
 U('the woman', after='the woman who coded'),
 U('Experts'),
 A('have argued', src='Experts', named=False),
 A('holds'),
 G('were marketed'),
 U('introductory classes', opt=True),
 U('women programmers'),
 A('describe', src='women programmers', named=False),
 U('white and Asian male managers', opt=True),
 A('speak', after='still speak', src='Hamilton and Gille', named=True),
 U('later chroniclers'),
 A('thanked', occ=0, src='Lorenz', safter='left them out, Lorenz', named=True),
 A('thanked', occ=1),
 A('recalls', after='Gille recalls that', src='Gille', safter='time. Gille', named=True),
 A('said', after='she said'),
]
S['y10-lwn-1'] = [
 A('to verify', opt=True),
 H('reportedly'),
 A('reports', src='Wired Italy', named=True),
 A('resisted', opt=True),
 A('disapproved', opt=True),
 A('adds', src='Heise Online', named=True),
 H('seemed'),
 A('filed a petition', opt=True),
 A('asking', opt=True),
 G('was named'),
 A('did not care for', opt=True),
 A('criticism'),
 G('called', after='the company now called', opt=True),
 A('suggestion', src='Hackaday', named=True),
 A('noted', src='Commenter Paul Stoffregen', named=True),
 A('broke his silence', src='Banzi', safter='Most recently, Banzi', named=True),
 G('published', after='a story published', opt=True),
 A('claims', src='Banzi', safter='There, Banzi', named=True),
 A('told', after='2008 and told', opt=True),
 A('details'),
]
for name, spans in S.items():
    title = open(f'{OUT}/{name}.txt', encoding='utf-8').read().split('\n', 1)[0]
    doc = {'title': title, 'address': f'/work/shared/pages/{ADDR[name]}/source.html (excerpt, see README)', 'spans': spans}
    with open(f'{OUT}/{name}.labels.json', 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print('ok')
