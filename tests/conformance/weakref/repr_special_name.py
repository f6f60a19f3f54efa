# A weakref's repr shows the referent's __name__ as its type gives it (functions, classes),
# never the instance's own attribute, a module's name or a class's __getattr__.
import sys
import weakref


class WithClassName:
    __name__ = "class-attr"


class NoName:
    pass


def func():
    pass


class Config(dict):
    def __getattr__(self, name):
        return self[name]


inst = NoName()
inst.__name__ = "instance-attr"
objs = [sys, WithClassName, WithClassName(), inst, func, NoName, len, Config(offset=5), [].append, int]
for o in objs:
    text = repr(weakref.ref(o))
    kind = text.split(";")[1].split(" at ")[0]
    print(kind, text.rsplit("(", 1)[1] if text.endswith(")>") else "-")
