import traceback
try:
    {}['k']
except KeyError as e:
    for part in traceback.format_exception(e):
        print(repr(part))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_tb(e.__traceback__))
