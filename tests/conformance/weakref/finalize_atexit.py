# Finalizers still alive at exit run at shutdown (atexit=True), in reverse order of creation.
import weakref


class R:
    pass


keep = [R(), R(), R()]
for i, r in enumerate(keep):
    weakref.finalize(r, print, 'finalize', i)
quiet = R()
weakref.finalize(quiet, print, 'not at exit').atexit = False
print('end of main')
