from lab import *
write('z07-theverge', [
 S(U,'an optometrist', opt=True),
 S(G,'was whisked'),
 S(G,'inserted', opt=True),
 S(A,'has already pointed out', src='My colleague David Pierce', named=True),
 S(A,'agree', opt=True),
 S(A,'say', opt=True, after="I’d never say"),
 S(G,"wasn’t turned on"),
 S(H,'appears'),
 S(G,"wasn’t allowed"),
 S(A,'is calling', src='Apple', safter='what Apple is calling', named=True),
 S(G,"wasn’t enabled"),
 S(G,'be finished', opt=True),
], 'theverge')
