# A BaseException subclass that is not an Exception also ends the program with a traceback.
class Stop(BaseException):
    pass


try:
    raise Stop('caught by BaseException')
except Exception:
    print('not here')
except BaseException as e:
    print('caught', e)
raise Stop('uncaught')
