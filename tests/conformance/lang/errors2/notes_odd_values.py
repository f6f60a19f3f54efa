# __notes__ values that are not lists of str: printed the way CPython does.
import traceback
for notes in ['ab\nc', ('x', 'y\nz'), ['', 'k'], 42, b'hi', None, {'a': 1}]:
    e = ValueError('v')
    e.__notes__ = notes
    try:
        raise e
    except ValueError:
        traceback.print_exc()
    print('--')
e = ValueError('w')
e.__notes__ = 'q\nr'
raise e
