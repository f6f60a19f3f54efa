# P8: a class is a cycle of several objects (type, mro tuple, dict, descriptors...).
import gc

gc.collect()


class Tmp:
    pass


del Tmp
print(gc.collect())
