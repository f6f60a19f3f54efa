try:
    raise ValueError('with note')
except ValueError as e:
    e.add_note('extra context')
    print(e.__notes__)
eg = ExceptionGroup('many', [ValueError('a'), TypeError('b')])
try:
    raise eg
except* ValueError as g:
    print('values', [str(x) for x in g.exceptions])
except* TypeError as g:
    print('types', [str(x) for x in g.exceptions])
