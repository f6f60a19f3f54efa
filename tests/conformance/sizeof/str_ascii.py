import sys

for s in ['', 'a', 'abc', 'a' * 10, 'hello world', 'x' * 100]:
    print(len(s), sys.getsizeof(s))
