class Outer:
    class Error(Exception):
        pass
raise Outer.Error('inner class')
