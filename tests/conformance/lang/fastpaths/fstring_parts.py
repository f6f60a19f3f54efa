# f-strings join their parts in the heap (BUILD_STRING): every kind of part, widths of
# characters mixed, str subclasses from __format__, empty parts.
import sys


class S(str):
    def __format__(self, spec):
        return S("<" + str.__str__(self) + spec + ">")


class F:
    def __format__(self, spec):
        return "F" + spec


s = "hé€😀"
x = 5
print(f"{x}-{s}", f"{s}{s}", f"{S('a')}", f"{S('a'):q}{S('b')}", type(f"{S('a')}!"))
print(f"{F():abc}{x:>5}|{x!r:^7}|{s!a}|{s!r}", f"", f"{''}{''}" == "", len(f"{'😀'}{x}"))
print(f"{1.5}{None}{[1, 'a']}{b'x'}{-12345678901234567890}", ascii(f"{'€'}{x}{'a'}"))
parts = [f"{i}:{i * 'ab'}|{chr(0x100 + i)}{chr(0x1F600 + i)}" for i in range(4)]
print(parts, [len(p) for p in parts])
t = f"{x}{x}"
print(sys.getrefcount(s) - sys.getrefcount(s), t, f"{t}{t}{t}")
print(f"{'a'}" is "a", f"{x}{''}" == "5", f"{'ab'}{'cd'}".upper())
