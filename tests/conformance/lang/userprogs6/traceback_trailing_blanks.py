import traceback
def f():
    raise ValueError("x")   
try:
    f()
except ValueError:
    traceback.print_exc()
x = 1 + None  	 
