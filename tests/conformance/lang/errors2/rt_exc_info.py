import sys
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, v, tb.tb_lineno, tb.tb_frame.f_code.co_name)
print(sys.exc_info())
