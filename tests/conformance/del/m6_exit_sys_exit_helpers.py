import sys
import os
class Closer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "os is", type(os).__name__, "helper", helper is None if "helper" in globals() else "missing")
        helper(self.name)
def helper(n):
    print("helper for", n)
z_last = Closer("z_last")
a_first = Closer("a_first")
_under = Closer("_under")
m_mid = Closer("m_mid")
class Cache:
    items = [Closer("class_item")]
holder = {"x": Closer("dict_item")}
print("exiting")
sys.exit(0)
