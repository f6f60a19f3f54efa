def greet(name, greeting='hi'):
    pass
greet(nme='bob')
