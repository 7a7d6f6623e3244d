from lab import *
write('z05-engadget', [
 S(A,'betting', opt=True),
 S(U,'gamers', opt=True, occ=0),
 S(A,'says', after='Microsoft says over', src='Microsoft', safter='Microsoft says over', named=True),
 S(G,'get enhanced', opt=True, after="that'll get enhanced"),
 S(G,'get bumped up', opt=True),
 S(A,'describes', src='Microsoft', safter='Microsoft describes', named=True),
 S(U,'developers', opt=True),
 S(G,'to get enhanced', opt=True),
 S(G,"isn't specifically tuned", opt=True),
 S(A,'says', after='Microsoft says you', src='Microsoft', safter='Microsoft says you', named=True),
 S(A,'pushing', opt=True),
 S(A,'highlighting', src='Microsoft', safter='Microsoft is also highlighting', named=True),
], 'engadget')
