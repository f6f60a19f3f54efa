# A "system info" script: branches on sys.platform / os.name, then prints the Zen.
import os
import sys

if sys.platform.startswith("win"):
    clear = "cls"
elif sys.platform == "darwin":
    clear = "clear (mac)"
elif sys.platform.startswith("linux"):
    clear = "clear"
else:
    clear = "unknown: " + sys.platform
print("platform:", sys.platform, "| os.name:", os.name, "| clear command:", clear)
print("newline:", repr(os.linesep), "| path sep:", os.sep, "| maxsize 64-bit:", sys.maxsize > 2 ** 32)

import this  # prints the Zen of Python once

import this as again  # already imported: prints nothing
print(again is this, len(this.d), this.c, this.i, this.s.splitlines()[0])
rot13 = str.maketrans(this.d)
print(this.s.translate(rot13).splitlines()[2])
lines = this.s.translate(rot13).splitlines()
better = [ln for ln in lines if " is better than " in ln]
for ln in better:
    good, bad = ln.rstrip(".").split(" is better than ")
    print(f"{good:>12} > {bad}")
print(sum(len(ln.split()) for ln in lines), "words in", len(lines), "lines")
