# split/rsplit/splitlines result lists: preallocated as stringlib does; identity of unsplit strs.
import sys
for s in ["a,b", "abc", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o", ""]:
    r = s.split(","); w = s.split()
    print(len(r), sys.getsizeof(r), sys.getsizeof(w), sys.getsizeof(s.split(",", 1)), sys.getsizeof(s.rsplit(",", 20)), r[0] is s, sys.getsizeof(s.splitlines()))
print(sys.getsizeof("a\nb\nc".splitlines()), sys.getsizeof(b"a,b".split(b",")), sys.getsizeof(b"a b c".split()), sys.getsizeof(b"x\ny".splitlines()))
x = "one"
print(x.splitlines()[0] is x, x.split()[0] is x, "a b".split()[0])
print(" a b ".split(), "a  b".split(" "), "a,b,,c".split(",", 2), "a,b,c".rsplit(",", 1))
