from lab import *
write('z04-aclu', [
 S(A,'claim'),
 S(U,'other tech companies', opt=True),
 S(A,'accusations'),
 S(A,'arguing'),
 S(A,'sharing', opt=True),
 S(A,'critique', opt=True),
 S(A,'suggest', opt=True),
 S(G,'are compelled', opt=True),
 S(U,'Many journalists, organizers, schools, politicians, and others', opt=True),
 S(A,'encourage', opt=True),
 S(A,'argue', opt=True),
 S(G,'can be resolved', opt=True),
], 'aclu')
