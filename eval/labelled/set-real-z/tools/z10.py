from lab import *
write('z10-yahoo-1', [
 S(A,'Called', src='its creators', named=False),
 S(U,'its creators'),
], 'yahoo-1')
