from lab import *
write('z01-medicalnewstoday', [
 S(U,'A large body of neuroscientific studies'),
 S(A,'has pointed out', src='A large body of neuroscientific studies', named=False),
 S(H,'appear', opt=True),
 S(U,'researchers', opt=True, after='clear to researchers'),
 S(A,'say', opt=True),
 S(U,'a team of researchers at Columbia University in New York City, NY', opt=True),
 S(A,'were published', src='the journal Current Biology', named=True),
 S(G,'were published', opt=True),
 S(U,'previous research', opt=True),
 S(U,'colleagues', opt=True),
 S(A,'explain', src='the authors', named=True),
 S(U,'research conducted in both monkeys and humans'),
 S(G,'conducted', opt=True),
 S(A,'shows', src='research conducted in both monkeys and humans', named=False),
 S(A,'wondered', opt=True),
], 'medicalnewstoday')
