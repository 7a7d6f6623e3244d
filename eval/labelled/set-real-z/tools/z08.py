from lab import *
write('z08-citylab-1', [
 S(U,'neon fabricators', opt=True),
 S(A,'acknowledged', src='Claude', safter='Claude acknowledged', named=True),
 S(A,'insisted', src='Claude', safter='Claude acknowledged', named=True),
 S(A,'notes', src='de Miranda', safter='signs, de Miranda', named=True),
 S(G,'was switched on'),
 S(A,'advertising', opt=True),
 S(A,'leaking', opt=True),
 S(A,'heralded', opt=True),
 S(A,'points out', src='De Miranda', safter='De Miranda points', named=True),
 S(G,'was being adopted'),
 S(A,'writes', src='de Miranda', safter='capitalist metropolises,” de Miranda', named=True),
], 'citylab-1')
