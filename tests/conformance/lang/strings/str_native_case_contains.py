# str.lower/upper of ASCII text (fresh strs, never the receiver or a singleton) and 'in' on every kind.
s = "abc"
print(s.lower() is s, "a".lower() is chr(97), "".lower() == "", "ABC".upper(), "MiXeD 123 _@[`{".lower(), "MiXeD 123 _@[`{".upper())
print("ÉCOLE".lower(), "straße".upper(), "Σ".lower())
try: "a".upper(1)
except TypeError as e: print(e)
try: "a".lower(x=1)
except TypeError as e: print(e)
class S(str): pass
print(type(S("Ab").lower()).__name__, "b" in S("abc"), S("") in "x", "é" in "aé", "\U0001f600" in "a\U0001f600", "ab" in "a")
