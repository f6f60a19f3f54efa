# compile(..., 'single') hands each expression's value to sys.displayhook as it is when the
# code runs: a replaced hook is used, a deleted one is RuntimeError "lost sys.displayhook".
import sys

code = compile('6 * 7', '<string>', 'single')
exec(code)
saved = sys.displayhook
sys.displayhook = lambda value: print('hook got', value)
exec(code)
del sys.displayhook
try:
    exec(code)
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = saved
exec(compile('for i in range(2): i\n', '<string>', 'single'))
