d = {}
try:
    d['missing']
except KeyError:
    print('handling')
    None.attribute
