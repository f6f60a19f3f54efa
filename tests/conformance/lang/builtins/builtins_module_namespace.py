# The builtins module's namespace is the dict every name lookup falls back to.
import builtins

builtins.answer = 42
print(answer)  # noqa: F821


def f():
    return answer  # noqa: F821


print(f())
saved = builtins.abs
builtins.abs = lambda v: 'patched'
print(abs(-3))
builtins.abs = saved
print(abs(-3))
del builtins.answer
try:
    print(answer)  # noqa: F821
except NameError as e:
    print('NameError:', e)
print(builtins.__dict__ is vars(builtins), builtins.__name__, repr(builtins.__package__))
print('__builtins__' in builtins.__dict__, builtins.__dict__['len'] is len)
setattr(builtins, 'shout', str.upper)
print(shout('ok'))  # noqa: F821
print(eval('shout("x")'), exec('print(shout("y"))'))
