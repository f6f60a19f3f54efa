# A user's classes whose __repr__/__str__/__format__ return the wrong type, found by the
# messages printing them gives.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return self.cents / 100          # forgot to format: a float, not a str

class Label:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return None if not self.text else self.text

class Cells(list):
    def __repr__(self):
        return len(self)

def show(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "!!", e)

m = Money(1250)
show("str(m)", lambda: str(m))
show("repr(m)", lambda: repr(m))
show("[m]", lambda: str([m]))
show("f'{m}'", lambda: f"{m}")
show("f'{m!r}'", lambda: f"{m!r}")
show("'%s' % m", lambda: "%s" % m)
show("'%r' % m", lambda: "%r" % m)
show("format(m)", lambda: format(m))
show("str(Label(''))", lambda: str(Label("")))
show("str(Label('ok'))", lambda: str(Label("ok")))
show("str(Cells([1]))", lambda: str(Cells([1, 2])))
show("{'k': m}", lambda: str({"k": m}))
print(m)
