s = 'naïve café 😀'
print(len(s), s.upper(), s[6:], s[-1] == '😀')
print([ord(c) for c in 'aé€😀'], chr(8364), chr(128512))
b = s.encode('utf-8')
print(len(b), b[:6], b.decode('utf-8') == s)
print('é'.encode('latin-1'), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(sorted('bäa'), 'ß'.upper(), 'İ'.lower() == 'i̇')
