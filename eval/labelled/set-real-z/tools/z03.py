from lab import *
write('z03-aclu', [
 S(A,'believe', opt=True),
 S(U,'other massive web companies', opt=True),
 S(A,'think', opt=True, after='which I think'),
 S(A,'call', opt=True, after='what I call'),
 S(G,'can be used', opt=True, occ=0),
 S(G,'can be used', opt=True, occ=1),
 S(A,'encourages', opt=True),
 S(A,'lists'),
 S(A,'have all invited', opt=True),
 S(U,'my aunt', opt=True),
 S(U,'an old co-worker', opt=True),
 S(U,'a friend from elementary school', opt=True),
], 'aclu')
