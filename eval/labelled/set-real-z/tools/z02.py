from lab import *
sp = [
 S(A,'asked', opt=True, after='the scientists asked'),
 S(U,'five people', opt=True),
 S(U,'The participants', opt=True),
 S(G,'were asked', after='The participants were asked'),
 S(A,'asked', opt=True, after='The participants were asked'),
 S(A,'to say', opt=True),
 S(H,'seemed', opt=True),
 S(G,'was considered'),
 S(A,'considered', opt=True),
 S(A,'thought', opt=True, after='that they thought'),
 S(G,'was made', opt=True),
 S(G,'were asked', after='the participants were asked to move'),
 S(A,'asked', opt=True, after='the participants were asked to move'),
 S(A,'indicated', opt=True, src='the participants', safter='indicated by the participants', named=False),
 S(A,'says', src='Dr. Shadlen', named=True, safter='decision," Dr. Shadlen'),
 S(A,'determined', opt=True),
 S(A,'reported', src='the participants', safter='reported to us by the participants', named=False),
 S(A,'reasoned'),
 S(A,'explains', src='Dr. Shadlen', safter='explains Dr. Shadlen', named=True),
 S(U,'earlier studies'),
 S(A,'showed'),
 S(A,'shows', src='the study', named=True),
 S(A,'say', after='say the researchers', src='the researchers', safter='say the researchers', named=True),
]
for i in range(6): sp.append(S(U,'the participants', occ=i, opt=True))
write('z02-medicalnewstoday', sp, 'medicalnewstoday')
