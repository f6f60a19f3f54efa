def f():
	x = [1]
	return x[3]
f()
