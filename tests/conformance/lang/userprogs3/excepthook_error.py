import sys
def hook(t, v, tb):
    print("hook", t.__name__)
    1/0
sys.excepthook = hook
raise ValueError("orig")
