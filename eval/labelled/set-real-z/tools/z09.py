from lab import *
write('z09-nytimes-2', [
 S(G,'is bought', opt=True),
 S(G,'are done', opt=True),
 S(G,'is merged', opt=True, occ=0),
 S(G,'is merged', opt=True, occ=1),
 S(G,'are forcibly squeezed out', opt=True),
 S(A,'wrote', opt=True),
 S(A,'object', opt=True),
 S(A,'asking', opt=True),
 S(U,'a court', opt=True),
 S(G,'being left behind', opt=True),
 S(U,'The courts', opt=True),
 S(A,'have held', src='The courts', named=False),
 S(A,'thinks', opt=True),
 S(U,'lawyers', opt=True),
 S(G,'is done', opt=True, after='the way a deal is done'),
], 'nytimes-2')
