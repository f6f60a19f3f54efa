str = 'oops'
print(str(5))
