import sys
import gc
import weakref

print('gc' in sys.modules, 'weakref' in sys.modules, 'sys' in sys.modules)
print(type(sys.modules).__name__, __name__)
print(type(gc).__name__, gc.__name__, sys.__name__)
