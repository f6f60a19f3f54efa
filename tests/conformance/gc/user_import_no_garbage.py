# Importing modules leaves no cyclic garbage behind: the next gc.collect() finds nothing.
import gc
gc.collect()
import types
print('types', gc.collect())
import functools
print('functools', gc.collect())
import collections
from collections import abc
print('collections', gc.collect())
import contextlib, copy, pprint, typing, weakref
print('more', gc.collect())
