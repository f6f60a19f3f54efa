import sys
def hook(t, v, tb):
    print('hooked:', t.__name__, v)
sys.excepthook = hook
raise ValueError('x')
