g = (i for i in ())
for n in ['__next__', '__iter__', 'send', 'throw', 'close', '__sizeof__', '__repr__']:
    print(n, repr(getattr(g, n).__doc__))
def gen():
    yield 1
print(gen().__next__.__doc__, type(gen()).send.__doc__ == gen().send.__doc__)
