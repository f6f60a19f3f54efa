# Which values are shared objects.
print(int('256') is int('256'), int('257') is int('257'))
print(int('-5') is int('-5'), int('-6') is int('-6'))
empty = ()
print(tuple() is empty, tuple([]) is empty)
print(chr(97) is chr(97), chr(200) is chr(200), chr(300) is chr(300))
print(frozenset() is frozenset())
es, eb = '', b''
print(str() is es, bytes() is eb)
print(bytes([65]) is bytes([65]))
