# re.Scanner (a lexicon of (pattern, action) pairs), Pattern.scanner's successive matches,
# and copy/deepcopy of patterns and matches (immutable: themselves).
import re
def s_ident(scanner, token): return token
def s_operator(scanner, token): return "op%s" % token
def s_float(scanner, token): return float(token)
def s_int(scanner, token): return int(token)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
    ])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("value = 3.14 $ rest"))
import re, copy
p = re.compile(r'\s')
sc = p.scanner('a b')
print(sc.pattern is p, sc.search().span(), sc.search())
sc = re.compile(r'\w*').scanner('ab c')
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(r'a').scanner('aab')
print(sc.match().span(), sc.match().span(), sc.match())
pat = re.compile('a.a')
print(pat.scanner(string='abracadabra', pos=3, endpos=10).search().span())
m = p.search('a b')
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.copy(p) is p, copy.deepcopy(p) is p)
