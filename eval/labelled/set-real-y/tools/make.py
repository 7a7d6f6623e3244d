#!/usr/bin/env python3
"""Write the excerpts: headline line, blank line, contiguous body paragraphs.
Paragraphs are <p> (and <h2> for CNN's lead) texts from extract.py, whitespace normalised only.
Each excerpt runs from the paragraph starting with FIRST to the one starting with LAST, dropping
paragraphs that are captions/embeds/links (listed in SKIP)."""
import os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
import extract
extract.P.__init__.__defaults__  # noqa
PAGES = '/work/shared/pages'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SEL = [
 ('y01-nytimes-4', 'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military',
  'Deficit hawks have warned for years', 'In an interview, Mr. Lankford insisted', []),
 ('y02-herald-sun-1', 'Angry media won’t buckle over new surveillance laws',
  'The initiative, from Tony Abbott', 'That does nothing to solve the problem', []),
 ('y03-buzzfeed-1', 'Student Dies After Diet Pills She Bought Online "Burned Her Up From Within"',
  'Eloise Parry, 21, was taken', '“DNP is not a miracle', ['Facebook']),
 ('y04-salon-1', 'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
  'Horror stories about the increasingly', 'But, despite the expression of shared concern', []),
 ('y05-cnn', "The 'birth lottery' and economic mobility",
  'The U.S. has long been heralded', 'The report concluded that', ['Related:']),
 ('y06-webmd-1', 'Babies Who Eat Peanuts Early May Avoid Allergy',
  'Feb. 23, 2015 -- Life-threatening', 'Allergies to peanuts and other foods', []),
 ('y07-ars-1', 'Just-released Minecraft exploit makes it easy to crash game servers',
  'A flaw in the wildly popular', 'And this isn’t even the theoretical', []),
 ('y08-cnet', "Zuckerberg offers peek at Facebook's acquisition strategies",
  'Anyone who has ever been involved', "It wasn't clear why these strategies", []),
 ('y09-quanta-1', 'The Hidden Heroines of Chaos',
  'But the many retellings', 'Hamilton and Gille, however, still speak', []),
 ('y10-lwn-1', 'A trademark battle in the Arduino community',
  'At this point, the exact events', 'Most recently, Banzi broke his silence', []),
]

class P2(extract.P):
    def handle_starttag(self, tag, attrs):
        if tag == 'h2': tag = 'p'
        super().handle_starttag(tag, attrs)
    def handle_endtag(self, tag):
        if tag == 'h2': tag = 'p'
        super().handle_endtag(tag)

for name, head, first, last, skip in SEL:
    page = name.split('-', 1)[1]
    p = P2(); p.feed(open(f'{PAGES}/{page}/source.html', encoding='utf-8', errors='replace').read())
    paras = p.paras
    i = next(k for k, t in enumerate(paras) if t.startswith(first))
    j = next(k for k, t in enumerate(paras) if k >= i and t.startswith(last))
    body = [t for t in paras[i:j+1] if not any(t.startswith(s) for s in skip)]
    text = head + '\n\n' + '\n\n'.join(body) + '\n'
    open(f'{OUT}/{name}.txt', 'w', encoding='utf-8').write(text)
    print(name, f'paras {i+1}-{j+1} (of {len(paras)}), kept {len(body)}, words {len(" ".join(body).split())}')
