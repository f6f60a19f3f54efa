for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, StopIteration,
            UnicodeDecodeError, NotImplementedError, KeyboardInterrupt, SystemExit, MemoryError):
    print(exc.__name__, [b.__name__ for b in exc.__mro__[1:]])
