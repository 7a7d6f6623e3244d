from lab import *
write('z06-engadget', [
 S(A,'says', src='Microsoft', safter="Microsoft says it's", named=True),
 S(U,'developers', opt=True),
 S(G,"won't get installed", opt=True),
], 'engadget')
