try:
    raise ValueError('bad value')
except ValueError as e:
    e.add_note('note one')
    e.add_note('note\ntwo lines')
    raise
