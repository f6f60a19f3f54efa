import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
del sys.excepthook
raise ValueError("orig")
