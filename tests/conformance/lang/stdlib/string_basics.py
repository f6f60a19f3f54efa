import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what} $$'); print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
print(t.get_identifiers(), string.Template('$1').is_valid())
